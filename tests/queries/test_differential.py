"""Differential test on hand-built records: every named and dashboard query, both stores, same rows.

The corpus comes from :mod:`tests.queries.synthetic` (records built directly,
seeded), so the comparison does not depend on extraction and pins the cases
that make stores disagree: ties, missing dates, tool aliases, Latin names
(case-insensitive search), names repeated across cities. The 200-session
run through the real pipeline is test_differential_generated.py.
"""

from __future__ import annotations


import pytest

from dashboard.data import CYPHER_DIR
from tests.queries.cases import assert_same_rows, dashboard_cases, synthetic_cases
from tests.queries.synthetic import synthetic_corpus

pytestmark = pytest.mark.slow

SESSIONS = 120


def test_every_named_query_same_rows(ladybug_store, neo4j_store) -> None:
    records = synthetic_corpus(SESSIONS, cities=12, seed=4)
    assert len({r.session.id for r in records}) == SESSIONS
    for store in (ladybug_store, neo4j_store):
        result = store.ingest(records)
        assert result.failed == 0, result.failures
    assert ladybug_store.stats() == neo4j_store.stats()

    assert_same_rows(ladybug_store, neo4j_store, synthetic_cases(records))
    # The dashboard's own queries too: ties, repeated names and cut neighbourhoods.
    assert_same_rows(ladybug_store, neo4j_store, dashboard_cases(ladybug_store), CYPHER_DIR)
