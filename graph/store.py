"""The store API both backends implement (LadybugDB embedded, Neo4j server).

``open_store("embedded", db=DIR)`` or ``open_store("neo4j", uri=...)`` returns
a :class:`Store`. Rows from :meth:`Store.run` are plain Python values, the
same for both stores: a node is ``{"_label", "_key", **props}``, a
relationship ``{"_type", "_start", "_end", **props}`` (start/end are node
keys), a path ``{"nodes": [...], "rels": [...]}``; every schema property of
the label or type is present (None when unset), so rows compare equal across
stores.

A backend writes only what it is given: :meth:`Store.write` runs a function
inside one write transaction; the ingest loop (:mod:`graph.ingest`) and the
statements (:mod:`graph.writer`) are shared. ``Store.ingest`` is kept as a
shorthand for :func:`graph.ingest.ingest`.

This module also re-exports the names callers used to import from here
(``open_store``, the errors, the results).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol, TypeVar, runtime_checkable

from graph.errors import (
    QuerySyntaxError,
    QueryTimeout,
    ReadOnlyViolation,
    StoreError,
    StoreLocked,
    StoreUnavailable,
    TooManyRows,
    one_line,
)
from graph.ingest import DocumentResult, Failed, IngestResult
from graph.open import DEFAULT_DB, open_store
from graph.writer import Dialect, Tx
from loaders.records import DocumentRecord

__all__ = [
    "open_store",
    "Store",
    "IngestResult",
    "DocumentResult",
    "Failed",
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

T = TypeVar("T")


@runtime_checkable
class Store(Protocol):
    kind: str  # "ladybug" or "neo4j"
    dialect: Dialect
    read_only: bool

    def write(self, work: Callable[[Tx], T], *, autocommit: bool = False) -> T:
        """Run ``work(tx)`` in one write transaction (``autocommit``: each statement its own)."""
        ...

    def ingest(self, records: Iterable[DocumentRecord | Failed], *,
               progress: Callable[[DocumentResult], None] | None = None,
               one_row_per_tx: bool = False) -> IngestResult: ...

    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *,
            read_only: bool = True, timeout: float | None = None,
            row_cap: int | None = None) -> list[dict[str, Any]]: ...

    def stats(self) -> dict[str, dict[str, int]]: ...

    def close(self) -> None: ...
