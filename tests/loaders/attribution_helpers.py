"""The attribution package's modules, for a test that swaps a name every module of it reads."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import loaders.attribution

MODULES = [importlib.import_module(f"loaders.attribution.{m.name}") for m in pkgutil.iter_modules(loaders.attribution.__path__)]


def patch_everywhere(monkeypatch: pytest.MonkeyPatch, name: str, value: object) -> None:
    """Set ``name`` to ``value`` in each module of the package that holds it: the module defining it
    and those importing it by name (as one setattr on the single module did before the split)."""
    holders = [m for m in MODULES if hasattr(m, name)]
    assert holders, name
    for module in holders:
        monkeypatch.setattr(module, name, value)
