"""Service circles named by a travel time: 15分钟养老服务圈, 一刻钟便民生活圈, 十分钟健身圈.

A time (digits or numerals, then 分钟; or 一刻钟) right before a short run of words
ending in 圈 names the programme that puts a service within that reach, quoted
or not. A 的 or any punctuation in between makes it a description, not a name.
The dictionary's own entries (一刻钟便民生活圈) win on the same span.
"""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import name_ok, policy_category
from loaders.resolve import Candidate

__all__ = ["circle_candidates", "may_find"]

_CIRCLE = re.compile(r"(?<![0-9])(?:[0-9]{1,2}|[一二两三四五六十]{1,3}|半)分钟(?!的)[\u4e00-\u9fff]{1,8}?圈"
                     r"|一刻钟(?!的)[\u4e00-\u9fff]{1,8}?圈")


def may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds 钟: the pattern opens with a time (分钟, 一刻钟), and a plain
    scan for its one fixed character is far cheaper than the pattern."""
    return text.find("钟", lo, hi) >= 0


def circle_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    out: list[Candidate] = []
    if not may_find(gz, text, lo, hi):
        return out
    for m in _CIRCLE.finditer(text, lo, hi):
        name = m.group(0)
        if "的" in name or not name_ok(gz, name):
            continue
        # priority 0: a reach circle is a programme even where a quote rule calls it
        # something built (建设‘15分钟法律服务圈’); the dictionary still wins, listed first
        out.append(Candidate("PolicyTool", m.start(), m.end(), name, "pattern", 0, policy_category(gz, name), None))
    return out
