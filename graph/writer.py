"""Writing one document into a store, the same way for every backend.

The stores supply a transaction (anything with ``run(query, params) ->
list[dict]``) and a :class:`Dialect` (how to spell a typed parameter); this
module supplies the statements, all generated from :mod:`graph.schema`, and
the order: probe → remove the replaced version → nodes → relationships →
derived edges of the touched pairs (extended with the document's evidence
when it is new, recomputed from the store's evidence when it replaces an
older version) → drop nodes the replaced version alone held up. Values
always travel as ``$rows`` parameters; labels, types and property names come
from the schema, never from users.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from graph.build import RECOMPUTED_RELS, DocumentGraph, Evidence, derive, derived_endpoints, evidence_of
from graph.schema import ENTITY_LABELS, KEY, NODES, RELS, node_type, rel_type

__all__ = ["Tx", "Dialect", "write_document", "BATCH_SIZE", "OWNED_LABELS", "q"]

log = logging.getLogger(__name__)

#: Rows per UNWIND statement.
BATCH_SIZE = 1000

#: Labels whose nodes belong to one document and go when it is replaced.
OWNED_LABELS = ("Document", "Session", "Exchange")


class Tx(Protocol):
    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]: ...


def _no_cast(expr: str, type_: str) -> str:
    return expr


@dataclass(frozen=True)
class Dialect:
    """Backend spelling of a parameter of a declared type.

    LadybugDB infers a parameter's type from its values (a batch whose
    values are all null is typed STRING), so it casts to the schema type;
    Neo4j is schemaless and needs no cast.
    """

    name: str
    cast: Callable[[str, str], str] = _no_cast


def q(name: str) -> str:
    """Quote a property name: ``end`` (MENTIONS) is a reserved word in LadybugDB."""
    return f"`{name}`"


def _chunks(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


@lru_cache(maxsize=None)
def _node_merge(dialect: Dialect, label: str) -> str:
    nt = node_type(label)
    sets = []
    for p in nt.props:
        if p.name == KEY:
            continue
        value = dialect.cast(f"r.{q(p.name)}", p.type)
        if label not in OWNED_LABELS:
            # Shared nodes: one document's unknown must not erase another's value.
            value = f"coalesce({value}, n.{q(p.name)})"
        sets.append(f"n.{q(p.name)} = {value}")
    set_clause = f" SET {', '.join(sets)}" if sets else ""
    return f"UNWIND $rows AS r MERGE (n:{label} {{{KEY}: r.{KEY}}}){set_clause}"


@lru_cache(maxsize=None)
def _rel_merge(dialect: Dialect, type_: str, start: str, end: str) -> str:
    rt = rel_type(type_)
    ident = ("part", "start", "end") if type_ == "MENTIONS" else ()
    props = {p.name: p.type for p in rt.props}
    pattern = ""
    if ident:
        pattern = " {" + ", ".join(f"{q(p)}: {dialect.cast(f'r.{q(p)}', props[p])}" for p in ident) + "}"
    sets = [f"x.{q(p.name)} = {dialect.cast(f'r.{q(p.name)}', p.type)}" for p in rt.props if p.name not in ident]
    set_clause = f" SET {', '.join(sets)}" if sets else ""
    return (f"UNWIND $rows AS r MATCH (a:{start} {{{KEY}: r.s}}) MATCH (b:{end} {{{KEY}: r.e}}) "
            f"MERGE (a)-[x:{type_}{pattern}]->(b){set_clause}")


def _rel_delete(type_: str, start: str, end: str) -> str:
    return f"UNWIND $rows AS r MATCH (a:{start} {{{KEY}: r.s}})-[x:{type_}]->(b:{end} {{{KEY}: r.e}}) DELETE x"


#: Evidence of the recomputed edges for given (s, e) pairs, read back from the store.
_EVIDENCE_QUERIES = {
    "WORKS_ON": ("UNWIND $rows AS r MATCH (n:Project {id: r.e})<-[m:MENTIONS]-(x:Exchange) "
                 "WHERE x.department = r.s RETURN r.s AS s, r.e AS e, x.id AS x, m.part AS part, m.start AS start"),
    "USES": ("UNWIND $rows AS r MATCH (n:PolicyTool {id: r.e})<-[m:MENTIONS]-(x:Exchange) "
             "WHERE x.department = r.s RETURN r.s AS s, r.e AS e, x.id AS x, m.part AS part, m.start AS start"),
    "ADOPTS": ("UNWIND $rows AS r MATCH (n:PolicyTool {id: r.e})<-[m:MENTIONS]-(x:Exchange) "
               "WHERE x.city = r.s RETURN r.s AS s, r.e AS e, x.id AS x, x.session AS session, x.date AS date"),
    "IN_CHAIN": ("UNWIND $rows AS r MATCH (p:Project {id: r.s})<-[m1:MENTIONS]-(x:Exchange)"
                 "-[m2:MENTIONS]->(c:IndustryChain {id: r.e}) "
                 "WHERE m1.part = m2.part AND m1.sentence = m2.sentence "
                 "RETURN r.s AS s, r.e AS e, x.id AS x, m1.part AS part, m1.sentence AS sentence"),
    "SERVES_IN": ("UNWIND $rows AS r MATCH (p:Person {id: r.s})-[a:ANSWERED]->(x:Exchange) "
                  "WHERE x.department = r.e RETURN r.s AS s, r.e AS e, x.id AS x, a.title AS title, x.date AS date"),
}

_OLD_EXCHANGES = "MATCH (x:Exchange)-[:IN_DOCUMENT]->(d:Document {id: $doc}) "
_ORPHAN_RULES = {
    # label → relationships that keep a node alive (any direction pattern)
    "Person": "(n)-[r:ASKED|ANSWERED]->()",
    "Project": "(n)<-[r:MENTIONS]-()",
    "PolicyTool": "(n)<-[r:MENTIONS]-()",
    "Organization": "(n)<-[r:MENTIONS]-()",
    "IndustryChain": "(n)<-[r:MENTIONS|PART_OF]-()",
    "DepartmentType": "(n)<-[r:OF_TYPE]-()",
    "City": "(n)-[r]-()",
}


def _probe(tx: Tx, g: DocumentGraph) -> tuple[bool, list[str]]:
    """Is this exact document stored, and which older versions of its source are?"""
    rows = tx.run("MATCH (d:Document) WHERE d.id = $id OR d.source = $source RETURN d.id AS id ORDER BY id",
                  {"source": g.source, "id": g.document})
    ids = [r["id"] for r in rows]
    if g.document in ids:
        return True, []
    return False, ids


def _old_version(tx: Tx, doc: str) -> tuple[Evidence, dict[str, set[str]]]:
    """Evidence pairs and shared nodes of a stored document, read before it is removed."""
    mentions: list[dict[str, Any]] = []
    for label in ENTITY_LABELS:
        for r in tx.run(_OLD_EXCHANGES + f"MATCH (x)-[m:MENTIONS]->(n:{label}) RETURN x.id AS x, "
                        "x.department AS department, x.city AS city, x.session AS session, x.date AS date, "
                        "n.id AS entity, m.part AS part, m.sentence AS sentence, m.start AS m", {"doc": doc}):
            r["label"] = label
            mentions.append(r)
    answers = tx.run(_OLD_EXCHANGES + "MATCH (p:Person)-[a:ANSWERED]->(x) RETURN x.id AS x, "
                     "x.department AS department, x.date AS date, p.id AS person, a.title AS title", {"doc": doc})
    cand: dict[str, set[str]] = defaultdict(set)
    for r in mentions:
        cand[r["label"]].add(r["entity"])
    for r in tx.run(_OLD_EXCHANGES + "MATCH (p:Person)-[:ASKED|ANSWERED]->(x) RETURN DISTINCT p.id AS id",
                    {"doc": doc}):
        cand["Person"].add(r["id"])
    depts = {r["d"] for r in tx.run(_OLD_EXCHANGES + "RETURN DISTINCT x.department AS d", {"doc": doc}) if r["d"]}
    for r in tx.run("MATCH (d:Document {id: $doc}) RETURN d.departments AS ds", {"doc": doc}):
        depts.update(r["ds"] or ())
    cand["Department"] |= depts
    if depts:
        for r in tx.run("UNWIND $rows AS i MATCH (d:Department {id: i})-[:LOCATED_IN]->(c:City) RETURN c.id AS id",
                        {"rows": sorted(depts)}):
            cand["City"].add(r["id"])
        for r in tx.run("UNWIND $rows AS i MATCH (d:Department {id: i})-[:OF_TYPE]->(t:DepartmentType) "
                        "RETURN t.id AS id", {"rows": sorted(depts)}):
            cand["DepartmentType"].add(r["id"])
    for r in tx.run("MATCH (s:Session)-[:RECORDED_IN]->(d:Document {id: $doc}) MATCH (s)-[:HELD_IN]->(c:City) "
                    "RETURN c.id AS id", {"doc": doc}):
        cand["City"].add(r["id"])
    if cand["IndustryChain"]:
        for r in tx.run("UNWIND $rows AS i MATCH (c:IndustryChain {id: i})-[:PART_OF]->(p:IndustryChain) "
                        "RETURN p.id AS id", {"rows": sorted(cand["IndustryChain"])}):
            cand["IndustryChain"].add(r["id"])
    return evidence_of(mentions, answers), cand


def _remove_document(tx: Tx, doc: str) -> None:
    tx.run(_OLD_EXCHANGES + "DETACH DELETE x", {"doc": doc})
    tx.run("MATCH (s:Session)-[:RECORDED_IN]->(d:Document {id: $doc}) DETACH DELETE s", {"doc": doc})
    tx.run("MATCH (d:Document {id: $doc}) DETACH DELETE d", {"doc": doc})


def _write_rows(tx: Tx, query: str, rows: Sequence[Mapping[str, Any]], batch: int) -> None:
    for chunk in _chunks(rows, batch):
        tx.run(query, {"rows": list(chunk)})


def _apply(tx: Tx, writes: Sequence[tuple[str, Sequence[Mapping[str, Any]]]], batch: int) -> None:
    """Run UNWIND writes in order, ``batch`` rows per statement.

    (Folding them into one statement of ``CALL { … }`` units was tried on
    Neo4j 5.26: slower, as the big plan is recompiled whenever a list's
    element type changes.)
    """
    for query, rows in writes:
        _write_rows(tx, query, rows, batch)


#: Derived types whose properties a new document can extend without re-reading old evidence.
ADDITIVE_RELS = ("WORKS_ON", "USES", "ADOPTS", "IN_CHAIN")


def _add_to_stored(tx: Tx, kind: str, own: Mapping[tuple[str, str], Mapping[str, Any]],
                   batch: int) -> dict[tuple[str, str], dict[str, Any]]:
    """This document's derived properties merged with what the store already holds for those pairs."""
    start, end = derived_endpoints(kind)
    names = rel_type(kind).prop_names
    ret = ", ".join(f"x.{q(p)} AS {q(p)}" for p in names)
    stored: dict[tuple[str, str], dict[str, Any]] = {}
    rows = [{"s": s, "e": e} for s, e in sorted(own)]
    for chunk in _chunks(rows, batch):
        for r in tx.run(f"UNWIND $rows AS r MATCH (a:{start} {{{KEY}: r.s}})-[x:{kind}]->(b:{end} {{{KEY}: r.e}}) "
                        f"RETURN r.s AS s, r.e AS e, {ret}", {"rows": list(chunk)}):
            stored[(r.pop("s"), r.pop("e"))] = r
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for pair, new in own.items():
        old = stored.get(pair)
        if old is None:
            out[pair] = dict(new)
            continue
        merged = dict(new)
        merged["exchanges"] = sorted(set(old.get("exchanges") or ()) | set(new["exchanges"]))
        if "count" in new:
            # the document's exchanges are new, so its mentions add up
            merged["count"] = (old.get("count") or 0) + new["count"]
        if kind == "ADOPTS":
            dates = [d for d in (old.get("first_date"), new["first_date"]) if d]
            merged["first_date"] = min(dates) if dates else None
            merged["sessions"] = sorted(set(old.get("sessions") or ()) | set(new["sessions"]))
        out[pair] = merged
    return out


def _evidence(tx: Tx, kind: str, pairs: Iterable[tuple[str, str]], batch: int) -> list[dict[str, Any]]:
    rows = [{"s": s, "e": e} for s, e in sorted(pairs)]
    out: list[dict[str, Any]] = []
    for chunk in _chunks(rows, batch):
        for r in tx.run(_EVIDENCE_QUERIES[kind], {"rows": list(chunk)}):
            if "start" in r:
                r["m"] = (r.pop("part"), r.pop("start"))
            out.append(r)
    return out


def _drop_orphans(tx: Tx, cand: Mapping[str, set[str]], keep: Mapping[str, Mapping[str, Any]], batch: int) -> None:
    def ids(label: str) -> list[str]:
        return sorted(cand.get(label, set()) - set(keep.get(label, {})))

    def drop(label: str, alive: str, keys: list[str]) -> None:
        for chunk in _chunks(keys, batch):
            tx.run(f"UNWIND $rows AS i MATCH (n:{label} {{{KEY}: i}}) OPTIONAL MATCH {alive} "
                   "WITH n, count(r) AS k WHERE k = 0 DETACH DELETE n", {"rows": list(chunk)})

    for label in ("Person", "Project", "PolicyTool", "Organization"):
        drop(label, _ORPHAN_RULES[label], ids(label))
    # Twice: a member chain going away can leave its parent chain unheld.
    drop("IndustryChain", _ORPHAN_RULES["IndustryChain"], ids("IndustryChain"))
    drop("IndustryChain", _ORPHAN_RULES["IndustryChain"], ids("IndustryChain"))
    depts = ids("Department")
    if depts:
        # A department stays while an exchange names it as the answering one
        # or a document names it.
        used = {r["d"] for r in tx.run("MATCH (x:Exchange) WHERE x.department IN $rows "
                                       "RETURN DISTINCT x.department AS d", {"rows": depts})}
        used |= {r["d"] for r in tx.run("MATCH (d:Document) WHERE d.departments IS NOT NULL "
                                        "UNWIND d.departments AS k WITH k WHERE k IN $rows "
                                        "RETURN DISTINCT k AS d", {"rows": depts})}
        drop("Department", "(n)<-[r:SERVES_IN]-()", [d for d in depts if d not in used])
    drop("DepartmentType", _ORPHAN_RULES["DepartmentType"], ids("DepartmentType"))
    drop("City", _ORPHAN_RULES["City"], ids("City"))


def write_document(tx: Tx, dialect: Dialect, g: DocumentGraph, *, batch: int = BATCH_SIZE) -> str:
    """Write ``g`` through ``tx``; return "added", "replaced" or "unchanged".

    Everything happens through ``tx``, so the caller's transaction makes the
    document all-or-nothing.
    """
    present, old = _probe(tx, g)
    if present:
        return "unchanged"
    pairs: dict[str, set[tuple[str, str]]] = {k: set(g.evidence.pairs(k)) for k in RECOMPUTED_RELS}
    cand: dict[str, set[str]] = defaultdict(set)
    for doc in old:
        ev, c = _old_version(tx, doc)
        for k in RECOMPUTED_RELS:
            pairs[k] |= ev.pairs(k)
        for label, keys in c.items():
            cand[label] |= keys
        _remove_document(tx, doc)
        log.info("replacing document %s (%s)", doc[:12], g.source)
    writes: list[tuple[str, Sequence[Mapping[str, Any]]]] = []
    for nt in NODES:
        writes.append((_node_merge(dialect, nt.label), [g.nodes[nt.label][k] for k in sorted(g.nodes.get(nt.label, {}))]))
    by_kind: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for rel in g.rels:
        by_kind[(rel.type, rel.start_label, rel.end_label)].append({"s": rel.start, "e": rel.end, **rel.props})
    for rt in RELS:
        for a, b in rt.pairs:
            rows = sorted(by_kind.get((rt.type, a, b), []), key=lambda r: (r["s"], r["e"], str(r.get("start"))))
            writes.append((_rel_merge(dialect, rt.type, a, b), rows))
    # A new document only adds exchanges, so most derived edges can be
    # updated from their stored values plus this document's evidence, which
    # costs a key lookup per pair instead of re-reading every mention of a
    # popular tool. A replacement removes evidence: then the touched pairs
    # are deleted and recomputed from all the evidence in the store.
    # SERVES_IN picks the latest title, so it is always recomputed (cheap:
    # from the person's own answers).
    incremental = () if old else ADDITIVE_RELS
    for kind in RECOMPUTED_RELS:
        if kind not in incremental:
            start, end = derived_endpoints(kind)
            writes.append((_rel_delete(kind, start, end), [{"s": s, "e": e} for s, e in sorted(pairs[kind])]))
    _apply(tx, writes, batch)
    derived: list[tuple[str, Sequence[Mapping[str, Any]]]] = []
    for kind in RECOMPUTED_RELS:
        start, end = derived_endpoints(kind)
        if kind in incremental:
            props = _add_to_stored(tx, kind, derive(kind, g.evidence.rows.get(kind, ())), batch)
        else:
            props = derive(kind, _evidence(tx, kind, pairs[kind], batch) if pairs[kind] else [])
        rows = [{"s": s, "e": e, **p} for (s, e), p in sorted(props.items())]
        derived.append((_rel_merge(dialect, kind, start, end), rows))
    _apply(tx, derived, batch)
    if old:
        _drop_orphans(tx, cand, g.nodes, batch)
    return "replaced" if old else "added"
