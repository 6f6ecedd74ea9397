"""Resolve found mentions to canonical entities of one document.

* Names are cleaned: quotes, 《》 and bracketed asides go (SHEIN（希音）选品中心 →
  SHEIN选品中心), as do qualifying left words (市海洋牧场产业园 → 海洋牧场产业园).
* Dictionary forms take the dictionary's canonical name, so 专项债券 and
  地方专项债 are both 专项债, in every city.
* Within a document, a short form that is the tail of exactly one longer name
  of the same type becomes that name (食品实验室 → 中原食品实验室 when the long
  form occurs in the document).
* Scope: Projects and chains named by a number code (“1+5+N”) are bound to the
  document's city; PolicyTools and Organizations are not (``Entity.city`` None);
  other chains follow their data row (city-scoped like "11+8" for 漯河市, else None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from loaders.records import Entity

if TYPE_CHECKING:  # pragma: no cover
    from loaders.gazetteer import DictEntry, Gazetteer

__all__ = ["Candidate", "clean_name", "resolve"]

_QUOTES = re.compile(r"[“”‘’\"'「」『』《》〈〉【】]")
_ASIDE = re.compile(r"[（(][^（）()]{0,8}[）)]")


@dataclass(frozen=True)
class Candidate:
    """A mention before resolution: type, span, proposed name, where it came from."""

    type: str
    start: int
    end: int
    name: str
    source: str  # "dict", "pattern", "list", "code" (a chain named by a number code)
    priority: int  # lower wins a tie of equal length
    category: str | None = None
    entry: "DictEntry | None" = None


_SPACES = re.compile(r"\s+")
# a character one of the three substitutions of clean_name needs (an aside opens with a bracket)
_CLEAN = re.compile(r"[“”‘’\"'「」『』《》〈〉【】（(]|\s")


def clean_name(surface: str, gz: "Gazetteer") -> str:
    """Canonical spelling of a surface form (no quotes, book-title marks, asides or spaces)."""
    if _CLEAN.search(surface) is None:
        return surface  # most names hold no mark, bracket or space: one search, not three subs
    name = _ASIDE.sub("", _QUOTES.sub("", surface))
    # qualifiers (市, 我市, 新建 …) are dropped word by word where names are found,
    # not here: a prefix test on characters would turn 市场准入 into 场准入
    del gz
    return _SPACES.sub("", name)


def _merge_short_forms(names: set[str]) -> dict[str, str]:
    """short → long when the short name is the tail of exactly one longer name."""
    # index every proper tail of every name (names are short), so the cost grows
    # with the number of names, not its square; only tails that are names are asked for below,
    # so only those are kept (most tails are none: no list made for each)
    tails: dict[str, list[str]] = {}
    for n in names:
        for i in range(1, len(n) - 2):
            if (t := n[i:]) in names:
                tails.setdefault(t, []).append(n)
    mapping = {}
    for short in names:
        longer = tails.get(short, ())
        if len(short) >= 3 and len(longer) == 1:
            mapping[short] = longer[0]
    # follow chains (a → b → c)
    for k in list(mapping):
        seen = {k}
        v = mapping[k]
        while v in mapping and v not in seen:
            seen.add(v)
            v = mapping[v]
        mapping[k] = v
    return mapping


def resolve(cands: Sequence[Candidate], city: str | None, gz: "Gazetteer",
            surfaces: Sequence[str] | None = None) -> tuple[list[str], tuple[Entity, ...]]:
    """Canonical name for each candidate (same order) and the document's entities.

    ``surfaces`` (the text of each candidate) become the entity's aliases, cleaned
    of quotes and asides; a dictionary entity also lists its dictionary forms.
    """
    by_type: dict[str, set[str]] = {}
    for c in cands:
        if c.entry is None:
            by_type.setdefault(c.type, set()).add(c.name)
    maps = {t: _merge_short_forms(ns) for t, ns in by_type.items() if t in ("Project", "Organization", "IndustryChain")}
    # a law named again without its jurisdiction (道路交通安全法) is the law the text names in full
    maps["PolicyTool"] = _merge_short_forms({c.name for c in cands if c.entry is None and c.source == "title"})
    names = []
    for c in cands:
        name = c.entry.name if c.entry is not None else maps.get(c.type, {}).get(c.name, c.name)
        names.append(name)

    entities: dict[tuple[str, str], dict] = {}
    for i, (c, name) in enumerate(zip(cands, names)):
        key = (c.type, name)
        info = entities.setdefault(key, {"aliases": set(), "category": None, "parent": None, "city": None})
        info["aliases"].add(c.name)
        if surfaces is not None:
            info["aliases"].add(clean_name(surfaces[i], gz))
        if c.entry is not None:
            # Dictionary forms are aliases whatever this text said, so the
            # entity's aliases (and the graph node's) don't depend on which
            # document was read last: 专项债 always lists 专项债券.
            info["aliases"].update(c.entry.aliases, c.entry.quoted_only)
            info["parent"] = c.entry.parent
            if c.type == "IndustryChain" and c.entry.scope == "city":
                info["city"] = c.entry.city
        if c.type == "Project" or (c.type == "IndustryChain" and c.source == "code"):
            info["city"] = city  # a chain code (“1+5+N”) is one city's numbering, like a project
        if c.type == "PolicyTool" and info["category"] is None:
            info["category"] = c.category
    out = []
    for (typ, name), info in sorted(entities.items()):
        aliases = tuple(sorted(a for a in info["aliases"] if a != name))
        out.append(Entity(typ, name, info["city"], aliases, info["category"], info["parent"]))
    return names, tuple(out)
