"""Labels and headings that narrate who asks: X向Y提问, a member asking an official or office
(委员X问市住建局局长Y), a member asking about a topic (:func:`asks_about`), headings naming both sides, numbered
asking headings (:func:`numbered_asking_heading`)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from loaders.turns.designations import full_designation, heading_words
from loaders.turns.grammar import grammar, head_screens
from loaders.turns.heads import SPACES, parse_head
from loaders.turns.model import Label, NOBODY
from loaders.turns.names import is_congress_role
from loaders.turns.words import CJK, label_patterns, turn_groups, turn_words

__all__ = ["parse_narrative", "pair_line", "asker_and_asked", "asks_about", "asker_asks_about", "asking_heading",
           "numbered_asking_heading", "pair_before_verb"]


def parse_narrative(paragraph: str) -> Label | None:
    g = grammar()
    if m := g["narr_q"].match(paragraph):
        a = parse_head(m["a"])
        r = parse_head(m["r"])
        if a and a.kind in ("question", "speaker") and (a.speaker.name or a.speaker.role) and r:
            kind = "follow_up" if m.group(0).rstrip("：，").endswith("追问") else "question"
            return Label(kind, a.speaker, m.end(), narrative=True, addressee=r.speaker)
    if m := g["narr_a"].match(paragraph):
        r = parse_head(m["r"])
        # "县住建局局长回答说，…": an office's head named by post alone answers too.
        if r and r.kind in ("answer", "speaker") and (r.speaker.name or (r.speaker.department and r.speaker.title)):
            verb = turn_words().narrative_verb.search(m.group(0))
            weak = verb is not None and verb.group(1) in turn_words().narrative_say
            return Label("speaker" if weak else "answer", r.speaker, m.end(), narrative=True)
    return None


def pair_line(paragraph: str) -> Label | None:
    """A heading that names both sides of the bare 问/答 under it: "（一）市人大常委会委员 X
    询问 市交通运输局局长 Y", "X向Y提问", "询问人：X 应询人：Y". The asker is declared for
    the question and the addressee for the answer."""
    line, _ = heading_words(paragraph)
    pair = None
    if m := label_patterns().pair_labels.match(line):
        pair = m["a"], m["r"]
    else:
        for v in label_patterns().pair_verb.finditer(line):
            rest = line[v.end():]
            if v["r1"] and not rest:
                pair = line[:v.start()], v["r1"]
            elif not v["r1"] and rest:
                pair = line[:v.start()], rest
            if pair:
                break
    if pair is None:
        return None
    asker, resp = full_designation(pair[0]), parse_head(pair[1])
    if asker is None or not asker.speaker.role or resp is None or resp.bare or resp.kind == "other" \
            or resp.speaker.role or not (resp.speaker.department or resp.speaker.title):
        return None
    return Label("question", asker.speaker, len(paragraph), declaration=True, addressee=resp.speaker)


# The first character of a head that is neither a Chinese character (as CJK) nor a space.
_NOT_CJK_NOR_SPACE = re.compile(rf"[^\s{CJK[1:-1]}]")


@functools.lru_cache(maxsize=1)
def _narr_ask_reach() -> int | None:
    """How many characters a match of narr_ask spans at most, when all it consumes before its
    colon is CJK characters (the asker, the adverb, the verb and the one asked): then the head
    it may match, spaces taken out, opens with Chinese characters up to a colon within that
    reach. None (no screen) when a word of the adverbs or verbs holds another character or the
    span is unbounded."""
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - depends on the interpreter
        return None
    groups = turn_groups()
    words = [*groups["ask_adverb"], *groups["ask_short_verb"]]
    if not words or not all(re.fullmatch(rf"{CJK}+", w) for w in words):
        return None
    rx = grammar()["narr_ask"]
    if not rx.pattern.endswith("[：:]") or rx.flags & re.IGNORECASE:
        return None
    width = _parser.parse(rx.pattern, rx.flags).getwidth()[1]
    return width if width < 1000 else None


def _may_ask_narrated(head: str, stops: str) -> bool:
    """Whether narr_ask may match ``head`` with its spaces taken out and a colon added (a
    necessary condition): its first character that is neither Chinese nor a space is one of
    ``stops`` (a colon; 、 where the caller also tries the cut before the first 、), within the
    pattern's reach. Every paragraph between two unlabelled ones is asked whether a member asks
    an official in it: most run past a comma first, and a copy of each without its spaces and a
    scan for the verb were ~1 % of reading 50 reports."""
    if (reach := _narr_ask_reach()) is None:
        return True
    m = _NOT_CJK_NOR_SPACE.search(head)
    if m is None:
        return True  # (Chinese characters and spaces only: the added colon ends it)
    if head[m.start()] not in stops:
        return False
    return m.start() < reach or len(SPACES.sub("", head[:m.start()])) < reach


def asker_and_asked(head: str) -> Label | None:
    """"委员张志远问市住建局局长王卫东": a member, an asking verb and the official or office
    asked (a department or a post, no seat), as a narrative question naming its addressee."""
    if not _may_ask_narrated(head, "：:、"):
        return None  # (the cut before a first 、 below ends there too: 、 is no Chinese character)
    line = SPACES.sub("", head) + "："
    # (most heads hold no asking verb: the pattern's needed characters, 问, are tested first, by
    # the screens' character classes: passes.declaration_lines asks this of every paragraph between
    # two unlabelled ones, and a set's isdisjoint made a string object of each of its characters)
    ask = grammar()["narr_ask"].match(line) \
        if all(search(line) is not None for search in head_screens()["narr_ask"][1]) else None
    if ask is None and "、" in line and "问" in line:
        # "X询问市发展改革委主任Y、市科技局局长Z": two officials asked, the first named stands for both
        cut = line.find("、")
        while ask is None and cut > 0:
            ask = grammar()["narr_ask"].match(line[:cut] + "：")
            cut = line.find("、", cut + 1)
    if ask is None:
        return None
    a, r = parse_head(ask["a"]), parse_head(ask["r"])
    if a and r and a.speaker.role and is_congress_role(a.speaker.role) and not r.bare \
            and (r.speaker.department or r.speaker.title) and not r.speaker.role:
        kind = "follow_up" if ask["v"] == "追问" else "question"
        return Label(kind, a.speaker, 0, narrative=True, addressee=r.speaker)
    return None


def asks_about(phrase: str) -> bool:
    """Whether ``phrase``, right after an asking verb and before a colon, may be the topic asked
    about ("问招商引资："): short, opening with no word that makes 问 part of another (问的是, 问道,
    问题, 问政)."""
    return 2 <= len(phrase) <= 12 and phrase[:1] not in turn_groups()["not_topic_start"]


def asker_asks_about(head: str) -> Label | None:
    """"代表X问招商引资", "X委员追问管护经费": a member, an asking verb and the topic asked about
    (the answer names who replied; an office asked is :func:`asker_and_asked`'s), before the
    colon of the question. The topic opens with no word that makes 问 part of another (问的是,
    问道, 问题)."""
    if "问" not in head or not _may_ask_narrated(head, "：:"):
        return None
    ask = grammar()["narr_ask"].match(SPACES.sub("", head) + "：")
    if ask is None or not asks_about(ask["r"]):
        return None
    a = parse_head(ask["a"])
    if a is None or a.bare or not a.speaker.name or not a.speaker.role or not is_congress_role(a.speaker.role):
        return None
    return Label("follow_up" if ask["v"] == "追问" else "question", a.speaker, 0)


def asking_heading(paragraph: str) -> Label | None:
    """A numbered heading alone on its line that says who asks, the question in the paragraph
    under it: "（一）区人大常委会委员X问区农业农村局" (asker and office asked), "（二）X委员追问"
    (asker and verb). Without an asking verb a numbered line is a section heading."""
    line, numbered = heading_words(paragraph)
    line = line.strip() if numbered else line
    if (asked := asker_and_asked(line)) is not None:
        return replace(asked, end=len(paragraph))
    if (about := asker_asks_about(line)) is not None:
        return replace(about, end=len(paragraph))  # "一、X委员询问旅游厕所建设": asker, verb and topic
    label = full_designation(line, titled=True)
    if label is None or not label.speaker.role or label.kind not in ("question", "follow_up"):
        return None
    return Label(label.kind, label.speaker, len(paragraph))


# "（一）委员X问区农业农村局" up to a space or the end of the line: a numbered heading's words.
_NUMBERED_HEADING = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
                               r"[^\s：:，。？！“”（）()]{4,40}(?=\s|$)")


def numbered_asking_heading(paragraph: str) -> Label | None:
    """A numbered asking heading (:func:`asking_heading`) opening ``paragraph``, the speech after
    it on the next line or, on a page flattened to one line, after a space."""
    m = _NUMBERED_HEADING.match(paragraph)
    label = asking_heading(m.group()) if m else None
    return replace(label, end=m.end()) if label is not None else None


def pair_before_verb(head: str) -> Label | None:
    """"（一）委员 X 询问 市交通运输局局长 Y 问：…": a pair heading and its bare 问 run
    into one line (a page flattened to one paragraph)."""
    cut = head.rstrip().rfind(" ")
    verb = parse_head(head[cut + 1:]) if cut > 0 else None
    if verb is None or verb.speaker != NOBODY or verb.kind not in ("question", "follow_up"):
        return None
    pair = pair_line(head[:cut])
    return replace(pair, kind=verb.kind, declaration=False) if pair is not None else None
