"""Shared projects on a generated corpus: the matrix first, a capped network that says what it left out."""

from __future__ import annotations

import re

import pytest

from tests.dashboard.helpers import PAGES, apptest, problems


@pytest.fixture(scope="module")
def generated_db(tmp_path_factory):
    """100 generated sessions in 6 cities: more shared projects than the network's 150 nodes hold."""
    from corpus.generate import generate
    from graph.store import open_store
    from loaders import iter_paths, load_many

    root = tmp_path_factory.mktemp("shared")
    generate(root / "docs", sessions=100, cities=6, seed=7)
    store = open_store("embedded", db=root / "db")
    try:
        result = store.ingest(load_many(list(iter_paths([root / "docs"]))))
        assert result.added >= 90
    finally:
        store.close()
    return root / "db"


def _captions(at) -> str:
    return "\n".join(str(c.value) for c in at.caption)


def test_shared_projects_on_a_generated_corpus(generated_db, app_env):
    app_env(generated_db)
    at = apptest().run().switch_page(PAGES["shared"]).run()
    assert problems(at) == []
    charts = list(at.get("vega_lite_chart"))
    assert len(charts) == 1, "the department × department matrix"
    import json

    spec = json.loads(charts[0].proto.spec)
    rows = spec["layer"][0]["encoding"]["y"]["sort"]
    assert 2 <= len(rows) <= 25 and all(not r.endswith(("局", "委员会")) for r in rows), rows  # types, not departments
    # Grouped (the default): every project and department is in the network, as groups.
    g = re.search(r"全部 (\d+) 个项目、(\d+) 个部门，按部门类型和项目所在城市合并为 (\d+) 个节点", _captions(at))
    assert g and int(g.group(3)) <= 150 and int(g.group(1)) + int(g.group(2)) > int(g.group(3)), _captions(at)
    # One node per node: the cap cuts, and the page says what it left out.
    at.toggle(key="shared_grouped").set_value(False).run()
    assert problems(at) == []
    caps = _captions(at)
    m = re.search(r"显示 (\d+)/(\d+) 个项目、(\d+)/(\d+) 个部门", caps)
    assert m, caps
    shown, total = int(m.group(1)), int(m.group(2))
    assert 0 < shown < total, "the corpus is big enough that the cap cuts"
    assert int(m.group(3)) + shown <= 150
    assert f"另有 {total - shown} 个项目未画出" in at.warning[0].value
    assert at.get("component_instance"), "the network beside the matrix"
    # One city: the matrix rows are that city's departments.
    city = at.selectbox(key="shared_city").options[1]
    at.selectbox(key="shared_city").set_value(city).run()
    assert problems(at) == []
    rows = json.loads(list(at.get("vega_lite_chart"))[0].proto.spec)["layer"][0]["encoding"]["y"]["sort"]
    assert rows and all(r.startswith(city) for r in rows), rows


def test_a_capped_neighbourhood_keeps_the_focal_nodes_own_kinds(generated_db, app_env):
    from dashboard import data
    from graph.store import open_store

    store = open_store("embedded", db=generated_db, read_only=True)
    try:
        dep = store.run("MATCH (d:Department)-[:WORKS_ON]->(p:Project) RETURN d.id AS id, count(p) AS n "
                        "ORDER BY n DESC, id LIMIT 1")[0]
        projects = {r["p"] for r in store.run("MATCH (d:Department)-[:WORKS_ON]->(p:Project) WHERE d.id = $id "
                                              "RETURN p.id AS p", {"id": dep["id"]})}
        g = data.neighbourhood(store, "Department", dep["id"], depth=2, max_nodes=150)
    finally:
        store.close()
    assert g.truncated and len(g.nodes) <= 150
    kept = {n["_key"] for n in g.nodes.values() if n["_label"] == "Project"}
    assert projects <= kept, "every project of the department survives the cap"
    assert g.left_out and sum(g.left_out.values()) > 0
    assert "Project" not in g.left_out or list(g.left_out)[0] != "Project"
    # The page says what was left out, by label, in the UI language.
    app_env(generated_db)
    at = apptest().run().switch_page(PAGES["explore"]).run()
    at.text_input(key="explore_q").input(dep["id"]).run()
    at.radio(key="explore_depth").set_value(2).run()
    at.toggle(key="explore_grouped").set_value(False).run()  # one node per node: the 150 cap cuts
    assert problems(at) == []
    warning = " ".join(str(w.value) for w in at.warning)
    assert "只显示" in warning and "未显示的至少有" in warning, warning
