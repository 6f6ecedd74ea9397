"""The server store: Neo4j 5 through the official ``neo4j`` driver.

On first use (read-write) it creates a uniqueness constraint on ``id`` for
every label (before any MERGE, so concurrent MERGEs cannot duplicate a City
or a PolicyTool), indexes on the properties the writer and the queries look
up, and the full-text index ``policygraph_text`` with the ``cjk`` analyzer
over the schema's text properties. Each batch from :mod:`graph.ingest` is
written in one ``execute_write`` transaction (the driver retries it on
transient errors such as deadlocks between concurrent ingests; a uniqueness
conflict with a concurrent writer is retried here, the batch then sees the
other writer's nodes).
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

import neo4j
from neo4j import GraphDatabase
from neo4j import exceptions as nx_err
from neo4j.graph import Node, Path, Relationship

from graph.errors import (
    QuerySyntaxError,
    QueryTimeout,
    ReadOnlyViolation,
    StoreError,
    StoreUnavailable,
    TooManyRows,
    one_line,
)
from graph.schema import KEY, NODES, RELS, node_type, rel_type
from graph.writer import EDGE_AFTER_ENDS, Dialect

if TYPE_CHECKING:  # pragma: no cover
    from graph.ingest import DocumentResult, Failed, IngestResult
    from loaders.records import DocumentRecord

T = TypeVar("T")

__all__ = ["Neo4jStore", "FULLTEXT_INDEX", "DIALECT", "schema_statements"]

log = logging.getLogger(__name__)

FULLTEXT_INDEX = "policygraph_text"


def _sorted_union(a: str, b: str) -> str:
    return f"COLLECT {{ UNWIND coalesce({a}, []) + coalesce({b}, []) AS v RETURN DISTINCT v ORDER BY v }}"


DIALECT = Dialect("neo4j", union=_sorted_union)

#: The writer's batch statements (all start ``UNWIND $rows`` and find their
#: nodes by unique-constraint seeks, whose plan does not depend on how many
#: rows the store holds) keep their first plan. Without it Neo4j replans a
#: cached statement whenever a label's count has grown by more than its
#: divergence threshold, i.e. at about every doubling of the store during a
#: load: ~80 statements × several replans, each 0.3–2 s of planning on a busy
#: 2-core machine, were most of the time of a 10 000-session ingest.
#: The rows travel inside a map (``$batch.rows``), not as the list ``$rows``:
#: Neo4j's plan cache keys a list parameter by its size bucket (0, 1, ≤10,
#: ≤100, ≤1000, ≤10 000 …), so the same statement with 80 and with 800 rows
#: was planned twice; a map parameter has no size, so one plan serves every
#: batch (JFR on a 2 000-session load: planning fell from ~30 % of the
#: server's samples in every batch to almost none after the first).
_KEEP_PLAN = "CYPHER replan=skip "

#: The full-text index is updated by a background thread of the server, not
#: inside each batch's commit: Lucene's share was ~40 % of a commit, and this
#: way it overlaps the client's building of the next batch. An ingest waits for
#: the index to catch up before it returns (:meth:`Neo4jStore.settle`), so a
#: search after it sees every document; a search *during* an ingest may miss
#: the last batches for a moment.
_EVENTUAL = True

#: Attempts after a uniqueness conflict with a concurrent writer.
_CONFLICT_RETRIES = 5

#: Lookups the writer and the named queries make besides ``id``.
_LOOKUPS = {
    "Document": ("source", "path"),
    "Exchange": ("department", "city", "session"),
    "Session": ("city", "date"),
}


def schema_statements() -> list[str]:
    """Constraints first, then indexes, then the full-text index (all idempotent)."""
    out = [f"CREATE CONSTRAINT pg_{nt.label.lower()}_id IF NOT EXISTS FOR (n:{nt.label}) REQUIRE n.{KEY} IS UNIQUE"
           for nt in NODES]
    for nt in NODES:
        props = (("name",) if "name" in nt.prop_names else ()) + _LOOKUPS.get(nt.label, ())
        for p in props:
            out.append(f"CREATE INDEX pg_{nt.label.lower()}_{p} IF NOT EXISTS FOR (n:{nt.label}) ON (n.`{p}`)")
    labels = [nt.label for nt in NODES if nt.text_props]
    props = list(dict.fromkeys(p for nt in NODES for p in nt.text_props))
    out.append(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{'|'.join(labels)}) "
        f"ON EACH [{', '.join(f'n.`{p}`' for p in props)}] "
        f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: {str(_EVENTUAL).lower()}}}}}"
    )
    return out


#: A node found by its key inside one MATCH clause of a batch statement.
_KEY_NODE = re.compile(r"\((\w+):(\w+) \{" + KEY + r": [^}]+\}\)")
#: The end of the edge pattern that starts with ``EDGE_AFTER_ENDS``.
_EDGE_END = "]->(b)"
#: Where a MATCH clause's pattern ends (hints go there, before any WHERE).
_CLAUSE_END = re.compile(r" (?:WHERE|MATCH|OPTIONAL|WITH|CREATE|SET|RETURN|DETACH|DELETE|CALL|UNWIND)\b|$")


def _with_seek_hints(query: str) -> str:
    """``USING INDEX v:Label(id)`` after every MATCH pattern that finds a node by its key."""
    out, pos = [], 0
    for m in re.finditer(r"\bMATCH ", query):
        if m.start() < pos:
            continue
        end = _CLAUSE_END.search(query, m.end()).start()
        pattern = query[m.end():end]
        hints = "".join(f" USING INDEX {v}:{label}({KEY})" for v, label in _KEY_NODE.findall(pattern))
        out.append(query[pos:end] + hints)
        pos = end
    return "".join(out) + query[pos:]


@lru_cache(maxsize=None)
def batch_statement(query: str) -> str:
    """The Neo4j text of one of the writer's ``UNWIND $rows`` statements.

    - ``CYPHER replan=skip`` and the rows inside the map ``$batch`` (see
      ``_KEEP_PLAN``): one plan per statement for a whole load.
    - Every node the statement finds by its key is found with a seek of the
      key's unique index (``USING INDEX``), whatever statistics the kept plan
      was made from (it is made the first time the statement runs, often in
      a load's second batch, while the index samples still describe a much
      smaller store). Server stack samples of a slow load showed index scans
      filtered on a key; alone the hints did not make that load faster (the
      edge below did), they rule the scans out.
    - Both ends found first, then the edge between them inside ``CALL (r, a,
      b) { … }``: there the planner can only check it with Expand(Into), which
      walks from the end of lower degree. A ``WITH r, a, b`` before the edge
      (session 8) was no barrier in practice: the same 1 000 documents into a
      store of 1 000 sessions took 23-57 s (29-37 s of it server time in the
      edge lookups and extends of SERVES_IN, WORKS_ON, IN_CHAIN, LOCATED_IN and
      OF_TYPE) or 10 s, depending on the plans the load's second batch had
      made; with the subquery, 10.8-12.8 s and 3.8 s of server time in all.
    """
    query = _KEEP_PLAN + "UNWIND $batch.rows" + query[len("UNWIND $rows"):]
    at = query.find(EDGE_AFTER_ENDS)
    if at >= 0:
        end = query.index(_EDGE_END, at) + len(_EDGE_END)
        query = f"{query[:at]} CALL (r, a, b) {{{query[at:end]} RETURN x }}{query[end:]}"
    return _with_seek_hints(query)


class Neo4jStore:
    """A policygraph store on a Neo4j 5 server."""

    kind = "neo4j"
    dialect = DIALECT
    #: Batches twice graph.ingest's default: the aggregated edges a batch
    #: touches (a city's ADOPTS, an official's SERVES_IN) are extended or
    #: re-read once per batch, and those lists grow with the store. 3 000
    #: sessions, same process, loaded machine: 500 documents a batch 28.2 /
    #: 24.9 s of the server's CPU, 1 000 documents 24.0 / 21.2 s.
    batch_docs = 1_000
    batch_rows = 120_000

    def __init__(self, uri: str, *, user: str = "neo4j", password: str = "", database: str | None = None,
                 read_only: bool = False) -> None:
        self.uri = uri
        self.database = database
        self.read_only = read_only
        self.auth = (user, password)  # the console's worker process opens its own connection
        try:
            # Server notifications (deprecations, cartesian-product hints) would
            # be logged as warnings in the middle of CLI output; errors still raise.
            self._driver = GraphDatabase.driver(uri, auth=(user, password), connection_timeout=10.0,
                                                notifications_min_severity=neo4j.NotificationMinimumSeverity.OFF)
            self._driver.verify_connectivity()
            self._driver.verify_authentication()
        except nx_err.AuthError:
            self._close_driver()
            raise StoreUnavailable(f"Neo4j at {uri} refused user {user!r}: wrong user or password "
                                   "(set NEO4J_USER / NEO4J_PASSWORD)") from None
        except (nx_err.ServiceUnavailable, nx_err.DriverError, OSError, ValueError) as err:
            self._close_driver()
            log.debug("connect to %s failed: %s", uri, err)
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: is the server running? "
                                   "(docker compose up -d neo4j, or set NEO4J_URI)") from None
        except nx_err.Neo4jError as err:
            self._close_driver()
            raise StoreUnavailable(f"Neo4j at {uri}: {one_line(err.message or str(err))}") from None
        self._schema_ready = False
        self._schema_lock = threading.Lock()
        if not read_only:
            self._ensure_schema()

    def _close_driver(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            driver.close()

    def _session(self, mode: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        return self._driver.session(database=self.database, default_access_mode=mode)

    def _ensure_schema(self) -> None:
        with self._schema_lock:
            if self._schema_ready:
                return
            with self._session() as s:
                for stmt in schema_statements():
                    try:
                        s.run(stmt).consume()
                    except nx_err.ClientError as err:
                        # Two processes creating the same index at once: the loser's
                        # "already exists" is fine.
                        if "EquivalentSchemaRuleAlreadyExists" not in (err.code or "") and \
                                "AlreadyExists" not in (err.code or ""):
                            raise _map_error(err, None) from None
                s.run("CALL db.awaitIndexes(300)").consume()
            self._schema_ready = True

    # -- ingest ---------------------------------------------------------
    def _tx_run(self, tx: neo4j.ManagedTransaction, query: str, params: Mapping[str, Any] | None,
                counters: list[int]) -> list[dict[str, Any]]:
        """One statement inside a write transaction (tests patch this to inject failures)."""
        params = dict(params or {})
        if query.startswith("UNWIND $rows"):
            query = batch_statement(query)
            params["batch"] = {"rows": params.pop("rows")}
        result = tx.run(query, params)
        rows = [dict(rec.items()) for rec in result]
        c = result.consume().counters
        counters[0] += c.nodes_created - c.nodes_deleted
        counters[1] += c.relationships_created - c.relationships_deleted
        return rows

    def write(self, work: Callable[[Any], T], *, autocommit: bool = False) -> T:
        """Run ``work(tx)`` in one write transaction (``autocommit``: every statement its own)."""
        if self.read_only:
            raise ReadOnlyViolation(f"Neo4j at {self.uri}: opened read-only, cannot write")
        self._ensure_schema()
        for attempt in range(_CONFLICT_RETRIES + 1):
            try:
                with self._session() as session:
                    if autocommit:
                        return work(_AutoTx(self, session, [0, 0]))
                    return session.execute_write(lambda tx: work(_ManagedTx(self, tx, [0, 0])))
            except nx_err.ConstraintError:
                # Another writer created one of our new nodes first; the next
                # attempt finds it and updates it instead.
                if attempt == _CONFLICT_RETRIES:
                    raise
                log.debug("uniqueness conflict with a concurrent writer; retrying the batch")
                time.sleep(0.05 * (attempt + 1))
            except (nx_err.ServiceUnavailable, nx_err.SessionExpired) as err:
                raise StoreUnavailable(f"lost Neo4j at {self.uri}: {one_line(str(err), 160)}") from None
            except nx_err.Neo4jError as err:
                raise _map_error(err, None) from None
        raise AssertionError("unreachable")

    def ingest(self, records: Iterable[DocumentRecord | Failed], *,
               progress: Callable[[DocumentResult], None] | None = None,
               one_row_per_tx: bool = False) -> IngestResult:
        """Shorthand for :func:`graph.ingest.ingest` on this store."""
        from graph.ingest import ingest

        return ingest(self, records, progress=progress, one_row_per_tx=one_row_per_tx)

    def settle(self) -> None:
        """Wait until the full-text index holds every committed write (end of an ingest)."""
        with self._session() as s:
            s.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume()

    # -- queries --------------------------------------------------------
    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True,
            timeout: float | None = None, row_cap: int | None = None) -> list[dict[str, Any]]:
        """Run one Cypher statement; rows of plain values (see :mod:`graph.store`)."""
        if not read_only and self.read_only:
            raise ReadOnlyViolation(f"write refused: Neo4j at {self.uri} was opened read-only")
        mode = neo4j.READ_ACCESS if read_only else neo4j.WRITE_ACCESS
        try:
            with self._session(mode) as session:
                result = session.run(neo4j.Query(cypher, timeout=timeout), dict(params or {}))
                keys = list(result.keys())
                raw = []
                for rec in result:
                    if row_cap is not None and len(raw) >= row_cap:
                        raise TooManyRows(f"the query returned more than {row_cap} rows; add LIMIT or narrow it down")
                    raw.append(list(rec.values()))
                result.consume()
                return _Rows(session).convert(keys, raw)
        except nx_err.Neo4jError as err:
            raise _map_error(err, timeout) from None
        except (nx_err.ServiceUnavailable, nx_err.SessionExpired) as err:
            raise StoreUnavailable(f"lost Neo4j at {self.uri}: {one_line(str(err), 160)}") from None
        except nx_err.DriverError as err:
            raise StoreError(one_line(str(err))) from None

    def stats(self) -> dict[str, dict[str, int]]:
        """Node counts per label and relationship counts per type (zeros included)."""
        with self._session(neo4j.READ_ACCESS) as s:
            nodes = {nt.label: s.run(f"MATCH (n:{nt.label}) RETURN count(n) AS n").single()["n"] for nt in NODES}
            rels = {rt.type: s.run(f"MATCH ()-[r:{rt.type}]->() RETURN count(r) AS n").single()["n"] for rt in RELS}
        return {"nodes": nodes, "relationships": rels}

    def clear(self) -> None:
        """Delete every node and relationship (tests; keeps constraints and indexes)."""
        if self.read_only:
            raise ReadOnlyViolation(f"Neo4j at {self.uri}: opened read-only")
        with self._session() as s:
            s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    def close(self) -> None:
        self._close_driver()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, database={self.database!r}, read_only={self.read_only})"


class _ManagedTx:
    def __init__(self, store: Neo4jStore, tx: neo4j.ManagedTransaction, counters: list[int]) -> None:
        self._store, self._tx, self._counters = store, tx, counters

    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._store._tx_run(self._tx, query, params, self._counters)


class _AutoTx:
    """The benchmark baseline: every statement is its own write transaction."""

    def __init__(self, store: Neo4jStore, session: neo4j.Session, counters: list[int]) -> None:
        self._store, self._session, self._counters = store, session, counters

    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._session.execute_write(lambda tx: self._store._tx_run(tx, query, params, self._counters))


def _map_error(err: nx_err.Neo4jError, timeout: float | None) -> StoreError:
    code = err.code or ""
    msg = one_line(err.message or str(err))
    if "TransactionTimedOut" in code or "Terminated" in code and timeout:
        return QueryTimeout(f"query stopped after the {timeout:g} s timeout" if timeout else msg)
    if code.endswith("AccessMode") or "read access mode" in msg.lower() or isinstance(
            err, nx_err.ForbiddenOnReadOnlyDatabase):
        return ReadOnlyViolation(f"write refused: this query runs read-only ({msg})")
    if code.endswith(("SyntaxError", "SemanticError")):
        return QuerySyntaxError(msg)
    return StoreError(msg)


class _Rows:
    """Converts driver values to the plain rows of :meth:`graph.store.Store.run`."""

    def __init__(self, session: neo4j.Session) -> None:
        self._session = session
        self._keys: dict[str, Any] = {}
        self._missing: set[str] = set()

    def convert(self, cols: list[str], raw: list[list[Any]]) -> list[dict[str, Any]]:
        for row in raw:
            for v in row:
                self._scan(v)
        todo = sorted(self._missing - self._keys.keys())
        if todo:
            result = self._session.run(
                "MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, n.id AS k", {"ids": todo})
            for rec in result:
                self._keys[rec["e"]] = rec["k"]
        return [{c: self._plain(v) for c, v in zip(cols, row)} for row in raw]

    def _scan(self, v: Any) -> None:
        if isinstance(v, Node):
            if KEY in v:
                self._keys[v.element_id] = v[KEY]
        elif isinstance(v, Relationship):
            for end in (v.start_node, v.end_node):
                if end is not None:
                    self._scan(end)
                    self._missing.add(end.element_id)
        elif isinstance(v, Path):
            for n in v.nodes:
                self._scan(n)
            for r in v.relationships:
                self._scan(r)
        elif isinstance(v, dict):
            for x in v.values():
                self._scan(x)
        elif isinstance(v, list):
            for x in v:
                self._scan(x)

    def _plain(self, v: Any) -> Any:
        if isinstance(v, Node):
            label = sorted(v.labels)[0] if v.labels else None
            try:
                names = node_type(label).prop_names if label else tuple(v.keys())
            except KeyError:
                names = tuple(v.keys())
            return {"_label": label, "_key": v.get(KEY), **{p: self._plain(v.get(p)) for p in names}}
        if isinstance(v, Relationship):
            try:
                names = rel_type(v.type).prop_names
            except KeyError:
                names = tuple(v.keys())
            return {"_type": v.type, "_start": self._keys.get(v.start_node.element_id) if v.start_node is not None else None,
                    "_end": self._keys.get(v.end_node.element_id) if v.end_node is not None else None,
                    **{p: self._plain(v.get(p)) for p in names}}
        if isinstance(v, Path):
            return {"nodes": [self._plain(n) for n in v.nodes], "rels": [self._plain(r) for r in v.relationships]}
        if isinstance(v, dict):
            return {k: self._plain(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [self._plain(x) for x in v]
        if hasattr(v, "iso_format"):  # neo4j.time Date/DateTime/Time
            return v.iso_format()
        if isinstance(v, (_dt.date, _dt.datetime, _dt.time)):
            return v.isoformat()
        if hasattr(v, "total_seconds"):  # neo4j.time.Duration / timedelta
            return v.total_seconds() if callable(getattr(v, "total_seconds")) else v
        return v
