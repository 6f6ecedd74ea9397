"""A loaders module's ``__all__`` is its interface: it lists every name another loaders module takes from it
(``from loaders.X import name``, or ``X.name`` with X bound to the module), and only names the module has.
Read from the source (ast), nothing imported."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _modules() -> dict[str, Path]:
    out = {}
    for f in sorted((ROOT / "loaders").rglob("*.py")):
        parts = list(f.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = f
    return out


MODULES = _modules()
TREES = {m: ast.parse(f.read_text(encoding="utf-8")) for m, f in MODULES.items()}


def _all(tree: ast.Module) -> list[str] | None:
    for n in tree.body:
        if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets):
            return list(ast.literal_eval(n.value))
    return None


ALLS = {m: a for m, t in TREES.items() if (a := _all(t)) is not None}


def _bound(tree: ast.Module) -> set[str]:
    """The names a module binds at its top level (definitions, assignments, imports, also under if/try)."""
    out: set[str] = set()
    for n in tree.body:
        for x in [n, *ast.walk(n)] if isinstance(n, (ast.If, ast.Try)) else [n]:
            if isinstance(x, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                out.add(x.name)
            elif isinstance(x, (ast.Assign, ast.AnnAssign)):
                for t in x.targets if isinstance(x, ast.Assign) else [x.target]:
                    out.update(y.id for y in ast.walk(t) if isinstance(y, ast.Name))
            elif isinstance(x, (ast.Import, ast.ImportFrom)):
                out.update((a.asname or a.name).split(".")[0] for a in x.names)
    return out


def _taken(me: str, tree: ast.Module) -> list[tuple[str, str, int]]:
    """(module, name, line) of every name this module takes from another loaders module."""
    pkg = me if MODULES[me].name == "__init__.py" else me.rsplit(".", 1)[0]
    binds: dict[str, str] = {}
    out = []
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom):
            base = n.module or ""
            if n.level:
                parts = pkg.split(".")
                base = ".".join(parts[:len(parts) - n.level + 1] + ([n.module] if n.module else []))
            for a in n.names:
                if f"{base}.{a.name}" in MODULES:
                    binds[a.asname or a.name] = f"{base}.{a.name}"
                else:
                    out.append((base, a.name, n.lineno))
        elif isinstance(n, ast.Import):
            for a in n.names:
                if a.asname and a.name in MODULES:
                    binds[a.asname] = a.name
    for n in ast.walk(tree):
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id in binds:
            out.append((binds[n.value.id], n.attr, n.lineno))
    return [(m, name, line) for m, name, line in out
            if m != me and m in ALLS and not name.startswith("_") and f"{m}.{name}" not in MODULES]


def test_modules_with_an_all_are_found():
    assert {"loaders.pipeline", "loaders.mentions.gates", "loaders.mentions.lists"} <= set(ALLS)


@pytest.mark.parametrize("module", sorted(ALLS))
def test_all_lists_only_names_the_module_has(module):
    missing = [n for n in ALLS[module] if n not in _bound(TREES[module])]
    assert not missing, f"{module}.__all__ lists names it does not define or import: {missing}"


def test_all_lists_what_other_modules_take():
    gaps = sorted({f"{m}.{name} (taken by {me}:{line})" for me, tree in TREES.items()
                   for m, name, line in _taken(me, tree) if name not in ALLS[m]})
    assert not gaps, "add to the module's __all__ (or import something it lists):\n" + "\n".join(gaps)
