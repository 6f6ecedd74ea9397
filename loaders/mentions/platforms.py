"""Platforms and information systems opened by a place: 黑龙江食品安全追溯平台, 南宁城市停车信息平台.

The suffix rules' walk stops at the first verb, and a platform's name is mostly
what it does (监管, 追溯, 共享, 兑现 …), so a weak 平台 is found only where a place
stands right before it. Here a place vouches for the words between it and the
suffix (entity_patterns.yaml ``placed_platform_suffixes``): any noun or verb of
two or more characters, but no function word, no stop word of the walk and no
verb of building or using the platform (建设, 依托, 登录 …), which would make the
place the subject of a clause. A generic platform with no place (政务服务平台)
stays none, as the annotation guideline wants.
"""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import (HARD, Tok, has_content, holds_other_type, name_ok, right_ok, tokens,
                                     window_start, words_rx)
from loaders.resolve import Candidate, clean_name

__all__ = ["platform_candidates", "warm_up", "may_find"]

# jieba tags of words that are never inside a platform's name (function words, numerals, time)
_BLOCK_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "d", "ad", "r", "y", "e", "o", "t", "tg", "x",
               "m", "mq", "q", "f"}


def may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a platform suffix, which every name found ends with."""
    suffixes = (gz.patterns.placed_platform_suffixes + gz.patterns.set_up_facility_suffixes
                + gz.patterns.works_carry_heads)
    return bool(suffixes) and words_rx(suffixes).search(text, lo, hi) is not None


def platform_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    suffixes = p.placed_platform_suffixes
    if not may_find(gz, text, lo, hi):
        return []
    out = _set_up_facilities(gz, text, lo, hi) + _carried_out_works(gz, text, lo, hi)
    for m in _suffix_rx(suffixes).finditer(text, lo, hi):
        ss, e = m.start(), m.end()
        if ss == lo or text[ss - 1] in HARD or text.startswith(p.suffix_compounds, ss):
            continue
        start = _placed_start(gz, text, lo, ss)
        if start is None:
            continue
        phase = _phase_rx(p.phase_heads).match(text, e, hi)
        end = phase.end() if phase else e
        name = clean_name(text[start:end], gz)
        if not name_ok(gz, name) or holds_other_type(gz, name, "Project", False):
            continue
        if not right_ok(gz, text, end, hi):
            continue  # 平台经济, 平台上: the suffix begins a longer word
        out.append(Candidate("Project", start, end, name, "pattern", 2, None, None))
    return out


def _set_up_facilities(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    """设立某某服务驿站, 接入某某监测预警系统, 将某某平台接入…: a facility named by what it does, which a
    verb of setting it up or linking to it opens (``set_up_facility_suffixes``; no place needed)."""
    p = gz.patterns
    if not p.set_up_facility_suffixes:
        return []
    out = []
    for m in _suffix_rx(p.set_up_facility_suffixes).finditer(text, lo, hi):
        ss, e = m.start(), m.end()
        if ss == lo or text[ss - 1] in HARD or text.startswith(p.suffix_compounds, ss):
            continue
        start = _set_up_start(gz, text, lo, ss, e, hi)
        if start is None:
            continue
        name = clean_name(text[start:e], gz)
        if not name_ok(gz, name) or not right_ok(gz, text, e, hi):
            continue
        if holds_other_type(gz, name, "Project", False) and not _more_than_tool(gz, name[:-(e - ss)]):
            continue  # 接入一网通办平台: the tool's own channel, the tool named (a 河长制 monitoring platform is a facility)
        out.append(Candidate("Project", start, e, name, "pattern", 2, None, None))
    return out


#: a stage before a works' head (某某供水一体化, 三期, 工程: the stage is in the name)
_STAGE = re.compile(r"[一二三四五六七八九十]期$")


def _carried_out_works(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    """实施某某集中供水工程, 启动老城区排水管网改造工程, 正在实施城乡供水一体化提升工程: works a verb of
    carrying them out opens (``works_carry_verbs``), named by what they do with no place the walk knows
    (a place or a proper word at the start is the suffix rules'). The name must say what is built or
    mended (``works_kind_words``: 供水, 管网, 改造 …): 实施乡村振兴工程, 推进民生工程 name programmes or
    kinds, no works; a known tool is the dictionary's, and counted works (完成了十二处某某工程) are a kind."""
    p = gz.patterns
    if not p.works_carry_heads:
        return []
    out = []
    for m in _suffix_rx(p.works_carry_heads).finditer(text, lo, hi):
        ss, e = m.start(), m.end()
        if ss == lo or text[ss - 1] in HARD:
            continue
        stage = _STAGE.search(text, max(lo, ss - 2), ss)
        body_end = stage.start() if stage is not None else ss
        start = _set_up_start(gz, text, lo, body_end, e, hi, verbs=p.works_carry_verbs)
        if start is None:
            continue
        body = text[start:body_end]
        name = clean_name(text[start:e], gz)
        if (not any(w in body for w in p.works_kind_words) or _kind_only(gz, body) or not name_ok(gz, name)
                or _plain_tool(gz, name) or _plain_tool(gz, body) or not right_ok(gz, text, e, hi)):
            continue  # (a tool quoted only, 城乡供水一体化, names the works unquoted: readers mark them)
        out.append(Candidate("Project", start, e, name, "pattern", 2, None, None))
    return out


def _kind_only(gz: Gazetteer, body: str) -> bool:
    """规模化供水, 农村污水治理: words that only say what kind of works (``works_kind_words``,
    ``works_kind_modifiers``, the generic modifiers) name no works of one place."""
    p = gz.patterns
    return all(w in p.works_kind_words or w in p.works_kind_modifiers or w in p.generic_modifiers
               or w in p.site_works_words for w in gz.cut(body))


def _plain_tool(gz: Gazetteer, name: str) -> bool:
    """Whether ``name`` is a known tool's form outside quotes too."""
    entry = gz.entry_for("PolicyTool", name)
    return entry is not None and name not in entry.quoted_only


def _more_than_tool(gz: Gazetteer, body: str) -> bool:
    """Whether the words before a facility's suffix hold two characters or more besides the known
    names in them (河湖长制 + 智慧管理, 知识产权 + 巡回审判)."""
    covered = [False] * len(body)
    for end, (form, _) in gz.automaton.iter(body):
        for i in range(end + 1 - len(form), end + 1):
            covered[i] = True
    return covered.count(False) >= 2


#: the fewest characters of a set-up facility's name before its suffix (服务平台, 医保系统 name none)
_SET_UP_BODY = 4


def _set_up_start(gz: Gazetteer, text: str, lo: int, ss: int, e: int, hi: int,
                  verbs: tuple[str, ...] | None = None) -> int | None:
    """Where a facility's name ending at ``ss`` starts: right after the verb of setting it up (设立了,
    接入), or after 把/将 when such a verb follows the name; None when neither stands there or the
    words between are too few or hold no word of content. ``verbs``: other verbs that open the name
    (works carried out: 实施, 启动), with no 把/将 fronting."""
    p = gz.patterns
    fronting = p.facility_fronting_words if verbs is None else ()
    verbs = p.facility_set_up_verbs if verbs is None else verbs
    a = window_start(text, lo, ss, p.max_name_length)
    toks = tokens(gz, text, a, ss)
    kept: list[Tok] = []
    opener = None
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        t = tok.text
        if t == "了" and i > 0 and toks[i - 1].text in verbs:
            opener = toks[i - 1]
            break
        if t in verbs or t in fronting:
            opener = tok
            break
        if i > 0 and len(t) == 1 and toks[i - 1].text + t in verbs:
            opener = Tok(toks[i - 1].text + t, toks[i - 1].start, "v")  # 用/好, 搬/上: jieba split the verb
            break
        if t in p.leading_action_verbs and t not in verbs:
            kept.append(tok)  # 湿地修复教育基地: after the verb of setting it up, works words name what it does
            continue
        if _blocks(gz, tok) or t.endswith(p.org_strong) or t in gz.places:
            return None  # (a place in the name: the place's rule above reads it, or nothing does)
        kept.append(tok)
    if opener is None or not kept:
        return None
    if opener.text in fronting:
        after = text[e:min(hi, e + 4)]
        if not any(after.startswith(v) for v in verbs):
            return None
    kept.reverse()
    if sum(len(t.text) for t in kept) < _SET_UP_BODY or not has_content(gz, kept):
        return None
    if _counted(gz, text, lo, opener.start, e, hi, before=opener.text not in p.facility_link_verbs):
        return None  # 在十二个乡镇开通某某服务站, 已建成某某服务站四十个: many of a kind, no facility's name
    if all(t.text in gz.generic_words or t.text in p.generic_modifiers for t in kept):
        return None
    return kept[0].start


def _counted(gz: Gazetteer, text: str, lo: int, verb: int, e: int, hi: int, *, before: bool) -> bool:
    """Whether the clause counts what is set up: a numeral and a measure word (十二个, 40个) right
    after the name, or (``before``) before the verb in its clause; not for a verb of linking to the
    facility (二十处易涝点全部接入某系统 counts the points, not the system)."""
    p = gz.patterns
    rx = _count_rx(tuple(p.numeral_chars), p.count_measures)
    if rx.match(text, e, min(hi, e + 8)) is not None:
        return True
    a = verb
    while a > lo and text[a - 1] not in HARD:
        a -= 1
    return before and rx.search(text, a, verb) is not None


@functools.lru_cache(maxsize=4)
def _count_rx(numerals: tuple[str, ...], measures: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"[0-9{''.join(numerals)}]+(?:{alternation(measures)})")


def _placed_start(gz: Gazetteer, text: str, lo: int, ss: int) -> int | None:
    """Where the name ending at ``ss`` starts: its leftmost place word, reached over name
    words only; None when no place opens it or nothing of content stands between."""
    p = gz.patterns
    a = window_start(text, lo, ss, p.max_name_length)
    toks = tokens(gz, text, a, ss)
    start, middle = None, []
    kept: list[Tok] = []
    for tok in reversed(toks):
        t = tok.text
        if len(t) >= 2 and t in gz.places:
            if kept:
                start, middle = tok.start, list(kept)
            kept.append(tok)
            continue
        if _blocks(gz, tok):
            break
        kept.append(tok)
    if start is None or not has_content(gz, middle):
        return None
    return start


def _blocks(gz: Gazetteer, tok: Tok) -> bool:
    p = gz.patterns
    t, tag = tok.text, tok.tag or ""
    if t.isspace() or t in p.walk_stop_words or t in p.leading_action_verbs or t in p.strip_prefixes:
        return True
    if t.startswith(p.app_lead_words) or t.startswith(p.app_use_verbs) or t in p.platform_clause_verbs:
        return True
    if tag in _BLOCK_TAGS or t.isdigit():
        return True
    if len(t) > 2 and t.endswith(_long_stops(p.walk_stop_words)):
        return True  # 合作开发: jieba keeps the verb inside a longer token
    if t.endswith(p.org_strong):
        return True  # 天水师范学院合作开发…平台: a body in between is the clause's subject
    return len(t) == 1 and (tag.startswith("v") or tag == "a")


@functools.lru_cache(maxsize=4)
def _long_stops(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(w for w in words if len(w) >= 2)


@functools.lru_cache(maxsize=4)
def _suffix_rx(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(suffixes))


@functools.lru_cache(maxsize=4)
def _phase_rx(heads: tuple[str, ...]) -> re.Pattern[str]:
    """A phase after the platform's name (大连公共数据开放平台二期)."""
    return re.compile(rf"[一二三四五六七八九十0-9]期(?:{'|'.join(map(re.escape, heads))})?")


def warm_up(gz: Gazetteer) -> None:
    """Build the tables this module makes on first use from the data files' words (each keyed by
    its word lists) now: :func:`loaders.mentions.warm_up_tables` calls it."""
    p = gz.patterns
    _long_stops(p.walk_stop_words)
    _phase_rx(p.phase_heads)
    _count_rx(tuple(p.numeral_chars), p.count_measures)
