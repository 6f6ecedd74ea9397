"""The store API both backends implement (LadybugDB embedded, Neo4j server).

``open_store("embedded", db=DIR)`` or ``open_store("neo4j", uri=...)`` returns
a :class:`Store`. Rows from :meth:`Store.run` are plain Python values, the
same for both stores: a node is ``{"_label", "_key", **props}``, a
relationship ``{"_type", "_start", "_end", **props}`` (start/end are node
keys), a path ``{"nodes": [...], "rels": [...]}``; every schema property of
the label or type is present (None when unset), so rows compare equal across
stores.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from loaders.records import DocumentRecord

__all__ = [
    "open_store",
    "Store",
    "IngestResult",
    "DocumentResult",
    "StoreError",
    "StoreUnavailable",
    "StoreLocked",
    "ReadOnlyViolation",
    "QuerySyntaxError",
    "QueryTimeout",
    "TooManyRows",
    "DEFAULT_DB",
    "one_line",
]

DEFAULT_DB = "policygraph-data"


class StoreError(Exception):
    """A store failure; ``str(err)`` is one line, ready to print."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class StoreUnavailable(StoreError):
    """The store cannot be reached or opened (server down, bad credentials, missing database)."""


class StoreLocked(StoreUnavailable):
    """The embedded database is held by another process."""


class ReadOnlyViolation(StoreError):
    """A write was attempted through a read-only store or query."""


class QuerySyntaxError(StoreError):
    """The query does not parse or refers to unknown labels, types or properties."""


class QueryTimeout(StoreError):
    """The query ran longer than its timeout and was stopped."""


class TooManyRows(StoreError):
    """The query returned more rows than its row cap."""


def one_line(message: str, limit: int = 300) -> str:
    """Squash a (multi-line, driver-produced) message to one readable line."""
    text = " ".join(part.strip() for part in str(message).splitlines() if part.strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class DocumentResult:
    """What happened to one document.

    ``status`` is "added", "unchanged", "replaced" or "failed" (``error``
    then says why, one line). ``nodes_added``/``relationships_added`` are
    net changes in the store (negative when a replacement removed more).
    """

    source: str
    document: str | None
    status: str
    nodes_added: int = 0
    relationships_added: int = 0
    error: str | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class IngestResult:
    """Totals of one :meth:`Store.ingest` call."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    nodes_added: int = 0
    relationships_added: int = 0
    seconds: float = 0.0
    failures: tuple[DocumentResult, ...] = field(default=())

    @property
    def documents(self) -> int:
        return self.added + self.unchanged + self.replaced + self.failed

    @classmethod
    def of(cls, results: Iterable[DocumentResult], seconds: float = 0.0) -> IngestResult:
        counts = {"added": 0, "unchanged": 0, "replaced": 0, "failed": 0}
        nodes = rels = 0
        failures = []
        for r in results:
            counts[r.status] += 1
            nodes += r.nodes_added
            rels += r.relationships_added
            if r.status == "failed":
                failures.append(r)
        return cls(nodes_added=nodes, relationships_added=rels, seconds=seconds,
                   failures=tuple(failures), **counts)


@runtime_checkable
class Store(Protocol):
    kind: str  # "ladybug" or "neo4j"

    def ingest(self, records: Iterable[DocumentRecord], *,
               progress: Callable[[DocumentResult], None] | None = None,
               one_row_per_tx: bool = False) -> IngestResult: ...

    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *,
            read_only: bool = True, timeout: float | None = None,
            row_cap: int | None = None) -> list[dict[str, Any]]: ...

    def stats(self) -> dict[str, dict[str, int]]: ...

    def close(self) -> None: ...


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
