"""Fixtures of the dashboard tests: LadybugDB folders loaded with the samples.

The dashboard opens stores by path (as ``policygraph dashboard`` does), so
these fixtures write the samples into folders of their own and close the
writer before any test opens them read-only.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def _load(db: Path, records) -> Path:
    from graph.store import open_store

    store = open_store("embedded", db=db)
    try:
        result = store.ingest(records)
        assert result.failed == 0, result.failures
    finally:
        store.close()
    return db


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory, sample_records) -> Path:
    """A LadybugDB folder with both samples (tests must not write to it)."""
    return _load(tmp_path_factory.mktemp("dash") / "samples-db", sample_records)


@pytest.fixture
def one_sample_db(tmp_path, sample_records) -> Path:
    """A fresh LadybugDB folder with the first sample only (for ingest tests)."""
    return _load(tmp_path / "one-sample-db", sample_records[:1])


@pytest.fixture
def app_env(monkeypatch):
    """Point the app at a store folder through the environment, as the CLI does."""

    def use(db: Path, lang: str = "zh") -> None:
        import streamlit as st

        monkeypatch.setenv("PG_STORE", "embedded")
        monkeypatch.setenv("PG_DB", str(db))
        monkeypatch.setenv("PG_LANG", lang)
        monkeypatch.delenv("PG_NEO4J_URI", raising=False)
        st.cache_data.clear()

    yield use
    import streamlit as st

    # Drop the per-store holders so their read-only connections are released.
    st.cache_resource.clear()
