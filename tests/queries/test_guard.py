"""The lexical read-only check: writes refused, look-alike names allowed (no store needed)."""

from __future__ import annotations

import pytest

from queries import QueryError
from queries.console import check_read_only


@pytest.mark.parametrize(
    "text",
    [
        "CREATE (n:X)",
        "MATCH (n) SET n.x = 1",
        "MATCH (n) DETACH DELETE n",
        "MERGE (n:X {id: 1})",
        "MATCH (n) REMOVE n.x",
        "DROP INDEX foo",
        "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "COPY City FROM 'x.csv'",
        "MATCH (n) FOREACH (x IN [1] | CREATE (:X))",
        "CALL { CREATE (:X) } IN TRANSACTIONS",
        "ALTER TABLE City ADD x INT64",
        "ATTACH 'other.db' AS o",
        "INSTALL fts",
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        "match (n) set n.x = 1",
        "MATCH (n) RETURN n /* hidden */ ; CREATE (:X)",
    ],
)
def test_writes_refused(text: str) -> None:
    for kind in ("ladybug", "neo4j"):
        with pytest.raises(QueryError, match="refused|one statement"):
            check_read_only(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "MATCH (n) RETURN n.set AS value, n.create, n.`delete`",
        "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n // SET is only a comment",
        "MATCH (n) RETURN 1 AS set, 2 AS load",
        "MATCH (n {merge: 1}) RETURN n",
        "MATCH (set:City) RETURN set.name",
        "MATCH (c:City) RETURN c.name;",
        "UNWIND [1, 2] AS x RETURN x",
    ],
)
def test_look_alikes_allowed(text: str) -> None:
    for kind in ("ladybug", "neo4j"):
        check_read_only(text, kind)


def test_ladybug_calls_need_the_allow_list() -> None:
    check_read_only("CALL show_tables() RETURN *", "ladybug")
    check_read_only("CALL table_info('City') RETURN *", "ladybug")
    for text in ("CALL threads=1", "CALL create_fts_index('City', 'i', ['name'])", "CALL project_graph('g', ['City'], [])"):
        with pytest.raises(QueryError, match="not a read-only function"):
            check_read_only(text, "ladybug")
    check_read_only("CALL db.labels() YIELD label RETURN label", "neo4j")  # READ mode guards Neo4j calls


@pytest.mark.parametrize(
    "text",
    [
        "MATCH (project:Project)<-[:WORKS_ON]-(d:Department) RETURN project.name AS project, d.name AS department",
        "MATCH (user), (index), (graph) RETURN user, index, graph",
        "MATCH p = (a:City)-[*1..2]-(b) RETURN length(p) AS n, nodes(p) AS ns",
        "UNWIND [1, 2.5e3, 0x1F] AS x WITH x WHERE x > 1 RETURN x ORDER BY x DESC SKIP 1 LIMIT 2",
        "MATCH (n) WHERE EXISTS { MATCH (n)-->(m) } RETURN count(*) AS c",
        "RETURN reduce(acc = 0, x IN [1, 2] | acc + x) AS s, date.truncate('month', date()) AS d",
        "MATCH (n:City) RETURN n {.name, .province} AS city",
        "MATCH (n:City) RETURN CASE WHEN n.name STARTS WITH '漯' THEN 1 ELSE 0 END AS k",
        "CALL db.index.fulltext.queryNodes('names', $q) YIELD node, score RETURN node.name AS name, score",
    ],
)
def test_allow_list_passes_ordinary_reads(text: str) -> None:
    check_read_only(text, "neo4j")


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("MATCH (load) LOAD FROM '/etc/passwd' RETURN *", "LOAD"),
        ("MATCH (n) FROBNICATE n RETURN n", "FROBNICATE is neither"),
        ("RETURN apoc.util.md5(['x']) AS m", "function apoc.util.md5"),
        ("ＬＯＡＤ FROM 'x' RETURN *", "looks like ASCII"),
        ("LOAD CſV FROM 'file:///x' AS l RETURN l", "looks like ASCII"),
        ("RETURN 'abc", "unterminated string"),
        ("CALL { MATCH (n) RETURN n } RETURN n", "CALL { … }"),
        ("WITH 1 AS x RETURN x 'a'", "a value follows"),
    ],
)
def test_allow_list_refusals_say_why(text: str, why: str) -> None:
    with pytest.raises(QueryError, match=why):
        check_read_only(text, "neo4j")
