"""Differential test on the real pipeline: corpus.generate → loaders → both stores, same rows.

200 generated transcripts (20 cities) go through extraction and into a fresh
LadybugDB and the Neo4j test server; every named query then runs with
parameters picked from the data itself (the most mentioned tools, the
busiest project, an alias, a member chain …), and both stores must return
the same rows in the same order.
"""

from __future__ import annotations

from typing import Any

import pytest

from corpus.generate import generate
from loaders import InputError, iter_paths, load_many
from tests.queries.cases import assert_same_rows

pytestmark = pytest.mark.slow

SESSIONS = 200


def _one(store: Any, cypher: str) -> dict[str, Any]:
    rows = store.run(cypher)
    assert rows, f"the generated corpus has nothing for: {cypher}"
    return rows[0]


def derived_cases(store: Any) -> list[tuple[str, dict[str, Any]]]:
    """Parameters taken from the corpus (deterministic: every pick is fully ordered)."""
    tools = [r["n"] for r in store.run(
        "MATCH (t:PolicyTool)<-[m:MENTIONS]-(:Exchange) RETURN t.name AS n, count(m) AS c ORDER BY c DESC, n LIMIT 3")]
    tool_alias = _one(store, "MATCH (t:PolicyTool) WHERE size(t.aliases) > 0 RETURN t.aliases AS a, t.name AS n ORDER BY n LIMIT 1")
    project = _one(store, "MATCH (p:Project)<-[:WORKS_ON]-(d:Department) "
                          "RETURN p.name AS n, p.city AS city, count(d) AS c ORDER BY c DESC, n, city LIMIT 1")
    project_alias = _one(store, "MATCH (p:Project) WHERE size(p.aliases) > 0 RETURN p.aliases AS a, p.id AS k ORDER BY k LIMIT 1")
    dept = _one(store, "MATCH (d:Department) WHERE size(d.aliases) > 0 RETURN d.aliases AS a, d.type AS t, d.name AS n "
                       "ORDER BY n LIMIT 1")
    chain = _one(store, "MATCH (c:IndustryChain)<-[:PART_OF]-(m:IndustryChain) RETURN c.name AS n, count(m) AS k "
                        "ORDER BY k DESC, n LIMIT 1")
    member = _one(store, "MATCH (m:IndustryChain)-[:PART_OF]->(:IndustryChain) RETURN m.name AS n ORDER BY n LIMIT 1")
    person = _one(store, "MATCH (p:Person)-[:ASKED]->(e:Exchange) RETURN p.name AS n, p.city AS city, count(e) AS k "
                         "ORDER BY k DESC, n, city LIMIT 1")
    org = _one(store, "MATCH (o:Organization)<-[m:MENTIONS]-(:Exchange) RETURN o.name AS n, count(m) AS k ORDER BY k DESC, n LIMIT 1")
    city = project["city"]
    cases: list[tuple[str, dict[str, Any]]] = [
        ("shared-projects", {}),
        ("shared-projects", {"city": city.removesuffix("市"), "min_departments": 2}),
        ("policy-diffusion", {}),
        ("policy-diffusion", {"min_cities": 1}),
        ("policy-trace", {"policy": tool_alias["a"][0]}),
        ("department-profile", {"department": dept["a"][-1]}),
        ("department-profile", {"department": dept["n"]}),
        ("department-profile", {"department_type": dept["t"]}),
        ("project-profile", {"project": project["n"]}),
        ("project-profile", {"project": project_alias["a"][0]}),
        ("chain-members", {"chain": chain["n"]}),
        ("chain-members", {"chain": member["n"]}),
        ("person-profile", {"person": person["n"]}),
        ("person-profile", {"person": person["n"], "city": person["city"]}),
        ("search", {"text": project["n"][:2]}),
        ("search", {"text": tools[0], "limit": 2000}),
        ("connection", {"a": project["n"], "b": tools[0], "city": city}),
        ("connection", {"a": org["n"], "b": tools[1], "limit": 200}),
        ("connection", {"a": dept["a"][-1], "b": project["n"], "city": city}),
    ]
    cases += [("policy-trace", {"policy": t}) for t in tools]
    return cases


def test_generated_corpus_same_rows(tmp_path, ladybug_store, neo4j_store) -> None:
    summary = generate(tmp_path / "corpus", sessions=SESSIONS, cities=20, seed=11)
    assert summary.sessions >= 200
    loaded = list(load_many(list(iter_paths([tmp_path / "corpus"])), workers=2))
    failures = [x for x in loaded if isinstance(x, InputError)]
    assert not failures, failures[:3]
    assert len(loaded) == SESSIONS
    for store in (ladybug_store, neo4j_store):
        result = store.ingest(loaded)
        assert result.failed == 0, result.failures
    assert ladybug_store.stats() == neo4j_store.stats()

    assert_same_rows(ladybug_store, neo4j_store, derived_cases(ladybug_store))
