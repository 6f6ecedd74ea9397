"""Errors the loaders raise for input they cannot read."""

from __future__ import annotations

__all__ = ["InputError"]


class InputError(Exception):
    """A document could not be read or held no recognisable exchange.

    ``str(err)`` is one line naming the file and the reason, ready for a CLI
    to print as it is: ``samples/x.txt: no recognisable exchange``.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):  # keep (path, reason) across process boundaries (load_many workers)
        return (type(self), (self.path, self.reason))
