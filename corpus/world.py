"""The simulated country a corpus is drawn from.

A :class:`World` fixes, for one seed, everything that must stay consistent
across the sessions of a city: which short forms its departments use
(发改委 or 发改局), who heads them in each term, its committee members, its
chains and projects, its companies, and the year it adopts each policy tool.

Policy tools have Zipf-skewed popularity and diffuse: each tool starts in one
city in an origin year, and every other city adopts it some years later, sooner
when the tool is popular and when the city is near the origin. A session can
only mention tools its city has adopted by the session's year, so later years
see more cities using a tool, as real diffusion does.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from corpus.catalog import Catalog, Chain, City, DepartmentVariant

__all__ = ["Project", "CityWorld", "World", "build_world", "FIRST_YEAR", "LAST_YEAR", "person_name",
           "NEIGHBOUR_KM", "neighbours"]

FIRST_YEAR = 2016
LAST_YEAR = 2025

#: Cities this close (km) are neighbours for the neighbour effect, as are cities of one province
#: (the same rule as the diffusion export's default, queries.diffusion.NEIGHBOUR_KM).
NEIGHBOUR_KM = 300.0
#: Adoption delays rank tools as if the catalog held at most this many (up to it: plain Zipf).
ZIPF_RANKS = 100


@dataclass(frozen=True)
class Project:
    name: str  # canonical (full) name
    alias: str | None  # a short form the text may use later (食品实验室)
    chain: Chain


@dataclass(frozen=True)
class CityWorld:
    city: City
    departments: tuple[DepartmentVariant, ...]  # one variant per type, city's own forms
    chains: tuple[Chain, ...]
    projects: tuple[Project, ...]
    companies: tuple[str, ...]
    scheme: str | None  # a city-wide chain scheme such as "11+8"
    members: tuple[str, ...]  # committee members (askers)
    vice_chairs: tuple[str, ...]
    heads: dict  # (department type, term index) -> person name
    adoption: tuple[int | None, ...]  # per tool index: first year the city uses it
    term_base: int  # the 届 in office in 2016
    weight: float  # relative number of sessions the city holds


@dataclass(frozen=True)
class World:
    catalog: Catalog
    cities: tuple[CityWorld, ...]
    tool_weights: tuple[float, ...]  # Zipf popularity per catalog tool
    tool_origin: tuple[tuple[int, int], ...]  # (origin year, origin city index) per tool


def person_name(rng: random.Random, catalog: Catalog) -> str:
    given = rng.choice(catalog.given)
    if rng.random() < 0.6:
        given += rng.choice(catalog.given)
    return rng.choice(catalog.surnames) + given


def _distance_km(a: City, b: City) -> float:
    la, lb = math.radians(a.lat), math.radians(b.lat)
    dlon = math.radians(b.lon - a.lon)
    c = math.sin(la) * math.sin(lb) + math.cos(la) * math.cos(lb) * math.cos(dlon)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


def _brand(company: str, frag: dict) -> str:
    for suffix in frag["org_suffix"]:
        if company.endswith(suffix):
            return company[: -len(suffix)]
    return company


def _projects(rng: random.Random, catalog: Catalog, city: City, chains: tuple[Chain, ...], companies: tuple[str, ...]) -> tuple[Project, ...]:
    frag = catalog.fragments
    seen: dict[str, Project] = {}
    region = rng.choice(frag["regions"])
    for chain in chains:
        for _ in range(rng.randint(2, 4)):
            form = rng.choice(frag["project_form"])
            name = form.format(
                short=city.short,
                product=rng.choice(chain.products),
                brand=_brand(rng.choice(companies), frag) if rng.random() < 0.3 else rng.choice(frag["brands"]),
                chain=chain.stem,
                n=rng.choice((5, 10, 20, 30, 50, 100)),
            )
            seen.setdefault(name, Project(name, None, chain))
    # One flagship lab per city, referred to later by its short form
    # (中原食品实验室 → 食品实验室): exercises the loaders' alias resolution.
    lab_chain = rng.choice(chains)
    lab = rng.choice(frag["lab_form"]).format(region=region, chain=lab_chain.stem)
    seen.setdefault(lab, Project(lab, lab[len(region):], lab_chain))
    return tuple(seen[k] for k in sorted(seen))


def _city_world(rng: random.Random, catalog: Catalog, city: City, n_tools: int) -> CityWorld:
    by_type: dict[str, list[DepartmentVariant]] = {}
    for d in catalog.departments:
        by_type.setdefault(d.type, []).append(d)
    departments = tuple(rng.choice(by_type[t]) for t in sorted(by_type))
    chains = tuple(sorted(rng.sample(catalog.chains, k=min(len(catalog.chains), rng.randint(3, 5))), key=lambda c: c.name))
    scheme_name, members = catalog.city_schemes.get(city.name, (None, ()))
    if members:  # the city's own named clusters (揭阳: 绿色石化, 海洋经济 …)
        chains = tuple(sorted(members, key=lambda c: c.name))
    frag = catalog.fragments
    companies = tuple(sorted({rng.choice(frag["brands"]) + rng.choice(frag["org_suffix"]) for _ in range(rng.randint(3, 6))}))
    projects = _projects(rng, catalog, city, chains, companies)
    scheme = f"{rng.randint(3, 12)}+{rng.randint(2, 10)}" if rng.random() < 0.35 else None
    scheme = scheme_name or scheme
    members = tuple(person_name(rng, catalog) for _ in range(rng.randint(12, 24)))
    vice_chairs = tuple(person_name(rng, catalog) for _ in range(3))
    # Department heads change with the 5-year term (2017, 2022 elections).
    heads = {(d.type, term): person_name(rng, catalog) for d in departments for term in range(3)}
    return CityWorld(
        city=city,
        departments=departments,
        chains=chains,
        projects=projects,
        companies=companies,
        scheme=scheme,
        members=members,
        vice_chairs=vice_chairs,
        heads=heads,
        adoption=(None,) * n_tools,
        term_base=rng.randint(5, 14),
        weight=rng.uniform(0.5, 1.5),
    )


def neighbours(cities: list[City] | tuple[City, ...], km: float = NEIGHBOUR_KM) -> list[list[int]]:
    """For each city, the indices of the others in its province or within ``km``."""
    return [[j for j, b in enumerate(cities) if j != i and (a.province == b.province or _distance_km(a, b) <= km)]
            for i, a in enumerate(cities)]


def _hazard_adoption(chosen: list[City], weights: list[float], origin: list[tuple[int, int]],
                     effect: float, km: float, seed: int) -> list[list[int | None]]:
    """Adoption years per tool from a yearly logistic hazard with a neighbour term.

    Each year after a tool's origin, a city that has not adopted it adopts
    with probability ``1 / (1 + exp(-(a + effect * k)))``, where ``a`` grows
    with the tool's popularity and ``k`` counts the city's neighbours that
    adopted in an earlier year. With ``effect = 0`` cities adopt
    independently of each other (and of where the tool started), so a
    regression on the exported panel should find no neighbour effect; the
    random draws do not depend on ``effect``, so two corpora differ only
    through it.
    """
    nb = neighbours(chosen, km)
    top = max(weights)
    out: list[list[int | None]] = []
    for t, (oy, oc) in enumerate(origin):
        rng = random.Random(f"policygraph-corpus:{seed}:hazard:{t}")
        years: list[int | None] = [None] * len(chosen)
        years[oc] = oy
        base = -3.2 + 2.2 * weights[t] / top
        for y in range(oy + 1, LAST_YEAR + 1):
            draws = [rng.random() for _ in chosen]  # drawn for every city: the same stream for any effect
            new = []
            for i, d in enumerate(draws):
                if years[i] is not None:
                    continue
                k = sum(1 for j in nb[i] if years[j] is not None and years[j] < y)
                if d < 1.0 / (1.0 + math.exp(-(base + effect * k))):
                    new.append(i)
            for i in new:
                years[i] = y
        out.append(years)
    return out


def build_world(catalog: Catalog, *, cities: int, seed: int, neighbour_effect: float | None = None,
                neighbour_km: float = NEIGHBOUR_KM) -> World:
    """Draw the cities, their departments and projects, and the tools' diffusion.

    Without ``neighbour_effect`` a tool spreads from its origin city with a
    delay that grows with distance (the corpus of earlier versions, byte for
    byte). With it, adoption follows a yearly logistic hazard in which each
    neighbour (same province or within ``neighbour_km``) that adopted in an
    earlier year adds ``neighbour_effect`` to the log-odds: a known effect
    for testing diffusion analyses (0 means none).
    """
    if cities < 1:
        raise ValueError("cities must be at least 1")
    if cities > len(catalog.cities):
        raise ValueError(f"cities must be at most {len(catalog.cities)} (prefecture-level cities known)")
    rng = random.Random(f"policygraph-corpus:{seed}:world")
    # Always include the two sample cities first when they fit, so a small
    # generated corpus overlaps the real one.
    known = {c.name: c for c in catalog.cities}
    chosen = [known[n] for n in ("漯河市", "揭阳市") if n in known][:cities]
    rest = [c for c in catalog.cities if c not in chosen]
    chosen += rng.sample(rest, k=cities - len(chosen))
    n_tools = len(catalog.tools)
    order = list(range(n_tools))
    rng.shuffle(order)
    weights = [0.0] * n_tools
    for rank, t in enumerate(order):
        weights[t] = 1.0 / (rank + 1) ** 1.1  # Zipf
    top = max(weights)
    # How fast each tool spreads: Zipf over the rank scaled to a catalog of ZIPF_RANKS tools.
    # Over the raw rank of a thousand tools all but the first few are equally unpopular
    # and their adoption would not be skewed at all.
    spread = [0.0] * n_tools
    for rank, t in enumerate(order):
        spread[t] = 1.0 / (1 + rank * min(n_tools, ZIPF_RANKS) / n_tools) ** 1.1
    origin = []
    for t in range(n_tools):
        # Popular tools tend to be older: they had time to spread.
        span = LAST_YEAR - FIRST_YEAR - 1
        year = FIRST_YEAR + int(span * rng.random() ** (1.0 + 2.0 * weights[t] / top))
        origin.append((year, rng.randrange(len(chosen))))
    hazard = (_hazard_adoption(chosen, weights, origin, neighbour_effect, neighbour_km, seed)
              if neighbour_effect is not None else None)
    worlds = []
    for ci, city in enumerate(chosen):
        cw = _city_world(random.Random(f"policygraph-corpus:{seed}:city:{city.name}"), catalog, city, n_tools)
        crng = random.Random(f"policygraph-corpus:{seed}:adopt:{city.name}")
        adoption: list[int | None] = []
        for t in range(n_tools if hazard is None else 0):
            oy, oc = origin[t]
            if oc == ci:
                adoption.append(oy)
                continue
            delay = crng.expovariate(0.12 + 1.2 * spread[t]) + _distance_km(chosen[oc], city) / 800.0
            year = oy + 1 + int(delay)
            adoption.append(year if year <= LAST_YEAR else None)
        if hazard is not None:
            adoption = [hazard[t][ci] for t in range(n_tools)]
        worlds.append(CityWorld(**{**cw.__dict__, "adoption": tuple(adoption)}))
    return World(catalog, tuple(worlds), tuple(weights), tuple(origin))
