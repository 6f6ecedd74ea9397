"""Overview: counts, the cities on a map, the most-mentioned projects and tools."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import mapchart, ui


def main() -> None:
    st.title(ui.t("page_overview"))
    with st.spinner(ui.t("loading")):
        ov = ui.fetch("overview")
    if sum(ov.nodes.values()) == 0:
        st.info(ui.t("empty_graph"))
        st.page_link("views/06_ingest.py", label=ui.t("page_ingest"), icon=":material/upload_file:")
        st.stop()

    cols = st.columns(4)
    for col, (label, key) in zip(cols, (("Document", "documents"), ("City", "cities"),
                                          ("Session", "sessions"), ("Exchange", "exchanges"))):
        col.metric(ui.t(key), f"{ov.count(label):,}")

    left, right = st.columns([3, 2])
    with left:
        st.subheader(ui.t("map_title"))
        points, missing = mapchart.locate(ov.cities, mapchart.city_coordinates())
        if points.empty:
            st.info(ui.t("map_no_coordinates"))
        else:
            held = set(points["province"])
            names = [p for p in mapchart.province_names() if p in held]
            chosen = st.multiselect(ui.t("province_filter"), names, key="overview_provinces",
                                    placeholder=ui.t("all_provinces"))
            spec = mapchart.china_map_spec(points, size_title=ui.t("sessions"), city_title=ui.t("city"),
                                           province_title=ui.t("province"), inset_title=ui.t("scs_inset"),
                                           provinces=chosen)
            st.vega_lite_chart(spec, width="content")
            st.caption(ui.t("map_zoom_help") + " " + ui.t("map_source"))
        if missing:
            st.caption(ui.t("map_missing", cities="、".join(missing)))
    with right:
        st.subheader(ui.t("top_projects"))
        _top_table(ov.top_projects)
        st.subheader(ui.t("top_tools"))
        _top_table(ov.top_tools)

    st.subheader(ui.t("counts_title"))
    c1, c2 = st.columns(2)
    nodes = {ui.label_name(label): n for label, n in ov.nodes.items()}
    c1.dataframe(_counts(nodes, ui.t("label")), hide_index=True, width="stretch")
    rels = {ui.rel_name(rel): n for rel, n in ov.relationships.items()}
    c2.dataframe(_counts(rels, ui.t("rel_type")), hide_index=True, width="stretch")


def _top_table(df: pd.DataFrame) -> None:
    if df.empty:
        st.caption(ui.t("none_found"))
        return
    shown = df[["name", "mentions", "exchanges", "cities"]].rename(columns={
        "name": ui.t("name"), "mentions": ui.t("mentions"), "exchanges": ui.t("exchanges"),
        "cities": ui.t("cities")})
    st.dataframe(shown, hide_index=True, width="stretch")


def _counts(counts: dict[str, int], title: str) -> pd.DataFrame:
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return pd.DataFrame(rows, columns=[title, ui.t("count")])


if __name__ == "__main__":
    ui.guarded(main)()
