"""Cypher console: read-only Cypher with the named queries as examples."""

from __future__ import annotations

import json

import streamlit as st
from st_link_analysis import st_link_analysis

from dashboard import data, graphview, settings, ui
from dashboard.messages import explain_query

_DEFAULT = "MATCH (t:PolicyTool)<-[:USES]-(d:Department)\nRETURN t.name AS tool, collect(d.name) AS departments\nORDER BY tool\nLIMIT 25"


def _examples() -> dict[str, object]:
    import queries

    return {spec.name: spec for spec in queries.catalog()}


def _load_example() -> None:
    spec = _examples().get(st.session_state.get("console_example"))
    if spec is None:
        return
    st.session_state["console_cypher"] = _body(spec.path.read_text(encoding="utf-8"))
    st.session_state["console_params"] = json.dumps(
        {p.name: p.default for p in spec.params}, ensure_ascii=False, indent=1)


def _body(text: str) -> str:
    # The header comment stays in the file; the editor shows the query itself.
    lines = text.splitlines()
    while lines and (lines[0].startswith("//") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines)


def main() -> None:
    st.title(ui.t("page_console"))
    st.caption(ui.t("console_help"))
    examples = _examples()
    # Labels are computed here: AppTest calls format_func outside the session.
    shown = {"": ui.t("pick_example"), **{n: f"{n} — {spec.purpose}" for n, spec in examples.items()}}
    st.selectbox(ui.t("examples"), [""] + sorted(examples), key="console_example", on_change=_load_example,
                 format_func=shown.__getitem__)
    st.session_state.setdefault("console_cypher", _DEFAULT)
    st.session_state.setdefault("console_params", "{}")
    c1, c2 = st.columns([3, 1])
    text = c1.text_area(ui.t("cypher"), key="console_cypher", height=220)
    params_text = c2.text_area(ui.t("params_json"), key="console_params", height=220)
    if st.button(ui.t("run"), type="primary", key="console_run"):
        st.session_state["console_result"] = _run(text, params_text)
    result = st.session_state.get("console_result")
    if result is None:
        return
    if "error" in result:
        if result.get("translated"):
            st.error(result["error"])
        else:
            ui.show_error(explain_query(result["error"]))
        return
    _show(result["rows"])


def _run(text: str, params_text: str) -> dict:
    import queries

    try:
        params = json.loads(params_text or "{}")
        if not isinstance(params, dict):
            raise ValueError(ui.t("params_not_object"))
    except ValueError as exc:
        return {"error": ui.t("params_bad", msg=" ".join(str(exc).split())), "translated": True}
    h = ui.holder()
    try:
        with h.reading() as store:
            rows = queries.run_cypher(store, text, params, timeout=settings.console_timeout())
    except queries.QueryError as exc:
        return {"error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - the console shows every failure as one line
        return {"error": " ".join(str(exc).split()) or type(exc).__name__}
    return {"rows": rows}


def _show(rows: list[dict]) -> None:
    st.caption(ui.t("rows_n", n=len(rows)))
    if not rows:
        st.info(ui.t("no_rows"))
        return
    table = data.rows_to_frame(rows)
    st.dataframe(table, hide_index=True, width="stretch")
    c1, c2 = st.columns(2)
    c1.download_button(ui.t("download_csv"), table.to_csv(index=False).encode("utf-8-sig"),
                       "policygraph-result.csv", "text/csv", key="console_csv")
    c2.download_button(ui.t("download_json"),
                       json.dumps(rows, ensure_ascii=False, indent=1, default=str).encode("utf-8"),
                       "policygraph-result.json", "application/json", key="console_json")
    g = data.subgraph_from_rows(rows, max_nodes=500)
    if g.nodes:
        st.subheader(ui.t("as_graph"))
        if g.truncated:
            st.caption(ui.t("truncated", n=len(g.nodes)))
        big = len(g.nodes) > graphview.BIG
        st_link_analysis(graphview.elements(g, ui.rel_name), layout=graphview.layout(len(g.nodes)),
                         node_styles=graphview.node_styles(big), edge_styles=graphview.edge_styles(big),
                         height=480, key=f"console_graph_{len(g.nodes)}_{len(g.edges)}")


if __name__ == "__main__":
    ui.guarded(main)()
