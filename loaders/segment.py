"""jieba's accurate mode without HMM (``Tokenizer.lcut(s, HMM=False)``), in one function.

The mention walker segments thousands of short windows per report, and jieba's
per-call machinery (generators, a DAG dict, a ``max`` over a generator per
character) costs more than the words themselves. :func:`lcut_no_hmm` reads the
same prefix dictionary with the same arithmetic in the same order, so it gives
jieba's words exactly, just with less overhead; tests/loaders/test_segment.py
holds the two side by side.
"""

from __future__ import annotations

import re
from math import log
from typing import Any

import jieba

__all__ = ["lcut_no_hmm", "no_word_across"]

_HAN = jieba.re_han_default  # the runs jieba segments with its dictionary
_SKIP = jieba.re_skip_default  # whitespace, kept as tokens of its own
_HAN_ONLY = re.compile("[\u4e00-\u9fd5]+")  # inside _HAN's first range: one block of it, no Latin to join
_LATIN1 = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # jieba's re_eng


# A fragment's entry in the table of scores: a word's log-probability (a float), or one of these.
_PREFIX = "prefix"  # in the prefix dictionary at frequency 0: only the start of longer words
_ABSENT = "absent"  # not in it: no word starts with it


class _Scores(dict):
    """Fragment → ``log(freq) - log(total)`` (the very float jieba's sum starts with), or
    _PREFIX / _ABSENT, filled as fragments are met: a window's words cost one lookup each
    instead of a lookup, a ``log`` and a subtraction. Tied to one dictionary state."""

    def __init__(self, freq: dict[str, int], total: int) -> None:
        super().__init__()
        self.freq, self.total, self.size = freq, total, len(freq)
        self.logtotal = log(total)

    def __missing__(self, frag: str) -> float | str:
        f = self.freq.get(frag)
        got = _ABSENT if f is None else (log(f) - self.logtotal if f else _PREFIX)
        if len(self) < _MAX_SCORES:  # bounded: past it the rest are computed each time
            self[frag] = got
        return got


_MAX_SCORES = 500_000


def _scores(tk: Any) -> _Scores:
    """The table of ``tk``'s dictionary, made again when the dictionary changed (a word
    added or the tokenizer initialised anew: another FREQ, total or size)."""
    table = getattr(tk, "_policygraph_scores", None)
    if table is None or table.freq is not tk.FREQ or table.total != tk.total or table.size != len(tk.FREQ):
        table = _Scores(tk.FREQ, tk.total)
        tk._policygraph_scores = table
    return table


def lcut_no_hmm(tk: Any, sentence: str) -> list[str]:
    """``tk.lcut(sentence, HMM=False)`` for an initialised :class:`jieba.Tokenizer`."""
    out: list[str] = []
    scores = _scores(tk)
    if _HAN_ONLY.fullmatch(sentence):
        # one run of Han characters, most of the walker's windows: jieba's split gives it alone
        _cut_block(sentence, scores, out)
        return out
    # re.split with a group: the runs jieba segments are the odd pieces
    for n, blk in enumerate(_HAN.split(sentence)):
        if not blk:
            continue
        if n % 2:
            _cut_block(blk, scores, out)
        else:
            for x in _SKIP.split(blk):
                if _SKIP.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return out


def no_word_across(tk: Any, sentence: str, i: int) -> bool:
    """True when ``lcut_no_hmm(tk, sentence)`` surely cuts at ``i`` (0 < i < len): the sentence is one
    run of Han characters and no dictionary word in it starts before ``i`` and ends after it.
    Every word of the route is such a word or a single character, so none can span ``i``; a
    word found (or a sentence of other characters) answers False, and the caller cuts.
    The test reads the fragments :func:`_cut_block` would read from each start, no more: a
    dozen lookups where a cut of a new window costs a hundred."""
    if not _HAN_ONLY.fullmatch(sentence):
        return False
    scores = _scores(tk)
    n = len(sentence)
    for k in range(i - 1, -1, -1):
        j = i + 1
        while j <= n:
            w = scores[sentence[k:j]]
            if w is _ABSENT:
                break
            if w is not _PREFIX:
                return False
            j += 1
    return True


def _cut_block(blk: str, scores: _Scores, out: list[str]) -> None:
    """jieba's get_DAG, calc and __cut_DAG_NO_HMM fused: the best route from the right
    end (ties go to the longer word, as ``max`` over ``(score, end)`` tuples does)."""
    n = len(blk)
    score = [0.0] * (n + 1)
    nxt = [0] * n
    for k in range(n - 1, -1, -1):
        best = None
        end = k
        j = k
        frag = blk[k]
        while j < n:
            w = scores[frag]
            if w is _ABSENT:
                break
            if w is not _PREFIX:
                s = w + score[j + 1]  # jieba's log(f) - logtotal + score[j + 1], summed in that order
                if best is None or s >= best:
                    best, end = s, j
            j += 1
            frag = blk[k:j + 1]
        if best is None:  # no word starts here: the character alone, at jieba's log(1)
            best = log(scores.freq.get(blk[k]) or 1) - scores.logtotal + score[k + 1]
        score[k] = best
        nxt[k] = end
    x = 0
    buf = ""
    while x < n:
        y = nxt[x] + 1
        word = blk[x:y]
        if y - x == 1 and word in _LATIN1:
            buf += word  # single Latin letters and digits run together, as in jieba
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)
