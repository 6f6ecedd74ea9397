"""Console queries run in a worker process that is bounded and killed.

LadybugDB's own query timeout is cooperative and its buffer pool does not
cover everything a query allocates (``UNWIND range(1, 1000000000)`` built a
9.7 GB list inside a 1 GiB pool); Neo4j's transaction timeout and memory
limit stop the server's work but not the client's decoding of a huge result
(``RETURN range(1, 20000000)`` took 88 s and 1 GB in the driver). So a
console query runs in a child process, on either store:

* its address space may grow by at most the memory budget (``RLIMIT_AS``,
  set after the database is opened, so only what the query allocates counts)
  and its buffer pool is a quarter of the budget: an allocation past it fails
  with ``bad_alloc`` / ``MemoryError`` and the query stops with one line;
* the engine's timeout is what is left of ``timeout`` once the child runs, and
  the parent kills the child :data:`GRACE_S` seconds after the deadline
  whatever it is doing.

Children are forked from a ``forkserver`` that has imported the store once,
so a query costs a fork and a read-only open (a few tenths of a second), not
a new interpreter. The child opens the store read-only itself (LadybugDB
allows that while another process, an ingest or the dashboard, holds the
folder for writing; Neo4j gets a READ session as before).
"""

from __future__ import annotations

import ctypes
import importlib.machinery
import logging
import multiprocessing
import os
import resource
import sys
import threading
import time
import types
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from queries.errors import QueryError

__all__ = ["Target", "Limits", "run_limited", "DEFAULT_MEMORY_MB", "GRACE_S", "QueryMemoryError"]

log = logging.getLogger(__name__)

#: Memory budget of one console query on the embedded store (MiB).
DEFAULT_MEMORY_MB = int(os.environ.get("POLICYGRAPH_CONSOLE_MEMORY_MB", "1024"))

#: Seconds between the timeout and the kill of a worker that did not stop.
GRACE_S = 1.5

_M_ARENA_MAX = -8  # glibc mallopt: each arena reserves 64 MiB of address space


class QueryMemoryError(QueryError):
    """The query needed more memory than its budget and was stopped."""


@dataclass(frozen=True)
class Target:
    """Where the worker connects: a LadybugDB folder, or a Neo4j server and login."""

    kind: str  # "ladybug" or "neo4j"
    db: str | None = None
    uri: str | None = None
    user: str | None = None
    password: str | None = None
    database: str | None = None

    @classmethod
    def of(cls, store: Any) -> Target:
        """The target of an open store (the worker opens its own, read-only)."""
        if store.kind == "ladybug":
            return cls("ladybug", db=str(store.path))
        user, password = getattr(store, "auth", None) or (os.environ.get("NEO4J_USER", "neo4j"),
                                                          os.environ.get("NEO4J_PASSWORD", ""))
        return cls("neo4j", uri=store.uri, user=user, password=password, database=store.database)

    def open(self) -> Any:
        if self.kind == "ladybug":
            from graph.store_ladybug import LadybugStore

            return LadybugStore(self.db, read_only=True)
        from graph.store_neo4j import Neo4jStore

        return Neo4jStore(self.uri, user=self.user or "neo4j", password=self.password or "",
                          database=self.database, read_only=True)


@dataclass(frozen=True)
class Limits:
    """Bounds of one console query: seconds, rows and MiB."""

    timeout: float
    row_cap: int
    memory_mb: int = DEFAULT_MEMORY_MB

    @property
    def pool_mb(self) -> int:
        return max(16, self.memory_mb // 4)


def _context() -> multiprocessing.context.BaseContext:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["graph.store_ladybug", "graph.store_neo4j", "queries.sandbox"])
    return ctx


def run_limited(target: Target, cypher: str, params: Mapping[str, Any], limits: Limits) -> list[dict[str, Any]]:
    """Run ``cypher`` read-only on ``target`` in a bounded worker; rows as plain values.

    Raises:
        StoreError: the store's own error (syntax, read-only violation, …) re-raised in this process.
        QueryError: timeout, memory budget, or a worker that died.
    """
    from graph import store as gstore

    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    deadline = time.time() + limits.timeout
    proc = ctx.Process(target=_child, args=(sender, target, cypher, dict(params), limits, deadline),
                       name="policygraph-console", daemon=True)
    with _START_LOCK, _no_main_import():
        proc.start()
    sender.close()
    try:
        if not receiver.poll(max(0.0, deadline + GRACE_S - time.time())):
            raise _timeout(limits)
        try:
            kind, *payload = receiver.recv()
        except (EOFError, OSError):
            proc.join(2)
            raise _died(proc.exitcode, limits) from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        receiver.close()
    if kind == "rows":
        return payload[0]
    if kind == "memory":
        raise _memory(limits)
    if kind == "server_memory":
        raise QueryMemoryError("memory: Neo4j stopped the query at its per-transaction memory limit "
                               "(db.memory.transaction.max); narrow it down or add LIMIT")
    if kind == "timeout":
        raise _timeout(limits)
    cls = getattr(gstore, payload[0], gstore.StoreError)
    raise cls(payload[1]) if isinstance(cls, type) and issubclass(cls, gstore.StoreError) \
        else gstore.StoreError(payload[1])


_START_LOCK = threading.Lock()


@contextmanager
def _no_main_import() -> Iterator[None]:
    """Keep the worker from importing this program's ``__main__``.

    multiprocessing re-imports the parent's main module in every child (the
    ``policygraph`` script, streamlit's, a user's script without a
    ``__name__`` guard): slow at best, a second run of the program at worst.
    It skips a main module whose spec name ends in ``.__main__``; the worker
    needs nothing from it, so it sees such a stand-in while it is started.
    """
    real = sys.modules.get("__main__")
    stand_in = types.ModuleType("__main__")
    stand_in.__spec__ = importlib.machinery.ModuleSpec("policygraph_console_worker.__main__", None)
    sys.modules["__main__"] = stand_in
    try:
        yield
    finally:
        if real is not None:
            sys.modules["__main__"] = real


def _timeout(limits: Limits) -> QueryError:
    return QueryError(f"timeout: the query ran longer than {limits.timeout:g} s and was stopped "
                      "(raise --timeout or narrow the MATCH)")


def _memory(limits: Limits) -> QueryError:
    return QueryMemoryError(f"memory: the query needed more than its {limits.memory_mb} MiB and was stopped "
                            "(narrow it down, add LIMIT, or raise --max-memory)")


def _died(exitcode: int | None, limits: Limits) -> QueryError:
    how = f"signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"exit code {exitcode}"
    log.debug("console worker died (%s)", how)
    return QueryMemoryError(f"memory: the query process stopped ({how}), most likely past its "
                            f"{limits.memory_mb} MiB (narrow it down, add LIMIT, or raise --max-memory)")


def _address_space() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise OSError("no VmSize in /proc/self/status")


def _child(conn: Any, target: Target, cypher: str, params: dict[str, Any], limits: Limits, deadline: float) -> None:
    """The worker: open read-only, cap the address space, run, send one message, exit.

    Nothing may escape as a traceback (the CLI promises one line): every
    failure becomes a message, and a message that cannot be sent an exit code.
    """
    out_of_memory = False
    message: tuple[Any, ...] | None = None
    _quiet_stderr()
    try:
        message = _work(target, cypher, params, limits, deadline)
    except MemoryError:
        out_of_memory = True  # set here, acted on below, once the rows are freed
    except BaseException as err:  # noqa: BLE001
        if _failed_allocation(err):
            out_of_memory = True
        else:
            message = ("error", "StoreError", f"{type(err).__name__}: {err}")
    try:
        try:
            conn.send(("memory",) if out_of_memory else message)
            return
        except MemoryError:  # pickling a huge result
            pass
        message = None
        conn.send(("memory",))
    except BaseException:  # noqa: BLE001 - the parent reads the exit code
        os._exit(3)
    finally:
        conn.close()


def _failed_allocation(err: BaseException) -> bool:
    """A Rust panic of the Neo4j driver's codec (``neo4j-rust-ext``) on an allocation past the cap.

    The codec decodes results into Python objects; when CPython cannot
    allocate one under ``RLIMIT_AS`` it returns NULL and pyo3 panics with
    "PyObject pointer is null" (a ``PanicException``, a BaseException)
    where pure Python would raise MemoryError.
    """
    return type(err).__name__ == "PanicException" and "pointer is null" in str(err)


def _quiet_stderr() -> None:
    """The worker reports only through its pipe: a Rust panic's message would
    otherwise print between the CLI's lines. No backtrace either: capturing
    one past the memory cap hung the worker until the parent's timeout."""
    os.environ["RUST_BACKTRACE"] = "0"  # read by Rust's panic hook at the first panic
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass


def _work(target: Target, cypher: str, params: dict[str, Any], limits: Limits,
          deadline: float) -> tuple[Any, ...]:
    from graph import store_ladybug
    from graph.store import StoreError

    try:
        ctypes.CDLL(None).mallopt(_M_ARENA_MAX, 2)
    except (OSError, AttributeError):  # not glibc: the limit still holds, just tighter
        pass
    store_ladybug.BUFFER_POOL_MB = limits.pool_mb  # this process only
    try:
        store = target.open()
        # Counted from here: what the open took (libraries, the pool's
        # reservation) is not the query's.
        heap = limits.memory_mb - (limits.pool_mb if target.kind == "ladybug" else 0)
        cap = _address_space() + heap * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        remaining = deadline - time.time()
        if remaining <= 0:
            return ("timeout",)
        return ("rows", store.run(cypher, params, read_only=True, timeout=remaining, row_cap=limits.row_cap + 1))
    except StoreError as err:
        text = str(err)
        if "bad_alloc" in text or "buffer manager exception" in text.lower():
            return ("memory",)
        if "db.memory.transaction.max" in text or "MemoryPoolOutOfMemoryError" in text:
            return ("server_memory",)  # Neo4j's own per-transaction limit
        return ("error", type(err).__name__, text)
