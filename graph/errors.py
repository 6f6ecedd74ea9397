"""The store errors: every ``str(err)`` is one line, ready to print."""

from __future__ import annotations

__all__ = [
    "StoreError",
    "StoreUnavailable",
    "StoreLocked",
    "ReadOnlyViolation",
    "QuerySyntaxError",
    "QueryTimeout",
    "TooManyRows",
    "one_line",
]


def one_line(message: str, limit: int = 300) -> str:
    """Squash a (multi-line, driver-produced) message to one readable line.

    >>> one_line("first\\n  second  ")
    'first second'
    """
    text = " ".join(part.strip() for part in str(message).splitlines() if part.strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class StoreError(Exception):
    """A store failure; ``str(err)`` is one line, ready to print."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class StoreUnavailable(StoreError):
    """The store cannot be reached or opened (server down, bad credentials, missing database)."""


class StoreLocked(StoreUnavailable):
    """The embedded database is held by another process."""


class ReadOnlyViolation(StoreError):
    """A write was attempted through a read-only store or query."""


class QuerySyntaxError(StoreError):
    """The query does not parse or refers to unknown labels, types or properties."""


class QueryTimeout(StoreError):
    """The query ran longer than its timeout and was stopped."""


class TooManyRows(StoreError):
    """The query returned more rows than its row cap."""
