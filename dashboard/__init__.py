"""The Streamlit dashboard: browse the graph, trace policies, run Cypher, ingest.

``app.py`` is the Streamlit entry point (``policygraph dashboard`` runs it);
``views/NN_name.py`` hold one page each with a ``main()``. The modules that
fetch and shape data (:mod:`dashboard.data`, :mod:`dashboard.search`,
:mod:`dashboard.graphview`, :mod:`dashboard.mapchart`) never import
streamlit; :mod:`dashboard.ui` is the only glue between them and the page.
"""
