"""The read-only console: free Cypher on either store, safely.

What runs is decided in three steps, each on the text the next one gets:

1. :func:`prepare` removes the comments and applies the dialect step
   (:func:`queries.dialect.translate`), giving exactly the text the engine
   will execute;
2. :func:`queries.guard.check_read_only` accepts that text only when it is
   made of read clauses (an allow-list on a real token stream: strings,
   backquoted names, parameters), so no ``LOAD FROM``, ``COPY``, ``LOAD CSV``,
   ``ATTACH``, ``INSTALL``, writes or unlisted ``CALL`` ever reach a store;
3. a worker process with a memory budget, killed at the timeout
   (:mod:`queries.sandbox`), runs it read-only: LadybugDB in a read-only
   database, Neo4j in a READ session with the transaction timeout (the
   server's ``db.memory.transaction.max`` bounds its side). Neo4j 5.26 enforces the READ access mode on a standalone
   server too (CREATE, SET, MERGE, CREATE INDEX, ``CALL db.createLabel`` and
   ``CALL {…} IN TRANSACTIONS`` fail with Neo.ClientError.Statement.AccessMode).

User values travel only as parameters; a ``$x`` without a value, or a value
no ``$x`` uses, is an error rather than a silent null.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from queries.dialect import translate
from queries.errors import BadQuery, QueryError
from queries.guard import READ_CALLS, check_read_only
from queries.lexer import strip_comments, tokenize
from queries.params import check_console_params
from queries.sandbox import DEFAULT_MEMORY_MB, Limits, Target, run_limited

__all__ = ["run_cypher", "prepare", "check_read_only", "READ_CALLS", "DEFAULT_TIMEOUT", "DEFAULT_ROW_CAP",
           "DEFAULT_MEMORY_MB"]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
DEFAULT_ROW_CAP = 10_000


def prepare(cypher: str, kind: str) -> str:
    """The text the engine of ``kind`` will run: comments removed, dialect applied, checked.

    >>> prepare("MATCH (n) // which\\nRETURN labels(n)[0] AS l;", "ladybug")
    'MATCH (n)  \\nRETURN label(n) AS l'

    Raises:
        BadQuery: the text is empty or not a read-only query the console allows.
    """
    toks = tokenize(strip_comments(cypher))
    while toks and (toks[-1].kind == "space" or toks[-1].text == ";"):
        toks.pop()  # a trailing ';' (or several) closes the one statement
    text = "".join(t.text for t in toks).strip()
    if not text:
        raise BadQuery("empty query")
    native = translate(text, kind) if kind in ("neo4j", "ladybug") else text
    check_read_only(native, kind)
    return native


def _map_store_error(err: Exception, timeout: float, row_cap: int) -> QueryError:
    from graph import store as gstore

    if isinstance(err, gstore.QueryTimeout):
        return QueryError(f"timeout: the query ran longer than {timeout:g} s and was stopped (raise --timeout or narrow the MATCH)")
    if isinstance(err, gstore.TooManyRows):
        return QueryError(f"too many rows: more than {row_cap} (add LIMIT or raise --max-rows)")
    if isinstance(err, gstore.ReadOnlyViolation):
        return BadQuery(f"refused: the console is read-only ({err})")
    if isinstance(err, gstore.QuerySyntaxError):
        return BadQuery(f"syntax error: {err}")
    text = str(err)
    if "MemoryLimit" in text or "memory limit" in text.lower() or "MemoryPoolOutOfMemory" in text:
        return QueryError(f"memory: the query needed more than the server's transaction memory limit "
                          f"and was stopped ({text})")
    return QueryError(text)


def run_cypher(store: Any, cypher: str, params: Mapping[str, Any] | None = None, *,
               timeout: float = DEFAULT_TIMEOUT, row_cap: int = DEFAULT_ROW_CAP,
               memory_mb: int = DEFAULT_MEMORY_MB) -> list[dict[str, Any]]:
    """Run free Cypher read-only on ``store``; rows as dicts of plain values.

    The text is Neo4j-flavoured Cypher; on LadybugDB it goes through
    :func:`queries.dialect.translate` first, so ``labels(n)[0]`` or
    ``shortestPath(...)`` work on both stores. The query runs in a worker
    process that may grow by ``memory_mb`` and is killed shortly after
    ``timeout`` (:mod:`queries.sandbox`); on Neo4j the server's transaction
    timeout and ``db.memory.transaction.max`` bound the server's side.

    Raises:
        BadQuery: a refused clause, a syntax error, bad limits, or a parameter
            used but not given (or given but not used).
        QueryError: a timeout, more than ``row_cap`` rows, the memory budget,
            or a store failure. ``str()`` is one line.
    """
    from graph.store import StoreError

    params = dict(params or {})
    if timeout is None or not timeout > 0:
        raise BadQuery("timeout must be a positive number of seconds")
    if row_cap is None or row_cap < 1:
        raise BadQuery("row cap must be at least 1")
    if memory_mb is None or memory_mb < 64:
        raise BadQuery("memory budget must be at least 64 MiB")
    kind = getattr(store, "kind", None) or ""
    native = prepare(cypher or "", kind)
    check_console_params(native, params)
    log.debug("console on %s: %s", kind, native)
    try:
        if kind in ("ladybug", "neo4j"):
            rows = run_limited(Target.of(store), native, params, Limits(timeout, row_cap, memory_mb))
        else:  # a store of another kind (a test double): its own run, unbounded
            rows = store.run(native, params, read_only=True, timeout=timeout, row_cap=row_cap + 1)
    except StoreError as err:
        raise _map_store_error(err, timeout, row_cap) from None
    if len(rows) > row_cap:
        raise QueryError(f"too many rows: more than {row_cap} (add LIMIT or raise --max-rows)")
    return rows
