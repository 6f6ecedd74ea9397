"""Policy trace: where and when one policy tool was mentioned, by whom, in which words."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data, ui


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
    tool = st.selectbox(ui.t("tool_pick"), names, key="trace_tool",
                        format_func=lambda n: f"{n} ({counts.get(n, 0)})")

    main_col, side = st.columns([3, 2])
    with main_col:
        timeline = ui.fetch("tool_timeline", tool)
        st.subheader(ui.t("timeline"))
        if timeline.empty:
            st.caption(ui.t("none_found"))
        else:
            st.altair_chart(_timeline_chart(timeline), width="stretch")
            st.dataframe(timeline[["date", "city", "body", "exchanges", "mentions"]].rename(columns={
                "date": ui.t("date"), "city": ui.t("city"), "body": ui.t("session"),
                "exchanges": ui.t("exchanges"), "mentions": ui.t("mentions")}),
                hide_index=True, width="stretch")
        st.subheader(ui.t("departments"))
        deps = ui.fetch("tool_departments", tool)
        if deps.empty:
            st.caption(ui.t("none_found"))
        else:
            st.dataframe(deps.rename(columns={"department": ui.t("department"), "city": ui.t("city"),
                                              "type": ui.t("dept_type"), "count": ui.t("exchanges"),
                                              "exchanges": ui.t("exchange_ids")}),
                         hide_index=True, width="stretch")
        st.subheader(ui.t("evidence"))
        _evidence(ui.fetch("named", "policy-trace", {"policy": tool}))
    with side:
        st.subheader(ui.t("diffusion"))
        diffusion = ui.fetch("named", "policy-diffusion", {})
        if not diffusion:
            st.caption(ui.t("none_found"))
        else:
            df = data.rows_to_frame(diffusion)
            if "category" in df:
                df["category"] = df["category"].map(ui.category_name)
            st.dataframe(df.rename(columns={
                "policy": ui.t("policy_tool"), "category": ui.t("category"), "city_count": ui.t("city_count"),
                "cities": ui.t("city_list"), "first_dates": ui.t("first_dates")}), hide_index=True, width="stretch")


def _timeline_chart(df: pd.DataFrame) -> alt.Chart:
    """Sessions on a time axis, one row per city; a date known only to the year sits on 1 January."""
    d = df.assign(shown=df["date"].fillna(df["year"].astype("string")).fillna("?"),
                  when=pd.to_datetime(df["date"].fillna(df["year"].astype("string")), errors="coerce", format="mixed"))
    d = d.dropna(subset=["when"])
    cities = d["city"].nunique()
    return alt.Chart(d).mark_circle(color="#17becf", opacity=0.85, stroke="#0b7285").encode(
        x=alt.X("when:T", title=ui.t("date"), scale=alt.Scale(padding=40),
                axis=alt.Axis(format="%Y-%m", labelAngle=0, tickCount={"interval": "month", "step": 1})),
        y=alt.Y("city:N", title=None, axis=alt.Axis(labelFontSize=13)),
        size=alt.Size("mentions:Q", title=ui.t("mentions"), legend=None,
                      scale=alt.Scale(domain=[0, max(1, int(d["mentions"].max()))], range=[0, 700])),
        tooltip=[alt.Tooltip("city:N", title=ui.t("city")), alt.Tooltip("shown:N", title=ui.t("date")),
                 alt.Tooltip("body:N", title=ui.t("session")), alt.Tooltip("mentions:Q", title=ui.t("mentions"))],
    ).properties(height=70 * cities + 50)


def _evidence(rows: list[dict]) -> None:
    """The `policy-trace` rows: where, who answered, and the sentence with the tool marked."""
    if not rows:
        st.caption(ui.t("none_found"))
        return
    import html

    items = []
    for r in rows[:100]:
        part = ui.t(f"part_{r['part']}") if r.get("part") in ("question", "answer") else r.get("part")
        where = (r.get("city"), r.get("date"), f"#{r.get('seq')}", r.get("department"), part)
        head = " · ".join(html.escape(str(x)) for x in where if x)
        items.append(f"<li style='margin-bottom:6px'><span style='color:#888'>{head}</span><br>"
                     f"{data.highlight(r.get('evidence'), r.get('text'))}</li>")
    st.markdown("<ul class='pg-evidence'>" + "".join(items) + "</ul>", unsafe_allow_html=True)
    if len(rows) > 100:
        st.caption(ui.t("more_rows", n=len(rows) - 100))


if __name__ == "__main__":
    ui.guarded(main)()
