"""Policy trace: how a policy tool spread — when, where, by whom, in which words."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from dashboard import data, trace_charts, ui

#: Most tools on one adoption chart (the picked one and two more).
MAX_COMPARED = 3


def _labels() -> trace_charts.Labels:
    return trace_charts.Labels(date=ui.t("date"), cities=ui.t("adopting_cities"), tool=ui.t("policy_tool"),
                               year=ui.t("year"), province=ui.t("province"), sessions=ui.t("sessions"),
                               city_list=ui.t("city_list"))


def main() -> None:
    st.title(ui.t("page_trace"))
    tools = ui.fetch("policy_tools")
    if tools.empty:
        st.info(ui.t("no_tools"))
        st.stop()
    names = tools["name"].tolist()
    wanted = st.query_params.get("tool")
    if "trace_tool" not in st.session_state and wanted in names:
        st.session_state["trace_tool"] = wanted
    counts = dict(zip(tools["name"], tools["mentions"]))
    label = {n: f"{n} ({counts.get(n, 0)})" for n in names}
    c1, c2 = st.columns([1, 1])
    tool = c1.selectbox(ui.t("tool_pick"), names, key="trace_tool", format_func=label.__getitem__)
    others = c2.multiselect(ui.t("compare_with"), [n for n in names if n != tool], key="trace_compare",
                            max_selections=MAX_COMPARED - 1, format_func=label.__getitem__,
                            placeholder=ui.t("compare_placeholder"))
    timeline = ui.fetch("tool_timeline", tool)
    labels = _labels()

    left, right = st.columns([1, 1])
    with left:
        st.subheader(ui.t("adoption_curve"))
        # From the picked tools' own timelines: the adoption table of every tool is for the Diffusion tab.
        firsts = pd.concat([trace_charts.first_adoptions(ui.fetch("tool_timeline", n) if n != tool else timeline, n)
                            for n in [tool, *others]], ignore_index=True)
        curves = trace_charts.adoption_curves(firsts, [tool, *others])
        if curves.empty:
            st.caption(ui.t("none_found"))
        else:
            st.altair_chart(trace_charts.curve_chart(curves, labels), width="stretch")
            mine = curves[curves["tool"] == tool]
            if not mine.empty:
                st.caption(ui.t("curve_caption", first=mine["date"].iloc[0], last=mine["date"].iloc[-1],
                                n=int(mine["cities"].iloc[-1])))
    with right:
        st.subheader(ui.t("timeline"))
        provinces = ui.fetch("city_provinces")
        grouped = trace_charts.year_province(timeline, provinces) if not timeline.empty else pd.DataFrame()
        if grouped.empty:
            st.caption(ui.t("none_found"))
        else:
            st.altair_chart(trace_charts.timeline_chart(grouped, labels), width="stretch")

    # Only the open tab runs (a click on another reruns the page): the Diffusion tab reads every tool.
    t_sessions, t_deps, t_evidence, t_diffusion, t_files = st.tabs(
        [ui.t("sessions"), ui.t("departments"), ui.t("evidence"), ui.t("diffusion"), ui.t("downloads")],
        key="trace_tabs", on_change="rerun")
    if t_sessions.open:
        with t_sessions:
            _sessions(timeline)
    if t_deps.open:
        with t_deps:
            _departments(tool)
    if t_evidence.open:
        with t_evidence, st.container(height=420):
            _evidence(ui.fetch("named", "policy-trace", {"policy": tool}))
    if t_diffusion.open:
        with t_diffusion:
            _diffusion_table(ui.fetch("adoptions"))
    if t_files.open:
        with t_files:
            _downloads()


def _sessions(timeline: pd.DataFrame) -> None:
    if timeline.empty:
        st.caption(ui.t("none_found"))
        return
    # the sitting as written, the standing body where the report names none
    timeline = timeline.assign(sitting=timeline["sitting"].where(timeline["sitting"].notna(), timeline["body"]))
    shown = timeline[["date", "city", "body", "sitting", "exchanges", "mentions"]].map(ui.shown)
    st.dataframe(shown.rename(columns={
        "date": ui.t("date"), "city": ui.t("city"), "body": ui.t("body"), "sitting": ui.t("session"),
        "exchanges": ui.t("exchanges"), "mentions": ui.t("mentions")}),
        hide_index=True, width="stretch", height=_height(shown))


def _departments(tool: str) -> None:
    deps = ui.fetch("tool_departments", tool)
    if deps.empty:
        st.caption(ui.t("none_found"))
        return
    st.dataframe(deps.map(ui.shown).rename(columns={
        "department": ui.t("department"), "city": ui.t("city"), "type": ui.t("dept_type"),
        "count": ui.t("exchanges"), "exchanges": ui.t("exchange_ids")}),
        hide_index=True, width="stretch", height=_height(deps),
        column_config={ui.t("exchange_ids"): st.column_config.TextColumn(width="medium")})


def _height(df: pd.DataFrame) -> int | str:
    # Ten rows and a scroll bar at most: the page stays short for a tool used everywhere.
    return 320 if len(df) > 10 else "auto"


def _diffusion_table(adoptions: pd.DataFrame) -> None:
    """One row per tool: cities, first and latest first-adoption date (the per-city list is in the download)."""
    if adoptions.empty:
        st.caption(ui.t("none_found"))
        return
    per = adoptions.groupby("tool").agg(category=("category", "first"), cities=("city", "nunique"),
                                        first=("first_date", "min"), last=("first_date", "max"),
                                        provinces=("province", "nunique")).reset_index()
    per = per[per["cities"] >= 2].sort_values(["cities", "tool"], ascending=[False, True])
    if per.empty:
        st.caption(ui.t("none_found"))
        return
    per["category"] = per["category"].map(ui.category_name)
    cols = {"tool": ui.t("policy_tool"), "category": ui.t("category"), "cities": ui.t("city_count"),
            "provinces": ui.t("province_count"), "first": ui.t("first_adoption"), "last": ui.t("last_adoption")}
    st.dataframe(per[list(cols)].rename(columns=cols), hide_index=True, width="stretch", height=_height(per),
                 column_config={ui.t("policy_tool"): st.column_config.TextColumn(width="medium")})


def _downloads() -> None:
    """The files of `policygraph export --format diffusion` (same bytes), made when a button is clicked.

    The panel has a row per city, year and tool (millions at national size):
    building it for every visit of the page would cost seconds nobody asked for.
    """
    from queries.diffusion import FILES

    st.caption(ui.t("downloads_help"))
    cols = st.columns(len(FILES))
    mimes = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet"}
    for col, name in zip(cols, FILES):
        col.download_button(name, ui.deferred("diffusion_files", pick=lambda files, name=name: files[name]),
                            file_name=name, mime=mimes[name.rsplit(".", 1)[1]], key=f"trace_dl_{name}")


def _evidence(rows: list[dict]) -> None:
    """The `policy-trace` rows: where, who answered, and the sentence with the tool marked."""
    if not rows:
        st.caption(ui.t("none_found"))
        return
    items = []
    for r in rows[:100]:
        part = ui.t(f"part_{r['part']}") if r.get("part") in ("question", "answer") else r.get("part")
        where = (r.get("city"), r.get("county"), r.get("date"), f"#{r.get('seq')}", r.get("department"), part)
        head = " · ".join(html.escape(str(x)) for x in where if x)
        items.append(f"<li style='margin-bottom:6px'><span style='color:#888'>{head}</span><br>"
                     f"{data.highlight(r.get('evidence'), r.get('text'))}</li>")
    st.markdown("<ul class='pg-evidence'>" + "".join(items) + "</ul>", unsafe_allow_html=True)
    if len(rows) > 100:
        st.caption(ui.t("more_rows", n=len(rows) - 100))


if __name__ == "__main__":
    ui.guarded(main)()
