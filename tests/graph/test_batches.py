"""Batched ingest on both stores: several respondents, the script, document identity by
resolved path, batch boundaries, and the batched writes matching one document per batch."""

from __future__ import annotations

import dataclasses
import hashlib
import os

import pytest

from graph.ingest import ingest
from graph.nx import from_store, to_networkx
from loaders.records import Respondent
from tests.fixtures_stores import graph_snapshot
from tests.graph.handmade import changed, jieyang, luohe, luohe_other


def two_respondents():
    """漯河's first exchange answered by 项丽 (发改委) and then 赵强 (科技局)."""
    rec = luohe()
    first = rec.exchanges[0]
    second = Respondent("赵强", "局长", "漯河市科学技术局", "科学技术", "市科技局")
    ex = dataclasses.replace(first, respondents=(first.respondent, second))
    return dataclasses.replace(rec, exchanges=(ex,) + rec.exchanges[1:], script="traditional",
                               sha256=hashlib.sha256(b"two respondents").hexdigest())


def test_every_respondent_answers_and_serves_in_their_department(store):
    rec = two_respondents()
    assert store.ingest([rec]).added == 1
    x = rec.exchanges[0].id
    rows = store.run("MATCH (p:Person)-[a:ANSWERED]->(x:Exchange {id: $x}) "
                     "RETURN p.id AS pid, a.title AS title, a.department AS d ORDER BY pid", {"x": x})
    assert rows == [{"pid": "漯河市|赵强", "title": "局长", "d": "漯河市科学技术局"},
                    {"pid": "漯河市|项丽", "title": "主任", "d": "漯河市发展和改革委员会"}]
    rows = store.run("MATCH (p:Person {id: '漯河市|赵强'})-[s:SERVES_IN]->(d:Department) "
                     "RETURN d.id AS d, s.exchanges AS ex")
    assert rows == [{"d": "漯河市科学技术局", "ex": sorted([x, rec.exchanges[2].id])}]
    # the exchange's own department stays the first respondent's
    assert store.run("MATCH (x:Exchange {id: $x}) RETURN x.department AS d", {"x": x}) == [
        {"d": "漯河市发展和改革委员会"}]
    assert graph_snapshot(from_store(store)) == graph_snapshot(to_networkx([rec]))


def test_script_is_stored_on_the_document(store):
    store.ingest([two_respondents(), jieyang()])
    rows = store.run("MATCH (d:Document) RETURN d.source AS s, d.script AS script ORDER BY s")
    assert rows == [{"s": "samples/jieyang.txt", "script": None}, {"s": "samples/luohe.txt", "script": "traditional"}]


def test_a_path_typed_two_ways_is_one_document(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rel = dataclasses.replace(jieyang(), source="dir/f.txt")
    store.ingest([luohe(), rel])
    new = dataclasses.replace(changed(jieyang()), source=os.path.join(str(tmp_path), "dir", "f.txt"))
    result = store.ingest([new])
    assert result.replaced == 1
    assert store.stats()["nodes"]["Document"] == 2
    assert store.run("MATCH (d:Document {id: $id}) RETURN d.path AS p", {"id": new.sha256}) == [
        {"p": os.path.join(str(tmp_path), "dir", "f.txt")}]
    assert graph_snapshot(from_store(store)) == graph_snapshot(to_networkx([luohe(), new]))


def test_one_batch_equals_one_document_per_batch(ladybug_store, tmp_path):
    from graph.open import open_store

    docs = [luohe(), jieyang(), luohe_other(), two_respondents()]
    whole = ingest(ladybug_store, docs)
    assert (whole.added, whole.batches) == (3, 2)  # luohe and two_respondents share a path: two batches
    assert whole.replaced == 1
    single = open_store(db=tmp_path / "single")
    try:
        one = ingest(single, docs, batch_docs=1)
        assert one.batches == 4
        assert graph_snapshot(from_store(single)) == graph_snapshot(from_store(ladybug_store))
        assert (one.nodes_added, one.relationships_added) == (whole.nodes_added, whole.relationships_added)
    finally:
        single.close()


def test_neo4j_one_document_per_batch_equals_one_batch_on_ladybug(ladybug_store, neo4j_store):
    # Neo4j extends the stored lists of WORKS_ON/USES/ADOPTS/IN_CHAIN in the
    # server (Dialect.union); LadybugDB reads them back and merges them in Python.
    # No replacement here: it would recompute the edges from their evidence.
    docs = [luohe(), jieyang(), luohe_other()]
    ingest(ladybug_store, docs)
    one = ingest(neo4j_store, docs, batch_docs=1)
    assert one.batches == 3
    assert graph_snapshot(from_store(neo4j_store)) == graph_snapshot(from_store(ladybug_store))


def test_a_second_document_with_the_same_exchange_ids_counts_them_once(store):
    # Two documents with one text (another encoding, another path) share the
    # exchange ids; the derived counts must not take its mentions twice.
    first = luohe_other()
    copy = dataclasses.replace(first, source=first.source + ".gbk",
                               sha256=hashlib.sha256(b"the same text, other bytes").hexdigest())
    ingest(store, [first])
    ingest(store, [copy])
    assert graph_snapshot(from_store(store)) == graph_snapshot(to_networkx([first, copy]))


def test_counts_match_the_store(store):
    result = store.ingest([luohe(), jieyang(), luohe_other()])
    stats = store.stats()
    assert result.nodes_added == sum(stats["nodes"].values())
    assert result.relationships_added == sum(stats["relationships"].values())
    before = stats
    result = store.ingest([changed(jieyang())])
    after = store.stats()
    assert result.nodes_added == sum(after["nodes"].values()) - sum(before["nodes"].values())
    assert result.relationships_added == sum(after["relationships"].values()) - sum(before["relationships"].values())


def test_a_record_the_schema_rejects_fails_alone(store):
    bad = dataclasses.replace(luohe_other(), sha256=None)  # no key for the Document node
    result = store.ingest([luohe(), bad, jieyang()])
    assert (result.added, result.failed) == (2, 1)
    assert result.failures[0].error.startswith("samples/luohe-2025.txt: ")
    assert graph_snapshot(from_store(store)) == graph_snapshot(to_networkx([luohe(), jieyang()]))


def test_replacement_drops_an_entity_only_the_old_narrative_named(store):
    from loaders.records import Mention

    rec = jieyang()
    text = rec.text + "会议要求推进揭榜挂帅。"
    start = text.index("揭榜挂帅")
    narrative = Mention("PolicyTool", "揭榜挂帅", "揭榜挂帅", "narrative", start, start + 4, "会议要求推进揭榜挂帅。")
    with_narrative = dataclasses.replace(rec, text=text, mentions=(narrative,),
                                         sha256=hashlib.sha256(b"narrative").hexdigest())
    store.ingest([with_narrative])
    assert store.run("MATCH (:Session)-[:MENTIONS]->(t:PolicyTool {id: '揭榜挂帅'}) RETURN t.id AS t") == [
        {"t": "揭榜挂帅"}]
    assert store.ingest([rec]).replaced == 1
    assert store.run("MATCH (t:PolicyTool {id: '揭榜挂帅'}) RETURN t.id AS t") == []
    assert graph_snapshot(from_store(store)) == graph_snapshot(to_networkx([rec]))


def _spy_on_statements(monkeypatch) -> list[str]:
    """Every statement LadybugStore runs from now on, in order."""
    import graph.store_ladybug

    seen: list[str] = []
    execute = graph.store_ladybug.LadybugStore._execute

    def spy(self, query, params=None):
        seen.append(query)
        return execute(self, query, params)

    monkeypatch.setattr(graph.store_ladybug.LadybugStore, "_execute", spy)
    return seen


@pytest.mark.parametrize("copy", [True, False], ids=["copy-parquet", "unwind-create"])
def test_ladybug_copy_path_gives_the_same_graph(ladybug_store, monkeypatch, copy):
    """New rows of batches by UNWIND … CREATE (default) or COPY FROM Parquet (POLICYGRAPH_LADYBUG_COPY=1): the
    same graph."""
    import graph.store_ladybug

    monkeypatch.setattr(graph.store_ladybug, "USE_COPY", copy)
    monkeypatch.setattr(graph.store_ladybug, "USE_BULK", False)
    seen = _spy_on_statements(monkeypatch)
    docs = [luohe(), jieyang(), luohe_other(), two_respondents()]
    result = ladybug_store.ingest(docs)
    assert any(q.startswith("COPY ") for q in seen) == copy
    assert (result.added, result.replaced, result.failed) == (3, 1, 0)
    kept = [jieyang(), luohe_other(), two_respondents()]
    assert graph_snapshot(from_store(ladybug_store)) == graph_snapshot(to_networkx(kept))


def test_a_rerun_completes_a_batch_whose_commit_kept_only_its_updates(ladybug_store, monkeypatch):
    """What a kill -9 during COMMIT leaves on LadybugDB (see ``store_ladybug.USE_COPY``): the
    batch's SETs stored, none of its COPY rows. Writing the batch again gives the clean graph
    (before, USES/WORKS_ON counts of the pairs it extended were doubled)."""
    import graph.store_ladybug
    from tests.queries.synthetic import synthetic_corpus

    monkeypatch.setattr(graph.store_ladybug, "USE_COPY", True)
    recs = list(synthetic_corpus(9, cities=4, seed=11))
    assert ladybug_store.ingest(recs[:3]).added == 3
    with monkeypatch.context() as torn:
        torn.setattr(graph.store_ladybug._Tx, "copy_nodes", lambda *args: None)
        torn.setattr(graph.store_ladybug._Tx, "copy_rels", lambda *args: None)
        ladybug_store.ingest(recs[3:6])
    assert ladybug_store.stats()["nodes"]["Document"] == 3
    assert ladybug_store.ingest(recs[3:6]).added == 3
    assert graph_snapshot(from_store(ladybug_store)) == graph_snapshot(to_networkx(recs[:6]))


def test_an_empty_ladybug_takes_the_load_in_one_copy_per_table(ladybug_store, tmp_path, monkeypatch):
    """The bulk path (graph/bulk_ladybug.py): an empty LadybugDB gets the whole load in one transaction
    of COPY statements. Same graph, same per-document counts as batches; a document with exchange ids
    seen earlier in the load (a sequential write merges them) ends the bulk load, and the rest go in
    batches."""
    import graph.bulk_ladybug
    import graph.store_ladybug
    from graph.open import open_store
    from tests.queries.synthetic import synthetic_corpus

    recs = list(synthetic_corpus(30, cities=4, seed=11))
    again = dataclasses.replace(recs[3], source=recs[3].source + ".gbk",
                                sha256=hashlib.sha256(b"the same text, other bytes").hexdigest())
    # a brief of one session reported above: the Session node is one, its later row wins
    brief = dataclasses.replace(recs[4], source=recs[4].source + ".brief", exchanges=(),
                                session=dataclasses.replace(recs[4].session, topic="简报"),
                                sha256=hashlib.sha256(b"a brief of the same session").hexdigest())
    docs = recs[:9] + [brief] + recs[9:20] + [again] + recs[20:]
    seen = _spy_on_statements(monkeypatch)
    monkeypatch.setattr(graph.bulk_ladybug.BulkLoad, "batch_docs", 5)
    reports: list = []
    bulk = ingest(ladybug_store, docs, progress=reports.append)
    # 21 documents gathered, committed when the batch with the copy comes (one load in three
    # transactions: Document, Exchange, the rest); it and the rest in batches
    assert seen.count("COMMIT") == 5 and bulk.batches == 3
    txs, at = [], 0
    for _ in range(3):
        begin = seen.index("BEGIN TRANSACTION", at)
        at = seen.index("COMMIT", begin)
        txs.append(seen[begin + 1:at])
    # the load's transactions hold COPY statements only (a torn commit loses all of one)
    assert all(tx and all(q.startswith("COPY ") for q in tx) for tx in txs)
    assert [[q.split()[1] for q in tx] for tx in txs[:2]] == [["Document"], ["Exchange"]]
    assert not (ladybug_store.path / "graph.lbug.loading").exists()
    assert [r.source for r in reports] == [d.source for d in docs]
    batches = open_store(db=tmp_path / "batches")
    try:
        steps: list = []
        batched = ingest(batches, docs, batch_docs=5, progress=steps.append)
        assert batched.batches == 7
        assert ladybug_store.run("MATCH (s:Session {id: $id}) RETURN s.topic AS t", {"id": recs[4].session.id}) == [
            {"t": "简报"}]
        assert graph_snapshot(from_store(ladybug_store)) == graph_snapshot(from_store(batches))
        assert graph_snapshot(from_store(ladybug_store)) == graph_snapshot(to_networkx(docs))
        assert [(r.status, r.nodes_added, r.relationships_added) for r in reports] == [
            (r.status, r.nodes_added, r.relationships_added) for r in steps]
        stats = ladybug_store.stats()
        assert bulk.nodes_added == sum(stats["nodes"].values())
        assert bulk.relationships_added == sum(stats["relationships"].values())
    finally:
        batches.close()


def test_an_interrupted_bulk_load_writes_nothing(ladybug_store, tmp_path, monkeypatch):
    """Ctrl+C or SIGTERM while the bulk load gathers: the store stays empty, its Parquet files go."""
    import tempfile

    from tests.queries.synthetic import synthetic_corpus

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def records():
        yield from synthetic_corpus(12, cities=4, seed=11)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(ladybug_store, records())
    stats = ladybug_store.stats()
    assert not any(stats["nodes"].values()) and not any(stats["relationships"].values())
    assert not list(tmp_path.glob("policygraph-bulk-*"))


def test_a_bulk_load_the_store_refuses_is_one_error_and_writes_nothing(ladybug_store, monkeypatch):
    """A COPY refused in the bulk transaction: one clear error, the store as empty as before, and
    the same process can still write."""
    import graph.store_ladybug
    from graph.errors import StoreError
    from tests.queries.synthetic import synthetic_corpus

    recs = list(synthetic_corpus(8, cities=4, seed=11))
    copy_file = graph.store_ladybug._Tx.copy_file
    calls = {"n": 0}

    def refusing(self, table, opts, file):
        calls["n"] += 1
        if calls["n"] == 6:
            raise graph.store_ladybug._map_error(RuntimeError("Copy exception: refused"), None)
        return copy_file(self, table, opts, file)

    monkeypatch.setattr(graph.store_ladybug._Tx, "copy_file", refusing)
    with pytest.raises(StoreError,
                       match=r"bulk load into the empty store failed and wrote nothing \(Copy exception: refused"):
        ingest(ladybug_store, recs)
    monkeypatch.undo()
    stats = ladybug_store.stats()
    assert not any(stats["nodes"].values()) and not any(stats["relationships"].values())
    assert ingest(ladybug_store, recs).added == 8
    assert graph_snapshot(from_store(ladybug_store)) == graph_snapshot(to_networkx(recs))


@pytest.mark.parametrize("opener", ["reader", "writer"])
def test_a_bulk_load_cut_between_its_commits_is_emptied_when_the_store_opens(tmp_path, monkeypatch, opener):
    """The bulk load commits Document, Exchange, then the rest, marked by graph.lbug.loading until the
    last; a store left between two of them (a kill) is emptied by the next open, to read or to write:
    the store as before the load, and the rerun loads it whole."""
    import graph.store_ladybug
    from graph.open import open_store
    from tests.queries.synthetic import synthetic_corpus

    recs = list(synthetic_corpus(8, cities=4, seed=11))
    db = tmp_path / "db"
    store = open_store(db=db)
    # the process dies after the first commit: the marker stays, the rest never comes
    monkeypatch.setattr(graph.store_ladybug, "commit_groups", lambda files: graph.bulk_ladybug.commit_groups(files)[:1])
    monkeypatch.setattr(graph.store_ladybug, "_mark", lambda marker, present: marker.touch() if present else None)
    ingest(store, recs)
    assert store.stats()["nodes"]["Document"] == 8 and store.stats()["nodes"]["Exchange"] == 0
    store.close()
    monkeypatch.undo()
    assert (db / "graph.lbug.loading").exists()
    if opener == "reader":
        reader = open_store(db=db, read_only=True)
        stats = reader.stats()
        reader.close()
        assert not any(stats["nodes"].values()) and not any(stats["relationships"].values())
    store = open_store(db=db)
    try:
        assert not (db / "graph.lbug.loading").exists()
        assert not any(store.stats()["nodes"].values())
        assert ingest(store, recs).added == 8
        assert graph_snapshot(from_store(store)) == graph_snapshot(to_networkx(recs))
    finally:
        store.close()


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk", "batches"])
def test_a_batch_out_of_buffer_pool_stops_the_ingest_with_one_error(ladybug_store, monkeypatch, bulk):
    """LadybugDB 0.22, once a transaction ran out of buffer pool, refuses every later write of the
    process (BENCHMARKS.md, lb5 notes): one clear error instead of one failure per document, the
    store as it was before the batch."""
    import graph.store_ladybug
    from graph.errors import StoreUnavailable
    from tests.queries.synthetic import synthetic_corpus

    recs = list(synthetic_corpus(6, cities=4, seed=11))
    assert ingest(ladybug_store, recs[:2]).added == 2
    before = graph_snapshot(from_store(ladybug_store))
    if bulk:  # the bulk path needs an empty store
        ladybug_store.close()
        import shutil
        shutil.rmtree(ladybug_store.path)
        store = graph.store_ladybug.LadybugStore(ladybug_store.path)
        before = graph_snapshot(from_store(store))
    else:  # batches copy their new rows only when asked (POLICYGRAPH_LADYBUG_COPY=1)
        store = ladybug_store
        monkeypatch.setattr(graph.store_ladybug, "USE_COPY", True)
    copy_file = graph.store_ladybug._Tx.copy_file

    def full(self, table, opts, file):
        if table == "Exchange":
            raise graph.store_ladybug._map_error(RuntimeError(
                "Buffer manager exception: Unable to allocate memory! The buffer pool is full and no memory "
                "could be freed!"), None)
        return copy_file(self, table, opts, file)

    monkeypatch.setattr(graph.store_ladybug._Tx, "copy_file", full)
    try:
        with pytest.raises(StoreUnavailable, match=r"ran out of buffer pool; nothing of this batch was written"):
            ingest(store, recs[2:])
        monkeypatch.undo()
        assert graph_snapshot(from_store(store)) == before
    finally:
        if store is not ladybug_store:
            store.close()


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk", "batches"])
def test_a_checkpoint_failing_after_the_commit_is_not_a_failed_batch(ladybug_store, monkeypatch, bulk):
    """LadybugDB may report "Transaction committed successfully, but the post-commit checkpoint
    failed" (seen with a 512 MiB pool on 10 000 sessions): the batch is written, so its documents
    are not reported failed one by one; the ingest stops and a rerun finds them unchanged. In the
    first of a bulk load's commits, the load is emptied again and the rerun loads it."""
    import graph.store_ladybug
    from graph.errors import StoreUnavailable
    from tests.queries.synthetic import synthetic_corpus

    recs = list(synthetic_corpus(4, cities=4, seed=11))
    execute = graph.store_ladybug.LadybugStore._execute

    def checkpoint_fails(self, query, params=None):
        rows = execute(self, query, params)
        if query == "COMMIT":
            raise RuntimeError("Transaction committed successfully, but the post-commit checkpoint failed. The "
                               "committed data is durable and will be recovered on restart: IO exception")
        return rows

    monkeypatch.setattr(graph.store_ladybug.LadybugStore, "_execute", checkpoint_fails)
    if bulk:
        with pytest.raises(StoreUnavailable, match="during the load into the empty store, which is emptied again"):
            ingest(ladybug_store, recs)
        monkeypatch.undo()
        assert not any(ladybug_store.stats()["nodes"].values())
        assert ingest(ladybug_store, recs).added == 4
    else:
        with pytest.raises(StoreUnavailable, match="the batch was written, .* run the same command again"):
            ingest(ladybug_store, recs, batch_docs=4)
        monkeypatch.undo()
        assert ingest(ladybug_store, recs).unchanged == 4
    assert graph_snapshot(from_store(ladybug_store)) == graph_snapshot(to_networkx(recs))
