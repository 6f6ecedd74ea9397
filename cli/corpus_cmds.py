"""``policygraph generate``: write a generated corpus for scale tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

__all__ = ["register"]

_err = Console(stderr=True)


def generate_cmd(
    out_dir: Path = typer.Argument(..., help="Folder to write the transcripts and their sidecars into."),
    sessions: int = typer.Option(1000, "--sessions", "-n", min=1, help="Number of transcripts (sessions)."),
    cities: int = typer.Option(50, "--cities", "-c", min=1, help="Number of cities the sessions spread over."),
    seed: int = typer.Option(0, "--seed", "-s", help="Random seed: the same seed writes the same bytes."),
    neighbour_effect: float | None = typer.Option(
        None, "--neighbour-effect",
        help="Tools spread by a yearly hazard: each neighbouring city (same province or within 300 km) "
             "that adopted earlier adds this to the log-odds of adopting (0: no neighbour effect). "
             "Default: spread outward from each tool's origin city."),
) -> None:
    """Write N generated transcripts (with .meta.json and .gold.json sidecars) into OUT_DIR."""
    from corpus import GenerateError, generate
    from corpus.catalog import CatalogError

    progress = Progress(
        TextColumn("generate"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=_err, transient=True, disable=not _err.is_terminal,
    )
    try:
        with progress:
            task = progress.add_task("generate", total=sessions)
            summary = generate(out_dir, sessions=sessions, cities=cities, seed=seed, neighbour_effect=neighbour_effect,
                               progress=lambda done: progress.update(task, completed=done))
    except (GenerateError, CatalogError) as exc:
        _err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    layouts = ", ".join(f"{k} {v}" for k, v in summary.layouts.items())
    encodings = ", ".join(f"{k} {v}" for k, v in summary.encodings.items())
    typer.echo(
        f"{summary.sessions} sessions, {summary.exchanges} exchanges, {summary.bytes / 1e6:.1f} MB "
        f"in {summary.out_dir} (cities {summary.cities}, years {summary.years[0]}-{summary.years[1]}; "
        f"layouts: {layouts}; encodings: {encodings})"
    )


def register(app: typer.Typer) -> None:
    app.command("generate")(generate_cmd)
