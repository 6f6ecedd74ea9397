"""The graph as a networkx MultiDiGraph: from records (:func:`to_networkx`) or read back from a store
(:func:`from_store`), in the same shape so the two compare equal."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from graph.build import RECOMPUTED_RELS, RelRow, derive, derived_endpoints, document_graph, node_ref
from graph.schema import KEY, NODES, RELS, rel_type
from loaders.records import DocumentRecord

if TYPE_CHECKING:  # pragma: no cover
    from graph.store import Store

__all__ = ["iter_graph_rows", "to_networkx", "from_store"]


def iter_graph_rows(records: Iterable[DocumentRecord]) -> Iterator[tuple[str, Any]]:
    """Yield ("node", (label, props)) and ("rel", RelRow) for a whole corpus.

    Nodes and plain relationships stream per document; the recomputed
    relationships come last, once all evidence is in (evidence rows are small).
    """
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seen: set[str] = set()
    for record in records:
        if record.sha256 in seen:
            continue
        seen.add(record.sha256)
        g = document_graph(record)
        for label, rows in g.nodes.items():
            for props in rows.values():
                yield "node", (label, props)
        for rel in g.rels:
            yield "rel", rel
        for kind, rows_ in g.evidence.rows.items():
            evidence[kind].extend(rows_)
    for kind in RECOMPUTED_RELS:
        start_label, end_label = derived_endpoints(kind)
        for (s, e), props in sorted(derive(kind, evidence.get(kind, ())).items()):
            yield "rel", RelRow(kind, start_label, s, end_label, e, props)


def to_networkx(records: Iterable[DocumentRecord]) -> nx.MultiDiGraph:
    """The in-memory graph of ``records``, the same nodes and edges a store would hold.

    Nodes are named ``Label:key`` (see :func:`node_ref`) with attributes
    ``label``, ``key`` and the schema properties; edges carry ``type`` and
    their properties, keyed by type (MENTIONS by type and offsets). A document
    appearing twice (same hash) counts once; different versions of one source
    are the caller's business (the stores replace, this function does not).
    """
    g = nx.MultiDiGraph()
    for kind, item in iter_graph_rows(records):
        if kind == "node":
            label, props = item
            ref = node_ref(label, props[KEY])
            if ref in g:
                _merge_props(g.nodes[ref], props)
            else:
                g.add_node(ref, label=label, key=props[KEY], **_node_attrs(props))
        else:
            _add_edge(g, item)
    return g


def _node_attrs(props: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, list) else v) for k, v in props.items() if k != KEY}


def _merge_props(attrs: dict[str, Any], props: Mapping[str, Any]) -> None:
    for k, v in props.items():
        if k == KEY or v is None:
            continue
        if k == "aliases":
            attrs[k] = list(dict.fromkeys(list(attrs.get(k) or []) + list(v))) or None
        else:
            attrs[k] = v


def _edge_key(rel: RelRow) -> str:
    ident = rel_type(rel.type).identity
    return ":".join([rel.type] + [str(rel.props.get(p)) for p in ident])


def _add_edge(g: nx.MultiDiGraph, rel: RelRow) -> None:
    u, v = node_ref(rel.start_label, rel.start), node_ref(rel.end_label, rel.end)
    key = _edge_key(rel)
    if g.has_edge(u, v, key):
        g.edges[u, v, key].update({k: x for k, x in rel.props.items() if x is not None})
        return
    g.add_edge(u, v, key=key, type=rel.type, **dict(rel.props))


def from_store(store: Store, *, batch: int = 5000) -> nx.MultiDiGraph:
    """Read the whole graph of ``store`` back into a MultiDiGraph (same shape as :func:`to_networkx`).

    Reads label by label and type by type with the store's plain-row
    :meth:`~graph.store.Store.run`, paging with SKIP/LIMIT so no single result
    is huge.
    """
    g = nx.MultiDiGraph()
    for nt in NODES:
        props = ", ".join(f"n.`{p}` AS `{p}`" for p in nt.prop_names)
        for row in _paged(store, f"MATCH (n:{nt.label}) RETURN {props} ORDER BY n.{KEY}", batch):
            g.add_node(node_ref(nt.label, row[KEY]), label=nt.label, key=row[KEY], **_node_attrs(row))
    for rt in RELS:
        props = "".join(f", r.`{p}` AS `{p}`" for p in rt.prop_names)
        for a, b in rt.pairs:
            # MENTIONS repeat per pair: the identity makes the paging order total.
            tie = "".join(f", r.`{p}`" for p in rt.identity)
            q = (f"MATCH (a:{a})-[r:{rt.type}]->(b:{b}) RETURN a.{KEY} AS _s, b.{KEY} AS _e{props} "
                 f"ORDER BY _s, _e{tie}")
            for row in _paged(store, q, batch):
                s, e = row.pop("_s"), row.pop("_e")
                _add_edge(g, RelRow(rt.type, a, s, b, e, row))
    return g


def _paged(store: Store, query: str, batch: int) -> Iterator[dict[str, Any]]:
    skip = 0
    while True:
        rows = store.run(f"{query} SKIP $skip LIMIT $limit", {"skip": skip, "limit": batch})
        yield from rows
        if len(rows) < batch:
            return
        skip += batch

