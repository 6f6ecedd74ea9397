"""Differential test on hand-built records: every named query, both stores, same rows.

The corpus comes from :mod:`tests.queries.synthetic` (records built directly,
seeded), so the comparison does not depend on extraction and pins the cases
that make stores disagree: ties, missing dates, tool aliases, Latin names
(case-insensitive search), names repeated across cities. The 200-session
run through the real pipeline is test_differential_generated.py.
"""

from __future__ import annotations

import json

import pytest

from queries import catalog, run_named
from tests.queries.cases import synthetic_cases
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

    cases = synthetic_cases(records)
    assert {name for name, _ in cases} == {s.name for s in catalog()}, "a named query has no differential case"
    mismatches = []
    for name, params in cases:
        lady = run_named(ladybug_store, name, params)
        neo = run_named(neo4j_store, name, params)
        assert lady, f"{name} {params}: no rows on the generated corpus"
        if lady != neo:
            first = next((i for i, (a, b) in enumerate(zip(lady, neo)) if a != b), min(len(lady), len(neo)))
            mismatches.append(
                f"{name} {json.dumps(params, ensure_ascii=False)}: {len(lady)} vs {len(neo)} rows; first difference at row {first}: "
                f"ladybug {json.dumps(lady[first] if first < len(lady) else None, ensure_ascii=False)[:300]} "
                f"neo4j {json.dumps(neo[first] if first < len(neo) else None, ensure_ascii=False)[:300]}"
            )
    assert not mismatches, "\n".join(mismatches)
