"""The real Neo4j 5.26 Community server the tests use (session scope).

`neo4j_server` starts tools/neo4j-test-server (embedded Neo4j with only Bolt, on
127.0.0.1 and a free port, data in a temp dir) once per pytest session and
stops it at the end. When NEO4J_TEST_URI is set, that server is used instead
(with NEO4J_TEST_USER, NEO4J_TEST_PASSWORD, NEO4J_TEST_DATABASE) and nothing is
started. If Neo4j cannot be reached the fixture raises with the reason, so the
tests that need it fail; they never skip.

Tests that use the fixture (directly or through another fixture) get the
`neo4j` marker, so `pytest -m "not neo4j"` leaves them out on purpose.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from graph.testserver import TEST_PASSWORD, Neo4jServer, start_test_server, verify

__all__ = ["Neo4jServer", "neo4j_server", "TEST_PASSWORD"]


def _external_server() -> Neo4jServer | None:
    uri = os.environ.get("NEO4J_TEST_URI")
    if not uri:
        return None
    return Neo4jServer(
        uri=uri,
        user=os.environ.get("NEO4J_TEST_USER", "neo4j"),
        password=os.environ.get("NEO4J_TEST_PASSWORD", ""),
        database=os.environ.get("NEO4J_TEST_DATABASE", "neo4j"),
    )


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    """A reachable Neo4j 5 server for the whole session (see module docstring)."""
    external = _external_server()
    if external is not None:
        verify(external)
        yield external
        return

    with start_test_server(tmp_path_factory.mktemp("neo4j") / "home") as server:
        yield server


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "neo4j_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.neo4j)
