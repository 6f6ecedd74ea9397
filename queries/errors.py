"""The one error type of the queries package."""

from __future__ import annotations

__all__ = ["QueryError"]


class QueryError(Exception):
    """A query could not run; ``str()`` is one line fit for a terminal.

    Raised for a refused write, a syntax error, a timeout, a result over the
    row cap, an unknown or missing parameter, or a bad query file.
    """

    def __init__(self, message: str) -> None:
        # Store errors and engine messages can span lines (plan dumps, carets);
        # the console promises one line.
        one_line = " ".join(str(message).split())
        super().__init__(one_line)
