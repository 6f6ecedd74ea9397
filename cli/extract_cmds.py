"""``policygraph extract``: transcripts → JSON lines or a readable table.

Also wires ``policygraph eval`` (written in :mod:`cli.eval_cmd`) when present.
"""

from __future__ import annotations

import enum
import importlib.util
import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from cli.common import CITY, FAILED, USAGE, YEAR
from loaders import InputError, iter_paths, load_many
from loaders.records import DocumentRecord, to_dict

__all__ = ["register", "render_table", "extract"]


class OutputFormat(str, enum.Enum):
    json = "json"
    table = "table"


def render_table(record: DocumentRecord, console: Console) -> None:
    """Print a readable summary of one record: session line, then its exchanges."""
    s = record.session
    place = "/".join(x for x in (s.province, s.city) if x) or "?"
    date = s.date or ("-".join(str(x) for x in (s.month, s.day) if x) + " (year unknown)" if s.day else "?")
    body = f"{s.body or '?'}（{s.sitting}）" if s.sitting else (s.body or "?")  # 漯河市人大常委会（市八届…第十四次会议）
    console.print(f"[bold]{record.source}[/bold]  {place} · {body} · {s.kind or '?'} · {date}")
    if s.topic:
        console.print(f"  topic: {s.topic}")
    table = Table(show_lines=False, pad_edge=False)
    for col in ("#", "title", "asker", "respondent", "department type", "mentions", "answer"):
        table.add_column(col, overflow="fold")
    for e in record.exchanges:
        asker = " ".join(x for x in (e.asker.role, e.asker.name) if x) or "?"
        r = e.respondent
        resp = " ".join(x for x in ((r.department_text if r else None), r.title if r else None,
                                    r.name if r else None) if x) or "?"
        seq = f"{e.seq}" + (" ↳" if e.follow_up_of else "")
        table.add_row(seq, e.title or "", asker, resp, (r.department_type if r else None) or "?",
                      str(len(e.mentions)), "yes" if e.answer is not None else "missing")
    console.print(table)


def extract(
    paths: list[Path] = typer.Argument(..., help="Transcript files or folders (searched recursively).",
                                       show_default=False),
    fmt: OutputFormat = typer.Option(OutputFormat.json, "--format", "-f",
                                     help="json: one record per line; table: a readable summary."),
    year: int | None = YEAR,
    city: str | None = CITY,
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Worker processes."),
) -> None:
    """Extract sessions, exchanges and mentions from transcripts (.txt .md .html .docx .pdf)."""
    err = Console(stderr=True)
    out = Console(soft_wrap=True) if OutputFormat(fmt) is OutputFormat.table else None
    files = list(iter_paths(paths))
    ok = failed = 0
    progress = Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, transient=True, disable=len(files) < 5 or not err.is_terminal)
    with progress:
        task = progress.add_task("extract", total=len(files))
        for result in load_many(files, year=year, city=city, workers=workers):
            progress.advance(task)
            if isinstance(result, InputError):
                failed += 1
                progress.console.print(f"error: {result}", markup=False, highlight=False, soft_wrap=True)
                continue
            ok += 1
            if out is not None:
                render_table(result, out)
            else:
                sys.stdout.write(json.dumps(to_dict(result), ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if ok == 0:
        if not files:
            err.print("error: no input files", markup=False)
        raise typer.Exit(USAGE)
    if failed:
        raise typer.Exit(FAILED)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)

    # The eval command lives in its own module (owned by the mentions helper).
    if importlib.util.find_spec("cli.eval_cmd") is not None:
        from cli import eval_cmd

        eval_cmd.register_eval(app)
