"""Records → graph rows, without any store."""

from __future__ import annotations

from graph.build import derive, document_graph, evidence_of
from graph.nx import to_networkx
from graph.schema import NODES, RELS, node_type
from tests.graph.handmade import jieyang, luohe, luohe_other


def test_every_row_follows_the_schema():
    g = document_graph(jieyang())
    for label, rows in g.nodes.items():
        declared = set(node_type(label).prop_names)
        for key, props in rows.items():
            assert set(props) == declared and props["id"] == key
    pairs = {(r.type, a, b) for r in RELS for a, b in r.pairs}
    for rel in g.rels:
        assert (rel.type, rel.start_label, rel.end_label) in pairs


def test_keys_and_shared_nodes():
    g = to_networkx([luohe(), jieyang()])
    assert g.nodes["Project:漯河市|中原食品实验室"]["aliases"] == ["食品实验室"]
    assert g.nodes["Person:漯河市|王静"]["role"] == "市人大常委会委员"
    assert g.nodes["PolicyTool:专项债"]["category"] == "finance"
    # one node per tool although both documents mention it
    assert sorted(n for n in g if n.startswith("PolicyTool:")) == [
        "PolicyTool:专项债", "PolicyTool:两重", "PolicyTool:先使用后付费", "PolicyTool:绿色通道"]
    adopters = sorted(u for u, v, d in g.in_edges("PolicyTool:绿色通道", data=True) if d["type"] == "ADOPTS")
    assert adopters == ["City:揭阳市", "City:漯河市"]


def test_unmentioned_entities_are_left_out_and_chains_get_their_parent():
    g = to_networkx([jieyang()])
    assert "Organization:广东石化" not in g  # declared but never mentioned: no evidence
    assert g.has_edge("IndustryChain:揭阳市|绿色石化", "IndustryChain:揭阳市|一化一海五优特", "PART_OF")


def test_derived_edges_keep_their_exchanges():
    g = to_networkx([luohe(), luohe_other()])
    d = g.edges["Department:漯河市发展和改革委员会", "Project:漯河市|中原食品实验室", "WORKS_ON"]
    assert d["exchanges"] == ["漯河市-2024-10-28#1", "漯河市-2025-04-01#1"]
    assert d["count"] == 4  # two mentions in each exchange
    a = g.edges["City:漯河市", "PolicyTool:专项债", "ADOPTS"]
    assert a["first_date"] == "2024-10-28"
    assert a["sessions"] == ["漯河市-2024-10-28", "漯河市-2025-04-01"]
    chain = g.edges["Project:漯河市|中原食品实验室", "IndustryChain:漯河市|食品产业链", "IN_CHAIN"]
    assert chain["exchanges"] == ["漯河市-2024-10-28#3", "漯河市-2025-04-01#3"] and chain["count"] == 2
    s = g.edges["Person:漯河市|项丽", "Department:漯河市发展和改革委员会", "SERVES_IN"]
    assert s["title"] == "主任" and len(s["exchanges"]) == 4
    assert g.has_edge("Exchange:漯河市-2024-10-28#2", "Exchange:漯河市-2024-10-28#1", "FOLLOWS")


def test_in_chain_needs_the_same_sentence():
    rows = [
        {"x": "e1", "department": None, "city": "c", "session": "s", "date": None, "label": "Project",
         "entity": "p", "part": "answer", "sentence": "一句。", "m": 1},
        {"x": "e1", "department": None, "city": "c", "session": "s", "date": None, "label": "IndustryChain",
         "entity": "k", "part": "answer", "sentence": "另一句。", "m": 5},
    ]
    assert evidence_of(rows, []).pairs("IN_CHAIN") == set()
    rows[1]["sentence"] = "一句。"
    ev = evidence_of(rows, [])
    assert derive("IN_CHAIN", ev.rows["IN_CHAIN"]) == {("p", "k"): {"exchanges": ["e1"], "count": 1}}


def test_adopts_first_date_ignores_unknown_dates():
    rows = [{"s": "c", "e": "t", "x": "a", "session": "s1", "date": None},
            {"s": "c", "e": "t", "x": "b", "session": "s2", "date": "2023-05"}]
    assert derive("ADOPTS", rows)[("c", "t")] == {"first_date": "2023-05", "sessions": ["s1", "s2"],
                                                  "exchanges": ["a", "b"]}


def test_a_document_twice_counts_once():
    assert to_networkx([luohe(), luohe()]).number_of_edges() == to_networkx([luohe()]).number_of_edges()


def test_schema_labels_are_all_used_by_the_samples():
    g = to_networkx([luohe(), jieyang()])
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert labels == {n.label for n in NODES} - {"Organization"}
    types = {d["type"] for *_, d in g.edges(data=True)}
    assert types == {r.type for r in RELS}


def test_a_brief_without_exchanges_keeps_its_narrative_mentions_on_the_session():
    from loaders import load_text

    brief = ("2023年4月12日，平川县第十八届人大常委会第九次会议就优化营商环境开展专题询问。"
             "会议要求全面推行“拿地即开工”，用好专项债资金。")
    rec = load_text(brief, source="brief.txt")
    assert rec.exchanges == ()
    assert {m.name for m in rec.mentions} >= {"拿地即开工", "专项债"}
    assert all(m.part == "narrative" and rec.text[m.start:m.end] == m.text for m in rec.mentions)
    g = document_graph(rec)
    mentions = [r for r in g.rels if r.type == "MENTIONS"]
    assert mentions and all(r.start_label == "Session" and r.props["part"] == "narrative" for r in mentions)
    assert "PolicyTool" in g.nodes and not any(r.type in ("USES", "ADOPTS") for r in g.rels)
