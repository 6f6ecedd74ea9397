"""The two real samples in both stores (the session-scoped ``loaded_stores``)."""

from __future__ import annotations

import pytest

from graph.nx import from_store, to_networkx

SHARED_TOOLS = ["专项债", "两重", "先使用后付费", "绿色通道"]


def test_both_stores_hold_the_same_counts(loaded_stores, sample_records):
    lady, neo = loaded_stores["ladybug"].stats(), loaded_stores["neo4j"].stats()
    assert lady == neo
    g = to_networkx(sample_records)
    assert sum(lady["nodes"].values()) == g.number_of_nodes()
    assert sum(lady["relationships"].values()) == g.number_of_edges()
    assert lady["nodes"]["Document"] == 2 and lady["nodes"]["City"] == 2


@pytest.mark.parametrize("kind", ["ladybug", "neo4j"])
def test_shared_policy_tools_are_one_node_adopted_by_both_cities(loaded_stores, kind):
    store = loaded_stores[kind]
    rows = store.run(
        "MATCH (t:PolicyTool) WHERE t.name IN $names "
        "OPTIONAL MATCH (c:City)-[a:ADOPTS]->(t) "
        "RETURN t.name AS tool, count(DISTINCT t) AS nodes, collect(DISTINCT c.name) AS cities ORDER BY tool",
        {"names": SHARED_TOOLS})
    assert [r["tool"] for r in rows] == sorted(SHARED_TOOLS)
    for r in rows:
        assert r["nodes"] == 1
        assert sorted(r["cities"]) == ["揭阳市", "漯河市"], r


@pytest.mark.parametrize("kind", ["ladybug", "neo4j"])
def test_every_derived_edge_keeps_its_exchanges(loaded_stores, kind):
    store = loaded_stores[kind]
    for t in ("WORKS_ON", "USES", "ADOPTS", "IN_CHAIN"):
        rows = store.run(f"MATCH ()-[r:{t}]->() RETURN r.exchanges AS ex")
        assert all(r["ex"] for r in rows), t
    # and each of those exchanges exists
    ids = {r["id"] for r in store.run("MATCH (x:Exchange) RETURN x.id AS id")}
    for r in store.run("MATCH ()-[r:USES]->() RETURN r.exchanges AS ex"):
        assert set(r["ex"]) <= ids


def test_rows_match_across_stores_on_the_samples(loaded_stores):
    q = ("MATCH (d:Department)-[w:USES]->(t:PolicyTool) RETURN d, w, t ORDER BY d.id, t.id")
    a, b = loaded_stores["ladybug"].run(q), loaded_stores["neo4j"].run(q)
    assert a and a == b


def test_from_store_equals_to_networkx(loaded_stores, sample_records):
    want = to_networkx(sample_records)
    for store in loaded_stores.values():
        got = from_store(store)
        assert sorted(got.nodes) == sorted(want.nodes)
        assert sorted(got.edges(keys=True)) == sorted(want.edges(keys=True))
