"""Programmes named by a document title in 《》: 《…三年行动方案(2022—2024年)》, 《…规划纲要》.

A title whose last word is a programme's (``document_title_heads``: 方案, 行动计划,
规划纲要 …) names a policy tool when it also names the jurisdiction the programme
covers (云南省…, 国家…), the years it runs ((2022—2024年)) or the issuer right before
it (中央《…实施方案》, 国家《…标准》); a plan a department
issues with a bank (《支持外贸稳定增长行动方案》) is one document, not a programme
the places share. Titles of suggestions and reports (关于…的建议) name none (laws and
regulations, …法, …条例, are :mod:`.documents`'s), nor do titles of the congress's own documents
(``document_title_exclude``). The mention spans the title inside the marks; the
name drops a trailing year range, which dates one edition of the same programme, and a draft aside
((草案), (征求意见稿)): the draft names the programme it becomes.

Unmarked, a programme counts only right after a verb of drawing it up and opened by a
full place name (编制完成了石棉县农村供水改造提升方案): without the marks, the verb and the
place say that the words are a title. A plan or a list of a kind that needs no place
(``placeless_programme_heads``: 实施方案, 责任清单, 负面清单) is named by what it covers.
"""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import name_ok, policy_category, words_rx
from loaders.places import place_words
from loaders.resolve import Candidate, clean_name

__all__ = ["title_candidates", "unmarked_programme_candidates", "warm_up", "titles_may_find", "unmarked_may_find"]

_TITLE = re.compile(r"《([^《》\n]{2,60})》")
_YEARS = re.compile(r"[（(][^（）()]*\d{4}[^（）()]*[）)]$")


@functools.lru_cache(maxsize=1)
def _jurisdiction() -> re.Pattern[str]:
    """A jurisdiction opening the title: 云南省…, 青州市…, 国家…, 全国… (data/place_words.tsv)."""
    w = place_words()
    return re.compile(rf"(?:{alternation(w['jurisdiction'])}|[\u4e00-\u9fff]{{1,8}}?(?:{alternation(w['jurisdiction_level'])}))")


@functools.lru_cache(maxsize=8)
def _issuer_re(issuers: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(issuers)})(?:{alternation(verbs)})?(?:了|的)?$")


@functools.lru_cache(maxsize=8)
def _draft_re(marks: tuple[str, ...]) -> re.Pattern[str]:
    """A draft's aside ending a title: (草案), (修订草案), (征求意见稿) …"""
    return re.compile(rf"[（(](?:[^（）()]{{0,4}}草案[^（）()]{{0,4}}|{alternation(marks)})[）)]$")


@functools.lru_cache(maxsize=8)
def _heads_re(heads: tuple[str, ...]) -> re.Pattern[str]:
    alt = alternation(heads)
    return re.compile(rf"(?:{alt})$")


def titles_may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a 《, which every title the pattern reads opens with."""
    return text.find("《", lo, hi) >= 0


def title_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    out = []
    for m in _TITLE.finditer(text, lo, hi):
        s, e = m.span(1)
        undrafted = _draft_re(p.document_draft_marks).sub("", m.group(1).strip()).strip()
        title = _YEARS.sub("", undrafted).strip()
        name = clean_name(title, gz)
        if (title == undrafted and not _jurisdiction().match(name)
                and not _issuer_re(p.document_issuers, p.document_issue_verbs).search(text, max(lo, s - 10), s - 1)):
            continue  # neither the years, the place it covers nor its issuer: one office's document
        if (not _heads_re(p.document_title_heads).search(name) or name.startswith("关于")
                or any(w in name for w in p.document_title_exclude)
                or not p.min_name_length <= len(name) <= p.max_name_length + 8
                or name in gz.generic_words):
            continue
        out.append(Candidate("PolicyTool", s, e, name, "pattern", 1, policy_category(gz, name), None))
    return out


@functools.lru_cache(maxsize=8)
def _drafted_re(verbs: tuple[str, ...], heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(verbs)})([^\W\d_A-Za-z的]{{4,28}}?(?:{alternation(heads)}))")


def unmarked_may_find(gz: Gazetteer, text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds the last two characters of a programme head, which the
    pattern ends with (a plain scan for them is far cheaper than the pattern)."""
    return words_rx(gz.patterns.unmarked_programme_heads, 2).search(text, lo, hi) is not None


def unmarked_programme_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    p = gz.patterns
    out: list[Candidate] = []
    if not unmarked_may_find(gz, text, lo, hi):
        return out
    for m in _drafted_re(p.programme_draft_verbs, p.unmarked_programme_heads).finditer(text, lo, hi):
        name = m.group(1)
        if (text[m.end(1):m.end(1) + 1] in ("》", "”") or name.startswith("关于") or "关于" in name
                or any(w in name for w in p.document_title_exclude)):
            continue
        if not (any(name.startswith(pl) and pl.endswith(("省", "市", "县", "区", "州", "旗"))
                    for pl in (name[:k] for k in range(2, 9)) if pl in gz.raw_places)
                or _covers_named(gz, name)):
            continue
        out.append(Candidate("PolicyTool", m.start(1), m.end(1), name, "pattern", 1, policy_category(gz, name), None))
    return out


def _covers_named(gz: Gazetteer, name: str) -> bool:
    """A plan or a list whose head needs no place (``placeless_programme_heads``: 某某溪生态流量保障
    实施方案, 某某湖生态环境保护责任清单): at least four characters say what it covers, opened by no
    generic modifier (重点, 相关 …) and no count (两项…)."""
    p = gz.patterns
    head = next((h for h in p.placeless_programme_heads if name.endswith(h)), None)
    if head is None:
        return False
    covered = name[:-len(head)]
    k = 0
    while k < len(covered) and covered[k] in p.numeral_chars:
        k += 1
    counted = k > 0 and k < len(covered) and covered[k] in p.quantity_chars  # 两项…, 三个… (十八溪 is a name)
    return (len(covered) >= 4 and not counted
            and not any(covered.startswith(w) for w in p.generic_modifiers) and name_ok(gz, name))


def warm_up(gz: Gazetteer) -> None:
    """Build the tables this module makes on first use from the data files' words (each keyed by
    its word lists) now: :func:`loaders.mentions.warm_up_tables` calls it."""
    p = gz.patterns
    _issuer_re(p.document_issuers, p.document_issue_verbs)
