"""Which store the dashboard shows, passed from the CLI through the environment.

``policygraph dashboard`` starts ``streamlit run`` in a child process, so
the settings travel as environment variables (``PG_STORE``, ``PG_DB``,
``PG_NEO4J_URI``, ``PG_LANG``; Neo4j credentials from the usual
``NEO4J_USER``/``NEO4J_PASSWORD``/``NEO4J_DATABASE``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from graph.store import DEFAULT_DB  # the one default folder, shared with the CLI

__all__ = ["StoreSettings", "from_env", "to_env", "console_timeout", "DEFAULT_DB", "LANGS", "CONSOLE_TIMEOUT"]

LANGS = ("zh", "en")

#: Seconds a Cypher console query may run in the dashboard (``PG_CONSOLE_TIMEOUT`` overrides).
CONSOLE_TIMEOUT = 30.0


def console_timeout(env: Mapping[str, str] | None = None) -> float:
    """The console's query timeout: ``PG_CONSOLE_TIMEOUT`` seconds when it is a positive number.

    >>> console_timeout({"PG_CONSOLE_TIMEOUT": "2.5"}), console_timeout({"PG_CONSOLE_TIMEOUT": "x"})
    (2.5, 30.0)
    """
    env = os.environ if env is None else env
    try:
        value = float(env.get("PG_CONSOLE_TIMEOUT", CONSOLE_TIMEOUT))
    except ValueError:
        return CONSOLE_TIMEOUT
    return value if value > 0 else CONSOLE_TIMEOUT


@dataclass(frozen=True)
class StoreSettings:
    """Where the graph lives: an embedded LadybugDB folder or a Neo4j server."""

    kind: str = "embedded"  # "embedded" or "neo4j"
    db: str = DEFAULT_DB
    uri: str | None = None
    lang: str = "zh"

    @property
    def ident(self) -> str:
        """A short string that names the store (part of every cache key)."""
        if self.kind == "neo4j":
            return f"neo4j:{self.uri or os.environ.get('NEO4J_URI', '')}"
        return f"embedded:{Path(self.db).resolve()}"


def from_env(env: Mapping[str, str] | None = None) -> StoreSettings:
    env = os.environ if env is None else env
    uri = env.get("PG_NEO4J_URI") or None
    kind = env.get("PG_STORE") or ("neo4j" if uri else "embedded")
    lang = env.get("PG_LANG", "zh")
    return StoreSettings(
        kind=kind,
        db=env.get("PG_DB") or DEFAULT_DB,
        uri=uri,
        lang=lang if lang in LANGS else "zh",
    )


def to_env(settings: StoreSettings) -> dict[str, str]:
    """The environment variables that make :func:`from_env` return ``settings``."""
    env = {"PG_STORE": settings.kind, "PG_DB": str(settings.db), "PG_LANG": settings.lang}
    if settings.uri:
        env["PG_NEO4J_URI"] = settings.uri
    return env
