"""A hospital's or a school's campus named by its institution: 市第二医院东山院区, 某实验小学碧湖校区.

A campus head (``campus_heads``: 院区, 校区) a few name characters after an institution's
name (``institution_org_suffixes``: 医院, 小学 …) makes one project of the two, from the
institution's first character to the head and a phase after it (某医院北院区二期工程). The
institution's name is walked as any name is; the campus vouches for it as a place would, and a
市/区/县 right before it, after a mark or a conjunction, is kept (市第一人民医院南湖院区): readers
name the campus as the text does.
"""

from __future__ import annotations

import re

from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import HARD, has_content, name_ok, strip_front, walk_left
from loaders.resolve import Candidate, clean_name

__all__ = ["campus_candidates", "may_find"]

_MAX_GAP = 4  # 高新区新 of 市中医医院高新区新院区
_GAP = re.compile(r"[\u4e00-\u9fff]{0,%d}" % _MAX_GAP)
_ORDINAL = re.compile(r"第[一二三四五六七八九十0-9]{1,3}")
_PHASE = re.compile(r"[一二三四五]期(?:工程)?")
_OPENERS = HARD | set("和与及")


def may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a campus head, which every campus found ends with."""
    return any(text.find(head, lo, hi) >= 0 for head in gz.patterns.campus_heads)


def campus_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    out = []
    for head in gz.patterns.campus_heads:
        k = text.find(head, lo, hi)
        while k >= 0:
            cand = _campus(gz, text, lo, hi, k, head)
            if cand is not None:
                out.append(cand)
            k = text.find(head, k + len(head), hi)
    return out


def _campus(gz: Gazetteer, text: str, lo: int, hi: int, k: int, head: str) -> Candidate | None:
    suffixes = sorted(gz.patterns.institution_org_suffixes, key=len, reverse=True)
    for ie in range(k, max(lo, k - _MAX_GAP) - 1, -1):
        if ie < k and (text[ie] in HARD or text[ie] == "的"):
            return None  # 医院的院区: a clause, no name
        suffix = next((s for s in suffixes if text.endswith(s, lo, ie)), None)
        if suffix is None:
            continue
        # the campus vouches for the name as a place would (巴蜀小学空港校区: no place, no firm word)
        ss = ie - len(suffix)
        toks = strip_front(gz, walk_left(gz, text, lo, ss))
        while len(toks) > 1 and len(toks[0].text) == 1 and (toks[0].tag or "").startswith("v"):
            toks = toks[1:]  # 有/巴蜀 小学: the clause's verb
        start = toks[0].start if toks else ss
        # an ordinal opens the name (市第一人民医院, 市第二医院): strip_front drops numerals
        ordinal = _ORDINAL.search(text, max(lo, start - 4), start)
        named = bool(toks) and has_content(gz, toks)
        if ordinal is not None and ordinal.end() == start:
            start, named = ordinal.start(), True
        if not name_ok(gz, clean_name(text[start:ie], gz)):
            return None
        if (start - 1 >= lo and text[start - 1] in "市区县"
                and (start - 1 == lo or text[start - 2] in _OPENERS)):
            start, named = start - 1, True  # 市中医医院高新区新院区: the city's own hospital
        if not named:
            return None  # 中医医院新院区 with nothing of its own: no name
        end = k + len(head)
        phase = _PHASE.match(text, end, hi)
        if phase is not None:
            end = phase.end()
        return Candidate("Project", start, end, clean_name(text[start:end], gz), "pattern", 1, None, None)
    return None
