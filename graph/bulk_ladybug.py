"""The bulk path of the embedded store: a load into an empty LadybugDB in one COPY per table.

Into an empty store nothing needs looking up: every node and relationship of
the load is new. :class:`BulkLoad` takes the batches of :func:`graph.ingest.ingest`
as they come and streams the rows that belong to one document (the owned
labels, and the relationships with an owned node at one end) to Parquet files
in a temporary folder; shared nodes, the relationships between them and the
derived edges are merged in memory (small next to the rest). :meth:`BulkLoad.commit`
then runs one ``COPY`` per node table and per relationship table and pair in one
transaction, and the store runs one checkpoint instead of one per batch
(each costing more as the store grows).

The load is committed in a few transactions of COPY statements only
(:func:`commit_groups`: the big node tables alone, then the rest), so
LadybugDB 0.22's torn commit (a kill -9 during COMMIT keeps a transaction's
SET/DELETE/CREATE and loses its COPY rows, see graph/store_ladybug.py) has
nothing to keep. The store marks the load as in progress until its last
commit (a file beside the database), and a store found so marked is emptied
when it is next opened: a kill leaves the store empty or whole, and a rerun of
the same command loads everything again. A batch the bulk path cannot take as it
is (a document hash, path or owned key seen earlier in the load: a sequential
write would replace or merge) ends the bulk load; :func:`graph.ingest.ingest`
commits it and writes that batch and the rest by the usual batched path.
"""

from __future__ import annotations

import logging
import tempfile
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from graph.build import DocumentGraph, derive, derived_endpoints, serves_in_order
from graph.schema import KEY, NODES, RELS, node_type, rel_type
from graph.writer import ADDITIVE_RELS, BatchOutcome

__all__ = ["BulkLoad", "ARROW", "commit_groups"]

log = logging.getLogger(__name__)

#: Arrow types of the schema's property types (COPY needs them exact: an
#: all-null column has no type to infer).
ARROW = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
         "STRING[]": pa.list_(pa.string())}

#: Labels whose rows go straight to Parquet: a key of theirs belongs to one
#: document (Document: the hash; Exchange: ids from the document's own text),
#: and a key seen twice ends the bulk load. A Session can come in several
#: documents (a transcript and a brief of one inquiry), so Session rows are
#: merged in memory like shared ones, the later document's row winning as in
#: the batched writes (``NodeType.owned``).
_STREAMED = ("Document", "Exchange")


#: Node tables committed alone, first, in this order: LadybugDB's checkpoint
#: of a table's first COPY holds about six times the table's text in memory
#: (10 000 generated sessions: Document, 83 MiB of text, +540 MiB; Exchange,
#: 75 MiB, +540 MiB), and in one commit with everything else the peaks add up
#: (+1 075 MiB for the whole load; +560 MiB committed as Document, Exchange,
#: the rest). Copying a table in several commits is no better: each
#: checkpoint rewrites the table's whole column (4 commits of Document: the
#: last one +630 MiB).
_ALONE = ("Document", "Exchange")


def commit_groups(files: Sequence[tuple[str, str, Path]]) -> list[list[tuple[str, str, Path]]]:
    """The COPYs of :meth:`BulkLoad.files` as transactions: each table of ``_ALONE`` in its own, then the rest."""
    alone = [[f for f in files if f[0] == label] for label in _ALONE]
    rest = [f for f in files if f[0] not in _ALONE]
    return [g for g in alone + [rest] if g]


def node_table(label: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Arrow columns of node rows, typed from the schema."""
    return pa.table({p.name: pa.array([r.get(p.name) for r in rows], type=ARROW[p.type])
                     for p in node_type(label).props})


def rel_table(type_: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Arrow columns of relationship rows (``s``/``e`` → ``from``/``to``), typed from the schema."""
    cols = {"from": pa.array([r["s"] for r in rows], type=pa.string()),
            "to": pa.array([r["e"] for r in rows], type=pa.string())}
    for p in rel_type(type_).props:
        cols[p.name] = pa.array([r.get(p.name) for r in rows], type=ARROW[p.type])
    return pa.table(cols)


def copy_options(type_: str, start: str, end: str) -> str:
    """COPY options of a relationship table: a table with several FROM/TO pairs needs the pair named."""
    return f" (from='{start}', to='{end}')" if len(rel_type(type_).pairs) > 1 else ""


def _fold(total: dict[str, Any] | None, props: Mapping[str, Any]) -> dict[str, Any]:
    """A batch's derived properties added to a running total by the rules of
    :func:`graph.writer.extend_props` (lists joined, counts added, the earliest date), the lists only
    extended until :meth:`BulkLoad.files` sorts them once, without repeats: sorted again at every batch,
    a pair named all over the load cost in proportion to its list each time (0.05 s for 1 000 sessions,
    1.3 s for 10 000). Lists, not sets: they keep the gathering's memory as it was."""
    if total is None:
        return dict(props)  # derive()'s own lists, extended in place
    for k, v in props.items():
        if isinstance(v, list):
            total[k].extend(v)
    if "count" in props:
        total["count"] += props["count"]
    if props.get("first_date") and (total["first_date"] is None or props["first_date"] < total["first_date"]):
        total["first_date"] = props["first_date"]
    return total


class BulkLoad:
    """Rows of an ingest into an empty store, gathered batch by batch, committed by :meth:`commit`.

    State is real here: Parquet writers open across batches, the keys seen so
    far (to refuse a batch a sequential write would treat differently) and the
    derived edges' running totals.
    """

    #: Documents per batch while gathering: the batch's graphs are the
    #: Python memory of the load, the rows gathered are on disk.
    batch_docs = 250

    def __init__(self, *, max_rows: int, copy: Callable[[list[tuple[str, str, Path]]], None]) -> None:
        self._copy = copy
        self._tmp = tempfile.TemporaryDirectory(prefix="policygraph-bulk-")
        self._writers: dict[tuple[str, ...], tuple[pq.ParquetWriter, Path]] = {}
        self._docs: set[str] = set()
        self._paths: set[str] = set()
        self._owned: dict[str, set[str]] = defaultdict(set)
        # shared nodes: label → key → (first document, row merged as sequential writes would)
        self._nodes: dict[str, dict[str, tuple[str, dict[str, Any]]]] = defaultdict(dict)
        # relationships between shared nodes: (type, a, b) → identity → (first document, row)
        self._rels: dict[tuple[str, str, str], dict[tuple[Any, ...], tuple[str, dict[str, Any]]]] = defaultdict(dict)
        self._derived: dict[str, dict[tuple[str, str], dict[str, Any]]] = defaultdict(dict)
        self._first: dict[str, dict[tuple[str, str], str]] = defaultdict(dict)
        # SERVES_IN per pair, as derive() would make it from all its rows: the
        # exchanges, and the title of the latest titled answer with its (date, exchange)
        self._serves: dict[tuple[str, str], tuple[set[str], list[Any]]] = {}
        self._outcome = BatchOutcome()
        self._max_rows = max_rows
        self.rows = 0
        self.documents = 0

    # -- gathering --------------------------------------------------------
    def takes(self, graphs: Sequence[DocumentGraph]) -> bool:
        """Whether ``graphs`` can join the load: new hashes, paths and owned keys, and room left."""
        if self.rows + sum(g.node_count() + len(g.rels) for g in graphs) > self._max_rows:
            return False
        # the batch's own keys apart: copying the load's to add them cost in proportion to the load
        docs: set[str] = set()
        paths: set[str] = set()
        owned: dict[str, set[str]] = defaultdict(set)
        for g in graphs:
            if g.document in docs or g.document in self._docs or g.path in paths or g.path in self._paths:
                return False
            docs.add(g.document)
            paths.add(g.path)
            for label in _STREAMED:
                keys = g.nodes.get(label, {}).keys()
                if not self._owned[label].isdisjoint(keys) or not owned[label].isdisjoint(keys):
                    return False
                owned[label].update(keys)
        return True

    def add(self, graphs: Sequence[DocumentGraph]) -> None:
        """Take a batch (:meth:`takes` said yes): owned rows to Parquet, the rest merged."""
        aggregated = {rt.type for rt in RELS if rt.aggregated}
        streamed_nodes: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        streamed_rels: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        evidence: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for g in graphs:
            self._docs.add(g.document)
            self._paths.add(g.path)
            self._outcome.status[g.document] = "added"
            self.rows += g.node_count() + len(g.rels)
            for label, rows in g.nodes.items():
                if label in _STREAMED:
                    self._owned[label].update(rows)
                    streamed_nodes[label].extend(rows.values())
                    self._outcome.nodes[g.document] += len(rows)
                    continue
                merged = self._nodes[label]
                owned = node_type(label).owned
                for key, row in rows.items():
                    have = merged.get(key)
                    if have is None:
                        merged[key] = (g.document, dict(row))
                        self._outcome.nodes[g.document] += 1
                    elif owned:  # the later document's row, as a batch writes it
                        merged[key] = (have[0], dict(row))
                    else:  # one document's unknown must not erase another's value
                        have[1].update({k: v for k, v in row.items() if v is not None})
            for rel in g.rels:
                if rel.type in aggregated:
                    continue
                row = dict(rel.props)
                row["s"], row["e"] = rel.start, rel.end
                group = (rel.type, rel.start_label, rel.end_label)
                if rel.start_label in _STREAMED or rel.end_label in _STREAMED:
                    # an end that is this document's alone: the row is too
                    streamed_rels[group].append(row)
                    self._outcome.rels[g.document] += 1
                    continue
                have = self._rels[group].get(rel.identity)
                if have is None:
                    self._outcome.rels[g.document] += 1
                self._rels[group][rel.identity] = (have[0] if have else g.document, row)
            for kind, rows in g.evidence.rows.items():
                for r in rows:
                    self._first[kind].setdefault((r["s"], r["e"]), g.document)
                evidence[kind].extend(rows)
            self.documents += 1
        for label, rows in streamed_nodes.items():
            self._write(("node", label), node_table(label, rows))
        for (type_, a, b), rows in streamed_rels.items():
            self._write(("rel", type_, a, b), rel_table(type_, rows))
        for kind, rows in evidence.items():
            if kind in ADDITIVE_RELS:
                # The batch's exchanges are new to the load (owned keys are
                # checked), so its totals extend the running ones.
                totals = self._derived[kind]
                for pair, props in derive(kind, rows).items():
                    totals[pair] = _fold(totals.get(pair), props)
            else:  # SERVES_IN keeps the latest title: folded in per pair, not kept row by row
                for r in rows:
                    exchanges, latest = self._serves.setdefault((r["s"], r["e"]), (set(), [None, None]))
                    exchanges.add(r["x"])
                    if r["title"] and (latest[0] is None or serves_in_order(r) > latest[0]):
                        latest[:] = [serves_in_order(r), r["title"]]

    def _write(self, name: tuple[str, ...], table: pa.Table) -> None:
        if name not in self._writers:
            file = Path(self._tmp.name) / f"{len(self._writers)}.parquet"
            self._writers[name] = (pq.ParquetWriter(file, table.schema, compression="NONE"), file)
        self._writers[name][0].write_table(table)

    # -- committing -------------------------------------------------------
    def files(self) -> list[tuple[str, str, Path]]:
        """Close the gathering: (table, COPY options, Parquet file) in the order COPY needs (nodes first)."""
        for label, merged in self._nodes.items():
            self._write(("node", label), node_table(label, [row for _, row in merged.values()]))
        for (type_, a, b), group in self._rels.items():
            self._write(("rel", type_, a, b), rel_table(type_, [row for _, row in group.values()]))
        derived = {kind: {pair: {k: sorted(set(v)) if isinstance(v, list) else v for k, v in p.items()}
                          for pair, p in pairs.items()} for kind, pairs in self._derived.items()}
        if self._serves:
            derived["SERVES_IN"] = {pair: {"title": latest[1], "exchanges": sorted(exchanges)}
                                    for pair, (exchanges, latest) in self._serves.items()}
        for kind, props in derived.items():
            a, b = derived_endpoints(kind)
            rows = [{"s": s, "e": e, **p} for (s, e), p in sorted(props.items())]
            for s, e in props:
                self._outcome.rels[self._first[kind][(s, e)]] += 1
            self._write(("rel", kind, a, b), rel_table(kind, rows))
        self._nodes.clear(), self._rels.clear(), self._derived.clear(), self._serves.clear()
        out = []
        order = [("node", nt.label) for nt in NODES] + [("rel", rt.type, a, b) for rt in RELS for a, b in rt.pairs]
        for name in order:
            if name not in self._writers:
                continue
            writer, file = self._writers.pop(name)
            writer.close()
            out.append((name[1], copy_options(*name[1:]) if name[0] == "rel" else "", file))
        return out

    def commit(self) -> BatchOutcome:
        """COPY the files in one transaction (the store's ``copy``); what each document added."""
        self._copy(self.files())
        return self._outcome

    def close(self) -> None:
        for writer, _ in self._writers.values():
            writer.close()
        self._writers.clear()
        self._tmp.cleanup()
