"""Items of a 、-list that share a found name's suffix: 华东医院、仁济医院、中山医院.

A name the suffix rules accepted (华东医院: a place before 医院) vouches for its
neighbours in the same 、-list when they end with the same suffix (仁济医院, whose
first word jieba does not know as a name). Each neighbour must be a short run of
Chinese characters with at least two of its own before the suffix, and no generic
word; the walk goes on along the list in both directions.
"""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import name_ok
from loaders.resolve import Candidate, clean_name

__all__ = ["sibling_candidates"]

_ITEM = re.compile(r"[\u4e00-\u9fff]{3,14}")
_SEP = "、"


_SUFFIXES: dict[tuple[str, bool], tuple[frozenset[str], int]] = {}  # the words and the longest's length


def _suffix_of(gz: Gazetteer, typ: str, name: str) -> str | None:
    """The longest suffix word (two characters or more) that ``name`` ends with."""
    key = (gz.digest, typ == "Organization")
    got = _SUFFIXES.get(key)
    if got is None:
        p = gz.patterns
        # (a school being built is a project: 某小学、某小学因征地拆迁未能按期完成; session 26)
        words = (*p.org_strong, *p.org_weak) if key[1] else (*p.project_strong, *p.project_weak,
                                                              *p.built_school_suffixes)
        # one-character suffixes only of roads and bridges (丁湖路 vouches for 环湖西路): 园, 港 … are too loose
        chosen = frozenset(s for s in words if len(s) >= 2 or (not key[1] and s in p.sibling_short_suffixes))
        got = _SUFFIXES[key] = (chosen, max(map(len, chosen), default=0))
    suffixes, longest = got
    # the name's own endings, longest first, from the longest suffix word's length: a few set
    # lookups instead of a pass over every suffix word (a loop: a generator cost more than its tests)
    for k in range(min(len(name), longest), 0, -1):
        if name[-k:] in suffixes:
            return name[-k:]
    return None


def _item_ok(gz: Gazetteer, item: str, suffix: str) -> bool:
    head = item[: -len(suffix)]
    p = gz.patterns
    return (_ITEM.fullmatch(item) is not None and item.endswith(suffix) and len(head) >= 2
            and head not in p.generic_modifiers and head not in gz.generic_words
            and not any(head.startswith(w) for w in p.walk_stop_words if len(w) >= 2)
            and name_ok(gz, item) and not item.endswith(p.not_name_endings))


def _stop_lead(gz: Gazetteer, item: str) -> int:
    """How many characters of stop words open ``item`` (并在 of 并在市人民医院): words of
    one-character stop words only, as jieba cuts them (和平医院, 同济医院 keep their names)."""
    stops = gz.patterns.walk_stop_words
    if not item or item[0] not in stops:  # (cheap pre-test: most items open with a name character)
        return 0
    lead = 0
    for tok in gz.cut(item):
        if not all(ch in stops for ch in tok):
            break
        lead += len(tok)
    return lead


def _clause_lead(gz: Gazetteer, item: str, suffix: str) -> int:
    """How many characters of a clause open ``item`` before its name: up to the last word, as jieba
    cuts it, that is a stop word or a verb of two characters or more (下/一步/将/联合/准能集团: 将,
    联合), leaving at least two characters of the name before the suffix (准能 is jieba's verb too:
    the rightmost such cut that leaves a name is taken). 0 when none."""
    p = gz.patterns
    tags = gz.tags()
    cut, pos = 0, 0
    limit = len(item) - len(suffix) - 2  # the name keeps two characters before its suffix
    for tok in gz.cut(item):
        pos += len(tok)
        if pos > limit:
            break
        tag = tags.get(tok) or ""
        if tok in p.walk_stop_words or (len(tok) >= 2 and tag.startswith("v") and tok not in p.name_verbs):
            cut = pos
    return cut


def sibling_candidates(gz: Gazetteer, text: str, lo: int, hi: int, kept: list[Candidate]) -> list[Candidate]:
    out = []
    for c in kept:
        if c.type not in ("Organization", "Project") or c.source == "dict":
            continue
        suffix = _suffix_of(gz, c.type, c.name)
        if suffix is None:
            continue
        if c.type == "Project" and suffix[-1] in gz.patterns.sibling_short_suffixes:
            suffix = suffix[-1]  # 鉴湖西路、越州路: roads of a list end in 路, whatever comes before it
        # rightwards: 华东医院、[仁济医院]、[中山医院]
        pos = c.end
        while pos < hi and text[pos] == _SEP:
            end = pos + 1
            while end < hi and end - pos <= 15 and "\u4e00" <= text[end] <= "\u9fff":
                end += 1
            item = text[pos + 1:end]
            if not _item_ok(gz, item, suffix):
                # 鉴湖西路、越州路改造两个项目: the run goes on past the name into the clause
                cut = item.find(suffix, 2) + len(suffix)
                if cut < len(suffix) + 2 or not _item_ok(gz, item[:cut], suffix):
                    break
                end, item = pos + 1 + cut, item[:cut]
            out.append(Candidate(c.type, pos + 1, end, clean_name(item, gz), "list", 3, None, None))
            pos = end
        # leftwards: [甲医院]、华东医院
        pos = c.start
        while pos - 1 > lo and text[pos - 1] == _SEP:
            start = pos - 1
            while start > lo and pos - 1 - start <= 14 and "\u4e00" <= text[start - 1] <= "\u9fff":
                start -= 1
            item = text[start:pos - 1]
            lead = _stop_lead(gz, item)
            if lead:  # 并在/市人民医院、某医院: the clause's stop words before the first item are no part of it
                start, item = start + lead, item[lead:]
            lead = _clause_lead(gz, item, suffix)
            if lead:  # 下一步将联合/准能集团、伊泰集团: the clause's words before the first item
                start, item = start + lead, item[lead:]
            if not _item_ok(gz, item, suffix):
                # 争取把环湖西路、丁湖路: the run holds the clause's words before the name
                cut = max((item.rfind(w) + len(w) for w in gz.patterns.walk_stop_words if w in item), default=0)
                if not 0 < cut < len(item) or not _item_ok(gz, item[cut:], suffix):
                    break
                start, item = start + cut, item[cut:]
            out.append(Candidate(c.type, start, pos - 1, clean_name(item, gz), "list", 3, None, None))
            pos = start
    return out
