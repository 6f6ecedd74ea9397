"""Graph analytics on the networkx graph read from either store.

Every function takes the ``nx.MultiDiGraph`` of :func:`graph.nx.from_store`
(or :func:`graph.nx.to_networkx`) first: nodes named ``Label:key`` with a
``label`` attribute and the schema properties, edges with a ``type``
attribute and their properties. Pure functions, no I/O; results are frozen
dataclasses in a deterministic order, so the same corpus gives the same
answer whichever store it came from (subgraphs are rebuilt in sorted order
before any algorithm whose result depends on node order).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import networkx as nx

__all__ = [
    "Bridge",
    "Community",
    "CoMention",
    "DiffusionStep",
    "bridging_departments",
    "communities",
    "department_project_graph",
    "tool_comention_graph",
    "tool_comentions",
    "diffusion_paths",
    "UNKNOWN_DATE",
    "as_plain",
]

#: Shown for a first date the corpus does not give; sorts after every date.
UNKNOWN_DATE = "unknown"


@dataclass(frozen=True)
class Bridge:
    """A department and how much it bridges projects (betweenness centrality)."""

    department: str
    city: str | None
    betweenness: float
    projects: int


@dataclass(frozen=True)
class Community:
    """A group of departments and projects more tied to each other than to the rest."""

    index: int
    departments: tuple[str, ...]
    projects: tuple[str, ...]


@dataclass(frozen=True)
class CoMention:
    """Two policy tools mentioned in the same exchanges (``weight`` = how many)."""

    a: str
    b: str
    weight: int
    exchanges: tuple[str, ...]


@dataclass(frozen=True)
class DiffusionStep:
    """A city on a tool's diffusion path and the first date the tool was seen there."""

    city: str
    first_date: str


def _name(g: nx.MultiDiGraph, node: str) -> str:
    attrs = g.nodes[node]
    return attrs.get("name") or attrs.get("key") or node


def _nodes_of(g: nx.MultiDiGraph, label: str) -> list[str]:
    return sorted(n for n, a in g.nodes(data=True) if a.get("label") == label)


def department_project_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """The undirected bipartite Department–Project graph of WORKS_ON edges.

    Edge ``weight`` is the WORKS_ON ``count`` (mentions behind the edge).
    Nodes and edges are inserted in sorted order so that seeded algorithms
    give the same result on graphs read from either store.
    """
    edges: dict[tuple[str, str], int] = {}
    for u, v, data in g.edges(data=True):
        if data.get("type") != "WORKS_ON":
            continue
        edges[(u, v)] = edges.get((u, v), 0) + int(data.get("count") or 1)
    b = nx.Graph()
    for n in sorted({n for pair in edges for n in pair}):
        b.add_node(n, label=g.nodes[n].get("label"), name=_name(g, n), city=g.nodes[n].get("city"),
                   bipartite=0 if g.nodes[n].get("label") == "Department" else 1)
    for (u, v) in sorted(edges):
        b.add_edge(u, v, weight=edges[(u, v)])
    return b


def bridging_departments(g: nx.MultiDiGraph, top: int | None = None) -> list[Bridge]:
    """Departments ranked by betweenness on the Department–Project graph.

    A department that works on projects otherwise worked on by disjoint sets
    of departments lies on many shortest paths between them: it bridges.
    Exact (normalised) betweenness, unweighted, so ties are exact and broken
    by department name.

    >>> g = nx.MultiDiGraph()
    >>> for d in "ABC": g.add_node("Department:" + d, label="Department", name=d, city="X")
    >>> for p in "pq": g.add_node("Project:" + p, label="Project", name=p, city="X")
    >>> for d, p in [("A", "p"), ("B", "p"), ("B", "q"), ("C", "q")]:
    ...     _ = g.add_edge("Department:" + d, "Project:" + p, type="WORKS_ON", count=1)
    >>> [(x.department, x.projects) for x in bridging_departments(g)][:1]
    [('B', 2)]
    """
    b = department_project_graph(g)
    if b.number_of_nodes() == 0:
        return []
    scores = nx.betweenness_centrality(b, normalized=True)
    out = [
        Bridge(b.nodes[n]["name"], b.nodes[n]["city"], round(scores[n], 9), b.degree(n))
        for n in b if b.nodes[n]["label"] == "Department"
    ]
    out.sort(key=lambda x: (-x.betweenness, -x.projects, x.department, x.city or ""))
    return out[:top] if top is not None else out


def communities(g: nx.MultiDiGraph, *, seed: int = 7, resolution: float = 1.0) -> list[Community]:
    """Communities of departments and projects (Louvain, fixed seed, weighted by mentions).

    Largest first; ties by the first department, then first project.
    """
    b = department_project_graph(g)
    if b.number_of_nodes() == 0:
        return []
    parts = nx.community.louvain_communities(b, weight="weight", resolution=resolution, seed=seed)
    groups = []
    for part in parts:
        deps = tuple(sorted(b.nodes[n]["name"] for n in part if b.nodes[n]["label"] == "Department"))
        projs = tuple(sorted(_qualified(b, n) for n in part if b.nodes[n]["label"] == "Project"))
        groups.append((deps, projs))
    groups.sort(key=lambda t: (-(len(t[0]) + len(t[1])), t[0], t[1]))
    return [Community(i + 1, d, p) for i, (d, p) in enumerate(groups)]


def _qualified(b: nx.Graph, n: str) -> str:
    # Project names repeat across cities; the city keeps them apart.
    city = b.nodes[n].get("city")
    return f"{b.nodes[n]['name']} ({city})" if city else b.nodes[n]["name"]


def _tool_exchanges(g: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Exchange key → canonical names of the policy tools it mentions."""
    out: dict[str, set[str]] = defaultdict(set)
    for u, v, data in g.edges(data=True):
        if data.get("type") == "MENTIONS" and g.nodes[v].get("label") == "PolicyTool":
            out[g.nodes[u].get("key") or u].add(_name(g, v))
    return out


def tool_comention_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """Policy tools linked when mentioned in the same exchange; ``weight`` = shared exchanges."""
    c = nx.Graph()
    for tools in _tool_exchanges(g).values():
        for t in tools:
            c.add_node(t)
    for pair in tool_comentions(g):
        c.add_edge(pair.a, pair.b, weight=pair.weight, exchanges=list(pair.exchanges))
    return c


def tool_comentions(g: nx.MultiDiGraph, *, min_weight: int = 1) -> list[CoMention]:
    """Pairs of tools mentioned together, heaviest first (ties by names).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("Exchange:e1", label="Exchange", key="e1")
    >>> for t in ("专项债", "两重"): g.add_node("PolicyTool:" + t, label="PolicyTool", name=t)
    >>> for t in ("专项债", "两重"): _ = g.add_edge("Exchange:e1", "PolicyTool:" + t, type="MENTIONS")
    >>> tool_comentions(g)
    [CoMention(a='专项债', b='两重', weight=1, exchanges=('e1',))]
    """
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for exchange, tools in _tool_exchanges(g).items():
        for a, b in itertools.combinations(sorted(tools), 2):
            shared[(a, b)].append(exchange)
    out = [CoMention(a, b, len(xs), tuple(sorted(xs))) for (a, b), xs in shared.items() if len(xs) >= min_weight]
    out.sort(key=lambda x: (-x.weight, x.a, x.b))
    return out


def diffusion_paths(g: nx.MultiDiGraph, *, min_cities: int = 1) -> dict[str, list[DiffusionStep]]:
    """For each policy tool, its cities ordered by first date (ties by city name).

    Built from the ADOPTS edges (City → PolicyTool, ``first_date``); a city
    without a known date comes last, shown as :data:`UNKNOWN_DATE`. Tools are
    keyed by name, in name order; only tools seen in ``min_cities`` or more.
    """
    paths: dict[str, list[DiffusionStep]] = defaultdict(list)
    for u, v, data in g.edges(data=True):
        if data.get("type") != "ADOPTS":
            continue
        paths[_name(g, v)].append(DiffusionStep(_name(g, u), data.get("first_date") or UNKNOWN_DATE))
    out: dict[str, list[DiffusionStep]] = {}
    for tool in sorted(paths):
        steps = sorted(paths[tool], key=lambda s: (s.first_date == UNKNOWN_DATE, s.first_date, s.city))
        if len(steps) >= min_cities:
            out[tool] = steps
    return out


def as_plain(value: Any) -> Any:
    """Dataclasses, tuples and dicts of them → JSON-ready values (for the CLI)."""
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [as_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: as_plain(v) for k, v in value.items()}
    return value
