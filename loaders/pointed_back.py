"""An answer a report quotes first and points back to afterwards: the question comes later.

A news lede opens with an official's words and tells only further down what they answered:
"“……”市某局局长X昨天这样说。…… X是在应询“如何……”的问题时，作出上述表述的。", or
"“……”某局局长X的这番话，回应的是委员Y提出的……问题。", or two bare quotations, then
"这是委员X与某局一位副局长的对话。" The speech readings take the quotation
for a remark (an official asks nobody), and the sentence pointing back quotes nothing: the
page was read as a session only.

Read only when they find no exchange: the pointing sentence names who answered (the official
the report names with a post, :class:`loaders.attribution.Officials`) and what was asked (the
member who asked, when it names one); the answer is that official's quotation before it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from loaders.attribution import Officials
from loaders.datafiles import alternation, read_groups
from loaders.turns import Speaker, Turn, is_congress_role, parse_head, sentence_span, titles

__all__ = ["pointed_back_turns"]

_USES = ("while", "asked", "as_above", "these_words", "responds", "dialogue", "one_of")
# The quotation pointed back to stands this far before the pointing sentence at most.
_REACH = 600


@dataclass(frozen=True)
class _Patterns:
    pretest: re.Pattern[str]
    while_asked: re.Pattern[str]
    responds: re.Pattern[str]
    dialogue: re.Pattern[str]
    one_of: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    w = read_groups("pointed_back.tsv", _USES)
    clause = r"[^，。；！？\n]"
    as_above, responds = alternation(w["as_above"]), alternation(w["responds"])
    return _Patterns(
        pretest=re.compile(f"{as_above}|{responds}|{alternation(w['dialogue'])}"),
        # "张茅在应询“如何治理…”的问题时，作出如上表述", "X是在回答…时，作出上述表述的"
        while_asked=re.compile(
            rf"(?P<who>{clause}{{2,30}}?)(?:正是|是)?在(?:{alternation(w['while'])})(?P<topic>{clause}{{2,60}}?)时，"
            rf"{clause}{{0,6}}?(?:{as_above})"),
        # "…局长X的这番话，回应的是市人大常委会委员Y提出的…问题"
        responds=re.compile(
            rf"(?P<who>{clause}{{2,30}}?)的?(?:{alternation(w['these_words'])})，?(?:{responds})"
            rf"(?P<asker>{clause}{{2,30}}?)(?:{alternation(w['asked'])})(?P<topic>{clause}{{0,60}})"),
        # "这是县人大常委会委员X和县某局一位副局长的对话" at a paragraph's start
        dialogue=re.compile(rf"(?m)^这是(?P<asker>{clause}{{3,40}}?)[和与同](?P<official>{clause}{{2,30}}?)的"
                            rf"(?:{alternation(w['dialogue'])})"),
        one_of=re.compile(rf"(?:{alternation(w['one_of'])})"),
    )


def pointed_back_turns(text: str) -> list[Turn]:
    """The question the report points back to and the official's quoted answer before it, as
    a question turn and an answer turn, else []."""
    p = _patterns()
    if p.pretest.search(text) is None:
        return []
    for m in p.while_asked.finditer(text):
        found = _pair(text, m, Speaker())
        if found:
            return found
    for m in p.responds.finditer(text):
        label = parse_head(m["asker"])
        if label is None or label.kind != "question" or not label.speaker.name \
                or not is_congress_role(label.speaker.role or ""):
            continue
        found = _pair(text, m, label.speaker)
        if found:
            return found
    for m in p.dialogue.finditer(text):
        found = _dialogue(text, m, p)
        if found:
            return found
    return []


def _dialogue(text: str, m: re.Match[str], p: _Patterns) -> list[Turn]:
    """"“…？”\n“…。”\n这是代表X和某局一位副局长的对话": the two paragraphs before, each one
    whole quotation, are the member's question and the official's answer."""
    label = parse_head(m["asker"])
    if label is None or label.kind != "question" or not label.speaker.name \
            or not is_congress_role(label.speaker.role or ""):
        return []
    official = _official(text, m["official"]) or _unnamed_official(m["official"], p)
    if official is None:
        return []
    spans = []
    end = m.start() - 1
    for _ in range(2):
        if end <= 0 or text[end] != "\n":
            return []
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not (line.startswith("“") and line.endswith("”")) or "”" in line[:-1]:
            return []
        spans.append((start + 1, end - 1))
        end = start - 1
    (aa, ab), (qa, qb) = spans
    return [Turn("question", label.speaker, qa, qa, qb, ((qa, qb),), narrative=True),
            Turn("answer", official, aa, aa, ab, ((aa, ab),), narrative=True)]


def _unnamed_official(phrase: str, p: _Patterns) -> Speaker | None:
    """"财政部一位副部长": an office's official the report does not name (office and post)."""
    m = p.one_of.search(phrase)
    if m is None or m.start() < 2:
        return None
    title = phrase[m.end():]
    return Speaker(title=title, department=phrase[:m.start()]) if title in titles() else None


def _pair(text: str, m: re.Match[str], asker: Speaker) -> list[Turn]:
    who = m["who"]
    # "“…”市住建局局长X" before 的这番话: the speaker after the quotation's close
    cut = who.rfind("”") + 1
    official = _official(text, who[cut:])
    if official is None:
        return []
    quote = _quotation_before(text, m.start("who") + cut, official.name or "")
    if quote is None:
        return []
    qa, qb = m.start("topic"), m.end("topic")
    a, b = quote
    return [Turn("question", asker, qa, qa, qb, ((qa, qb),), narrative=True),
            Turn("answer", official, a, a, b, ((a, b),), narrative=True)]


def _official(text: str, who: str) -> Speaker | None:
    """The official ``who`` names: with their post ("市交通运输局局长郝振东"), or the name
    alone of someone the report names with a post elsewhere ("张茅")."""
    label = parse_head(who)
    if label is None or not label.speaker.name:
        return None
    if label.kind == "answer" and label.speaker.title:
        return label.speaker
    if label.kind != "speaker":
        return None
    held = Officials(text)(label.speaker.name)
    return held if held is not None and held.name == label.speaker.name and held.title else None


def _quotation_before(text: str, at: int, name: str) -> tuple[int, int] | None:
    """The span inside the last quotation before ``at`` (within reach) in a paragraph that
    names ``name`` or ends right before the pointing sentence's own."""
    s, _ = sentence_span(text, at, at)
    close = text.rfind("”", max(0, s - _REACH), at)
    if close < 0:
        return None
    open_ = text.rfind("“", max(0, s - _REACH), close)
    if open_ < 0:
        return None
    para_start = text.rfind("\n", 0, open_) + 1
    para_end = text.find("\n", close)
    para_end = len(text) if para_end < 0 else para_end
    if name not in text[para_start:para_end]:
        return None
    return open_ + 1, close
