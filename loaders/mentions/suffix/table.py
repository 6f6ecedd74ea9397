"""The suffixes of entity_patterns.yaml: their table (type, strong or weak), as a regex and as an
Aho-Corasick automaton."""

from __future__ import annotations

import re
from typing import Any

import ahocorasick

from loaders.gazetteer import Gazetteer


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
        alt = "|".join(re.escape(s) for s in sorted(table, key=len, reverse=True))
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
