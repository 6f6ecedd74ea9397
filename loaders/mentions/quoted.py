"""Quoted names: “揭榜挂帅”机制, “园区贷”, “龙宫号”, “11+8”产业链 and their kind.

A quoted phrase is a name only when its ending or its context says which kind:
a tool ending (贷, 制, 计划 …) or cue (…机制, 推行“…”), a project ending or a
whole project name inside the quotes, a chain word after it. Outcomes
(实现“零成本”) and problems (“一床难求”的现象) are not names.
"""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer
from loaders.mentions.suffix import suffix_candidate, suffix_re
from loaders.mentions.codes import CODE, chain_head_after
from loaders.mentions.walker import (HARD, MAX_RUN, contains_dict_form, has_content, is_stop, name_ok, policy_category,
                                     strip_front, tokens, walk_left)
from loaders.resolve import Candidate, clean_name

__all__ = ["quoted_candidates", "warm_up", "may_find"]

_QUOTED = re.compile(r"“([^“”\n]{1,40})”")
# single quotes, most often nested inside a quoted answer: 建立‘一梯一档’系统
_QUOTED_INNER = re.compile(r"‘([^‘’“”\n]{1,40})’")
# straight single quotes, as a page typed on an ASCII keyboard writes the inner ones (推行'某某进园区'):
# words only between them, so that an apostrophe of Latin text pairs with nothing
_QUOTED_STRAIGHT = re.compile(r"'([\u4e00-\u9fff0-9A-Za-z+＋、—]{2,20})'")


#: trades joined by dashes (装备—材料—电子): two to five words of two to four characters
_DASHED_TRADES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[—–－-][\u4e00-\u9fff]{2,4}){1,4}")

#: a code of digits alone (33618, 4567): three to six of them
_DIGIT_CODE = re.compile(r"[0-9]{3,6}")


def _after_quotes(text: str, pos: int, hi: int) -> int:
    """Skip further quoted names and list separators after a closing quote (at most
    :data:`MAX_RUN` of them, so a long run of quotes costs linear time)."""
    for _ in range(MAX_RUN):
        if pos >= hi:
            break
        if text[pos] in "、和及与" and pos + 1 < hi and text[pos + 1] == "“":
            pos += 1
        if pos < hi and text[pos] == "“":
            close = text.find("”", pos + 1, min(hi, pos + 43))
            if close < 0 or close - pos > 42:
                break
            pos = close + 1
            continue
        break
    return pos


def _policy_cue_follows(gz: Gazetteer, text: str, pos: int, hi: int) -> bool:
    p = gz.patterns
    pos = _after_quotes(text, pos, hi)
    rest = text[pos:min(hi, pos + 20)]
    if rest.startswith("等"):
        # “应享尽享、应补尽补”“拿地即开工”等12条惠企暖企具体举措
        m = re.match(rf"等[^，。；：！？“”\n]{{0,12}}?({'|'.join(map(re.escape, p.policy_group_heads))})", rest)
        if m:
            return True
        rest = rest[1:]
    for mod in ("", *p.policy_cue_modifiers):
        if rest.startswith(mod) and any(rest[len(mod):].startswith(c) for c in p.policy_cues):
            return True
    return (_gap_head_re(p.policy_gap_heads).match(rest) is not None
            or _far_head_re(p.policy_far_gap_heads).match(rest) is not None)


@functools.lru_cache(maxsize=8)
def _far_head_re(heads: tuple[str, ...]) -> re.Pattern[str]:
    """A campaign head after five to eight characters of its kind (专题视察调研活动), words only."""
    return re.compile(rf"[\u4e00-\u9fff]{{5,8}}?(?:{'|'.join(map(re.escape, heads))})")


@functools.lru_cache(maxsize=8)
def _gap_head_re(heads: tuple[str, ...]) -> re.Pattern[str]:
    """A tool head after at most four characters of modifiers (工作推进, 四步, 闭环监督,
    的互动), which hold no punctuation and no further quote."""
    alt = alternation(heads)
    return re.compile(rf"的?[\u4e00-\u9fff]{{0,4}}?(?:{alt})")


def _problems_follow(gz: Gazetteer, text: str, pos: int, hi: int) -> bool:
    """A run of quotes closed by 等问题 (等难题, 等方面的问题): the quotes are the issues raised."""
    pos = _after_quotes(text, pos, hi)
    return _problems_re(gz.patterns.problem_words).match(text, pos, hi) is not None


@functools.lru_cache(maxsize=8)
def _problems_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"等(?:[^，。；：！？“”\n]{{0,4}}?的)?(?:{'|'.join(map(re.escape, words))})")


def _noun_gap_then_suffix(gz: Gazetteer, text: str, pos: int, hi: int) -> bool:
    """“粤商通”揭阳专区平台: nouns only between the quote and a project suffix."""
    p = gz.patterns
    end = pos
    while end < hi and end - pos < 12 and text[end] not in HARD:
        end += 1
    if end == pos:
        return False
    suffixes = [s for s in (*p.project_strong, *p.project_weak) if s != "项目"]
    pos_end = pos
    for tok in tokens(gz, text, pos, end):
        if is_stop(gz, tok, None, None):
            return False
        pos_end = tok.start + len(tok.text)
        head = text[pos:pos_end]
        if any(head.endswith(s) for s in suffixes):
            if head.endswith(p.not_name_endings):
                return False  # “定制公交”线路, “微循环”道路: a common word that ends like a road
            after = text[pos_end:pos_end + 2]
            return not after.startswith(p.descriptor_heads)
    return False


def _app_named(gz: Gazetteer, text: str, name: str, before: str, after: int, hi: int) -> bool:
    """“玉溪通”APP, 登录“X”, 通过“渝快办”查看, 在“海易办”上填报: an app or portal the city runs,
    named by how it is used (a numbered slogan, 在“最后一公里”上下功夫, is none)."""
    p = gz.patterns
    if name in p.app_names:
        return True  # 依托“浙里办”某市分厅: a province's government app, whatever words stand around it
    lead = next((w for w in p.app_place_leads if name.startswith(w)), None)
    if lead is not None and name[len(lead):] in gz.raw_places:
        return True  # 依托“一码游黔东南”开设专区: a tourist app named by the place it covers
    if name.endswith(p.account_owner_endings):
        return False  # “某某人大”微信公众号: a body's account the report was posted on
    if text.startswith(p.project_app_heads, after, hi):
        # (“一梯一档”系统: one X, one Y names a rule whose records the system keeps, a tool)
        return not (len(name) == 4 and name[0] == name[2] and name[0] in p.policy_slogan_chars)
    if not 3 <= len(name) <= 6 or any(c in p.policy_slogan_chars for c in name):
        return False
    if not name.endswith(p.policy_name_endings) and _described_app_head(gz, text, after, hi):
        return True  # “绵州通”掌上平台, “牡俄通”跨境贸易服务平台: the app and what it serves, then its head
    return (before.endswith(p.app_lead_words)
            or (before.endswith("通过") and text.startswith(p.app_use_verbs, after, hi))
            or (before.endswith("在") and text.startswith("上", after, hi) and not text.startswith("上下", after, hi)
                and _bare_zai(gz, before)))


#: what may stand between a quoted app's name and its head: a few characters, no mark
_APP_DESCRIPTOR = re.compile(r"[\u4e00-\u9fff]{1,8}")
#: jieba tags of the words that never describe an app (function words, numerals, time, position)
_NOT_DESCRIPTOR_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "d", "ad", "r", "y", "e", "o", "t", "tg",
                        "x", "m", "mq", "q", "f"}


def _described_app_head(gz: Gazetteer, text: str, after: int, hi: int) -> bool:
    """A few words of what an app serves, then an app's head, right after its quoted name (“某某通”
    掌上平台, “某某通”跨境贸易服务平台): no function word, numeral or stop word of the walk among them
    and no verb of using or opening the app (“某某”上线平台 is none)."""
    p = gz.patterns
    m = _APP_DESCRIPTOR.match(text, after, hi)
    if m is None:
        return False
    run = m.group()
    head = next((h for h in sorted(p.project_app_heads, key=len, reverse=True)
                 if h in run and run.index(h) > 0), None)
    if head is None:
        return False
    desc = run[:run.index(head)]
    tags = gz.tags()
    for w in gz.cut(desc):
        if (w in p.walk_stop_words or w in p.platform_clause_verbs or w.startswith(p.app_lead_words)
                or w.startswith(p.app_use_verbs) or (tags.get(w) or "x") in _NOT_DESCRIPTOR_TAGS):
            return False
    return True


#: a count of kinds before a head (两类, 3条, 多款): 推出“A”“B”两类产品
_KIND_COUNT = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十几多]{1,3})[类种款条个项套]")


def _products_follow(gz: Gazetteer, text: str, after: int, hi: int) -> bool:
    """Whether the quote ending before ``after``, with any quotes right after it and a count of
    kinds, is followed by a word of goods or routes on sale (product_heads: 产品, 线路 …)."""
    heads = gz.patterns.product_heads
    pos = after
    for _ in range(MAX_RUN):  # (“A”“B”“C”: a run of quotes, each a product)
        if pos < hi and text[pos] == "“":
            close = text.find("”", pos + 1, min(hi, pos + 42))
            if close < 0:
                return False
            pos = close + 1
            continue
        break
    m = _KIND_COUNT.match(text, pos, hi)
    if m is not None:
        pos = m.end()
    return text.startswith(heads, pos, hi)


def _bare_zai(gz: Gazetteer, before: str) -> bool:
    """在 as the preposition of using an app (在“海易办”上填报), not the complement of a verb
    (落在“因病致贫”上, 体现在“X”上: jieba's 落/在 or one word 体现在)."""
    words = gz.cut(before)
    if not words or words[-1] != "在":
        return False
    return not (len(words) >= 2 and len(words[-2]) == 1 and (gz.tags().get(words[-2]) or "").startswith("v"))


def _industry_named(gz: Gazetteer, text: str, name: str, after: int, hi: int) -> bool:
    """“芯屏汽合”“急终生智”产业: a coined name (no numeral: “十五五”产业规划 is a period) right
    before 产业, or a run of such quotes before it, names the industries as a chain; not
    产业园, 产业基地 … (a site the quote heads), nor a process (“数实融合”产业发展)."""
    p = gz.patterns
    if not 3 <= len(name) <= 8 or any(c in p.policy_slogan_chars for c in name):
        return False
    last = gz.cut(name)[-1]
    if len(last) >= 2 and (gz.tags().get(last) or "").startswith("v"):
        return False  # “数实融合”产业发展: a process (融合), not the industries
    end = _after_quotes(text, after, hi)
    sites = _industry_sites(p.project_strong + p.project_weak)
    return text.startswith(p.industry_words_after_quote, end, hi) and not text.startswith(sites, end, hi)


@functools.lru_cache(maxsize=8)
def _industry_sites(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(s for s in suffixes if s.startswith("产业"))


_SITE_SUFFIXES: dict[str, tuple[str, ...]] = {}


def _site_suffixes(gz: Gazetteer) -> tuple[str, ...]:
    """The suffixes a quoted project's name may end with, longest first (sorted once per
    gazetteer, not per quote): those with a Project kind, but 项目 and the 城 of a trade town
    (“车谷芯城”: a coined 城 in quotes is a slogan's word, no market's name)."""
    got = _SITE_SUFFIXES.get(gz.digest)
    if got is None:
        table = suffix_re(gz)[1]
        got = _SITE_SUFFIXES[gz.digest] = tuple(
            s for s in sorted(table, key=len, reverse=True)
            if s not in gz.patterns.trade_town_suffixes and s != "项目" and any(t == "Project" for t, _ in table[s]))
    return got


def _quoted_suffix_name(gz: Gazetteer, text: str, qs: int, qe: int) -> bool:
    """“揭阳市海洋牧场科技创新中心”: the quote holds a whole name with a project suffix
    (the suffix rules must accept all of it: “成功创建国家高新区” is a goal, not a name)."""
    rx, table = suffix_re(gz)
    suffixes = _site_suffixes(gz)
    if not text.endswith(suffixes, qs, qe):
        return False  # (most quotes: one C-level test of every suffix)
    for suffix in suffixes:
        if text.endswith(suffix, qs, qe):
            if re.search(r"[+＋]", text[qs:qe]):
                return True  # “人工智能+安全园区”: a coined name
            cand = suffix_candidate(gz, text, qs, qe, qe - len(suffix), qe, suffix,
                                     [k for k in table[suffix] if k[0] == "Project"])
            if (cand is None and len(suffix) >= 2 and not text.endswith("的", 0, qs - 1)
                    and any(not strong for t, strong in table[suffix] if t == "Project")):
                # “科大硅谷”: the quotes mark a proper name, as a place would; a content word still needed
                # (是全州的“农业硅谷”: a likeness; “海上田园”: 园 too short a sign)
                toks = strip_front(gz, walk_left(gz, text, qs, qe - len(suffix)))
                return bool(toks) and toks[0].start == qs and has_content(gz, toks) and name_ok(gz, text[qs:qe])
            return cand is not None and cand.start == qs
    return False


def _brought_into(gz: Gazetteer, name: str) -> bool:
    """“送法进企业”, “送法进企业”, “文化进万家”: a campaign taking a service into the places
    it serves (at least two characters of what is brought, then 进 and a place word)."""
    i = name.rfind("进")
    return i >= 2 and name[i + 1:] in gz.patterns.brought_into_places


def _measure_after(gz: Gazetteer, name: str, i: int) -> bool:
    """Whether the numeral at ``i`` is followed by a measure word (“七个围绕”, “培育一批”), not
    by a word that only begins with a measure character (“一法一条例”: 条例, “一中心四平台”: 中心)."""
    j = i + 1
    if j >= len(name) or name[j] not in gz.patterns.slogan_measure_words:
        return False
    pos = 0
    for w in gz.cut(name):
        if pos == j:
            return len(w) == 1
        if pos > j:
            break
        pos += len(w)
    return True


_LONG_GENERIC: dict[str, tuple[str, ...]] = {}


def _long_generic(gz: Gazetteer) -> tuple[str, ...]:
    """The generic words of three or more characters, for one C-level startswith."""
    got = _LONG_GENERIC.get(gz.digest)
    if got is None:
        got = _LONG_GENERIC[gz.digest] = tuple(g for g in gz.generic_words if len(g) >= 3)
    return got


def _slogan(gz: Gazetteer, name: str) -> bool:
    """A numbered slogan (“五水共治”), not an enumeration (“七个围绕”, “培育一批”) nor a
    phrase whose numeral belongs to a common word (“辣味十足”)."""
    p = gz.patterns
    if not 3 <= len(name) <= 8 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return False
    if name.startswith(_long_generic(gz)):
        return False  # “一问一答一测评”: the inquiry's own format, extended
    if name.endswith("式"):
        return False  # “一站式”咨询, “一条龙式”: a manner of the service named after it, no programme
    tags = gz.tags()
    if tags.get(name) in ("i", "l"):
        return False  # an idiom (“一草一木”, “一模一样”): its numerals count nothing
    for w in gz.cut(name):
        if w in p.slogan_clause_words or (tags.get(w) or "x")[0] in "uy":
            return False  # “一关了之”, “一开办就是好学校”: a clause said, no programme named
    masked = name
    for w in p.numeral_words:
        masked = masked.replace(w, "_" * len(w))
    masked = _mask_proper_names(gz, masked)
    nums = [i for i, c in enumerate(masked) if c in p.policy_slogan_chars]
    if nums == [0, 2] and masked[0] == masked[2] and gz.tags().get(name) != "m":
        return True  # “一梯一档”, “一点一策”: one X, one Y — a pair, whatever X and Y measure (一点一滴 is a numeral word)
    return bool(nums) and not any(_measure_after(gz, name, i) for i in nums)


def _mask_proper_names(gz: Gazetteer, name: str) -> str:
    """``name`` with the places and people it names blanked out: their numerals count nothing
    (“三都澳大黄鱼” is a place's brand, “十堰汽车” a city's trade)."""
    tags, out = gz.tags(), []
    for w in gz.cut(name):
        # a two-character ns word may be a numbered pair itself (两湖, 两广): only the city table vouches for it
        proper = w in gz.places or (len(w) >= 3 and (tags.get(w) or "").startswith(("ns", "nr")))
        out.append("_" * len(w) if proper else w)
    return "".join(out)


def _short_slogan(gz: Gazetteer, name: str, text: str, after: int, hi: int) -> bool:
    """A two-character numeral slogan right before a word that makes it a programme:
    城镇“四改”工作, “双减”政策 (“两会”期间 is none)."""
    p = gz.patterns
    return (len(name) == 2 and name[0] in p.policy_slogan_chars and name[1] not in p.slogan_measure_words
            and name[1] not in p.policy_slogan_chars and "\u4e00" <= name[1] <= "\u9fff"
            and text.startswith(p.short_slogan_followers, after, hi))


# two to four short steps joined by 、 or + (“一号受理、分类转办”, “公司+基地+渔户”)
_PAIRED = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[、+＋][\u4e00-\u9fff]{2,6}){1,3}")
_PLUS_ITEMS = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[+＋][\u4e00-\u9fff]{2,8})+")


@functools.lru_cache(maxsize=8)
def _kind_after_re(modifiers: tuple[str, ...], kinds: tuple[str, ...]) -> re.Pattern[str]:
    """The kind right after a quoted tool (quoted_tool_kinds: 机制, 模式, 制度), after at most one word
    of how it works (quoted_tool_kind_modifiers: 协作, 联动 …)."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, modifiers))})?(?:{'|'.join(map(re.escape, kinds))})")


def _issued_charge(gz: Gazetteer, text: str, lo: int, qs: int, after: int, hi: int) -> bool:
    """省委“七个更大突破”部署, 胡岗提出了“三个一定”的要求: a charge issued by a leader or a
    committee, named by its quote (numbered or not)."""
    p = gz.patterns
    rest = text[after:min(hi, after + 5)]
    if not rest.startswith(p.issued_cues) and not (rest.startswith("的") and rest[1:].startswith(p.issued_cues)):
        return False
    before = text[max(lo, qs - 6):qs - 1]
    return before.endswith(p.issuer_words) or before.endswith(p.document_issuers)


@functools.lru_cache(maxsize=8)
def _way_re(words: tuple[str, ...]) -> re.Pattern[str]:
    # a word of kind may stand between: “标准地+承诺制”供地方式
    return re.compile(rf"的?[\u4e00-\u9fff]{{0,2}}?(?:{'|'.join(map(re.escape, words))})")


def _plus_way(gz: Gazetteer, name: str, text: str, after: int, hi: int) -> bool:
    """A coined combination of steps named as the way of working: “专题询问+满意度测评+
    跟踪问效”的方式 (a plain phrase before 的方式, “一问一答”, stays none)."""
    return _PLUS_ITEMS.fullmatch(name) is not None and _way_re(gz.patterns.way_words).match(text, after, hi) is not None


def _counted(gz: Gazetteer, name: str) -> bool:
    """“全国一张清单”, “一套机制”: a numeral and a measure word before the head count
    things; they do not name an instrument."""
    p = gz.patterns
    return any(c in p.policy_slogan_chars and _measure_after(gz, name, i) for i, c in enumerate(name))


@functools.lru_cache(maxsize=8)
def _package_re(numerals: frozenset[str], measures: tuple[str, ...]) -> re.Pattern[str]:
    nums = "".join(sorted(numerals))
    return re.compile(rf"[^{nums}\d]{{2,}}(?:[{nums}]{{1,3}}|\d{{1,3}})(?:{'|'.join(map(re.escape, measures))})")


def _package(gz: Gazetteer, name: str) -> bool:
    """“人才新政30条”, “科技城人才十条”: a package of measures named by its count, the count at
    the end (a numeral and ``policy_package_measures``) after a name of two or more characters."""
    p = gz.patterns
    return _package_re(p.policy_slogan_chars, p.policy_package_measures).fullmatch(name) is not None


def _bundle(gz: Gazetteer, name: str) -> bool:
    """“九个专项行动”, “十大民生工程”: a count of programmes named as one bundle, the count at
    the start and a programme word (``slogan_heads``) at the end."""
    p = gz.patterns
    return (name[0] in p.policy_slogan_chars and name.endswith(p.slogan_heads)
            and re.match(r".{1,2}?[个大项]", name) is not None and len(name) <= 10)


def _joined_known_tools(gz: Gazetteer, q: str) -> bool:
    parts = [x for x in re.split(r"[+＋]", q) if x]
    return len(parts) >= 2 and all(gz.entry_for("PolicyTool", clean_name(x, gz)) for x in parts)


def _describes_known_tool(gz: Gazetteer, text: str, after: int, hi: int) -> bool:
    """A quote followed by 的 and a known tool's name (“企业出题、科研答题”的揭榜挂帅机制,
    “研发在西安、转化在各市”的飞地经济模式) describes that tool: the tool is the mention. The
    caller asks it of quoted lists of clauses only: a one-phrase quote before 的 and a tool names
    a principle readers mark beside the tool (“以水养水”的水价改革)."""
    if not text.startswith("的", after, hi):
        return False
    window = text[after + 1:min(hi, after + 13)]  # a short slice: the automaton converts what it is given
    return any(end_idx + 1 == len(form) and any(gz.entries[idx].type == "PolicyTool" for idx, _ in targets)
               for end_idx, (form, targets) in gz.automaton.iter(window))


_OPENER = {"”": "“", "’": "‘"}


def _goal_then_known_tool(gz: Gazetteer, name: str) -> bool:
    """“力争年内实现拿地即开工”, “年底前全面推行一网通办”: a quote ending with a known tool's form
    right after a verb of reaching or applying it (goal_verbs, policy_lead_verbs) says what will be
    done with the tool; the tool is named, not the sentence."""
    p = gz.patterns
    last = len(name) - 1
    for end, (form, targets) in gz.automaton.iter(name):
        if end != last or len(form) >= len(name) or any(q for _, q in targets):
            continue
        if any(gz.entries[i].type == "PolicyTool" for i, _ in targets) \
                and name[:-len(form)].endswith((*p.goal_verbs, *p.policy_lead_verbs)):
            return True
    return False


def _words_before(text: str, lo: int, qs: int) -> str:
    """The four characters before the quote opening at ``qs - 1``, skipping a run of
    earlier quotes (推行“免申即享”和“X”: the verb of X is 推行; inside a quoted answer
    the run is of single quotes: 推出‘青易贷’‘X’)."""
    b, run = qs - 1, 0
    while b > lo and run < MAX_RUN and (text[b - 1] in _OPENER or (text[b - 1] in "、和及与" and b - 2 >= lo
                                                                     and text[b - 2] in _OPENER)):
        run += 1
        if text[b - 1] not in _OPENER:
            b -= 1
        opener = text.rfind(_OPENER[text[b - 1]], max(lo, b - 43), b - 1)
        if opener < 0:
            break
        b = opener
    return text[max(lo, b - 4):b]


_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9+＋]{2,12}")


def _enumeration(gz: Gazetteer, text: str, qs: int, qe: int) -> list[tuple[int, int]]:
    """The items of a quoted 、-list (“容缺受理、告知承诺、拿地即开工”), as spans;
    empty when the quote is not a list of two or more short names."""
    if "、" not in text[qs:qe]:
        return []
    items, pos = [], qs
    for part in text[qs:qe].split("、"):
        s, e = pos, pos + len(part)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if not _ITEM.fullmatch(text[s:e]):
            return []
        items.append((s, e))
    return items if len(items) >= 2 else []


def _measure_clauses(gz: Gazetteer, text: str, items: list[tuple[int, int]]) -> bool:
    """A quoted list of measures each told as a clause (“禁止秸秆露天焚烧、推广秸秆还田”等措施,
    “加强夜间巡查、严格追责问效”): an item as long as a slogan's longest one or longer that opens
    with a verb or an adverb is a sentence, and the list names no instrument (a slogan's items
    are short and set in pairs: “一窗受理、集成服务”, “应享尽享、应补尽补”)."""
    long_min = gz.patterns.applied_slogan_max_item_length
    tags = gz.tags()
    for s, e in items:
        if e - s < long_min:
            continue
        words = gz.cut(text[s:e])
        tag = tags.get(words[0]) or "" if words else ""
        if tag.startswith("v") or tag in ("a", "ad", "d"):
            return True
    return False


def _applied_slogan(gz: Gazetteer, text: str, lo: int, qs: int, items: list[tuple[int, int]], name: str) -> bool:
    """A quoted list of short clauses right after a verb of putting a rule in force (推行, 实行 …:
    policy_lead_verbs) names one rule (实行“一窗受理、一次办结”, 推行“提前申报、货到放行”) unless
    most parts are known tools; a clause with 在/负责 … (“研发在西安、转化在各市”) is a division of work."""
    p = gz.patterns
    after = items[-1][1] + 1
    known = sum(gz.entry_for("PolicyTool", clean_name(text[s:e], gz)) is not None for s, e in items)
    return (_words_before(text, lo, qs).endswith(p.policy_lead_verbs)
            and 2 <= len(items) <= p.applied_slogan_max_items
            and all(2 <= e - s <= p.applied_slogan_max_item_length for s, e in items)
            and not any(w in name for w in p.clause_words)
            # (“容缺受理、告知承诺、拿地即开工”: a list most of whose parts are known tools is one tool
            # per part, see _enumerated_tools; unless its clauses are set in parallel, each as long as
            # the others, as a rule's slogan is, one of them no known tool and none a known tool's own
            # name: 推行“一表申报、一次告知、限时办结” names one way of paying out, which readers mark whole,
            # where 推行“容缺受理、告知承诺、掌上审批” names national reforms by their names; session 25)
            and (2 * known <= len(items) or _parallel_slogan(gz, text, items, known))
            # (实行“村不漏户、户不漏草场”的网格化管护: the quote describes the way of a named work)
            and not text.startswith("的", after))


def _parallel_slogan(gz: Gazetteer, text: str, items: list[tuple[int, int]], known: int) -> bool:
    """Clauses of one length, some no known tool and none a known tool's canonical name, not closed
    by 等 (“…”等举措 lists measures): one rule's slogan, though some clauses are forms of known tools."""
    if len({e - s for s, e in items}) != 1 or known >= len(items) or text.startswith("等", items[-1][1] + 1):
        return False
    return not any((entry := gz.entry_for("PolicyTool", clean_name(text[s:e], gz))) is not None
                   and entry.name == clean_name(text[s:e], gz) for s, e in items)


def _enumerated_tools(gz: Gazetteer, text: str, lo: int, hi: int, qs: int, qe: int,
                      items: list[tuple[int, int]]) -> list[Candidate] | None:
    """One tool per item of a quoted list of tools: at least half of the items are known
    tools are more than half of the items (“容缺受理、告知承诺、拿地即开工”;
    “一口通办、科室联办” stays one quote). A list with no known tool is most often one
    slogan in several clauses (“企业家出题、科学家答题”, “一个专班、一个方案”): it is
    left to the rules for whole quotes. Known items are left to the dictionary; the
    others become tools unless they read as a clause (在, 负责, 统筹 …)."""
    p = gz.patterns
    known = [gz.entry_for("PolicyTool", clean_name(text[s:e], gz)) is not None for s, e in items]
    if 2 * sum(known) <= len(items):
        return None
    before = _words_before(text, lo, qs)
    out = []
    for (s, e), is_known in zip(items, known):
        name = clean_name(text[s:e], gz)
        if is_known or name in gz.automaton or not name_ok(gz, name) or len(name) < 3:
            continue
        if (name.endswith(p.problem_words) or before.endswith(p.goal_verbs)
                or any(w in name for w in p.clause_words)):
            continue
        out.append(Candidate("PolicyTool", s, e, name, "pattern", 1, policy_category(gz, name), None))
    return out


_TAIL = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _known_with_tail(gz: Gazetteer, text: str, q: str, qs: int, after: int, hi: int) -> Candidate | None:
    """“七五”普法, “三变”改革, “河长”制: the quotes hold only the first part of a known tool's
    name and its last word follows them; the tool is the quote with that word (the longest
    such name), as the dictionary would have found it written without the quotes."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", q):
        return None
    m = _TAIL.match(text, after, min(hi, after + 4))
    if m is None:
        return None
    for k in range(len(m.group()), 0, -1):
        entry = gz.entry_for("PolicyTool", q + text[after:after + k])
        if entry is not None:
            # the mention is the quote as written (“定时定点”投放: 定时定点), the entity the known tool;
            # a tail that is a known tool itself stays in the mention (“一事一议”财政奖补), and so does
            # a tail that names the tool's kind (“放管服”改革: readers write 放管服改革; a lone 制 stays out)
            tail = text[after:after + k]
            end = after + k if contains_dict_form(gz, tail) or tail in gz.patterns.known_tool_kind_tails else after
            # (“三旧”改造专项资金: a known tool's kind after the whole name goes into the mention, as the
            # dictionary's own hits keep it; readers write the tool with it or without)
            head = next((h for h in gz.patterns.known_tool_heads if text.startswith(h, after + k, hi)), None)
            if head is not None:
                end = after + k + len(head)
            return Candidate("PolicyTool", qs - 1, end, entry.name, "dict", 0, entry.category, entry)
    return None


@functools.lru_cache(maxsize=4)
def _problem_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    """A problem word (of 的) right after a quote: matched in place, not on a copy of the rest
    of the part (a long narrative part was copied once per quote: quadratic)."""
    return re.compile(rf"(?:的)?(?:{'|'.join(map(re.escape, words))})")


def may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds an opening quote mark: both patterns open with one, and
    most parts hold none."""
    return text.find("“", lo, hi) >= 0 or text.find("‘", lo, hi) >= 0 or text.find("'", lo, hi) >= 0


def quoted_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    out: list[Candidate] = []
    if not may_find(gz, text, lo, hi):
        return out
    quotes = sorted([*_QUOTED.finditer(text, lo, hi), *_QUOTED_INNER.finditer(text, lo, hi),
                     *(_QUOTED_STRAIGHT.finditer(text, lo, hi) if text.find("'", lo, hi) >= 0 else ())],
                    key=lambda m: m.start())
    for m in quotes:
        qs, qe = m.start(1), m.end(1)
        q = m.group(1).strip()
        if CODE.fullmatch(q) and chain_head_after(gz, text, qe, hi) >= 0:
            continue  # “1+5+N”现代产业体系: a chain code, see :mod:`.codes`
        if _DIGIT_CODE.fullmatch(q) and (end := chain_head_after(gz, text, qe, hi)) >= 0:
            # “33618”现代制造业集群体系, “4567”现代产业体系: a quoted code of digits alone names the chains
            # as one with a + does (unquoted, a number before a chain word is a count or a year)
            out.append(Candidate("IndustryChain", qs, end, q, "code", 0, None, None))
            continue
        if _DASHED_TRADES.fullmatch(q) and chain_head_after(gz, text, qe, hi) >= 0:
            # “装备—材料—电子”两大某某产业集群: trades joined by dashes before the chain word name the
            # chains as one (the count and the chain word after them name a chain of their own)
            out.append(Candidate("IndustryChain", qs, qe, q, "pattern", 1, None, None))
            continue
        if (known := _known_with_tail(gz, text, q, qs, qe + 1, hi)) is not None:
            out.append(known)
            continue
        name = clean_name(q, gz)
        items = _enumeration(gz, text, qs, qe)
        if items and _measure_clauses(gz, text, items) and not any(
                gz.entry_for("PolicyTool", clean_name(text[s:e], gz)) for s, e in items):
            continue  # 实行“禁止新增化肥使用、推广有机肥替代”等措施: measures told, no name
        if items and _applied_slogan(gz, text, lo, qs, items, name):
            # 实行“提前申报、货到放行”: a rule of several short clauses put in force is one tool
            out.append(Candidate("PolicyTool", qs, qe, name, "pattern", 1, policy_category(gz, name), None))
            continue
        split = _enumerated_tools(gz, text, lo, hi, qs, qe, items) if items else None
        if split is not None and (split or any(gz.entry_for("PolicyTool", clean_name(text[s:e], gz))
                                              for s, e in items)):
            out += split
            continue
        if not name_ok(gz, name) or gz.entry_for("PolicyTool", name) or name in gz.automaton:
            continue
        if any(c in q for c in p.speech_marks_in_quote):
            continue  # “用地够不够？审批快不快？”园区企业…: words said, no name
        if name.startswith(p.attitude_leads):
            continue  # “敢于监督”: a stance whatever word follows it
        if name.startswith(p.quote_clause_leads) and gz.cut(name)[0] in p.quote_clause_leads:
            continue  # “不会搞一刀切”, “决不让一户掉队”: a clause said with its negation, no name
        if "·" in name and name.split("·", 1)[0] in gz.generic_words:
            continue  # “人大代表问政·城市停车”: one session of the congress's own format, titled
        after = qe + 1
        if "，" in q and not _policy_cue_follows(gz, text, after, hi) and not text.startswith(p.quote_kind_heads, after, hi):
            continue  # “鼓励某某，把某某变成制度”。: a sentence quoted, no name (a cue after it names one:
            #           “某某，某某”专项工作)
        # “链长+链主+专班”工作机制, “标准地+承诺制”改革: steps joined by + that the text calls a
        # mechanism, a reform or a way are one coined tool, known parts or not
        joined_tool = _PLUS_ITEMS.fullmatch(name) is not None and (
            _policy_cue_follows(gz, text, after, hi) or _plus_way(gz, name, text, after, hi))
        if _joined_known_tools(gz, q) and not joined_tool:
            continue  # “标准地+承诺制”, alone: two known tools, the dictionary finds each
        # A known name inside the quote wins (“一口通办、专班负责” is 一口通办), unless the
        # quote is itself a tool name built on it (“专精特新贷” is not 专精特新) or the text
        # calls the whole quote a mechanism, rule or model.
        if _goal_then_known_tool(gz, name):
            continue  # “力争年内实现拿地即开工”: a goal set for a known tool, which the dictionary finds
        tool_ending = (any(name.endswith(x) for x in p.policy_name_endings) and (
            not _counted(gz, name) or _bundle(gz, name))) or _package(gz, name)
        # (the text's own kind right after the quote makes all of it the tool: “环保一票否决”制度)
        if (contains_dict_form(gz, q) and not tool_ending and not joined_tool
                and not text.startswith(p.quote_kind_heads, after, hi)
                and not text.startswith(p.project_app_heads, after, hi)):  # “兰陵随手拍”小程序
            continue
        if _problems_follow(gz, text, after, hi):
            continue  # “建立耕地保护补偿机制”“妥善处置生态退耕”等问题: what was asked for, not a tool
        if "、" in q and _describes_known_tool(gz, text, after, hi):
            continue  # “企业出题、科研答题”的揭榜挂帅机制: the quote's clauses tell how a known tool works
        before = _words_before(text, lo, qs)
        if _PLUS_ITEMS.fullmatch(name) is not None and _products_follow(gz, text, after, hi):
            # 推出“茶园+民宿”“茶园+研学”两类产品: things joined by + and sold together are products or routes,
            # no tool (a named product, ‘链上通’‘青禾贷’两款产品, may be one: left to the rules below)
            continue
        if (len(name) <= 4 and name.endswith("化") and not tool_ending and not joined_tool
                and not (p.policy_slogan_chars.intersection(name) and _policy_cue_follows(gz, text, after, hi))):
            # 实行“连锁化”托管: a manner of the work (…化), no name of a tool (“一制三化”审批制度改革: a numbered
            # slogan the text calls a reform is one)
            continue
        typ = None
        if joined_tool or _brought_into(gz, name):
            # “链主企业+配套园”模式: the cue names a way of working, whatever its last step;
            # “送法进企业”: a service brought into the places it serves, though it ends like a site
            typ = "PolicyTool"
        # “龙宫号” names a vessel; “代表挂号” ends with a word (挂号, 口号) that names none
        elif (any(name.endswith(x) for x in p.project_quoted_endings) and name[-2:] not in gz.tags()) \
                or _app_named(gz, text, name, before, after, hi) \
                or _quoted_suffix_name(gz, text, qs, qe) or (
                    text.startswith(p.project_quoted_heads, after, hi)
                    and name.endswith((*p.project_strong, *p.project_weak))):  # “…提升工程”项目
            typ = "Project"
        elif text.startswith(p.chain_quoted_heads, after, hi) or (  # “11+8”产业链, “三主导”产业链
                before.endswith(p.chain_slogan_leads) and len(name) <= 6 and name[0] in p.policy_slogan_chars) \
                or _industry_named(gz, text, name, after, hi):
            typ = "IndustryChain"  # 建设产业“四地”: the industrial positioning it names
        elif (tool_ending or _policy_cue_follows(gz, text, after, hi) or _plus_way(gz, name, text, after, hi)
              or _issued_charge(gz, text, lo, qs, after, hi)):
            typ = "PolicyTool"
        elif before.endswith(p.goal_verbs) or before.endswith(p.quote_state_leads) or _problem_rx(
                p.problem_words).match(text, after, hi):
            typ = None  # 实现“零成本”: an outcome; 从“一煤独大”, 不是“一播了之”: a state; “一床难求”的现象: a problem
        elif _slogan(gz, name) or _short_slogan(gz, name, text, after, hi) or (before.endswith(p.policy_lead_verbs)
                                   and (re.fullmatch(r"[\u4e00-\u9fff]{2,8}", name)
                                        or (_PAIRED.fullmatch(name) and not text.startswith("的", after)))):
            # a coined slogan (“五水共治”) or a tool being applied (推行“证照联办”, 实行“合同+绩效”管理,
            # 实行“企业评价、政府认定”: steps joined by 、 or + name one way of working; before 的 they
            # describe the work they qualify: 实行“船上储存、交岸接收”的闭环管理)
            typ = "PolicyTool"
        elif _noun_gap_then_suffix(gz, text, after, hi) or text[max(lo, qs - 3):qs - 1].endswith(p.build_verbs):
            typ = "Project"
        end = qe
        if typ in (None, "PolicyTool") and (head := next((h for h in p.policy_named_heads if text.startswith(h, after, hi)), None)):
            # “五长”见面会: a meeting format is named with its head, the quote alone is a count
            typ, name, end = "PolicyTool", name + head, after + len(head)
        if typ is None:
            continue
        if typ == "PolicyTool" and end == qe and (kind := _kind_after_re(
                p.quoted_tool_kind_modifiers, p.quoted_tool_kinds).match(text, after, hi)) is not None:
            # “某某+某某”协作机制, “某某员”制度: the mention holds the kind the text names the tool
            # with (readers write 某某员制度); the name stays the quoted one
            end = kind.end()
        if typ == "Project" and end == qe and text.startswith(p.project_app_heads, after, hi):
            # ‘某某通’平台, “某某办”APP: the mention holds the head the text names the app with (readers
            # write 某某通平台); the name stays the quoted one
            end = after + max(len(h) for h in p.project_app_heads if text.startswith(h, after, hi))
        category = policy_category(gz, name) if typ == "PolicyTool" else None
        out.append(Candidate(typ, qs, end, name, "pattern", 1, category, None))
        if typ == "IndustryChain" and text.startswith(p.chain_quoted_heads, after, hi):
            out += _chain_members(gz, text, lo, qs - 1)
    return out


_MEMBER = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _chain_members(gz: Gazetteer, text: str, lo: int, pos: int) -> list[Candidate]:
    """“电子信息、绿色食品、数字文创“三主导”产业链”: a 、-list right before a named chain
    lists its member chains (at least two items, each a short word run)."""
    a, stop = pos, max(lo, pos - 8 * MAX_RUN)  # members are short: a bounded look back
    while a > stop and (text[a - 1] == "、" or text[a - 1] not in HARD):
        a -= 1
    items, start = [], a
    for part in text[a:pos].split("、"):
        items.append((start, part))
        start += len(part) + 1
    if len(items) < 2:
        return []
    # the first item may carry the sentence's words (全区电子信息): keep its last word run
    first_start, first = items[0]
    toks = strip_front(gz, walk_left(gz, text, first_start, first_start + len(first)))
    if not toks:
        return []
    items[0] = (toks[0].start, text[toks[0].start:first_start + len(first)])
    out = []
    for s, item in items:
        name = clean_name(item, gz)
        if not _MEMBER.fullmatch(item) or not name_ok(gz, name):
            return []
        out.append(Candidate("IndustryChain", s, s + len(item), name, "pattern", 2, None, None))
    return out


def warm_up(gz: Gazetteer) -> None:
    """Build the tables this module makes on first use from the data files' words (each keyed by
    its word lists) now: :func:`loaders.mentions.warm_up_tables` calls it."""
    p = gz.patterns
    _industry_sites(p.project_strong + p.project_weak)
    _long_generic(gz)
    _way_re(p.way_words)
    _kind_after_re(p.quoted_tool_kind_modifiers, p.quoted_tool_kinds)  # (only a quoted tool with a kind after it)
