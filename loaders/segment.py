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
        self.pairs = _Pairs(self)

    def __missing__(self, frag: str) -> float | str:
        f = self.freq.get(frag)
        got = _ABSENT if f is None else (log(f) - self.logtotal if f else _PREFIX)
        if len(self) < _MAX_SCORES:  # bounded: past it the rest are computed each time
            self[frag] = got
        return got


_MAX_SCORES = 500_000


class _Pairs(dict):
    """Two characters → (the first one's entry, the pair's entry, the first one's score alone
    at jieba's ``log(freq or 1)``): where a word starts, the cut reads its first character and
    the pair after it, and most starts need no longer fragment (the pair is absent), so one
    lookup answers what two did. Filled as pairs are met, with the table it reads."""

    def __init__(self, scores: _Scores) -> None:
        super().__init__()
        self.scores = scores

    def __missing__(self, pair: str) -> tuple[float | str, float | str, float]:
        scores = self.scores
        first = pair[0]
        got = (scores[first], scores[pair], log(scores.freq.get(first) or 1) - scores.logtotal)
        if len(self) < _MAX_SCORES:
            self[pair] = got
        return got


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
        _cut_block(sentence, scores, out, False)
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


def _cut_block(blk: str, scores: _Scores, out: list[str], latin: bool = True) -> None:
    """jieba's get_DAG, calc and __cut_DAG_NO_HMM fused: the best route from the right
    end (ties go to the longer word, as ``max`` over ``(score, end)`` tuples does).
    ``latin``: the block may hold Latin letters or digits (False for a run of Han characters)."""
    n = len(blk)
    score = [0.0] * (n + 1)
    nxt = [0] * n  # where the word the route takes at each start ends
    pairs = scores.pairs
    if n:
        # the last character: a word alone, or jieba's log(1) (a prefix of nothing here)
        w = scores[blk[n - 1]]
        score[n - 1] = (w if w is not _ABSENT and w is not _PREFIX
                        else log(scores.freq.get(blk[n - 1]) or 1) - scores.logtotal) + 0.0
        nxt[n - 1] = n
    for k in range(n - 2, -1, -1):
        w, w2, alone = pairs[blk[k:k + 2]]  # (one lookup for the character and the pair)
        if w is _ABSENT:  # no word starts here: the character alone, at jieba's log(1)
            score[k] = alone + score[k + 1]
            nxt[k] = k + 1
            continue
        best = None if w is _PREFIX else w + score[k + 1]  # jieba's log(f) - logtotal + score, in that order
        end = k + 1
        if w2 is not _ABSENT:
            if w2 is not _PREFIX:
                s = w2 + score[k + 2]
                if best is None or s >= best:
                    best, end = s, k + 2
            j = k + 3
            while j <= n:
                w = scores[blk[k:j]]
                if w is _ABSENT:
                    break
                if w is not _PREFIX:
                    s = w + score[j]
                    if best is None or s >= best:
                        best, end = s, j
                j += 1
        if best is None:  # only prefixes start here
            best = alone + score[k + 1]
        score[k] = best
        nxt[k] = end
    x = 0
    if not latin:  # (no letters to run together: the words as the route takes them)
        while x < n:
            y = nxt[x]
            out.append(blk[x:y])
            x = y
        return
    buf = ""
    while x < n:
        y = nxt[x]
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
