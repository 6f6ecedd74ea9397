"""A Neo4j server for the benchmark: the one given, or the repo's test server.

The test server is started by :func:`graph.testserver.start_test_server`, the
same code the pytest fixture uses (build if stale, launch, wait for Bolt, verify).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.testserver import start_test_server

__all__ = ["Neo4jTarget", "neo4j_target", "wipe", "server_version"]


@dataclass(frozen=True)
class Neo4jTarget:
    uri: str
    user: str
    password: str
    database: str | None
    started_here: bool


@contextlib.contextmanager
def neo4j_target(uri: str | None) -> Iterator[Neo4jTarget]:
    """Yield the server at ``uri`` (or NEO4J_URI); else start the test server."""
    uri = uri or os.environ.get("NEO4J_URI")
    if uri:
        yield Neo4jTarget(uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""),
                          os.environ.get("NEO4J_DATABASE") or None, False)
        return
    with tempfile.TemporaryDirectory(prefix="policygraph-bench-neo4j-") as tmp:
        with start_test_server(Path(tmp) / "home") as server:
            yield Neo4jTarget(server.uri, server.user, server.password, server.database, True)


def _driver(target: Neo4jTarget):
    import neo4j

    return neo4j.GraphDatabase.driver(target.uri, auth=(target.user, target.password))


def wipe(target: Neo4jTarget) -> None:
    """Delete every relationship, then every node, in chunks (constraints and indexes stay).

    Relationships first: 20 000 nodes deleted with DETACH take all their
    relationships along, and the hubs of a 10 000-session store (cities,
    policy tools) carry most of its 700 000 — past the test server's 1 GiB
    transaction limit.
    """
    with _driver(target) as driver:
        for query in ("MATCH ()-[r]->() WITH r LIMIT 50000 DELETE r RETURN count(*) AS c",
                      "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c"):
            while driver.execute_query(query, database_=target.database)[0][0]["c"]:
                pass


def server_version(target: Neo4jTarget) -> str:
    with _driver(target) as driver:
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS v, edition",
            database_=target.database,
        )
        return " ".join(f"{r['name']} {r['v']} {r['edition']}" for r in records)
