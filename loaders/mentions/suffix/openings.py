"""Where a name before a suffix opens: a plant's number, a position word, joined trades or
bodies, a firm's words and its registered name, a one-character split name."""

from __future__ import annotations

import dataclasses

from loaders.gazetteer import Gazetteer
from loaders.mentions.suffix.checks import ORDINAL_END, SPLIT_NAME_TAGS
from loaders.mentions.suffix.table import suffix_info, suffix_re, word_set
from loaders.mentions.walker import HARD, Tok, has_content, has_evidence, strip_front, tokens, walk_left, window_start
from loaders.places import place_words
from loaders.resolve import Candidate, clean_name

__all__ = ["plant_number", "affiliated", "joined_trades", "begins_longer_word", "joined_disciplines",
           "place_institution", "position_opening", "place_opening", "split_name", "with_firm_words", "registered_name"]


#: the numerals an ordinal (第二, 第十一) ends with
_ORDINAL_DIGITS = frozenset("一二三四五六七八九十")


def plant_number(gz: Gazetteer, text: str, lo: int, first: int) -> Tok | None:
    """第二热源厂替代项目, 第三水厂扩建工程: an ordinal right before a plant of a kind a city numbers
    (``numbered_plant_kinds``) opening the walk's name is the plant's name, as a place's would be (the walk
    stops at a numeral, strip_front drops one; a count, 两个污水处理厂, names none). The ordinal as a
    token, or None."""
    if first - 2 < lo or text[first - 1] not in _ORDINAL_DIGITS:
        return None  # (most names: no ordinal's numeral before them, one character test)
    if not text.startswith(gz.patterns.numbered_plant_kinds, first):
        return None
    m = ORDINAL_END.search(text, max(lo, first - 4), first)
    return Tok(m.group(), m.start(), "m") if m is not None else None


def affiliated(gz: Gazetteer, toks: list[Tok]) -> bool:
    """某医科大学附属某医院, 某师范大学附属中学: a hospital or a school affiliated to a university or
    a college the walk names is a body, whatever verb follows it (affiliation_marks after a strong
    organisation ending)."""
    marks, owners = gz.patterns.affiliation_marks, gz.patterns.org_strong
    for i in range(1, len(toks)):  # (a loop: asked per weak organisation suffix hit)
        if toks[i].text in marks and toks[i - 1].text.endswith(owners):
            return True
    return False


def joined_trades(gz: Gazetteer, text: str, lo: int, cand: Candidate) -> Candidate:
    """汽车及零部件产业链, 钛及钛合金产业链, 氢能和储能装备产业集群: one chain named by two trades
    joined by 及/和/与 (``name_joiners``); the walk stopped at the joiner. The trade before it (up
    to six characters, a content word) joins the name; a run that is a name of its own
    (精细化工产业链和新材料产业链: two chains) or a kind of work (招商引资和…) does not, nor the
    last of a list of bare trades (电子、汽车和新材料产业链), unless the list's items are whole
    chains (集成电路产业链、汽车及零部件产业链)."""
    p = gz.patterns
    s = cand.start
    if not text.endswith(p.name_joiners, lo, s):
        return cand  # (most chains: one C-level test, no generator over the joiners)
    joiner = next(j for j in p.name_joiners if text.endswith(j, lo, s))
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


def begins_longer_word(gz: Gazetteer, text: str, ss: int, e: int, hi: int, suffix: str) -> bool:
    """A weak suffix at ``text[ss:e]`` begins a longer word (中心城市, 中心城区): a compound of the
    data, or with the one or two characters after it (before ``hi``) a word jieba knows."""
    p = gz.patterns
    # (the compounds and joined words that may stand at ss, where the suffix does: most suffixes have none)
    info = suffix_info(gz).get(suffix)
    compounds, joined = (p.suffix_compounds, p.suffix_joined_words) if info is None else (info.compounds, info.joined)
    if compounds and text.startswith(compounds, ss):
        return True
    if joined and text.startswith(joined, ss):
        return False  # 某堤防工程建设进度: jieba's 工程建设 joins the works' name to what is said of them
    # (城 begins many words, 城建 of 鞋纺城/建设 too: the boundary check decides)
    if suffix in p.trade_town_suffixes:
        return False
    tags = gz.tags()
    return (((e + 1 <= hi and text[ss:e + 1] in tags) or (e + 2 <= hi and text[ss:e + 2] in tags))
            and not text.startswith(p.words_after_names, e))


def joined_disciplines(gz: Gazetteer, text: str, lo: int, toks: list[Tok]) -> list[Tok]:
    """中国科学院长春光学精密机械 与 物理研究所, 某大学食品科学 与 工程学院: an institute or lab named
    by two fields joined by 与; the walk stopped at 与, and the run before it, with a proper name in
    it, is the name's beginning (a run with none is the clause's: 加强企业 与 高校研究院合作)."""
    s = toks[0].start
    if s - 1 <= lo or text[s - 1] not in "与與":
        return toks
    if toks[0].text in gz.places:
        return toks  # 某药企 与 宣城中医药学院: a place right after 与 opens a name of its own (session 23)
    left = strip_front(gz, walk_left(gz, text, lo, s - 1))
    if not left or sum(len(t.text) for t in left) < 2 or not has_evidence(gz, left, tags_count=True):
        return toks
    run = text[left[0].start:s - 1]
    if run.endswith(tuple(suffix_re(gz)[1])) or run in gz.automaton:
        return toks  # 星澜实验室 与 云岭大学, 华为 与 某某通信公司: two names joined, each its own
    if run.endswith(gz.patterns.government_endings) or run.endswith(gz.patterns.joined_party_endings):
        return toks  # 会同人社部门 与 某农业大学, 市科技局 与 某研究院: a body joined to the name, no field of it
    return [*left, Tok(text[s - 1], s - 1, "c"), *toks]


def place_institution(gz: Gazetteer, toks: list[Tok], suffix: str, counties: frozenset[str] = frozenset()) -> bool:
    """A hospital, school or broadcaster opened by a place (渝北区人民医院, 新墙镇中心学校):
    a known place of three or more characters, a city's short name (潍坊 of 潍坊市; not
    城区, 城东: a district so named is also a word for part of any town), or a town's name
    (three or more characters ending in 镇 or 乡)."""
    if suffix not in word_set(gz, "institution_org_suffixes") or not toks:
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


def position_opening(gz: Gazetteer, text: str, lo: int, toks: list[Tok], suffix: str) -> list[Tok]:
    """上/坊 古镇, 下/某 古镇 夜游 提升 项目: the walk stopped at a position character (上, 下, 前 …: jieba's f)
    right before one name character of an old town's name (``old_town_words``, the suffix or a word of
    the walk); where the position character opens its clause (after a mark or a one-character stop word)
    it is the name's first character."""
    p = gz.patterns
    s = toks[0].start
    if (s - 1 < lo or text[s - 1] not in p.front_position_chars or (toks[0].tag or "") not in SPLIT_NAME_TAGS
            or not (suffix in p.old_town_words or (len(toks) > 1 and toks[1].text in p.old_town_words))):
        return toks
    if not (s - 2 < lo or text[s - 2] in HARD or text[s - 2] in p.walk_stop_words):
        return toks
    return [Tok(text[s - 1], s - 1, "f"), *toks]


def place_opening(gz: Gazetteer, text: str, lo: int, toks: list[Tok]) -> list[Tok]:
    """、上/栗 经济开发区: jieba cut a place's first character off as a word the walk stops at (上, a
    position; 任, 两, 顺 …), leaving one character of the place to open the name. Where the cut-off
    character opens its clause or list item (after a mark or a one-character stop word) and the two make
    a place of the gazetteer, it opens the name (session 23)."""
    s = toks[0].start
    if s - 1 < lo or text[s - 1] in HARD or text[s - 1:s + 1] not in gz.places:
        return toks
    if not (s - 2 < lo or text[s - 2] in HARD or text[s - 2] in gz.patterns.walk_stop_words):
        return toks
    return [Tok(text[s - 1], s - 1, "ns"), *toks]


def split_name(gz: Gazetteer, text: str, lo: int, use: list[Tok]) -> list[Tok]:
    """A firm's one-character name is the end of a word jieba split (像/元/立 集团 is
    元立集团): the single character before it, no stop word, joins it."""
    s = use[0].start
    before = tokens(gz, text, max(lo, s - 4), s)
    if before and len(before[-1].text) == 1 and before[-1].start + 1 == s and before[-1].text.isalpha() \
            and before[-1].text not in gz.patterns.walk_stop_words:
        return [before[-1], *use]
    return use


def with_firm_words(gz: Gazetteer, text: str, lo: int, ss: int) -> list[Tok]:
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


def registered_name(gz: Gazetteer, text: str, lo: int, ss: int, suffix: str) -> list[Tok]:
    """A firm's registered name whose inner words would stop the walk (广东英/九/庄园…有限公司,
    思/必/驰科技股份有限公司, 山西晋缘电力化学清洗中心有限公司): the run of words before the suffix
    after its last stop word, particle or pronoun, when it opens with a place name, or, before a
    legal form, when it opens right after a mark (、，：) and holds no verb. Empty when none."""
    p = gz.patterns
    if suffix not in word_set(gz, "registered_name_suffixes"):
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
