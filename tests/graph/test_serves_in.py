"""SERVES_IN across batches: its title is the latest titled answer's whatever order the
documents arrive in, and its exchanges list every answer (both stores; Neo4j extends the
stored edge in the server, LadybugDB recomputes it from the stored answers)."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from graph.ingest import ingest
from graph.nx import from_store, to_networkx
from loaders.records import DocumentRecord
from tests.fixtures_stores import graph_snapshot
from tests.graph.handmade import luohe, luohe_other

PERSON = "漯河市|项丽"


def _retitled(rec: DocumentRecord, name: str, title: str | None, tag: str) -> DocumentRecord:
    """``rec`` with ``name`` answering under ``title`` (a new hash)."""
    exchanges = []
    for ex in rec.exchanges:
        resp = tuple(dataclasses.replace(r, title=title) if r.name == name else r for r in ex.respondents)
        exchanges.append(dataclasses.replace(ex, respondent=resp[0] if resp else None, respondents=resp))
    return dataclasses.replace(rec, exchanges=tuple(exchanges),
                               sha256=hashlib.sha256((rec.sha256 + tag).encode()).hexdigest())


def _later_untitled() -> DocumentRecord:
    """A third 漯河 session, the latest, where 项丽 answers without a title."""
    rec = luohe_other()
    sid = "漯河市-2025-09-01"
    session = dataclasses.replace(rec.session, id=sid, date="2025-09-01", month=9)
    exchanges = tuple(
        dataclasses.replace(e, id=e.id.replace(rec.session.id, sid),
                            follow_up_of=e.follow_up_of.replace(rec.session.id, sid) if e.follow_up_of else None)
        for e in rec.exchanges)
    rec = dataclasses.replace(rec, source="samples/luohe-2025-09.txt", session=session, exchanges=exchanges,
                              sha256=hashlib.sha256(b"luohe 2025-09").hexdigest())
    return _retitled(rec, "项丽", None, "untitled")


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_serves_in_title_is_the_latest_titled_answer_in_any_batch_order(store, order):
    docs = [luohe(), _retitled(luohe_other(), "项丽", "副市长", "promoted"), _later_untitled()]
    sequence = [docs[i] for i in order]
    result = ingest(store, sequence, batch_docs=1)
    assert (result.added, result.batches) == (3, 3)
    rows = store.run("MATCH (p:Person {id: $p})-[s:SERVES_IN]->(d:Department) "
                     "RETURN d.id AS d, s.title AS title, size(s.exchanges) AS n", {"p": PERSON})
    # 2024-10-28 主任, 2025-04-01 副市长, 2025-09-01 untitled: the latest *titled* answer wins
    assert rows == [{"d": "漯河市发展和改革委员会", "title": "副市长", "n": 6}]
    assert graph_snapshot(from_store(store)) == graph_snapshot(to_networkx(docs))
