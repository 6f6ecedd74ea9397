"""The error types of the queries package."""

from __future__ import annotations

__all__ = ["QueryError", "BadQuery"]


class QueryError(Exception):
    """A query could not run; ``str()`` is one line fit for a terminal.

    Raised for a refused write, a syntax error, a timeout, a result over the
    row cap or memory limit, an unknown or missing parameter, or a bad query file.
    """

    def __init__(self, message: str) -> None:
        # Store errors and engine messages can span lines (plan dumps, carets);
        # the console promises one line.
        one_line = " ".join(str(message).split())
        super().__init__(one_line)


class BadQuery(QueryError):
    """The query text or its parameters are wrong: running it again cannot help.

    A refused clause, a syntax error, an unknown name, a missing, unused or
    ill-typed parameter. The CLI exits 2 for these and 1 for the other
    :class:`QueryError` s (timeout, row cap, memory limit, a store failure).
    """
