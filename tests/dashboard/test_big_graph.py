"""The Explore graph with 500 nodes: a generated corpus, capped neighbourhoods, a real browser."""

from __future__ import annotations

import time

import pytest

from tests.dashboard.helpers import free_port
from tests.dashboard.test_browser import CHROMIUM_ARGS, SHOTS, _graph_canvas, _settle, chromium  # noqa: F401
from tests.dashboard.test_cli import start, stop


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    """100 generated sessions in 6 cities, ingested into a LadybugDB folder.

    Big enough that the busiest tool's depth-2 neighbourhood exceeds the 500-node
    cap (checked in test_neighbourhood_is_capped), so the browser test really
    draws a capped 500-node view.
    """
    from corpus.generate import generate
    from graph.store import open_store
    from loaders import iter_paths, load_many

    root = tmp_path_factory.mktemp("corpus")
    generate(root / "docs", sessions=100, cities=6, seed=7)
    records = [r for r in load_many(list(iter_paths([root / "docs"]))) if not isinstance(r, Exception)]
    assert len(records) >= 50
    store = open_store("embedded", db=root / "db")
    try:
        store.ingest(records)
    finally:
        store.close()
    return root / "db"


def _big_tool(db) -> str:
    """A much-mentioned tool whose depth-2 neighbourhood exceeds 500 nodes."""
    from dashboard import data
    from graph.store import open_store

    store = open_store("embedded", db=db, read_only=True)
    try:
        rows = store.run("MATCH (e:Exchange)-[:MENTIONS]->(t:PolicyTool) "
                         "RETURN t.name AS name, count(e) AS n ORDER BY n DESC, name LIMIT 10")
        for row in rows:
            if data.neighbourhood(store, "PolicyTool", row["name"], depth=2, max_nodes=500).truncated:
                return row["name"]
    finally:
        store.close()
    raise AssertionError("no tool in the generated corpus has a depth-2 neighbourhood above 500 nodes")


def test_neighbourhood_is_capped(corpus_db):
    from dashboard import data
    from graph.store import open_store

    store = open_store("embedded", db=corpus_db, read_only=True)
    try:
        tool = _big_tool(corpus_db)
        for cap in (20, 500):
            g = data.neighbourhood(store, "PolicyTool", tool, depth=2, max_nodes=cap)
            assert len(g.nodes) <= cap
            assert all(e["source"] in g.nodes and e["target"] in g.nodes for e in g.edges.values())
        assert g.truncated and len(g.nodes) >= 400, "the corpus gives a depth-2 neighbourhood above the cap"
    finally:
        store.close()


def _most_mentioned_tool(db) -> str:
    """The tool the most exchanges mention: the widest depth-1 neighbourhood to group (the tool
    _big_tool finds is chosen by its depth-2 reach, and its own ring may be small)."""
    from graph.store import open_store

    store = open_store("embedded", db=db, read_only=True)
    try:
        rows = store.run("MATCH (e:Exchange)-[:MENTIONS]->(t:PolicyTool) "
                         "RETURN t.name AS name, count(e) AS n ORDER BY n DESC, name LIMIT 1")
        return rows[0]["name"]
    finally:
        store.close()


def test_grouped_neighbourhood_accounts_for_every_node(corpus_db):
    from dashboard import aggregate, data, graphview
    from graph.store import open_store

    tool = _most_mentioned_tool(corpus_db)
    focal = f"PolicyTool:{tool}"
    store = open_store("embedded", db=corpus_db, read_only=True)
    try:
        g = data.neighbourhood(store, "PolicyTool", tool, depth=1, max_nodes=1000)
    finally:
        store.close()
    agg = aggregate.aggregate(g, focal=focal, max_nodes=150)
    drawn = agg.graph
    assert len(drawn.nodes) < len(g.nodes) / 2 and len(drawn.nodes) <= 150
    singles = [u for u in drawn.nodes if u not in agg.groups]
    assert sum(len(grp.members) for grp in agg.groups.values()) + len(singles) == len(g.nodes)  # nothing dropped
    assert all(e["source"] in drawn.nodes and e["target"] in drawn.nodes for e in drawn.edges.values())
    deps = [grp for grp in agg.groups.values() if grp.label == "Department"]
    assert deps and all(g.nodes[m]["type"] == grp.value for grp in deps for m in grp.members)  # by type
    assert all(g.nodes[m]["province"] == grp.value for grp in agg.groups.values() if grp.label == "City"
               for m in grp.members)
    captions = {el["data"]["id"]: el["data"]["caption"] for el in graphview.elements(drawn)["nodes"]}
    assert all(captions[u] == f"{grp.value} ×{len(grp.members)}" for u, grp in agg.groups.items())  # drawn named
    big = max(deps, key=lambda grp: len(grp.members))
    opened = aggregate.aggregate(g, focal=focal, expanded={big.uid}, max_nodes=150).graph
    assert big.uid not in opened.nodes and set(big.members) <= set(opened.nodes)


def test_explore_groups_and_expands_in_the_app(corpus_db, app_env):
    from dashboard import aggregate, data
    from graph.store import open_store
    from tests.dashboard.helpers import PAGES, apptest, problems

    tool = _big_tool(corpus_db)
    store = open_store("embedded", db=corpus_db, read_only=True)
    try:  # what the page reads for the default cap of 150, grouped
        g = data.neighbourhood(store, "PolicyTool", tool, depth=1, max_nodes=750)
    finally:
        store.close()
    big = max(aggregate.aggregate(g, focal=f"PolicyTool:{tool}").groups.values(), key=lambda grp: len(grp.members))
    app_env(corpus_db)
    at = apptest().run().switch_page(PAGES["explore"]).run()
    at.text_input(key="explore_q").input(tool).run()
    assert problems(at) == []
    key = f"explore_expanded_PolicyTool:{tool}"
    assert any(o.startswith(big.value) for o in at.multiselect(key=key).options)  # "生态环境（部门 12）"
    before = at.selectbox(key="explore_node").options
    at.multiselect(key=key).set_value([big.uid]).run()
    assert problems(at) == []
    after = at.selectbox(key="explore_node").options
    assert len(after) == len(before) - 1 + len(big.members)  # the group node gives way to its members
    at.toggle(key="explore_grouped").set_value(False).run()
    assert problems(at) == []
    assert key not in [m.key for m in at.multiselect]


@pytest.mark.browser
def test_explore_draws_500_nodes(corpus_db, chromium, tmp_path):
    from playwright.sync_api import sync_playwright

    tool = _big_tool(corpus_db)
    proc, url = start("dashboard", "--db", str(corpus_db), "--port", str(free_port()), cwd=tmp_path)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1440, "height": 1400})
            page.set_default_timeout(90_000)
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url)
            page.locator("[data-testid=stSidebarNav] a", has_text="探索").click()
            box = page.get_by_label("搜索实体（中文、别名或拼音）")
            box.fill(tool)
            box.press("Enter")
            _settle(page)
            _graph_canvas(page)
            page.get_by_text("分组显示", exact=True).click()  # one node per node: this test is about drawing 500 of them
            _settle(page)
            page.locator("[data-testid=stRadio] label", has_text="2").first.click()  # depth 2
            _settle(page)
            slider = page.get_by_role("slider").first
            slider.focus()
            start_t = time.monotonic()
            page.keyboard.press("End")  # the slider's maximum: 500 nodes
            page.get_by_text("邻域较大").wait_for()
            _settle(page)
            _graph_canvas(page)
            shown = int(page.get_by_text("邻域较大").inner_text().split("只显示")[1].split("个")[0])
            elapsed = time.monotonic() - start_t
            page.screenshot(path=str(SHOTS / "08_explore_500_nodes.png"))
            browser.close()
        print(f"{shown}-node view drawn in {elapsed:.1f} s")
        assert 400 <= shown <= 500
        assert errors == [], errors
    finally:
        stop(proc)
