"""Records → graph rows, following :mod:`graph.schema` (no store, no networkx here).

:func:`document_graph` turns one :class:`~loaders.records.DocumentRecord` into
node rows per label and relationship rows per type. The derived edges
(WORKS_ON, USES, ADOPTS, IN_CHAIN, and the exchange lists of SERVES_IN) are not
read off one document: they aggregate *evidence* (one row per mention or per
answer) over the whole corpus. The aggregation functions here take evidence
rows, so the in-memory graph (:func:`graph.nx.to_networkx`) and the stores
(:mod:`graph.writer`, per batch) compute them the same way.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from graph.schema import AGGREGATED_RELS, KEY, OWNED_LABELS, node_id, node_type, rel_type
from loaders.records import DocumentRecord

__all__ = [
    "RECOMPUTED_RELS",
    "RelRow",
    "DocumentGraph",
    "Evidence",
    "document_graph",
    "document_path",
    "evidence_of",
    "derive",
    "serves_in_order",
    "node_ref",
    "derived_endpoints",
]

log = logging.getLogger(__name__)

#: Relationship types whose properties aggregate over documents: the stores
#: recompute them for the pairs a batch touches (``RelType.aggregated``).
RECOMPUTED_RELS: tuple[str, ...] = AGGREGATED_RELS

@dataclass(frozen=True)
class RelRow:
    """One relationship: endpoints by label and key, plus properties."""

    type: str
    start_label: str
    start: str
    end_label: str
    end: str
    props: Mapping[str, Any] = field(default_factory=dict)

    @cached_property
    def identity(self) -> tuple[Any, ...]:
        # MENTIONS can link one exchange to one entity several times (one per
        # occurrence): the schema names the properties that tell them apart.
        extra = tuple(self.props.get(p) for p in rel_type(self.type).identity)
        return (self.type, self.start_label, self.start, self.end_label, self.end) + extra


@dataclass(frozen=True)
class Evidence:
    """Rows that justify derived edges, one per (pair, exchange, detail).

    Each row is a dict with ``s`` and ``e`` (start and end keys), ``x`` (the
    exchange id) and per-kind details: ADOPTS rows carry ``session`` and
    ``date``, IN_CHAIN rows ``part`` and ``sentence``, SERVES_IN rows
    ``title`` and ``date``; WORKS_ON/USES rows carry ``m`` (a mention id, so
    two mentions in one exchange count twice).
    """

    rows: Mapping[str, tuple[dict[str, Any], ...]]

    def pairs(self, kind: str) -> set[tuple[str, str]]:
        return {(r["s"], r["e"]) for r in self.rows.get(kind, ())}


@dataclass(frozen=True)
class DocumentGraph:
    """The nodes and plain relationships one document contributes.

    ``nodes`` maps label → key → properties (all schema properties, ``id``
    included, None where unknown). ``rels`` holds the non-recomputed
    relationships; ``evidence`` the rows from which the recomputed ones
    follow. ``path`` is the resolved source path, the document's identity
    besides its hash. Which labels a document owns is declared in the schema
    (``NodeType.owned``).
    """

    document: str
    source: str
    nodes: Mapping[str, Mapping[str, Mapping[str, Any]]]
    rels: tuple[RelRow, ...]
    evidence: Evidence
    path: str = ""

    owned = OWNED_LABELS

    def node_count(self) -> int:
        return sum(len(v) for v in self.nodes.values())


def node_ref(label: str, key: str) -> str:
    """The networkx node name of a store node: ``Label:key`` (keys alone can clash)."""
    return f"{label}:{key}"


class _Builder:
    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.rels: dict[tuple[Any, ...], RelRow] = {}

    def node(self, label: str, key: str, **props: Any) -> str:
        # Validation happens here, before any store sees the document: Neo4j
        # would store a node without its key, LadybugDB refuses the batch.
        if not isinstance(key, str) or not key:
            raise ValueError(f"a {label} without a key ({key!r})")
        declared = node_type(label).prop_names
        row = self.nodes[label].get(key)
        if row is None:
            row = {p: None for p in declared}
            row[KEY] = key
            self.nodes[label][key] = row
        for name, value in props.items():
            if name not in declared:
                raise KeyError(f"{label} has no property {name!r} in graph.schema")
            if name == "aliases":
                # None rather than [] when there are none, so a store's
                # coalesce() keeps aliases another document gave the node.
                merged = list(dict.fromkeys(list(row["aliases"] or []) + list(value or [])))
                row["aliases"] = merged or None
            elif value is not None:
                row[name] = value
        return key

    def rel(self, type_: str, start_label: str, start: str, end_label: str, end: str, /, **props: Any) -> None:
        decl = rel_type(type_)
        if (start_label, end_label) not in decl.pairs:
            raise KeyError(f"{type_} does not link {start_label} to {end_label} in graph.schema")
        full = {p: None for p in decl.prop_names}
        full.update(props)
        row = RelRow(type_, start_label, start, end_label, end, full)
        self.rels.setdefault(row.identity, row)


def document_graph(record: DocumentRecord) -> DocumentGraph:
    """Return the graph rows of one document (pure; no store needed)."""
    b = _Builder()
    s = record.session
    path = document_path(record.source)
    doc = b.node("Document", record.sha256, source=record.source, path=path, text=record.text,
                 format=record.format, encoding=record.encoding, script=record.script)
    city = s.city
    if city:
        b.node("City", city, name=city, province=s.province)
    sess = b.node("Session", s.id, city=city, county=s.county, province=s.province, body=s.body, date=s.date,
                  topic=s.topic, kind=s.kind, year=s.year, month=s.month, day=s.day, sitting=s.sitting)
    b.rel("RECORDED_IN", "Session", sess, "Document", doc)
    if city:
        b.rel("HELD_IN", "Session", sess, "City", city)

    def department(name: str, dcity: str | None, dtype: str | None, aliases: Iterable[str] = ()) -> str:
        key = b.node("Department", name, name=name, city=dcity, type=dtype, aliases=list(aliases))
        if dcity:
            b.node("City", dcity, name=dcity, province=s.province if dcity == city else None)
            b.rel("LOCATED_IN", "Department", key, "City", dcity)
        if dtype:
            b.node("DepartmentType", dtype, name=dtype)
            b.rel("OF_TYPE", "Department", key, "DepartmentType", dtype)
        return key

    for d in record.departments:
        department(d.name, d.city, d.type, d.aliases)

    # Entities become nodes when a mention ties them to a sentence (an
    # unmentioned entity has no evidence, and nothing could retire it when
    # its document is replaced). Mentions carry no city, so they resolve
    # through this index (first entity of that type and name).
    entities = {}
    for ent in record.entities:
        entities.setdefault((ent.type, ent.name), ent)

    def entity(typ: str, name: str, category: str | None) -> str:
        ent = entities.get((typ, name))
        if ent is None:
            # Left without an entity by the resolver: scope it the way the
            # loaders scope that type (projects and chains are local).
            scope = city if node_type(typ).city_scoped else None
            return _entity_node(b, typ, name, scope, category=category)
        key = _entity_node(b, typ, name, ent.city, aliases=ent.aliases, category=ent.category or category)
        if typ == "IndustryChain" and ent.parent and ent.parent != name:
            parent = entities.get(("IndustryChain", ent.parent))
            pkey = _entity_node(b, "IndustryChain", ent.parent, parent.city if parent else ent.city,
                                aliases=parent.aliases if parent else ())
            b.rel("PART_OF", "IndustryChain", key, "IndustryChain", pkey, exchanges=[])
        return key

    ex_ids = {e.id for e in record.exchanges}
    mention_rows: list[dict[str, Any]] = []
    answer_rows: list[dict[str, Any]] = []
    for ex in record.exchanges:
        # Every official who answered gets a Person, an ANSWERED edge and (with
        # a department) SERVES_IN evidence; the exchange's own department is
        # the first respondent's, as the named queries expect.
        depts = []
        for resp in ex.respondents:
            d = None
            if resp.department:
                d = department(resp.department, city, resp.department_type,
                               [resp.department_text] if resp.department_text else [])
            depts.append(d)
        dept = depts[0] if depts else None
        b.node("Exchange", ex.id, seq=ex.seq, title=ex.title, question=ex.question, answer=ex.answer,
               session=sess, document=doc, date=s.date, city=city, department=dept,
               question_start=ex.question_start, question_end=ex.question_end,
               answer_start=ex.answer_start, answer_end=ex.answer_end)
        b.rel("PART_OF", "Exchange", ex.id, "Session", sess)
        b.rel("IN_DOCUMENT", "Exchange", ex.id, "Document", doc)
        if ex.follow_up_of and ex.follow_up_of in ex_ids and ex.follow_up_of != ex.id:
            b.rel("FOLLOWS", "Exchange", ex.id, "Exchange", ex.follow_up_of)
        if ex.asker.name:
            person = b.node("Person", node_id("Person", ex.asker.name, city), name=ex.asker.name,
                            city=city, role=ex.asker.role)
            b.rel("ASKED", "Person", person, "Exchange", ex.id, role=ex.asker.role)
        for resp, d in zip(ex.respondents, depts):
            if not resp.name:
                continue
            person = b.node("Person", node_id("Person", resp.name, city), name=resp.name, city=city)
            b.rel("ANSWERED", "Person", person, "Exchange", ex.id, title=resp.title, department=d)
            answer_rows.append({"x": ex.id, "department": d, "date": s.date,
                                "person": person, "title": resp.title})
        for m in ex.mentions:
            key = entity(m.type, m.name, m.category)
            b.rel("MENTIONS", "Exchange", ex.id, m.type, key, part=m.part, text=m.text,
                  sentence=m.sentence, start=m.start, end=m.end)
    # The report's own narrative: a brief that quotes nobody still names what the
    # sitting was about. Evidence of a session, not of an exchange: no derived edge.
    for m in record.mentions:
        key = entity(m.type, m.name, m.category)
        b.rel("MENTIONS", "Session", sess, m.type, key, part=m.part, text=m.text,
              sentence=m.sentence, start=m.start, end=m.end)
    b.nodes["Document"][doc]["departments"] = sorted(b.nodes.get("Department", {})) or None
    for row in b.rels.values():
        if row.type == "MENTIONS" and row.start_label == "Exchange":
            x = b.nodes["Exchange"][row.start]
            mention_rows.append({"x": row.start, "department": x["department"], "city": x["city"],
                                 "session": x["session"], "date": x["date"], "label": row.end_label,
                                 "entity": row.end, "part": row.props["part"],
                                 "sentence": row.props["sentence"], "m": row.props["start"]})
    return DocumentGraph(
        document=doc,
        source=record.source,
        nodes={k: dict(v) for k, v in b.nodes.items()},
        rels=tuple(b.rels.values()),
        evidence=evidence_of(mention_rows, answer_rows),
        path=path,
    )


def document_path(source: str) -> str:
    """The resolved form of a source path, so ``dir/f.txt`` and ``/abs/dir/f.txt`` are one document.

    Sources that are not files (``upload/name`` from the dashboard) resolve
    against the working directory the same way every time.
    """
    try:
        return str(Path(source).expanduser().resolve(strict=False))
    except (OSError, RuntimeError):  # a symlink loop: the text as given is the best we have
        return source


def _entity_node(b: _Builder, label: str, name: str, city: str | None, *,
                 aliases: Iterable[str] = (), category: str | None = None) -> str:
    key = node_id(label, name, city)
    props: dict[str, Any] = {"name": name, "aliases": [a for a in aliases if a and a != name]}
    if node_type(label).city_scoped:
        props["city"] = city
    if label == "PolicyTool":
        props["category"] = category
    return b.node(label, key, **props)


def evidence_of(mention_rows: Iterable[Mapping[str, Any]], answer_rows: Iterable[Mapping[str, Any]]) -> Evidence:
    """Turn mention and answer rows into evidence rows per recomputed type.

    mention rows: x, department, city, session, date, label, entity, part, sentence, m.
    answer rows: x, department, date, person, title.
    """
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_sentence: dict[tuple[str, str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in mention_rows:
        label, ent = r["label"], r["entity"]
        if r["department"] and label == "Project":
            out["WORKS_ON"].append({"s": r["department"], "e": ent, "x": r["x"], "m": (r["part"], r["m"])})
        if r["department"] and label == "PolicyTool":
            out["USES"].append({"s": r["department"], "e": ent, "x": r["x"], "m": (r["part"], r["m"])})
        if r["city"] and label == "PolicyTool":
            out["ADOPTS"].append({"s": r["city"], "e": ent, "x": r["x"], "session": r["session"],
                                  "date": r["date"]})
        if label in ("Project", "IndustryChain") and r["sentence"]:
            by_sentence[(r["x"], r["part"], r["sentence"])][label].add(ent)
    for (x, part, sentence), labels in by_sentence.items():
        for p in labels.get("Project", ()):
            for c in labels.get("IndustryChain", ()):
                out["IN_CHAIN"].append({"s": p, "e": c, "x": x, "part": part, "sentence": sentence})
    for r in answer_rows:
        if r["department"] and r["person"]:
            out["SERVES_IN"].append({"s": r["person"], "e": r["department"], "x": r["x"],
                                     "title": r["title"], "date": r["date"]})
    return Evidence({k: tuple(v) for k, v in out.items()})


def serves_in_order(row: Mapping[str, Any]) -> tuple[str, str]:
    """Which titled SERVES_IN row is the latest (its title is the edge's): by date, then exchange id."""
    return (row["date"] or "", row["x"])


def derive(kind: str, rows: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """Aggregate evidence rows of one kind into relationship properties per (start, end).

    Lists are sorted so both stores and networkx hold identical values.
    """
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[(r["s"], r["e"])].append(r)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for pair, rs in groups.items():
        exchanges = sorted({r["x"] for r in rs})
        if kind in ("WORKS_ON", "USES"):
            out[pair] = {"exchanges": exchanges, "count": len({(r["x"], r["m"]) for r in rs})}
        elif kind == "IN_CHAIN":
            out[pair] = {"exchanges": exchanges, "count": len({(r["x"], r["part"], r["sentence"]) for r in rs})}
        elif kind == "ADOPTS":
            dates = [r["date"] for r in rs if r["date"]]
            out[pair] = {"first_date": min(dates) if dates else None,
                         "sessions": sorted({r["session"] for r in rs if r["session"]}),
                         "exchanges": exchanges}
        elif kind == "SERVES_IN":
            titled = [r for r in rs if r["title"]]
            latest = max(titled, key=serves_in_order) if titled else None
            out[pair] = {"title": latest["title"] if latest else None, "exchanges": exchanges}
        else:
            raise KeyError(f"no derivation for {kind!r}")
    return out


def derived_endpoints(kind: str) -> tuple[str, str]:
    """The (start label, end label) of an aggregated relationship type (each has one pair)."""
    return rel_type(kind).pairs[0]
