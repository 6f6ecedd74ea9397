"""``policygraph eval GOLD...``: score the loaders against hand-written gold files."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

__all__ = ["register_eval"]


class _Format(str, Enum):
    table = "table"
    json = "json"


def _pct(x: float) -> str:
    return f"{x:.3f}"


def _print_table(report, console: Console, verbose: bool) -> None:
    from loaders.evaluate import EXCHANGE_FIELDS
    from loaders.records import ENTITY_TYPES

    for f in report.files:
        console.print(f"[bold]{escape(f.gold)}[/bold] ← {escape(f.source)}")
        if f.error:
            console.print(f"  [red]could not load: {escape(f.error)}[/red]")
        console.print(f"  exchanges: {f.exchanges_right}/{f.exchanges_gold} all right ({f.exchanges_found} extracted)")
        for err in f.session_errors:
            console.print(f"  session: {escape(err)}")
        for err in f.exchange_errors:
            console.print(f"  exchange {escape(err)}")
        if verbose:
            for t in ENTITY_TYPES:
                s = f.types[t]
                if s.false_positives:
                    console.print(f"  {t} false positives: {escape('、'.join(s.false_positives))}")
                if s.misses:
                    console.print(f"  {t} missed: {escape('、'.join(s.misses))}")
    table = Table(title="Entities (micro-averaged over files)")
    for col in ("type", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for t, s in report.totals().items():
        table.add_row(t, str(s.tp), str(s.fp), str(s.fn), _pct(s.precision), _pct(s.recall), _pct(s.f1))
    console.print(table)
    ex = Table(title="Exchanges")
    ex.add_column("field")
    ex.add_column("right", justify="right")
    ex.add_column("total", justify="right")
    totals = report.exchange_totals()
    for k in EXCHANGE_FIELDS:
        r, n = totals[k]
        ex.add_row(k, str(r), str(n))
    console.print(ex)
    al = report.exchange_alignment()
    console.print(f"exchanges aligned with gold: {al['aligned']} of {al['gold']} gold, {al['found']} extracted "
                  f"(precision {_pct(al['precision'])}, recall {_pct(al['recall'])}); department type right in "
                  f"{al['department_type_right']} of {al['department_type_total']} aligned")


def eval_gold(
    gold: list[Path] = typer.Argument(..., metavar="GOLD...", help="Gold annotation files (tests/gold/*.gold.json)."),
    fmt: _Format = typer.Option(_Format.table, "--format", "-f", help="table (readable) or json."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List false positives and misses per file."),
) -> None:
    """Score extraction against gold annotations: exchanges and entity precision/recall/F1."""
    from loaders.evaluate import evaluate

    if len(gold) > 5:
        # long runs (a generated corpus) get a progress bar on stderr; data stays on stdout
        with Progress(TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("eval", total=len(gold))
            report = evaluate(gold, progress=lambda _f: bar.advance(task))
    else:
        report = evaluate(gold)
    if all(f.error for f in report.files):
        for f in report.files:
            typer.echo(f"error: {f.error}", err=True)
        raise typer.Exit(2)
    if fmt is _Format.json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        _print_table(report, Console(soft_wrap=True), show_errors)
    for f in report.files:
        if f.error:
            typer.echo(f"error: {f.error}", err=True)
    if any(f.error for f in report.files):
        raise typer.Exit(1)


def register_eval(app: typer.Typer) -> None:
    """Add the ``eval`` command to ``app``."""
    app.command("eval")(eval_gold)
