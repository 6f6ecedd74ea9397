"""Readings tried where the walk named nothing or the wrong kind: a university's institute, a
district's short name before a zone suffix, a level's institution, a numbered school, a numbered
road, a school being built."""

from __future__ import annotations

import dataclasses
import re

from loaders.gazetteer import Gazetteer
from loaders.mentions.suffix.candidate import suffix_candidate
from loaders.mentions.suffix.checks import institution_works_end
from loaders.mentions.suffix.stops import headed_works_by_length, headed_works_ends, stop_endings
from loaders.mentions.suffix.works import site_works_end
from loaders.mentions.walker import (HARD, NOUN_TAGS, holds_other_type, name_ok, sentence_bounds, tokens,
                                     window_start)
from loaders.resolve import Candidate, clean_name

__all__ = ["UNIVERSITY_WORDS", "university_institute", "named_zone", "level_institution_works", "numbered_school_works",
           "numbered_road", "school_being_built"]


#: what a university's name ends with (某林业大学, 某职业技术学院)
UNIVERSITY_WORDS = ("大学", "学院")


def university_institute(gz: Gazetteer, text: str, lo: int, hi: int, cand: Candidate,
                          table: dict[str, list[tuple[str, bool]]]) -> Candidate:
    """某林业大学醴陵研究院: a university's institute in a place is a body of the university, one
    organisation named from the university's name on (golds name it whole; the walk had cut the
    university off as the institute's owner)."""
    word = next(w for w in UNIVERSITY_WORDS if text.endswith(w, lo, cand.start))
    uni = suffix_candidate(gz, text, lo, hi, cand.start - len(word), cand.start, word, table[word])
    if uni is None or uni.type != "Organization":
        return cand
    return dataclasses.replace(cand, type="Organization", start=uni.start,
                               name=clean_name(text[uni.start:cand.end], gz))


#: jieba tags of a word that bounds a district's short name on its left (a preposition, a
#: conjunction, a particle); lone characters of other tags are jieba's split of the name (天/衢)
_ZONE_BOUND_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "y", "x"})
#: tags of a whole word that may be a district's short name or part of it (群力, 大连, 运河)
_ZONE_WORD_TAGS = frozenset({"n", "ns", "nr", "nrt", "nz", "nt", "j", "nrfg", "s"})


def named_zone(gz: Gazetteer, text: str, lo: int, hi: int, ss: int, e: int) -> Candidate | None:
    """天衢新区, 康巴什新区, 大连金普新区: a district named by two to four characters before its
    zone suffix (``named_zone_suffixes``) that the walker read no name in, because jieba cut the
    unknown name into characters of any tag. The name runs left from the suffix over whole
    noun-like words and single characters to a clear bound (a stop word, a preposition, a
    conjunction or particle, a verb, a mark); it must fill two to four characters with no
    kind's word (``zone_not_names``, generic words), the suffix must open a word of its own
    (not 创新/区), and no name word may follow the suffix
    (大连金普新区行政审批服务中心 names a centre, the district nested in it)."""
    p = gz.patterns
    a = window_start(text, lo, ss, 6)
    if ss - a < 2:
        return None
    start = ss
    bounded = a > lo and text[a - 1] in HARD or a == lo
    toks = tokens(gz, text, a, e)
    if not any(t.start == ss for t in toks):
        return None  # 科教创/新区: the suffix's first character ends a word (创新), no zone follows
    for t in reversed([t for t in toks if t.start < ss]):
        tag = t.tag or ""
        if (t.text in p.walk_stop_words or t.text in p.strip_prefixes or tag in _ZONE_BOUND_TAGS
                or (len(t.text) > 1 and tag.startswith("v")) or not "\u4e00" <= t.text[0] <= "\u9fff"):
            bounded = True
            break
        if len(t.text) > 1 and tag not in _ZONE_WORD_TAGS and t.text not in gz.places:
            return None  # a word that neither bounds nor names: no clear start
        start = t.start
    run = text[start:ss]
    if (not bounded or not 2 <= len(run) <= 4 or run in p.zone_not_names or run in p.generic_modifiers
            or run in gz.generic_words or any(w in run for w in p.zone_not_names if len(w) >= 2)
            # 大力发展/新区: a verb jieba joined into one word with its adverb
            or any(w in run for w in p.walk_stop_words if len(w) >= 2)):
        return None
    if e < hi and text[e] not in HARD:
        after = tokens(gz, text, e, min(hi, e + 6))
        if after and (after[0].tag in NOUN_TAGS or after[0].tag is None):
            return None  # the district opens a longer name or a body's (某新区行政审批服务中心)
    name = clean_name(text[start:e], gz)
    if not name_ok(gz, name) or holds_other_type(gz, name, "Project", False):
        return None
    return Candidate("Project", start, e, name, "pattern", 3, None, None)


_LEVEL_INSTITUTION = re.compile(r"[市县区](?:第[一二三四五六七八九十]{1,3})?[\u4e00-\u9fff]{0,4}")


def level_institution_works(gz: Gazetteer, text: str, lo: int, ss: int, e: int, suffix: str) -> Candidate | None:
    """市第一人民医院扩建工程, 县妇幼保健院迁建项目: works with a head on a hospital or a school the text names
    by its level alone (the city's own, as campuses.py reads 市第二人民医院南院区) are a project from the
    level on. The level opens the clause (after a mark, 和/与/及 or the part's start); the kind words
    between it and the suffix hold no stop word. None when no such works follow."""
    works = institution_works_end(gz, text, e, suffix)
    if works <= e:
        return None
    for a in range(max(lo, ss - 8), ss):
        if text[a] not in "市县区" or not (a == lo or text[a - 1] in HARD or text[a - 1] in "和与及"):
            continue
        if _LEVEL_INSTITUTION.fullmatch(text, a, ss) is None or "的" in text[a:ss]:
            continue
        if any(text[a + 1:ss].startswith(w) or w in text[a + 1:ss] for w in gz.patterns.walk_stop_words if len(w) >= 2):
            return None
        name = clean_name(text[a:works], gz)
        return Candidate("Project", a, works, name, "pattern", 1, None, None) if name_ok(gz, name) else None
    return None


#: a school the text names by its level and number (县二中, 市第五小: the county's second middle school)
_NUMBERED_SCHOOL = re.compile(r"[市县区]第?[一二三四五六七八九十]{1,3}[中小]$")


def numbered_school_works(gz: Gazetteer, text: str, lo: int, ss: int, e: int) -> Candidate | None:
    """县二中扩建工程, 市五中迁建项目: works with a head on a school named by its level and number
    are a project from the level on (as :func:`level_institution_works` reads 市第一人民医院扩建工程).
    The level opens the clause (after a mark, 和/与/及, a stop word or the part's start). None
    otherwise."""
    if ss == lo or text[ss - 1] not in headed_works_ends(gz):
        return None  # (most hits: one character test)
    works = next((w for k, words in headed_works_by_length(gz) if ss - k >= lo and (w := text[ss - k:ss]) in words), None)
    if works is None:
        return None  # (the longest works word the school's name ends with, by one set test per length)
    b = ss - len(works)
    m = _NUMBERED_SCHOOL.search(text, max(lo, b - 6), b)
    if m is None:
        return None
    a = m.start()
    if not (a == lo or text[a - 1] in HARD or text[a - 1] in "和与及" or text[a - 1] in gz.patterns.walk_stop_words
            or text.endswith(stop_endings(gz), max(lo, a - 6), a)):
        return None
    name = clean_name(text[a:e], gz)
    return Candidate("Project", a, e, name, "pattern", 1, None, None) if name_ok(gz, name) else None




#: a road numbered on a town's grid (纬五路, 经十二路) or named by a date (八一路, 七一路, 五一路, 五四路, 二七路)
_NUMBERED_ROAD = re.compile(r"(?:[经纬][一二三四五六七八九十]{1,3}|[五七八]一|五四|二七)路")


def numbered_road(gz: Gazetteer, text: str, lo: int, hi: int, ss: int, e: int) -> Candidate | None:
    """纬五路雨污管网改造工程, 八一路夜市: works with a head on a road numbered on a town's grid or named by a
    date, or a site on it (``numbered_road_site_suffixes``), are a project from the road on; jieba reads the
    number as a numeral (纬/五路, 八/一路) and the walk names nothing. The road opens its clause or follows a
    stop word, no numeral before it. None when neither works with a head nor a site follows."""
    p = gz.patterns
    m = next((m for k in (4, 3) if (m := _NUMBERED_ROAD.fullmatch(text, max(lo, e - k), e)) is not None), None)
    if m is None:
        return None
    a = m.start()
    if a > lo and (text[a - 1] in p.numeral_chars or text[a - 1].isdigit()
                   or not (text[a - 1] in HARD or text[a - 1] in p.walk_stop_words or not "\u4e00" <= text[a - 1] <= "\u9fff")):
        # (a word before the road: the walk's to read, 经开区纬五路 is the zone's road)
        if not text.endswith(tuple(w for w in p.walk_stop_words if len(w) >= 2), lo, a):
            return None
    end = e
    site = next((w for w in sorted(p.numbered_road_site_suffixes, key=len, reverse=True) if text.startswith(w, e, hi)), None)
    if site is not None:
        end = e + len(site)
    else:
        works = site_works_end(gz, text, e)
        if works <= e or not text.endswith(p.phase_heads, e, works):
            return None  # 纬五路雨季积水: the road alone, the place of what is told
        end = works
    return Candidate("Project", a, end, clean_name(text[a:end], gz), "pattern", 1, None, None)

#: where the clause a school's name stands in ends (a list's 、 does not end it)
_CLAUSE_END = re.compile(r"[，,。；;！!？?：:\n]")


def _built_in_sentence(gz: Gazetteer, text: str, lo: int, hi: int, s: int, e: int) -> bool:
    """某小学、某小学因征地拆迁未能按期完成, 四所学校中两所竣工…, 某小学等三所学校尚未完成主体工程: the
    sentence a school stands in tells of schools being built (``school_build_states`` or
    ``school_sentence_states`` anywhere in it) with no building of a school between the school and
    the word (某中学新建的教学楼投入使用: the school is a body). A college or university's sentence
    must tell it of the college itself (its clause), as those are bodies that build."""
    p = gz.patterns
    if text.endswith(p.school_sentence_not_suffixes, s, e):
        return False
    a, b = sentence_bounds(text, s, e)
    a, b = max(a, lo), min(b, hi)
    for w in (*p.school_build_states, *p.school_sentence_states):
        i = text.find(w, a, b)
        if i < 0:
            continue
        between = text[e:i] if i >= e else text[i + len(w):s]
        if not any(x in between for x in p.school_building_words):
            return True
    return False


def school_being_built(gz: Gazetteer, text: str, lo: int, hi: int, ss: int, e: int,
                        cand: Candidate | None) -> Candidate | None:
    """A school being built, as a project (``built_school_suffixes``): the school read as a body
    (``cand``) right after a build word (在建的某市第九中学: ``school_build_leads``) or in a clause that
    goes on to its completion (某市第十二小学等4所学校明年秋季投入使用: ``school_build_states``, no
    building of the school named between: ``school_building_words``); or, read as nothing, a name that
    runs from a build word to the suffix and opens with a place or a zone's short name (新建的高新区实验
    小学: ``school_zone_openers``). None when the text tells no building of the school."""
    p = gz.patterns
    if cand is not None:
        led = text.endswith(p.school_build_leads, lo, cand.start)
        if not led:
            m = _CLAUSE_END.search(text, e, min(hi, e + 30))
            tail = text[e:m.start() if m is not None else min(hi, e + 30)]
            state = next((w for w in p.school_build_states if w in tail), None)
            if state is None or any(b in tail[:tail.index(state)] for b in p.school_building_words):
                if not _built_in_sentence(gz, text, lo, hi, cand.start, e):
                    return None
        return dataclasses.replace(cand, type="Project", priority=1)
    for a in range(ss - 2, max(lo, ss - 12) - 1, -1):
        if not text.endswith(p.school_build_leads, lo, a):
            continue
        run = text[a:ss]
        if any(c in HARD or not ("\u4e00" <= c <= "\u9fff" or c.isdigit()) for c in run) or "的" in run:
            return None
        if not (run.startswith(p.school_zone_openers) or any(run[:k] in gz.places for k in range(2, min(len(run), 6) + 1))):
            return None
        name = clean_name(text[a:e], gz)
        return Candidate("Project", a, e, name, "pattern", 1, None, None) if name_ok(gz, name) else None
    return None
