"""Bench hook: how long the Overview page takes to render on a given store.

``policygraph bench`` records the number in BENCHMARKS.md; no test asserts
on it (speed targets live in benchmarks, not in timed unit tests).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

__all__ = ["overview_render_seconds"]

APP = Path(__file__).with_name("app.py")


def overview_render_seconds(store: Any, *, runs: int = 3, timeout: float = 120.0) -> float:
    """Median seconds of a cold Overview render of ``store`` (a :class:`graph.store.Store`).

    One untimed run first pays for imports; each timed run starts a new
    session with the result cache cleared, so the queries really run.

    Raises:
        RuntimeError: the page showed an error or raised.
    """
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from dashboard.holder import use_store

    times = []
    with use_store(store):
        for i in range(runs + 1):
            st.cache_data.clear()
            at = AppTest.from_file(str(APP), default_timeout=timeout)
            start = time.perf_counter()
            at.run()
            elapsed = time.perf_counter() - start
            problems = [e.value for e in at.exception] + [e.value for e in at.error]
            if problems:
                raise RuntimeError(f"Overview failed to render: {str(problems[0]).splitlines()[0]}")
            if i > 0:
                times.append(elapsed)
    return statistics.median(times)
