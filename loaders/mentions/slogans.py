"""Numbered slogans named without quotes before a programme word: 四清一绿行动, 百县千乡工程.

Two or three numeral-led groups (一 to 万, 双) of one or two characters each, right
before a head of ``slogan_heads`` (行动, 工程, 计划 …), name a campaign: the name is
the slogan (四清一绿), the mention spans the head too. A numeral followed by a
measure word counts things (三个一批, 两大任务) and makes no slogan, except a numeral
with 大 that bundles named programmes before the head: 十大民生工程, 五大提升行动 (the name
is then the whole, head included).
"""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import name_ok, policy_category, words_rx
from loaders.resolve import Candidate

__all__ = ["slogan_candidates", "may_find"]


@functools.lru_cache(maxsize=8)
def _slogan_re(numerals: frozenset[str], heads: tuple[str, ...]) -> re.Pattern[str]:
    num = "[" + "".join(sorted(numerals)) + "]"
    alt = alternation(heads)
    # The first group written out (X(?:X){1,2}, not (?:X){2,3}: the same tries in the same
    # order) so that the pattern opens with the numeral set: re scans for a leading set in C,
    # where a guard entered the engine at every character of every part.
    group = rf"{num}[\u4e00-\u9fff]{{1,2}}?"
    return re.compile(rf"({group}(?:{group}){{1,2}})(?:{alt})")


@functools.lru_cache(maxsize=8)
def _bundle_re(numerals: frozenset[str], heads: tuple[str, ...]) -> re.Pattern[str]:
    num = "[" + "".join(sorted(numerals)) + "]"
    alt = alternation(heads)
    return re.compile(rf"{num}{num}?大[\u4e00-\u9fff]{{2,4}}?(?:{alt})")  # ({num}{{1,2}}, opening with the set)


def may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a programme word: both patterns end with one, and a plain
    scan for them is far cheaper than the patterns."""
    heads = gz.patterns.slogan_heads
    return not heads or words_rx(heads).search(text, lo, hi) is not None


def slogan_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    out: list[Candidate] = []
    if not may_find(gz, text, lo, hi):
        return out
    for m in _bundle_re(p.policy_slogan_chars, p.slogan_heads).finditer(text, lo, hi):
        name = m.group(0)
        if name_ok(gz, name) and not any(w in name for w in p.numeral_words):
            out.append(Candidate("PolicyTool", m.start(), m.end(), name, "pattern", 2, policy_category(gz, name), None))
    for m in _slogan_re(p.policy_slogan_chars, p.slogan_heads).finditer(text, lo, hi):
        name = m.group(1)
        groups = [i for i, c in enumerate(name) if c in p.policy_slogan_chars]
        if (groups[0] != 0 or len(groups) < 2
                or any(i + 1 < len(name) and name[i + 1] in p.slogan_measure_words for i in groups)
                or any(w in name for w in p.numeral_words) or not name_ok(gz, name)):
            continue
        out.append(Candidate("PolicyTool", m.start(), m.end(), name, "pattern", 2, policy_category(gz, name), None))
    return out
