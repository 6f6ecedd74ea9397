"""The read-only console on both stores: writes refused, clear one-line errors."""

from __future__ import annotations

import pytest

from queries import QueryError, run_cypher

KINDS = ("ladybug", "neo4j")

WRITES = [
    "CREATE (:City {id: 'x', name: 'x'})",
    "MATCH (c:City) SET c.name = 'renamed'",
    "MATCH (c:City) DETACH DELETE c",
    "MATCH (c:City) DELETE c",
    "MERGE (c:City {id: 'y'})",
    "MATCH (c:City) REMOVE c.province",
    "MATCH (c:City) WITH c LIMIT 1 CREATE (c)-[:HELD_IN]->(c)",
    "match (c:City) set c.name = 'lower case'",
    "DROP TABLE City",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "MATCH (c:City) FOREACH (x IN [1] | SET c.n = x)",
    "MATCH (c:City) RETURN c.name; MATCH (c:City) DETACH DELETE c",
]


@pytest.fixture(scope="module")
def stores(loaded_stores):
    return loaded_stores


@pytest.mark.parametrize("kind", KINDS)
def test_reads_work_and_are_plain(stores, kind: str) -> None:
    rows = run_cypher(stores[kind], "MATCH (c:City) WHERE c.name = $name RETURN c.name AS city, labels(c)[0] AS label",
                      {"name": "漯河市"})
    assert rows == [{"city": "漯河市", "label": "City"}]


@pytest.mark.parametrize("kind", KINDS)
def test_writes_are_refused_and_nothing_changes(stores, kind: str) -> None:
    store = stores[kind]
    before = store.stats()
    for text in WRITES:
        with pytest.raises(QueryError, match="refused|one statement") as err:
            run_cypher(store, text)
        assert "\n" not in str(err.value)
    assert store.stats() == before


@pytest.mark.parametrize("kind", KINDS)
def test_store_refuses_a_write_that_gets_past_the_text_check(stores, kind: str) -> None:
    # The second layer on its own: the store's read-only run refuses the write.
    from graph.store import StoreError

    before = stores[kind].stats()
    with pytest.raises(StoreError):
        stores[kind].run("CREATE (:City {id: 'sneaky', name: 'sneaky'})", read_only=True)
    assert stores[kind].stats() == before


@pytest.mark.parametrize("kind", KINDS)
def test_neo4j_call_writes_refused(stores, kind: str) -> None:
    text = "CALL db.createLabel('Sneaky')" if kind == "neo4j" else "CALL create_fts_index('City', 'x', ['name'])"
    with pytest.raises(QueryError, match="refused"):
        run_cypher(stores[kind], text)


def test_read_only_calls_allowed(stores) -> None:
    assert any(r["label"] == "Project" for r in run_cypher(stores["neo4j"], "CALL db.labels() YIELD label RETURN label"))
    tables = run_cypher(stores["ladybug"], "CALL show_tables() RETURN name")
    assert {"name": "Project"} in tables


@pytest.mark.parametrize("kind", KINDS)
def test_syntax_error_is_one_line(stores, kind: str) -> None:
    with pytest.raises(QueryError, match="^syntax error") as err:
        run_cypher(stores[kind], "MATCH (c:City RETURN c")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("kind", KINDS)
def test_unknown_parameters(stores, kind: str) -> None:
    with pytest.raises(QueryError, match=r"\$city is used but not given"):
        run_cypher(stores[kind], "MATCH (c:City) WHERE c.name = $city RETURN c.name")
    with pytest.raises(QueryError, match="'cty' is given but the query does not use"):
        run_cypher(stores[kind], "MATCH (c:City) RETURN c.name", {"cty": "漯河市"})


@pytest.mark.parametrize("kind", KINDS)
def test_row_cap(stores, kind: str) -> None:
    assert len(run_cypher(stores[kind], "MATCH (e:Exchange) RETURN e.id", row_cap=10_000)) > 3
    with pytest.raises(QueryError, match="too many rows: more than 3"):
        run_cypher(stores[kind], "MATCH (e:Exchange) RETURN e.id", row_cap=3)


@pytest.mark.parametrize("kind", KINDS)
def test_timeout(stores, kind: str) -> None:
    # 10^10 rows whatever the data: no store finishes this in a second.
    slow = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN sum(a * b) AS n"
    with pytest.raises(QueryError, match="^timeout") as err:
        run_cypher(stores[kind], slow, timeout=1)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("kind", KINDS)
def test_neo4j_flavour_runs_on_both(stores, kind: str) -> None:
    rows = run_cypher(
        stores[kind],
        "MATCH (t:PolicyTool) WHERE t.name = $t "
        "MATCH p = shortestPath((t)-[*..4]-(c:City)) "
        "RETURN [n IN nodes(p) | labels(n)[0]] AS kinds ORDER BY size(kinds) LIMIT 1",
        {"t": "先使用后付费"},
    )
    assert rows and rows[0]["kinds"][0] == "PolicyTool" and rows[0]["kinds"][-1] == "City"
