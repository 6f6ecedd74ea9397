"""A Session node is one sitting: it carries the standing body (``body``) and the sitting as
written (``sitting``) on both stores, two sittings of one body stay two nodes, and the
policy trace shows both."""

from __future__ import annotations

import dataclasses

from graph.ingest import ingest
from tests.graph.handmade import luohe, luohe_other
from tests.queries.synthetic import synthetic_corpus


def _second_sitting(sitting="市八届人大常委会第十五次会议"):
    """The same body's next sitting (luohe_other: its own source, session and exchange ids)."""
    rec = luohe_other()
    return dataclasses.replace(rec, session=dataclasses.replace(rec.session, sitting=sitting))


def test_two_sittings_of_one_body_are_two_session_nodes(store):
    rec = luohe()
    assert store.ingest([rec, _second_sitting()]).added == 2
    rows = store.run("MATCH (s:Session) RETURN s.id AS id, s.body AS body, s.sitting AS sitting ORDER BY id")
    assert rows == [
        {"id": "漯河市-2024-10-28", "body": "漯河市人大常委会", "sitting": "市八届人大常委会第十四次会议"},
        {"id": "漯河市-2025-04-01", "body": "漯河市人大常委会", "sitting": "市八届人大常委会第十五次会议"},
    ]
    by_body = store.run("MATCH (s:Session) RETURN s.body AS body, count(s) AS sessions")
    assert by_body == [{"body": "漯河市人大常委会", "sessions": 2}]


def test_policy_trace_shows_the_sitting_and_the_body(store):
    from queries import run_named

    rec = luohe()
    store.ingest([rec, _second_sitting(None)])
    rows = run_named(store, "policy-trace", {"policy": "先使用后付费"})
    assert {(r["session"], r["body"]) for r in rows} == {
        ("市八届人大常委会第十四次会议", "漯河市人大常委会"),  # a sitting named
        ("漯河市人大常委会", "漯河市人大常委会"),  # none named: the standing body
    }


def test_bulk_load_keeps_the_sitting(ladybug_store):
    recs = synthetic_corpus(30, cities=4, seed=3)
    assert ingest(ladybug_store, recs).batches >= 1
    rows = ladybug_store.run("MATCH (s:Session) RETURN s.id AS id, s.body AS body, s.sitting AS sitting")
    assert {r["id"]: (r["body"], r["sitting"]) for r in rows} == {
        r.session.id: (r.session.body, r.session.sitting) for r in recs}
