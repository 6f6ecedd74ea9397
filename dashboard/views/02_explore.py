"""Explore: find an entity by name or pinyin, browse its neighbourhood, read the evidence."""

from __future__ import annotations

import pandas as pd
import streamlit as st
from st_link_analysis import Event, st_link_analysis

from dashboard import aggregate, data, graphview, search, ui
from graph import schema

_CLICK = Event("node_click", "click tap", "node")


def main() -> None:
    st.title(ui.t("page_explore"))
    if "explore_q" not in st.session_state:
        st.session_state["explore_q"] = st.query_params.get("q", "")
    c1, c2 = st.columns([3, 2])
    query = c1.text_input(ui.t("search_label"), key="explore_q", placeholder=ui.t("search_placeholder"))
    labels = c2.multiselect(ui.t("labels_filter"), list(data.SEARCH_LABELS), key="explore_labels",
                            format_func={lab: ui.label_name(lab) for lab in data.SEARCH_LABELS}.__getitem__,
                            placeholder=ui.t("all_labels"))
    if not query.strip():
        st.info(ui.t("search_hint"))
        st.stop()

    with st.spinner(ui.t("loading")):
        # Pinyin keys are built (once per graph version) only when a query needs them.
        index = ui.fetch("search_index", search.needs_pinyin(query))
    hits = search.search(index, query, labels=labels)
    if hits.empty:
        st.info(ui.t("no_match", q=query))
        st.stop()
    options = [f"{r.label}:{r.key}" for r in hits.itertuples()]
    names = {f"{r.label}:{r.key}": f"{r.name} · {ui.label_name(r.label)}" + (f" · {r.city}" if isinstance(r.city, str) and r.city
                                                               and r.label != "City" else "")
             for r in hits.itertuples()}
    pick = st.selectbox(ui.t("matches", n=len(hits)), options, format_func=names.__getitem__,
                        key="explore_pick")
    label, key = pick.split(":", 1)

    c1, c2, c3, c4 = st.columns([1, 3, 2, 1])
    depth = c1.radio(ui.t("depth"), [1, 2], horizontal=True, key="explore_depth")
    rel_names = {r.type: ui.rel_name(r.type) for r in schema.RELS}
    types = c2.multiselect(ui.t("rel_filter"), list(rel_names), key="explore_types",
                           format_func=rel_names.__getitem__, placeholder=ui.t("all_types"))
    cap = c3.slider(ui.t("max_nodes"), 20, 500, 150, step=10, key="explore_cap")
    grouped = c4.toggle(ui.t("group_nodes"), value=True, key="explore_grouped", help=ui.t("group_nodes_help"))
    center = f"{label}:{key}"

    with st.spinner(ui.t("loading")):
        # Grouped, the whole neighbourhood (up to FETCH_CAP nodes) is read without its text and drawn
        # as groups within the cap; only the nodes drawn one by one are then read in full.
        g = ui.fetch("neighbour_keys" if grouped else "neighbourhood", label, key, depth, sorted(types),
                     FETCH_CAP if grouped else cap)
    groups: dict = {}
    if grouped and len(g.nodes) > GROUP_ABOVE:
        expanded_key = f"explore_expanded_{center}"
        pending = st.session_state.pop("explore_expand_pending", None)
        if pending:  # a group clicked in the last run (the widget's state can change only before it is drawn)
            st.session_state[expanded_key] = [*st.session_state.get(expanded_key, []), pending]
        agg = aggregate.aggregate(g, focal=center, expanded=set(st.session_state.get(expanded_key, [])),
                                  max_nodes=cap, caption=_group_caption)
        groups = agg.groups
        names = {u: _group_caption(grp.label, grp.value, len(grp.members)) for u, grp in agg.expandable.items()}
        st.multiselect(ui.t("expanded_groups"), sorted(names, key=lambda u: -len(agg.expandable[u].members)),
                       key=expanded_key, format_func=names.__getitem__, placeholder=ui.t("expand_hint"))
        g = agg.graph
    if grouped:
        with st.spinner(ui.t("loading")):
            full = ui.fetch("with_properties", g.nodes, g.edges, sorted(groups), sorted(types))
        full.truncated, full.left_out = g.truncated, g.left_out
        g = full
    if g.truncated and g.left_out:
        left = "、".join(f"{ui.label_name(lab)} {n}" for lab, n in g.left_out.items())
        st.warning(ui.t("truncated_left_out", n=len(g.nodes), left=left))
    elif g.truncated:
        st.warning(ui.t("truncated", n=len(g.nodes)))
    big = len(g.nodes) > graphview.BIG
    _legend(g)
    event = st_link_analysis(
        graphview.elements(g, ui.rel_name), layout=graphview.layout(len(g.nodes)),
        node_styles=graphview.node_styles(big), edge_styles=graphview.edge_styles(big),
        height=560, key=f"explore_graph_{pick}_{depth}_{cap}_{grouped}_{'-'.join(sorted(types))}", events=[_CLICK],
    )
    if _follow_click(event, g, center, groups):
        st.rerun()  # a group was clicked: draw it expanded
    _details(g, center, groups)


#: Most nodes read for a grouped view (the groups account for all of them; the busiest
#: policy tool at 10 000 sessions has about 9 400 neighbours).
FETCH_CAP = 20000
#: A neighbourhood this small is drawn node by node even when grouping is on.
GROUP_ABOVE = 40


def _group_caption(label: str, value: str, n: int) -> str:
    return ui.t("group_caption", value=value, label=ui.label_name(label), n=n)


def _legend(g: data.Subgraph) -> None:
    counts = pd.Series([n["_label"] for n in g.nodes.values()]).value_counts()
    chips = " ".join(
        f'<span style="background:{data.LABEL_COLORS.get(lab, "#444")};color:white;border-radius:8px;'
        f'padding:1px 8px;margin-right:4px;font-size:0.8em">{ui.label_name(lab)} {n}</span>'
        for lab, n in counts.items())
    st.markdown(chips, unsafe_allow_html=True)


def _follow_click(event: object, g: data.Subgraph, center: str, groups: dict) -> bool:
    """Point the details selector at a clicked node (once per click); a clicked group is expanded (True)."""
    if st.session_state.get("explore_center") != center:
        st.session_state["explore_center"] = center
        st.session_state["explore_node"] = center
    expand = False
    if isinstance(event, dict) and event.get("action") == "node_click":
        stamp = event.get("timestamp")
        target = (event.get("data") or {}).get("target_id")
        if stamp != st.session_state.get("explore_click") and target in g.nodes:
            st.session_state["explore_click"] = stamp
            if target in groups:
                st.session_state["explore_expand_pending"] = target
                expand = True
            else:
                st.session_state["explore_node"] = target
    if st.session_state.get("explore_node") not in g.nodes:
        st.session_state["explore_node"] = center
    return expand


def _node_name(g: data.Subgraph, uid: str) -> str:
    n = g.nodes[uid]
    return f"{graphview.caption(n)} · {ui.label_name(n['_label'])}"


def _details(g: data.Subgraph, center: str, groups: dict) -> None:
    st.subheader(ui.t("details"))
    shown = {u: _node_name(g, u) for u in g.nodes}
    uid = st.selectbox(ui.t("node_pick"), list(g.nodes), format_func=shown.__getitem__, key="explore_node")
    node = g.nodes[uid]
    if uid in groups:
        st.caption(ui.t("group_members", n=len(groups[uid].members)))
        st.markdown("、".join(groups[uid].names))
        return
    left, right = st.columns([1, 2])
    with left:
        props = {k: v for k, v in node.items() if not k.startswith("_") and v not in (None, "", [])}
        if node["_label"] == "PolicyTool" and "category" in props:
            props["category"] = ui.category_name(props["category"])
        st.caption(f"{ui.label_name(node['_label'])} · {node['_key']}")
        st.dataframe(pd.DataFrame({ui.t("property"): list(props), ui.t("value"): [_cell(v) for v in props.values()]}),
                     hide_index=True, width="stretch")
    with right:
        edges = {eid: e for eid, e in g.edges.items() if uid in (e["source"], e["target"])}
        ends = {u: g.nodes[u] for e in edges.values() for u in (e["source"], e["target"])}
        with st.spinner(ui.t("loading")):
            ev = ui.fetch("evidence", ends, edges, uid)
        st.markdown(f"**{ui.t('evidence_title', n=len(ev))}**")
        if ev.empty:
            st.caption(ui.t("no_evidence"))
            return
        st.markdown(_evidence_html(ev.head(100)), unsafe_allow_html=True)
        if len(ev) > 100:
            st.caption(ui.t("more_rows", n=len(ev) - 100))


def _cell(value: object) -> str:
    return "、".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


def _evidence_html(ev: pd.DataFrame) -> str:
    import html

    items = []
    for r in ev.itertuples():
        where = " · ".join(str(x) for x in (r.city, r.date) if x is not None and str(x) != "nan")
        head = (f"<b>{html.escape(ui.rel_name(r.relationship))}</b> → {html.escape(str(r.other))} "
                f"<span style='color:#888'>[{html.escape(str(r.exchange))}] {html.escape(where)}"
                f"{' · ' + ui.t('part_' + r.part) if r.part in ('question', 'answer') else ''}</span>")
        text = r.text if isinstance(r.text, str) else None
        sentence = r.sentence if isinstance(r.sentence, str) else None  # a missing cell is NaN in the frame
        items.append(f"<li style='margin-bottom:6px'>{head}<br>{data.highlight(sentence, text)}</li>")
    return "<ul class='pg-evidence'>" + "".join(items) + "</ul>"


if __name__ == "__main__":
    ui.guarded(main)()
