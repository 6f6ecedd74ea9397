"""The domain data a generated corpus draws from.

Cities come from ``loaders/data/cities.tsv`` (the same file the loaders use to
recognise cities), so every generated city is one the loaders know. Policy
tools and city chain schemes come from the loaders' dictionaries
(``loaders/data/policy_tools.tsv``, ``industry_chains.tsv``), so the gold
canonical names are the loaders' canonical names; ``corpus/data/`` only adds
what those files do not say (products per chain for invented project names). Everything is read once
and returned as sorted tuples: no set or dict iteration order reaches the
random generator, which keeps the output byte-identical for a seed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

__all__ = [
    "City",
    "DepartmentVariant",
    "PolicyTool",
    "Chain",
    "Catalog",
    "load_catalog",
    "CatalogError",
]

_HERE = Path(__file__).resolve().parent / "data"
_LOADERS_DATA = Path(__file__).resolve().parent.parent / "loaders" / "data"

_SPLIT = re.compile(r"[,，、;；|/]")


class CatalogError(ValueError):
    """A data file is missing or malformed (message names file and line)."""


@dataclass(frozen=True)
class City:
    name: str  # 漯河市
    short: str  # 漯河
    province: str  # 河南省
    lat: float
    lon: float


@dataclass(frozen=True)
class DepartmentVariant:
    type: str  # 发展和改革
    full: str  # 发展和改革委员会 (the canonical name is city + full)
    short: str  # 发改委
    head_title: str  # 主任 / 局长


@dataclass(frozen=True)
class PolicyTool:
    name: str
    aliases: tuple[str, ...]
    category: str
    quoted_only: tuple[str, ...] = ()  # surfaces the loaders count only in quotes (“两重”)


@dataclass(frozen=True)
class Chain:
    name: str  # canonical chain name as the loaders know it
    stem: str  # the name without 产业链/产业集群/产业, used in running text
    products: tuple[str, ...]


@dataclass(frozen=True)
class Catalog:
    cities: tuple[City, ...]
    departments: tuple[DepartmentVariant, ...]
    tools: tuple[PolicyTool, ...]
    chains: tuple[Chain, ...]
    surnames: tuple[str, ...]
    given: tuple[str, ...]
    fragments: dict  # parsed fragments.yaml (read-only by convention)
    city_schemes: dict  # city name -> (scheme name, member chains) from the loaders' chain file
    sources: tuple[str, ...]  # which files were used, for the summary


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            out.append((lineno, line.split("\t")))
    return out


def _header_index(rows: list[tuple[int, list[str]]], names: tuple[str, ...]) -> tuple[dict[str, int], list]:
    """Find columns by header names when the file has a header row."""
    if rows and any(c.strip().lower() in names for c in rows[0][1]):
        header = [c.strip().lower() for c in rows[0][1]]
        return {h: i for i, h in enumerate(header)}, rows[1:]
    return {}, rows


def _read_cities(path: Path) -> tuple[City, ...]:
    cities = []
    for lineno, cols in _rows(path):
        if len(cols) < 6:
            raise CatalogError(f"{path}:{lineno}: expected name, short, province, level, lat, lon")
        name, short, province, level = (c.strip() for c in cols[:4])
        # Prefecture-level cities named 市 (not 地区/自治州/盟): the bodies
        # whose 人大常委会 hold the inquiry sessions this corpus imitates.
        if level != "prefecture" or not name.endswith("市"):
            continue
        try:
            lat, lon = float(cols[4]), float(cols[5])
        except ValueError as exc:
            raise CatalogError(f"{path}:{lineno}: bad coordinates") from exc
        cities.append(City(name, short or name[:-1], province, lat, lon))
    if not cities:
        raise CatalogError(f"{path}: no prefecture-level cities")
    return tuple(sorted(cities, key=lambda c: c.name))


def _head_title(full: str) -> str:
    return "主任" if full.endswith(("委员会", "办公室", "办", "中心")) else "局长"


def _read_departments(types_path: Path, theirs: Path) -> tuple[DepartmentVariant, ...]:
    """Official names and short forms of the wanted types, from the loaders' file."""
    wanted = [cols[0].strip() for _l, cols in _rows(types_path)]
    idx, rows = _header_index(_rows(theirs), ("type", "full_name", "aliases"))
    out = []
    for lineno, cols in rows:
        if len(cols) < 2:
            raise CatalogError(f"{theirs}:{lineno}: expected type, full name, aliases")
        dtype, full = cols[0].strip(), cols[1].strip()
        if dtype not in wanted:
            continue
        aliases = [a.strip() for a in _SPLIT.split(cols[2]) if a.strip()] if len(cols) > 2 else []
        # The city's own short form: the official name or one of the first
        # two aliases (the common ones; later aliases are rarer spellings).
        for short in dict.fromkeys([full, *aliases[:2]]):
            out.append(DepartmentVariant(dtype, full, short, _head_title(full)))
    missing = sorted(set(wanted) - {d.type for d in out})
    if missing:
        raise CatalogError(f"{theirs}: no official name for department types {', '.join(missing)}")
    return tuple(out)


def _read_tools(path: Path) -> tuple[PolicyTool, ...]:
    idx, rows = _header_index(_rows(path), ("name", "canonical", "aliases", "category"))
    name_i = idx.get("name", idx.get("canonical", 0))
    alias_i = idx.get("aliases", 1)
    cat_i = idx.get("category", 2)
    tools: dict[str, PolicyTool] = {}
    for lineno, cols in rows:
        if len(cols) <= name_i or not cols[name_i].strip():
            raise CatalogError(f"{path}:{lineno}: policy tool without a name")
        name = cols[name_i].strip().strip("“”\"")
        raw = [a.strip().strip("“”\"") for a in _SPLIT.split(cols[alias_i]) if a.strip()] if len(cols) > alias_i else []
        quoted_only = tuple(a[1:] for a in raw if a.startswith("~"))
        aliases = tuple(a for a in raw if not a.startswith("~") and a != name)
        category = cols[cat_i].strip() if len(cols) > cat_i and cols[cat_i].strip() else "other"
        tools.setdefault(name, PolicyTool(name, aliases, category, quoted_only))
    return tuple(sorted(tools.values(), key=lambda t: t.name))


def _stem(name: str) -> str:
    for suffix in ("产业链群", "产业链", "产业集群", "集群", "产业"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _read_chains(ours: Path, theirs: Path) -> tuple[tuple[Chain, ...], dict]:
    """Generic chains (ours, with products) and the city schemes the loaders know.

    The loaders' file names city-specific schemes ("11+8" for 漯河市,
    "一化一海五优特" and its seven members for 揭阳市); those cities use them,
    every other city draws from the generic list.
    """
    products: dict[str, tuple[str, ...]] = {}
    for lineno, cols in _rows(ours):
        if len(cols) != 2:
            raise CatalogError(f"{ours}:{lineno}: expected name, products")
        products[cols[0].strip()] = tuple(p.strip() for p in cols[1].split(",") if p.strip())
    generic = tuple(Chain(n, n, p) for n, p in sorted(products.items()))
    schemes: dict[str, tuple[str, list[Chain]]] = {}
    idx, rows = _header_index(_rows(theirs), ("name", "aliases", "scope", "parent", "city"))
    for lineno, cols in rows:
        cols = cols + [""] * (5 - len(cols))
        name, scope, parent, city = cols[0].strip(), cols[2].strip(), cols[3].strip(), cols[4].strip()
        if scope != "city" or not city or not name:
            continue
        if not parent:
            schemes.setdefault(city, (name, []))
        else:
            stem = _stem(name)
            schemes.setdefault(city, (parent, []))[1].append(Chain(name, stem, products.get(stem, (stem,))))
    return generic, {c: (n, tuple(m)) for c, (n, m) in sorted(schemes.items())}


@functools.lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """Read the data files (cached; the files do not change during a run)."""
    sources = []
    cities_path = _LOADERS_DATA / "cities.tsv"
    if cities_path.exists():
        cities = _read_cities(cities_path)
        sources.append(str(cities_path))
    else:  # only during development, before the loaders' file existed
        raise CatalogError(f"{cities_path}: missing (the generator takes its cities from the loaders' data)")
    tools_path = _LOADERS_DATA / "policy_tools.tsv"
    tools = _read_tools(tools_path)
    sources.append(str(tools_path))
    theirs = _LOADERS_DATA / "industry_chains.tsv"
    chains, city_schemes = _read_chains(_HERE / "industry_chains.tsv", theirs)
    sources.append(str(theirs))
    names = dict((cols[0], cols[1].split()) for _l, cols in _rows(_HERE / "names.tsv"))
    with (_HERE / "fragments.yaml").open(encoding="utf-8") as fh:
        fragments = yaml.safe_load(fh)
    return Catalog(
        cities=cities,
        departments=_read_departments(_HERE / "departments.tsv", _LOADERS_DATA / "department_types.tsv"),
        tools=tools,
        chains=chains,
        surnames=tuple(dict.fromkeys(names["surnames"])),
        given=tuple(dict.fromkeys(names["given"])),
        fragments=fragments,
        city_schemes=city_schemes,
        sources=tuple(sources),
    )
