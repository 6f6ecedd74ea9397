"""The dashboard's pure parts: search, evidence highlighting, graph shaping, map, strings."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pandas as pd
import pytest

import dashboard
from dashboard import data, graphview, i18n, mapchart, search, settings

DASH = Path(dashboard.__file__).parent


@pytest.mark.parametrize("module", [data, search, i18n])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def _index():
    return search.build_index([
        {"_label": "Project", "_key": "漯河市|中原食品实验室", "name": "中原食品实验室", "city": "漯河市",
         "aliases": ["食品实验室"]},
        {"_label": "PolicyTool", "_key": "先使用后付费", "name": "先使用后付费", "aliases": []},
        {"_label": "City", "_key": "漯河市", "name": "漯河市"},
        {"_label": "Project", "_key": "漯河市|中原食品科创城", "name": "中原食品科创城", "city": "漯河市"},
    ])


@pytest.mark.parametrize("query,first", [
    ("中原食品实验室", "中原食品实验室"),   # exact
    ("“先使用 后付费”", "先使用后付费"),    # quotes and spaces ignored
    ("zhongyuanshipinshi", "中原食品实验室"),  # pinyin
    ("XSYHFF", "先使用后付费"),            # initials, any case
    ("luohe", "漯河市"),                   # the place-name reading, not tà
    ("食品实验室", "中原食品实验室"),        # alias
])
def test_search_ranks_the_wanted_entity_first(query, first):
    assert search.search(_index(), query)["name"].iloc[0] == first


def test_search_by_label_and_nothing():
    idx = _index()
    assert set(search.search(idx, "中原", labels=["City"])["name"]) == set()
    assert search.search(idx, "   ").empty
    assert search.search(idx, "不存在").empty


def test_highlight_escapes_html_and_marks_every_occurrence():
    html = data.highlight("<b>专项债</b>和专项债", "专项债")
    assert html == "&lt;b&gt;<mark>专项债</mark>&lt;/b&gt;和<mark>专项债</mark>"


def test_subgraph_from_rows_keeps_nodes_rels_and_paths():
    a = {"_label": "Department", "_key": "d1", "name": "科技局"}
    b = {"_label": "Project", "_key": "p1", "name": "实验室"}
    r = {"_type": "WORKS_ON", "_start": "d1", "_end": "p1", "count": 2}
    g = data.subgraph_from_rows([{"d": a, "w": r, "p": b}, {"path": {"nodes": [b, a], "rels": [r]}}])
    assert set(g.nodes) == {"Department:d1", "Project:p1"}
    assert [(e["source"], e["target"], e["_type"]) for e in g.edges.values()] == [
        ("Department:d1", "Project:p1", "WORKS_ON")] * 2
    capped = data.subgraph_from_rows([{"d": a, "w": r, "p": b}], max_nodes=1)
    assert len(capped.nodes) == 1 and capped.truncated and not capped.edges


def test_graph_elements_and_layouts():
    g = data.subgraph_from_rows([{"d": {"_label": "Department", "_key": "d1", "name": "科技局",
                                        "aliases": ["市科技局"]}}])
    els = graphview.elements(g)
    assert els["nodes"][0]["data"] == {"name": "科技局", "aliases": "市科技局", "id": "Department:d1",
                                       "label": "Department", "caption": "科技局"}
    assert graphview.layout(500)["animate"] is False
    assert all(e.dump()["style"].get("curve-style") == "haystack" for e in graphview.edge_styles(True))


def test_caption_rules():
    """Captions: 12 px; groups' at any zoom; a single node's when big enough on screen, selected or pressed."""
    rules = {r.dump()["selector"]: r.dump()["style"] for r in graphview.node_styles(big=True) if hasattr(r, "selector")}
    assert rules["node"]["font-size"] == 12 and rules["node"]["min-zoomed-font-size"] == 7
    assert rules["node[members]"]["min-zoomed-font-size"] == 0
    assert rules["node:selected, node:active"]["min-zoomed-font-size"] == 0


def test_cypher_label_slots_take_schema_names_only():
    from queries import BadQuery

    hood = {"label": "Department", "ids": ["d1"], "limit": 5}
    text = data.cypher("neighbour-keys", {**hood, "types": ["X]-() DETACH DELETE n //"]})
    assert "(n:Department)" in text and "DETACH" not in text  # types travel as a parameter
    assert "label(r) IN $types" in data.cypher("neighbour-keys", hood, kind="ladybug")  # the dialect step ran
    for bad in ("Department)-[r]-() DETACH DELETE r //", "department", "`Department`", 5):
        with pytest.raises(BadQuery, match="must be a node label"):
            data.cypher("neighbour-keys", {**hood, "label": bad})
    with pytest.raises(BadQuery, match="missing parameter 'label'"):
        data.cypher("node", {"id": "x"})


def test_map_coordinates_by_header_names(tmp_path):
    gaz = tmp_path / "cities.tsv"
    gaz.write_text("# made up; lon lat name province level\n114.0\t33.5\t漯河市\t河南省\tprefecture\n"
                   "120.0\t30.0\t朝阳区\t北京市\tcounty\n121.0\t41.0\t朝阳区\t辽宁省\tcounty\n", encoding="utf-8")
    coords = mapchart.city_coordinates(gaz)
    cities = pd.DataFrame({"city": ["漯河市", "朝阳区", "火星市"], "province": ["河南省", "辽宁省", None],
                           "sessions": [2, 1, 1]})
    found, missing = mapchart.locate(cities, coords)
    assert found[["city", "lat", "lon"]].values.tolist() == [["漯河市", 33.5, 114.0], ["朝阳区", 41.0, 121.0]]
    assert missing == ["火星市"]
    main = mapchart.china_map(found.assign(province=["河南省", "辽宁省"])).to_dict()["hconcat"][0]
    assert main["layer"][0]["mark"]["type"] == "geoshape"


def test_real_gazetteer_places_the_sample_cities():
    found, missing = mapchart.locate(pd.DataFrame({"city": ["漯河市", "揭阳市"], "province": ["河南省", "广东省"],
                                                   "sessions": [1, 1]}), mapchart.city_coordinates())
    assert missing == [] and found["lat"].between(18, 54).all() and found["lon"].between(73, 135).all()


def test_every_string_used_exists_in_both_languages():
    used = set()
    for f in [*DASH.glob("*.py"), *DASH.glob("views/*.py")]:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+)["']\s*[,)]""", f.read_text(encoding="utf-8")))
    strings = i18n.strings()
    assert used - set(strings) == set()
    assert all(set(v) >= {"zh", "en"} for v in strings.values())


def test_settings_round_trip_through_the_environment():
    s = settings.StoreSettings(kind="neo4j", uri="bolt://h:7687", lang="en")
    assert settings.from_env(settings.to_env(s)) == settings.StoreSettings(
        kind="neo4j", db=settings.DEFAULT_DB, uri="bolt://h:7687", lang="en")
    assert settings.from_env({"PG_LANG": "fr"}).lang == "zh"


def test_adoption_curve_leaves_out_sessions_with_no_city() -> None:
    """A session whose city the loaders could not tell (a body written 市…人大常委会 and no city
    named) is in a tool's timeline with city None: it adopts for no city, and the curve still draws."""
    from dashboard.trace_charts import adoption_curves, first_adoptions

    t = pd.DataFrame({"city": ["A", None, "B"], "date": ["2021-03-01", "2020-01-01", None], "year": [2021, 2020, 2022]})
    first = first_adoptions(t, "x")
    assert first.values.tolist() == [["x", "A", "2021-03-01"], ["x", "B", "2022"]]
    curve = adoption_curves(first, ["x"])
    assert curve[["date", "cities"]].values.tolist() == [["2021-03-01", 1], ["2022", 2]]
