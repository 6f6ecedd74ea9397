"""Streamlit entry point: ``streamlit run dashboard/app.py`` (``policygraph dashboard``).

Builds the page navigation; each page is ``views/NN_name.py`` with a
``main()`` run through :func:`dashboard.ui.page`, which also draws the
sidebar (language, store, refresh).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import ui

_FAVICON = Path(__file__).with_name("data") / "favicon.png"

#: (file, title key, url path, icon) of every page, in menu order.
PAGES = (
    ("views/01_overview.py", "page_overview", "overview", ":material/dashboard:"),
    ("views/02_explore.py", "page_explore", "explore", ":material/hub:"),
    ("views/03_shared_projects.py", "page_shared", "shared-projects", ":material/handshake:"),
    ("views/04_policy_trace.py", "page_trace", "policy-trace", ":material/timeline:"),
    ("views/05_cypher_console.py", "page_console", "cypher", ":material/terminal:"),
    ("views/06_ingest.py", "page_ingest", "ingest", ":material/upload_file:"),
)


def main() -> None:
    # A local favicon: without one Streamlit uses the page's material icon,
    # which the browser fetches from a font CDN (offline: a console error).
    st.set_page_config(page_title="policygraph", page_icon=str(_FAVICON), layout="wide")
    ui.lang()  # the page titles below follow the session's language
    pages = [st.Page(path, title=ui.t(title), url_path=slug, icon=icon, default=(i == 0))
             for i, (path, title, slug, icon) in enumerate(PAGES)]
    st.navigation(pages).run()


main()
