"""The records of a set of inputs, for the tests that prove a shortcut changes no record: read
them with the shortcut, then with it turned off (monkeypatched), and compare."""

from __future__ import annotations

from pathlib import Path

from loaders import InputError, load_path
from loaders.records import to_dict


def records(paths: list[Path]) -> list:
    """Each input's record as a dict, or its refusal's message."""
    out = []
    for p in paths:
        try:
            out.append(to_dict(load_path(p)))
        except InputError as e:
            out.append(str(e))
    return out
