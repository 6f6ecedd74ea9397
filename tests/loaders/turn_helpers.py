"""The label reading the attribution test files call on a short invented text, and the modules of the
turns package for a test that swaps a name every module of it reads."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import loaders.turns
from loaders.attribution import Officials
from loaders.turns import Turn, find_turns

MODULES = [importlib.import_module(f"loaders.turns.{m.name}") for m in pkgutil.iter_modules(loaders.turns.__path__)]


def label_turns(text: str) -> list[Turn]:
    """``find_turns`` with the officials the text itself names, as the pipeline reads it."""
    return find_turns(text, Officials(text))


def said(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker name) of each label turn, in order."""
    return [(t.kind, t.speaker.name) for t in label_turns(text)]


def patch_everywhere(monkeypatch: pytest.MonkeyPatch, name: str, value: object) -> None:
    """Set ``name`` to ``value`` in each module of the turns package that holds it: the module defining it
    and those importing it by name (as one setattr on the single module turns.py did before the split)."""
    holders = [m for m in MODULES if hasattr(m, name)]
    assert holders, name
    for module in holders:
        monkeypatch.setattr(module, name, value)
