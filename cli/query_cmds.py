"""Commands ``query``, ``cypher`` and ``analyze``: thin shells over :mod:`queries`."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Optional

import typer

from cli.common import DB, NEO4J, STORE, StoreKind, fail, guard, opened_store, resolve_store
from queries.sandbox import DEFAULT_MEMORY_MB

__all__ = ["register", "format_rows", "query", "cypher", "analyze", "analyze_text"]

FORMATS = ("table", "json", "csv")

_PARAM = typer.Option([], "--param", "-p", help="A query parameter NAME=VALUE (repeatable).")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def format_rows(rows: Sequence[dict[str, Any]], fmt: str, *, title: str | None = None) -> str:
    """Rows as a rich table, JSON (a list of objects) or CSV (lists joined by '; ')."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str)
    columns: list[str] = []
    for row in rows:
        columns.extend(c for c in row if c not in columns)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return buf.getvalue().rstrip("\n")
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    console = Console(file=io.StringIO(), width=max(100, _width()), force_terminal=False, color_system=None)
    console.print(table)
    if not rows:
        console.print("(no rows)")
    return console.file.getvalue().rstrip("\n")  # type: ignore[attr-defined]


def _width() -> int:
    import shutil

    return shutil.get_terminal_size((160, 40)).columns


def _check_format(fmt: str, allowed: Sequence[str] = FORMATS) -> None:
    if fmt not in allowed:
        fail(f"unknown --format {fmt!r} (use {', '.join(allowed)})")


def _list_queries() -> str:
    from queries import catalog

    lines = []
    for spec in catalog():
        lines.append(f"{spec.name}: {spec.purpose}")
        for p in spec.params:
            need = "required" if p.required else f"default {json.dumps(p.default, ensure_ascii=False)}"
            lines.append(f"    --param {p.name}=<{p.type}>  ({need}) {p.doc}".rstrip())
        if spec.one_of:
            lines.append(f"    give one of: {', '.join(spec.one_of)}")
    return "\n".join(lines)


def query(
    name: Optional[str] = typer.Argument(None, help="Name of the query (see --list)."),
    list_: bool = typer.Option(False, "--list", help="List the named queries and their parameters."),
    param: list[str] = _PARAM,
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    store: Optional[StoreKind] = STORE,
    db: Path = DB,
    neo4j: Optional[str] = NEO4J,
) -> None:
    """Run a named query (policy-trace, shared-projects, …) on the graph."""
    from queries import catalog, run_named
    from queries.catalog import get
    from queries.params import bind_named, parse_assignments

    if list_:
        typer.echo(_list_queries())
        return
    if not name:
        fail(f"give a query name; known: {', '.join(s.name for s in catalog())} (or --list)")
    _check_format(fmt)
    with guard():  # bad names and parameters fail (exit 2) before a store is opened
        params = parse_assignments(param, typed=False)  # the header types each value
        bind_named(get(name), params)
    with opened_store(store, db, neo4j) as handle:
        typer.echo(format_rows(run_named(handle, name, params), fmt, title=name))


def cypher(
    text: str = typer.Argument(..., help="The Cypher query (Neo4j flavour; translated for LadybugDB)."),
    param: list[str] = _PARAM,
    timeout: float = typer.Option(30.0, "--timeout", help="Stop the query after this many seconds."),
    max_rows: int = typer.Option(10_000, "--max-rows", min=1, help="Fail when the result has more rows."),
    max_memory: int = typer.Option(DEFAULT_MEMORY_MB, "--max-memory", min=64,
                                   help="MiB one query may use on the embedded store "
                                        "(default $POLICYGRAPH_CONSOLE_MEMORY_MB or 1024)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    store: Optional[StoreKind] = STORE,
    db: Path = DB,
    neo4j: Optional[str] = NEO4J,
) -> None:
    """Run read-only Cypher; writes are refused, values go in as --param NAME=VALUE."""
    from queries import run_cypher
    from queries.console import prepare
    from queries.params import check_console_params, parse_assignments

    _check_format(fmt)
    if not timeout > 0:
        fail("--timeout must be a positive number of seconds")
    with guard():  # a refused query or bad parameters fail (exit 2) before a store is opened
        params = parse_assignments(param, typed=True)
        check_console_params(prepare(text, "neo4j" if resolve_store(store, neo4j) == "neo4j" else "ladybug"),
                             params)
    with opened_store(store, db, neo4j) as handle:
        rows = run_cypher(handle, text, params, timeout=timeout, row_cap=max_rows, memory_mb=max_memory)
        typer.echo(format_rows(rows, fmt))


def analyze(
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    top: int = typer.Option(10, "--top", help="Show this many rows per analysis (0: all)."),
    store: Optional[StoreKind] = STORE,
    db: Path = DB,
    neo4j: Optional[str] = NEO4J,
) -> None:
    """Bridging departments, communities, policy-tool co-mentions and diffusion paths."""
    _check_format(fmt, ("table", "json"))
    if top < 0:
        fail("--top must be 0 (all) or more")
    with opened_store(store, db, neo4j) as handle:
        typer.echo(analyze_text(handle, fmt, top or None))


def analyze_text(store: Any, fmt: str, top: int | None) -> str:
    """The four analyses of ``store`` as tables or one JSON document (the body of ``analyze``)."""
    from graph.nx import from_store
    from queries import analytics as an

    g = from_store(store)
    cut = (lambda xs: xs[:top]) if top else (lambda xs: xs)
    bridges = an.bridging_departments(g, top=top)
    groups = cut(an.communities(g))
    pairs = cut(an.tool_comentions(g))
    paths = an.diffusion_paths(g)
    if fmt == "json":
        return json.dumps(
            {
                "bridging_departments": an.as_plain(bridges),
                "communities": an.as_plain(groups),
                "tool_comentions": an.as_plain(pairs),
                "diffusion_paths": {k: an.as_plain(v) for k, v in paths.items()},
            },
            ensure_ascii=False,
            indent=2,
        )
    parts = [
        format_rows([{"department": b.department, "city": b.city, "betweenness": b.betweenness, "projects": b.projects} for b in bridges],
                    "table", title="Departments bridging the most projects (betweenness)"),
        format_rows([{"#": c.index, "departments": list(c.departments), "projects": list(c.projects)} for c in groups],
                    "table", title="Communities of departments and projects (Louvain)"),
        format_rows([{"tool": p.a, "with": p.b, "exchanges": p.weight} for p in pairs],
                    "table", title="Policy tools mentioned together"),
        # Tools that travelled furthest first: a one-city "path" says little.
        format_rows([{"tool": t, "cities": len(steps), "path": [f"{s.city} {s.first_date}" for s in steps]}
                     for t, steps in cut(sorted(paths.items(), key=lambda kv: (-len(kv[1]), kv[0])))],
                    "table", title="Diffusion paths (cities by first date)"),
    ]
    return "\n\n".join(parts)


def register(app: typer.Typer) -> None:
    app.command("query")(query)
    app.command("cypher")(cypher)
    app.command("analyze")(analyze)
