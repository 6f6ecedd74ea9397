"""The same pages on the Neo4j test server, and the bench hook."""

from __future__ import annotations

import pytest

from tests.dashboard.helpers import PAGES, apptest, problems


@pytest.fixture
def on_store(monkeypatch):
    """Show an open store object in the app (as the bench hook does)."""
    import streamlit as st

    from dashboard.holder import use_store

    monkeypatch.setenv("PG_LANG", "zh")
    st.cache_data.clear()
    stack = []

    def use(store):
        ctx = use_store(store)
        ctx.__enter__()
        stack.append(ctx)

    yield use
    for ctx in stack:
        ctx.__exit__(None, None, None)


@pytest.mark.neo4j
def test_pages_on_neo4j(loaded_stores, on_store):
    store = loaded_stores["neo4j"]
    on_store(store)
    at = apptest().run()
    assert problems(at) == []
    nodes = store.stats()["nodes"]
    assert {m.label: m.value for m in at.metric}["文档"] == str(nodes["Document"]) == "2"
    at.switch_page(PAGES["explore"]).run()
    at.text_input(key="explore_q").input("中原食品实验室").run()
    assert problems(at) == []
    assert at.selectbox(key="explore_pick").value == "Project:漯河市|中原食品实验室"
    assert "食品实验室</mark>" in "\n".join(str(m.value) for m in at.markdown)
    at.switch_page(PAGES["trace"]).run()
    at.selectbox(key="trace_tool").set_value("先使用后付费").run()
    assert problems(at) == []
    assert set(at.dataframe[0].value.iloc[:, 1]) >= {"漯河市", "揭阳市"}
    at.switch_page(PAGES["shared"]).run()
    assert problems(at) == []
    assert at.get("component_instance"), "the department–project graph is drawn"
    at.toggle(key="shared_table_True").set_value(True).run()  # the table of every exchange id is read when shown
    assert problems(at) == []
    assert "中原食品实验室" in set(at.dataframe[0].value.iloc[:, 0])
    at.switch_page(PAGES["console"]).run()
    at.text_area(key="console_cypher").input("MATCH (n) DETACH DELETE n").run()
    at.button(key="console_run").click().run()
    assert len(at.error) == 1 and not at.exception
    assert store.stats()["nodes"] == nodes


def test_page_render_seconds_hook(samples_db):
    from dashboard.timing import PAGES, page_render_seconds
    from graph.store import open_store

    store = open_store("embedded", db=samples_db, read_only=True)
    try:
        timing = page_render_seconds(store, runs=1)
    finally:
        store.close()
    assert set(timing.seconds) == set(PAGES)
    assert all(0 < s < 120 for s in timing.seconds.values()), timing.seconds
    assert timing.what["explore"].startswith("?q=")  # a policy tool was found to open Explore on
