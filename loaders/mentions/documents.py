"""Named laws, regulations and rules as policy tools: 《优化营商环境条例》, 《…管理办法》.

Annotators of real reports count a legal or regulatory instrument named by its
title as a PolicyTool, like any other instrument with a fixed name. Two forms:

* a title in 《》 whose last word is a law's or rule's (``heads`` in
  loaders/data/legal_documents.yaml: 法, 条例, 办法, 细则, 规定, 决定 …), with at least
  two characters before the head (《条例》, 《实施细则》 are short forms of a title
  named before, not new names), within the length bounds, holding no sentence
  punctuation, and none of the congress's own rules of procedure (议事规则; its laws, 监督法,
  代表法, count like any other, and a local body's own 办法 and 决定 are instruments);
* the same name without marks when it opens with the jurisdiction that made it
  (中华人民共和国…法, 石家庄市…条例): a full place name, then no clause word (落实,
  根据, 的 …) before the head. Without marks a title is ambiguous (该条例, 落实条例),
  so only these count;
* a national law's short title (``national_short_laws``: 监督法, 义务教育法 …), marked or
  not, where no longer word goes on from it (监督法律).

The mention is the title inside the marks as written; the name is that title with
a trailing year or edition aside dropped ((2020年修订)). The same title without its
jurisdiction (《道路交通安全法》 beside 《中华人民共和国道路交通安全法》) is the same
entity (:func:`loaders.resolve.resolve`); 《条例》 and 该条例 are none. Traditional texts are read
through their simplified copy, so 《…條例》 is named …条例. Programme titles (方案,
规划, 计划) are :mod:`.titles`'s.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from loaders.datafiles import DATA_DIR, DataFileError, alternation, read_yaml
from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import policy_category
from loaders.resolve import Candidate, clean_name

__all__ = ["SOURCE", "LegalRules", "legal_rules", "document_candidates"]

#: the candidates' source: resolution merges a title's short form (道路交通安全法 after
#: 中华人民共和国道路交通安全法) into the full name among these only
SOURCE = "title"

_FILE = "legal_documents.yaml"
#: a title in 《》, or in “” (“…保护条例”立法调研: quoted, a law's name is as plain); a quote holding
#: 《》 is words said that name a title (“请问，《某市物业管理条例》施行一年了…？”): the scan goes on
#: into it instead of taking the whole quote as one candidate title
_TITLE = re.compile(r"《([^《》\n]{2,80}(?:\n[^《》\n]{1,80})?)》|“([^“”《》\n]{2,80})”")
#: a trailing year or edition aside: (2020年修订), （2022—2024年）
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class LegalRules:
    """legal_documents.yaml, read once."""

    heads: tuple[str, ...]
    min_before_head: int
    not_names_before_head: tuple[str, ...]
    min_length: int
    max_length: int
    not_law_endings: tuple[str, ...]
    law_endings_despite: tuple[str, ...]
    exclude: tuple[str, ...]
    congress_words: tuple[str, ...]
    congress_heads: tuple[str, ...]
    sentence_marks: str
    unmarked_heads: tuple[str, ...]
    national_heads: tuple[str, ...]
    unmarked_max_length: int
    unmarked_stop: tuple[str, ...]
    national_prefix: str
    jurisdiction_suffixes: tuple[str, ...]
    edition_words: tuple[str, ...]
    mirror_garbles: tuple[tuple[str, str], ...]
    national_short_laws: tuple[str, ...]
    short_law_not_before: tuple[str, ...]


@functools.lru_cache(maxsize=4)
def _edition_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """A title's closing aside with a year or an edition word ((2020年修订))."""
    return re.compile(rf"[（(][^（）()]*(?:\d{{4}}|{alternation(words)})[^（）()]*[）)]$")


def _words(data: dict, key: str) -> tuple[str, ...]:
    v = data.get(key)
    if not isinstance(v, list) or not v or not all(isinstance(w, str) and w for w in v):
        raise DataFileError(f"{_FILE}: '{key}' must be a non-empty list of words")
    return tuple(v)


def _int(data: dict, key: str) -> int:
    v = data.get(key)
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise DataFileError(f"{_FILE}: '{key}' must be a whole number")
    return v


def _str(data: dict, key: str) -> str:
    v = data.get(key)
    if not isinstance(v, str) or not v:
        raise DataFileError(f"{_FILE}: '{key}' must be a non-empty string")
    return v


@functools.lru_cache(maxsize=4)
def legal_rules(data_dir: str = str(DATA_DIR)) -> LegalRules:
    """The rules of ``legal_documents.yaml`` (errors name the file and the key)."""
    d = read_yaml(_FILE, data_dir=Path(data_dir))
    return LegalRules(
        heads=_words(d, "heads"), min_before_head=_int(d, "min_before_head"),
        not_names_before_head=_words(d, "not_names_before_head"),
        min_length=_int(d, "min_length"), max_length=_int(d, "max_length"),
        not_law_endings=_words(d, "not_law_endings"), law_endings_despite=_words(d, "law_endings_despite"),
        exclude=_words(d, "exclude"),
        congress_words=_words(d, "congress_words"), congress_heads=_words(d, "congress_heads"),
        sentence_marks=_str(d, "sentence_marks"), unmarked_heads=_words(d, "unmarked_heads"),
        national_heads=_words(d, "national_heads"),
        unmarked_max_length=_int(d, "unmarked_max_length"), unmarked_stop=_words(d, "unmarked_stop"),
        national_prefix=_str(d, "national_prefix"), jurisdiction_suffixes=_words(d, "jurisdiction_suffixes"),
        edition_words=_words(d, "edition_words"), mirror_garbles=_pairs(d, "mirror_garbles"),
        national_short_laws=_words(d, "national_short_laws"), short_law_not_before=_words(d, "short_law_not_before"),
    )


def _pairs(data: dict, key: str) -> tuple[tuple[str, str], ...]:
    v = data.get(key)
    if not isinstance(v, list) or not all(isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) and w for w in p)
                                          for p in v):
        raise DataFileError(f"{_FILE}: '{key}' must be a list of [garbled, character] pairs")
    return tuple((a, b) for a, b in v)


def _head(rules: LegalRules, name: str) -> str | None:
    """The longest head ending ``name``, if the name is a law's or rule's title."""
    head = max((h for h in rules.heads if name.endswith(h)), key=len, default=None)
    if head is None or len(name) - len(head) < rules.min_before_head:
        return None
    if name[:-len(head)] in rules.not_names_before_head:
        return None  # 《相关规定》, 《补充规定》
    if head == "法" and name.endswith(rules.not_law_endings) and not name.endswith(rules.law_endings_despite):
        return None  # 《学习方法》, 《四步工作法》 (not 《预算法》)
    return head


def _is_title(rules: LegalRules, name: str) -> bool:
    head = _head(rules, name)
    if not (rules.min_length <= len(name) <= rules.max_length
            and not any(c in rules.sentence_marks for c in name)
            and not any(w in name for w in rules.exclude)
            and head is not None):
        return False
    return not (head in rules.congress_heads and any(w in name for w in rules.congress_words))


def _marked(gz: Gazetteer, rules: LegalRules, text: str, lo: int, hi: int) -> list[Candidate]:
    out = []
    for m in _TITLE.finditer(text, lo, hi):
        group = 1 if m.group(1) is not None else 2
        title = m.group(group).strip().replace("\n", "")  # (a PDF copy breaks a long title's line)
        for garbled, char in rules.mirror_garbles:
            title = title.replace(garbled, char)
        name = clean_name(_edition_re(rules.edition_words).sub("", title), gz)
        if group == 2 and not (name.endswith(rules.unmarked_heads) or name.startswith(rules.national_prefix)):
            continue  # “如何做加法”, “四步工作法”: quotes hold slogans, so only the plainest heads
        if _is_title(rules, name) and name not in gz.generic_words:
            s, e = m.span(group)
            out.append(Candidate("PolicyTool", s, e, name, SOURCE, 1, policy_category(gz, name), None))
    return out


@functools.lru_cache(maxsize=4)
def _jurisdictions(places: frozenset[str], suffixes: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Full place names only (石家庄市, 河北省): a short form (石家庄) opens too many
    phrases; and the characters they end with, where a name's jurisdiction may end."""
    full = frozenset(p for p in places if len(p) >= 2 and p.endswith(suffixes))
    return full, frozenset(p[-1] for p in full)


@functools.lru_cache(maxsize=4)
def _heads_re(national_heads: tuple[str, ...], unmarked_heads: tuple[str, ...]) -> re.Pattern[str]:
    # (keyed by the two word tuples, not the rules: the cache hashed every field of the
    # rules on every part, 1.8 us a call where the two tuples cost 0.1)
    return re.compile(alternation({*national_heads, *unmarked_heads}))


def _unmarked(gz: Gazetteer, rules: LegalRules, text: str, lo: int, hi: int) -> list[Candidate]:
    places, ends = _jurisdictions(gz.raw_places, rules.jurisdiction_suffixes)
    heads = _heads_re(rules.national_heads, rules.unmarked_heads)
    nat, longest = rules.national_prefix, rules.unmarked_max_length
    out = []
    for m in heads.finditer(text, lo, hi):
        h, e = m.span()
        if (e < hi and text[e] in "》”\"") or (h > lo and text[h - 1] == "》"):
            continue  # a marked or quoted title: not this rule's
        by_place = m.group().endswith(rules.unmarked_heads)
        by_nation = m.group().endswith(rules.national_heads)
        a = h
        while a > lo and h - a < longest and _CJK.match(text[a - 1]):
            a -= 1  # the CJK run before the head
        if a == h or (not by_place and text.find(nat, a, h) < 0):
            continue  # 法 needs 中华人民共和国 (依法, 方法)
        place_ends = [j for j in range(a, h) if text[j] in ends] if by_place else []
        starts: dict[int, int] = {}  # where a name may start -> where its jurisdiction ends
        for i in range(a, h):
            if by_nation and text.startswith(nat, i):
                starts[i] = i + len(nat)
            else:
                body_at = next((j + 1 for j in place_ends if j > i and text[i:j + 1] in places), None)
                if body_at is not None:
                    starts[i] = body_at
        starts = {i: b for i, b in starts.items() if h - b >= rules.min_before_head}
        if not starts:
            continue
        # the nearest jurisdiction (…防治法和浙江省…条例 names 浙江省…条例), grown over
        # the places right before it (河北省石家庄市…条例)
        start = max(starts)
        for i in sorted(starts, reverse=True):
            if starts[i] == start:
                start = i
        name = text[start:e]
        body = name[len(nat):] if name.startswith(nat) else name
        if any(w in body for w in rules.unmarked_stop) or not _is_title(rules, name):
            continue
        if start == 0 or text[start - 1] != "《":
            out.append(Candidate("PolicyTool", start, e, name, SOURCE, 2, policy_category(gz, name), None))
    return out


@functools.lru_cache(maxsize=4)
def _short_laws_re(laws: tuple[str, ...], not_before: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(laws)})(?!{alternation(not_before)})")


def _short_laws(gz: Gazetteer, rules: LegalRules, text: str, lo: int, hi: int) -> list[Candidate]:
    """National laws named by their short title (依照监督法, 贯彻实施义务教育法, 《监督法》): after
    中华人民共和国 the title is the other rules' (the longer mention wins there)."""
    out = []
    for m in _short_laws_re(rules.national_short_laws, rules.short_law_not_before).finditer(text, lo, hi):
        s, e = m.span()
        name = m.group()  # (《监督法》 too: shorter than a marked title's least length)
        out.append(Candidate("PolicyTool", s, e, name, SOURCE, 2, policy_category(gz, name), None))
    return out


def document_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    """Laws, regulations and rules named in ``text[lo:hi]`` (overlaps settled by the driver)."""
    rules = legal_rules()
    return _marked(gz, rules, text, lo, hi) + _unmarked(gz, rules, text, lo, hi) + _short_laws(gz, rules, text, lo, hi)
