"""Store fixtures (owner: graph).

- ``ladybug_store``: a fresh LadybugDB store in ``tmp_path``.
- ``neo4j_store``: a store on the Neo4j test server, wiped before the test.
- ``loaded_stores``: session scope, ``{"ladybug": store, "neo4j": store}`` both
  loaded with the two samples. Do not mutate them.

Community Neo4j has one user database, so ``neo4j_store`` and
``loaded_stores`` share it: after a test that used ``neo4j_store`` the
samples are loaded back if ``loaded_stores`` is in use, so tests can run in
any order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from graph.store import Store, open_store

__all__ = ["ladybug_store", "neo4j_store", "loaded_stores", "open_test_neo4j"]

_state: dict[str, Any] = {"loaded_records": None}


def open_test_neo4j(server: Any, **kw: Any) -> Store:
    """A Neo4jStore on the test server (``server`` is the ``neo4j_server`` fixture value)."""
    return open_store("neo4j", uri=server.uri, user=server.user, password=server.password,
                      database=server.database, **kw)


@pytest.fixture
def ladybug_store(tmp_path) -> Iterator[Store]:
    store = open_store("embedded", db=tmp_path / "policygraph-data")
    yield store
    store.close()


@pytest.fixture
def neo4j_store(neo4j_server) -> Iterator[Store]:
    store = open_test_neo4j(neo4j_server)
    store.clear()  # type: ignore[attr-defined]
    try:
        yield store
    finally:
        records = _state["loaded_records"]
        if records is not None:
            store.clear()  # type: ignore[attr-defined]
            result = store.ingest(records)
            assert result.failed == 0, result.failures
        store.close()


@pytest.fixture(scope="session")
def loaded_stores(sample_records, neo4j_server, tmp_path_factory) -> Iterator[dict[str, Store]]:
    lady = open_store("embedded", db=tmp_path_factory.mktemp("loaded") / "policygraph-data")
    neo = open_test_neo4j(neo4j_server)
    neo.clear()  # type: ignore[attr-defined]
    for store in (lady, neo):
        result = store.ingest(sample_records)
        assert result.failed == 0, result.failures
    _state["loaded_records"] = list(sample_records)
    try:
        yield {"ladybug": lady, "neo4j": neo}
    finally:
        _state["loaded_records"] = None
        lady.close()
        neo.close()


@pytest.fixture(params=["ladybug", "neo4j"])
def store(request) -> Store:
    """Each store in turn: the embedded one and the Neo4j one on the test server."""
    return request.getfixturevalue(f"{request.param}_store")


def graph_snapshot(g) -> tuple[list, list]:
    """A networkx graph's nodes and edges with their data, sorted, for equality checks."""
    nodes = sorted((n, sorted(d.items())) for n, d in g.nodes(data=True))
    edges = sorted((u, v, k, sorted(d.items())) for u, v, k, d in g.edges(keys=True, data=True))
    return nodes, edges

