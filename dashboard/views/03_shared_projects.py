"""Shared projects: which departments work on the same projects — a matrix first, the network beside it."""

from __future__ import annotations

import streamlit as st
from st_link_analysis import st_link_analysis

from dashboard import aggregate, graphview, shared, ui

#: Rows and columns of the matrix.
MATRIX_TOP = 25
#: Nodes of the network beside it.
NETWORK_CAP = 150
#: A network this small is drawn node by node even when grouping is on.
GROUP_ABOVE = 40


def main() -> None:
    st.title(ui.t("page_shared"))
    st.caption(ui.t("page_shared_help"))
    cities = ui.fetch("city_names")
    c1, c2, c3 = st.columns([2, 1, 1])
    every = ui.t("all_cities")
    city = c1.selectbox(ui.t("city_filter"), [every] + cities, key="shared_city")
    city = None if city == every else city
    min_deps = c2.number_input(ui.t("min_departments"), min_value=2, max_value=20, value=2, key="shared_min")
    groups = {"type": ui.t("by_type"), "department": ui.t("by_department")}
    grouping = c3.radio(ui.t("matrix_rows"), list(groups), format_func=groups.__getitem__, horizontal=True,
                        index=0 if city is None else 1, key=f"shared_group_{city is None}")
    params = {"city": city, "min_departments": int(min_deps)}
    rows = ui.fetch("shared_departments", params)
    if not rows:
        st.info(ui.t("none_found"))
        st.stop()

    left, right = st.columns([3, 2])
    with left:
        st.subheader(ui.t("shared_matrix"))
        group = ui.fetch("department_types") if grouping == "type" else None
        m = shared.pair_matrix(rows, group=group, top=MATRIX_TOP)
        what = ui.t("dept_type") if grouping == "type" else ui.t("department")
        st.altair_chart(shared.heatmap_chart(m, a_title=what, count_title=ui.t("shared_count"),
                                             examples_title=ui.t("project")), width="content")
        st.caption(ui.t("matrix_caption", shown=len(m.order), total=m.total)
                   + (" " + ui.t("matrix_left_out", n=m.left_out) if m.left_out else ""))
    with right:
        st.subheader(ui.t("dept_project_graph"))
        grouped = st.toggle(ui.t("group_nodes"), value=True, key="shared_grouped", help=ui.t("group_nodes_help"))
        types = ui.fetch("department_types")
        # Every project and department; drawn as groups (departments by type, projects by city) when many.
        whole = shared.department_project_graph(rows, max_nodes=len(rows) * 50 + 1, types=types)
        if grouped and len(whole.graph.nodes) > GROUP_ABOVE:
            agg = aggregate.aggregate(whole.graph, max_nodes=NETWORK_CAP, caption=lambda label, value, n: ui.t(
                "group_caption", value=value, label=ui.label_name(label), n=n))
            g = agg.graph
            st.caption(ui.t("network_grouped_caption", P=whole.projects_total, D=whole.departments_total,
                            n=len(g.nodes)))
            if agg.left_out:
                left = "、".join(f"{ui.label_name(lab)} {n}" for lab, n in agg.left_out.items())
                st.warning(ui.t("network_groups_left_out", left=left, cap=NETWORK_CAP))
        else:
            net = shared.department_project_graph(rows, max_nodes=NETWORK_CAP, types=types)
            g = net.graph
            st.caption(ui.t("network_caption", p=net.projects_shown, P=net.projects_total,
                            d=net.departments_shown, D=net.departments_total))
            if net.projects_shown < net.projects_total:
                st.warning(ui.t("network_left_out", n=net.projects_total - net.projects_shown, cap=NETWORK_CAP))
        big = len(g.nodes) > graphview.BIG
        st_link_analysis(graphview.elements(g, ui.rel_name), layout=graphview.layout(len(g.nodes)),
                         node_styles=graphview.node_styles(big), edge_styles=graphview.edge_styles(big),
                         height=560, key=f"shared_graph_{city}_{min_deps}_{grouped}")

    # The table with every project's exchange ids is read only when shown (over all cities the ids
    # are most of the shared-projects query's time); in one city it opens shown.
    if st.toggle(ui.t("shared_table"), value=city is not None, key=f"shared_table_{city is None}"):
        with st.spinner(ui.t("loading")):
            full = ui.fetch("named", "shared-projects", params)
        table = shared.table(full).rename(columns={
            "project": ui.t("project"), "city": ui.t("city"), "department_count": ui.t("count"),
            "departments": ui.t("departments"), "department_types": ui.t("dept_type"),
            "exchanges": ui.t("exchange_ids")})
        st.dataframe(table.fillna(ui.t("none_value")), hide_index=True, width="stretch",
                     height=320 if len(table) > 10 else "auto")


if __name__ == "__main__":
    ui.guarded(main)()
