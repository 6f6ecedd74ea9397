"""``open_store``: the one way in to either store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from graph.store import Store

__all__ = ["open_store", "DEFAULT_DB"]

DEFAULT_DB = "policygraph-data"


def open_store(kind: str = "embedded", *, db: str | Path = DEFAULT_DB, uri: str | None = None,
               user: str | None = None, password: str | None = None, database: str | None = None,
               read_only: bool = False) -> Store:
    """Open a store.

    ``kind`` is "embedded" (alias "ladybug"): LadybugDB on disk in the folder
    ``db``; or "neo4j": the server at ``uri`` (defaults from the NEO4J_URI,
    NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE environment variables).

    Raises:
        StoreUnavailable: the store cannot be opened (StoreLocked when another
            process holds the embedded database).
        ValueError: unknown kind.
    """
    # Backends are imported here, not at the top: opening one store must not
    # load the other's driver.
    if kind in ("embedded", "ladybug"):
        from graph.store_ladybug import LadybugStore

        return LadybugStore(db, read_only=read_only)
    if kind == "neo4j":
        from graph.store_neo4j import Neo4jStore

        return Neo4jStore(
            uri or os.environ.get("NEO4J_URI") or "bolt://localhost:7687",
            user=user or os.environ.get("NEO4J_USER") or "neo4j",
            password=password if password is not None else os.environ.get("NEO4J_PASSWORD", ""),
            database=database or os.environ.get("NEO4J_DATABASE") or None,
            read_only=read_only,
        )
    raise ValueError(f"unknown store kind {kind!r} (use 'embedded' or 'neo4j')")
