"""Spans of the normalised text: the sentences around an offset or a match, and its paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["sentence_span", "last_mark", "sentences_around", "paragraph_spans"]


def sentence_span(text: str, a: int, b: int) -> tuple[int, int]:
    """(start, end) of the sentences holding ``text[a:b]``: from after the last 。！？ or line
    break before ``a`` to the first one at or after ``b`` (the text's end if none)."""
    return last_mark(text, a, "。！？\n") + 1, _first_mark(text, b, "。！？\n")


# The nearest mark is looked for in windows growing outwards: a mark found in a window is
# nearer than any outside it, and a mark a report never uses (！) costs no scan of the whole
# text per call, which made long files' reading quadratic.
def last_mark(text: str, a: int, marks: str) -> int:
    """The last position before ``a`` holding one of ``marks``, else -1."""
    width = 256
    while True:
        lo = max(0, a - width)
        best = max(text.rfind(c, lo, a) for c in marks)
        if best >= 0 or lo == 0:
            return best
        width *= 16


def _first_mark(text: str, b: int, marks: str) -> int:
    """The first position at or after ``b`` holding one of ``marks``, else ``len(text)``."""
    width = 256
    while True:
        hi = min(len(text), b + width)
        found = [k for c in marks if (k := text.find(c, b, hi)) >= 0]
        if found or hi == len(text):
            return min(found, default=len(text))
        width *= 16


def sentences_around(text: str, rx: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence holding a match of ``rx``, once per sentence, in order.

    Found from the keyword outwards: searching for the sentence with a leading
    ``[^。]*`` would retry from every character (quadratic on long paragraphs).
    """
    done = -1
    for k in rx.finditer(text):
        if k.start() < done:
            continue
        a = max(text.rfind("。", 0, k.start()), text.rfind("\n", 0, k.start())) + 1
        ends = [e for e in (text.find("。", k.end()), text.find("\n", k.end())) if e >= 0]
        done = min(ends) if ends else len(text)
        yield a, done


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line of the normalised text."""
    # (found line by line with str.find: text.split made a copy of every line to measure it)
    spans, pos, n, find = [], 0, len(text), text.find
    while pos < n:
        end = find("\n", pos)
        if end < 0:
            end = n
        if end > pos:
            spans.append((pos, end))
        pos = end + 1
    return spans
