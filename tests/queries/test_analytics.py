"""Analytics on networkx graphs: hand-made graphs, generated records, and the samples from both stores."""

from __future__ import annotations

import doctest

import networkx as nx
import pytest

from graph.nx import from_store, to_networkx
from queries import analytics as an
from tests.queries.synthetic import synthetic_corpus


def test_doctests() -> None:
    assert doctest.testmod(an).failed == 0


def _bipartite(edges: list[tuple[str, str]]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for d, p in edges:
        g.add_node(f"Department:{d}", label="Department", name=d, city="X")
        g.add_node(f"Project:{p}", label="Project", name=p, city="X")
        g.add_edge(f"Department:{d}", f"Project:{p}", key="WORKS_ON", type="WORKS_ON", count=1)
    return g


def test_bridge_between_two_clusters() -> None:
    # A1, A2 share p1; B1, B2 share p2; only HUB works on both: it bridges.
    g = _bipartite([("A1", "p1"), ("A2", "p1"), ("B1", "p2"), ("B2", "p2"), ("HUB", "p1"), ("HUB", "p2")])
    ranked = an.bridging_departments(g)
    assert ranked[0].department == "HUB" and ranked[0].projects == 2
    assert ranked[0].betweenness > 0
    assert {b.betweenness for b in ranked[1:]} == {0.0}
    assert [b.department for b in ranked[1:]] == ["A1", "A2", "B1", "B2"]  # ties by name
    assert len(an.bridging_departments(g, top=2)) == 2
    assert an.bridging_departments(nx.MultiDiGraph()) == []


def test_communities_split_clusters_and_are_seeded() -> None:
    edges = [(d, p) for d in ("A1", "A2", "A3") for p in ("p1", "p2")] + [(d, p) for d in ("B1", "B2", "B3") for p in ("q1", "q2")]
    edges.append(("A1", "q1"))
    g = _bipartite(edges)
    groups = an.communities(g)
    assert len(groups) == 2
    assert {frozenset(c.departments) for c in groups} == {frozenset({"A1", "A2", "A3"}), frozenset({"B1", "B2", "B3"})}
    assert groups == an.communities(g)  # same seed, same answer
    assert all(p.endswith("(X)") for c in groups for p in c.projects)


def test_comentions_and_diffusion_on_generated_records() -> None:
    records = synthetic_corpus(30, cities=5, seed=9)
    g = to_networkx(records)
    pairs = an.tool_comentions(g)
    assert pairs and all(p.a < p.b for p in pairs)
    assert [(-p.weight, p.a, p.b) for p in pairs] == sorted((-p.weight, p.a, p.b) for p in pairs)
    # weights agree with a direct count over the records
    expected: dict[tuple[str, str], set[str]] = {}
    for r in records:
        for x in r.exchanges:
            tools = sorted({m.name for m in x.mentions if m.type == "PolicyTool"})
            for i, a in enumerate(tools):
                for b in tools[i + 1:]:
                    expected.setdefault((a, b), set()).add(x.id)
    assert {(p.a, p.b): p.weight for p in pairs} == {k: len(v) for k, v in expected.items()}
    c = an.tool_comention_graph(g)
    assert c.number_of_edges() == len(pairs)
    heaviest = pairs[0]
    assert c[heaviest.a][heaviest.b]["weight"] == heaviest.weight

    paths = an.diffusion_paths(g)
    for tool, steps in paths.items():
        keys = [(s.first_date == an.UNKNOWN_DATE, s.first_date, s.city) for s in steps]
        assert keys == sorted(keys), tool
        first_seen: dict[str, str] = {}
        for r in records:
            if any(m.name == tool for x in r.exchanges for m in x.mentions) and r.session.date:
                city = r.session.city
                first_seen[city] = min(first_seen.get(city, r.session.date), r.session.date)
        assert {s.city: s.first_date for s in steps if s.first_date != an.UNKNOWN_DATE} == first_seen


@pytest.fixture(scope="module")
def sample_graphs(loaded_stores):
    return {kind: from_store(store) for kind, store in loaded_stores.items()}


def test_samples_same_analytics_from_both_stores(sample_graphs) -> None:
    lady, neo = sample_graphs["ladybug"], sample_graphs["neo4j"]
    assert an.bridging_departments(lady) == an.bridging_departments(neo)
    assert an.communities(lady) == an.communities(neo)
    assert an.tool_comentions(lady) == an.tool_comentions(neo)
    assert an.diffusion_paths(lady) == an.diffusion_paths(neo)


def test_samples_facts(sample_graphs) -> None:
    g = sample_graphs["ladybug"]
    paths = an.diffusion_paths(g, min_cities=2)
    assert {"先使用后付费", "专项债", "两重", "绿色通道"} <= set(paths)
    assert [s.city for s in paths["先使用后付费"]] == ["漯河市", "揭阳市"]  # 2024 before 2025
    bridges = an.bridging_departments(g)
    assert bridges and any(b.city == "漯河市" for b in bridges)
    assert bridges[0].betweenness >= bridges[-1].betweenness
    groups = an.communities(g)
    assert any("中原食品实验室 (漯河市)" in c.projects for c in groups)
    assert an.tool_comentions(g)
