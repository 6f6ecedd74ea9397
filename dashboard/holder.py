"""One store per dashboard process, read-only while browsing, writable for ingest.

LadybugDB allows one read-write ``Database`` on a path, or any number of
read-only ones, so the browsing connection is opened read-only: a CLI
``policygraph query`` in another process can read the same folder while
the dashboard runs. To ingest, :meth:`StoreHolder.writable` closes that
connection, opens the folder read-write for the duration of the ingest,
then reopens it read-only and bumps :attr:`StoreHolder.version`. Every
cached result is keyed by that version, so all sessions see the new graph
without a restart. A lock serialises store access, because Streamlit runs
each browser session's script in its own thread and the switch must not
happen under a running query.

Neo4j needs no switch (queries already run in read access mode); its
version is bumped after an ingest all the same.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path
from typing import Any, Iterator

from dashboard.settings import StoreSettings

__all__ = ["StoreHolder", "use_store", "injected_store"]

log = logging.getLogger(__name__)

# A store handed in by Python code (the bench hook, tests) instead of settings.
_INJECTED: list[Any] = []


@contextlib.contextmanager
def use_store(store: Any) -> Iterator[None]:
    """Make the dashboard show ``store`` (an open :class:`graph.store.Store`)."""
    _INJECTED.append(store)
    try:
        yield
    finally:
        _INJECTED.remove(store)


def injected_store() -> Any | None:
    return _INJECTED[-1] if _INJECTED else None


class StoreHolder:
    """Owns the dashboard's store connection; see the module docstring."""

    def __init__(self, settings: StoreSettings, store: Any | None = None) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        self._external = store is not None
        self._store = store
        self.version = 0
        self.ident = f"external:{id(store)}" if store is not None else settings.ident

    @property
    def kind(self) -> str:
        return self.settings.kind if self._store is None else getattr(self._store, "kind", self.settings.kind)

    def _open(self, read_only: bool) -> Any:
        from graph.store import open_store

        s = self.settings
        if s.kind == "neo4j":
            return open_store("neo4j", uri=s.uri)
        if read_only and not Path(s.db).exists():
            # A read-only connection cannot create the database: create it
            # (with its schema) once, then browse the empty graph.
            open_store("embedded", db=s.db).close()
        return open_store("embedded", db=s.db, read_only=read_only)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Any]:
        """The store, for queries; opened on first use."""
        with self._lock:
            if self._store is None:
                self._store = self._open(read_only=True)
            yield self._store

    @contextlib.contextmanager
    def writable(self) -> Iterator[Any]:
        """A store that accepts writes; afterwards the graph version moves on."""
        with self._lock:
            try:
                if self._external or self.settings.kind == "neo4j":
                    if self._store is None:
                        self._store = self._open(read_only=False)
                    yield self._store
                else:
                    if self._store is not None:
                        self._store.close()
                        self._store = None
                    writer = self._open(read_only=False)
                    try:
                        yield writer
                    finally:
                        writer.close()
            finally:
                self.version += 1
                log.info("graph version %d after a write", self.version)

    def refresh(self) -> None:
        """Forget cached results (another process may have changed the graph)."""
        with self._lock:
            if not self._external and self._store is not None and self.settings.kind != "neo4j":
                # A read-only LadybugDB connection may not see a later write
                # from another process until it is reopened.
                self._store.close()
                self._store = None
            self.version += 1

    def close(self) -> None:
        with self._lock:
            if self._store is not None and not self._external:
                self._store.close()
            self._store = None
