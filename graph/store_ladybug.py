"""The embedded store: LadybugDB (the maintained Kùzu fork) in a folder on disk.

Tables come from :mod:`graph.schema` (one node table per label keyed on
``id``; one relationship table per type with a FROM/TO pair per declared
pair). :meth:`LadybugStore.write` runs a batch from :mod:`graph.ingest` inside
``BEGIN TRANSACTION`` … ``COMMIT``. Only one process may open the folder read-write;
any number may open it read-only.
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import ladybug
import pyarrow as pa
import pyarrow.parquet as pq

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
from graph.bulk_ladybug import BulkLoad, commit_groups, copy_options, node_table, rel_table
from graph.schema import KEY, NODES, RELS, node_type, rel_type
from graph.writer import Dialect, q

if TYPE_CHECKING:  # pragma: no cover
    from graph.ingest import DocumentResult, Failed, IngestResult
    from loaders.records import DocumentRecord

T = TypeVar("T")

__all__ = ["LadybugStore", "DB_FILE", "DIALECT"]

log = logging.getLogger(__name__)

#: The database file inside the ``--db`` folder.
DB_FILE = "graph.lbug"

#: LadybugDB's buffer pool defaults to ~80% of the machine's memory; the
#: dashboard and an ingest may each hold one, so cap it (MiB, overridable).
BUFFER_POOL_MB = int(os.environ.get("POLICYGRAPH_BUFFER_POOL_MB", "1024"))


#: New rows of a batch by UNWIND … CREATE (the default), or by ``COPY FROM``
#: Parquet files with POLICYGRAPH_LADYBUG_COPY=1. The bulk path into an empty
#: store (below) always copies.
#:
#: A kill -9 during the COMMIT of a transaction that holds a COPY tears it:
#: LadybugDB 0.22 recovers the transaction's other writes (SET, DELETE,
#: CREATE) from the WAL and loses its COPY rows, which only its checkpoint
#: makes durable. Measured on the engine alone: a COPY of 50 000 nodes and of
#: relationships plus a few SETs, killed 5 ms to 0.4 s into COMMIT, reopens
#: with every SET and none of the COPY rows; killed before COMMIT, with none
#: of either. A batch into a store that holds data always has SETs (shared
#: nodes, derived edges extended), so it cannot be COPY only; without COPY its
#: whole transaction is in the WAL, which a kill leaves whole or cut (replayed
#: up to the last whole commit, see :func:`_connect`): the store is as before
#: the batch or after it (tests/graph/test_crash.py kills real ingests). It is
#: also faster for the usual small additions: a commit holding a COPY ends in
#: a checkpoint of the store (50 documents into 3 000 sessions: 2.5 s without
#: COPY, 5.5–7.9 s with). Automatic checkpoints stay on: with them off (a
#: checkpoint every 256 MiB of WAL instead), a store killed during a load
#: crashed (SIGSEGV) on reopening.
USE_COPY = os.environ.get("POLICYGRAPH_LADYBUG_COPY", "0") == "1"

#: An ingest into an empty store goes by the bulk path (graph/bulk_ladybug.py:
#: one COPY per table and one checkpoint for the whole load) unless
#: POLICYGRAPH_LADYBUG_BULK=0. Past BULK_MAX_ROWS graph rows the load is
#: committed and the rest goes in batches: the bulk transaction's size stays
#: bounded for an archive of any size.
USE_BULK = os.environ.get("POLICYGRAPH_LADYBUG_BULK", "1") == "1"
BULK_MAX_ROWS = int(os.environ.get("POLICYGRAPH_LADYBUG_BULK_ROWS", "5000000"))


def _cast(expr: str, type_: str) -> str:
    return f"CAST({expr} AS {type_})"


DIALECT = Dialect("ladybug", _cast)


def _ddl() -> list[str]:
    out = []
    for nt in NODES:
        cols = ", ".join(f"{q(p.name)} {p.type}" for p in nt.props)
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {nt.label}({cols}, PRIMARY KEY({KEY}))")
    for rt in RELS:
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rt.pairs)
        cols = "".join(f", {q(p.name)} {p.type}" for p in rt.props)
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rt.type}({pairs}{cols})")
    return out


class LadybugStore:
    """A policygraph store in a LadybugDB database under the folder ``db``."""

    kind = "ladybug"
    dialect = DIALECT
    #: Batches bigger than graph.ingest's default: every commit holding a COPY
    #: ends in a checkpoint that costs about the same whatever the batch's
    #: size (3 000 sessions: 7 batches 27.6 s of COMMIT, 3 batches 10.8 s).
    batch_docs = 2_000
    batch_rows = 180_000

    def __init__(self, db: str | Path, *, read_only: bool = False) -> None:
        folder = Path(db)
        # An existing file is taken as the database itself (e.g. a copied graph.lbug).
        file = folder if folder.is_file() else folder / DB_FILE
        self.path = folder
        self.read_only = read_only
        if read_only and not file.exists():
            raise StoreUnavailable(f"{folder}: no policygraph database here (run `policygraph ingest` first)")
        if not read_only:
            file.parent.mkdir(parents=True, exist_ok=True)
        if read_only and _marker(file).exists():
            _wait_for_load(folder, file)
        self._db, self._conn = _connect(folder, file, read_only)
        self._file = file
        # One connection, used by one thread at a time: explicit transactions
        # live on the connection, so interleaving would mix them.
        self._lock = threading.RLock()
        self._tables: dict[int, str] = {}
        if not read_only:
            cut = _marker(file).exists()
            if cut:
                log.warning("%s: a load into the empty store was cut off before its last commit; emptying it "
                            "(run the same command again to load it)", folder)
                self._drop_tables()
            self._ensure_schema()
            if cut:
                _mark(_marker(file), False)

    def _reopen(self) -> None:
        """Close the engine's database and open it again: its buffer pool starts empty."""
        with self._lock:
            self._conn.close()
            self._db.close()
            self._db, self._conn = _connect(self.path, self._file, self.read_only)
            self._tables = {}

    def _drop_tables(self) -> None:
        """Every table of the schema dropped (relationships first): the store as before a cut bulk load."""
        with self._lock:
            for name in [rt.type for rt in RELS] + [nt.label for nt in NODES]:
                self._execute(f"DROP TABLE IF EXISTS {name}")
            self._tables = {}

    # -- schema ---------------------------------------------------------
    def _ensure_schema(self) -> None:
        with self._lock:
            for stmt in _ddl():
                self._execute(stmt)
            # Older databases: add columns the schema gained since.
            for nt in NODES + RELS:  # type: ignore[operator]
                name = getattr(nt, "label", None) or getattr(nt, "type")
                have = {r["name"] for r in self._execute(f"CALL table_info('{name}') RETURN *")}
                for p in nt.props:
                    if p.name not in have:
                        log.info("adding column %s.%s", name, p.name)
                        self._execute(f"ALTER TABLE {name} ADD {q(p.name)} {p.type}")

    # -- low level ------------------------------------------------------
    def _execute(self, query: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one statement, return rows as dicts of raw LadybugDB values."""
        result = self._conn.execute(query, dict(params or {}))
        if isinstance(result, list):
            raise QuerySyntaxError("one statement at a time, please (found several separated by ';')")
        cols = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(dict(zip(cols, result.get_next())))
        return rows

    # -- writes ---------------------------------------------------------
    def write(self, work: Callable[[_Tx], T], *, autocommit: bool = False) -> T:
        """Run ``work(tx)`` in one transaction: all of it is committed, or none of it.

        ``autocommit`` (the benchmark baseline) commits every statement on its own.
        """
        if self.read_only:
            raise ReadOnlyViolation(f"{self.path}: opened read-only, cannot write")
        with self._lock, _Tx(self, bulk=USE_COPY and not autocommit) as tx:
            if autocommit:
                return work(tx)
            self._execute("BEGIN TRANSACTION")
            try:
                value = work(tx)
                self._execute("COMMIT")
            except (RuntimeError, StoreError) as err:
                msg = one_line(str(err))
                low = msg.lower()
                if low.startswith("transaction committed successfully"):
                    # "… but the post-commit checkpoint failed. The committed
                    # data is durable and will be recovered on restart."
                    raise _CheckpointFailed(f"{self.path}: the batch was written, but LadybugDB's checkpoint after "
                                            f"it failed; run the same command again to finish ({msg})") from None
                self._rollback()
                if any(w in low for w in _POISONING):
                    raise StoreUnavailable(
                        f"{self.path}: LadybugDB ran out of buffer pool; nothing of this batch was written and this "
                        f"process cannot write any more: run the same command again, with a bigger "
                        f"POLICYGRAPH_BUFFER_POOL_MB (now {BUFFER_POOL_MB}) ({msg})") from None
                raise
            except BaseException:  # Ctrl+C and SIGTERM too: nothing half-written stays
                self._rollback()
                raise
            return value

    def bulk_load(self) -> BulkLoad | None:
        """A :class:`~graph.bulk_ladybug.BulkLoad` when the store is empty (else None: write in batches)."""
        if self.read_only or not USE_BULK:
            return None
        with self._lock:
            try:
                if any(self._execute(f"MATCH (n:{nt.label}) RETURN count(*) AS n")[0]["n"] for nt in NODES):
                    return None
            except RuntimeError:  # the batches will meet it too, and report it per document
                log.debug("cannot tell whether the store is empty", exc_info=True)
                return None

        def copy(files: list[tuple[str, str, Path]]) -> None:
            # Several commits (graph/bulk_ladybug.py, commit_groups), marked
            # as one load: until the marker goes, the store counts as empty
            # (a cut load is emptied on the next open; readers wait for it).
            marker = _marker(self._file)
            _mark(marker, True)
            groups = commit_groups(files)
            try:
                for n, group in enumerate(groups, 1):
                    try:
                        self.write(lambda tx, group=group: [tx.copy_file(table, opts, file)
                                                            for table, opts, file in group])
                    except _CheckpointFailed as err:
                        if n == len(groups):  # the load's last commit is durable: it is whole
                            _mark(marker, False)
                            raise
                        raise StoreUnavailable(
                            f"{self.path}: LadybugDB's checkpoint failed during the load into the empty store, "
                            f"which is emptied again; run the same command again ({err})") from None
            except BaseException:  # a failure, Ctrl+C or SIGTERM: the commits before go too
                try:
                    self._drop_tables()
                    self._ensure_schema()
                except (RuntimeError, StoreError):  # the marker stays: the next open empties the store
                    log.debug("emptying the store after a failed bulk load failed", exc_info=True)
                else:
                    _mark(marker, False)
                raise
            _mark(marker, False)
            # The load's pages stay in the buffer pool (~470 MiB at 10 000 sessions) and the
            # next batch's come on top (50 documents after it: peak 1 012 MiB; reopened: 891).
            self._reopen()

        return BulkLoad(max_rows=BULK_MAX_ROWS, copy=copy)

    def ingest(self, records: Iterable[DocumentRecord | Failed], *,
               progress: Callable[[DocumentResult], None] | None = None,
               one_row_per_tx: bool = False) -> IngestResult:
        """Shorthand for :func:`graph.ingest.ingest` on this store."""
        from graph.ingest import ingest

        return ingest(self, records, progress=progress, one_row_per_tx=one_row_per_tx)

    def _counts(self) -> dict[str, dict[str, int]]:
        # Per node table and per FROM/TO pair: LadybugDB answers these from
        # table metadata, while counting a multi-pair table or an untyped
        # MATCH ()-[r]->() scans the relationships.
        nodes = {nt.label: self._execute(f"MATCH (n:{nt.label}) RETURN count(*) AS n")[0]["n"] for nt in NODES}
        rels = {rt.type: sum(self._execute(f"MATCH (:{a})-[r:{rt.type}]->(:{b}) RETURN count(*) AS n")[0]["n"]
                             for a, b in rt.pairs) for rt in RELS}
        return {"nodes": nodes, "relationships": rels}

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError:
            log.debug("rollback failed (no active transaction?)", exc_info=True)

    # -- queries --------------------------------------------------------
    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True,
            timeout: float | None = None, row_cap: int | None = None) -> list[dict[str, Any]]:
        """Run one Cypher statement; rows of plain values (see :mod:`graph.store`)."""
        with self._lock:
            wrap = read_only and not self.read_only
            if timeout:
                self._conn.set_query_timeout(max(1, int(timeout * 1000)))
            try:
                if wrap:
                    self._conn.execute("BEGIN TRANSACTION READ ONLY")
                try:
                    result = self._conn.execute(cypher, dict(params or {}))
                    if isinstance(result, list):
                        raise QuerySyntaxError("one statement at a time, please (found several separated by ';')")
                    cols = result.get_column_names()
                    raw = []
                    while result.has_next():
                        if row_cap is not None and len(raw) >= row_cap:
                            raise TooManyRows(f"the query returned more than {row_cap} rows; "
                                              "add LIMIT or narrow it down")
                        raw.append(result.get_next())
                finally:
                    if wrap:
                        self._rollback()
            except RuntimeError as err:
                raise _map_error(err, timeout) from None
            finally:
                if timeout:
                    self._conn.set_query_timeout(0)
            return _Rows(self).convert(cols, raw)

    def stats(self) -> dict[str, dict[str, int]]:
        """Node counts per label and relationship counts per type (zeros included)."""
        with self._lock:
            return self._counts()

    def close(self) -> None:
        with self._lock:
            for obj in (getattr(self, "_conn", None), getattr(self, "_db", None)):
                if obj is not None:
                    try:
                        obj.close()
                    except Exception:  # closing twice or after a crash is harmless
                        log.debug("close failed", exc_info=True)
            self._conn = None  # type: ignore[assignment]
            self._db = None  # type: ignore[assignment]

    def __enter__(self) -> LadybugStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"LadybugStore({str(self.path)!r}, read_only={self.read_only})"

    # table id → name, for resolving the internal ids of relationship ends
    def _table_names(self) -> dict[int, str]:
        if not self._tables:
            self._tables = {r["id"]: r["name"] for r in self._execute("CALL show_tables() RETURN *")}
        return self._tables


class _Tx:
    """What :func:`graph.writer.write_batch` writes through (tests patch ``LadybugStore._execute``).

    ``bulk`` tells the writer to send rows known to be new to
    :meth:`copy_nodes` and :meth:`copy_rels`: ``COPY FROM`` a Parquet file
    written to a temporary folder, inside the transaction. Not from an Arrow
    table in memory: LadybugDB 0.22 keeps about three times each scanned
    table's size (40 MiB per 20 000 rows of 600-byte text, never released),
    which took a 10 000-session load past 3 GiB until it crashed (SIGSEGV);
    from a file it stays flat. The one-row-per-transaction baseline writes
    every row by UNWIND.
    """

    def __init__(self, store: LadybugStore, *, bulk: bool) -> None:
        self._store = store
        self.bulk = bulk
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._files = 0

    def __enter__(self) -> _Tx:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()

    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        try:
            return self._store._execute(query, params)
        except RuntimeError as err:
            raise _map_error(err, None) from None

    def copy_nodes(self, label: str, rows: list[Mapping[str, Any]]) -> None:
        self._copy(label, "", node_table(label, rows))

    def copy_rels(self, type_: str, start: str, end: str, rows: list[Mapping[str, Any]]) -> None:
        self._copy(type_, copy_options(type_, start, end), rel_table(type_, rows))

    def _copy(self, table_name: str, opts: str, table: pa.Table) -> None:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="policygraph-copy-")
        self._files += 1
        file = Path(self._tmp.name) / f"{self._files}.parquet"
        pq.write_table(table, file, compression="NONE")
        del table
        try:
            self.copy_file(table_name, opts, file)
        finally:
            file.unlink(missing_ok=True)

    def copy_file(self, table_name: str, opts: str, file: Path) -> None:
        literal = str(file).replace("\\", "\\\\").replace("'", "\\'")
        try:
            self._store._execute(f"COPY {table_name} FROM '{literal}'{opts}")
        except RuntimeError as err:
            raise _map_error(err, None) from None


class _CheckpointFailed(StoreUnavailable):
    """A commit LadybugDB made durable, whose checkpoint after it failed."""


#: Errors after which LadybugDB 0.22 refuses every later write of the process
#: until the database is opened again: once a transaction ran out of buffer
#: pool, a later one fails with "buffer pool is full" again (UNWIND) or "Index
#: contains an invalid node offset" (COPY), even a one-document batch.
#: Reopening it in the same process right after the failure was tried and
#: once left the file unreadable ("Cannot read PIP page … out of bounds"), so
#: :meth:`LadybugStore.write` stops the ingest with one clear error instead of
#: failing every later document (the store is as before the batch; a new
#: process writes again).
_POISONING = ("buffer manager exception", "buffer pool is full", "invalid node offset")


#: How long a reader waits for a writer's commit or checkpoint to finish (s).
OPEN_PATIENCE = float(os.environ.get("POLICYGRAPH_OPEN_PATIENCE", "30"))

#: Messages a reader gets while a writer commits or checkpoints: the files are
#: in between two states, not damaged. Waiting and opening again reads the
#: last committed state.
_TRANSIENT = ("wal", "checkpoint", "recovery", "shadow", "database file", "storage")


#: What LadybugDB says when the WAL ends inside a record: the process that
#: wrote it was killed while committing (see :func:`_connect`).
_TORN_WAL = ("checksum verification failed", "reading past the end of the file")


def _marker(file: Path) -> Path:
    """The file that marks a bulk load between its first and last commit (``graph.lbug.loading``)."""
    return file.with_name(file.name + ".loading")


def _mark(marker: Path, present: bool) -> None:
    """Create or remove ``marker`` durably: it must reach the disk before the first commit it covers."""
    if present:
        with marker.open("w", encoding="utf-8") as fh:
            fh.write("a bulk load into the empty store is between its commits\n")
            fh.flush()
            os.fsync(fh.fileno())
    else:
        marker.unlink(missing_ok=True)
    fd = os.open(marker.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _wait_for_load(folder: Path, file: Path) -> None:
    """A reader meeting a bulk load's marker: wait for the load's end, or empty a load whose writer died.

    Between the load's commits the store holds part of it; the last committed
    state a reader may see is the empty store before it. A read-write open
    succeeds only when no writer holds the files: the load was cut off, and
    opening empties it (as the rerun would). Past OPEN_PATIENCE the reader
    reads what is committed rather than fail.
    """
    deadline = time.monotonic() + OPEN_PATIENCE
    pause = 0.05
    while _marker(file).exists() and time.monotonic() < deadline:
        try:
            LadybugStore(folder).close()  # empties the cut load
            return
        except (StoreLocked, StoreUnavailable):
            time.sleep(pause)
            pause = min(pause * 2, 1.0)
    if _marker(file).exists():
        log.warning("%s: a load into the empty store is still running; reading what it has committed", folder)


def _database(file: Path, *, read_only: bool, strict: bool) -> Any:
    """The engine's database object, with the project's buffer pool; ``strict=False`` replays a WAL up to a cut."""
    return ladybug.Database(str(file), read_only=read_only, buffer_pool_size=BUFFER_POOL_MB * 2**20,
                            throw_on_wal_replay_failure=strict)


def _connect(folder: Path, file: Path, read_only: bool) -> tuple[Any, Any]:
    deadline = time.monotonic() + OPEN_PATIENCE
    pause = 0.05
    strict = True
    while True:
        try:
            db = _database(file, read_only=read_only, strict=strict)
            return db, ladybug.Connection(db)
        except (RuntimeError, OSError) as err:
            msg = one_line(str(err))
            low = msg.lower()
            if "lock" in low and not read_only:
                raise StoreLocked(f"{folder}: the database is in use by another process "
                                  "(close it, or open it read-only)") from None
            if not read_only and strict and any(w in low for w in _TORN_WAL):
                # A kill -9 while COMMIT wrote the WAL leaves a record cut
                # short, and LadybugDB then refuses to open the store at all.
                # The cut record belongs to a commit that never returned:
                # replaying up to it opens the store as of the last whole commit,
                # which is what a rerun of the ingest expects (writes are all-or-nothing).
                log.warning("%s: the last write was cut off (%s); opening at the last complete commit",
                            folder, msg)
                strict = False
                continue
            if read_only and "recovery is pending" in low and _finish_recovery(file):
                continue
            if ("lock" in low or any(w in low for w in _TRANSIENT)) and time.monotonic() < deadline:
                log.debug("%s: waiting for a writer (%s)", folder, msg)
                time.sleep(pause)
                pause = min(pause * 2, 1.0)
                continue
            if "lock" in low:
                raise StoreLocked(f"{folder}: the database is in use by another process "
                                  "(close it, or open it read-only)") from None
            raise StoreUnavailable(f"{folder}: cannot open the database: {msg}") from None


def _finish_recovery(file: Path) -> bool:
    """Complete a checkpoint left pending by a writer that was killed, so readers can open.

    LadybugDB refuses read-only opens until a read-write open has finished the
    recovery; with no writer alive nobody else would, and every reader would
    wait out its patience and fail. A read-write open fails at once while a
    writer holds the files, and the reader then waits for it as before.
    """
    try:
        db = _database(file, read_only=False, strict=False)
    except (RuntimeError, OSError):
        return False
    db.close()
    log.info("%s: finished the recovery a killed writer left pending", file)
    return True


def _map_error(err: Exception, timeout: float | None) -> StoreError:
    msg = one_line(str(err))
    low = msg.lower()
    if low.startswith("interrupted"):
        return QueryTimeout(f"query stopped after the {timeout:g} s timeout" if timeout else "query interrupted")
    if "read-only" in low or "read only" in low:
        return ReadOnlyViolation(f"write refused: this query runs read-only ({msg})")
    if low.startswith(("parser exception", "binder exception")):
        return QuerySyntaxError(msg)
    return StoreError(msg)


class _Rows:
    """Converts LadybugDB values to the plain rows of :meth:`graph.store.Store.run`."""

    def __init__(self, store: LadybugStore) -> None:
        self._store = store
        self._keys: dict[tuple[int, int], str] = {}
        self._missing: set[tuple[int, int]] = set()

    def convert(self, cols: list[str], raw: list[list[Any]]) -> list[dict[str, Any]]:
        for row in raw:
            for v in row:
                self._scan(v)
        self._resolve()
        return [{c: self._plain(v) for c, v in zip(cols, row)} for row in raw]

    def _scan(self, v: Any) -> None:
        """Collect node keys seen and relationship ends still to look up."""
        if isinstance(v, dict):
            if "_SRC" in v and "_DST" in v:
                self._missing.add(_iid(v["_SRC"]))
                self._missing.add(_iid(v["_DST"]))
            elif "_ID" in v and "_LABEL" in v and KEY in v:
                self._keys[_iid(v["_ID"])] = v[KEY]
            for x in v.values():
                self._scan(x)
        elif isinstance(v, list):
            for x in v:
                self._scan(x)

    def _resolve(self) -> None:
        todo = self._missing - self._keys.keys()
        if not todo:
            return
        tables = self._store._table_names()
        by_table: dict[int, list[int]] = {}
        for table, offset in todo:
            by_table.setdefault(table, []).append(offset)
        for table, offsets in by_table.items():
            label = tables.get(table)
            if label is None:
                continue
            rows = self._store._execute(
                f"UNWIND $offs AS o MATCH (n:{label}) WHERE offset(id(n)) = o RETURN o AS o, n.{KEY} AS k",
                {"offs": sorted(offsets)})
            for r in rows:
                self._keys[(table, r["o"])] = r["k"]

    def _plain(self, v: Any) -> Any:
        if isinstance(v, dict):
            if "_NODES" in v and "_RELS" in v:
                return {"nodes": [self._plain(n) for n in v["_NODES"]], "rels": [self._plain(r) for r in v["_RELS"]]}
            if "_SRC" in v and "_DST" in v and "_LABEL" in v:
                rt = _rel_decl(v["_LABEL"])
                props = {p: v.get(p) for p in rt} if rt is not None else {
                    k: x for k, x in v.items() if not k.startswith("_")}
                return {"_type": v["_LABEL"], "_start": self._keys.get(_iid(v["_SRC"])),
                        "_end": self._keys.get(_iid(v["_DST"])), **{k: self._plain(x) for k, x in props.items()}}
            if "_ID" in v and "_LABEL" in v:
                nt = _node_decl(v["_LABEL"])
                props = {p: v.get(p) for p in nt} if nt is not None else {
                    k: x for k, x in v.items() if not k.startswith("_")}
                return {"_label": v["_LABEL"], "_key": v.get(KEY), **{k: self._plain(x) for k, x in props.items()}}
            return {k: self._plain(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [self._plain(x) for x in v]
        if isinstance(v, (_dt.date, _dt.datetime, _dt.time)):
            return v.isoformat()
        if isinstance(v, _dt.timedelta):
            return v.total_seconds()
        return v


def _iid(v: Any) -> tuple[int, int]:
    return int(v["table"]), int(v["offset"])


def _node_decl(label: str) -> tuple[str, ...] | None:
    try:
        return node_type(label).prop_names
    except KeyError:
        return None


def _rel_decl(type_: str) -> tuple[str, ...] | None:
    try:
        return rel_type(type_).prop_names
    except KeyError:
        return None
