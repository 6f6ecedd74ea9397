"""Both stores, on hand-made records: same graph as networkx, idempotence,
replacement, rollback, concurrent ingest, plain rows, errors."""

from __future__ import annotations

import dataclasses
import hashlib
import threading

import pytest

from graph.nx import from_store, to_networkx
from graph.store import (
    QuerySyntaxError,
    QueryTimeout,
    ReadOnlyViolation,
    StoreError,
    TooManyRows,
)
from graph.ingest import Failed
from graph.store_ladybug import LadybugStore
from graph.store_neo4j import Neo4jStore
from tests.fixtures_stores import graph_snapshot
from tests.graph.handmade import changed, jieyang, luohe, luohe_other


def _assert_same_graph(store, records):
    got, want = graph_snapshot(from_store(store)), graph_snapshot(to_networkx(records))
    assert got[0] == want[0]
    assert got[1] == want[1]


def test_store_holds_the_networkx_graph(store):
    result = store.ingest([luohe(), jieyang()])
    assert (result.added, result.unchanged, result.failed) == (2, 0, 0)
    g = to_networkx([luohe(), jieyang()])
    assert result.nodes_added == g.number_of_nodes()
    assert result.relationships_added == g.number_of_edges()
    _assert_same_graph(store, [luohe(), jieyang()])
    stats = store.stats()
    assert sum(stats["nodes"].values()) == g.number_of_nodes()
    assert stats["nodes"]["PolicyTool"] == 4
    assert stats["nodes"]["City"] == 2


def test_second_ingest_changes_nothing(store):
    store.ingest([luohe(), jieyang()])
    before = store.stats()
    result = store.ingest([jieyang(), luohe()])
    assert (result.added, result.unchanged, result.nodes_added, result.relationships_added) == (0, 2, 0, 0)
    assert store.stats() == before


def test_changed_document_replaces_the_old_version(store):
    store.ingest([luohe(), jieyang()])
    new = changed(jieyang())
    result = store.ingest([new])
    assert result.replaced == 1
    # Exactly the graph of the new corpus: old exchanges, the asker only the
    # dropped exchange had (周平), and derived edges all follow.
    _assert_same_graph(store, [luohe(), new])
    rows = store.run("MATCH (c:City {id: '揭阳市'})-[a:ADOPTS]->(t:PolicyTool {id: '两重'}) "
                     "RETURN a.exchanges AS ex")
    assert rows == []  # the new version no longer mentions 两重 …
    rows = store.run("MATCH (c:City)-[a:ADOPTS]->(t:PolicyTool {id: '两重'}) RETURN c.id AS c")
    assert rows == [{"c": "漯河市"}]  # … but 漯河 still does, so the tool stays
    assert store.run("MATCH (p:Person {id: '揭阳市|周平'}) RETURN p.id AS id") == []
    # and going back restores the original exactly
    assert store.ingest([jieyang()]).replaced == 1
    _assert_same_graph(store, [luohe(), jieyang()])


def test_replacement_drops_nodes_only_the_old_version_held(store):
    rec = jieyang()
    store.ingest([rec])
    bare = dataclasses.replace(rec, exchanges=(dataclasses.replace(rec.exchanges[0], mentions=()),),
                               entities=(), sha256=hashlib.sha256(b"bare").hexdigest())
    assert store.ingest([bare]).replaced == 1
    _assert_same_graph(store, [bare])
    assert store.stats()["nodes"]["PolicyTool"] == 0
    assert store.stats()["nodes"]["IndustryChain"] == 0


def _fail_after(monkeypatch, store, calls):
    """Make the store's statement runner raise after ``calls`` statements."""
    count = {"n": 0}
    if isinstance(store, LadybugStore):
        original = LadybugStore._execute

        def patched(self, query, params=None, **kw):
            if not query.startswith("ROLLBACK"):
                count["n"] += 1
                if count["n"] > calls:
                    raise RuntimeError("injected failure")
            return original(self, query, params, **kw)

        monkeypatch.setattr(LadybugStore, "_execute", patched)
    else:
        original = Neo4jStore._tx_run

        def patched(self, tx, query, params, counters):
            count["n"] += 1
            if count["n"] > calls:
                raise RuntimeError("injected failure")
            return original(self, tx, query, params, counters)

        monkeypatch.setattr(Neo4jStore, "_tx_run", patched)
    return count


def _statements_per_batch(store, monkeypatch, records):
    """How many statements a batch of ``records`` takes (counted in a transaction then rolled back)."""
    import graph.ingest

    original = graph.ingest.write_batch
    seen = {}

    def counting(tx, dialect, graphs, **kw):
        n = {"n": 0}
        inner = tx.run

        def run(query, params=None):
            n["n"] += 1
            return inner(query, params)

        tx.run = run
        original(tx, dialect, graphs, **kw)
        seen["n"] = n["n"]
        raise RuntimeError("counted")

    monkeypatch.setattr(graph.ingest, "write_batch", counting)
    # batch of two, then each alone after the batch failed: the first count is the batch's
    assert store.ingest(records).failed == len(records)
    monkeypatch.undo()
    return seen["n"]


@pytest.mark.parametrize("where", [0.0, 0.5, 0.97])
def test_failure_mid_batch_leaves_the_store_as_it_was(store, monkeypatch, where):
    store.ingest([luohe(), jieyang()])
    before_stats, before_graph = store.stats(), graph_snapshot(from_store(store))
    batch = [changed(jieyang()), luohe_other()]
    total = _statements_per_batch(store, monkeypatch, batch)
    assert store.stats() == before_stats
    calls = int(total * where)
    count = _fail_after(monkeypatch, store, calls)
    result = store.ingest(batch)
    # the batch failed inside, then each document alone failed on its first statement
    assert calls < count["n"] <= calls + 4
    assert result.failed == 2 and "injected failure" in result.failures[0].error
    assert result.failures[0].error.startswith(batch[0].source + ": ")
    monkeypatch.undo()
    assert store.stats() == before_stats
    assert graph_snapshot(from_store(store)) == before_graph
    # and the store still works afterwards
    assert store.ingest([changed(jieyang())]).replaced == 1


def test_a_document_the_store_rejects_fails_alone(store, monkeypatch):
    """A batch the store refuses is written again one document per transaction."""
    import graph.ingest

    original = graph.ingest.write_batch

    def picky(tx, dialect, graphs, **kw):
        if any(g.source == jieyang().source for g in graphs):
            raise RuntimeError("refused")
        return original(tx, dialect, graphs, **kw)

    monkeypatch.setattr(graph.ingest, "write_batch", picky)
    # in batches: into an empty LadybugDB the bulk path would take the load (test_batches)
    result = graph.ingest.ingest(store, [luohe(), jieyang(), luohe_other()], batch_docs=3)
    assert (result.added, result.failed) == (2, 1)
    assert result.failures[0].error == f"{jieyang().source}: RuntimeError: refused"
    monkeypatch.undo()
    _assert_same_graph(store, [luohe(), luohe_other()])


def test_shared_nodes_and_derived_edges_across_documents(store):
    store.ingest([luohe(), luohe_other(), jieyang()])
    _assert_same_graph(store, [luohe(), luohe_other(), jieyang()])
    rows = store.run("MATCH (c:City)-[a:ADOPTS]->(t:PolicyTool {id: '专项债'}) "
                     "RETURN c.id AS city, a.first_date AS first, a.sessions AS sessions ORDER BY city")
    assert rows == [
        {"city": "揭阳市", "first": "2025", "sessions": ["揭阳市-2025"]},
        {"city": "漯河市", "first": "2024-10-28", "sessions": ["漯河市-2024-10-28", "漯河市-2025-04-01"]},
    ]


def test_one_row_per_transaction_gives_the_same_graph(store):
    result = store.ingest([luohe(), jieyang()], one_row_per_tx=True)
    assert result.added == 2
    _assert_same_graph(store, [luohe(), jieyang()])


def test_progress_reports_every_document(store):
    seen = []
    result = store.ingest([luohe(), Failed("bad.txt", "bad.txt: no recognisable exchange"), luohe()],
                          progress=seen.append)
    assert [r.status for r in seen] == ["added", "failed", "unchanged"]
    assert seen[1].error == "bad.txt: no recognisable exchange"
    assert (result.added, result.failed, result.unchanged) == (1, 1, 1)


def test_concurrent_documents_share_city_and_tool_nodes(neo4j_store):
    docs = [luohe(), luohe_other()]
    barrier = threading.Barrier(len(docs))
    results, errors = [], []

    def work(doc):
        try:
            barrier.wait()
            results.append(neo4j_store.ingest([doc]))
        except Exception as err:  # surfaced below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(d,)) for d in docs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    assert sum(r.added for r in results) == 2, results
    counts = neo4j_store.run(
        "MATCH (n) WHERE n.id IN ['漯河市', '专项债', '先使用后付费', '绿色通道', '两重'] "
        "RETURN n.id AS id, count(*) AS n ORDER BY id")
    assert [r["n"] for r in counts] == [1, 1, 1, 1, 1]
    # Derived edges saw both documents, whichever committed first.
    _assert_same_graph(neo4j_store, docs)


def test_rows_are_identical_across_stores(ladybug_store, neo4j_store):
    queries = [
        "MATCH (c:City)-[a:ADOPTS]->(t:PolicyTool) RETURN c, a, t ORDER BY c.id, t.id",
        "MATCH p = (d:Department)-[:WORKS_ON]->(x:Project) RETURN p ORDER BY d.id, x.id",
        "MATCH (x:Exchange)-[m:MENTIONS]->(t:PolicyTool) RETURN x.id AS xid, m, m.`end` AS e "
        "ORDER BY xid, m.part, m.start",
        "MATCH (d:Department) RETURN d.name AS name, collect(d.id) AS ids ORDER BY name",
    ]
    for s in (ladybug_store, neo4j_store):
        s.ingest([luohe(), jieyang()])
    for q in queries:
        a, b = ladybug_store.run(q), neo4j_store.run(q)
        assert a and a == b, q
    row = ladybug_store.run(queries[0])[0]
    assert row["a"]["_start"] == row["c"]["_key"] == "揭阳市"
    assert row["t"]["_label"] == "PolicyTool" and "aliases" in row["t"]


def test_run_errors_are_one_line(store):
    store.ingest([luohe()])
    with pytest.raises(ReadOnlyViolation):
        store.run("CREATE (c:City {id: 'x', name: 'x'})")
    assert store.run("MATCH (c:City {id: 'x'}) RETURN c.id AS id") == []
    with pytest.raises(QuerySyntaxError) as err:
        store.run("MATCH (c:City RETURN c")
    assert "\n" not in str(err.value)
    with pytest.raises(TooManyRows):
        store.run("MATCH (x:Exchange) RETURN x.id AS id", row_cap=2)
    assert len(store.run("MATCH (x:Exchange) RETURN x.id AS id", row_cap=3)) == 3
    with pytest.raises(StoreError):
        store.run("MATCH (c:City) RETURN c.id AS id; MATCH (c:City) RETURN c.id AS id")
    # writes are allowed when asked for
    store.run("MATCH (c:City {id: '漯河市'}) SET c.province = $p", {"p": "河南"}, read_only=False)
    assert store.run("MATCH (c:City {id: '漯河市'}) RETURN c.province AS p") == [{"p": "河南"}]


def test_run_timeout(store):
    with pytest.raises(QueryTimeout):
        # 25 billion rows streamed from small lists: minutes of work, little memory
        store.run("UNWIND range(1, 5000) AS x UNWIND range(1, 5000) AS y UNWIND range(1, 1000) AS z "
                  "WITH x, y, z WHERE (x + y + z) % 7 = 3 RETURN count(*) AS n", timeout=0.3)


def test_neo4j_schema_constraints_and_fulltext_index(neo4j_store):
    neo4j_store.ingest([luohe(), jieyang()])
    constraints = neo4j_store.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
                                  "RETURN labelsOrTypes[0] AS label, properties AS props, type AS type")
    unique = {r["label"] for r in constraints if r["props"] == ["id"] and "UNIQUE" in r["type"]}
    from graph.schema import NODES

    assert unique == {n.label for n in NODES}
    rows = neo4j_store.run("SHOW INDEXES YIELD name, type, options WHERE name = 'policygraph_text' "
                           "RETURN type AS type, options.indexConfig['fulltext.analyzer'] AS analyzer, "
                           "options.indexConfig['fulltext.eventually_consistent'] AS eventual")
    assert rows == [{"type": "FULLTEXT", "analyzer": "cjk", "eventual": True}]
    # updated after the commits, yet found at once: the ingest waited for the index
    hits = neo4j_store.run("CALL db.index.fulltext.queryNodes('policygraph_text', '绿色通道') YIELD node "
                           "RETURN DISTINCT labels(node)[0] AS label ORDER BY label")
    assert {"Exchange", "PolicyTool"} <= {r["label"] for r in hits}


def test_replacement_drops_a_department_only_the_old_version_named(store):
    from loaders.records import Department

    rec = luohe()
    extra = Department("漯河市审计局", "漯河市", "审计", ("市审计局",))
    store.ingest([dataclasses.replace(rec, departments=rec.departments + (extra,),
                                      sha256=hashlib.sha256(b"with audit").hexdigest())])
    assert store.run("MATCH (d:Department {id: '漯河市审计局'})-[:OF_TYPE]->(t) RETURN t.id AS t") == [{"t": "审计"}]
    assert store.ingest([rec]).replaced == 1
    _assert_same_graph(store, [rec])
    assert store.run("MATCH (t:DepartmentType {id: '审计'}) RETURN t.id AS t") == []
