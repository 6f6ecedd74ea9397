"""Funds named by what they pay for: 某某工程运行维护补助资金, 某某产业振兴专项资金, 某某产业投资基金.

A verb of setting up or putting money into a fund (``fund_verbs`` in entity_patterns.yaml: 设立,
安排, 争取 …), maybe an amount (3亿元) and the levels that pay (省级, 中央和省级, 市财政), then a
run of words ending in a fund's head (``fund_heads``: 专项资金, 补助资金, 引导基金 …) names the fund
when its purpose has at least ``fund_min_purpose`` characters. A bare fund (安排专项资金), one
named by a modifier (专项补偿资金) or by a short purpose (清淤专项资金) is none; a 的, a numeral or
any punctuation in the run makes it a description, and so does a purpose told by verbs alone
(运行维护补助资金: what the money does) or by generic modifiers (相关专项资金). A known tool right before the head (生态补偿
资金) is the dictionary's, which holds the head in its mention.
"""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import name_ok, policy_category, words_rx
from loaders.resolve import Candidate

__all__ = ["fund_candidates", "may_find", "warm_up"]

#: a 的 makes a description; a joiner, places that pay (钦州市和自治区补助资金)
_NOT_IN_PURPOSE = "的和及与、"

#: an amount before the fund (3亿元, 两千万元, 1.2亿元的)
_AMOUNT = r"(?:[0-9０-９.]+|[一二两三四五六七八九十百千]+)(?:万|亿|千万|百万)?元(?:的)?"


@functools.lru_cache(maxsize=8)
def _fund_re(verbs: tuple[str, ...], levels: tuple[str, ...], heads: tuple[str, ...]) -> re.Pattern[str]:
    level = rf"(?:{alternation(levels)})"
    return re.compile(rf"(?:{alternation(verbs)})(?:了|到了?)?(?:{_AMOUNT}(?:作为|用作|用于)?)?((?:{level}(?:和|、|及)?)*)"
                      rf"([\u4e00-\u9fff]{{2,16}}?)({alternation(heads)})")


def may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a fund's head, which the pattern ends with."""
    return words_rx(gz.patterns.fund_heads).search(text, lo, hi) is not None


def _names_a_thing(gz: Gazetteer, purpose: str) -> bool:
    """Whether the purpose holds a noun (农村供水工程运行维护, 人参产业振兴): one told by verbs alone
    (运行维护, 转产转业) says what the money does, no fund's name."""
    tags = gz.tags()
    words = list(gz.cut(purpose))
    while words and words[0] in gz.patterns.generic_modifiers:
        words.pop(0)  # 重点产业, 相关…: a modifier says which, a noun after it what
    return sum(map(len, words)) >= 2 and any((tags.get(w) or "").startswith("n") for w in words)


def fund_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    out: list[Candidate] = []
    if not may_find(gz, text, lo, hi):
        return out
    for m in _fund_re(p.fund_verbs, p.fund_levels, p.fund_heads).finditer(text, lo, hi):
        purpose = m.group(2)
        start, end = m.start(2), m.end(3)
        name = text[start:end]
        if (len(purpose) < p.fund_min_purpose or any(c in purpose for c in _NOT_IN_PURPOSE)
                or purpose[0] in p.numeral_chars
                or not name_ok(gz, name) or gz.entry_for("PolicyTool", name) is not None
                or gz.entry_for("PolicyTool", purpose) is not None or not _names_a_thing(gz, purpose)):
            continue
        # the level that pays right before the purpose (争取省级某某湖治理专项资金) is in the mention: readers
        # write the fund with it or without, the name stays without
        lead = next((w for w in p.fund_named_levels if text.endswith(w, m.start(1), start)), "")
        out.append(Candidate("PolicyTool", start - len(lead), end, name, "pattern", 1, policy_category(gz, name), None))
    return out


def warm_up(gz: Gazetteer) -> None:
    """Build the pattern now: :func:`loaders.mentions.warm_up_tables` calls it."""
    p = gz.patterns
    _fund_re(p.fund_verbs, p.fund_levels, p.fund_heads)
