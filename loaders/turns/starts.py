"""Where a turn starts: :func:`is_turn_start`, :func:`is_label_only`, :func:`is_bare_label`, and
:func:`is_inline_turn` (a label right after a sentence end inside a paragraph) with its screen."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from loaders.normalize import SPEAKER_BULLETS
from loaders.turns.asking import numbered_asking_heading
from loaders.turns.designations import full_designation, post_then_name, several_respondents
from loaders.turns.heads import parse_head
from loaders.turns.labels import QA_NUMBERED, bar_side, bracketed_kind, side_then_name, parse_label
from loaders.turns.model import NOBODY
from loaders.turns.names import seat_only
from loaders.turns.signed import opens_dash_signed
from loaders.turns.words import BULLET, ENUM, LEAD_BULLET, MARKS

__all__ = ["is_label_only", "is_inline_turn", "inline_turn_screen", "is_bare_label", "is_turn_start"]


def _numbered_bracket(rest: str) -> bool:
    """A numbered bracketed asker's label at the start of ``rest`` ("2.【县人大常委会委员 X】")."""
    enum = ENUM.match(rest)
    if enum is None or rest[enum.end():enum.end() + 1] not in ("【", "["):
        return False
    label = parse_label(rest)
    return label is not None and label.kind in ("question", "follow_up") and label.speaker != NOBODY


def _qa_numbered_label(rest: str) -> bool:
    """"A1 【科技局局长 Y】…": a numbered Q/A letter and a bracketed speaker open ``rest``."""
    if not QA_NUMBERED.match(rest):
        return False
    label = parse_label(rest)
    return label is not None and label.kind in ("question", "follow_up", "answer")


def is_label_only(paragraph: str) -> bool:
    """A label with nothing but a speaker after it ("问：区人大常委会委员周建明")."""
    label = parse_label(paragraph)
    if label is None:
        # "镇人大代表、某村党总支书记 X" alone (the speech on the next line): a designation the
        # comma of its posts makes look like body text, which the next paragraph must not join
        # (so is "省水利厅厅长 X；省财政厅副厅长 Y", two officials split by ；, whose mark looks like a clause's)
        return " " in paragraph and (full_designation(paragraph, titled=True) is not None or (
            ("；" in paragraph or ";" in paragraph) and several_respondents(BULLET.sub("", paragraph).strip(MARKS)) is not None))
    rest = paragraph[label.end:].strip()
    return not rest or parse_head(rest) is not None or post_then_name(rest) is not None


# (remembered: a report's sentences end alike, and normalisation asks of each rest after a
# sentence end: ~3,400 asks of ~2,400 rests reading 50 reports)
@functools.lru_cache(maxsize=4096)
def is_inline_turn(rest: str) -> bool:
    """A strong label right after a sentence end inside a paragraph ("…？市发改委主任李强：…")."""
    if bar_side(rest) is not None or side_then_name(rest) is not None or _numbered_bracket(rest):
        return True  # "…。 问 | 委员 X …", "…。 问 X（委员） …", "… 2.【委员 X】": flattened to one line
    if numbered_asking_heading(rest) is not None or _qa_numbered_label(rest):
        return True  # "…。 （二）X委员追问 …", "…。 A1 【局长 Y】 …": flattened into the line
    if _bracketed_seat(rest):
        return True  # "…专题询问【代表问】…": a bracketed side (folding ate the space before it)
    colon = rest.find("：", 0, 46)
    if colon < 1:
        return rest.lstrip().startswith("“") and opens_dash_signed(rest)
    label = parse_label(rest)
    if label is None or label.bare or label.narrative or label.kind not in ("question", "follow_up", "answer"):
        return False
    sp = label.speaker
    # ("局长答：": a post and the side's verb, no more)
    return sp == NOBODY or bool(sp.role or sp.department or (sp.name and sp.title)) \
        or (seat_only(sp) and label.end <= 4)


# What a rest that is_inline_turn accepts opens with, when its paragraph holds no bar and no
# square bracket (the bar side, the bracketed seat and the numbered brackets need one): a colon
# within its reach, an opening quotation after spaces (a dash-signed speech), a numbered
# heading's bracket or numeral, or a side word of up to four characters before a space, perhaps
# after a bullet ("◆询问 市人大代表 X“…”": side_then_name).
_INLINE_OPENING = re.compile(rf"\s*“|[（(一二三四五六七八九十]|[{SPEAKER_BULLETS}]?\s?[\u4e00-\u9fff]{{1,4}}[ \u3000]")


def _anywhere(at: int) -> bool:
    return True


def inline_turn_screen(paragraph: str) -> Callable[[int], bool]:
    """A test of the positions of ``paragraph`` where a turn :func:`is_inline_turn` accepts may
    start (False: it refuses ``paragraph[at:]``). Normalisation asks is_inline_turn of the rest
    after every sentence end; of ~3,400 such rests of 50 reports none opens a turn and ~3,100
    fail this screen, which costs no copy of the rest and no call of the label readers."""
    # (four finds, a few instructions a character each: a scan for the set of the four cost ~50)
    if "|" in paragraph or "｜" in paragraph or "【" in paragraph or "[" in paragraph:
        return _anywhere
    find, opening = paragraph.find, _INLINE_OPENING.match
    return lambda at: find("：", at, at + 46) >= 0 or opening(paragraph, at) is not None


def _bracketed_seat(rest: str) -> bool:
    """A bracketed side naming at most a seat or post at the start of ``rest`` ("【代表问】",
    "【部门答】"): flattened into a line, it opens a turn."""
    return rest[:1] in "【[" and (side := bracketed_kind(rest)) is not None and seat_only(side[2])


def is_bare_label(rest: str) -> bool:
    """A label naming nobody at the start of ``rest``: a label word ("问：", "提问人：", "应询人："),
    a seat or post with the side's verb ("代表问：", "局长答：", "【代表问】"), a bullet before
    either: in a page flattened to one line it opens a turn even after a plain space."""
    if (rest.startswith("“") and opens_dash_signed(rest)) or bar_side(rest) is not None \
            or numbered_asking_heading(rest) is not None or _qa_numbered_label(rest) \
            or side_then_name(rest) is not None or _numbered_bracket(rest):
        return True  # ("…。 问 X（委员） …", "… 2.【委员 X】 …": a side or a number, flattened into the line)
    if _bracketed_seat(rest):
        return True  # "【代表问】…", "【部门答】…": a bracketed side, flattened into the line
    m = _BARE_LABEL.match(rest) or _BARE_LABEL.match(LEAD_BULLET.sub("", rest, count=1))
    label = parse_head(m.group(2)) if m else None
    if m and m.group(1) and label is not None and label.kind != "question":
        return False  # "2.问：" numbers questions; a numbered 答 is no layout we know
    # "问：", and a seat or post with the side's verb ("代表问：", "局长答：")
    return label is not None and (label.speaker == NOBODY or (seat_only(label.speaker) and len(m.group(2)) <= 3)) \
        and label.kind in ("question", "follow_up", "answer")


_BARE_LABEL = re.compile(r"(\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[）)])?"
                         r"([\u4e00-\u9fff]{1,5})：")


def is_turn_start(paragraph: str) -> bool:
    """Whether ``paragraph`` opens a speaker turn (used to re-join cut paragraphs)."""
    return parse_label(paragraph) is not None
