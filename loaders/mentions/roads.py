"""Roads named by their network code (S312新坊公路, X163新踏公路, S308万上线, G60沪昆高速) or by
their two ends (嘉善至西塘市域铁路项目).

A national, provincial, county or township road number (``road_code_letters`` in
entity_patterns.yaml, then two to four digits) opening a short run of words that ends in
a road head (``road_code_heads``: 公路, 线, 高速 …) names one road: the code makes it a
proper name even where the words alone would be generic (公路 is no name). A letter or
digit right before the code makes it part of something else (a model number, a URL), and
a function word inside (``road_name_stop_chars``: 的, 是 …) makes the run a clause.

A line named by its ends needs a place before 至 (嘉善, a county's short name) and a line
head after the other end (``linked_road_heads``: 市域铁路, 高速公路 …); a 项目 right after
it belongs to the name, and so do works on it (扩容, 改扩建: site_works_words).
"""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer
from loaders.mentions.suffix import site_works_end
from loaders.mentions.walker import strip_front, walk_left
from loaders.resolve import Candidate

__all__ = ["road_candidates"]


def _word(stops: tuple[str, ...]) -> str:
    """A CJK character that is no function word."""
    return rf"[^\W\d_A-Za-z{''.join(map(re.escape, stops))}]"


@functools.lru_cache(maxsize=8)
def _road_re(letters: tuple[str, ...], heads: tuple[str, ...], stops: tuple[str, ...]) -> re.Pattern[str]:
    # The letter first, the lookbehind after it: re scans for a leading set in C, where an
    # opening lookbehind (even guarded) entered the engine at every character; the same matches.
    return re.compile(rf"[{''.join(letters)}](?<![A-Za-z0-9].)[0-9]{{2,4}}{_word(stops)}{{1,6}}?(?:{alternation(heads)})")


@functools.lru_cache(maxsize=8)
def _linked_re(heads: tuple[str, ...], stops: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"至{_word(stops)}{{2,4}}?(?:{alternation(heads)})(?:项目)?")


@functools.lru_cache(maxsize=8)
def _code_sign(letters: tuple[str, ...]) -> re.Pattern[str]:
    """A road letter right before a digit, which every code road holds (_road_re)."""
    return re.compile(rf"[{''.join(letters)}][0-9]")


def may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a road letter right before a digit (a code road's number)
    or 至 (a line named by its ends)."""
    return text.find("至", lo, hi) >= 0 or _code_sign(gz.patterns.road_code_letters).search(text, lo, hi) is not None


def road_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    out: list[Candidate] = []
    for m in _road_re(p.road_code_letters, p.road_code_heads, p.road_name_stop_chars).finditer(text, lo, hi):
        out.append(Candidate("Project", m.start(), m.end(), m.group(0), "pattern", 1, None, None))
    if text.find("至", lo, hi) < 0:
        return out
    for m in _linked_re(p.linked_road_heads, p.road_name_stop_chars).finditer(text, lo, hi):
        start = next((m.start() - k for k in (4, 3, 2) if m.start() - k >= lo
                      and text[m.start() - k:m.start()] in gz.raw_places), None)
        if start is None:
            start = _village_ends(gz, text, lo, m)
        if start is not None:
            # (大理至丽江高速公路扩容、…: the works on the line name the project, as on any site)
            end = m.end() if m.group().endswith("项目") else max(m.end(), site_works_end(gz, text, m.end()))
            out.append(Candidate("Project", start, end, text[start:end], "pattern", 1, None, None))
    out += _section_works(gz, text, lo, hi)
    return out


_SECTION = re.compile(r"至([\u4e00-\u9fff]{2,4}?)段")
_CODE_BEFORE = re.compile(r"[GSXY][0-9]{2,4}$")


def _section_works(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    """Works on a section of a road between two places (S302某县至某市段改扩建工程, 某某高速某地至某地段
    改扩建工程): the first end a place the gazetteer knows, right after a road's code or name or
    opening the name; works and a head (工程, 项目) after 段. The road's code or name opens it."""
    out: list[Candidate] = []
    for m in _SECTION.finditer(text, lo, hi):
        a = next((m.start() - k for k in (4, 3, 2) if m.start() - k >= lo
                  and text[m.start() - k:m.start()] in gz.raw_places), None)
        if a is None:
            continue
        end = site_works_end(gz, text, m.end())
        if end == m.end() or not text.endswith(gz.patterns.phase_heads, m.end(), end):
            continue  # 某地至某地段: a stretch told, no works named
        if code := _CODE_BEFORE.search(text, max(lo, a - 5), a):
            a = code.start()
        elif ending := next((w for w in gz.patterns.road_section_ends if text.endswith(w, lo, a)), None):
            # (jieba reads 高速 as an adverb: the walk starts before the road's end word)
            road = strip_front(gz, walk_left(gz, text, lo, a - len(ending)))
            if road and 2 <= a - len(ending) - road[0].start <= 4:
                a = road[0].start
        out.append(Candidate("Project", a, end, text[a:end], "pattern", 1, None, None))
    return out


#: what the name of a village, a hamlet or a market town the gazetteer does not know ends with
#: (柳湾, 石桥, 李家, 王庄, 马坪, 黄泥坝, 沙河口): a line between two such names is a named road
_SETTLEMENT_ENDS = tuple("村镇乡桥湾坪坝口岭店集庄屯堡沟河寨塘铺垭坡家")


def _village_ends(gz: Gazetteer, text: str, lo: int, m: re.Match[str]) -> int | None:
    """Where a line between two settlements the gazetteer does not know opens (柳湾至石桥公路):
    each end a word of two or three characters ending like a settlement's name, the first
    where the walk leftwards stops; None otherwise (城区至景区公路 links kinds of area)."""
    first = strip_front(gz, walk_left(gz, text, lo, m.start()))
    if not first or not 2 <= m.start() - first[0].start <= 3:
        return None
    name = text[first[0].start:m.start()]
    heads = sorted(gz.patterns.linked_road_heads, key=len, reverse=True)
    line = m.group().removesuffix("项目")
    second = line[1:-len(next(h for h in heads if line.endswith(h)))]
    if not all(2 <= len(w) <= 3 and w.endswith(_SETTLEMENT_ENDS) and w not in gz.generic_words
               for w in (name, second)):
        return None
    return first[0].start
