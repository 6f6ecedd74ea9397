"""The checks a walked name passes before it is a candidate (:func:`checked`) and their tests:
places alone, joiners, proper words before a site, works ends, campuses, routes."""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer
from loaders.mentions.suffix.table import word_set
from loaders.mentions.suffix.works import owner_re, phase_re, site_works_end
from loaders.mentions.walker import (HARD, NOUN_TAGS, Tok, common_split, has_content, has_evidence, holds_other_type,
                                     name_ok, policy_category, strip_front, tokens, walk_left)
from loaders.places import place_words
from loaders.resolve import Candidate, clean_name

__all__ = ["ORDINAL_END", "checked", "institution_works_end", "SPLIT_NAME_TAGS"]


#: an ordinal (第二, 第十一) ending where a plant's kind starts
ORDINAL_END = re.compile(r"第[一二三四五六七八九十]{1,3}$")
_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")
_DIGITS = re.compile(r"[0-9０-９]+")


#: a bracket, full-width or not, open or closed
_BRACKET = re.compile(r"[（(）)]")


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




def _school_by_street(gz: Gazetteer, toks: list[Tok], suffix: str) -> bool:
    """人民路小学, 某某路初级中学: a school named by the street it stands on (the street's name and its
    street word, two tokens or more) is a name, whatever jieba makes of the words (session 26)."""
    p = gz.patterns
    return (suffix in p.built_school_suffixes and len(toks) >= 2 and toks[-1].text in p.street_suffixes
            and sum(len(t.text) for t in toks) >= 3)


def checked(gz: Gazetteer, typ: str, strong: bool, toks: list[Tok], text: str, e: int,
             suffix: str, counties: frozenset[str] = frozenset()) -> Candidate | None:
    if typ == "Organization" and strong and suffix in gz.patterns.kind_firm_suffixes and _kind_of_firm(gz, toks):
        return None  # 环卫公司, 街区运营公司: a firm named by its trade or its job alone is a kind of firm
    ok = has_content(gz, toks) if strong else (has_evidence(gz, toks, tags_count=typ == "Organization")
                                               or (toks[0].text in counties
                                                   # 平乐中学: a county's school or clinic by its short name
                                                   and (len(toks) >= 2 or suffix in gz.patterns.institution_org_suffixes))
                                               or _firm_phase(gz, toks, suffix)
                                               or _school_by_street(gz, toks, suffix)
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
    if typ == "Project" and text.startswith(gz.patterns.facility_tiers, toks[0].start, e):
        return None  # 镇级某某服务站, 县级养老服务中心: a tier of a kind of facility, none named
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
    if typ == "IndustryChain":
        zones = place_words()["office_zone"]  # (read once, not per word)
        if all(t.text in gz.places or t.text.endswith(zones) for t in toks if t.tag != "paren"):
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
    if _BRACKET.search(text, s, e) is not None:  # (most names hold none: one search, not four rfinds)
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
        m = owner_re(p.firm_owner_levels, p.firm_owner_kinds).match(text, s, e)
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
    if typ == "Project" and text[s].isdigit() and (d := _DIGITS.match(text, s, e)) is not None \
            and text.startswith(p.count_measures, d.end(), e):
        return None  # 800套人才公寓: a count of units of a kind (the digits are no name's), not one site
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
    works = institution_works_end(gz, text, e, suffix) if typ == "Organization" else e
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
        m = phase_re(p.phase_heads).match(text, e)
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


def institution_works_end(gz: Gazetteer, text: str, e: int, suffix: str) -> int:
    """Where works with a head (扩建工程, 改造项目) after a school's or hospital's name end, or ``e``."""
    if suffix not in word_set(gz, "institution_org_suffixes"):
        return e
    p = gz.patterns
    works = site_works_end(gz, text, e)
    if works > e and text.endswith(p.phase_heads, e, works):
        return works
    for word in p.institution_building_words:  # (longest first)
        if text.startswith(word, e):
            # 某市中医院门诊综合楼建成后, 某中学教学楼改造工程: a building of the institution named by it
            # is works on it, a project; its own works and head after it are its name's
            end = e + len(word)
            return max(end, institution_works_end(gz, text, end, suffix) if text.startswith(p.site_works_words, end)
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
    strong = word_set(gz, "project_strong")
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
SPLIT_NAME_TAGS = frozenset({"n", "ng", "ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "zg", "g", "x", ""})


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
            if not (tag in SPLIT_NAME_TAGS or river or coloured):
                return False  # 山区/小 水库: a size, no name
            single = True
        elif tag not in NOUN_TAGS and tag not in SPLIT_NAME_TAGS:
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
    return (len(toks) >= 2 and phase_re(p.phase_heads).fullmatch(suffix) is not None
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


#: jieba's tags of common words (nouns, verbs, adjectives, distinguishers, abbreviations, idioms, places
#: by their kind: 街区 is s)
_COMMON_TAGS = frozenset({"n", "vn", "v", "a", "b", "j", "l", "an", "vd", "ad", "s"})


def _kind_of_firm(gz: Gazetteer, toks: list[Tok]) -> bool:
    """环卫公司, 街区运营公司, 小/微 企业 专营 支行: one to three common words before a firm's kind word
    (``kind_firm_suffixes``: 公司, 支行), no place, no name the data know, no character jieba split
    off a word it does not know (but a common word it split, ``split_common_words``: 小/微), name a
    kind of firm or branch, none in particular."""
    i = words = 0
    while i < len(toks):
        k = common_split(gz, toks, i)
        if k:
            i += k
        else:
            t = toks[i]
            if not (len(t.text) >= 2 and (t.tag or "") in _COMMON_TAGS and t.text not in gz.places
                    and t.text not in gz.automaton):
                return False
            i += 1
        words += 1
    return 1 <= words <= 3
