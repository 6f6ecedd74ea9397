"""The dashboard pages, one module per page with a main() (run by st.navigation).

Not named pages/: Streamlit would also treat such a folder as old-style
pages and serve them without the app's navigation and sidebar.
"""
