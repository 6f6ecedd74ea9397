"""``policygraph ingest``, ``stats`` and ``export``: transcripts into a store, and back out.

The store options, opening and exit codes are those of every command
(:mod:`cli.common`).
"""

from __future__ import annotations

import enum
import json
import logging
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from cli.common import CITY, DB, NEO4J, STORE, YEAR, StoreKind, open_cli_store, opened_store
from graph.store import DocumentResult, StoreError

__all__ = ["register"]

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


def register(app: typer.Typer) -> None:
    @app.command("ingest")
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
            err.print("error: no transcript files found in the given paths", markup=False, highlight=False)
            raise typer.Exit(2)
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
            err.print(f"error: {e}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            err.print("interrupted: the batches committed so far are stored, the one in flight is not "
                      "(run the same command again to finish)", markup=False, highlight=False)
            raise typer.Exit(130) from None
        except Exception as e:  # a bug, not bad input: one line here, the traceback with -vv
            log.debug("ingest failed", exc_info=True)
            err.print(f"error: ingest stopped: {type(e).__name__}: {e} (run with -vv for details)",
                      markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        finally:
            st.close()
        typer.echo(
            f"{result.documents} documents: {result.added} added, {result.replaced} replaced, "
            f"{result.unchanged} unchanged, {result.failed} failed; "
            f"{result.nodes_added:+d} nodes, {result.relationships_added:+d} relationships "
            f"({result.seconds:.1f} s)"
        )
        log.info("ingest: %.1f s waiting for records, %.1f s building rows, %.1f s writing %d batches",
                 result.read_seconds, result.build_seconds, result.write_seconds, result.batches)
        if result.failed:
            loaded = result.added + result.replaced + result.unchanged
            raise typer.Exit(2 if loaded == 0 else 1)

    @app.command("stats")
    def stats(
        store: StoreKind | None = STORE,
        db: Path = DB,
        neo4j: str | None = NEO4J,
        fmt: StatsFormat = typer.Option(StatsFormat.table, "--format", "-f", help="table or json."),
    ) -> None:
        """Node counts per label and relationship counts per type."""
        with opened_store(store, db, neo4j, read_only=True) as st:
            counts = st.stats()
        if fmt is StatsFormat.json:
            typer.echo(json.dumps(counts, ensure_ascii=False, indent=2))
            return
        out = Console()
        for title, key, col in (("Nodes", "nodes", "label"), ("Relationships", "relationships", "type")):
            table = Table(title=title, title_justify="left")
            table.add_column(col)
            table.add_column("count", justify="right")
            for name, n in counts[key].items():
                table.add_row(name, f"{n:,}")
            table.add_row("[bold]total[/bold]", f"[bold]{sum(counts[key].values()):,}[/bold]")
            out.print(table)

    @app.command("export")
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
        from graph.nx import from_store
        from graph.export import export_graph

        if fmt is ExportFormat.diffusion:  # not a graph: queries/diffusion.py
            from queries.diffusion import export_diffusion

            with opened_store(store, db, neo4j, read_only=True) as st:
                d, written = export_diffusion(st, out)
            Console(stderr=True).print(f"exported {len(d.adoptions)} adoptions and {len(d.panel)} panel rows "
                                       f"(city × year × tool) to {out}/ ({', '.join(f.name for f in written)})",
                                       markup=False, highlight=False, soft_wrap=True)
            return
        with opened_store(store, db, neo4j, read_only=True) as st:
            g = from_store(st)
            files = export_graph(g, fmt.value, out)
        where = out if fmt is not ExportFormat.csv else f"{out}/ ({len(files)} files)"
        Console(stderr=True).print(f"exported {g.number_of_nodes()} nodes and {g.number_of_edges()} relationships "
                                   f"to {where}", markup=False, highlight=False)
