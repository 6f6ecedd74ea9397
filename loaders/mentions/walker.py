"""The shared token walker: where a pattern-found name starts, and whether it is one.

The left edge of a pattern name is found by walking jieba tokens (our private
tokenizer with the domain dictionary) leftwards until a verb, preposition,
particle or punctuation; jieba is only run on short windows around candidates,
so extraction stays much cheaper than segmenting whole documents. The
extractors (:mod:`.suffix`, :mod:`.quoted`, :mod:`.lists`) share these checks
so that a name means the same wherever it was found.
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple, Sequence, TypeVar

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer
from loaders.places import place_words

__all__ = ["OPEN_Q", "CLOSE_Q", "HARD", "MAX_RUN", "SENTENCE_REACH", "LATIN", "NOUN_TAGS", "Tok", "sentence_bounds", "window_start", "tokens",
           "is_stop", "walk_left", "strip_front", "has_content", "has_evidence", "is_known_form", "unquoted_field", "word_cuts",
           "right_ok", "name_ok", "place_across", "common_split", "holds_other_type", "contains_dict_form", "policy_category", "words_rx"]

OPEN_Q = "“‘「『\"'"
CLOSE_Q = "”’」』\"'"
# (* too: a page pasted from markdown marks a name bold, **某某工程**; the marks are no part of it)
HARD = set("，。；：！？、,.;:!?“”‘’「」『』《》〈〉【】[]\n\t —…·/|+＋'*")
_SENT_END = "。！？；!?;\n"
_SENT_RE = re.compile("[" + re.escape(_SENT_END) + "]")
_LAST_SENT_END = re.compile("(?s).*[" + re.escape(_SENT_END) + "]")  # greedy: up to the last one
#: How far (characters) a mention's sentence may reach on each side of it.
SENTENCE_REACH = 300
#: Most items of a list (、-separated names, a run of quotes) one extractor looks at:
#: every look-back is bounded, so extraction time grows linearly with the text.
MAX_RUN = 24
# jieba tags that end a name when met walking leftwards.
_STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "d", "ad", "r", "y", "e", "o", "t", "tg", "x"}
NOUN_TAGS = {"n", "nz", "nt", "nr", "nrt", "nrfg", "ns", "j", "eng", "b"}
# jieba's ns is too broad for name evidence (海洋, 普及 are ns); places come from the gazetteer
_BRAND_TAGS = {"nz", "nt", "nr", "nrt", "nrfg", "j"}
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng", "nx"}
LATIN = re.compile(r"[A-Za-z0-9]")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: split on 。！？； and newlines.

    A "sentence" of a text with no such marks (a whole report run into one line)
    is cut at :data:`SENTENCE_REACH` characters on each side, at a comma where
    there is one, so that the cost per mention stays bounded.
    """
    lo_cap, hi_cap = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    # the last sentence end before the mention: one greedy match backs up to it (iterating
    # over every mark of the reach cost six times more)
    m = _LAST_SENT_END.match(text, lo_cap, start)
    a = m.end() if m is not None else 0
    if a == 0 and lo_cap > 0:  # no sentence end within reach: cut at a comma
        comma = text.find("，", lo_cap, start)
        a = comma + 1 if comma >= 0 else lo_cap
    m = _SENT_RE.search(text, end, hi_cap)
    if m is not None:
        b = m.start()
        b += text[b] != "\n"
    elif hi_cap < len(text):
        comma = text.rfind("，", end, hi_cap)
        b = comma + 1 if comma >= 0 else hi_cap
    else:
        b = hi_cap
    while a < b and text[a].isspace():
        a += 1
    return a, b


class Tok(NamedTuple):
    """A token of a walk. A named tuple, not a frozen dataclass: a report's walks make tens
    of thousands of them, and the dataclass's ``__init__`` cost 2 µs each, the tuple's 0.3."""

    text: str
    start: int
    tag: str | None


# Tok(a, b, c) calls the named tuple's __new__, a Python function; the tuple made directly is the
# same object at two thirds of the cost (the walks make a token per word of every window).
_new_tok = tuple.__new__


def window_start(text: str, lo: int, pos: int, limit: int) -> int:
    """Where the run of non-HARD characters ending at ``pos`` starts, at most ``limit``
    back and not before ``lo`` (one C-level search instead of a step per character)."""
    a = max(lo, pos - limit)
    if a >= pos:
        return pos
    # right after the last HARD character of text[a:pos] (a greedy match backs up to it; a
    # search for the soft tail retried at every start and rescanned the run each time)
    m = _LAST_HARD.match(text, a, pos)
    return m.end() if m is not None else a


_LAST_HARD = re.compile("(?s).*[" + "".join(re.escape(c) for c in sorted(HARD)) + "]")


def tokens(gz: Gazetteer, text: str, a: int, b: int) -> list[Tok]:
    tags = gz.tags()
    out, pos = [], a
    for tok in gz.cut(text[a:b]):
        out.append(_new_tok(Tok, (tok, pos, tags.get(tok))))
        pos += len(tok)
    return out


@functools.lru_cache(maxsize=8)
def _long_words(words: frozenset[str]) -> tuple[str, ...]:
    """The words of two or more characters, as a tuple for ``str.endswith``."""
    return tuple(w for w in words if len(w) >= 2)


def is_stop(gz: Gazetteer, tok: Tok, right: Tok | None, left: Tok | None) -> bool:
    """Whether ``tok`` (met walking leftwards) lies outside the name."""
    t = tok.text
    key = (gz.digest, t, tok.tag)
    plain = _PLAIN.get(key)
    if plain is None:
        plain = _remember(_PLAIN, key, _plain(gz, t, tok.tag or ""))
    if plain:
        return False  # (most words of a name: no test below can stop at them, whatever their neighbours)
    # (the answer depends on the three words' texts and tags alone: remembered, as a report walks
    # over the same words next to the same neighbours again and again; ~5 µs a word otherwise)
    key = (gz.digest, t, tok.tag, None, None) if right is None else (gz.digest, t, tok.tag, right.text, right.tag)
    key = key + (None, None) if left is None else key + (left.text, left.tag)
    stop = _STOPS.get(key)
    if stop is None:
        stop = _remember(_STOPS, key, _stops_walk(gz, tok, right, left))
    return stop


#: is_stop's answers for a word that is not plain, by the texts and tags of it and its neighbours
_STOPS: dict[tuple[str, str, str | None, str | None, str | None, str | None, str | None], bool] = {}


def _stops_walk(gz: Gazetteer, tok: Tok, right: Tok | None, left: Tok | None) -> bool:
    """:func:`is_stop` for a word that is not plain: reads ``tok``, ``right`` and ``left`` by their
    texts and tags only (never where they stand), and the gazetteer's words."""
    t = tok.text
    p = gz.patterns
    if (t in p.trade_capital_chars and left is not None and len(left.text) == 1 and left.tag in ("n", "ng")
            and right is not None and len(right.text) >= 2 and (right.tag in NOUN_TAGS or right.tag == "vn")):
        return False  # 中国伞/都/设计 中心: a trade's capital (one thing's name and 都) jieba read as an adverb
    if left is not None and (left.text + t in p.name_verbs or left.text[-2:] + t in p.name_verbs):
        # 转型/升级 项目: a stop word closing a name verb jieba split (转型升级), also where jieba
        # joined the verb's first word to the word before it (黑土地保护/利用 示范区)
        return False
    if right is not None and right.text in p.phase_heads and _PHASE_WORD.fullmatch(t) is not None:
        return False  # 某防护林体系建设/六期/工程: the works' phase before their head is in the name (jieba's t)
    if right is not None and (right.text in p.phase_heads or _PHASE_WORD.fullmatch(right.text) is not None) \
            and (t in p.site_works_words or t in p.headed_works_words):
        # 某河某段堤防加固 工程, 某街区夜游提升 工程, 某镇某学校建设 项目: the works named with their head
        # are the project's name (the name still needs a place or a proper word: has_evidence)
        return False
    if (t in p.phase_heads and left is not None
            and (left.text in p.site_works_words or left.text in p.headed_works_words)):
        return True  # 某学校建设项目/和/县二中扩建 工程: a head after its works closes a name of its own
    if t in p.works_action_verbs and not (right is not None and right.text in p.phase_heads):
        return True  # 计划新建/某加工厂, 某镇试点/小型水利工程: the works' verb, the name starts after it
    if t in p.name_verbs and left is not None:
        # 老城区有机/更新 项目: a name verb jieba tags as an adverb here is still the works'; 综合利用
        # ends with the stop word 利用 but names a lab's field
        return False
    if tok.tag == "v":
        if left is not None and left.text in p.clause_subject_words:
            return True  # 部分委员/赴/某研究院: a seat or a post, then its verb, opens a clause; the name follows it
        if len(t) == 2 and t[1] in p.result_complement_chars:
            return True  # 市城管局/做好/公园日常管养: a verb of doing a thing well is no word of a name
    if t in p.word_complements and left is not None and len(left.text) >= 2 and left.text not in gz.places:
        return True  # 串联/起/临贺故城景区: the complement of the verb before it (jieba's 串联 is ns), no name's
    if t in p.place_motion_leads and right is not None and len(right.text) >= 2 and right.tag in NOUN_TAGS:
        # 首次经/梧州/港 中转, 经/状元/岙港区: going to or through a place, the name starts after the
        # word of going (经/开区, 经/十路: a verb or a numeral after 经 is a word of the name)
        return True
    if (t in p.name_joiners and left is not None and right is not None and _works_word(gz, left.text)
            and _works_word(gz, right.text)):
        return False  # 某湖流域生态保护/与/综合治理 工程: two works joined in one project's name
    if _count_word(gz, t):
        return True  # 片区/三所 薄弱学校: a count (a numeral and a measure word, jieba's abbreviation) opens no name
    if t in p.walk_stop_words or t.isspace():
        # 让/胡/路/区: a one-character stop word opening a place jieba split into characters
        return not (len(t) == 1 and right is not None and len(right.text) == 1
                    and t + right.text in _place_heads(gz))
    if t in gz.places:
        return False
    if right is not None and _split_geo(gz, tok, right):
        return False  # 明月/湖 国际…科创基地, 八里/湖 新区: jieba split a lake's or a hill's name
    if tok.tag == "t" and right is not None and t + right.text in p.school_kind_words:
        return False  # 某镇九年/一贯制 学校: the years of a school's kind, no time of the clause
    if t in p.name_time_words and (left is None or left.text in p.walk_stop_words or (left.tag or "") in _STOP_TAGS
                                   or (left.tag or "").startswith("v")):
        return False  # 现代煤化工产业链: jieba's time word 现代 opens a trade's name (not inside one: 新能源现代产业学院)
    if len(t) == 1 and left is not None and left.text + t in p.walk_stop_words:
        return True  # 用/好 中国…试验区, 运营/方 某商贸有限公司: jieba split a stop word (用好, 运营方) in two
    if len(t) > 2 and t.endswith(_long_words(p.walk_stop_words)):
        return True  # 充分发挥, 成功创建: jieba keeps the verb inside a longer token
    tag = tok.tag or ""
    if tag in _STOP_TAGS and not (tag == "t" and len(t) == 1):
        return True
    if tag in ("v", "vn", "vd", "vi", "vg") and len(t) >= 2 and t not in p.name_verbs:
        # an industry word that jieba calls a verb (湛江/休闲/食品, 体外/诊断/试剂) sits
        # between name words; a verb with no name word on its left starts the name
        left_noun = left is not None and (left.tag in NOUN_TAGS and len(left.text) >= 2
                                          and left.text not in p.walk_stop_words
                                          and left.text not in gz.generic_words
                                          and left.text not in p.generic_modifiers)
        sandwiched = (
            left is not None and right is not None
            and (left.text in gz.places or left.tag == "capacity"
                 # 某某/乡 加压 泵站: the end of a town's name jieba split, then what its site does
                 or (len(left.text) == 1 and left.text in place_words()["town_end"] and right.tag in NOUN_TAGS
                     and len(right.text) >= 2)
                 or (left_noun and (left.tag in _BRAND_TAGS or tag == "vn")))
            and (right.tag in NOUN_TAGS or right.text in p.name_verbs or right.tag == "capacity")
            and right.text not in gz.places and not is_known_form(gz, right.text))
        return not sandwiched
    if tag == "v" and len(t) == 1 and left is not None and (left.tag in ("d", "p", "c", "r", "ad")
                                                             or left.text in p.single_adverbs):
        return True  # 已建高能级平台: after an adverb a single verb is a verb; 培育泛家居: a prefix
    if t in p.verb_complements and left is not None and (left.tag or "").startswith("v"):
        return True  # 整合/进 绍兴…平台, 改造/成 主题产业园: a verb's complement, the name starts after it
    if t in p.area_scale_words and left is not None and (left.text in gz.places or left.tag == "ns"
                                                         or left.text.endswith(place_words()["town_end"])):
        return False  # 柳林镇 万亩 高标准农田示范区: a showcase's size after its place is in its name
    if t.startswith("第") and tag == "m" and left is not None and right is not None and right.tag in NOUN_TAGS:
        return False  # an ordinal inside a name: 北京大学第一医院, 中交第三航务工程局
    # (issuperset: one C-level test of every character, where a generator cost ~1 µs a token)
    if (tag in ("m", "mq") and _numeral_word(gz, t)) or (len(t) > 1 and p.numeral_chars.issuperset(t)):
        if right is not None and right.text.startswith("级"):
            return False  # 千亿级氟硅新材料
        if right is not None and t.endswith("元") and right.text.startswith(p.amount_name_followers):
            return False  # 贺州碳酸钙/千亿元/产业示范区: the trade's scale inside the site's name
        if len(t) == 1 and ((left is not None and (left.text in gz.places or _geo_name(gz, left)))
                            or (right is not None and (right.text in gz.places or _geo_name(gz, right)))):
            return False  # 揭西百欣电商园, 三龙湾高端创新集聚区, 沱江三桥
        if (len(t) == 1 and left is not None and len(left.text) == 1 and left.tag == "ns"
                and left.text in gz.patterns.geo_endings and right is not None and right.tag in NOUN_TAGS):
            return False  # 丰乐/河/三/河段: a river's name jieba split, then the stretch or bridge it numbers
        if len(t) == 1 and right is not None and len(right.text) == 1 and (
                right.tag in NOUN_TAGS or (right.tag == "ng" and right.text not in p.slogan_measure_words)):
            return False  # 五/菱: jieba's split of a brand it does not know (六/堡 茶: a bound noun, session 16)
        if (len(t) == 2 and p.numeral_chars.issuperset(t) and left is not None and left.text in gz.places
                and right is not None and right.tag in NOUN_TAGS and len(right.text) >= 2):
            return False  # 黑龙江/八一/农垦大学: a pair of numerals between a place and a noun names a date
        return True
    if t.isdigit() and right is not None and right.text[:1] in p.quantity_chars and not right.text.endswith("级"):
        return True
    if t.isdigit() and right is not None and right.text in p.length_units and right.tag in ("q", "m"):
        return True  # 18公里机耕路: the length of the works, not part of the site's name
    if tag == "f" and len(t) == 1 and left is not None and len(left.text) >= 3 and left.text in gz.places:
        return False  # 霍山县/下/符/桥/镇: a position character after a county opens a town's name
    if tag == "f" and t in p.river_reaches and left is not None and (_geo_name(gz, left) or left.text in gz.places
                                                                      or _split_geo_end(gz, left)):
        return False  # 汾河/中上游 …修复工程: a river's reach after its name is the works' name
    if (tag == "f" and len(t) == 2 and t.endswith("段") and left is not None and right is not None
            and right.tag in NOUN_TAGS and (left.text in gz.places or _geo_name(gz, left) or left.tag in NOUN_TAGS
                                            or (len(left.text) == 1 and (left.tag or "") not in _STOP_TAGS))):
        return False  # 某河柳/南段 堤防加固工程: a stretch of a river or a road by its place is in the works' name
    if (tag == "f" and t in p.compass_parts and left is not None and right is not None
            and (left.text in gz.places or left.tag == "ns") and right.tag in NOUN_TAGS):
        return False  # 滨海/西部/快速路, 某县/东部/产业园: the part of a place a site is named by
    if tag == "f" and (len(t) >= 2 or t in p.front_position_chars):
        return True  # 沿线, and 上 of 孩子上大学: a position word is the verb's complement
    if tag == "f" and len(t) == 1 and left is not None and left.text in gz.generic_words:
        return True  # “1+3+N”产业链/中/生物医药产业链: one of a kind named before (session 16)
    return False


def _count_word(gz: Gazetteer, t: str) -> bool:
    """三所, 两家, 五个: a numeral and a measure word (quantity_chars) jieba made one word."""
    p = gz.patterns
    return len(t) == 2 and t[0] in p.numeral_chars and t[1] in p.quantity_chars


def _works_word(gz: Gazetteer, w: str) -> bool:
    """A word of what works do to a site, or one ending in it (name_verbs, site_works_words,
    headed_works_words of two characters or more: 保护, 修复, 综合治理; jieba's 环境保护)."""
    got = _WORKS_WORDS.get(gz.digest)
    if got is None:
        p = gz.patterns
        got = _WORKS_WORDS[gz.digest] = tuple(w for w in {*p.name_verbs, *p.site_works_words, *p.headed_works_words}
                                               if len(w) >= 2)
    return w.endswith(got)


_WORKS_WORDS: dict[str, tuple[str, ...]] = {}


#: a phase of works (二期, 六期, 3期): the walk meets it only right before their head
_PHASE_WORD = re.compile(r"[一二三四五六七八九十0-9]{1,2}期")


_PLAIN: dict[tuple[str, str, str | None], bool] = {}
_VERB_TAGS = ("v", "vn", "vd", "vi", "vg")


def _plain(gz: Gazetteer, t: str, tag: str) -> bool:
    """Whether a word (its text and tag) is one that no test of :func:`is_stop` answering True can
    hold, next to any neighbours: of two or more characters, no stop word, verb, complement,
    numeral, number or position word. Such a word never stops a walk (it answers False)."""
    p = gz.patterns
    return (len(t) >= 2 and t not in p.works_action_verbs and t not in p.walk_stop_words and not t.isspace()
            and not _count_word(gz, t)
            and not (len(t) > 2 and t.endswith(_long_words(p.walk_stop_words)))
            and tag not in _STOP_TAGS and tag not in _VERB_TAGS and t not in p.verb_complements
            and tag not in ("m", "mq") and not p.numeral_chars.issuperset(t) and not t.isdigit() and tag != "f")


_PLACE_HEADS: dict[str, frozenset[str]] = {}


def _place_heads(gz: Gazetteer) -> frozenset[str]:
    """The first two characters of every place name of three or more (让胡 of 让胡路区)."""
    got = _PLACE_HEADS.get(gz.digest)
    if got is None:
        got = _PLACE_HEADS[gz.digest] = frozenset(pl[:2] for pl in gz.raw_places if len(pl) >= 3)
    return got


#: tags of a word that may open a lake's or a hill's name jieba split (明月/湖: t, 八里/湖: m, 晨光/湖: n)
_GEO_LEAD_TAGS = {"n", "t", "m", "a", "nr", "nz", "ng", "j", "ns", "s"}


def _split_geo(gz: Gazetteer, tok: Tok, right: Tok) -> bool:
    """A two-character word right before a one-character geographic word jieba reads as a place
    (湖, 河, 山 …: ``geo_endings``) is the first half of that place's name (明月湖, 八里湖); so is a
    numeral before one jieba reads as a plain noun (十八/溪 灌区: a stream named by its count)."""
    return (len(right.text) == 1 and right.text in gz.patterns.geo_endings
            and (right.tag == "ns" or (right.tag == "n" and gz.patterns.numeral_chars.issuperset(tok.text)))
            and len(tok.text) == 2 and (tok.tag or "") in _GEO_LEAD_TAGS and tok.text not in gz.generic_words
            and not tok.text.isdigit())


def _split_geo_end(gz: Gazetteer, tok: Tok) -> bool:
    """河 of 湟水/河: the last character of a river's or a lake's name that jieba cut off as a place
    word of its own (ns)."""
    return tok.tag == "ns" and len(tok.text) == 1 and tok.text in gz.patterns.geo_endings


def _geo_name(gz: Gazetteer, tok: Tok) -> bool:
    """A place word jieba knows (ns) that names a river, lake, bay or mountain: 太湖流域 (not land by
    its kind, ``area_words``: 高山茶园 names no hill)."""
    return (tok.tag == "ns" and len(tok.text) >= 2 and tok.text.endswith(gz.patterns.geo_endings)
            and tok.text not in gz.patterns.area_words)


def _road_endings(gz: Gazetteer) -> tuple[str, ...]:
    p = gz.patterns
    got = _ROAD_ENDINGS.get(gz.digest)
    if got is None:
        got = _ROAD_ENDINGS[gz.digest] = tuple(sorted({*p.proper_word_site_suffixes, *p.sibling_short_suffixes}))
    return got


_ROAD_ENDINGS: dict[str, tuple[str, ...]] = {}


def _numeral_word(gz: Gazetteer, t: str) -> bool:
    """jieba tags 零部件 and 一体化 as numerals; a word with two or more characters
    besides its numerals is a noun (一批, 三大, 10万 stay numerals)."""
    p = gz.patterns
    return sum(1 for c in t if c not in p.numeral_chars and c not in p.quantity_chars
               and c not in p.numeric_extra_chars and not c.isdigit()) < 2


def walk_left(gz: Gazetteer, text: str, lo: int, pos: int) -> list[Tok]:
    """Name-like tokens ending at ``pos`` (a bracketed aside next to ``pos`` is kept)."""
    max_len = gz.patterns.max_name_length
    head: list[Tok] = []
    end = pos
    if end - 1 >= lo and text[end - 1] in "）)":
        near = max(lo, end - 10)
        opener = max(text.rfind("（", near, end), text.rfind("(", near, end))
        if opener >= 0 and end - opener <= 10:
            head.append(Tok(text[opener:end], opener, "paren"))
            end = opener
    a = window_start(text, lo, end, max_len + 2)
    # the walk reads text[a:pos + 2] only: a window seen before gives the same walk
    key = (gz.digest, text[a:pos + 2], pos - a)
    seen = _WALKS.get(key)
    if seen is not None:
        return [_new_tok(Tok, (t, a + r, tag)) for t, r, tag in seen] + head
    kept: list[Tok] = []
    # the suffix itself is the name word right of the walk (山海/协作/产业园)
    right = head[0] if head else _new_tok(Tok, (text[pos:pos + 2], pos, "n"))
    words = gz.cut(text[a:end])
    digest = gz.digest
    cap = _CAPACITY_RX.get(digest)
    if cap is None:
        cap = _CAPACITY_RX[digest] = _capacity_rx(gz)
    if words and cap.search(text, a, end) is not None:
        toks = _merge_capacity(gz, tokens(gz, text, a, end), text)  # (few windows name a capacity)
        for i in range(len(toks) - 1, -1, -1):
            tok = toks[i]
            if is_stop(gz, tok, right, toks[i - 1] if i > 0 else None):
                break
            kept.append(tok)
            right = tok
    elif words:
        # the same walk over the words from the right, each made a token when the walk reaches
        # it or its right neighbour: the walk reads three or four of a window's seven words, and
        # tokens() made all of them (the words fill the window, so each one's start is known)
        tags = gz.tags()
        plain = _PLAIN  # (a word of a name that no neighbour makes a stop, told here without the call)
        i = len(words) - 1
        w = words[i]
        tok = _new_tok(Tok, (w, end - len(w), tags.get(w)))
        while True:
            if i:
                w = words[i - 1]
                left = _new_tok(Tok, (w, tok[1] - len(w), tags.get(w)))
            else:
                left = None
            if not plain.get((digest, tok[0], tok[2])) and is_stop(gz, tok, right, left):
                break
            kept.append(tok)
            if left is None:
                break
            right, tok = tok, left
            i -= 1
    kept.reverse()
    _remember(_WALKS, key, tuple([(t[0], t[1] - a, t[2]) for t in kept]))
    return kept + head


#: the capacity pattern per gazetteer (asked per walk: no argument tuples hashed for a cache)
_CAPACITY_RX: dict[str, re.Pattern[str]] = {}


_V = TypeVar("_V")

#: Walks remembered (a report names the same sites and firms again and again).
_WALK_CACHE = 20_000


def _remember(memo: dict[Any, _V], key: Any, value: _V) -> _V:
    """``value``, kept in ``memo`` under ``key``; a full memo is emptied first (bounded at
    _WALK_CACHE entries like the walks; dropping all at once keeps it cheap)."""
    if len(memo) >= _WALK_CACHE:
        memo.clear()
    memo[key] = value
    return value

_WALKS: dict[tuple[str, str, int], tuple[tuple[str, int, str | None], ...]] = {}


@functools.lru_cache(maxsize=8)
def _capacity(leads: tuple[str, ...], scales: tuple[str, ...], units: tuple[str, ...]) -> re.Pattern[str]:
    """年产20万吨: a lead, a number, a scale word maybe, a unit (entity_patterns.yaml's capacity_*)."""
    return re.compile(rf"(?:{alternation(leads)})[0-9.]+(?:{alternation(scales)})?(?:{alternation(units)})")


def _capacity_rx(gz: Gazetteer) -> re.Pattern[str]:
    p = gz.patterns
    return _capacity(p.capacity_leads, p.capacity_scales, p.capacity_units)


def _merge_capacity(gz: Gazetteer, toks: list[Tok], text: str) -> list[Tok]:
    """年产20万吨 is one word of a project name (润达年产20万吨文旅综合体项目)."""
    if not toks:
        return toks
    a, b = toks[0].start, toks[-1].start + len(toks[-1].text)
    rx = _capacity_rx(gz)
    if rx.search(text, a, b) is None:
        return toks  # most windows name no capacity: one search, no iterator
    for m in rx.finditer(text, a, b):
        inside = [t for t in toks if m.start() <= t.start and t.start + len(t.text) <= m.end()]
        if inside and inside[0].start == m.start() and inside[-1].start + len(inside[-1].text) == m.end():
            i = toks.index(inside[0])
            toks = toks[:i] + [Tok(m.group(), m.start(), "capacity")] + toks[i + len(inside):]
    return toks


_EDGE_TAGS = {"d", "p", "c", "u", "f", "r", "ad", "vn", "q", "m"}


def strip_front(gz: Gazetteer, toks: list[Tok]) -> list[Tok]:
    """Drop qualifiers and stray single characters from the left edge of a name."""
    p = gz.patterns
    while toks:
        t = toks[0]
        if len(t.text) == 1 and len(toks) > 1 and place_across(gz, toks):
            break  # 广/水文/旅 投资集团: the character opens a place jieba joined to the next word
        numeral = t.tag in ("m", "q") and not t.text.isdigit() and not (
            len(t.text) == 1 and len(toks) > 1 and (toks[1].text in gz.places
                                                    or _geo_name(gz, toks[1]))  # 三龙湾, 三/屯河
        ) and not (len(toks) > 1 and _split_geo(gz, t, toks[1]))  # 八里/湖
        if numeral and len(t.text) == 1 and len(toks) > 1 and len(toks[1].text) == 1 and (
                t.tag == "q" or toks[1].tag in NOUN_TAGS
                or (toks[1].tag == "ng" and toks[1].text not in p.slogan_measure_words)):
            numeral = False  # 天/能 集团, 五/菱 汽车, 六/堡 茶: a split unknown word, not a number
        # (市/域 铁路: a one-character prefix before another single character is half of a word jieba
        # split, 市域, not the city's 市)
        split_word = len(t.text) == 1 and len(toks) > 1 and len(toks[1].text) == 1 and toks[1].tag not in _EDGE_TAGS
        if (t.text in p.strip_prefixes and not split_word) or numeral or (
                t.text in p.leading_action_verbs and len(toks) > 1):
            toks = toks[1:]
            continue
        if t.text.isdigit() and len(toks) > 2 and toks[1].text in p.name_date_units:
            toks = toks[2:]  # 8/月 江海路, 2011/年度 工程: the clause's time opens the words, the name follows it
            continue
        if len(toks) > 2 and len(t.text) == 1 and t.text + toks[1].text in p.leading_action_verbs:
            toks = toks[2:]  # 做/强 清洁能源装备产业链: jieba splits the verb
            continue
        if (len(t.text) == 1 and t.tag not in NOUN_TAGS and t.text not in gz.places and len(toks) > 1
                and len(toks[1].text) >= 3 and toks[1].text in gz.places):
            toks = toks[1:]  # 今年起/临湘市第三初级中学: a full place name starts the name
            continue
        if (t.tag == "nr" and len(t.text) >= 3 and t.text[0] in p.clause_name_openers
                and t.text[1:] not in gz.places):
            # 由宝钛/集团 牵头: jieba read a clause's 由 (在, 与 …) and the name after it as a person's
            # name; the stop word opens the clause, the name starts after it
            toks = [Tok(t.text[1:], t.start + 1, "nz"), *toks[1:]]
            continue
        # a single character before another one is half of a word jieba does not
        # know (天/能 集团), not a stray edge character
        if (len(t.text) == 1 and t.tag in _EDGE_TAGS and len(toks) > 1 and t.text not in gz.places
                and toks[1].text not in gz.places and not _geo_name(gz, toks[1]) and len(toks[1].text) > 1):
            toks = toks[1:]
            continue
        break
    return toks


def place_across(gz: Gazetteer, toks: Sequence[Tok]) -> bool:
    """The name's first words open with a place of the gazetteer that no word of the cut is:
    jieba joined the place's last character to the word after it (广/水文/旅 of a firm named by
    the city 广水 and 文旅) or cut the place into characters (某/邺 水务集团). A level word opening
    the name (市, 县, 区 …: strip_prefixes) opens no place."""
    first = toks[0].text
    if first in gz.patterns.strip_prefixes:
        return False  # 市/中医 医院: a level (市, 县 …) opens the name, no place 市中
    joined = first + "".join(t.text for t in toks[1:3])
    return any(joined[:k] in gz.places for k in range(max(2, len(first) + 1), min(5, len(joined) + 1)))


def has_content(gz: Gazetteer, toks: Sequence[Tok]) -> bool:
    modifiers, generic = gz.patterns.generic_modifiers, gz.generic_words
    # (a loop, not any() over a generator: every suffix hit asks, and the generator cost more than its tests)
    for t in toks:
        if t.text not in modifiers and t.text not in generic and t.tag != "paren" and not t.text.isdigit():
            return True
    return False


_NOT_NAME_CHAR_TAGS = {"v", "a", "d", "p", "c", "u", "m", "q", "r", "ad", "vn", "uj", "ul"}


def is_known_form(gz: Gazetteer, text: str) -> bool:
    return text in gz.automaton


def unquoted_field(gz: Gazetteer, form: str) -> bool:
    """Whether ``form`` names a field of work the data count only quoted (医养结合, 城乡供水一体化:
    every form of its entries written ~X in policy_tools.tsv, four characters or more; session 23).
    Unquoted it is a common word: no sign of a proper name, and a name holding it describes the field.
    (A short form counted only quoted, 两新 or 京通, is an ambiguous name: neither holds for it.)"""
    got = _FIELDS.get(gz.digest)
    if got is None:
        got = _FIELDS[gz.digest] = frozenset(
            f for e in gz.entries if set((e.name, *e.aliases)) <= set(e.quoted_only)
            for f in e.quoted_only if len(f) >= 4)
    return form in got


_FIELDS: dict[str, frozenset[str]] = {}


def has_evidence(gz: Gazetteer, toks: Sequence[Tok], *, tags_count: bool = False) -> bool:
    """Proper-noun evidence: a place name, a known name from our data, Latin
    letters or digits, a brand-like word opening the name, or a run of single
    characters (jieba's split of a word it does not know: 源/网/荷/储, 氟/硅).
    jieba's proper-noun tags elsewhere in the name are too loose for projects
    (新兴产业 is nt, 普及 ns) and count only where the context already says
    "organisation" (``tags_count``)."""
    # (the answer depends on the words' texts and tags alone, never where they stand: remembered,
    # as a report asks it of the same walked words again and again, three times in four)
    key = (gz.digest, tags_count, *[(t.text, t.tag) for t in toks])
    got = _EVIDENCE.get(key)
    if got is None:
        got = _remember(_EVIDENCE, key, _has_evidence(gz, toks, tags_count))
    return got


#: has_evidence's answers by the words' texts and tags (and whether tags count)
_EVIDENCE: dict[tuple, bool] = {}


def _has_evidence(gz: Gazetteer, toks: Sequence[Tok], tags_count: bool) -> bool:
    singles = 0
    first = None
    for t in toks:
        if t.tag != "paren":
            first = t
            break
    # (jieba's abbreviations, j, are mostly a common word's short form, 技改 or 环卫: no brand opening)
    if (first is not None and len(toks) >= 2 and len(first.text) >= 2 and first.tag in _BRAND_TAGS and first.tag != "j"
            and first.text not in gz.patterns.generic_modifiers and first.text not in gz.patterns.trade_abbreviations
            and not first.text.endswith((*gz.patterns.org_strong, *gz.patterns.org_weak))
            and not unquoted_field(gz, first.text)):  # (医养结合/服务中心: the data's form, tagged nz, is no brand)
        return True  # a brand-like word opening the name: 汇通节能装备项目
    places, known = gz.places, gz.automaton  # (asked per token of every suffix hit: looked up once)
    common_to = -1  # tokens before this index are a common word jieba split (运/维): no name's sign
    for i, t in enumerate(toks):
        if t.tag == "paren" or i < common_to:
            continue
        if (t.text in places or (t.text in known and not unquoted_field(gz, t.text)) or LATIN.search(t.text)
                or _geo_name(gz, t)):
            return True  # (a field of work the data name only quoted, 医养结合, is a common word unquoted: no sign)
        if i == 0 and len(toks) >= 2 and toks[1].tag not in ("paren", "ns") and place_across(gz, toks):
            # 广/水文/旅 投资集团: a place jieba cut across two words opens the name (福/山村 一期: a
            # village, a place word of its own, and its works' phase, names no site)
            return True
        if t.tag == "ns" and len(t.text) >= 3 and t.text.endswith(_road_endings(gz)):
            return True  # 中山东路 立体停车楼: a road jieba knows by name opens the site on it
        if i == 0 and t.tag == "ns" and len(t.text) >= 3 and t.text.endswith(place_words()["town_end"]):
            return True  # 茅台镇污水处理厂: a town jieba knows by name opens the site
        if t.tag == "ns" and len(t.text) >= 3 and t.text[:-1] in places:
            return True  # 钦州港, 营口港: a place and one character jieba reads as one place word
        if i > 0 and _split_geo(gz, toks[i - 1], t):
            return True  # 八里/湖 新区: a lake's name jieba split
        if (i == 0 and t.tag == "ns" and len(t.text) >= 2 and len(toks) > 2 and len(toks[1].text) == 1
                and toks[1].text in place_words()["town_end"]):
            return True  # 石门/镇 蔬菜基地: a town jieba knows by name, split from its 镇, opens the site
        if i == 2 and _split_river(gz, toks):
            return True  # 柳/集/河 整治工程: a river of three characters jieba cut into characters
        if tags_count and len(t.text) >= 2 and t.tag in _PROPER_TAGS and t.text not in gz.patterns.generic_modifiers:
            return True
        split = t.tag == "m" and i + 1 < len(toks) and len(toks[i + 1].text) == 1 and toks[i + 1].tag in NOUN_TAGS
        if len(t.text) == 1 and t.text not in gz.patterns.generic_modifiers and (
                t.tag not in _NOT_NAME_CHAR_TAGS or split):  # 五/菱: a numeral opening a brand
            if (k := common_split(gz, toks, i)) > 0:
                common_to, singles = i + k, 0  # 文/旅 综合体: a common word, split
                continue
            singles += 1
            if singles >= 2:
                return True
        else:
            singles = 0
    return False


#: tags of a character that may open a river's name jieba cut into characters (烟/集/河: n, q)
_RIVER_LEAD_TAGS = frozenset({"n", "ng", "nr", "nz", "ns", "q", "zg", "g", "a", "b"})


def _split_river(gz: Gazetteer, toks: Sequence[Tok]) -> bool:
    """The name opens with three single characters, the last a river's or a lake's word jieba reads as
    a place (``geo_endings``: 河, 湖 …), the first two of no stop word: a river of three characters
    jieba does not know, cut into characters, and more words of the works after it."""
    if len(toks) < 4 or any(len(t.text) != 1 for t in toks[:3]):
        return False
    last = toks[2]
    return (last.tag == "ns" and last.text in gz.patterns.geo_endings
            and all((t.tag or "") in _RIVER_LEAD_TAGS and t.text not in gz.patterns.walk_stop_words
                    and t.text not in gz.patterns.generic_modifiers for t in toks[:2]))


def common_split(gz: Gazetteer, toks: Sequence[Tok], i: int) -> int:
    """How many single-character tokens from ``i`` spell a common word jieba split
    (``split_common_words``: 文/旅, 源/网/荷/储), or 0."""
    common = gz.patterns.split_common_words
    for k in (4, 3, 2):
        if i + k <= len(toks) and all(len(t.text) == 1 for t in toks[i:i + k]) \
                and "".join(t.text for t in toks[i:i + k]) in common:
            return k
    return 0


def word_cuts(gz: Gazetteer, text: str, a: int, b: int) -> set[int]:
    cuts, pos = {a}, a
    for tok in gz.cut(text[a:b]):
        pos += len(tok)
        cuts.add(pos)
    return cuts


def right_ok(gz: Gazetteer, text: str, e: int, hi: int) -> bool:
    """The name must end on a word boundary (中心 in 中心城区 does not end a name)."""
    if e >= hi or text[e] in HARD or text[e] in "（()）" or text.startswith(gz.patterns.words_after_names, e):
        return True  # 公路沿线: jieba's one word across the name's end
    for k, words in _joined_heads(gz):  # (one C-level test per suffix length, not one per word)
        if text.startswith(words, e - k):
            return True  # 某堤防工程建设进度: jieba's 工程建设 across the works' name and what is said of them
    a = window_start(text, max(0, e - 6), e, 6)
    # e in word_cuts(...), read up to e only (no set of every cut)
    if a == e or gz.cuts_at(text[a:min(hi, e + 4)], e - a):
        return True
    # 某科技园里的项目, 某产业园内: jieba joins the name's last character to the place word after it
    # (园里, 园内); the name ends before it when the text is cut right after it
    return (e + 1 <= hi and text[e] in _INSIDE_WORDS and e - 1 > a
            and (e + 1 == hi or text[e + 1] in HARD or gz.cuts_at(text[a:min(hi, e + 5)], e + 1 - a)))


#: place words after a site's name that jieba reads into its last character (园里, 区内)
_INSIDE_WORDS = "里内"


def _joined_heads(gz: Gazetteer) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The ``suffix_joined_words`` grouped by the length of the project suffix each opens
    (工程建设: 2), in the order the lengths first come."""
    got = _JOINED_HEADS.get(gz.digest)
    if got is None:
        sufs = sorted(gz.patterns.project_weak + gz.patterns.project_strong, key=len, reverse=True)
        groups: dict[int, list[str]] = {}
        for w in gz.patterns.suffix_joined_words:
            if any(w.startswith(s) for s in sufs):
                groups.setdefault(next(len(s) for s in sufs if w.startswith(s)), []).append(w)
        got = _JOINED_HEADS[gz.digest] = tuple((k, tuple(ws)) for k, ws in groups.items())
    return got


_JOINED_HEADS: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {}


def name_ok(gz: Gazetteer, name: str) -> bool:
    p = gz.patterns
    return (p.min_name_length <= len(name) <= p.max_name_length and name not in gz.generic_words
            and not name.endswith(p.not_name_endings))


def holds_other_type(gz: Gazetteer, name: str, typ: str, strong: bool) -> bool:
    """A pattern name that contains a known tool is a descriptor of it (再贷款项目,
    企业帮代办专区), and so is a weak-suffix name around a chain (绿色石化重大产业项目);
    a strong suffix may carry a chain's name (揭阳物流电商产业园). A place opening the
    name makes it a named site, whatever it holds (章贡区医养结合中心)."""
    # (remembered per gazetteer: a report names the same sites and firms again and again,
    # ~1,300 asks of ~430 names reading 50 reports, each a scan of the dictionary automaton)
    key = (gz.digest, name, typ, strong)
    got = _HOLDS.get(key)
    if got is None:
        got = _remember(_HOLDS, key, _holds_other_type(gz, name, typ, strong))
    return got


_HOLDS: dict[tuple[str, str, str, bool], bool] = {}


def _holds_other_type(gz: Gazetteer, name: str, typ: str, strong: bool) -> bool:
    places = gz.places
    placed = 0
    for k in range(min(len(name) - 1, 6), 1, -1):  # (a loop: a generator cost more than its few tests)
        if name[:k] in places:
            placed = k
            break
    if not placed:
        # a town opening the name (柳林镇万亩高标准农田示范区): its own showcase of the programme
        placed = next((k for k in (4, 3) if len(name) > k and name[k - 1] in place_words()["town_end"]), 0)
    if any(g in name for g in gz.patterns.government_endings):
        placed = 0  # 宿豫区财政局政府和社会资本合作中心: a government body's unit, not a site
    for end, (form, targets) in gz.automaton.iter(name):
        for idx, quoted_only in targets:
            if quoted_only and not unquoted_field(gz, form):
                continue  # a quoted-only form (双创 of 菁蓉镇双创基地) names nothing unquoted
            # (a field of work still describes what it opens: 医养结合服务中心, 地理标志产品保护示范区)
            other = gz.entries[idx].type
            if placed and end + 1 - len(form) >= placed:
                continue
            if end + 1 - len(form) > 0 and form in gz.patterns.housing_kind_words:
                continue  # 某某新城公租房项目, 某某苑人才公寓: the kind of a named estate, no tool described
            if other != typ and (other == "PolicyTool" or (other == "IndustryChain" and not strong)):
                return True
    return False


def contains_dict_form(gz: Gazetteer, q: str) -> bool:
    return any(True for _ in gz.automaton.iter(q))


def policy_category(gz: Gazetteer, name: str) -> str:
    """The category of a pattern-found tool: the first rule whose word its name holds."""
    for category, words in gz.patterns.policy_category_rules:
        if not words or any(w in name for w in words):
            return category
    return "service"


@functools.lru_cache(maxsize=32)
def words_rx(words: tuple[str, ...], tail: int = 0) -> re.Pattern[str]:
    """A pattern found wherever one of ``words`` (their last ``tail`` characters, if given) is:
    ``words_rx(ws).search(text, lo, hi)`` answers ``any(text.find(w, lo, hi) >= 0 for w in ws)``
    in one C-level scan (the extractors' cheap test before their pattern, run on every part)."""
    words = tuple(w[-tail:] for w in words) if tail else words
    return re.compile("|".join(map(re.escape, words))) if words else re.compile("(?!)")
