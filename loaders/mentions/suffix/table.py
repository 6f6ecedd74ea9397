"""The suffixes of entity_patterns.yaml: their table (type, strong or weak), as a regex and as an
Aho-Corasick automaton."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import ahocorasick

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer

__all__ = ["suffix_re", "suffix_automaton", "suffix_info", "word_set"]


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
        alt = alternation(table)
        cached = (re.compile(f"(?=({alt}))"), table)
        _SUFFIX_RE[gz.digest] = cached
    return cached


_SUFFIX_AC: dict[str, Any] = {}


def suffix_automaton(gz: Gazetteer) -> Any:
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


class SuffixInfo(NamedTuple):
    """What the rules ask of one suffix at each of its hits, read once per gazetteer from the
    patterns: each was a membership test of a pattern tuple per hit (``suffix in
    p.institution_org_suffixes`` compared the suffix with 32 words, for every hit)."""

    kinds: list[tuple[str, bool]]  # the table's (type, strong) rows
    any_strong: bool  # a strong kind among them (no weak kind's tests before the walk)
    firm: bool  # ("Organization", True) among them: a firm's words and registered name are read
    institution: bool  # institution_org_suffixes: a school's or hospital's (works on it, a level's)
    phase_head: bool  # phase_heads: a head of works (项目, 工程)
    named_zone: bool  # named_zone_suffixes
    built_school: bool  # built_school_suffixes
    zone_opening: bool  # zone_opening_suffixes
    workplace: bool  # ends with one of workplace_suffixes
    institute: bool  # ends with one of institute_suffixes
    branch_institute: bool  # branch_institute_suffixes
    branch_owned: bool  # ends with one of branch_institute_suffixes: an owner's site is named after a strong body
    compounds: tuple[str, ...]  # the suffix_compounds that may stand where the suffix does (中心城市 for 中心)
    joined: tuple[str, ...]  # the suffix_joined_words likewise (工程建设 for 工程)


_SUFFIX_INFO: dict[str, dict[str, SuffixInfo]] = {}


def suffix_info(gz: Gazetteer) -> dict[str, SuffixInfo]:
    """Each suffix of :func:`suffix_re`'s table and what the rules ask of it (:class:`SuffixInfo`)."""
    got = _SUFFIX_INFO.get(gz.digest)
    if got is None:
        p = gz.patterns
        got = _SUFFIX_INFO[gz.digest] = {
            s: SuffixInfo(kinds, any(strong for _, strong in kinds), ("Organization", True) in kinds,
                          s in p.institution_org_suffixes, s in p.phase_heads, s in p.named_zone_suffixes,
                          s in p.built_school_suffixes, s in p.zone_opening_suffixes, s.endswith(p.workplace_suffixes),
                          s.endswith(p.institute_suffixes), s in p.branch_institute_suffixes,
                          s.endswith(p.branch_institute_suffixes), _at_suffix(p.suffix_compounds, s),
                          _at_suffix(p.suffix_joined_words, s))
            for s, kinds in suffix_re(gz)[1].items()}
    return got


def _at_suffix(words: tuple[str, ...], suffix: str) -> tuple[str, ...]:
    """The ``words`` that text where ``suffix`` stands may start with: those that begin with the suffix
    or that it begins with."""
    return tuple(w for w in words if w.startswith(suffix) or suffix.startswith(w))


_WORD_SETS: dict[tuple[str, str], frozenset[str]] = {}


def word_set(gz: Gazetteer, field: str) -> frozenset[str]:
    """The words of the patterns' list ``field`` (a tuple of entity_patterns.yaml, kept in file order)
    as a set, made once per gazetteer: a membership test asked per hit or per word of a walk compared
    the word with each of the tuple's (project_strong: 45, institution_org_suffixes: 32)."""
    key = (gz.digest, field)
    got = _WORD_SETS.get(key)
    if got is None:
        got = _WORD_SETS[key] = frozenset(getattr(gz.patterns, field))
    return got
