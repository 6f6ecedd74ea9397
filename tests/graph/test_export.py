"""Export formats parse back."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from graph.export import export_graph
from graph.nx import to_networkx
from graph.schema import NODES, RELS
from tests.graph.handmade import jieyang, luohe


@pytest.fixture(scope="module")
def graph():
    return to_networkx([luohe(), jieyang()])


def test_graphml_reads_back(graph, tmp_path):
    (path,) = export_graph(graph, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    tool = back.nodes["PolicyTool:专项债"]
    assert tool["label"] == "PolicyTool" and json.loads(tool["aliases"]) == ["专项债券"]
    types = {d["type"] for *_, d in back.edges(data=True)}
    assert "ADOPTS" in types and "MENTIONS" in types


def test_gexf_reads_back(graph, tmp_path):
    (path,) = export_graph(graph, "gexf", tmp_path / "g.gexf")
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    node = back.nodes["City:漯河市"]
    assert node["node_label"] == "City" and node["label"] == "漯河市"
    mention = next(d for *_, d in back.edges(data=True) if d["rel_type"] == "MENTIONS")
    assert isinstance(mention["start_offset"], int)


def test_json_reads_back(graph, tmp_path):
    (path,) = export_graph(graph, "json", tmp_path / "g.json")
    back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert nx.utils.graphs_equal(back, graph)


def test_csv_has_neo4j_admin_headers(graph, tmp_path):
    files = export_graph(graph, "csv", tmp_path / "csv")
    names = {p.name for p in files}
    assert {f"nodes_{n.label}.csv" for n in NODES} <= names
    with (tmp_path / "csv" / "nodes_PolicyTool.csv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["id:ID(PolicyTool)", ":LABEL", "name", "category", "aliases:string[]"]
    assert ["专项债", "PolicyTool", "专项债", "finance", "专项债券"] in rows
    with (tmp_path / "csv" / "rels_ADOPTS_City_PolicyTool.csv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [":START_ID(City)", ":END_ID(PolicyTool)", ":TYPE", "first_date",
                       "sessions:string[]", "exchanges:string[]"]
    assert len(rows) - 1 == 8
    with (tmp_path / "csv" / "rels_MENTIONS_Exchange_Project.csv").open(encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert "start:long" in header and "end:long" in header
    total = 0
    for rt in RELS:
        for a, b in rt.pairs:
            with (tmp_path / "csv" / f"rels_{rt.type}_{a}_{b}.csv").open(encoding="utf-8") as fh:
                total += sum(1 for _ in csv.reader(fh)) - 1
    assert total == graph.number_of_edges()
    assert "--array-delimiter=';'" in (tmp_path / "csv" / "import.txt").read_text()
