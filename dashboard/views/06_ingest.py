"""Ingest: upload transcripts, watch the progress, see what each file added."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import streamlit as st

from dashboard import ui
from dashboard.ingest import SUFFIXES, Upload, ingest_uploads
from dashboard.messages import explain_input

STATUSES = ("added", "replaced", "unchanged", "failed")


def _uploader_css() -> None:
    """Streamlit's uploader has English texts of its own; draw the UI language's over them."""
    drop, limit, browse = (ui.t(k).replace('"', "'") for k in ("uploader_drop", "uploader_limit", "uploader_browse"))
    st.markdown(f"""<style>
[data-testid="stFileUploaderDropzoneInstructions"] span,
[data-testid="stFileUploaderDropzoneInstructions"] small {{ font-size: 0 !important; }}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {{ content: "{drop}"; font-size: 1rem; }}
[data-testid="stFileUploaderDropzoneInstructions"] small::after {{ content: "{limit}"; font-size: 0.8rem; }}
[data-testid="stFileUploaderDropzone"] button {{ font-size: 0 !important; }}
[data-testid="stFileUploaderDropzone"] button::after {{ content: "{browse}"; font-size: 0.9rem; }}
</style>""", unsafe_allow_html=True)


def main() -> None:
    st.title(ui.t("page_ingest"))
    st.caption(ui.t("ingest_help"))
    _uploader_css()
    # A new key after each ingest gives an empty uploader: the files just
    # ingested leave it and are not sent again by the next click.
    round_ = st.session_state.setdefault("ingest_round", 0)
    files = st.file_uploader(ui.t("upload_label"), type=list(SUFFIXES), accept_multiple_files=True,
                             key=f"ingest_files_{round_}")
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
        st.session_state["ingest_round"] = round_ + 1
        st.rerun()  # the sidebar, drawn before this page, shows the new graph version
    results = st.session_state.get("ingest_results")
    if not results:
        return
    _report(results)


def _report(results: list) -> None:
    counts = Counter(r.status for r in results)
    summary = ui.t("ingest_counts", n=len(results), **{s: counts.get(s, 0) for s in STATUSES})
    (st.warning if counts.get("failed") else st.success)(summary)
    for r in results:
        if r.status == "failed":
            explained = explain_input(r.error or "")
            st.error(ui.t("ingest_failed", file=r.file, error=ui.t(explained.key)))
            with st.expander(ui.t("error_details") + f" · {r.file}"):
                st.code(explained.raw, language=None, wrap_lines=True)
    table = pd.DataFrame([{
        ui.t("file"): r.file, ui.t("status"): ui.t(f"status_{r.status}"), ui.t("city"): ui.shown(r.city),
        ui.t("date"): ui.shown(r.date), ui.t("exchanges"): r.exchanges, ui.t("mentions"): r.mentions,
        ui.t("nodes_added"): r.nodes_added, ui.t("rels_added"): r.relationships_added,
    } for r in results])
    st.dataframe(table, hide_index=True, width="stretch")


if __name__ == "__main__":
    ui.guarded(main)()
