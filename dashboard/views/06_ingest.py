"""Ingest: upload transcripts, watch the progress, see what each file added."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import ui
from dashboard.ingest import SUFFIXES, Upload, ingest_uploads


def main() -> None:
    st.title(ui.t("page_ingest"))
    st.caption(ui.t("ingest_help"))
    files = st.file_uploader(ui.t("upload_label"), type=list(SUFFIXES), accept_multiple_files=True,
                             key="ingest_files")
    c1, c2 = st.columns(2)
    year = c1.number_input(ui.t("year_label"), min_value=0, max_value=2100, value=0, step=1,
                           key="ingest_year", help=ui.t("year_help"))
    city = c2.text_input(ui.t("city_label"), key="ingest_city", help=ui.t("city_help"))
    if st.button(ui.t("ingest_button"), type="primary", disabled=not files, key="ingest_go"):
        bar = st.progress(0.0, text=ui.t("ingest_start"))
        uploads = [Upload(f.name, f.getvalue()) for f in files]
        results = ingest_uploads(
            ui.holder(), uploads, year=int(year) or None, city=city.strip() or None,
            progress=lambda frac, name: bar.progress(frac, text=ui.t("ingest_progress", file=name)),
        )
        bar.progress(1.0, text=ui.t("ingest_done"))
        st.session_state["ingest_results"] = results
    results = st.session_state.get("ingest_results")
    if not results:
        return
    ok = [r for r in results if r.status != "failed"]
    if ok:
        st.success(ui.t("ingest_summary", ok=len(ok), n=len(results)))
    for r in results:
        if r.status == "failed":
            st.error(ui.t("ingest_failed", file=r.file, error=r.error))
    table = pd.DataFrame([{
        ui.t("file"): r.file, ui.t("status"): ui.t(f"status_{r.status}"), ui.t("city"): r.city,
        ui.t("date"): r.date, ui.t("exchanges"): r.exchanges, ui.t("mentions"): r.mentions,
        ui.t("nodes_added"): r.nodes_added, ui.t("rels_added"): r.relationships_added,
    } for r in results])
    st.dataframe(table, hide_index=True, width="stretch")


if __name__ == "__main__":
    ui.guarded(main)()
