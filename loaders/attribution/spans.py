"""The records attribution builds and the spans it measures: :class:`Utterance`, a cue found (``Cue``), and
where clauses, sentences, paragraphs and quotations start and end."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from loaders.turns import Speaker

__all__ = ["Utterance", "find_all", "clause_start", "clause_end", "SENTENCE_END", "Cue", "quote_before",
           "quotation_ending_at", "one_sentence", "quoted_spans", "inside", "order", "CJK_CHAR", "overlaps",
           "para_index"]


@dataclass(frozen=True)
class Utterance:
    """One attributed speech: ``start``/``end`` span the speech itself."""

    kind: str  # question | follow_up | answer
    speaker: Speaker
    start: int
    end: int
    head_start: int  # where the speaker phrase begins
    addressee: Speaker | None = None
    others: tuple[Speaker, ...] = ()  # "A局、B办的负责人回应": the other speakers of the same speech
    at: int = -1  # where it stands in the exchange order when not at ``start`` (a question told after its answer)


def find_all(s: str, w: str) -> list[int]:
    """Where ``w`` occurs in ``s``."""
    out, i = [], s.find(w)
    while i >= 0:
        out.append(i)
        i = s.find(w, i + 1)
    return out


def clause_start(text: str, lo: int, hi: int, marks: str) -> int:
    """Where the clause ending at ``hi`` opens: just after the last of ``marks`` in
    ``text[lo:hi]``, else ``lo`` (``lo`` is a text position, not negative)."""
    return max(lo, *(text.rfind(p, lo, hi) + 1 for p in marks))


def clause_end(text: str, b: int, hi: int, marks: str) -> int:
    """Where the clause opening at ``b`` ends: the first of ``marks`` in ``text[b:hi]``, else
    ``hi`` (at most the text's end). Bounded by ``hi``, so a mark missing from the rest of a long
    report costs no scan to its end."""
    hi = min(len(text), hi)
    return min((i for i in (text.find(p, b, hi) for p in marks) if i >= 0), default=hi)


SENTENCE_END = re.compile(r"[。！？；\n]")


@dataclass
class Cue:
    head_start: int
    cue_start: int
    cue_end: int
    kind: str
    speaker: Speaker
    addressee: Speaker | None
    before: tuple[int, int] | None = None  # a quotation ending right before the speaker
    topic: tuple[int, int] | None = None  # "X围绕Y提出问题": Y
    others: tuple[Speaker, ...] = ()


def quote_before(text: str, pos: int, floor: int) -> tuple[int, int] | None:
    """The quotation that ends before ``pos`` in the same sentence ("“…？”X问道",
    "“…？”针对短片反映的问题，X首先提问"), within the paragraph. Quoted terms
    ("上周“专题询问”中") are passed over: they name things, nobody says them."""
    j = pos
    limit = max(floor, pos - 60)
    while True:
        while j > limit and text[j - 1] not in "”」。！？；\n":
            j -= 1
        if j <= floor or text[j - 1] not in "”」":
            return None
        span = quotation_ending_at(text, j, floor)
        if span is None:
            return None
        inner = text[span[0] + 1:span[1] - 1]
        if len(inner) > 10 or re.search(r"[，。？！；,?!]", inner):
            return span
        j = span[0]
        limit = max(floor, j - 60)


def quotation_ending_at(text: str, end: int, floor: int) -> tuple[int, int] | None:
    """The quotation whose closing mark is ``text[end - 1]``."""
    close = end - 1
    opener = "“" if text[close] == "”" else "「"
    depth, i = 0, close - 1
    while i >= floor:
        c = text[i]
        if c == text[close]:
            depth += 1
        elif c == opener:
            if depth == 0:
                return i, close + 1
            depth -= 1
        i -= 1
    return None


_SENTENCE_BREAKS = re.compile(r"[。！？；“”]")


def one_sentence(text: str, a: int, b: int) -> bool:
    """A short paragraph of one sentence with no quotation ("县人大常委会委员X第一个站起来。")."""
    p = text[a:b].strip()
    return 4 <= len(p) <= 60 and p.endswith("。") and not _SENTENCE_BREAKS.search(p[:-1])


_QUOTE_MARKS = re.compile("[“”]")


def quoted_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Closed quotations “…” of ``text[a:b]`` (outermost only); an unclosed one is none."""
    if text.find("“", a, b) < 0:
        return []
    spans, depth, start = [], 0, -1
    for q in _QUOTE_MARKS.finditer(text, a, b):
        i, c = q.start(), q.group(0)
        if c == "“":
            if depth == 0:
                start = i
            depth += 1
        elif c == "”" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls strictly inside one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def order(u: Utterance) -> tuple[int, int]:
    return (u.at, 0) if u.at >= 0 else (u.start, 1)


CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) meets one of the sorted ``spans`` (bisection: linear overall)."""
    i = bisect.bisect_right(spans, (b, b))
    return any(x < b and a < y for x, y in spans[max(0, i - 2):i])


def para_index(paragraphs: list[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(paragraphs) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if paragraphs[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo
