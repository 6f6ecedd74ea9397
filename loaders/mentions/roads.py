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
from loaders.mentions.suffix import phase_re, site_works_end
from loaders.mentions.walker import strip_front, walk_left
from loaders.resolve import Candidate

__all__ = ["road_candidates", "warm_up", "code_sign", "may_find"]


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
def code_sign(letters: tuple[str, ...]) -> re.Pattern[str]:
    """A road letter right before a digit, which every code road holds (_road_re)."""
    return re.compile(rf"[{''.join(letters)}][0-9]")


def may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a road letter right before a digit (a code road's number)
    or 至 (a line named by its ends)."""
    return text.find("至", lo, hi) >= 0 or code_sign(gz.patterns.road_code_letters).search(text, lo, hi) is not None


def road_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    out: list[Candidate] = []
    for m in _road_re(p.road_code_letters, p.road_code_heads, p.road_name_stop_chars).finditer(text, lo, hi):
        if m.group(0).endswith(p.words_after_names):
            continue  # G60科创走廊沿线: 沿线 after a corridor's name, no line's head (the corridor is read as a site)
        out.append(Candidate("Project", m.start(), m.end(), m.group(0), "pattern", 1, None, None))
    if text.find("至", lo, hi) < 0:
        return out
    for m in _linked_re(p.linked_road_heads, p.road_name_stop_chars).finditer(text, lo, hi):
        # (城区 is a district's name in the table, and a kind of area: 城区至景区公路 names no line)
        start = next((m.start() - k for k in (4, 3, 2) if m.start() - k >= lo
                      and text[m.start() - k:m.start()] in gz.raw_places
                      and text[m.start() - k:m.start()] not in p.area_words), None)
        if start is None:
            start = _village_ends(gz, text, lo, m)
        if start is not None:
            # (大理至丽江高速公路扩容、…: the works on the line name the project, as on any site)
            end = m.end() if m.group().endswith("项目") else max(m.end(), site_works_end(gz, text, m.end()))
            if end == m.end() and not m.group().endswith("项目"):
                # 某至某旅游公路二期工程: a phase of the line with its head names the project too
                # (a phase with no head, 某至某公路二期, is the line's: the name stays the line)
                ph = phase_re(p.phase_heads).match(text, end)
                if ph is not None and ph.group().endswith(p.phase_heads):
                    end = ph.end()
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
    """Where a line between two settlements the gazetteer does not know opens (柳湾至石桥公路,
    某镇至某谷旅游公路, 某乡至某村通村公路): each end a word of two or three characters that names
    a settlement (:func:`_settlement`), the first where the walk leftwards stops or, where jieba's
    words end the walk at once, the two or three characters before 至 that open a word; None
    otherwise (城区至景区公路 links kinds of area)."""
    heads = sorted(gz.patterns.linked_road_heads, key=len, reverse=True)
    line = m.group().removesuffix("项目")
    second = line[1:-len(next(h for h in heads if line.endswith(h)))]
    if not 2 <= len(second) <= 3 or not _settlement(gz, second):
        return None
    first = strip_front(gz, walk_left(gz, text, lo, m.start()))
    if first and 2 <= m.start() - first[0].start <= 3:
        start = first[0].start
    else:
        # 完成松/多至…: jieba's numeral 多 ended the walk at once; the end is the two or three
        # characters before 至 that open a word of the text
        a = max(lo, m.start() - 6)
        window = text[a:m.start()]
        # (鹤大高速至…: the line opens at an expressway named by its two ends' first characters, jieba's
        # adverb 高速 ending the walk; four characters, the road's word last)
        sizes = (4, 3, 2) if window.endswith(gz.patterns.line_end_roads) else (3, 2)
        start = next((m.start() - k for k in sizes if len(window) > k and gz.cuts_at(window, len(window) - k)), None)
        if start is None:
            return None
    return start if _settlement(gz, text[start:m.start()]) else None


#: jieba's tags of a word that names a place or a person (a settlement named after either)
_PROPER = {"ns", "nr", "nrt", "nrfg", "nz"}


def _settlement(gz: Gazetteer, w: str) -> bool:
    """Whether ``w`` names a settlement or a spot: it ends like a settlement's name (柳湾, 龙潭村),
    or it is no common word: jieba splits it (南/桐, 石/门坎, 黑/山谷) or knows it as a proper name
    (青冈). Kinds of area (城区, 景区, 县城, 机场: one common word each) are no settlement."""
    if w in gz.generic_words or w in gz.patterns.area_words:
        return False
    if w.endswith(_SETTLEMENT_ENDS) or w in gz.raw_places:
        return True
    words = gz.cut(w)
    return len(words) > 1 or gz.tags().get(w) in _PROPER


def warm_up(gz: Gazetteer) -> None:
    """Build the tables this module makes on first use from the data files' words (each keyed by
    its word lists) now: :func:`loaders.mentions.warm_up_tables` calls it."""
    p = gz.patterns
    _road_re(p.road_code_letters, p.road_code_heads, p.road_name_stop_chars)
    _linked_re(p.linked_road_heads, p.road_name_stop_chars)
