"""Bench hook: how long each dashboard page takes to render on a given store.

``policygraph bench dashboard`` records the numbers in BENCHMARKS.md; no test
asserts on them (speed targets live in benchmarks, not in timed unit tests).

What is timed is the page's script run in Streamlit's own test harness
(``AppTest``), the same code a browser session runs: the queries, the
tables, the chart specs and their serialisation. The browser's drawing of
those specs is not included.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

__all__ = ["PAGES", "PageTiming", "page_render_seconds", "overview_render_seconds", "busiest_tool"]

APP = Path(__file__).with_name("app.py")

#: Page name → script, in menu order (the names are the bench report's rows).
PAGES = {
    "overview": "views/01_overview.py",
    "explore": "views/02_explore.py",
    "shared-projects": "views/03_shared_projects.py",
    "policy-trace": "views/04_policy_trace.py",
    "cypher-console": "views/05_cypher_console.py",
    "ingest": "views/06_ingest.py",
}


@dataclass(frozen=True)
class PageTiming:
    seconds: dict[str, float]  # page -> median seconds of a first warm render
    what: dict[str, str] = field(default_factory=dict)  # page -> what the page showed (its input)


def busiest_tool(store: Any) -> str | None:
    """The policy tool mentioned most (the Policy trace page's default pick, and the heaviest one)."""
    rows = store.run("MATCH (e:Exchange)-[:MENTIONS]->(t:PolicyTool) "
                     "RETURN t.name AS name, count(e) AS n ORDER BY n DESC, name LIMIT 1", read_only=True)
    return rows[0]["name"] if rows else None


def _problems(at: Any) -> list[str]:
    return [str(e.value) for e in at.exception] + [str(e.value) for e in at.error]


def _visit(page: str, query: dict[str, str], timeout: float) -> Callable[[], Any]:
    """A function that renders ``page`` in a new session, as a user landing on it does."""
    from streamlit.testing.v1 import AppTest

    def go() -> tuple[float, Any]:
        at = AppTest.from_file(str(APP), default_timeout=timeout)
        at.query_params.update(query)
        if page == "overview":
            start = time.perf_counter()
            at.run()
            return time.perf_counter() - start, at
        # AppTest finds st.navigation's pages only after one run; that run
        # draws Overview from the result cache warmed just before, so it
        # costs little, and it is not timed.
        at.run()
        at.switch_page(PAGES[page])
        start = time.perf_counter()
        at.run()
        if page == "cypher-console":
            at.button(key="console_run").click().run()  # the example query the page opens with
        return time.perf_counter() - start, at

    return go


def page_render_seconds(store: Any, *, pages: tuple[str, ...] = tuple(PAGES), runs: int = 3,
                        timeout: float = 300.0) -> PageTiming:
    """Median seconds of the first render of each page of ``store``, warm.

    *First*: every timed run is a new session with Streamlit's result cache
    cleared, so the page runs all its queries. *Warm*: the process has
    imported everything and rendered every page once before (untimed), so
    import time and the store's first-open costs are not counted. Explore
    opens on the busiest policy tool (``?q=``), Policy trace on its default
    (the most mentioned tool), the Cypher console runs its example query.

    Raises:
        RuntimeError: a page showed an error or raised.
    """
    import streamlit as st

    from dashboard import mapchart
    from dashboard.holder import use_store

    tool = busiest_tool(store)
    query = {"explore": {"q": tool} if tool else {}}
    what = {"explore": f"?q={tool}, depth 1, cap 150" if tool else "no policy tool",
            "policy-trace": f"{tool} (default pick)" if tool else "no policy tool",
            "cypher-console": "its example query, run"}
    seconds: dict[str, float] = {}
    with use_store(store):
        for page in pages:
            visit = _visit(page, query.get(page, {}), timeout)
            times = []
            for i in range(runs + 1):
                st.cache_data.clear()
                mapchart.clear_cache()  # the map's spec is cached per input too: a first render builds it
                if page != "overview":
                    # Warm Overview's results (it shares no query with the other
                    # pages), so the untimed first run of the visit is cheap.
                    _visit("overview", {}, timeout)()
                elapsed, at = visit()
                problems = _problems(at)
                if problems:
                    raise RuntimeError(f"{page} failed to render: {problems[0].splitlines()[0]}")
                if i > 0:  # the first run warms the process up
                    times.append(elapsed)
            seconds[page] = statistics.median(times)
    return PageTiming(seconds, what)


def overview_render_seconds(store: Any, *, runs: int = 3, timeout: float = 120.0) -> float:
    """Median seconds of a first warm Overview render (see :func:`page_render_seconds`)."""
    return page_render_seconds(store, pages=("overview",), runs=runs, timeout=timeout).seconds["overview"]
