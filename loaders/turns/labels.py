""":func:`parse_label`: the label opening a paragraph (colon, bracket or dash label, narrative) and
the layouts it reads: short labels (袁局长：), bars (问 | …), a side word and a name, bracketed sides."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from loaders.follow_ups import is_follow_up_label, is_marker_line, marked_head
from loaders.turns.asking import (asker_and_asked, asker_asks_about, pair_before_verb, parse_narrative,
                                  numbered_asking_heading)
from loaders.turns.designations import (bracketed_speaker, full_designation, seat_occupation_name,
                                        several_respondents, spaced_label, speaker_after_verb)
from loaders.turns.grammar import grammar
from loaders.turns.heads import (BAR_SIDE, BRACKET_HEAD, BRACKET_SIDE, BRACKET_VERB, COLON_HEAD, DASH_HEAD,
                                 SENTENCE_MARK, SPACES, parse_head)
from loaders.turns.model import Label, Speaker, NOBODY
from loaders.turns.names import minority_name, not_a_name
from loaders.turns.signed import dash_signed
from loaders.turns.words import (NAME, BULLET, ENUM, LEAD_BULLET, MARKS, interview_subtitle, kind_of_verb,
                                 label_patterns, turn_words, vocab, surnames, titles)

__all__ = ["parse_label", "QA_NUMBERED", "SIGNATURE", "bar_side", "side_then_name", "bracketed_kind"]


# "会上，": a short lead-in clause before a label (precompiled: re.match looked it up in re's cache
# on every colon label)
_LEAD_CLAUSE = re.compile(r"[^，,：:“”]{1,8}[，,]")


def _label_head(paragraph: str) -> re.Match[str] | None:
    """The head of a colon, bracket or dash label opening ``paragraph`` (COLON_HEAD, else
    BRACKET_HEAD, else DASH_HEAD). Each pattern is tried only where the mark it ends in stands
    within its reach: half the paragraphs hold none, and the lazy heads tried every length."""
    if "：" in paragraph[1:46] or ":" in paragraph[1:46]:
        if (m := COLON_HEAD.match(paragraph)) is not None:
            return m
    if paragraph[:1] in ("【", "[") and (m := BRACKET_HEAD.match(paragraph)) is not None:
        return m
    return DASH_HEAD.match(paragraph) if paragraph.find("——", 2, 47) >= 0 else None


def _seat_and_word(sp: Speaker) -> bool:
    """A seat and two characters that open with no surname (代表 + 心声, 访谈, 风采): in a bracket
    alone they head a column about members, no member speaking ("【代表心声】…")."""
    return bool(sp.role) and sp.name is not None and len(sp.name) == 2 and sp.name[0] not in surnames() \
        and not sp.title and not sp.department


def _ending_at(label: Label, end: int) -> Label:
    """``replace(label, end=end)``, built directly: parse_label returns one per colon label, and
    dataclasses.replace reads the class's fields anew on every call (~3 µs; this ~1 µs)."""
    return Label(label.kind, label.speaker, end, label.narrative, label.addressee, label.bare,
                 label.declaration, label.also, label.short)


# (remembered: normalisation asks of a sentence's rest whether a label opens it, and the
# paragraph it is cut into is asked again by find_turns; the answer depends on the string alone)
@functools.lru_cache(maxsize=4096)
def parse_label(paragraph: str) -> Label | None:
    """Label at the start of ``paragraph`` (colon label or narrative), else None."""
    if turn_words().closing.match(paragraph):
        return Label("other", Speaker(), 0)
    if interview_subtitle(paragraph):
        return None  # "——访某县人大常委会主任X 本报记者…": an interview's subtitle (run on by a flattened page)
    # "委员X向市工信局局长Y提问：" also fits the colon grammar (with a department
    # "委员X向市工信局"); the narrative reading names both people, so it wins.
    narrative = parse_narrative(paragraph)
    if narrative is not None and narrative.kind in ("question", "follow_up"):
        return narrative
    if (enum := ENUM.match(paragraph)) and paragraph[enum.end():enum.end() + 1] in ("【", "[") \
            and (inner := parse_label(paragraph[enum.end():])) is not None \
            and inner.kind in ("question", "follow_up") and inner.speaker != NOBODY:
        return replace(inner, end=inner.end + enum.end())  # "3.【委员 X】（追问）": a numbered bracket label
    if (stamp := _TIME_STAMP.match(paragraph)) and (timed := parse_label(paragraph[stamp.end():])) is not None:
        return replace(timed, end=timed.end + stamp.end())  # "（10:05）委员X：…": a clock time first
    if (more := label_patterns().supplement.match(paragraph)) and more.end() < len(paragraph) \
            and (inner := parse_label(paragraph[more.end():])) is not None and inner.kind in ("answer", "speaker") \
            and inner.speaker != NOBODY:
        # "补充回答 市发改委副主任X：…" (the word on a line of its own, joined by a page copy).
        return replace(inner, kind="answer", end=inner.end + more.end())
    if (kind := bracketed_kind(paragraph)) is not None:
        # "【问】市人大常委会委员 X：…": the bracket gives the side, the label after it the speaker;
        # "【代表提问】X：" / "【局长回应】市交通局 Y：" give a seat or a post too.
        inner = parse_label(paragraph[kind[1]:].lstrip())
        if inner is not None and inner.kind != "other" and inner.speaker != NOBODY:
            offset = len(paragraph) - len(paragraph[kind[1]:].lstrip())
            sp, post = inner.speaker, kind[2]
            if post.role or post.title:
                sp = replace(sp, role=sp.role or post.role, title=sp.title or post.title)
            # "【问】委员 X（追问）": the mark after the speaker makes the question a 追问.
            side = "follow_up" if kind[0] == "question" and inner.kind == "follow_up" else kind[0]
            return replace(inner, kind=side, end=inner.end + offset, speaker=sp,
                           bare=inner.bare and sp == inner.speaker)
        if inner is None and kind[0] == "answer" and (post := _leader_post_alone(paragraph[kind[1]:])) is not None:
            # "【答】副市长：" (the speech after the colon or on the next line): a government leader's
            # post alone, its holder named in the attendee list (exchanges: Officials.by_title)
            return Label("answer", Speaker(title=post[0]), kind[1] + post[1])
        if inner is None and (named := _name_line(paragraph[kind[1]:], kind[2])) is not None:
            # "【代表提问】X（某卫生服务中心医生）" / "【局长回应】Y（市教育局局长）" / "【代表追问】X"
            # alone on the line (or before a space, on a page flattened to one line): the name
            # (and the post after it) speaks, the speech follows.
            return Label(kind[0], named[0], kind[1] + named[1])
        if inner is None and (decl := full_designation(SPACES.sub("", paragraph[kind[1]:]), titled=True)) is not None:
            # "【代表提问】市人大代表 X" alone on its line: a seat or post, then the name
            return Label(kind[0], decl.speaker, len(paragraph))
    if (qa := QA_NUMBERED.match(paragraph)) and (inner := parse_label(paragraph[qa.end():])) is not None \
            and inner.kind != "other" and inner.speaker != NOBODY:
        # The letter gives the side; a 追问 mark after the asker keeps the question a follow-up.
        side = "answer" if qa.group(1).upper() in "AＡ" else "follow_up" if inner.kind == "follow_up" else "question"
        return replace(inner, kind=side, end=inner.end + qa.end())
    if (side := bar_side(paragraph)) is not None:
        # "应询｜省发改委副主任 X：…": the bar gives the side, the label after it the speaker (as a bracket);
        # a 追问 mark after the asker keeps the question a follow-up.
        inner = parse_label(paragraph[side.end:])
        if inner is not None and inner.kind != "other" and inner.speaker != NOBODY and not inner.narrative:
            kind = "follow_up" if side.kind == "question" and inner.kind == "follow_up" else side.kind
            return replace(inner, kind=kind, end=inner.end + side.end)
        # "问 | 省人大常委会委员 X" (the speech on the next line, or after a space on a flattened page)
        return speaker_after_verb(paragraph, side.end, side.kind) or side
    if (spaced := side_then_name(paragraph)) is not None:
        return spaced  # "问 X（市人大常委会委员）" / "答 Y" alone on the line, the speech below
    m = _label_head(paragraph)
    if m:
        head = BULLET.sub("", m.group(1)).rstrip(MARKS)
        if "*" in head:
            # "**邓某**（市人大代表）：": markdown bold around the name only, its post in brackets after
            head = head.replace("*", "")
        head = _QA_LETTER.sub(lambda x: "问" if x.group().upper() in "QＱ" else "答", head)
        enum = ENUM.match(head)
        head = head[enum.end():] if enum else head
        # "4.（追问）市人大常委会委员 X：": a bracketed mark makes the question a 追问.
        unmarked = marked_head(head)
        head = unmarked if unmarked else head
        # "会上，市人大代表X问：" / "随后，Y：": a short lead-in clause before the label.
        lead = _LEAD_CLAUSE.match(head)
        if lead and parse_head(head[:lead.end() - 1]) is None and parse_head(head[lead.end():]) is not None:
            head = head[lead.end():]
        # "委员 张志远追问市住建局局长：" (spaces between the words of a label are no break).
        if m.re is COLON_HEAD and (asked := asker_and_asked(m.group(1))) is not None:
            return replace(asked, end=m.end())  # "委员张志远问市住建局局长王卫东：…"
        label = several_respondents(head) or parse_head(head) or _short_label(head) or seat_occupation_name(head) \
            or (asker_asks_about(head) if m.re is COLON_HEAD else None)
        if label is not None and m.re is BRACKET_HEAD and _seat_and_word(label.speaker):
            label = None  # "【代表心声】", "【代表访谈】…": a column's heading, no speaker
        if label is None and _NUMBERED_QUESTION.fullmatch(head):
            # "问题一：市人大常委会委员 X" (the speech on the next line): a numbered 问.
            rest = full_designation(paragraph[m.end():])
            if rest is not None and rest.speaker.role:
                return Label("question", rest.speaker, len(paragraph))
        if label and enum and label.speaker == NOBODY and label.kind != "question":
            label = None  # "1．问：" numbers the questions; "一、答：" is not a layout we know
        if label and label.speaker == NOBODY and label.kind in ("question", "follow_up", "answer") \
                and (named := speaker_after_verb(paragraph, m.end(), label.kind)) is not None:
            return named  # "问：（张志远委员）…", "询问：市人大代表X  …"
        if label is None and _NUMBERED_QUESTION.fullmatch(head) and (sign := SIGNATURE.search(paragraph)) \
                and (signed := full_designation(label_patterns().column_prefix.sub("", sign.group(1)))) is not None \
                and signed.speaker.role:
            # "问题1：…？（询问人：市人大常委会委员X）": a numbered question signed by its asker.
            return Label("question", signed.speaker, m.end())
        if label:
            rest = paragraph[m.end():].lstrip()
            if label.kind == "question" and rest[:1] in "（(【[" and (after := marked_head(rest)) is not None:
                # "【委员X】（追问）…": the mark opens the speech
                return replace(label, kind="follow_up", end=len(paragraph) - len(rest) + rest.index(after))
            if label.kind == "question" and rest[:1] in "（(【[" and is_marker_line(rest):
                # "【委员X】（追问）" on a line of its own: the speech follows on the next line.
                return replace(label, kind="follow_up", end=len(paragraph))
            if unmarked and (label.kind == "question" or (label.bare and label.kind == "speaker")):
                # (a bare name marked 追问 is a member's: only members follow up)
                label = replace(label, kind="follow_up")
            return _ending_at(label, m.end())
        if is_follow_up_label(head):
            return Label("follow_up", Speaker(), m.end())  # "追问一下：…": the member who asked last
        if (pair := pair_before_verb(m.group(1))) is not None:
            return replace(pair, end=m.end())
    # (the narrative reading of the top, not read again: two pattern matches per paragraph)
    return narrative or spaced_label(paragraph) or bracketed_speaker(paragraph) \
        or dash_signed(paragraph) or numbered_asking_heading(paragraph)


_POST_ALONE = re.compile(r"[ \u3000]*([^：:\s]{2,8})[：:]")


def _leader_post_alone(rest: str) -> tuple[str, int] | None:
    """"副市长：" after a bracketed side: the post of a government leader alone before the colon
    (the grammar's leader posts, 副区长, 常务副县长), and where the colon ends."""
    m = _POST_ALONE.match(rest)
    if m is None or grammar()["leader"].fullmatch(m.group(1)) is None:
        return None
    return m.group(1), m.end()


def _short_label(head: str) -> Label | None:
    """"袁局长" / "何副市长" before a colon: a surname and a post (the name comes from the
    people the report names in full, :func:`~loaders.turns.passes.short_labels_resolved`)."""
    head = SPACES.sub("", head)
    m = grammar()["resp_st"].fullmatch(head)
    if m is None or m["surname"] not in vocab()["surnames"] or head.startswith(titles()):
        return None
    return Label(kind_of_verb(m["verb"]) or "answer", Speaker(title=m["title"]), 0, short=m["surname"] + m["title"])


_TIME_STAMP = re.compile(r"^[（(\[【]?\d{1,2}(?:[：:∶]\d{2}(?:[：:∶]\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?)[）)\]】]?\s*")
# "Q（委员 X）：" / "A：": the letters of a question-and-answer layout ("Q马静：" names a person).
_QA_LETTER = re.compile(r"^[QqＱAaＡ](?=[（(]|$)")
# "Q1 【区人大代表 X】" / "A1 【局长 Y】": a numbered Q/A letter before a bracketed speaker line.
QA_NUMBERED = re.compile(r"^([QqＱAaＡ])[\d０-９]{1,3}[ \u3000]*(?=[【\[])")
SIGNATURE = re.compile(r"[（(]([^（）()]{3,40})[）)]\s*$")
_NUMBERED_QUESTION = re.compile(r"问题\s*[一二三四五六七八九十\d]+")


def bar_side(paragraph: str) -> Label | None:
    """"问 | …" / "答｜…": a side word and a bar opening the paragraph (the bar for a bracket)."""
    # (every match holds a bar: most paragraphs hold none, and a scan for one is cheaper than
    # the match, which tried a side word of every length before failing)
    bar = BAR_SIDE.match(paragraph) if "|" in paragraph or "｜" in paragraph else None
    side = parse_head(bar.group(1)) if bar else None
    if side is None or side.speaker != NOBODY or side.kind not in ("question", "follow_up", "answer"):
        return None
    return replace(side, end=bar.end())


# (or the quoted speech right after the name: "追问 X“…”" on a page flattened to one line, folded)
_NAME_THEN_POST = re.compile(rf"\s*(?P<name>{NAME})\s*(?:[（(](?P<post>[^（）()]{{2,40}})[）)]\s*|\s+|$|(?=“))")


def _name_line(rest: str, seat: Speaker) -> tuple[Speaker, int] | None:
    """The speaker of a line that holds only a name, perhaps with a post in brackets, after a
    bracketed side that gives the seat (代表) or post (局长), and where the name ends: the post
    when it names the person's office ("邓先斌（市教育和体育局局长）"), else the seat (a
    member's outside work is no seat)."""
    m = _NAME_THEN_POST.match(rest)
    if m is None or not (seat.role or seat.title):
        return None
    name = m["name"]
    if name[-1] in "省市区县镇乡村局委办" or not (name[:1] in surnames() or name[:2] in surnames() or "·" in name or minority_name(name)) or not_a_name(name):
        return None
    if m["post"] and (lab := parse_head(m["post"] + name)) is not None and not lab.bare \
            and lab.speaker.name == name and (lab.speaker.role or lab.speaker.title):
        post = lab.speaker
        if bool(post.role) == bool(seat.role):  # (a member's seat, an official's post: the side's)
            return post, m.end()
    return Speaker(name=name, role=seat.role, title=seat.title), m.end()


# "问 X（…）": a side word of up to four characters, then spaces (not a colon, a bar or a bracket).
_SPACE_SIDE = re.compile(r"([\u4e00-\u9fff]{1,4})[ \u3000]+(?=\S)")


def side_then_name(paragraph: str) -> Label | None:
    """"问 秦海燕（市人大常委会委员）", "答 周建林（市文旅局局长）", "答 周建林": a side word, a
    space and a name (its seat or post in brackets), the whole line; the speech follows on the
    next line (or after a space, on a page flattened to one line). A name whose bracket names
    no seat or post speaks as a bare name. A bullet may open the line ("●追问 X"), and the name
    may come after its seat or post instead ("●询问 市人大常委会委员 X", :func:`_side_then_designation`)."""
    bullet = LEAD_BULLET.match(paragraph)
    m = _SPACE_SIDE.match(paragraph, bullet.end() if bullet else 0)
    if m is None:
        return None
    side = parse_head(m.group(1))
    if side is None or side.speaker != NOBODY or side.kind not in ("question", "follow_up", "answer"):
        return None
    n = _NAME_THEN_POST.match(paragraph, m.end())
    if n is None or (paragraph[n.end():].strip() and not n["post"] and not paragraph[n.end() - 1].isspace()
                     and paragraph[n.end()] != "“"):
        # (a name running on into words: a sentence, not a label, unless the whole line designates)
        return _side_then_designation(paragraph, m.end(), side.kind)
    name = n["name"]
    if name[-1] in "省市区县镇乡村局委办" or not (name[:1] in surnames() or name[:2] in surnames() or "·" in name
                                              or minority_name(name)) or not_a_name(name):
        return _side_then_designation(paragraph, m.end(), side.kind)  # "应询 副市长 Y": a post, no name
    sp = Speaker(name=name)
    if n["post"] and (lab := parse_head(n["post"] + name)) is not None and not lab.bare \
            and lab.speaker.name == name and (lab.speaker.role or lab.speaker.title):
        sp = lab.speaker
    # (the speech on the next line, or after a space on a page flattened to one line)
    return Label(side.kind, sp, n.end() if paragraph[n.end():].strip() else len(paragraph))


def _side_then_designation(paragraph: str, at: int, kind: str) -> Label | None:
    """"●询问 市人大常委会委员、某学院教授 X" / "●应询 市水利局局长 Y": after the side word and
    its space, the rest of the line is a full designation (the seat or post before the name), the
    speech on the next line. A member asks and an official answers: a side the designation
    contradicts is no label. On a page flattened to one line the quoted speech follows on the
    same line ("●应询 副市长 Y“…”": folding took the space before the quotation mark)."""
    quote = paragraph.find("“", at, at + 42)
    end = quote if quote > at else len(paragraph)
    rest = paragraph[at:end].strip()
    if not rest or len(rest) > 40 or SENTENCE_MARK.search(rest):
        return None
    label = full_designation(rest, titled=True)
    if label is None or bool(label.speaker.role) != (kind in ("question", "follow_up")):
        return None
    return Label(kind, label.speaker, end)


def bracketed_kind(paragraph: str) -> tuple[str, int, Speaker] | None:
    """The side a bracketed verb opening the paragraph names ("【问】", "[答]", "【代表提问】"),
    where it ends, and the seat or post it gives (代表, 局长)."""
    m = BRACKET_VERB.match(paragraph) or BRACKET_SIDE.match(paragraph)
    label = parse_head(m.group(1)) if m else None
    if label is None or label.kind not in ("question", "follow_up", "answer"):
        return None
    sp = label.speaker
    if sp.name or sp.department:
        return None
    return label.kind, m.end(), sp
