"""Policy trace: adoption curve, province × year timeline, comparison, downloads (streamlit.testing)."""

from __future__ import annotations

import io
import json

import pandas as pd

from tests.dashboard.helpers import PAGES, apptest, problems


def _trace(at, tool: str):
    at.switch_page(PAGES["trace"]).run()
    at.selectbox(key="trace_tool").set_value(tool).run()
    return at


def _charts(at) -> list:
    return list(at.get("vega_lite_chart"))


def _specs(at) -> list[dict]:
    return [json.loads(c.proto.spec) for c in _charts(at)]


def _rows(chart) -> list[dict]:
    """The rows a chart draws (Streamlit sends them as Arrow next to the spec)."""
    import pyarrow as pa

    return [r for d in chart.proto.datasets
            for r in pa.ipc.open_stream(d.data.data).read_all().to_pandas().to_dict("records")]


def test_curve_timeline_and_tables(samples_db, app_env):
    app_env(samples_db)
    at = _trace(apptest().run(), "先使用后付费")
    assert problems(at) == []
    charts = _charts(at)
    assert len(charts) == 2, "the adoption curve beside the timeline"
    curve = _rows(charts[0])
    assert [r["cities"] for r in curve] == sorted(r["cities"] for r in curve) and curve[-1]["cities"] == 2
    timeline = _rows(charts[1])
    assert {r["province"] for r in timeline} == {"河南省", "广东省"}
    assert all(r["detail"] for r in timeline)  # the hover text: cities and dates
    assert any("首次出现" in str(c.value) for c in at.caption)
    frames = [d.value for d in at.dataframe]
    assert len(frames) == 1 and "漯河市" in set(frames[0].iloc[:, 1])  # only the open tab ran: the sessions
    at.session_state["trace_tabs"] = "政策扩散（两个及以上城市）"  # what a click on the tab does
    at.run()
    assert problems(at) == []
    diffusion = at.dataframe[0].value
    assert list(diffusion.columns) == ["政策工具", "类别", "城市数", "省份数", "最早采用", "最近新采用"]


def test_a_tool_seen_once_shows_its_date(samples_db, app_env):
    from graph.store import open_store

    store = open_store("embedded", db=samples_db, read_only=True)
    try:
        once = store.run("MATCH (s:Session)<-[:PART_OF]-(e:Exchange)-[:MENTIONS]->(t:PolicyTool) "
                         "WITH t, count(DISTINCT s) AS n, min(s.date) AS d WHERE n = 1 "
                         "RETURN t.name AS tool, d ORDER BY tool LIMIT 1")[0]
    finally:
        store.close()
    app_env(samples_db)
    at = _trace(apptest().run(), once["tool"])
    assert problems(at) == []
    curve = _specs(at)[0]
    layer_axes = [lay["encoding"]["x"]["axis"] for lay in curve["layer"]]
    assert all(any(v.startswith(once["d"]) for v in axis["values"]) for axis in layer_axes), layer_axes
    assert any(once["d"] in str(c.value) for c in at.caption)


def test_compare_tools_on_one_chart(samples_db, app_env):
    app_env(samples_db)
    at = _trace(apptest().run(), "先使用后付费")
    others = at.multiselect(key="trace_compare").options[:2]
    at.multiselect(key="trace_compare").set_value([o.rsplit(" (", 1)[0] for o in others]).run()
    assert problems(at) == []
    tools = {r["tool"] for r in _rows(_charts(at)[0])}
    assert len(tools) == 3 and "先使用后付费" in tools


def test_downloads_are_the_export_files(samples_db, app_env, tmp_path):
    from graph.store import open_store
    from queries.diffusion import FILES, export_diffusion

    app_env(samples_db)
    at = _trace(apptest().run(), "先使用后付费")
    at.session_state["trace_tabs"] = "下载数据"
    at.run()
    buttons = {b.label: b for b in at.get("download_button")}
    assert set(FILES) <= set(buttons)
    store = open_store("embedded", db=samples_db, read_only=True)
    try:
        export_diffusion(store, tmp_path)
    finally:
        store.close()
    panel = pd.read_parquet(tmp_path / "panel.parquet")
    assert len(panel) > 0
    # The buttons' data is made on click by ui.deferred, from the same cached function.
    from dashboard import ui

    made = {name: ui.deferred("diffusion_files", pick=lambda files, name=name: files[name])() for name in FILES}
    assert made["panel.csv"] == (tmp_path / "panel.csv").read_bytes()
    assert made["adoptions.csv"] == (tmp_path / "adoptions.csv").read_bytes()
    pd.testing.assert_frame_equal(pd.read_parquet(io.BytesIO(made["panel.parquet"])), panel)
