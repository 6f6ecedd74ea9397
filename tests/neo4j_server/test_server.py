"""The real Neo4j test server: reachable, writable, shared, with the cjk analyzer."""

from __future__ import annotations

import os
import re
import uuid

import neo4j
import pytest

from graph.testserver import PAGE_CACHE_MB, Neo4jServer


@pytest.fixture()
def driver(neo4j_server: Neo4jServer):
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password)) as d:
        yield d


@pytest.fixture()
def label(driver: neo4j.Driver, neo4j_server: Neo4jServer):
    """A label of this test's own, so tests sharing the server don't see each other's nodes."""
    name = "T" + uuid.uuid4().hex[:12]
    yield name
    driver.execute_query(f"MATCH (n:{name}) DETACH DELETE n", database_=neo4j_server.database)


def test_server_is_neo4j_5_26_community(driver: neo4j.Driver, neo4j_server: Neo4jServer) -> None:
    records, _, _ = driver.execute_query(
        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition",
        database_=neo4j_server.database,
    )
    kernel = [r for r in records if r["name"] == "Neo4j Kernel"]
    assert kernel, records
    assert kernel[0]["versions"][0].startswith("5.26.")
    assert kernel[0]["edition"] == "community"
    assert neo4j_server.uri.startswith("bolt://127.0.0.1:")
    assert neo4j_server.database == "neo4j"


def test_write_then_read_chinese_properties(driver: neo4j.Driver, neo4j_server: Neo4jServer, label: str) -> None:
    rows = [{"name": "先使用后付费", "city": "漯河市"}, {"name": "专项债", "city": "揭阳市"}]
    driver.execute_query(
        f"UNWIND $rows AS row CREATE (:{label} {{name: row.name, city: row.city}})",
        rows=rows,
        database_=neo4j_server.database,
    )
    records, _, _ = driver.execute_query(
        f"MATCH (n:{label}) RETURN n.name AS name, n.city AS city ORDER BY name",
        database_=neo4j_server.database,
    )
    assert [r.data() for r in records] == sorted(rows, key=lambda r: r["name"])


def test_a_second_connection_sees_committed_data(neo4j_server: Neo4jServer, label: str) -> None:
    auth = (neo4j_server.user, neo4j_server.password)
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=auth) as writer, neo4j.GraphDatabase.driver(
        neo4j_server.uri, auth=auth
    ) as reader:
        with writer.session(database=neo4j_server.database) as session:
            session.execute_write(lambda tx: tx.run(f"CREATE (:{label} {{name: '绿色通道'}})").consume())
        records, _, _ = reader.execute_query(
            f"MATCH (n:{label}) RETURN n.name AS name", database_=neo4j_server.database
        )
    assert [r["name"] for r in records] == ["绿色通道"]


def test_cjk_fulltext_index_finds_chinese_words(driver: neo4j.Driver, neo4j_server: Neo4jServer, label: str) -> None:
    db = neo4j_server.database
    index = f"ft_{label}"
    driver.execute_query(
        f"CREATE FULLTEXT INDEX {index} FOR (n:{label}) ON EACH [n.text] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
        database_=db,
    )
    try:
        texts = [
            "市发改委推进先使用后付费改革，惠及中小企业",
            "专项债资金用于产业园区基础设施建设",
            "为重点项目开辟绿色通道，实现拿地即开工",
        ]
        driver.execute_query(f"UNWIND $texts AS t CREATE (:{label} {{text: t}})", texts=texts, database_=db)
        driver.execute_query("CALL db.awaitIndexes(60)", database_=db)

        def search(q: str) -> list[str]:
            records, _, _ = driver.execute_query(
                "CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.text AS text",
                index=index,
                q=q,
                database_=db,
            )
            return [r["text"] for r in records]

        assert search("专项债") == [texts[1]]
        assert search("拿地即开工") == [texts[2]]
        assert search("先使用后付费") == [texts[0]]
        assert search("人工智能") == []
        records, _, _ = driver.execute_query(
            "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $index RETURN options",
            index=index,
            database_=db,
        )
        assert records[0]["options"]["indexConfig"]["fulltext.analyzer"] == "cjk"
    finally:
        driver.execute_query(f"DROP INDEX {index} IF EXISTS", database_=db)


def test_page_cache_is_the_launchers(driver: neo4j.Driver, neo4j_server: Neo4jServer) -> None:
    records, _, _ = driver.execute_query(
        "SHOW SETTINGS YIELD name, value WHERE name = 'server.memory.pagecache.size' RETURN value",
        database_=neo4j_server.database,
    )
    value = str(records[0]["value"])
    number = re.match(r"[0-9.]+", value)
    assert number, value
    mib = float(number.group()) / (2**20 if value[number.end():] in ("", "B") else 1)
    assert mib == int(os.environ.get("NEO4J_TEST_PAGE_CACHE_MB", PAGE_CACHE_MB)), value


def test_wrong_passwords_are_refused_without_locking_the_user(neo4j_server: Neo4jServer) -> None:
    # Several tests try wrong passwords; Neo4j's default lock after 3 failures
    # would make the next test's good login fail for 5 s.
    for _ in range(4):
        with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, "not-the-password")) as d:
            with pytest.raises(neo4j.exceptions.AuthError):
                d.verify_connectivity()
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password)) as d:
        d.verify_connectivity()
