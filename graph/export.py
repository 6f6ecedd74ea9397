"""Write the graph out: GraphML, GEXF, node-link JSON, or CSV for ``neo4j-admin``.

Input is the networkx MultiDiGraph of :func:`graph.build.to_networkx` /
:func:`graph.build.from_store` (nodes ``Label:key`` with ``label``, ``key``
and properties; edges with ``type`` and properties).

- GraphML and GEXF have no list values: lists are written as JSON text
  (``["a", "b"]``), and unset (None) properties are left out.
- GEXF gives ``label``, ``type``, ``start`` and ``end`` special meanings, so
  there the node label is ``node_label`` (GEXF's label is the display name),
  the relationship type ``rel_type`` (GEXF's edge label is the type too) and
  MENTIONS offsets ``start_offset``/``end_offset``.
- CSV is the layout ``neo4j-admin database import full`` reads: one
  ``nodes_<Label>.csv`` per label (header ``id:ID(<Label>)``, ``:LABEL`` and
  typed properties) and one ``rels_<TYPE>_<From>_<To>.csv`` per declared pair
  (``:START_ID(<From>)``, ``:END_ID(<To>)``, ``:TYPE``); lists are
  ``;``-joined under ``:string[]`` headers; ``import.txt`` holds the command.
"""

from __future__ import annotations

import csv
import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from graph.schema import KEY, NODES, RELS

__all__ = ["FORMATS", "export_graph", "ARRAY_DELIMITER"]

log = logging.getLogger(__name__)

FORMATS = ("graphml", "gexf", "csv", "json")
ARRAY_DELIMITER = ";"

_CSV_TYPES = {"STRING": "", "INT64": ":long", "DOUBLE": ":double", "BOOLEAN": ":boolean", "STRING[]": ":string[]"}


def export_graph(g: nx.MultiDiGraph, fmt: str, out: str | Path) -> list[Path]:
    """Write ``g`` in format ``fmt`` to ``out`` (a folder for csv); return the files written."""
    out = Path(out)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    if fmt == "csv":
        return _write_csv(g, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        data = nx.node_link_data(g, edges="edges")
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    elif fmt == "graphml":
        nx.write_graphml(_flat(g, gexf=False), out, encoding="utf-8")
    else:
        nx.write_gexf(_flat(g, gexf=True), out, encoding="utf-8")
    return [out]


def _scalar(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return json.dumps(list(v), ensure_ascii=False)
    return v


def _flat(g: nx.MultiDiGraph, *, gexf: bool) -> nx.MultiDiGraph:
    """A copy without list or None values (and, for GEXF, without its reserved names)."""
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in d.items() if v is not None}
        if gexf:
            attrs["node_label"] = attrs.pop("label", None)
            attrs["label"] = d.get("name") or d.get("key") or n
            attrs = {("node_" + k if k in ("start", "end", "id") else k): v for k, v in attrs.items()}
        h.add_node(n, **attrs)
    for u, v, k, d in g.edges(keys=True, data=True):
        attrs = {a: _scalar(x) for a, x in d.items() if x is not None}
        if gexf:
            rel = attrs.pop("type", "")
            attrs = {(a + "_offset" if a in ("start", "end") else a): x for a, x in attrs.items()}
            attrs["rel_type"] = rel
            attrs["label"] = rel
        h.add_edge(u, v, key=k, **attrs)
    return h


def _csv_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return ARRAY_DELIMITER.join(str(x) for x in v)
    return v


def _write_csv(g: nx.MultiDiGraph, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _, d in g.nodes(data=True):
        by_label[d["label"]].append(d)
    nodes_args, rels_args = [], []
    for nt in NODES:
        path = folder / f"nodes_{nt.label}.csv"
        props = [p for p in nt.props if p.name != KEY]
        header = [f"{KEY}:ID({nt.label})", ":LABEL"] + [p.name + _CSV_TYPES.get(p.type, "") for p in props]
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for d in sorted(by_label.get(nt.label, []), key=lambda d: d["key"]):
                w.writerow([d["key"], nt.label] + [_csv_value(d.get(p.name)) for p in props])
        written.append(path)
        nodes_args.append(f"--nodes={path.name}")
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    keys = {n: d["key"] for n, d in g.nodes(data=True)}
    by_rel: dict[tuple[str, str, str], list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for u, v, d in g.edges(data=True):
        by_rel[(d["type"], labels[u], labels[v])].append((keys[u], keys[v], d))
    for rt in RELS:
        for a, b in rt.pairs:
            path = folder / f"rels_{rt.type}_{a}_{b}.csv"
            header = [f":START_ID({a})", f":END_ID({b})", ":TYPE"] + [
                p.name + _CSV_TYPES.get(p.type, "") for p in rt.props]
            with path.open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(header)
                for s, e, d in sorted(by_rel.get((rt.type, a, b), []), key=lambda x: (x[0], x[1], str(x[2].get("start")))):
                    w.writerow([s, e, rt.type] + [_csv_value(d.get(p.name)) for p in rt.props])
            written.append(path)
            rels_args.append(f"--relationships={path.name}")
    cmd = folder / "import.txt"
    cmd.write_text(
        "# Run inside this folder against a stopped, empty database:\n"
        "neo4j-admin database import full neo4j --overwrite-destination "
        f"--array-delimiter='{ARRAY_DELIMITER}' --multiline-fields=true \\\n  "
        + " \\\n  ".join(nodes_args + rels_args) + "\n",
        encoding="utf-8",
    )
    written.append(cmd)
    log.info("wrote %d CSV files to %s", len(written) - 1, folder)
    return written
