"""Every page of the dashboard, driven by streamlit.testing against the samples."""

from __future__ import annotations

import pytest

from tests.dashboard.helpers import PAGES, apptest, problems


def _markdown(at) -> str:
    return "\n".join(str(m.value) for m in at.markdown)


def _frames(at):
    return [d.value for d in at.dataframe]


def test_overview_counts_map_and_top_lists(samples_db, app_env):
    from graph.store import open_store

    app_env(samples_db)
    at = apptest().run()
    assert problems(at) == []
    metrics = {m.label: m.value for m in at.metric}
    store = open_store("embedded", db=samples_db, read_only=True)
    try:
        nodes = store.stats()["nodes"]
    finally:
        store.close()
    assert metrics == {"文档": str(nodes["Document"]), "城市": str(nodes["City"]),
                       "会议": str(nodes["Session"]), "问答": f"{nodes['Exchange']:,}"}
    assert metrics["文档"] == "2" and metrics["城市"] == "2"
    assert at.get("vega_lite_chart"), "the map of China is drawn"
    tables = _frames(at)
    top_projects, top_tools, labels, rels = tables[0], tables[1], tables[2], tables[3]
    assert "中原食品实验室" in set(top_projects.iloc[:, 0])
    store = open_store("embedded", db=samples_db, read_only=True)
    try:  # the ten most mentioned tools, as the store counts them
        top = store.run("MATCH (e:Exchange)-[:MENTIONS]->(t:PolicyTool) RETURN t.name AS name, count(*) AS n "
                        "ORDER BY n DESC, name LIMIT 10")
    finally:
        store.close()
    assert set(top_tools.iloc[:, 0]) == {r["name"] for r in top}
    assert dict(zip(labels.iloc[:, 0], labels.iloc[:, 1]))["问答"] == nodes["Exchange"]
    assert "提及" in set(rels.iloc[:, 0])  # MENTIONS, in the UI language


def _explore(at, query: str):
    at.switch_page(PAGES["explore"]).run()
    at.text_input(key="explore_q").input(query).run()
    return at


def test_explore_finds_project_and_shows_highlighted_evidence(samples_db, app_env):
    app_env(samples_db)
    at = _explore(apptest().run(), "中原食品实验室")
    assert problems(at) == []
    pick = at.selectbox(key="explore_pick")
    assert pick.value == "Project:漯河市|中原食品实验室"
    nodes = at.selectbox(key="explore_node").options
    assert any("问答" in n for n in nodes)
    assert any("部门" in n for n in nodes), nodes
    md = _markdown(at)
    # Evidence: the exchange and the sentence, with the mention marked.
    assert "<mark>" in md and "<b>提及</b>" in md
    assert "食品实验室</mark>" in md


def test_explore_depth_type_filter_and_node_details(samples_db, app_env):
    app_env(samples_db)
    at = _explore(apptest().run(), "中原食品实验室")
    one = len(at.selectbox(key="explore_node").options)
    at.radio(key="explore_depth").set_value(2).run()
    two = len(at.selectbox(key="explore_node").options)
    assert two > one
    at.multiselect(key="explore_types").set_value(["WORKS_ON"]).run()
    options = at.selectbox(key="explore_node").options
    assert problems(at) == []
    assert options and all("问答" not in o for o in options)
    at.selectbox(key="explore_node").select_index(next(i for i, o in enumerate(options) if "部门" in o)).run()
    props = _frames(at)[0]
    assert "name" in set(props.iloc[:, 0])
    assert "<b>推进项目</b>" in _markdown(at)  # WORKS_ON


@pytest.mark.parametrize("query", ["zhongyuan", "ZYSP", "食品实验室"])
def test_explore_search_is_pinyin_and_alias_insensitive(samples_db, app_env, query):
    app_env(samples_db)
    at = _explore(apptest().run(), query)
    # AppTest lists a selectbox's options as shown (name · label · city).
    assert "中原食品实验室 · 项目 · 漯河市" in at.selectbox(key="explore_pick").options


def test_explore_no_match_is_a_message(samples_db, app_env):
    app_env(samples_db)
    at = _explore(apptest().run(), "不存在的名字")
    assert problems(at) == []
    assert any("不存在的名字" in str(i.value) for i in at.info)


def test_shared_projects_table_graph_and_city_filter(samples_db, app_env):
    app_env(samples_db)
    at = apptest().run().switch_page(PAGES["shared"]).run()
    assert problems(at) == []
    assert _frames(at) == [], "over all cities the table (every exchange id) is read only when shown"
    assert at.get("component_instance"), "the department–project graph is drawn"
    at.toggle(key="shared_table_True").set_value(True).run()
    assert problems(at) == []
    table = _frames(at)[0]
    assert "中原食品实验室" in set(table.iloc[:, 0])
    assert any("-" in ids for ids in table.iloc[:, -1]), "with the exchange ids"
    at.selectbox(key="shared_city").set_value("揭阳市").run()
    assert problems(at) == []
    frames = _frames(at)
    assert not frames or "中原食品实验室" not in set(frames[0].iloc[:, 0])


def test_policy_trace_of_pay_after_use(samples_db, app_env):
    app_env(samples_db)
    at = apptest().run().switch_page(PAGES["trace"]).run()
    at.selectbox(key="trace_tool").set_value("先使用后付费").run()
    assert problems(at) == []
    timeline = _frames(at)[0]
    assert set(timeline.iloc[:, 1]) >= {"漯河市", "揭阳市"}
    assert at.get("vega_lite_chart"), "the timeline chart is drawn"
    at.session_state["trace_tabs"] = "原句证据"  # the tab runs when it is opened
    at.run()
    assert problems(at) == []
    assert "<mark>先使用后付费</mark>" in _markdown(at)
    at.session_state["trace_tabs"] = "政策扩散（两个及以上城市）"
    at.run()
    diffusion = _frames(at)[-1]
    assert "先使用后付费" in set(diffusion.iloc[:, 0])


def test_console_runs_a_query_and_offers_downloads(samples_db, app_env):
    app_env(samples_db)
    at = apptest().run().switch_page(PAGES["console"]).run()
    at.text_area(key="console_cypher").input(
        "MATCH (d:Department)-[w:WORKS_ON]->(p:Project) WHERE p.name = $name RETURN d, w, p").run()
    at.text_area(key="console_params").input('{"name": "中原食品实验室"}').run()
    at.button(key="console_run").click().run()
    assert problems(at) == []
    table = _frames(at)[0]
    assert len(table) >= 2 and list(table.columns) == ["d", "w", "p"]
    assert at.get("download_button"), "CSV and JSON downloads"
    assert at.get("component_instance"), "nodes and relationships are drawn as a graph"


def test_console_named_query_example(samples_db, app_env):
    app_env(samples_db)
    at = apptest().run().switch_page(PAGES["console"]).run()
    at.selectbox(key="console_example").set_value("policy-diffusion").run()
    assert "MATCH" in at.text_area(key="console_cypher").value
    at.button(key="console_run").click().run()
    assert problems(at) == []
    assert "先使用后付费" in set(_frames(at)[0].iloc[:, 0])


@pytest.mark.parametrize("cypher", ["MATCH (n) DETACH DELETE n", "CREATE (:City {id: 'x', name: 'x'})"])
def test_console_refuses_writes(samples_db, app_env, cypher):
    from graph.store import open_store

    app_env(samples_db)
    at = apptest().run().switch_page(PAGES["console"]).run()
    at.text_area(key="console_cypher").input(cypher).run()
    at.button(key="console_run").click().run()
    assert not at.exception
    assert len(at.error) == 1 and "\n" not in at.error[0].value
    assert "只读" in at.error[0].value and "refused" in at.code[0].value
    store = open_store("embedded", db=samples_db, read_only=True)
    try:
        assert store.stats()["nodes"]["Document"] == 2
    finally:
        store.close()


@pytest.mark.parametrize("cypher,params", [("MATCH (n RETURN n", "{}"), ("MATCH (n) RETURN n", "{not json")])
def test_console_errors_are_one_line_messages(samples_db, app_env, cypher, params):
    app_env(samples_db)
    at = apptest().run().switch_page(PAGES["console"]).run()
    at.text_area(key="console_cypher").input(cypher).run()
    at.text_area(key="console_params").input(params).run()
    at.button(key="console_run").click().run()
    assert not at.exception
    assert len(at.error) == 1 and "\n" not in at.error[0].value and "Traceback" not in at.error[0].value


def test_ingest_upload_shows_counts_and_updates_the_graph(one_sample_db, app_env, sample_paths):
    app_env(one_sample_db)
    at = apptest().run()
    assert {m.label: m.value for m in at.metric}["文档"] == "1"
    at.switch_page(PAGES["ingest"]).run()
    second = sample_paths[1]
    sidecar = second.with_name(second.stem + ".meta.json")
    at.file_uploader(key=f"ingest_files_{at.session_state['ingest_round']}").set_value([
        (second.name, second.read_bytes(), "text/plain"),
        (sidecar.name, sidecar.read_bytes(), "application/json"),
        ("empty.txt", b"", "text/plain"),
    ]).run()
    at.button(key="ingest_go").click().run()
    assert not at.exception
    assert [e.value.split("：")[0] for e in at.error] == ["empty.txt"], "the bad file is named"
    table = _frames(at)[0]
    rows = {r[0]: r for r in table.itertuples(index=False)}
    good = table[table.iloc[:, 0] == second.name].iloc[0]
    assert good.iloc[1] == "已新增"
    assert good.iloc[2] == "揭阳市"
    assert int(good.iloc[4]) > 0 and int(good.iloc[5]) > 0  # exchanges, mentions
    assert int(good.iloc[6]) > 0 and int(good.iloc[7]) > 0  # nodes, relationships added
    assert set(rows) == {second.name, "empty.txt"}
    # The graph changed without a restart: the Overview counts both documents.
    at.switch_page(PAGES["overview"]).run()
    assert {m.label: m.value for m in at.metric}["文档"] == "2"
    # Uploading the same file again changes nothing.
    at.switch_page(PAGES["ingest"]).run()
    at.file_uploader(key=f"ingest_files_{at.session_state['ingest_round']}").set_value([(second.name, second.read_bytes(), "text/plain")]).run()
    at.button(key="ingest_go").click().run()
    again = _frames(at)[0].iloc[0]
    assert again.iloc[1].startswith("未变化") and int(again.iloc[6]) == 0


def test_language_switch(samples_db, app_env):
    app_env(samples_db)
    at = apptest().run()
    assert at.title[0].value == "总览"
    at.sidebar.radio(key="lang_pick").set_value("en").run()
    assert at.title[0].value == "Overview"
    assert "Documents" in {m.label for m in at.metric}
    at.switch_page(PAGES["trace"]).run()
    assert at.title[0].value == "Policy trace"


def test_english_default_from_environment(samples_db, app_env):
    app_env(samples_db, lang="en")
    at = apptest().run()
    assert at.title[0].value == "Overview"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_renders_without_errors(samples_db, app_env, lang):
    app_env(samples_db, lang=lang)
    at = apptest().run()
    for page in PAGES.values():
        at.switch_page(page).run()
        assert problems(at) == [], page
        assert at.title, page


def test_empty_store_says_so(tmp_path, app_env):
    app_env(tmp_path / "empty-db")
    at = apptest().run()
    assert problems(at) == []
    assert any("policygraph demo" in str(i.value) for i in at.info)
