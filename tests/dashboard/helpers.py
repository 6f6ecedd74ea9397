"""Helpers of the dashboard tests."""

from __future__ import annotations

import socket
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
PAGES = {
    "overview": "views/01_overview.py",
    "explore": "views/02_explore.py",
    "shared": "views/03_shared_projects.py",
    "trace": "views/04_policy_trace.py",
    "console": "views/05_cypher_console.py",
    "ingest": "views/06_ingest.py",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def apptest(timeout: float = 120):
    from streamlit.testing.v1 import AppTest

    return AppTest.from_file(str(APP), default_timeout=timeout)


def problems(at) -> list[str]:
    """Exceptions and error messages the page shows."""
    return [str(e.value) for e in at.exception] + [str(e.value) for e in at.error]

