"""The county of a county's sitting reaches the Session node on both stores, written one
document at a time and in the embedded store's bulk load."""

from __future__ import annotations

import dataclasses

from graph.ingest import ingest
from tests.graph.handmade import luohe
from tests.queries.synthetic import synthetic_corpus


def test_session_keeps_its_county(store):
    rec = luohe()
    rec = dataclasses.replace(rec, session=dataclasses.replace(rec.session, county="舞阳县"))
    assert store.ingest([rec]).added == 1
    rows = store.run("MATCH (s:Session {id: $id}) RETURN s.city AS city, s.county AS county",
                     {"id": rec.session.id})
    assert rows == [{"city": "漯河市", "county": "舞阳县"}]


def test_bulk_load_keeps_the_county(ladybug_store):
    recs = [dataclasses.replace(r, session=dataclasses.replace(r.session, county=f"{i}号县"))
            for i, r in enumerate(synthetic_corpus(30, cities=4, seed=3))]
    assert ingest(ladybug_store, recs).batches >= 1
    rows = ladybug_store.run("MATCH (s:Session) RETURN s.id AS id, s.county AS county")
    assert {r["id"]: r["county"] for r in rows} == {r.session.id: r.session.county for r in recs}


def test_policy_trace_names_the_county(store):
    from queries import run_named

    rec = luohe()
    rec = dataclasses.replace(rec, session=dataclasses.replace(rec.session, county="舞阳县"))
    store.ingest([rec])
    rows = run_named(store, "policy-trace", {"policy": "先使用后付费"})
    assert rows and {(r["city"], r["county"]) for r in rows} == {("漯河市", "舞阳县")}
