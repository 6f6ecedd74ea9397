"""The ingest loop: records in, batches of documents written, one result per document.

:func:`ingest` owns batching, timing, progress and failure capture for both
stores. A store supplies only ``dialect`` and ``write(work, autocommit=...)``,
which runs ``work(tx)`` inside one write transaction (see
:class:`graph.store.Store`); the statements come from :mod:`graph.writer`.

A batch is a few hundred documents written in one transaction: a crash or a
kill during a batch leaves the store as it was before it, and running the
same command again completes the work (documents already stored are
"unchanged"). A document that cannot be turned into graph rows is reported
and left out of its batch; when the store rejects a batch, its documents are
written one per transaction so that only the bad one fails.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from graph.build import DocumentGraph, document_graph
from graph.errors import StoreError, StoreUnavailable, one_line
from graph.writer import ROWS_PER_STATEMENT, BatchOutcome, write_batch
from loaders.records import DocumentRecord

if TYPE_CHECKING:  # pragma: no cover
    from graph.store import Store

__all__ = ["ingest", "ingest_files", "read_files", "Failed", "DocumentResult", "IngestResult", "BATCH_DOCS", "BATCH_ROWS"]

log = logging.getLogger(__name__)

#: Documents per batch (one transaction), unless the rows cap comes first.
#: A store may set its own ``batch_docs``/``batch_rows`` (LadybugDB does).
BATCH_DOCS = 500
#: Graph rows (nodes + relationships) per batch: bounds a transaction's memory.
BATCH_ROWS = 60_000


@dataclass(frozen=True)
class Failed:
    """An input the caller could not turn into a record (unreadable file …): reported as failed."""

    source: str
    error: str  # one line, naming the source


@dataclass(frozen=True)
class DocumentResult:
    """What happened to one document.

    ``status`` is "added", "unchanged", "replaced" or "failed" (``error``
    then says why, one line). ``nodes_added``/``relationships_added`` are
    net changes in the store (negative when a replacement removed more);
    ``seconds`` is the document's share of its batch.
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
    """Totals of one :func:`ingest` call."""

    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    nodes_added: int = 0
    relationships_added: int = 0
    seconds: float = 0.0
    failures: tuple[DocumentResult, ...] = field(default=())
    batches: int = 0
    read_seconds: float = 0.0  # waiting for the next record (reading and extraction when streamed)
    build_seconds: float = 0.0  # records → graph rows
    write_seconds: float = 0.0  # inside the stores' transactions

    @property
    def documents(self) -> int:
        return self.added + self.unchanged + self.replaced + self.failed

    @classmethod
    def of(cls, results: Iterable[DocumentResult], seconds: float = 0.0, **extra: Any) -> IngestResult:
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
                   failures=tuple(failures), **counts, **extra)


@dataclass
class _Batch:
    """Documents waiting for their transaction, and failures waiting their turn in the report."""

    entries: list[DocumentGraph | DocumentResult] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    paths: set[str] = field(default_factory=set)
    rows: int = 0

    def graphs(self) -> list[DocumentGraph]:
        return [e for e in self.entries if isinstance(e, DocumentGraph)]


def _rows(g: DocumentGraph) -> int:
    return g.node_count() + len(g.rels)


#: Python's cyclic collector during an ingest: its first generation every 100 000
#: allocations instead of 700, and full passes almost never. A batch holds
#: hundreds of thousands of live dicts (rows, records) and each full pass walks
#: all of them, while an ingest makes next to no cyclic garbage: 3 000 records
#: → graph rows took 4.1 s of CPU with the default thresholds, 3.2 s with these.
_GC_THRESHOLDS = (100_000, 50, 100)


@contextlib.contextmanager
def _fewer_gc_passes() -> Iterator[None]:
    import gc

    before = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def ingest(store: Store, items: Iterable[DocumentRecord | Failed], *,
           progress: Callable[[DocumentResult], None] | None = None,
           one_row_per_tx: bool = False, batch_docs: int | None = None,
           batch_rows: int | None = None) -> IngestResult:
    """Write ``items`` into ``store`` in batches; report every item to ``progress`` in input order.

    ``one_row_per_tx`` is the benchmark baseline: one document at a time and
    every statement with one row in its own transaction. Into an empty store
    that offers a bulk path (LadybugDB), the load is gathered and committed at
    once, its results reported then, unless ``batch_docs``/``batch_rows`` ask
    for batches.

    Raises:
        ReadOnlyViolation: the store was opened read-only.
        StoreUnavailable: the store went away (the batch in flight is not written).
    """
    from graph.errors import ReadOnlyViolation

    if getattr(store, "read_only", False):
        raise ReadOnlyViolation(f"{store!r}: opened read-only, cannot ingest")
    with _fewer_gc_passes():
        return _ingest(store, items, progress, one_row_per_tx, batch_docs, batch_rows)


def _ingest(store: Store, items: Iterable[DocumentRecord | Failed],
            progress: Callable[[DocumentResult], None] | None, one_row_per_tx: bool,
            batch_docs: int | None, batch_rows: int | None) -> IngestResult:
    # A caller that sets batch_docs asks for a commit every so many documents.
    asked = batch_docs is not None or batch_rows is not None
    batch_docs = batch_docs or getattr(store, "batch_docs", BATCH_DOCS)
    batch_rows = batch_rows or getattr(store, "batch_rows", BATCH_ROWS)
    if one_row_per_tx:
        batch_docs, batch_rows = 1, 1
    t0 = time.perf_counter()
    results: list[DocumentResult] = []
    timing = {"read": 0.0, "build": 0.0, "write": 0.0, "batches": 0}
    batch = _Batch()
    # An empty store may offer a bulk path (LadybugDB: graph/bulk_ladybug.py):
    # batches are gathered and committed at once; their results wait for it.
    bulk = None if one_row_per_tx or asked else getattr(store, "bulk_load", lambda: None)()
    gathered: list[DocumentResult] = []

    def emit(res: DocumentResult) -> None:
        results.append(res)
        if progress is not None:
            progress(res)

    def end_bulk() -> None:
        nonlocal bulk
        load, bulk = bulk, None
        if load is None:
            return
        try:
            t = time.perf_counter()
            out = load.commit() if load.documents else None
            timing["write"] += time.perf_counter() - t
            timing["batches"] += 1 if out else 0
        except StoreUnavailable:
            raise
        except StoreError as err:
            raise StoreError(f"{store!r}: the bulk load into the empty store failed and wrote nothing ({err}); "
                             "POLICYGRAPH_LADYBUG_BULK=0 writes in batches instead") from None
        finally:
            load.close()
        share = (time.perf_counter() - t) / max(1, load.documents)
        for e in gathered:
            if e.status == "added":
                e = dataclasses.replace(e, nodes_added=out.nodes.get(e.document, 0),
                                        relationships_added=out.rels.get(e.document, 0), seconds=share)
            emit(e)
        gathered.clear()

    def flush() -> None:
        nonlocal batch
        if not batch.entries:
            return
        current, batch = batch, _Batch()
        graphs = current.graphs()
        if bulk is not None:
            if not graphs or bulk.takes(graphs):
                t = time.perf_counter()
                bulk.add(graphs)
                timing["write"] += time.perf_counter() - t
                # results, not graphs: the load's rows are in its files already
                gathered.extend(DocumentResult(e.source, e.document, "added") if isinstance(e, DocumentGraph) else e
                                for e in current.entries)
                return
            end_bulk()  # a batch a sequential write would treat differently: the rest in batches
        done: dict[str, DocumentResult] = {}
        if graphs:
            t = time.perf_counter()
            done = _write(store, graphs, one_row_per_tx)
            timing["write"] += time.perf_counter() - t
            timing["batches"] += 1
        for e in current.entries:
            emit(done[e.document] if isinstance(e, DocumentGraph) else e)

    try:
        source = iter(items)
        while True:
            t = time.perf_counter()
            item = next(source, None)
            timing["read"] += time.perf_counter() - t
            if item is None:
                break
            if isinstance(item, Failed):
                batch.entries.append(DocumentResult(item.source, None, "failed", error=item.error))
                continue
            t = time.perf_counter()
            try:
                g = document_graph(item)
            except Exception as err:  # noqa: BLE001 - a record the schema rejects fails alone
                log.debug("graph rows of %s failed", item.source, exc_info=True)
                batch.entries.append(DocumentResult(item.source, item.sha256, "failed",
                                                    error=f"{item.source}: {one_line(f'{type(err).__name__}: {err}')}"))
                continue
            finally:
                timing["build"] += time.perf_counter() - t
            # The same hash or path twice in one batch: write the first before
            # deciding about the second, as a sequential run would.
            if g.document in batch.docs or g.path in batch.paths:
                flush()
            batch.entries.append(g)
            batch.docs.add(g.document)
            batch.paths.add(g.path)
            batch.rows += _rows(g)
            if len(batch.docs) >= (bulk.batch_docs if bulk is not None else batch_docs) or batch.rows >= batch_rows:
                flush()
        flush()
        end_bulk()
    finally:
        if bulk is not None:  # interrupted while gathering: nothing was written
            bulk.close()
    settle = getattr(store, "settle", None)  # Neo4j: the full-text index catches up
    if settle is not None and timing["batches"]:
        t = time.perf_counter()
        settle()
        timing["write"] += time.perf_counter() - t
    result = IngestResult.of(results, time.perf_counter() - t0, batches=int(timing["batches"]),
                             read_seconds=timing["read"], build_seconds=timing["build"],
                             write_seconds=timing["write"])
    log.info("%d documents in %d batches: %d added, %d replaced, %d unchanged, %d failed (%.1f s)",
             result.documents, result.batches, result.added, result.replaced, result.unchanged,
             result.failed, result.seconds)
    return result


def _write(store: Store, graphs: list[DocumentGraph], one_row_per_tx: bool) -> dict[str, DocumentResult]:
    """Write one batch; when the store rejects it, each document alone so only the bad one fails."""
    t = time.perf_counter()
    try:
        out = _transaction(store, graphs, one_row_per_tx)
    except StoreUnavailable:
        raise
    except Exception as err:  # noqa: BLE001 - reported per document below
        if len(graphs) == 1:
            g = graphs[0]
            log.debug("write of %s failed", g.source, exc_info=True)
            msg = str(err) if isinstance(err, StoreError) else one_line(f"{type(err).__name__}: {err}")
            return {g.document: DocumentResult(g.source, g.document, "failed", error=f"{g.source}: {msg}",
                                               seconds=time.perf_counter() - t)}
        log.info("batch of %d documents failed (%s); writing them one by one", len(graphs), one_line(str(err), 120))
        done: dict[str, DocumentResult] = {}
        for g in graphs:
            done.update(_write(store, [g], one_row_per_tx))
        return done
    share = (time.perf_counter() - t) / len(graphs)
    done = {}
    for g in graphs:
        status = out.status[g.document]
        done[g.document] = DocumentResult(g.source, g.document, status, out.nodes.get(g.document, 0),
                                          out.rels.get(g.document, 0), seconds=share)
        if status != "unchanged":
            log.debug("%s %s: %+d nodes, %+d relationships", status, g.source,
                      done[g.document].nodes_added, done[g.document].relationships_added)
    return done


def _transaction(store: Store, graphs: list[DocumentGraph], one_row_per_tx: bool) -> BatchOutcome:
    dialect = store.dialect
    chunk = 1 if one_row_per_tx else ROWS_PER_STATEMENT
    return store.write(lambda tx: write_batch(tx, dialect, graphs, chunk=chunk), autocommit=one_row_per_tx)


# -- files → store ----------------------------------------------------------

def _read_one(job: tuple[str, int | None, str | None]) -> DocumentRecord | Failed:
    from loaders import InputError, load_path

    path, year, city = job
    try:
        return load_path(path, year=year, city=city)
    except InputError as err:  # the caller's job: loaders' errors become failed results here
        return Failed(path, str(err))
    except Exception as err:  # noqa: BLE001 - a bug on one file must not stop the others
        log.debug("unexpected error on %s", path, exc_info=True)
        return Failed(path, f"{path}: internal error ({one_line(f'{type(err).__name__}: {err}', 200)})")


def _worker_init() -> None:
    # Ctrl+C reaches the whole process group: only the parent decides what
    # stops, and it terminates the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from loaders.pipeline import warm_up

    warm_up(freeze=True)  # the tables and jieba's dictionary, once per worker, before its first document


def read_files(files: Sequence[str | Path], *, year: int | None = None, city: str | None = None,
               workers: int = 1) -> Iterator[DocumentRecord | Failed]:
    """Records of ``files`` in input order, read in ``workers`` processes.

    At most a few dozen records per worker wait for the writer, so memory
    stays flat when extraction runs ahead. Closing the iterator (an
    interruption) terminates the workers at once.
    """
    jobs = [(str(f), year, city) for f in files]
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield _read_one(job)
        return
    window = workers * 16
    pool = multiprocessing.get_context("spawn").Pool(workers, initializer=_worker_init)
    try:
        pending: deque = deque()
        it = iter(jobs)
        for job in it:
            pending.append(pool.apply_async(_read_one, (job,)))
            if len(pending) >= window:
                break
        while pending:
            record = pending.popleft().get()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.apply_async(_read_one, (nxt,)))
            yield record
        pool.close()
        pool.join()
    finally:
        pool.terminate()


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM stops an ingest the way Ctrl+C does: the batch in flight rolls back."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: Any) -> None:  # noqa: ARG001 - signal handler signature
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def ingest_files(store: Store, files: Sequence[str | Path], *, year: int | None = None, city: str | None = None,
                 workers: int = 1, progress: Callable[[DocumentResult], None] | None = None,
                 batch_docs: int | None = None) -> IngestResult:
    """Read ``files`` (``workers`` processes) and write them into ``store`` in batches.

    An unreadable file is a failed result naming it. SIGTERM or Ctrl+C stops
    the readers, rolls the batch in flight back and raises KeyboardInterrupt;
    the batches committed before stay, and running the same command again
    completes the work.
    """
    with _sigterm_interrupts():
        records = read_files(files, year=year, city=city, workers=workers)
        try:
            return ingest(store, records, progress=progress, batch_docs=batch_docs)
        finally:
            records.close()  # type: ignore[attr-defined]
