"""Names found by their suffix: 实验室, 产业园, 大学, 集团, 产业链 … (entity_patterns.yaml).

A candidate is the suffix plus the name-like words to its left (the shared
walker); a strong suffix needs one content word before it, a weak one needs
proper-noun evidence (a place, a known name, Latin letters, an unknown word).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any, Iterable

import ahocorasick

from loaders.datafiles import alternation, read_words
from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import (CLOSE_Q, HARD, NOUN_TAGS, Tok, has_content, has_evidence, holds_other_type, is_stop,
                                     name_ok, policy_category, right_ok, strip_front, tokens, walk_left,
                                     window_start)
from loaders.places import lookup_place, place_words, places
from loaders.resolve import Candidate, clean_name

__all__ = ["suffix_re", "suffix_candidates", "suffix_candidate", "organization_suffix_name", "site_works_end"]


def _suffix_table(gz: Gazetteer) -> list[tuple[str, str, bool]]:
    p = gz.patterns
    rows = [(s, "Project", True) for s in p.project_strong] + [(s, "Project", False) for s in p.project_weak]
    rows += [(s, "Organization", True) for s in p.org_strong] + [(s, "Organization", False) for s in p.org_weak]
    rows += [(s, "IndustryChain", True) for s in p.chain_strong] + [(s, "IndustryChain", False) for s in p.chain_weak]
    rows += [(s, "PolicyTool", True) for s in p.policy_strong] + [(s, "PolicyTool", False) for s in p.policy_weak]
    return sorted(rows, key=lambda r: -len(r[0]))


_SUFFIX_RE: dict[str, tuple[re.Pattern[str], dict[str, list[tuple[str, bool]]]]] = {}


def suffix_re(gz: Gazetteer) -> tuple[re.Pattern[str], dict[str, list[tuple[str, bool]]]]:
    cached = _SUFFIX_RE.get(gz.digest)
    if cached is None:
        table: dict[str, list[tuple[str, bool]]] = {}
        for s, typ, strong in _suffix_table(gz):
            table.setdefault(s, []).append((typ, strong))
        # Lookahead so that overlapping suffixes (产业园, 园区 in 产业园区) all match.
        alt = "|".join(re.escape(s) for s in sorted(table, key=len, reverse=True))
        cached = (re.compile(f"(?=({alt}))"), table)
        _SUFFIX_RE[gz.digest] = cached
    return cached


_SUFFIX_AC: dict[str, Any] = {}


def _suffix_automaton(gz: Gazetteer) -> Any:
    """The suffixes as an Aho-Corasick automaton: one pass over a part finds every
    suffix ending anywhere (a lookahead regex tried at every character cost more)."""
    ac = _SUFFIX_AC.get(gz.digest)
    if ac is None:
        ac = ahocorasick.Automaton()
        for suffix in suffix_re(gz)[1]:
            ac.add_word(suffix, suffix)
        ac.make_automaton()
        _SUFFIX_AC[gz.digest] = ac
    return ac


def suffix_candidates(gz: Gazetteer, text: str, lo: int, hi: int, city: str | None = None,
                      hits: Iterable[tuple[int, str]] | None = None) -> list[Candidate]:
    """Names ending in a suffix in ``text[lo:hi]``. ``hits``: the suffixes found in the slice
    (end index, suffix) when a scan shared with the dictionary found them (:mod:`.scan`)."""
    table = suffix_re(gz)[1]
    longest: dict[int, tuple[int, str]] = {}  # end -> (start, suffix), the longest suffix ending there
    # a slice, not iter(text, lo, hi): pyahocorasick converts the whole string it is given
    for end_idx, s in (_suffix_automaton(gz).iter(text[lo:hi]) if hits is None else hits):
        e = lo + end_idx + 1
        start = e - len(s)
        if e not in longest or start < longest[e][0]:
            longest[e] = (start, s)
    out: list[Candidate] = []
    if not longest:
        return out  # (half the parts hold no suffix: no tables, no county lookup)
    stops = _stop_ending_set(gz)
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
        k = ss - lo  # (how far back the text[max(lo, ss - 4):ss] of the test reaches)
        if ((k >= 2 and text[ss - 2:ss] in stops) or (k >= 3 and text[ss - 3:ss] in stops)
                or (k >= 4 and text[ss - 4:ss] in stops)) and not text.endswith(_stop_verbs(gz), max(lo, ss - 6), ss) \
                and not (suffix in p.phase_heads and text.endswith(_headed_works(gz), max(lo, ss - 6), ss)):
            continue  # 推进项目, 补齐产业链: the walk would stop at once (and costs a segmentation)
        cand = suffix_candidate(gz, text, lo, hi, ss, e, suffix, table[suffix], counties=counties, towns=towns)
        if cand is None and suffix in p.institution_org_suffixes:
            cand = _level_institution_works(gz, text, lo, ss, e, suffix)
        if suffix in p.phase_heads and (cand is None or cand.type == "Project"):
            # 县二中扩建工程: the level opens the school's name (the walk strips it as a prefix)
            school = _numbered_school_works(gz, text, lo, ss, e)
            if school is not None and (cand is None or school.start < cand.start):
                cand = school
        if suffix in p.named_zone_suffixes:
            if cand is None:
                cand = _named_zone(gz, text, lo, hi, ss, e)
            elif cand.type == "Project" and cand.name[: -len(suffix)] in p.zone_not_names:
                continue  # 城市新区: a kind of district, none named
        if cand is None and suffix == "路":
            cand = _numbered_road(gz, text, lo, hi, ss, e)  # 纬五路雨污管网改造工程, 八一路夜市
            if cand is not None:
                out.append(cand)  # (its end is checked: the works' head or the site's suffix closes it)
                continue
        if suffix in p.built_school_suffixes and (cand is None or cand.type == "Organization"):
            built = _school_being_built(gz, text, lo, hi, ss, e, cand)
            if built is not None:
                cand = built  # 新建的某区实验小学, 某市第十二小学等4所学校明年投入使用: a project
        if cand is None:
            continue  # (half the hits: none of the tests below applies)
        # the boundary check segments text, so it runs only for accepted names
        if cand.type == "Project" and text.startswith(p.body_words_after_place, e, hi):
            continue  # 滨海新区人大常委会, 经济开发区党工委: the zone as a place with its own body
        if cand.type == "Organization" and text.startswith(p.org_not_before, e, hi):
            continue  # 村股份经济合作社: a village's collective, named by what it is
        if suffix in p.zone_opening_suffixes and text.startswith(p.port_not_before, e, hi):
            continue  # 钦州港经济技术开发区: the port's name opens a zone's, which is read (or is a place) whole
        if (cand.type == "Project" and suffix.endswith(p.workplace_suffixes)
                and text.startswith(p.workplace_staff_words, e)):
            continue  # 某集团研发中心主任, 某卫生服务中心医生: a deputy's workplace, no project
        if (cand.type == "Project" and suffix.endswith(p.institute_suffixes)
                and text.startswith(p.institute_head_posts, e, hi)):
            # 市某某科学技术研究院院长: an institute whose head speaks for it is a body, not a site;
            # the level opening the clause is its name's (市农业科学研究院: the city's own)
            s = cand.start
            if s > lo and text[s - 1] in p.institute_levels and (s - 1 == lo or text[s - 2] in HARD):
                s -= 1
            cand = dataclasses.replace(cand, type="Organization", start=s, name=clean_name(text[s:cand.end], gz))
        if cand.type == "Project" and suffix in p.branch_institute_suffixes:
            if text.endswith(_UNIVERSITY_WORDS, lo, cand.start):
                cand = _university_institute(gz, text, lo, hi, cand, table)
            elif any(w in cand.name[:-len(suffix)] for w in _UNIVERSITY_WORDS):
                cand = dataclasses.replace(cand, type="Organization")
            elif cand.name.startswith(p.national_institute_leads):
                cand = dataclasses.replace(cand, type="Organization")  # 中国某某研究院: a national body
        if right_ok(gz, text, e, hi):
            out.append(cand)
    return out


#: what a university's name ends with (某林业大学, 某职业技术学院)
_UNIVERSITY_WORDS = ("大学", "学院")


def _university_institute(gz: Gazetteer, text: str, lo: int, hi: int, cand: Candidate,
                          table: dict[str, list[tuple[str, bool]]]) -> Candidate:
    """某林业大学醴陵研究院: a university's institute in a place is a body of the university, one
    organisation named from the university's name on (golds name it whole; the walk had cut the
    university off as the institute's owner)."""
    word = next(w for w in _UNIVERSITY_WORDS if text.endswith(w, lo, cand.start))
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


def _named_zone(gz: Gazetteer, text: str, lo: int, hi: int, ss: int, e: int) -> Candidate | None:
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


_STOP_ENDINGS: dict[str, tuple[str, ...]] = {}


def _stop_endings(gz: Gazetteer) -> tuple[str, ...]:
    """Stop words of two or more characters that no firm name ends with (投资 may:
    山东五彩龙投资有限公司)."""
    got = _STOP_ENDINGS.get(gz.digest)
    if got is None:
        p = gz.patterns
        got = tuple(w for w in p.walk_stop_words if len(w) >= 2 and w not in p.firm_name_words)
        _STOP_ENDINGS[gz.digest] = got
    return got


def _stop_ending_set(gz: Gazetteer) -> frozenset[str]:
    """The stop words of :func:`_stop_endings` of two to four characters, as a set: whether the
    four characters before a suffix end with one is three look-ups (a longer word cannot end them)."""
    got = _STOP_ENDING_SET.get(gz.digest)
    if got is None:
        got = _STOP_ENDING_SET[gz.digest] = frozenset(w for w in _stop_endings(gz) if len(w) <= 4)
    return got


_STOP_ENDING_SET: dict[str, frozenset[str]] = {}


def _stop_verbs(gz: Gazetteer) -> tuple[str, ...]:
    """Name verbs that end with a stop word (转型升级): the walk goes on through them."""
    got = _STOP_VERBS.get(gz.digest)
    if got is None:
        stops = _stop_endings(gz)
        got = _STOP_VERBS[gz.digest] = tuple(v for v in gz.patterns.name_verbs if v.endswith(stops))
    return got


_STOP_VERBS: dict[str, tuple[str, ...]] = {}


def _headed_works(gz: Gazetteer) -> tuple[str, ...]:
    """Works words the walk goes on through right before a head (某中学扩建 工程, 某学校建设 项目):
    a stop word among them (扩建, 建设) must not end the walk before it starts."""
    got = _HEADED_WORKS.get(gz.digest)
    if got is None:
        p = gz.patterns
        got = _HEADED_WORKS[gz.digest] = tuple(sorted({*p.site_works_words, *p.headed_works_words}, key=len, reverse=True))
    return got


_HEADED_WORKS: dict[str, tuple[str, ...]] = {}


def suffix_candidate(gz: Gazetteer, text: str, lo: int, hi: int, ss: int, e: int, suffix: str,
                      kinds: list[tuple[str, bool]], *, counties: frozenset[str] = frozenset(),
                      towns: frozenset[str] = frozenset()) -> Candidate | None:
    any_strong = False
    for _, strong in kinds:  # (a loop: asked per suffix hit, a generator cost more than its test)
        if strong:
            any_strong = True
            break
    longer: bool | None = None  # _begins_longer_word, asked once: weak kinds alone ask it here
    if not any_strong:
        longer = _begins_longer_word(gz, text, ss, e, hi, suffix)
        if longer:
            return None  # every kind is weak and skipped below whatever the walk finds: no walk
    toks = strip_front(gz, walk_left(gz, text, lo, ss))
    if toks and (ordinal := _plant_number(gz, text, lo, toks[0].start)) is not None:
        toks = [ordinal, *toks]  # 第二/热源厂 替代项目: the plant's number is its name
    if toks and towns:
        toks = _town_opening(text, lo, toks, towns, gz.patterns.walk_stop_words)
    if toks and len(toks[0].text) == 1:
        toks = _position_opening(gz, text, lo, toks, suffix)
    if toks and any_strong:
        toks = _joined_disciplines(gz, text, lo, toks)
    firm_suffix = ("Organization", True) in kinds
    firm = _with_firm_words(gz, text, lo, ss) if firm_suffix else []
    registered = _registered_name(gz, text, lo, ss, suffix) if firm_suffix else []
    if registered and all(not got or registered[0].start < got[0].start for got in (toks, firm)):
        firm = registered
    if not toks and not firm:
        return None
    for typ, strong in kinds:
        if not toks and typ != "Organization":
            continue
        use = toks
        if typ != "Organization":
            # 山东某投资有限公司栖霞市笏山金矿: the project starts after the firm where a place
            # follows it (敏实集团氢能装备项目 stays whole)
            # (中国科学院烟台技术转化中心: an academy's site in a place is named with it; its institute
            # there, 某大学三亚研究院, is a body of its own, read by the organisation rules)
            owners = (gz.patterns.site_owner_endings if not suffix.endswith(gz.patterns.branch_institute_suffixes)
                      else gz.patterns.org_strong)
            firms = [i for i, t in enumerate(toks[:-1]) if t.text.endswith(owners)
                     and toks[i + 1].text in gz.places] if len(toks) > 1 else None
            if firms:
                use = toks[firms[-1] + 1:]
            if typ == "IndustryChain" and len(use) > 1:
                # 某经开区 | 硅光伏 产业链: a zone before the trade is where the chain is, named on its own
                # (jieba may split the zone's word into characters: 经/开/区)
                a = use[0].start
                cut = max((text.rfind(z, a, ss) + len(z) for z in place_words()["office_zone"] if len(z) >= 3
                           and text.rfind(z, a, ss) > a), default=-1)
                rest = [t for t in use if t.start >= cut] if cut > 0 else []
                if rest and rest[0].start == cut and has_content(gz, rest):
                    use = rest
        if typ == "Organization" and strong:
            use = firm or use
            if len(use) == 1 and len(use[0].text) == 1:
                use = _split_name(gz, text, lo, use)
        if typ == "Organization":
            # 普宁科技工业园区雅爵实业: the firm starts after the park.
            # (a one-character rest is jieba's mis-split: 洛阳城/投 集团 is 洛阳城投集团)
            # (农村 of 普洱农村商业银行 ends like a village but names none: a park word has three characters)
            city_end = place_words()["city_end"]
            cuts = [i for i, t in enumerate(toks) if t.text.endswith(gz.patterns.park_endings) and i < len(toks) - 1
                    and (len(t.text) >= 3 or t.text in gz.places)
                    # 宣城, 聊城: a city whose name ends in 城 is no park; its bank keeps it
                    and not (t.text in gz.places and t.text.endswith(city_end))
                    # 霍山县下符桥镇卫生院: a county before a town's clinic or school is its full name
                    and not (t.text in gz.places and suffix in gz.patterns.institution_org_suffixes)
                    # 南丰县橘香食品有限公司: a firm's registered name opens with its county
                    and not (t.text in gz.places and suffix in gz.patterns.legal_form_suffixes)
                    and sum(len(x.text) for x in toks[i + 1:]) >= 2
                    # 北湖区人民医院, 苏仙区农村信用社: a rest with no name of its own is the place's body
                    and has_evidence(gz, toks[i + 1:], tags_count=True)]
            if cuts:
                use = toks[cuts[-1] + 1:]
            if not strong and not (_place_institution(gz, use, suffix, counties) or e >= hi or text[e] in HARD
                                   or text.startswith(gz.patterns.weak_org_followers, e)
                                   or _affiliated(gz, use)
                                   or _institution_works_end(gz, text, e, suffix) > e):
                continue  # 某某科技创新: a trade word needs a word marking a firm after it
        if not strong and use[0].start > lo and text[use[0].start - 1] in CLOSE_Q:
            continue  # “粤商通”揭阳专区平台: a descriptor of the quoted name
        if not strong and (longer if longer is not None
                           else (longer := _begins_longer_word(gz, text, ss, e, hi, suffix))):
            continue  # 渭南中心城市: the suffix begins a longer word (中心城市, 中心城区)
        cand = _checked(gz, typ, strong, use, text, e, suffix, counties)
        if cand is not None and typ == "IndustryChain":
            cand = _joined_trades(gz, text, lo, cand)
        if cand is not None:
            return cand
    return None


#: an ordinal (第二, 第十一) ending where a plant's kind starts
_ORDINAL_END = re.compile(r"第[一二三四五六七八九十]{1,3}$")
_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")


def _plant_number(gz: Gazetteer, text: str, lo: int, first: int) -> Tok | None:
    """第二热源厂替代项目, 第三水厂扩建工程: an ordinal right before a plant of a kind a city numbers
    (``numbered_plant_kinds``) opening the walk's name is the plant's name, as a place's would be (the walk
    stops at a numeral, strip_front drops one; a count, 两个污水处理厂, names none). The ordinal as a
    token, or None."""
    if not text.startswith(gz.patterns.numbered_plant_kinds, first):
        return None
    m = _ORDINAL_END.search(text, max(lo, first - 4), first)
    return Tok(m.group(), m.start(), "m") if m is not None else None


def _affiliated(gz: Gazetteer, toks: list[Tok]) -> bool:
    """某医科大学附属某医院, 某师范大学附属中学: a hospital or a school affiliated to a university or
    a college the walk names is a body, whatever verb follows it (affiliation_marks after a strong
    organisation ending)."""
    marks, owners = gz.patterns.affiliation_marks, gz.patterns.org_strong
    for i in range(1, len(toks)):  # (a loop: asked per weak organisation suffix hit)
        if toks[i].text in marks and toks[i - 1].text.endswith(owners):
            return True
    return False


def _joined_trades(gz: Gazetteer, text: str, lo: int, cand: Candidate) -> Candidate:
    """汽车及零部件产业链, 钛及钛合金产业链, 氢能和储能装备产业集群: one chain named by two trades
    joined by 及/和/与 (``name_joiners``); the walk stopped at the joiner. The trade before it (up
    to six characters, a content word) joins the name; a run that is a name of its own
    (精细化工产业链和新材料产业链: two chains) or a kind of work (招商引资和…) does not, nor the
    last of a list of bare trades (电子、汽车和新材料产业链), unless the list's items are whole
    chains (集成电路产业链、汽车及零部件产业链)."""
    p = gz.patterns
    s = cand.start
    joiner = next((j for j in p.name_joiners if text.endswith(j, lo, s)), None)
    if joiner is None:
        return cand
    x_end = s - len(joiner)
    left = strip_front(gz, walk_left(gz, text, lo, x_end))
    if not left or not has_content(gz, left):
        return cand
    a = left[0].start
    run = text[a:x_end]
    listed = a > lo and text[a - 1] == "、" and not text.endswith(p.chain_strong, lo, a - 1)
    if (not 1 <= len(run) <= 6 or listed or run in gz.generic_words
            or run.endswith(tuple(suffix_re(gz)[1])) or any(t.text in p.walk_stop_words for t in left)):
        return cand
    return dataclasses.replace(cand, start=a, name=clean_name(text[a:cand.end], gz))


def _begins_longer_word(gz: Gazetteer, text: str, ss: int, e: int, hi: int, suffix: str) -> bool:
    """A weak suffix at ``text[ss:e]`` begins a longer word (中心城市, 中心城区): a compound of the
    data, or with the one or two characters after it (before ``hi``) a word jieba knows."""
    p = gz.patterns
    if text.startswith(p.suffix_compounds, ss):
        return True
    if text.startswith(p.suffix_joined_words, ss):
        return False  # 某堤防工程建设进度: jieba's 工程建设 joins the works' name to what is said of them
    # (城 begins many words, 城建 of 鞋纺城/建设 too: the boundary check decides)
    if suffix in p.trade_town_suffixes:
        return False
    tags = gz.tags()
    return (((e + 1 <= hi and text[ss:e + 1] in tags) or (e + 2 <= hi and text[ss:e + 2] in tags))
            and not text.startswith(p.words_after_names, e))


def _joined_disciplines(gz: Gazetteer, text: str, lo: int, toks: list[Tok]) -> list[Tok]:
    """中国科学院长春光学精密机械 与 物理研究所, 某大学食品科学 与 工程学院: an institute or lab named
    by two fields joined by 与; the walk stopped at 与, and the run before it, with a proper name in
    it, is the name's beginning (a run with none is the clause's: 加强企业 与 高校研究院合作)."""
    s = toks[0].start
    if s - 1 <= lo or text[s - 1] not in "与與":
        return toks
    left = strip_front(gz, walk_left(gz, text, lo, s - 1))
    if not left or sum(len(t.text) for t in left) < 2 or not has_evidence(gz, left, tags_count=True):
        return toks
    run = text[left[0].start:s - 1]
    if run.endswith(tuple(suffix_re(gz)[1])) or run in gz.automaton:
        return toks  # 星澜实验室 与 云岭大学, 华为 与 某某通信公司: two names joined, each its own
    if run.endswith(gz.patterns.government_endings) or run.endswith(gz.patterns.joined_party_endings):
        return toks  # 会同人社部门 与 某农业大学, 市科技局 与 某研究院: a body joined to the name, no field of it
    return [*left, Tok(text[s - 1], s - 1, "c"), *toks]


def _place_institution(gz: Gazetteer, toks: list[Tok], suffix: str, counties: frozenset[str] = frozenset()) -> bool:
    """A hospital, school or broadcaster opened by a place (渝北区人民医院, 新墙镇中心学校):
    a known place of three or more characters, a city's short name (潍坊 of 潍坊市; not
    城区, 城东: a district so named is also a word for part of any town), or a town's name
    (three or more characters ending in 镇 or 乡)."""
    if suffix not in gz.patterns.institution_org_suffixes or not toks:
        return False
    first = toks[0].text
    if first in counties and len(toks) == 1:
        return True  # 平乐中学, 临桂农商行: one of the report's own counties by its short name
    # (jieba may split the place: 岳/阳 广播 电视台)
    for k in range(1, min(3, len(toks)) + 1):
        place = "".join(t.text for t in toks[:k])
        if place in gz.places and (len(place) >= 3 or place + "市" in gz.places):
            return True
    town = "".join(t.text for t in toks[:2])
    town_end = place_words()["town_end"]
    return any(len(w) >= 3 and w.endswith(town_end) for w in (first, town))



#: a town's kind (镇, 乡, 街道) after its name, then a word that the town's own body or sitting opens
#: (人大, 党委, 第十届 …; not 政府: 请问镇政府 is any town's government) or any other word
_TOWN_KIND = re.compile(r"(镇|乡|街道)(人大|党委|党工委|第[一二三四五六七八九十]|召开)?")
#: the level of a place whose name may stand right before a town's (某县某镇, 某市某镇)
_TOWN_OWNER_ENDS = ("县", "市", "区", "旗")
_LOCAL_TOWNS: list[tuple[str, frozenset[str]]] = []


def local_towns(gz: Gazetteer, text: str) -> frozenset[str]:
    """Short names of the towns a report names in full (治平 of 某县治平畲族乡, 塘下 of 某市塘下镇): opening
    a site's name elsewhere in the same report (塘下汽摩配小微园, 治平高山生态茶园) they are its place,
    though jieba splits them (塘/下) or reads them as a word (治平, a verb). A town counts when its full
    name follows its county or city (某县某镇) or, opening its clause, is followed by its own body or
    sitting (某镇人大, 某镇第十届); the name has two or three characters (an ethnic township's people,
    畲族, between it and 乡) and is no kind's word (乡镇, 各镇, 全镇). Remembered for the last report read
    (each part asks)."""
    for seen, got in _LOCAL_TOWNS:
        if seen is text:
            return got
    p = gz.patterns
    places = gz.places
    out: set[str] = set()
    # (three finds first: most reports name no town, and the pattern scanned the whole report for them)
    for m in _TOWN_KIND.finditer(text) if "镇" in text or "乡" in text or "街道" in text else ():
        q = m.start()
        ends = (q - 2, q - 3) if q >= 1 and text[q - 1] == "族" else (q,)  # (畲族乡, 土家族乡)
        for end in ends:
            for k in (2, 3):
                start = end - k
                if start < 0:
                    continue
                w = text[start:end]
                owned = start >= 2 and text[start - 1] in _TOWN_OWNER_ENDS and any(
                    text[start - j:start] in places for j in (2, 3, 4, 5) if start - j >= 0)
                bound = start == 0 or text[start - 1] in HARD or text[start - 1] in p.walk_stop_words
                if not (owned or (bound and m.group(2) is not None and _town_word(gz, w))):
                    continue
                if (w in p.walk_stop_words or w in p.strip_prefixes or w in gz.generic_words or w in p.generic_modifiers
                        or not all("\u4e00" <= c <= "\u9fff" for c in w) or "的" in w
                        # (古市 of 某县古市镇: a town's name may end in 市 where its county stands before it)
                        or (w[-1] in "乡镇村县市区" and not (owned and w[-1] == "市" and k == 2))
                        or p.numeral_chars.issuperset(w)):
                    continue
                out.add(w)
                break
    got = frozenset(out)
    _LOCAL_TOWNS[:] = [(text, got)]
    return got



def _position_opening(gz: Gazetteer, text: str, lo: int, toks: list[Tok], suffix: str) -> list[Tok]:
    """上/坊 古镇, 下/某 古镇 夜游 提升 项目: the walk stopped at a position character (上, 下, 前 …: jieba's f)
    right before one name character of an old town's name (``old_town_words``, the suffix or a word of
    the walk); where the position character opens its clause (after a mark or a one-character stop word)
    it is the name's first character."""
    p = gz.patterns
    s = toks[0].start
    if (s - 1 < lo or text[s - 1] not in p.front_position_chars or (toks[0].tag or "") not in _SPLIT_NAME_TAGS
            or not (suffix in p.old_town_words or (len(toks) > 1 and toks[1].text in p.old_town_words))):
        return toks
    if not (s - 2 < lo or text[s - 2] in HARD or text[s - 2] in p.walk_stop_words):
        return toks
    return [Tok(text[s - 1], s - 1, "f"), *toks]

def _town_word(gz: Gazetteer, w: str) -> bool:
    """A short name that opens its clause with no county before it may be a town's only when jieba reads
    no verb, adverb or function word in it (邀请/镇人大, 由/镇党委: no town named)."""
    tags = gz.tags()
    for t in gz.cut(w):
        tag = tags.get(t) or ""
        if tag.startswith(("v", "d", "p", "c", "u", "r")) or t in gz.patterns.walk_stop_words:
            return False
    return True


def _town_opening(text: str, lo: int, toks: list[Tok], towns: frozenset[str], stops) -> list[Tok]:
    """塘/下 汽摩配小微园, 将/治平/高山生态茶园: the walk stopped inside or right after a town's short name
    the report named in full (:func:`local_towns`); the name opens with the town (one token, a place)."""
    s = toks[0].start
    for k in (3, 2):
        for a in range(max(lo, s - k), s + 1):
            w = text[a:a + k]
            if w not in towns or a + k < s:
                continue
            kind = a + k < len(text) and text[a + k] in "镇乡" and (
                a + k + 1 in (s, toks[-1].start + len(toks[-1].text)) or any(t.start == a + k + 1 for t in toks))
            if kind:
                # 西/城镇/集镇污水处理厂: the town named with its kind opens the name (jieba joined the kind
                # to the name's last character)
                if not (a == lo or text[a - 1] in HARD or text[a - 1] in stops or a == s):
                    continue
                return [Tok(w, a, "ns"), Tok(text[a + k], a + k, "n"), *(t for t in toks if t.start > a + k)]
            if not (a + k == s or any(t.start == a + k for t in toks)):
                continue  # the town's end falls inside a word of the name
            if not (a == lo or text[a - 1] in HARD or text[a - 1] in stops or a == s):
                continue
            return [Tok(w, a, "ns"), *(t for t in toks if t.start >= a + k)]
    return toks


@functools.lru_cache(maxsize=64)
def own_counties(city: str | None) -> frozenset[str]:
    """Short names of the report's own counties (大悟 of 孝感市's 大悟县): opening a site's
    name in that city's report they are its place, though jieba reads 大悟, 富源 as nouns
    and a two-character county name elsewhere may be a common word (places_common_words.txt
    lists those that are words here too: 公安)."""
    place = lookup_place(city)
    if place is None:
        return frozenset()
    return _counties_by_city().get(place.prefecture, frozenset())


@functools.lru_cache(maxsize=1)
def _counties_by_city() -> dict[str, frozenset[str]]:
    """Prefecture → the short names own_counties gives, for every prefecture in one pass
    (a scan of all places and a read of the common words per report's city cost ~0.5 ms)."""
    common = {r.cells[0] for r in read_words("places_common_words.txt")}
    out: dict[str, set[str]] = {}
    for p in places():
        if p.level == "county" and len(p.short) >= 2 and p.short not in common:
            out.setdefault(p.city, set()).add(p.short)
    return {city: frozenset(shorts) for city, shorts in out.items()}


def _split_name(gz: Gazetteer, text: str, lo: int, use: list[Tok]) -> list[Tok]:
    """A firm's one-character name is the end of a word jieba split (像/元/立 集团 is
    元立集团): the single character before it, no stop word, joins it."""
    s = use[0].start
    before = tokens(gz, text, max(lo, s - 4), s)
    if before and len(before[-1].text) == 1 and before[-1].start + 1 == s and before[-1].text.isalpha() \
            and before[-1].text not in gz.patterns.walk_stop_words:
        return [before[-1], *use]
    return use


def _with_firm_words(gz: Gazetteer, text: str, lo: int, ss: int) -> list[Tok]:
    """The name of a firm whose last words (投资, 建设 …) would stop the walk: 山东五彩龙投资有限公司.
    Empty when no such word stands before the suffix or nothing name-like precedes it."""
    pre = ss
    words = gz.patterns.firm_name_words
    for _ in range(4):  # 城市建设/投资/控股/集团 有限公司
        if not text.endswith(words, lo, pre):
            break  # (most firms: one C-level test, no generator over the words)
        word = next(w for w in words if text.endswith(w, lo, pre))
        pre -= len(word)
    if pre == ss:
        return []
    head = strip_front(gz, walk_left(gz, text, lo, pre))
    # the words kept would read as the action of a clause (推进城市建设投资集团改革):
    # the part before them must carry a proper name
    if not head or not has_evidence(gz, head):
        return []
    return head + tokens(gz, text, pre, ss)


_NAME_BREAK_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "r", "y", "e", "o", "x"}


def _registered_name(gz: Gazetteer, text: str, lo: int, ss: int, suffix: str) -> list[Tok]:
    """A firm's registered name whose inner words would stop the walk (广东英/九/庄园…有限公司,
    思/必/驰科技股份有限公司, 山西晋缘电力化学清洗中心有限公司): the run of words before the suffix
    after its last stop word, particle or pronoun, when it opens with a place name, or, before a
    legal form, when it opens right after a mark (、，：) and holds no verb. Empty when none."""
    p = gz.patterns
    if suffix not in p.registered_name_suffixes:
        return []
    a = window_start(text, lo, ss, p.max_name_length)
    if ss - a < 2:
        return []
    toks = toks_all = tokens(gz, text, a, ss)
    start, verb = a, False
    for t in toks:
        tag = t.tag or ""
        if ((t.text in p.walk_stop_words and t.text not in p.firm_name_words) or tag in _NAME_BREAK_TAGS
                or (len(t.text) >= 2 and t.text[-1] in p.quantity_chars and p.numeral_chars.issuperset(t.text[:-1]))):
            start, verb = t.start + len(t.text), False  # 一家 of 一家机械有限公司 counts, it names nothing
        elif tag.startswith("v") and len(t.text) >= 2 and t.text not in p.name_verbs:
            verb = True
    while toks and toks[0].start < start:
        toks = toks[1:]
    while toks and toks[0].tag in ("t", "tg") and len(toks) > 1:
        start = toks[1].start  # 目前西安某某物业服务有限公司: a time word before the name
        toks = toks[1:]
    if ss - start < 2:
        return []
    placed = any(text[start:start + k] in gz.places for k in range(2, 7))
    opens = start == a
    after_prep = False
    if start > a and text[a:start] in p.walk_stop_words:
        # 由安踏体育用品有限公司: a preposition opening the clause right after the mark takes a noun
        # phrase, the firm's name, whose first word may read as a verb (安踏)
        opens = True
        verb = any((x.tag or "").startswith("v") and len(x.text) >= 2 and x.text not in p.name_verbs
                   for x in tokens(gz, text, start, ss)[1:])
    elif (start > a and any(t.start + len(t.text) == start and t.tag == "p" for t in toks_all)
          and toks and len(toks[0].text) == 1 and (toks[0].tag or "").startswith("v")):
        # 我们在盛禾农机制造有限公司…: a preposition (jieba's p) right before the run takes the firm's
        # name as its object, whose first character jieba read as a verb (盛/禾; session 24); a run
        # opening with a word of two (由市场运营方…, 对扶持…) is the clause's, the walk's to read; a verb
        # of two in the run (the loop's ``verb``) makes it a clause too
        after_prep = True
    if not placed and not ((opens and a > lo or after_prep) and suffix in p.legal_form_suffixes and not verb):
        return []
    return tokens(gz, text, start, ss)


def organization_suffix_name(gz: Gazetteer, text: str, s: int, e: int, hi: int, suffix: str) -> bool:
    """Whether ``text[s:e]``, a span a tagger proposes as an organisation, is one:
    its words before ``suffix`` are name-like with a content word, it is no generic
    word, and a weak suffix (科技, 食品 …) stands before a word that marks a firm."""
    p = gz.patterns
    if suffix in p.org_weak and suffix not in p.org_strong:
        if not (e >= hi or text[e] in HARD or text.startswith(p.weak_org_followers, e)):
            return False
    toks = tokens(gz, text, s, e - len(suffix))
    if not toks or any(is_stop(gz, t, None, None) and len(t.text) > 1 for t in toks):
        return False
    name = clean_name(text[s:e], gz)
    return (has_content(gz, toks) and name_ok(gz, name)
            and not any(name.endswith(g) for g in gz.generic_words if len(g) >= 3))


#: how a place's full name ends (a short name, 柯桥, does not)
_FULL_PLACE_ENDS = "省市区县州盟旗镇乡村"


def _place_alone(gz: Gazetteer, toks: list[Tok], text: str, e: int) -> bool:
    """The name up to the suffix is places only, the last one a short name ending with the suffix
    (某市柯桥: 柯桥 is a district's short name, read as a bridge 柯 with 桥): a place alone is no
    project. A zone named in full (某某新区) is a place and a project both: kept."""
    places = gz.places
    for i, t in enumerate(toks):
        if text[t.start:e] in places:
            return text[e - 1] not in _FULL_PLACE_ENDS
        if t.text not in places:
            return False
    return False


#: characters that join two nouns (和, 与) and open some places' names too (和县, 同安区)
_JOINER_PLACE_HEADS = "和与同跟及"


def _joiner_place(gz: Gazetteer, toks: list[Tok], text: str) -> bool:
    """A place whose first character joins words (和县, 同安区) in a name, right after a noun, a
    pronoun or an adverb (卫生院和…, 我们已和…): that character is the joiner, no place opens the
    firm. After a verb or a preposition (走访和县…, 在和县…) or another place (安徽省和县) it is the place."""
    for i, t in enumerate(toks):
        s = t.start
        if s == 0 or text[s] not in _JOINER_PLACE_HEADS or not any(
                text[s:s + k] in gz.places for k in range(2, 8)):
            continue
        before = toks[i - 1:i] or tokens(gz, text, max(0, s - 4), s)
        if not before or not "\u4e00" <= text[s - 1] <= "\u9fff":
            continue
        tag = before[-1].tag or ""
        if before[-1].text in gz.places or tag.startswith("ns"):
            continue
        if tag.startswith(("n", "d", "r")):
            return True
    return False


def _checked(gz: Gazetteer, typ: str, strong: bool, toks: list[Tok], text: str, e: int,
             suffix: str, counties: frozenset[str] = frozenset()) -> Candidate | None:
    ok = has_content(gz, toks) if strong else (has_evidence(gz, toks, tags_count=typ == "Organization")
                                               or (toks[0].text in counties
                                                   # 平乐中学: a county's school or clinic by its short name
                                                   and (len(toks) >= 2 or suffix in gz.patterns.institution_org_suffixes))
                                               or _firm_phase(gz, toks, suffix)
                                               or (typ == "Project" and _ORDINAL.fullmatch(toks[0].text) is not None
                                                   and text.startswith(gz.patterns.numbered_plant_kinds,
                                                                       toks[0].start + len(toks[0].text)))
                                               or (typ == "Project" and (_proper_word_site(gz, toks, suffix)
                                                                         or _opens_with_proper_site(gz, toks)
                                                                         or _designated_site(gz, toks)
                                                                         or _unknown_word_site(gz, toks, suffix))))
    if ok and suffix in gz.patterns.trade_town_suffixes and not _trade_town(gz, toks, suffix):
        return None  # 晋江城, 县城: a place and 城 name the town itself, no market or hub
    if not ok:
        return None
    if typ == "Project" and _place_alone(gz, toks, text, e):
        return None  # 绍兴市柯桥(区): the suffix (桥) ends a place's name, no works named
    if typ in ("Organization", "Project") and _joiner_place(gz, toks, text):
        # 卫生院已和县医药公司签订: 和 joins (with), no county 和县 opens the firm (某学校建设项目和县二中
        # 扩建工程: nor the works)
        return None
    s = toks[0].start
    if typ == "PolicyTool" and len(toks[0].text) == 1 and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff":
        before = tokens(gz, text, max(0, s - 4), s)
        if before and len(before[-1].text) == 1 and before[-1].text not in gz.patterns.walk_stop_words:
            return None  # 普/惠养老专项行动: the walk stopped inside a word jieba split
    if typ == "PolicyTool" and not any(len(t.text) >= 2 and not (t.tag or "").startswith("v") for t in toks):
        return None  # 整治专项行动: only verbs before the suffix name no campaign
    if typ == "IndustryChain" and all(t.text in gz.places or t.text.endswith(place_words()["office_zone"])
                                      for t in toks if t.tag != "paren"):
        return None  # 对某高新区产业链建设情况: the zone's chains, no trade named
    if typ == "Project" and strong and (
            (len(toks) == 1 and (toks[0].tag or "").startswith("v") and toks[0].text not in gz.patterns.name_verbs)
            or (text[e - len(suffix) - 1:e] in gz.tags() and not has_evidence(gz, toks))):
        # 新建育苗工厂: one verb before the suffix names a kind of works, no site; 茶叶加工厂: the
        # suffix is the tail of a longer word (加工厂), a kind named by its trade and no proper
        # name (滨江东路跨河大桥 is named by its road)
        return None
    if typ == "PolicyTool" and s > 0 and text[s - 1] == "”":
        opener = text.rfind("“", max(0, s - 12), s - 1)
        if opener >= 0:
            s = opener  # “263”环保专项行动: the quoted code is part of the campaign's name
    if typ == "IndustryChain" and s > 0 and text[s - 1] == "”":
        opener = text.rfind("“", max(0, s - 10), s - 1)
        if opener >= 0 and any(_place_word(gz, text[opener + 1:opener + 1 + k]) for k in range(2, 6)):
            s = opener  # “贺兰山东麓”优质稻米产业链: the quoted place names the chain with it
    opener = max(text.rfind("（", s, e), text.rfind("(", s, e))
    if opener >= 0 and not any(c in text[opener:e] for c in "）)"):
        s = opener + 1  # 融媒体中心（传媒集团: the name starts inside the open bracket
    closer = max(text.rfind("）", s, e), text.rfind(")", s, e))
    if closer >= 0 and not any(c in text[s:closer] for c in "（("):
        s = closer + 1  # 4个县(区)中心敬老院: the name starts after a bracket it does not open
    p = gz.patterns
    if typ == "Organization" and text.startswith(p.leader_words, s, e):
        lead = next((w for w in sorted(p.leader_words, key=len, reverse=True) if text.startswith(w, s, e)), None)
        if lead is not None and e - s - len(lead) >= 2:
            s += len(lead)  # 链主企业中国稀土集团: the leader word introduces the firm, it is no part of it
    if typ == "Project" and s - 1 > max(0, toks[0].start - p.max_name_length) and text[s - 1] in p.route_dashes:
        s = _route_start(gz, text, max(0, toks[0].start - p.max_name_length), s)  # (its first test, made here)
    if typ == "Organization" and text.startswith(p.firm_owner_kinds, s + 2 if text.startswith("属", s + 1) else s, e):
        m = _owner_re(p.firm_owner_levels, p.firm_owner_kinds).match(text, s, e)
        if m is not None:
            s = m.end()  # 区属国企某城市运营管理有限公司: who owns the firm describes it, its name follows
    if s > 0 and text.endswith(p.anonymous_marks, 0, s):
        return None  # 某机械公司: a firm the report leaves unnamed
    if typ == "Project" and text.startswith(p.leader_words, s, e):
        return None  # 链主企业配套项目: works for a kind of firm, no named site
    if typ == "Project" and not strong and any(h in text[s:e - len(suffix)] for h in p.chain_strong):
        return None  # 汽摩配产业链配套中心: a facility for a chain, named by what it is (the chain is read)
    if s > 0 and text[s] in p.quantity_chars and (text[s - 1].isdigit() or text[s - 1] in p.numeral_chars):
        return None  # 8个村(社区)居家养老服务中心: a count of sites, not one site
    name = clean_name(text[s:e], gz)
    if typ == "Project" and _post_then_name().search(name) is not None:
        return None  # 交通运输局局长吴立桥: an official's post and a name that ends like a site (桥, 城)
    if s > 0 and clean_name(text[s - 1:e], gz) in gz.generic_words:
        return None  # 自/贸试验区: the walk stopped inside a kind's word jieba split
    if len(suffix) == 1 and name[:-1].isdigit():
        return None  # 5路: a bus line, not a road
    core = s
    for t in toks:  # (a loop: a generator per candidate cost more than its test)
        # (a year is a modifier too: 2025年度民生实事项目 is that year's kind of works)
        if t.start >= s and t.text not in p.generic_modifiers and not t.text.isdigit():
            core = t.start
            break
    if core > s and clean_name(text[core:e], gz) in gz.generic_words:
        return None  # 涉农保险公司, 市级农业产业园: qualifiers before a kind of body name no body
    base = name  # the name before any works on the site are read into it
    if typ == "Organization" and strong:
        office = _local_office_end(gz, text, e)
        if office > e:
            e = office  # 某协会湛江办事处: the body's office in a place is named with it
            name = clean_name(text[s:e], gz)
    works = _institution_works_end(gz, text, e, suffix) if typ == "Organization" else e
    if works > e:
        # 某中学扩建工程: works on a school or a hospital are a project, the body nested in it
        return Candidate("Project", s, works, clean_name(text[s:works], gz), "pattern", 1, None, None)
    if typ == "Project" and name.endswith(p.piece_zone_suffixes):
        # 中国（某省）自由贸易试验区某市片区: the piece in one place of a zone set up in several
        k = next((k for k in (4, 3, 2) if text[e:e + k] in gz.raw_places and text.startswith(p.zone_piece_words, e + k)), 0)
        if k:
            e += k + next(len(w) for w in p.zone_piece_words if text.startswith(w, e + k))
            name = clean_name(text[s:e], gz)
    if typ == "Project" and suffix in p.stretch_site_suffixes:
        # 某某国家文化公园某市段: the stretch in one place of a site that runs through many
        k = next((k for k in (4, 3, 2) if text[e:e + k] in gz.raw_places and text.startswith("段", e + k)), 0)
        if k:
            e += k + 1
            name = clean_name(text[s:e], gz)
    if typ == "Project":
        # 广渠路二期, 污水处理厂一期工程: the phase belongs to the project
        m = _phase_re(p.phase_heads).match(text, e)
        if m:
            e = m.end()
            name = clean_name(text[s:e], gz)
        if not (m and m.group().endswith(p.phase_heads)):  # 某机场二期扩建: works on a phase name it too
            works = site_works_end(gz, text, e)
            if works > e:
                e = works  # 312国道信阳段改线工程: the works on a site name the project
                name = clean_name(text[s:e], gz)
    if typ == "IndustryChain":
        name = name.replace("全产业链", "产业链")
        core = name[: -len(suffix)] if name.endswith(suffix) else name
        core = core.removesuffix("全")
        entry = gz.entry_for("IndustryChain", core) or gz.entry_for("IndustryChain", name)
        if entry is not None:
            return Candidate(typ, s, e, entry.name, "pattern", 1, None, entry)
    # (a known tool among the works is part of the project: 某水库除险加固工程)
    if (not name_ok(gz, base) or (name is not base and not name_ok(gz, name)) or name == suffix
            or holds_other_type(gz, base, typ, strong)):
        return None
    # a weak suffix (园, 中心 …) is the least sure sign: a list of firms ("美的集团、碧桂园等企业")
    # that covers the same span says more
    category = policy_category(gz, name) if typ == "PolicyTool" else None
    if typ == "Organization":
        e = _campus_end(gz, text, e)
    return Candidate(typ, s, e, name, "pattern", 1 if strong else 3, category, None)


@functools.lru_cache(maxsize=1)
def _post_then_name() -> re.Pattern[str]:
    """An official's post (titles.tsv, or a member's seat 委员) then a surname and one or two
    characters closing the name: the suffix rules read 副主任许海城 as a site named …城."""
    from loaders.turns import surnames, titles  # (lazy: turns is the speech side's module)
    posts = [t for t in titles() if len(t) >= 2] + ["委员"]
    return re.compile(rf"(?:{alternation(posts)})(?:{alternation(sorted(surnames(), key=len, reverse=True))})"
                      r"[\u4e00-\u9fff]{1,2}$")


_LEVEL_INSTITUTION = re.compile(r"[市县区](?:第[一二三四五六七八九十]{1,3})?[\u4e00-\u9fff]{0,4}")


def _level_institution_works(gz: Gazetteer, text: str, lo: int, ss: int, e: int, suffix: str) -> Candidate | None:
    """市第一人民医院扩建工程, 县妇幼保健院迁建项目: works with a head on a hospital or a school the text names
    by its level alone (the city's own, as campuses.py reads 市第二人民医院南院区) are a project from the
    level on. The level opens the clause (after a mark, 和/与/及 or the part's start); the kind words
    between it and the suffix hold no stop word. None when no such works follow."""
    works = _institution_works_end(gz, text, e, suffix)
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


def _numbered_school_works(gz: Gazetteer, text: str, lo: int, ss: int, e: int) -> Candidate | None:
    """县二中扩建工程, 市五中迁建项目: works with a head on a school named by its level and number
    are a project from the level on (as :func:`_level_institution_works` reads 市第一人民医院扩建工程).
    The level opens the clause (after a mark, 和/与/及, a stop word or the part's start). None
    otherwise."""
    headed = _headed_works(gz)
    if not text.endswith(headed, lo, ss):
        return None  # (most hits: one C-level test of the tuple, no generator over its words)
    works = next(w for w in headed if text.endswith(w, lo, ss))
    b = ss - len(works)
    m = _NUMBERED_SCHOOL.search(text, max(lo, b - 6), b)
    if m is None:
        return None
    a = m.start()
    if not (a == lo or text[a - 1] in HARD or text[a - 1] in "和与及" or text[a - 1] in gz.patterns.walk_stop_words
            or text.endswith(_stop_endings(gz), max(lo, a - 6), a)):
        return None
    name = clean_name(text[a:e], gz)
    return Candidate("Project", a, e, name, "pattern", 1, None, None) if name_ok(gz, name) else None




#: a road numbered on a town's grid (纬五路, 经十二路) or named by a date (八一路, 七一路, 五一路, 五四路, 二七路)
_NUMBERED_ROAD = re.compile(r"(?:[经纬][一二三四五六七八九十]{1,3}|[五七八]一|五四|二七)路")


def _numbered_road(gz: Gazetteer, text: str, lo: int, hi: int, ss: int, e: int) -> Candidate | None:
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


def _school_being_built(gz: Gazetteer, text: str, lo: int, hi: int, ss: int, e: int,
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

def _institution_works_end(gz: Gazetteer, text: str, e: int, suffix: str) -> int:
    """Where works with a head (扩建工程, 改造项目) after a school's or hospital's name end, or ``e``."""
    p = gz.patterns
    if suffix not in p.institution_org_suffixes:
        return e
    works = site_works_end(gz, text, e)
    if works > e and text.endswith(p.phase_heads, e, works):
        return works
    for word in p.institution_building_words:  # (longest first)
        if text.startswith(word, e):
            # 某市中医院门诊综合楼建成后, 某中学教学楼改造工程: a building of the institution named by it
            # is works on it, a project; its own works and head after it are its name's
            end = e + len(word)
            return max(end, _institution_works_end(gz, text, end, suffix) if text.startswith(p.site_works_words, end)
                       else end)
    return e


_PROPER_WORD_TAGS = ("ns", "nr", "nrt", "nrfg", "j", "nz")


def _proper_word_site(gz: Gazetteer, toks: list[Tok], suffix: str) -> bool:
    """天汉大道, 凤凰机场, 太行东街: one word jieba takes for a proper name (a place, a person, an
    abbreviation) right before a road, zone or airport suffix names it, though the city table
    does not know it (entity_patterns.yaml proper_word_site_suffixes). A landmark of four
    characters jieba knows as a place or a person's (秦始皇陵景区, a temple's 某某某寺景区) names it
    too (session 25)."""
    if suffix not in gz.patterns.proper_word_site_suffixes or len(toks) != 1:
        return False
    t = toks[0]
    return 2 <= len(t.text) <= 4 and (t.tag or "") in _PROPER_WORD_TAGS and t.text not in gz.generic_words \
        and t.text not in gz.patterns.generic_modifiers


def _opens_with_proper_site(gz: Gazetteer, toks: list[Tok]) -> bool:
    """滨河新区 | 综合管廊 项目: works named after a zone or a road that one proper word names
    (:func:`_proper_word_site`), or after a site a strong suffix names (董家/口/港区 | 液化天然气
    项目, 大庆高新区 | 人才 创新港), carry that site's evidence."""
    if len(toks) >= 3 and toks[1].text in gz.patterns.proper_word_site_suffixes \
            and _proper_word_site(gz, toks[:1], toks[1].text):
        return True
    strong = gz.patterns.project_strong
    if any(toks[i].text in strong and has_content(gz, toks[:i]) for i in range(1, len(toks) - 1)):
        return True
    # 雨花/经/开/区 | 智能 制造 示范园: a strong suffix jieba split into characters, after a word of
    # content and before more words, is that zone's part (session 16)
    for i in range(2, len(toks) - 1):
        if len(toks[i].text) != 1:
            continue
        run = toks[i].text
        for j in range(i - 1, 0, -1):
            if len(toks[j].text) != 1:
                break
            run = toks[j].text + run
            if run in strong and has_content(gz, toks[:j]):
                return True
    return False



#: tags of a single character jieba split off a name it does not know (驼/腰子: n; 羊角/子: ng; rare
#: characters: zg, g, x, none)
_SPLIT_NAME_TAGS = frozenset({"n", "ng", "ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "zg", "g", "x", ""})


def _unknown_word_site(gz: Gazetteer, toks: list[Tok], suffix: str) -> bool:
    """牛/肚子 灌区, 羊角/子 水库, 弥/河 灌区, 红/石崖 景区: a site a proper name always opens
    (``named_site_suffixes``) after two to four characters that jieba cut into a single character and a
    noun (the single one may be an adjective opening the name: 红/石崖), or into a river's two characters
    (a single one before a river word of ``geo_endings``), is named by a word it does not know.
    A kind, a size or a qualifier (大中型, 山区/小, 病险, 全县) names none."""
    p = gz.patterns
    if suffix not in p.named_site_suffixes or not 2 <= len(toks) <= 3 or not 2 <= sum(len(t.text) for t in toks) <= 4:
        return False
    single = False
    for i, t in enumerate(toks):
        w, tag = t.text, t.tag or ""
        if (w in p.generic_modifiers or w in gz.generic_words or w in p.strip_prefixes or w in p.walk_stop_words
                or w in p.area_words or tag == "paren" or not all("\u4e00" <= c <= "\u9fff" for c in w)):
            return False
        if len(w) == 1:
            river = i + 1 < len(toks) and len(toks[i + 1].text) == 1 and toks[i + 1].text in p.geo_endings
            # 红/石崖 景区: a colour jieba reads as an adjective, opening a noun of two or more
            coloured = tag == "a" and i == 0 and i + 1 < len(toks) and len(toks[i + 1].text) >= 2
            if not (tag in _SPLIT_NAME_TAGS or river or coloured):
                return False  # 山区/小 水库: a size, no name
            single = True
        elif tag not in NOUN_TAGS and tag not in _SPLIT_NAME_TAGS:
            return False  # a verb or an adjective of two characters
    return single

def _designated_site(gz: Gazetteer, toks: list[Tok]) -> bool:
    """清凉/峰/国家级 自然保护区: a national or provincial grade right before the suffix, after a
    word jieba takes for a proper name, marks a site designated by that name (the grade alone,
    国家级自然保护区, or after common words, names none)."""
    return (len(toks) >= 2 and toks[-1].text in gz.patterns.designation_grades
            and any((t.tag or "") in _PROPER_WORD_TAGS or t.text in gz.places for t in toks[:-1]))


def _trade_town(gz: Gazetteer, toks: list[Tok], suffix: str) -> bool:
    """晋江 国际 鞋纺 城, 中国 茶 城: a market or hub named 城 holds a trade after its place; the word
    right before 城 is no place and the name has a word of content besides the places."""
    last = toks[-1]
    if last.text in gz.places or last.tag == "ns" or last.text + suffix in gz.generic_words:
        return False  # (红塔区老/城: a part of the town)
    return any(t.text not in gz.places and t.text not in gz.patterns.place_words and t.tag != "paren"
               and t.text not in gz.patterns.generic_modifiers and t.text not in gz.generic_words
               for t in toks)


def _firm_phase(gz: Gazetteer, toks: list[Tok], suffix: str) -> bool:
    """A phase of works named by a firm (某药业集团二期): the firm's suffix vouches for the name
    as it would for the firm alone."""
    p = gz.patterns
    return (len(toks) >= 2 and _phase_re(p.phase_heads).fullmatch(suffix) is not None
            and toks[-1].text.endswith(p.org_strong) and has_content(gz, toks[:-1]))


def _local_office_end(gz: Gazetteer, text: str, e: int) -> int:
    """Where a body's office named by a place right after its name ends (中国某协会 | 湛江 | 办事处),
    or ``e`` when none follows (entity_patterns.yaml local_office_heads)."""
    for k in (4, 3, 2):
        if text[e:e + k] in gz.places and text.startswith(gz.patterns.local_office_heads, e + k):
            head = next(h for h in gz.patterns.local_office_heads if text.startswith(h, e + k))
            return e + k + len(head)
    return e


_CAMPUS = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")


def _campus_end(gz: Gazetteer, text: str, e: int) -> int:
    """中国石油大学（华东）, 哈尔滨工业大学（深圳）: a place in brackets right after a body's name
    tells which of its seats is meant, and belongs to the mention (the name keeps no aside)."""
    m = _CAMPUS.match(text, e)
    return m.end() if m is not None and m.group(1) in gz.raw_places else e


def _place_word(gz: Gazetteer, word: str) -> bool:
    """A place (太原, 滇池) or a river, lake or mountain named by its ending (牛栏江, 析城山). Beside a
    dash and another place, a place name that is also a common word counts too (古交, jieba's b)."""
    return len(word) >= 2 and (word in gz.raw_places or word.endswith(gz.patterns.geo_endings))


def _route_start(gz: Gazetteer, text: str, lo: int, s: int) -> int:
    """牛栏江—滇池补水工程, 德阳—阿坝—若尔盖输电通道: a work between places joined by a dash
    is named by all of them; the dash (a HARD mark) stopped the walk at the last one."""
    p = gz.patterns
    for _ in range(3):
        if s - 1 <= lo or text[s - 1] not in p.route_dashes:
            break
        if not any(_place_word(gz, text[s:s + k]) for k in range(2, 6)):
            break  # the name after the dash starts with no place: 2020—2025年…
        left = strip_front(gz, walk_left(gz, text, lo, s - 1))
        if not left or not (_place_word(gz, text[left[0].start:s - 1]) or _route_village(gz, text, left[0].start, s - 1)):
            break
        s = left[0].start
    return s


def _route_village(gz: Gazetteer, text: str, a: int, b: int) -> bool:
    """某坝—某镇茶旅公路: a village (2 to 4 characters with a village's ending) at a route's
    far end, opening its clause, counts as a place beside the dash."""
    return (2 <= b - a <= 4 and text.endswith(gz.patterns.route_place_endings, a, b)
            and (a == 0 or text[a - 1] in HARD))


def site_works_end(gz: Gazetteer, text: str, e: int) -> int:
    """Where the works on the site ending at ``e`` end (e itself when none follow): a
    section, an object, the works, a phase and a head (entity_patterns.yaml site_works_words)."""
    p = gz.patterns
    m = _site_works_re(p.site_works_words, p.phase_heads, p.site_sections).match(text, e)
    if m is None:
        return e
    if m.group("section"):
        return m.end()
    obj = m.group("obj")
    if any(c in p.road_name_stop_chars for c in obj) or any(w in obj for w in _stop_endings(gz)):
        return e  # 对某道路实施拓宽: a verb before the works, which are the clause's action
    if m.group("head") or m.group("phase"):
        return m.end()
    # no head: the works end the name only at a mark (某港区航道扩建、…), not before a
    # word that makes them the clause's verb (改造为示范点, 扩建拖了两年)
    # (or before a conjunction joining the next name: 某路改造和某大桥工程, or an adverb that makes
    # the works the clause's subject: 某高速公路扩容已完成可研)
    return m.end() if (m.end() >= len(text) or not _cjk(text[m.end()])
                       or text.startswith(p.name_joiners, m.end())
                       or text.startswith(p.works_subject_adverbs, m.end())) else e



def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


@functools.lru_cache(maxsize=4)
def _site_works_re(works: tuple[str, ...], heads: tuple[str, ...], sections: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?P<section>{alternation(sections)})|(?:[\u4e00-\u9fff]{{1,3}}段)?(?P<obj>[\u4e00-\u9fff]{{0,4}}?)"
                      rf"(?:{alternation(works)})(?P<phase>[一二三四五六七八九十0-9]期)?(?P<head>{alternation(heads)})?")


@functools.lru_cache(maxsize=4)
def _owner_re(levels: tuple[str, ...], kinds: tuple[str, ...]) -> re.Pattern[str]:
    """区属国企, 镇属国有企业, 国有: a firm's owner before its name (``firm_owner_levels``, ``firm_owner_kinds``)."""
    return re.compile(rf"(?:(?:{alternation(levels)})属)?(?:{alternation(kinds)})")


@functools.lru_cache(maxsize=4)
def _phase_re(heads: tuple[str, ...]) -> re.Pattern[str]:
    """A project's phase after its name (二期, 一期工程)."""
    return re.compile(rf"[一二三四五六七八九十0-9]期(?:{alternation(heads)})?")
