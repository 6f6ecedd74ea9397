"""jieba's accurate mode without HMM (``Tokenizer.lcut(s, HMM=False)``), in one function.

The mention walker segments thousands of short windows per report, and jieba's
per-call machinery (generators, a DAG dict, a ``max`` over a generator per
character) costs more than the words themselves. :func:`lcut_no_hmm` reads the
same prefix dictionary with the same arithmetic in the same order, so it gives
jieba's words exactly, just with less overhead; tests/loaders/test_segment.py
holds the two side by side.
"""

from __future__ import annotations

from math import log
from typing import Any

import jieba

__all__ = ["lcut_no_hmm"]

_HAN = jieba.re_han_default  # the runs jieba segments with its dictionary
_SKIP = jieba.re_skip_default  # whitespace, kept as tokens of its own
_LATIN1 = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # jieba's re_eng


def lcut_no_hmm(tk: Any, sentence: str) -> list[str]:
    """``tk.lcut(sentence, HMM=False)`` for an initialised :class:`jieba.Tokenizer`."""
    out: list[str] = []
    freq = tk.FREQ
    logtotal = log(tk.total)
    # re.split with a group: the runs jieba segments are the odd pieces
    for n, blk in enumerate(_HAN.split(sentence)):
        if not blk:
            continue
        if n % 2:
            _cut_block(blk, freq, logtotal, out)
        else:
            for x in _SKIP.split(blk):
                if _SKIP.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return out


def _cut_block(blk: str, freq: dict[str, int], logtotal: float, out: list[str]) -> None:
    """jieba's get_DAG, calc and __cut_DAG_NO_HMM fused: the best route from the right
    end (ties go to the longer word, as ``max`` over ``(score, end)`` tuples does)."""
    n = len(blk)
    score = [0.0] * (n + 1)
    nxt = [0] * n
    get = freq.get
    for k in range(n - 1, -1, -1):
        best = None
        end = k
        j = k
        frag = blk[k]
        while j < n:
            f = get(frag)
            if f is None:
                break
            if f:
                s = log(f) - logtotal + score[j + 1]
                if best is None or s >= best:
                    best, end = s, j
            j += 1
            frag = blk[k:j + 1]
        if best is None:  # no word starts here: the character alone, at jieba's log(1)
            best = log(get(blk[k]) or 1) - logtotal + score[k + 1]
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
