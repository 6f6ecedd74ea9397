"""Shared projects: the `shared-projects` query as a table and a department–project graph."""

from __future__ import annotations

import streamlit as st
from st_link_analysis import st_link_analysis

from dashboard import data, graphview, ui


def main() -> None:
    st.title(ui.t("page_shared"))
    st.caption(ui.t("page_shared_help"))
    cities = ui.fetch("city_names")
    c1, c2 = st.columns([3, 1])
    every = ui.t("all_cities")
    city = c1.selectbox(ui.t("city_filter"), [every] + cities, key="shared_city")
    city = None if city == every else city
    min_deps = c2.number_input(ui.t("min_departments"), min_value=2, max_value=20, value=2, key="shared_min")
    rows = ui.fetch("named", "shared-projects", {"city": city, "min_departments": int(min_deps)})
    if not rows:
        st.info(ui.t("none_found"))
        st.stop()
    table = data.rows_to_frame(rows).rename(columns={
        "project": ui.t("project"), "city": ui.t("city"), "department_count": ui.t("count"),
        "departments": ui.t("departments"), "department_types": ui.t("dept_type"),
        "exchanges": ui.t("exchange_ids")})
    st.dataframe(table, hide_index=True, width="stretch")
    st.subheader(ui.t("dept_project_graph"))
    g = department_project_graph(rows)
    st.caption(ui.t("graph_size", nodes=len(g.nodes), edges=len(g.edges)))
    big = len(g.nodes) > graphview.BIG
    st_link_analysis(graphview.elements(g, ui.rel_name), layout=graphview.layout(len(g.nodes)),
                     node_styles=graphview.node_styles(big), edge_styles=graphview.edge_styles(big),
                     height=520, key=f"shared_graph_{city}_{min_deps}")


def department_project_graph(rows: list[dict], max_nodes: int = 500) -> data.Subgraph:
    """Departments and projects of `shared-projects` rows, one WORKS_ON edge per pair."""
    g = data.Subgraph()
    for r in rows:
        project = {"_label": "Project", "_key": f"{r.get('city') or '*'}|{r['project']}",
                   "name": r["project"], "city": r.get("city")}
        if len(g.nodes) >= max_nodes:
            g.truncated = True
            break
        p = g.add_node(project)
        for dep in r.get("departments") or ():
            d = g.add_node({"_label": "Department", "_key": dep, "name": dep, "city": r.get("city")})
            g.add_edge({"_type": "WORKS_ON"}, d, p)
    return g


if __name__ == "__main__":
    ui.guarded(main)()
