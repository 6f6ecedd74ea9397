"""Every name ending in a suffix in a slice of text (:func:`suffix_candidates`)."""

from __future__ import annotations

import dataclasses
from typing import Iterable

from loaders.gazetteer import Gazetteer
from loaders.mentions.streets import street_as_place
from loaders.mentions.suffix.candidate import suffix_candidate
from loaders.mentions.suffix.fallbacks import (UNIVERSITY_WORDS, level_institution_works, named_zone, numbered_road,
                                               numbered_school_works, school_being_built, university_institute)
from loaders.mentions.suffix.stops import headed_works, stop_ending_set, stop_verbs
from loaders.mentions.suffix.table import suffix_automaton, suffix_info, suffix_re
from loaders.mentions.suffix.towns import local_towns, own_counties
from loaders.mentions.walker import HARD, right_ok
from loaders.resolve import Candidate, clean_name

__all__ = ["suffix_candidates"]


def suffix_candidates(gz: Gazetteer, text: str, lo: int, hi: int, city: str | None = None,
                      hits: Iterable[tuple[int, str]] | None = None) -> list[Candidate]:
    """Names ending in a suffix in ``text[lo:hi]``. ``hits``: the suffixes found in the slice
    (end index, suffix) when a scan shared with the dictionary found them (:mod:`.scan`)."""
    table = suffix_re(gz)[1]
    longest: dict[int, tuple[int, str]] = {}  # end -> (start, suffix), the longest suffix ending there
    # a slice, not iter(text, lo, hi): pyahocorasick converts the whole string it is given
    for end_idx, s in (suffix_automaton(gz).iter(text[lo:hi]) if hits is None else hits):
        e = lo + end_idx + 1
        start = e - len(s)
        if e not in longest or start < longest[e][0]:
            longest[e] = (start, s)
    out: list[Candidate] = []
    if not longest:
        return out  # (half the parts hold no suffix: no tables, no county lookup)
    stops = stop_ending_set(gz)
    infos = suffix_info(gz)
    towns = local_towns(gz, text)
    counties = own_counties(city) | towns if towns else own_counties(city)
    p = gz.patterns
    for e, (ss, suffix) in sorted(longest.items()):
        if ss == lo or text[ss - 1] in HARD:
            continue  # nothing to the left: a bare suffix is never a name
        if len(suffix) == 1 and text[ss - 1] in p.verb_complements:
            continue  # 某工业园入园企业: 入园 is entering the park named before it, no name's end
        if len(suffix) == 1 and text.startswith(p.site_job_chars, e, hi):
            continue  # 护路员, 养路工: a one-character site word opening a job's name, no site's end
        # (the two to four characters before the suffix looked up in a set: str.endswith of the
        # tuple of ~140 stop words cost 1.3 us a hit, compared one by one)
        info = infos[suffix]
        k = ss - lo  # (how far back the text[max(lo, ss - 4):ss] of the test reaches)
        if ((k >= 2 and text[ss - 2:ss] in stops) or (k >= 3 and text[ss - 3:ss] in stops)
                or (k >= 4 and text[ss - 4:ss] in stops)) and not text.endswith(stop_verbs(gz), max(lo, ss - 6), ss) \
                and not (info.phase_head and text.endswith(headed_works(gz), max(lo, ss - 6), ss)):
            continue  # 推进项目, 补齐产业链: the walk would stop at once (and costs a segmentation)
        cand = suffix_candidate(gz, text, lo, hi, ss, e, suffix, info.kinds, counties=counties, towns=towns)
        if cand is None and info.institution:
            cand = level_institution_works(gz, text, lo, ss, e, suffix)
        if info.phase_head and (cand is None or cand.type == "Project"):
            # 县二中扩建工程: the level opens the school's name (the walk strips it as a prefix)
            school = numbered_school_works(gz, text, lo, ss, e)
            if school is not None and (cand is None or school.start < cand.start):
                cand = school
        if info.named_zone:
            if cand is None:
                cand = named_zone(gz, text, lo, hi, ss, e)
            elif cand.type == "Project" and cand.name[: -len(suffix)] in p.zone_not_names:
                continue  # 城市新区: a kind of district, none named
        if cand is None and suffix == "路":
            cand = numbered_road(gz, text, lo, hi, ss, e)  # 纬五路雨污管网改造工程, 八一路夜市
            if cand is not None:
                out.append(cand)  # (its end is checked: the works' head or the site's suffix closes it)
                continue
        if info.built_school and (cand is None or cand.type == "Organization"):
            built = school_being_built(gz, text, lo, hi, ss, e, cand)
            if built is not None:
                cand = built  # 新建的某区实验小学, 某市第十二小学等4所学校明年投入使用: a project
        if cand is None:
            continue  # (half the hits: none of the tests below applies)
        # the boundary check segments text, so it runs only for accepted names
        if cand.type == "Project" and text.startswith(p.body_words_after_place, e, hi):
            continue  # 滨海新区人大常委会, 经济开发区党工委: the zone as a place with its own body
        if (cand.type == "Project" and cand.end == e and cand.name.endswith(p.street_suffixes)
                and street_as_place(gz, text, e, hi)):
            continue  # 某路一带, 在某路、某路等地: a street where something happens, no works named
        if cand.type == "Organization" and text.startswith(p.org_not_before, e, hi):
            continue  # 村股份经济合作社: a village's collective, named by what it is
        if info.zone_opening and text.startswith(p.port_not_before, e, hi):
            continue  # 钦州港经济技术开发区: the port's name opens a zone's, which is read (or is a place) whole
        if (cand.type == "Project" and info.workplace
                and text.startswith(p.workplace_staff_words, e)):
            continue  # 某集团研发中心主任, 某卫生服务中心医生: a deputy's workplace, no project
        if (cand.type == "Project" and info.institute
                and text.startswith(p.institute_head_posts, e, hi)):
            # 市某某科学技术研究院院长: an institute whose head speaks for it is a body, not a site;
            # the level opening the clause is its name's (市农业科学研究院: the city's own)
            s = cand.start
            if s > lo and text[s - 1] in p.institute_levels and (s - 1 == lo or text[s - 2] in HARD):
                s -= 1
            cand = dataclasses.replace(cand, type="Organization", start=s, name=clean_name(text[s:cand.end], gz))
        if cand.type == "Project" and info.branch_institute:
            if text.endswith(UNIVERSITY_WORDS, lo, cand.start):
                cand = university_institute(gz, text, lo, hi, cand, table)
            elif any(w in cand.name[:-len(suffix)] for w in UNIVERSITY_WORDS):
                cand = dataclasses.replace(cand, type="Organization")
            elif cand.name.startswith(p.national_institute_leads):
                cand = dataclasses.replace(cand, type="Organization")  # 中国某某研究院: a national body
        if right_ok(gz, text, e, hi):
            out.append(cand)
    return out
