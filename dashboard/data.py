"""What the pages show, read from a store (no streamlit here).

The dashboard's own read queries live in ``dashboard/data/*.cypher``, with
the header format of the users' named queries, and run through the same
catalog, parameter checks and dialect step (:func:`queries.named.run_named`
with this folder). A label cannot be an ordinary parameter, so the queries
that work on any label take a ``label`` parameter whose value must be a
label of :mod:`graph.schema`: one query text per label, never user text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd

from graph import schema
from queries.catalog import get
from queries.named import run_named, text_for
from queries.params import bind_named

__all__ = [
    "CYPHER_DIR",
    "SEARCH_LABELS",
    "LABEL_COLORS",
    "cypher",
    "run",
    "Overview",
    "overview",
    "search_names",
    "Subgraph",
    "neighbourhood",
    "neighbour_keys",
    "with_properties",
    "edge_direction",
    "relevance",
    "evidence_for",
    "highlight",
    "caption",
    "policy_tools",
    "tool_timeline",
    "tool_departments",
    "city_names",
    "plain_value",
    "rows_to_frame",
    "subgraph_from_rows",
]

CYPHER_DIR = Path(__file__).with_name("data")

#: Labels the Explore search covers (names people type).
SEARCH_LABELS = ("Project", "PolicyTool", "IndustryChain", "Organization", "Department",
                 "DepartmentType", "Person", "City")

#: One colour per label, shared by every graph and legend.
LABEL_COLORS = {
    "City": "#1f77b4",
    "Session": "#7f7f7f",
    "Exchange": "#bcbd22",
    "Person": "#9467bd",
    "Department": "#ff7f0e",
    "DepartmentType": "#8c564b",
    "Project": "#d62728",
    "IndustryChain": "#2ca02c",
    "PolicyTool": "#17becf",
    "Organization": "#e377c2",
    "Document": "#c7c7c7",
}

# Long text properties are cut short in graph elements and tables: a Document
# carries the whole transcript, an Exchange its question and answer.
_BIG_PROPS = {"text", "question", "answer"}
_PREVIEW = 120


def cypher(name: str, params: Mapping[str, Any] | None = None, kind: str = "neo4j") -> str:
    """The text of ``dashboard/data/<name>.cypher`` a store of ``kind`` runs with ``params``.

    >>> "(x:Project)" in cypher("top-mentions", {"label": "Project"})
    True
    >>> cypher("node", {"label": "Nope", "id": "x"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    queries.errors.BadQuery: parameter 'label' must be a node label (City, Session, ...), got 'Nope'
    """
    spec = get(name, CYPHER_DIR)
    return text_for(spec, kind, bind_named(spec, params))


def run(store: Any, name: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Rows of the dashboard query ``name`` (parameters checked against its header)."""
    return run_named(store, name, params, directory=CYPHER_DIR)


# --- Overview --------------------------------------------------------------


@dataclass(frozen=True)
class Overview:
    nodes: dict[str, int]
    relationships: dict[str, int]
    cities: pd.DataFrame  # city, province, sessions
    top_projects: pd.DataFrame  # name, mentions, exchanges, cities
    top_tools: pd.DataFrame

    def count(self, label: str) -> int:
        return int(self.nodes.get(label, 0))


def overview(store: Any, *, top: int = 10) -> Overview:
    stats = store.stats()
    cities = pd.DataFrame(run(store, "overview-cities"), columns=["city", "province", "sessions"])
    cols = ["id", "name", "mentions", "exchanges", "cities"]
    projects = pd.DataFrame(run(store, "top-mentions", {"label": "Project", "limit": top}), columns=cols)
    tools = pd.DataFrame(run(store, "top-mentions", {"label": "PolicyTool", "limit": top}), columns=cols)
    return Overview(
        nodes=dict(stats.get("nodes", {})),
        relationships=dict(stats.get("relationships", {})),
        cities=cities,
        top_projects=projects,
        top_tools=tools,
    )


# --- Explore ---------------------------------------------------------------


def search_names(store: Any) -> list[dict[str, Any]]:
    """Label, key, name, city and aliases of every node of :data:`SEARCH_LABELS` (names only: no text)."""
    return [{"_label": r["label"], "_key": r["key"], "name": r["name"], "city": r["city"], "aliases": r["aliases"]}
            for r in run(store, "search-names")]


def _slim(node: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (v[:_PREVIEW] + "…" if k in _BIG_PROPS and isinstance(v, str) and len(v) > _PREVIEW else v)
            for k, v in node.items()}


def _uid(label: str, key: Any) -> str:
    # Keys are unique per label only (a City and a Department may share a name).
    return f"{label}:{key}"


@dataclass
class Subgraph:
    """Nodes and relationships for a graph view; node ids are ``Label:key``."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[str, dict[str, Any]] = field(default_factory=dict)
    truncated: bool = False
    #: Nodes a cap left out, per label (at least these many: the queries are capped too).
    left_out: dict[str, int] = field(default_factory=dict)

    def add_node(self, node: Mapping[str, Any]) -> str:
        uid = _uid(node["_label"], node["_key"])
        if uid not in self.nodes:
            self.nodes[uid] = _slim(node)
        return uid

    def add_edge(self, rel: Mapping[str, Any], source: str, target: str) -> None:
        eid = f"{rel['_type']}:{source}->{target}:{len(self.edges)}"
        self.edges[eid] = {**{k: v for k, v in rel.items() if not k.startswith("_")},
                           "_type": rel["_type"], "source": source, "target": target}

    def edges_of(self, uid: str) -> list[dict[str, Any]]:
        return [e for e in self.edges.values() if uid in (e["source"], e["target"])]


def _orient(rel: Mapping[str, Any], a: Mapping[str, Any], b: Mapping[str, Any]) -> tuple[Mapping, Mapping]:
    """(start node, end node) of ``rel`` among the two nodes of a row."""
    if rel.get("_start") == a.get("_key") and rel.get("_end") == b.get("_key"):
        return a, b
    if rel.get("_start") == b.get("_key"):
        return b, a
    return a, b


def subgraph_from_rows(rows: Iterable[Mapping[str, Any]], graph: Subgraph | None = None,
                       max_nodes: int = 500) -> Subgraph:
    """Collect nodes, relationships and paths found anywhere in result rows."""
    g = graph or Subgraph()
    for row in rows:
        nodes = [v for v in row.values() if isinstance(v, Mapping) and "_label" in v]
        rels = [v for v in row.values() if isinstance(v, Mapping) and "_type" in v]
        for v in row.values():
            if isinstance(v, Mapping) and "nodes" in v and "rels" in v:  # a path
                nodes.extend(v["nodes"])
                rels.extend(v["rels"])
        by_key = {}
        for n in nodes:
            if len(g.nodes) >= max_nodes and _uid(n["_label"], n["_key"]) not in g.nodes:
                g.truncated = True
                continue
            by_key[n["_key"]] = g.add_node(n)
        for r in rels:
            s, t = by_key.get(r.get("_start")), by_key.get(r.get("_end"))
            if s and t:
                g.add_edge(r, s, t)
    return g


#: Labels in the order a capped neighbourhood keeps them, after the focal node's own kinds.
_GENERIC_ORDER = ("Project", "PolicyTool", "IndustryChain", "Organization", "Department", "Person",
                  "DepartmentType", "City", "Exchange", "Session", "Document")


def relevance(label: str) -> tuple[str, ...]:
    """Labels by relevance to a node of ``label``: first those its derived relationships reach.

    >>> relevance("Department")[:3]
    ('Person', 'Project', 'PolicyTool')
    >>> relevance("Project")[:2]
    ('Department', 'IndustryChain')
    """
    own: list[str] = []
    for r in schema.RELS:
        if not (r.derived or r.type == "SERVES_IN"):
            continue
        for a, b in r.pairs:
            for mine, other in ((a, b), (b, a)):
                if mine == label and other != label and other not in own:
                    own.append(other)
    return tuple(own) + tuple(x for x in _GENERIC_ORDER if x not in own)


#: Most rows one ``neighbour-keys`` read returns (the busiest tool's whole neighbourhood at 10 000 sessions is ~9 400).
KEY_ROWS = 20000


def edge_direction(rel_type: str, a_label: str, b_label: str) -> bool:
    """Whether a ``rel_type`` relationship between a node of ``a_label`` and one of ``b_label`` starts at the first.

    The schema gives it, except between two nodes of one label (FOLLOWS, a chain PART_OF a chain), where the
    first is taken as the start; the full rows read for drawn nodes (:func:`with_properties`) carry the real one.

    >>> edge_direction("USES", "PolicyTool", "Department"), edge_direction("USES", "Department", "PolicyTool")
    (False, True)
    """
    rel = next((r for r in schema.RELS if r.type == rel_type), None)
    return rel is None or (a_label, b_label) in rel.pairs or (b_label, a_label) not in rel.pairs


def _key_node(row: Mapping[str, Any]) -> dict[str, Any]:
    node = {"_label": row["label"], "_key": row["key"]}
    for col, prop in (("name", "name"), ("department_type", "type"), ("province", "province"), ("city", "city"),
                      ("seq", "seq"), ("title", "title"), ("date", "date")):
        if row.get(col) is not None:
            node[prop] = row[col]
    return node


def _by_relevance(uids: Iterable[str], nodes: Mapping[str, Mapping[str, Any]], rank: Mapping[str, int]) -> dict[str, list[str]]:
    """Keys of ``uids`` per label, the labels in ``rank`` order."""
    out: dict[str, list[str]] = {}
    for uid in uids:
        out.setdefault(nodes[uid]["_label"], []).append(nodes[uid]["_key"])
    return dict(sorted(out.items(), key=lambda kv: rank.get(kv[0], len(rank))))


def neighbour_keys(store: Any, label: str, key: str, *, depth: int = 1,
                   types: Sequence[str] = (), max_nodes: int = 150) -> Subgraph:
    """The nodes within ``depth`` hops of one node, at most ``max_nodes``: named and grouped, without their text.

    Each node has its label, key and what :func:`caption` and :mod:`dashboard.aggregate` read (name, type,
    province, city, seq, title, date); each relationship its type only. A grouped view reads thousands of
    neighbours this way in the time the full rows of a few hundred took; :func:`with_properties` then reads
    the full rows of the nodes it draws one by one.

    Hops are followed breadth-first (every node one hop away comes before any two hops away), one query per
    label of the frontier, the frontier's labels and the new nodes both taken by :func:`relevance` to the
    focal node — a department's projects and tools before the exchanges that mention it — so a hub cannot
    crowd out the focal node's own kinds. Every neighbour of the nodes read is counted: those the cap left
    out are in ``left_out`` per label.
    """
    g = Subgraph()
    start = run(store, "node", {"label": label, "id": key})
    if not start:
        return g
    g.add_node(start[0]["n"])
    rank = {lab: i for i, lab in enumerate(relevance(label))}
    frontier = {label: [key]}
    done: set[str] = set()  # nodes whose relationships were read
    left: dict[str, set[str]] = {}
    for hop in range(max(1, min(depth, 3))):
        current = {_uid(lab, k) for lab, keys in frontier.items() for k in keys}
        new: list[str] = []
        for lab, keys in frontier.items():
            if len(g.nodes) >= max_nodes and hop > 0:
                g.truncated = True  # this label's neighbours were not read at all
                break
            # Several relationships per new node, and room to choose by relevance.
            limit = min(KEY_ROWS, max(200, (max_nodes - len(g.nodes)) * 5))
            rows = run(store, "neighbour-keys", {"label": lab, "ids": keys, "types": list(types), "limit": limit})
            if len(rows) >= limit:
                g.truncated = True
            rows.sort(key=lambda row: rank.get(row["label"], len(rank)))
            for row in rows:
                src, uid = _uid(lab, row["source"]), _uid(row["label"], row["key"])
                if uid in done or (uid in current and uid < src):
                    continue  # read from the other end (in an earlier hop, or in this one)
                if uid not in g.nodes:
                    if len(g.nodes) >= max_nodes:
                        g.truncated = True
                        left.setdefault(row["label"], set()).add(uid)
                        continue
                    g.nodes[uid] = _key_node(row)
                    new.append(uid)
                a, b = (src, uid) if edge_direction(row["type"], lab, row["label"]) else (uid, src)
                g.add_edge({"_type": row["type"]}, a, b)
        done |= current
        frontier = _by_relevance(new, g.nodes, rank)
        if not frontier or len(g.nodes) >= max_nodes:
            if frontier and depth > hop + 1:
                g.truncated = True
            break
    g.left_out = {lab: len(uids) for lab, uids in sorted(left.items(), key=lambda kv: -len(kv[1]))}
    return g


def with_properties(store: Any, g: Subgraph, *, keep: Iterable[str] = (), types: Sequence[str] = ()) -> Subgraph:
    """``g`` with the full rows of its nodes and of the relationships between them.

    Nodes in ``keep`` (group nodes, see :mod:`dashboard.aggregate`) and the
    edges that touch them stay as they are; every other edge of ``g`` is
    replaced by the stored relationships between its two ends (a merged
    edge by each of them), read by :data:`edges-between` one pair of labels
    at a time, with their properties: the exchanges and sentences behind
    them, which the evidence panel shows.
    """
    keep = set(keep)
    out = Subgraph(truncated=g.truncated, left_out=dict(g.left_out))
    real = {u: n for u, n in g.nodes.items() if u not in keep}
    full: dict[str, dict[str, Any]] = {}
    for lab, keys in _by_relevance(real, real, {}).items():
        for r in run(store, "nodes", {"label": lab, "ids": keys}):
            full[_uid(lab, r["n"]["_key"])] = _slim(r["n"])
    for u, n in g.nodes.items():
        out.nodes[u] = full.get(u, dict(n))
    pairs: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for e in g.edges.values():
        s, t = e["source"], e["target"]
        if s in keep or t in keep:
            out.add_edge({k: v for k, v in e.items() if k not in ("source", "target")}, s, t)
            continue
        (a, b) = sorted((s, t), key=lambda u: (real[u]["_label"], u))
        ids, others = pairs.setdefault((real[a]["_label"], real[b]["_label"]), (set(), set()))
        ids.add(real[a]["_key"])
        others.add(real[b]["_key"])
    for (la, lb), (ids, others) in pairs.items():
        if la == lb:
            ids = others = ids | others
        rows = run(store, "edges-between", {"label": la, "ids": sorted(ids), "other": lb, "others": sorted(others),
                                            "types": list(types)})
        for row in rows:
            n, m = row["n"], row["m"]
            if la == lb and n["_key"] > m["_key"]:
                continue  # the same relationship, read from its other end
            a_node, b_node = _orient(row["r"], n, m)
            out.add_edge(row["r"], _uid(a_node["_label"], a_node["_key"]), _uid(b_node["_label"], b_node["_key"]))
    return out


def neighbourhood(store: Any, label: str, key: str, *, depth: int = 1,
                  types: Sequence[str] = (), max_nodes: int = 150) -> Subgraph:
    """The nodes within ``depth`` hops of one node, at most ``max_nodes`` of them, with their properties.

    Which nodes: :func:`neighbour_keys` (breadth-first, by relevance to the focal node, ``left_out`` counted);
    their rows: :func:`with_properties`.
    """
    return with_properties(store, neighbour_keys(store, label, key, depth=depth, types=types, max_nodes=max_nodes),
                           types=types)


_EVIDENCE_COLS = ["relationship", "other", "exchange", "seq", "title", "city", "date", "part",
                  "text", "sentence", "offset_start", "offset_end"]


def evidence_for(store: Any, graph: Subgraph, uid: str, *, limit: int = 200) -> pd.DataFrame:
    """For every edge of one node in ``graph``: the exchange and evidence sentence.

    MENTIONS edges carry their sentence; derived edges (WORKS_ON, USES,
    ADOPTS, SERVES_IN, IN_CHAIN …) carry the ids of the exchanges behind
    them, whose mentions of the entity at either end are the evidence.
    """
    rows: list[dict[str, Any]] = []
    for e in graph.edges_of(uid):
        other_uid = e["target"] if e["source"] == uid else e["source"]
        name = caption(graph.nodes[other_uid])
        if e["_type"] == "MENTIONS":
            ex = graph.nodes[e["source"]]
            rows.append({"relationship": "MENTIONS", "other": name, "exchange": ex["_key"],
                         "seq": ex.get("seq"), "title": ex.get("title"), "city": ex.get("city"),
                         "date": ex.get("date"), "part": e.get("part"), "text": e.get("text"),
                         "sentence": e.get("sentence"), "offset_start": e.get("start"),
                         "offset_end": e.get("end")})
            continue
        exchanges = list(e.get("exchanges") or ())
        if not exchanges:
            continue
        entity = next((n for n in (graph.nodes[e["source"]], graph.nodes[e["target"]])
                       if n["_label"] in schema.ENTITY_LABELS), None)
        if entity is not None:
            found = run(store, "mentions-in", {"label": entity["_label"], "id": entity["_key"],
                                               "exchanges": exchanges})
            for r in found:
                rows.append({"relationship": e["_type"], "other": name, **r})
        else:
            for r in run(store, "exchanges", {"ids": exchanges}):
                q = r.pop("question") or ""
                rows.append({"relationship": e["_type"], "other": name, **r,
                             "sentence": _first_sentence(q)})
        if len(rows) >= limit:
            break
    df = pd.DataFrame(rows[:limit])
    for c in _EVIDENCE_COLS:
        if c not in df.columns:
            df[c] = None
    return df[_EVIDENCE_COLS].drop_duplicates(subset=["relationship", "other", "exchange", "offset_start", "sentence"])


def caption(node: Mapping[str, Any]) -> str:
    """A short name for a node: its name, or what identifies an Exchange or a Session."""
    if node["_label"] == "Exchange":
        title = node.get("title") or node.get("question") or ""
        return f"#{node.get('seq', '')} {title}"[:24]
    if node["_label"] == "Session":
        return f"{node.get('city') or ''} {node.get('date') or ''}".strip() or str(node["_key"])
    return str(node.get("name") or node["_key"])[:24]


def _first_sentence(text: str) -> str:
    m = re.search(r"[。？！?!]", text)
    return text[: m.end()] if m else text[:120]


def highlight(sentence: str | None, text: str | None) -> str:
    """HTML of ``sentence`` with each occurrence of ``text`` marked.

    >>> highlight("推行先使用后付费模式。", "先使用后付费")
    '推行<mark>先使用后付费</mark>模式。'
    >>> highlight("a<b", None)
    'a&lt;b'
    """
    sentence = sentence or ""
    if not text or text not in sentence:
        return html.escape(sentence)
    parts = sentence.split(text)
    return f"<mark>{html.escape(text)}</mark>".join(html.escape(p) for p in parts)


# --- Policy trace, filters ------------------------------------------------------


def policy_tools(store: Any) -> pd.DataFrame:
    return pd.DataFrame(run(store, "policy-tools"), columns=["name", "category", "mentions", "cities"])


def tool_timeline(store: Any, name: str) -> pd.DataFrame:
    return pd.DataFrame(run(store, "tool-timeline", {"name": name}),
                        columns=["session", "city", "date", "year", "body", "sitting", "mentions", "exchanges"])


def tool_departments(store: Any, name: str) -> pd.DataFrame:
    df = pd.DataFrame(run(store, "tool-departments", {"name": name}),
                      columns=["department", "city", "type", "count", "exchanges"])
    df["exchanges"] = df["exchanges"].map(lambda x: ", ".join(x or ()))
    return df


def city_names(store: Any) -> list[str]:
    return [r["city"] for r in run(store, "cities") if r["city"]]


# --- Tables of arbitrary results ----------------------------------------------


def plain_value(v: Any) -> Any:
    """A cell for a table: nodes by label and name, lists joined."""
    if isinstance(v, Mapping):
        if "_label" in v:
            return f"({v['_label']}) {v.get('name') or v['_key']}"
        if "_type" in v:
            return f"[{v['_type']}] {v.get('_start')} → {v.get('_end')}"
        if "nodes" in v and "rels" in v:
            return " - ".join(str(n.get("name") or n.get("_key")) for n in v["nodes"])
        return str(dict(v))
    if isinstance(v, (list, tuple)):
        return ", ".join(str(plain_value(x)) for x in v)
    return v


def rows_to_frame(rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    if not rows:
        return pd.DataFrame()
    cols = list(rows[0].keys())
    return pd.DataFrame([{c: plain_value(r.get(c)) for c in cols} for r in rows], columns=cols)
