"""One suffix hit's name (:func:`suffix_candidate`: the walk, its opening, each kind's checks),
and a tagger's organisation span checked as such a name (:func:`organization_suffix_name`)."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.mentions.suffix.checks import checked, institution_works_end
from loaders.mentions.suffix.openings import (affiliated, begins_longer_word, joined_disciplines, joined_trades,
                                              place_institution, place_opening, plant_number, position_opening,
                                              registered_name, split_name, with_firm_words)
from loaders.mentions.suffix.towns import town_opening
from loaders.mentions.walker import (CLOSE_Q, HARD, Tok, has_content, has_evidence, is_stop, name_ok, strip_front, tokens,
                                     walk_left)
from loaders.places import place_words
from loaders.resolve import Candidate, clean_name

__all__ = ["suffix_candidate", "organization_suffix_name"]


def suffix_candidate(gz: Gazetteer, text: str, lo: int, hi: int, ss: int, e: int, suffix: str,
                      kinds: list[tuple[str, bool]], *, counties: frozenset[str] = frozenset(),
                      towns: frozenset[str] = frozenset()) -> Candidate | None:
    any_strong = False
    for _, strong in kinds:  # (a loop: asked per suffix hit, a generator cost more than its test)
        if strong:
            any_strong = True
            break
    longer: bool | None = None  # begins_longer_word, asked once: weak kinds alone ask it here
    if not any_strong:
        longer = begins_longer_word(gz, text, ss, e, hi, suffix)
        if longer:
            return None  # every kind is weak and skipped below whatever the walk finds: no walk
    toks = strip_front(gz, walk_left(gz, text, lo, ss))
    if not toks and suffix in _CITY_NAMED:
        toks = _common_word_city(gz, text, lo, ss)
    if toks and (ordinal := plant_number(gz, text, lo, toks[0].start)) is not None:
        toks = [ordinal, *toks]  # 第二/热源厂 替代项目: the plant's number is its name
    if toks and towns:
        toks = town_opening(text, lo, toks, towns, gz.patterns.walk_stop_words)
    if toks and counties:
        toks = _county_opening(gz, text, lo, toks, counties)
    if toks and len(toks[0].text) == 1:
        toks = position_opening(gz, text, lo, toks, suffix)
    if toks and len(toks[0].text) == 1:
        toks = place_opening(gz, text, lo, toks)
    if toks and any_strong:
        toks = joined_disciplines(gz, text, lo, toks)
    if len(toks) > 2:
        toks = _after_hidden_stop(gz, toks)
    firm_suffix = ("Organization", True) in kinds
    firm = with_firm_words(gz, text, lo, ss) if firm_suffix else []
    registered = registered_name(gz, text, lo, ss, suffix) if firm_suffix else []
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
            if len(toks) > 1:
                owners = (gz.patterns.site_owner_endings if not suffix.endswith(gz.patterns.branch_institute_suffixes)
                          else gz.patterns.org_strong)
                places = gz.places
                firms = [i for i, t in enumerate(toks[:-1]) if toks[i + 1].text in places and t.text.endswith(owners)]
                if firms:
                    use = toks[firms[-1] + 1:]
            if typ == "IndustryChain" and len(use) > 1:
                # 某经开区 | 硅光伏 产业链: a zone before the trade is where the chain is, named on its own
                # (jieba may split the zone's word into characters: 经/开/区)
                a = use[0].start
                # (综保区 | 某某 产业链: the zone may open the name too)
                cut = max((at + len(z) for z in (*place_words()["office_zone"], *place_words()["chain_zone"]) if len(z) >= 3
                           and (at := text.rfind(z, a, ss)) >= a), default=-1)
                rest = [t for t in use if t.start >= cut] if cut > 0 else []
                if rest and rest[0].start == cut and has_content(gz, rest):
                    use = rest
        if (typ != "Organization" and len(use) > 1 and use[0].text == "大" and use[0].start > lo
                and text[use[0].start - 1] in gz.patterns.numeral_chars):
            use = use[1:]  # 三/大 某某产业集群: the count's 大 (三大, 五大), which jieba left apart
        if typ == "Organization" and strong:
            use = firm or use
            if len(use) == 1 and len(use[0].text) == 1:
                use = split_name(gz, text, lo, use)
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
            if not strong and not (place_institution(gz, use, suffix, counties) or e >= hi or text[e] in HARD
                                   or text.startswith(gz.patterns.weak_org_followers, e)
                                   or affiliated(gz, use)
                                   or institution_works_end(gz, text, e, suffix) > e):
                continue  # 某某科技创新: a trade word needs a word marking a firm after it
        if not strong and use[0].start > lo and text[use[0].start - 1] in CLOSE_Q:
            continue  # “粤商通”揭阳专区平台: a descriptor of the quoted name
        if not strong and (longer if longer is not None
                           else (longer := begins_longer_word(gz, text, ss, e, hi, suffix))):
            continue  # 渭南中心城市: the suffix begins a longer word (中心城市, 中心城区)
        if (typ == "Organization" and not strong and suffix in gz.patterns.trade_goods_suffixes
                and gz.tags().get(text[use[0].start:e]) not in (None, "nz", "nt")):
            continue  # 保健食品, 绿色食品: a kind of goods jieba knows as one word, no firm's name
        cand = checked(gz, typ, strong, use, text, e, suffix, counties)
        if cand is not None and typ == "IndustryChain":
            cand = joined_trades(gz, text, lo, cand)
        if cand is not None:
            return cand
    return None


#: suffixes of bodies a prefecture names (大同大学, 长治学院: fallbacks.UNIVERSITY_WORDS, which imports this module)
_CITY_NAMED = ("大学", "学院")


def _common_word_city(gz: Gazetteer, text: str, lo: int, ss: int) -> list[Tok]:
    """与/大同/大学: a prefecture whose short name is also a common word (places_common_words.txt:
    jieba reads 大同 as an adverb, which ends the walk) names the university right after it. The
    word before the place must end a clause or be a function word (全国大同: no city)."""
    for k in (3, 2):
        a = ss - k
        if a < lo or text[a:ss] not in gz.raw_places or text[a:ss] in gz.places:
            continue
        if a == lo or text[a - 1] in HARD or text[a - 1] in gz.patterns.walk_stop_words:
            return [Tok(text[a:ss], a, "ns")]
    return []


def _county_opening(gz: Gazetteer, text: str, lo: int, toks: list[Tok], counties: frozenset[str]) -> list[Tok]:
    """依托/安化/黑茶产业园: the walk stopped right after a word of the report's own county's short name
    that jieba reads as a verb (安化); the county opens the site's name."""
    s = toks[0].start
    for k in (3, 2):
        a = s - k
        if a < lo or text[a:s] not in counties:
            continue
        words = gz.cut(text[max(lo, a - 4):s])
        if words and words[-1] == text[a:s]:
            return [Tok(text[a:s], a, "ns"), *toks]
    return toks


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


def _after_hidden_stop(gz: Gazetteer, toks: list[Tok]) -> list[Tok]:
    """某某路由/某市/交投 集团: a word of two characters ending in a one-character stop word (由, 在, 与 …)
    that jieba joined to the character before it (路由, a word of its own) right before a place of the
    gazetteer: the stop word ends the clause before the name, which starts at the place."""
    stops = gz.patterns.walk_stop_words
    for i in range(len(toks) - 1, 0, -1):
        w = toks[i - 1].text
        if toks[i].text in gz.places and len(w) == 2 and w[1] in stops and w not in gz.places:
            return toks[i:]
    return toks
