"""Industry chains named by a number code: “1+5+N”现代产业体系, 415X先进制造业集群, “11+8”产业链.

A code (digits and letters joined by +, or digits with a letter: 415X) is a chain's
name when a chain word (产业链, 产业集群, 集群, 产业体系 …) follows within a few
characters, with or without quotes. The mention spans the code through the
chain word; its name is the code. A code with another head (“1+1+N”机制) is left
to the quoted-name rules.
"""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import CLOSE_Q, HARD
from loaders.resolve import Candidate

__all__ = ["CODE", "chain_head_after", "code_candidates", "DIGIT_CAPITAL", "may_find"]

#: 1+5+N, 11+8, 3+3+2, 1＋N, 415X, 4231 X is not one (a space).
CODE = re.compile(r"(?<![0-9A-Za-z+＋.])(?:[0-9A-Za-z]{1,4}(?:[+＋][0-9A-Za-z]{1,4}){1,5}|[0-9]{2,4}[A-Z]{1,2})"
                  r"(?![0-9A-Za-z+＋.%])")
# The scan of every part: CODE opening with its first character's set and the lookbehind
# after it (re scans for a leading set in C; a lookbehind, even guarded, entered the engine
# at every character). The same tries in the same order, so the same matches
# (tests/loaders/test_code_road_scans.py).
_CODE_SCAN = re.compile(r"[0-9A-Za-z](?<![0-9A-Za-z+＋.].)(?:[0-9A-Za-z]{0,3}(?:[+＋][0-9A-Za-z]{1,4}){1,5}"
                        r"|(?<=[0-9])[0-9]{1,3}[A-Z]{1,2})(?![0-9A-Za-z+＋.%])")
#: A digit right before a capital (415X): what a code holds that has no + (1+5+N).
DIGIT_CAPITAL = re.compile(r"[0-9][A-Z]")
_GAP = 8  # characters of modifiers allowed between the code and the chain word (现代, 先进制造业)


def _heads(gz: Gazetteer) -> tuple[str, ...]:
    p = gz.patterns
    return tuple(sorted({*p.chain_quoted_heads, *p.chain_strong, *p.chain_weak}, key=len, reverse=True))


def chain_head_after(gz: Gazetteer, text: str, pos: int, hi: int) -> int:
    """End of a chain word starting within a few characters of ``pos`` (no
    punctuation between), or -1."""
    if pos < hi and text[pos] in CLOSE_Q:
        pos += 1
    heads = _heads(gz)
    for i in range(pos, min(hi, pos + _GAP + 1)):
        if text[i] in HARD:
            return -1
        for h in heads:
            if text.startswith(h, i) and i + len(h) <= hi:
                return i + len(h)
    return -1


def may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds what every match of _CODE_SCAN holds: its first branch a +,
    its second (a digit, then digits and capitals) a digit right before a capital. Only a plain
    test of the characters: the scan's lookarounds read past the range's ends. (Two finds and a
    pattern opening with a set: one alternation of the three read the 50 bench documents in
    1.5 ms, these in 0.26.)"""
    return (text.find("+", lo, hi) >= 0 or text.find("＋", lo, hi) >= 0
            or DIGIT_CAPITAL.search(text, lo, hi) is not None)


def code_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    """Chains named by a code in ``text[lo:hi]``."""
    out = []
    for m in _CODE_SCAN.finditer(text, lo, hi):
        code = m.group()
        if not any(c.isdigit() for c in code):
            continue
        end = chain_head_after(gz, text, m.end(), hi)
        if end < 0:
            continue
        # source "code": a code names a chain of this city only (two cities' “1+5+N” differ)
        out.append(Candidate("IndustryChain", m.start(), end, code.replace("＋", "+"), "code", 0, None, None))
    return out
