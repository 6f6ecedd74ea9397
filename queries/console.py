"""The read-only Cypher console: free Cypher on either store, safely.

Two layers keep a console user from changing the graph:

1. a lexical check refuses write and admin clauses (CREATE, MERGE, SET,
   DELETE, REMOVE, DROP, LOAD CSV, COPY, FOREACH, …) and, on LadybugDB,
   ``CALL`` of anything but read-only table functions (its ``CALL`` also
   changes settings and builds indexes); more than one statement is refused.
   ``LOAD CSV`` matters: Neo4j counts it as a read (query type ``r``), so
   READ mode would let a console user read the server's files;
2. the store runs the query read-only. Neo4j 5.26 enforces the READ access
   mode on a standalone server too (checked: CREATE, SET, MERGE, CREATE INDEX,
   ``CALL db.createLabel`` and ``CALL {…} IN TRANSACTIONS`` all fail with
   Neo.ClientError.Statement.AccessMode), so no EXPLAIN pre-check is needed;
   LadybugDB runs it in a ``READ ONLY`` transaction or a read-only database.

User values travel only as parameters; a ``$x`` without a value, or a value
no ``$x`` uses, is an error rather than a silent null.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from queries.dialect import translate
from queries.errors import BadQuery, QueryError
from queries.lexer import keywords, tokenize
from queries.params import check_console_params

__all__ = ["run_cypher", "check_read_only", "WRITE_KEYWORDS", "LADYBUG_READ_CALLS", "DEFAULT_TIMEOUT", "DEFAULT_ROW_CAP"]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
DEFAULT_ROW_CAP = 10_000

#: Clauses that change data, schema, settings or files (Neo4j and LadybugDB).
WRITE_KEYWORDS = frozenset({
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "RENAME",
    "COPY", "LOAD", "FOREACH", "INSTALL", "UNINSTALL", "ATTACH", "IMPORT", "EXPORT",
    "CHECKPOINT", "COMMENT", "GRANT", "REVOKE", "DENY", "BEGIN", "COMMIT", "ROLLBACK",
    "TERMINATE",
})

#: LadybugDB table functions that only read (``CALL f() RETURN *``).
LADYBUG_READ_CALLS = frozenset({
    "SHOW_TABLES", "TABLE_INFO", "SHOW_CONNECTION", "SHOW_FUNCTIONS", "DB_VERSION",
    "CURRENT_SETTING", "SHOW_INDEXES", "SHOW_WARNINGS", "STORAGE_INFO", "QUERY_FTS_INDEX",
    "SHOW_PROJECTED_GRAPHS", "SHOW_OFFICIAL_EXTENSIONS", "SHOW_LOADED_EXTENSIONS",
})


def check_read_only(cypher: str, kind: str) -> None:
    """Raise QueryError if ``cypher`` could write (lexical layer of the guard)."""
    sig = [t for t in tokenize(cypher) if t.kind not in ("space", "comment")]
    for i, tok in enumerate(sig):
        if tok.kind == "symbol" and tok.text == ";" and i + 1 < len(sig):
            raise BadQuery("one statement at a time: remove the ';' and what follows it")
    for word, nxt in keywords(cypher):
        if word in WRITE_KEYWORDS:
            raise BadQuery(f"refused: the console is read-only and {word} writes (open the store for writing with `policygraph ingest`)")
        if word == "CALL" and kind == "ladybug" and nxt not in LADYBUG_READ_CALLS:
            raise BadQuery(f"refused: CALL {nxt or ''} is not a read-only function on LadybugDB")


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
    return QueryError(str(err))


def run_cypher(store: Any, cypher: str, params: Mapping[str, Any] | None = None, *,
               timeout: float = DEFAULT_TIMEOUT, row_cap: int = DEFAULT_ROW_CAP) -> list[dict[str, Any]]:
    """Run free Cypher read-only on ``store``; rows as dicts of plain values.

    The text is Neo4j-flavoured Cypher; on LadybugDB it goes through
    :func:`queries.dialect.translate` first, so ``labels(n)[0]`` or
    ``shortestPath(...)`` work on both stores.

    Raises:
        QueryError: a write attempt, a syntax error, a timeout, more than
            ``row_cap`` rows, or a parameter used but not given (or given but
            not used). ``str()`` is one line.
    """
    from graph.store import StoreError

    params = dict(params or {})
    if not cypher or not cypher.strip():
        raise BadQuery("empty query")
    if timeout is None or timeout <= 0:
        raise BadQuery("timeout must be a positive number of seconds")
    if row_cap is None or row_cap < 1:
        raise BadQuery("row cap must be at least 1")
    kind = getattr(store, "kind", None)
    text = cypher.strip().rstrip(";")
    check_console_params(text, params)
    check_read_only(text, kind or "")
    native = translate(text, kind) if kind in ("neo4j", "ladybug") else text
    log.debug("console on %s: %s", kind, native)
    try:
        rows = store.run(native, params, read_only=True, timeout=timeout, row_cap=row_cap + 1)
    except StoreError as err:
        raise _map_store_error(err, timeout, row_cap) from None
    if len(rows) > row_cap:
        raise QueryError(f"too many rows: more than {row_cap} (add LIMIT or raise --max-rows)")
    return rows
