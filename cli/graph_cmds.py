"""``policygraph ingest``, ``stats`` and ``export``: transcripts into a store, and back out.

The store options, opening and exit codes are those of every command
(:mod:`cli.common`). Each command is a plain function (tests call them
directly, as typer would); the work is in library functions
(:func:`graph.ingest.ingest_files`, :func:`stats_text`, :func:`export_store`)
that take an open store.
"""

from __future__ import annotations

import enum
import io
import json
import logging
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from cli.common import (CITY, DB, FAILED, INTERRUPTED, NEO4J, STORE, USAGE, YEAR, StoreKind, fail,
                        open_cli_store, opened_store)
from graph.store import DocumentResult, StoreError

__all__ = ["register", "ingest", "stats", "export", "stats_text", "export_store", "ingest_summary"]

log = logging.getLogger(__name__)


class StatsFormat(str, enum.Enum):
    table = "table"
    json = "json"


class ExportFormat(str, enum.Enum):
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    json = "json"
    diffusion = "diffusion"


def ingest(
    paths: list[Path] = typer.Argument(..., help="Transcript files or folders (searched recursively).",
                                       show_default=False),
    store: StoreKind | None = STORE,
    db: Path = DB,
    neo4j: str | None = NEO4J,
    year: int | None = YEAR,
    city: str | None = CITY,
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Processes reading documents."),
) -> None:
    """Load transcripts into the graph store (batches of documents, one transaction each; re-loading changes nothing)."""
    from graph.ingest import ingest_files
    from loaders import iter_paths

    err = Console(stderr=True)
    files = list(iter_paths(paths))
    if not files:
        fail("no transcript files found in the given paths", USAGE)
    st = open_cli_store(store, db, neo4j, read_only=False)
    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.fields[last]}"), console=err, transient=True,
                        disable=not err.is_terminal)

    def report(res: DocumentResult) -> None:
        progress.update(task, advance=1, last=Path(res.source).name)
        if res.status == "failed":
            progress.console.print(f"error: {res.error}", markup=False, highlight=False, soft_wrap=True)

    try:
        with progress:
            task = progress.add_task("ingest", total=len(files), last="")
            result = ingest_files(st, files, year=year, city=city, workers=workers, progress=report)
    except StoreError as e:
        fail(str(e), FAILED)
    except KeyboardInterrupt:
        err.print("interrupted: the batches committed so far are stored, the one in flight is not "
                  "(run the same command again to finish)", markup=False, highlight=False)
        raise typer.Exit(INTERRUPTED) from None
    except Exception as e:  # a bug, not bad input: one line here, the traceback with -vv
        log.debug("ingest failed", exc_info=True)
        fail(f"ingest stopped: {type(e).__name__}: {e} (run with -vv for details)", FAILED)
    finally:
        st.close()
    typer.echo(ingest_summary(result))
    log.info("ingest: %.1f s waiting for records, %.1f s building rows, %.1f s writing %d batches",
             result.read_seconds, result.build_seconds, result.write_seconds, result.batches)
    if result.failed:
        loaded = result.added + result.replaced + result.unchanged
        raise typer.Exit(USAGE if loaded == 0 else FAILED)


def ingest_summary(result: Any) -> str:
    """The one line ``ingest`` prints for an :class:`graph.ingest.IngestResult`."""
    return (f"{result.documents} documents: {result.added} added, {result.replaced} replaced, "
            f"{result.unchanged} unchanged, {result.failed} failed; "
            f"{result.nodes_added:+d} nodes, {result.relationships_added:+d} relationships "
            f"({result.seconds:.1f} s)")


def stats(
    store: StoreKind | None = STORE,
    db: Path = DB,
    neo4j: str | None = NEO4J,
    fmt: StatsFormat = typer.Option(StatsFormat.table, "--format", "-f", help="table or json."),
) -> None:
    """Node counts per label and relationship counts per type."""
    with opened_store(store, db, neo4j, read_only=True) as st:
        typer.echo(stats_text(st, StatsFormat(fmt).value))


def stats_text(store: Any, fmt: str = "table") -> str:
    """The counts of ``store`` per label and per relationship type, as two tables or JSON (the body of ``stats``)."""
    counts = store.stats()
    if fmt == "json":
        return json.dumps(counts, ensure_ascii=False, indent=2)
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r} (table or json)")
    out = Console(file=io.StringIO(), force_terminal=False, color_system=None, width=100)
    for title, key, col in (("Nodes", "nodes", "label"), ("Relationships", "relationships", "type")):
        table = Table(title=title, title_justify="left")
        table.add_column(col)
        table.add_column("count", justify="right")
        for name, n in counts[key].items():
            table.add_row(name, f"{n:,}")
        table.add_row("total", f"{sum(counts[key].values()):,}")
        out.print(table)
    return out.file.getvalue().rstrip("\n")  # type: ignore[attr-defined]


def export(
    out: Path = typer.Argument(..., help="Output file (a folder for --format csv and diffusion).",
                               show_default=False),
    fmt: ExportFormat = typer.Option(ExportFormat.graphml, "--format", "-f",
                                     help="graphml, gexf, json (node-link), csv (neo4j-admin import layout) "
                                          "or diffusion (adoption table and city × year × tool panel, "
                                          "CSV and Parquet)."),
    store: StoreKind | None = STORE,
    db: Path = DB,
    neo4j: str | None = NEO4J,
) -> None:
    """Write the whole graph to a file (GraphML, GEXF, JSON) or CSV files for neo4j-admin import."""
    with opened_store(store, db, neo4j, read_only=True) as st:
        message = export_store(st, ExportFormat(fmt).value, out)
    Console(stderr=True).print(message, markup=False, highlight=False, soft_wrap=True)


def export_store(store: Any, fmt: str, out: Path) -> str:
    """Write ``store`` to ``out`` in ``fmt`` (an :class:`ExportFormat` value); the line saying what was written.

    The body of ``export``: ``diffusion`` writes the adoption table and the
    city × year × tool panel (:mod:`queries.diffusion`), the other formats
    the whole graph (:func:`graph.export.export_graph`).
    """
    out = Path(out)
    fmt = ExportFormat(fmt).value
    if fmt == ExportFormat.diffusion.value:  # not a graph: queries/diffusion.py
        from queries.diffusion import export_diffusion

        d, written = export_diffusion(store, out)
        return (f"exported {len(d.adoptions)} adoptions and {len(d.panel)} panel rows "
                f"(city × year × tool) to {out}/ ({', '.join(f.name for f in written)})")
    from graph.export import export_graph
    from graph.nx import from_store

    g = from_store(store)
    files = export_graph(g, fmt, out)
    where = out if fmt != ExportFormat.csv.value else f"{out}/ ({len(files)} files)"
    return f"exported {g.number_of_nodes()} nodes and {g.number_of_edges()} relationships to {where}"


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("stats")(stats)
    app.command("export")(export)
