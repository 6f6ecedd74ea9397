"""Names in lists before a head noun: “正大集团、路易达孚等世界500强企业”, “X等150个项目”."""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import (CLOSE_Q, HARD, MAX_RUN, Tok, contains_dict_form, has_content, has_evidence,
                                     name_ok, strip_front, tokens, walk_left, window_start, words_rx)
from loaders.resolve import Candidate, clean_name

__all__ = ["list_candidates", "leader_candidates", "chain_list_candidates", "warm_up", "chain_list_may_find",
           "leader_may_find"]


def _list_items(gz: Gazetteer, text: str, lo: int, pos: int, *, whole_runs: bool = False) -> list[list[Tok]]:
    """Items of a 、/和-separated list ending at ``pos`` (rightmost last). With ``whole_runs``
    an item with a 、 right before its run of characters is that whole run, where the walk
    stopped inside it (晶合集成: jieba reads 集成 as a verb)."""
    items: list[list[Tok]] = []
    while pos > lo and len(items) < MAX_RUN:
        toks = strip_front(gz, walk_left(gz, text, lo, pos))
        if whole_runs:
            a = window_start(text, lo, pos, 10)
            if (a > lo and text[a - 1] == "、" and 2 <= pos - a <= 8 and (not toks or toks[0].start > a)
                    and not any(w in text[a:pos] for w in gz.patterns.walk_stop_words if len(w) >= 2)
                    # (江油等县市区的: a clause about places, no name)
                    and "等" not in text[a:pos] and not text.endswith(tuple(gz.patterns.name_trailing_chars), a, pos)):
                toks = [Tok(text[a:pos], a, "run")]
        if not toks and whole_runs and items:
            toks = _stop_run(gz, text, lo, pos)  # 由安踏、361度等: jieba reads the brand as a verb
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


_NUMERALS = "0-9一二两三四五六七八九十"  # the count before 家 (三家, 10家)


@functools.lru_cache(maxsize=8)
def _list_res(org_heads: tuple[str, ...], project_heads: tuple[str, ...],
              closers: tuple[str, ...] = ()) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The list patterns for these head words (built once, not per exchange)."""
    heads = alternation(org_heads)
    # (等|[numerals]+家|a pointing closer) written to open with the set of its first characters,
    # so that re scans for them in C (a guard, a lookahead, entered the engine at every
    # character); the same branches in the same order, the same matches and groups.
    # a closer's first character joins the set, its rest is read after it (这/些, 这/样的, 几/家)
    rests: dict[str, list[str]] = {}
    for w in sorted(closers, key=len, reverse=True):
        if w[0] not in "等" + _NUMERALS:
            rests.setdefault(w[0], []).append(re.escape(w[1:]))
    firsts = "".join(rests)
    pointing = "".join(f"|(?<={re.escape(c)})(?:{'|'.join(r)})" for c, r in rests.items())
    org = re.compile(rf"([等{_NUMERALS}{firsts}](?:(?<=等)|(?<![等{firsts}])[{_NUMERALS}]*家{pointing}))"
                     rf"([^，。；：！？、“”\n]{{0,8}}?)({heads})")
    proj = re.compile(rf"等([^，。；：！？\n]{{0,16}}?)({'|'.join(re.escape(h) for h in project_heads)})")
    return org, proj


def _holds(heads: tuple[str, ...], text: str, lo: int, hi: int) -> bool:
    """Whether a pattern ending with one of ``heads`` may match in ``text[lo:hi]``: one of them is
    there (no heads: the pattern's empty group matches anywhere). (Not asked before the firm
    lists' patterns: their heads, 企业, 项目, are in most parts, and the test cost more than it saved.)"""
    return not heads or words_rx(heads).search(text, lo, hi) is not None


def list_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    out = []
    org_rx, proj_rx = _list_res(p.organization_list_heads, p.project_list_heads, p.organization_list_closers)
    for m in org_rx.finditer(text, lo, hi):
        if m.group(1) == "等" and m.group(2).startswith(p.place_list_closers):
            continue  # 深入河曲、保德等地的供热企业: the items are places the firms are in
        if any(w in m.group(2) for w in _long_stops(p.walk_stop_words)):
            continue  # 整车、动力电池等环节的目标企业: the items are stages or fields, the firms unnamed
        if m.group(3) == "企业" and m.group(2).endswith(p.part_kinds):
            # 某某、某某等关键零部件企业: the items are the parts the firms make (某汽车、某集团等
            # 汽车零部件龙头企业: a leader word names its firms)
            continue
        items = _list_items(gz, text, lo, m.start(), whole_runs=True)
        found: list[Candidate] = []
        unvouched: list[list[Tok]] = []
        known = False  # a known firm among the items (中联重科、某牧业等龙头企业): the dictionary names it
        for toks in _joined_at_conjunctions(gz, text, items):
            toks = _known_firm_after_verb(gz, text, toks)
            s, e = toks[0].start, toks[-1].start + len(toks[-1].text)
            name = clean_name(text[s:e], gz)
            if not known and gz.entry_for("Organization", name) is not None:
                known = True
                continue
            # a whole run between 、 and the count or 等 that jieba cannot read as words (晶/合/集成: two
            # single characters) is a coined name (长鑫存储、晶合集成两家龙头); 电驱动, 智能座舱 are trades
            run = (toks[0].tag == "run" and len(items) >= 2 and name not in p.generic_modifiers
                   and sum(len(t.text) == 1 for t in tokens(gz, text, s, e)) >= 2)
            # (高校、科研院所等机构: the head words are kinds, no firm)
            if not _list_firm_ok(gz, text, toks, name):
                continue
            if not (run or has_evidence(gz, toks, tags_count=True)):
                unvouched.append(toks)
                continue
            found.append(_list_firm(gz, s, e, name))
        if found or known:
            # a short item beside named firms is a firm too, whatever jieba makes of it
            # (三环集团、永/达/陶瓷等龙头企业; 由安踏、361度等链主企业: 安踏 is jieba's verb; a known firm
            # vouches as a found one does: 双汇、某牧业等龙头企业, session 15)
            for toks in unvouched:
                run = _stop_run(gz, text, lo, toks[-1].start + len(toks[-1].text))
                if run and run[0].start <= toks[0].start:
                    s, e = run[0].start, run[-1].start + len(run[-1].text)
                    name = clean_name(text[s:e], gz)
                    if _list_firm_ok(gz, text, run, name):
                        found.append(_list_firm(gz, s, e, name))
        out += found
    for m in proj_rx.finditer(text, lo, hi):
        items = _list_items(gz, text, lo, m.start())
        if len(items) != 1:
            continue
        toks = items[0]
        s, e = toks[0].start, m.start()
        name = clean_name(text[s:e], gz)
        if not name_ok(gz, name) or not has_evidence(gz, toks) or contains_dict_form(gz, name):
            continue
        if any(h in name for h in p.chain_strong):
            continue  # 某经开区某某产业链配套项目等重点项目: works for a chain, the zone and the chain read alone
        out.append(Candidate("Project", s, e, name, "list", 2, None, None))
    return out


def _known_firm_after_verb(gz: Gazetteer, text: str, toks: list[Tok]) -> list[Tok]:
    """专线优先服务某某等企业: a known firm (organizations.tsv) right after a word jieba reads as a verb
    (服务, 对接 …) is the item; the verb and the words before it are the clause's (the walk went on
    over them: 服务 is a name verb of 某某服务有限公司). The item is kept whole otherwise."""
    e = toks[-1].start + len(toks[-1].text)
    for i in range(1, len(toks)):
        if ((toks[i - 1].tag or "").startswith("v")
                and gz.entry_for("Organization", clean_name(text[toks[i].start:e], gz)) is not None):
            return toks[i:]
    return toks


@functools.lru_cache(maxsize=8)
def _long_stops(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(w for w in words if len(w) >= 2)


def _list_firm_ok(gz: Gazetteer, text: str, toks: list[Tok], name: str) -> bool:
    """Whether a list item before a firm head may be a firm: no kind, body, place or known
    name of another type, and not a quoted name."""
    p = gz.patterns
    return not (not _firm_name_ok(gz, name) or name in p.organization_list_heads
                or name.endswith(p.org_list_exclude_endings) or name in gz.places
                # 市人大代表、德清一家电机企业: a county by its short name is where the firm is
                or name in gz.raw_places
                or _holds_other_known(gz, name) or text[toks[0].start - 1:toks[0].start] in CLOSE_Q)


def _list_firm(gz: Gazetteer, s: int, e: int, name: str) -> Candidate:
    """A firm of a list. One whose name ends like a site (某某电机工厂、某药业等龙头企业) is the firm
    the list head says it is: it outranks the suffix's Project reading of the same words."""
    plant = name.endswith(gz.patterns.firm_plant_endings)
    return Candidate("Organization", s, e, name, "list", 0 if plant else 2, None, None)


def _stop_run(gz: Gazetteer, text: str, lo: int, pos: int) -> list[Tok]:
    """The short run of words ending at ``pos`` after its last stop word (由安踏, 支持钱/顺/汽车):
    one token, or empty when it is too short or too long to be a name of a list."""
    p = gz.patterns
    a = window_start(text, lo, pos, 10)
    start = a
    for t in tokens(gz, text, a, pos):
        if t.text in p.walk_stop_words:
            start = t.start + len(t.text)
    if not p.min_name_length <= pos - start <= p.list_vouched_max_length:
        return []
    return [Tok(text[start:pos], start, "vouched")]


def _firm_name_ok(gz: Gazetteer, name: str) -> bool:
    """:func:`name_ok` without the endings that make no site (电路 of 集成电路, 路 of a road):
    a firm is named for its trade (晋华集成电路)."""
    p = gz.patterns
    return p.min_name_length <= len(name) <= p.max_name_length and name not in gz.generic_words


def _holds_other_known(gz: Gazetteer, name: str) -> bool:
    """Whether a list item holds a known name that is not a firm's: an item that is a known
    tool or chain is that, but one that extends a known firm's name (中粮屯河, 新希望六和) is
    the firm's fuller name, and the longest name wins over the dictionary's."""
    return any(gz.entries[idx].type != "Organization" or form == name
               for _, (form, targets) in gz.automaton.iter(name) for idx, _ in targets)


def _joined_at_conjunctions(gz: Gazetteer, text: str, items: list[list[Tok]]) -> list[list[Tok]]:
    """溧阳汉和智能装备科技有限公司和江苏壹心…等企业: an item split off at 和/与 that carries
    no proper name of its own is the tail of the item before it (the 和 is inside a name)."""
    out: list[list[Tok]] = []
    for toks in items:
        s = toks[0].start
        if (out and text[s - 1] in "和与" and out[-1][-1].start + len(out[-1][-1].text) == s - 1
                and not has_evidence(gz, toks) and has_evidence(gz, out[-1])):
            out[-1] = out[-1] + [Tok(text[s - 1], s - 1, "c")] + toks
            continue
        out.append(toks)
    return out


def leader_may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a leader word, which every firm found follows."""
    return _leader_re(gz.patterns.leader_words).search(text, lo, hi) is not None


def leader_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    """Firms named right after a leader word: 支持链主企业鑫磁科技牵头…, 龙头企业红星药业投资…,
    and a 、-list of them (链主企业中国稀土集团、金力永磁的带动作用).

    A name runs to the first verb, stop word or punctuation (at most 8 characters) and
    needs a proper-noun sign of its own (an unknown word, a known firm, a place): the
    words after a leader word may be any noun phrase (龙头企业数量达到…, 龙头企业12家)."""
    out = []
    for m in _leader_re(gz.patterns.leader_words).finditer(text, lo, hi):
        e = m.end()
        for _ in range(MAX_RUN):
            cand, end, ended_by_word = _leader_item(gz, text, e, hi)
            if cand is None:
                break
            out.append(cand)
            if ended_by_word or end >= hi or text[end] != "、":
                break
            e = end + 1
    return out


def _leader_item(gz: Gazetteer, text: str, e: int, hi: int) -> tuple[Candidate | None, int, bool]:
    """The firm named at ``e`` (after a leader word or a 、), where it ends, and whether a
    verb or stop word (not punctuation) ended it."""
    p = gz.patterns
    stop = e
    while stop < hi and stop - e < 12 and text[stop] not in HARD:
        stop += 1
    toks = tokens(gz, text, e, stop)
    kept: list[Tok] = []
    for t in toks:
        if t.text in p.walk_stop_words or (t.tag or "").startswith("v") and t.text not in p.name_verbs:
            break
        kept.append(t)
    if not kept:
        return None, e, False
    by_word = len(kept) < len(toks)
    if not by_word and not (stop >= hi or text[stop] in HARD):
        return None, e, False  # the name runs on past twelve characters: no name
    s, end = kept[0].start, kept[-1].start + len(kept[-1].text)
    name = clean_name(text[s:end], gz)
    if (not 2 <= len(name) <= 8 or not name_ok(gz, name) or not has_content(gz, kept)
            or not has_evidence(gz, kept, tags_count=True) or _COUNT.match(name)
            or text.startswith(p.leader_words, s)
            # 龙头企业当链主: a role, no firm (a name holding a leader word names the kind)
            or any(w in name for w in p.leader_words)
            or name.endswith(p.org_list_exclude_endings) or name in gz.places
            or gz.entry_for("PolicyTool", name) or gz.entry_for("IndustryChain", name)):
        return None, end, by_word
    return Candidate("Organization", s, end, name, "list", 2, None, None), end, by_word


# 龙头企业12家: a count of firms, not a firm
_COUNT = re.compile(r"[0-9０-９一二两三四五六七八九十百千万]+[家个户名批]")


@functools.lru_cache(maxsize=8)
def _leader_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(words))


@functools.lru_cache(maxsize=8)
def _chain_count_re(heads: tuple[str, ...], kinds: tuple[str, ...]) -> re.Pattern[str]:
    """A count of chains after a list (三条产业链, 三大主导产业集群): the count, a kind, the head; or
    the list closed by 等 right before the head (某、某等产业链: the text names them chains)."""
    alt = alternation(heads)
    kind = alternation(kinds)
    # (几条产业链: a count the text leaves vague is a count too)
    return re.compile(rf"(?:[{_NUMERALS}]+[条大个]|几[条大个]|等)(?:{kind})?({alt})")


def chain_list_may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a chain head, which the pattern ends with."""
    return _holds(gz.patterns.chain_count_heads + _INDUSTRY, text, lo, hi)


#: the head of a counted list of a place's own industries (三大优势产业), named as chains
_INDUSTRY = ("产业",)


@functools.lru_cache(maxsize=8)
def _industry_count_re(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """某、某、某三大优势产业: a count, a kind that makes them the place's own (优势, 主导, 支柱 …:
    ``chain_count_industry_kinds``; 三大产业 alone are the economy's sectors) and 产业, no 链 or 集群
    after it (those are the chain heads' pattern)."""
    return re.compile(rf"(?:[{_NUMERALS}]+[条大个]|几[条大个])(?:{alternation(kinds)})(产业)(?![链集园基])")


def chain_list_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    """动力电池、光伏、储能三条产业链: a 、-list right before a count of chains names each
    member as a chain (光伏产业链); the mention is the member as the text writes it."""
    p = gz.patterns
    out: list[Candidate] = []
    if not chain_list_may_find(gz, text, lo, hi):
        return out  # none in the part, no match
    counts = [*_chain_count_re(p.chain_count_heads, p.chain_count_kinds).finditer(text, lo, hi),
              *_industry_count_re(p.chain_count_industry_kinds).finditer(text, lo, hi)]
    for m in counts:
        # (某、某、某等六条特色链: the list closed by 等 before its count)
        end = m.start() - 1 if m.start() - 1 > lo and text[m.start() - 1] == "等" else m.start()
        if text[m.start()] == "等" and m.group(1) == "链":
            continue  # 等链: no chain named so (a word run on, 等链接)
        items = _list_items(gz, text, lo, end, whole_runs=True)
        # (某、某两条主导链和某、某等六条特色链: the list runs back over the list of the count
        # before; it starts after that one's count)
        counted = _chain_count_re(p.chain_count_heads, p.chain_count_kinds)
        cut = max((i for i, toks in enumerate(items)
                   if counted.search(text, toks[0].start, toks[-1].start + len(toks[-1].text))), default=-1)
        items = items[cut + 1:]
        if len(items) < 2:
            continue
        head = m.group(1)
        found = []
        for n, toks in enumerate(items):
            if len(toks) > 1 and len(toks[0].text) == 1 and (toks[0].tag or "").startswith("v"):
                toks = toks[1:]  # 梳理/出 动力电池: the verb's complement opens no trade
            verbs = [i for i, t in enumerate(toks[:-1]) if (t.tag or "").startswith("v") and len(t.text) == 1]
            if n == 0 and verbs:
                toks = toks[verbs[-1] + 1:]  # 重点/抓/机床、…几条产业链: the clause's verb opens the list
            s, e = toks[0].start, toks[-1].start + len(toks[-1].text)
            item = clean_name(text[s:e], gz)
            if not 2 <= len(item) <= 6 or not has_content(gz, toks) or item in gz.places:
                found = []
                break  # one item that is no trade (a place, a qualifier): no list of chains
            # (a chain counted by 链 alone, 两条主导链, is named as any chain is: X产业链)
            # (a place's counted industries, 三大优势产业, are named as chains: X产业链; session 26)
            named = "产业链" if head in ("链", "产业") else head
            found.append(Candidate("IndustryChain", s, e, item + named, "list", 2, None, None))
        out += found
    return out


def warm_up(gz: Gazetteer) -> None:
    """Build the tables this module makes on first use from the data files' words (each keyed by
    its word lists) now: :func:`loaders.mentions.warm_up_tables` calls it."""
    p = gz.patterns
    _chain_count_re(p.chain_count_heads, p.chain_count_kinds)  # 三条产业链 after a list
    _long_stops(p.walk_stop_words)
    _leader_re(p.leader_words)  # (its document test is asked only where a part holds a leader word)
