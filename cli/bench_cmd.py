"""``policygraph bench``: extraction, ingest, query and dashboard benchmarks."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import typer
from rich.console import Console

from cli.common import FAILED, fail

__all__ = ["register"]

_err = Console(stderr=True)

QUICK_SIZES = (50, 200)
FULL_SIZES = (1000, 10000)
QUICK_FILE_SIZES = (0.1, 0.2)
FULL_FILE_SIZES = (1.0, 10.0, 50.0)


def _ints(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise typer.BadParameter(f"expected comma-separated numbers, got {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise typer.BadParameter("sizes must be positive")
    return tuple(sorted(set(sizes)))


def _megabytes(text: str) -> tuple[float, ...]:
    try:
        sizes = tuple(float(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise typer.BadParameter(f"expected comma-separated megabytes, got {text!r}") from None
    if any(s < 0 for s in sizes):
        raise typer.BadParameter("file sizes must be positive (0 turns the file-size runs off)")
    return tuple(sorted({s for s in sizes if s > 0}))


def _command(part: str, quick: bool, sizes: str | None, stores: str, neo4j: str | None, out: Path,
             seed: int, cities: int, reps: int | None, baseline_docs: int | None, profile: int = 0,
             file_sizes: str | None = None) -> str:
    """The command line as given (rebuilt from the options, so it is exact however it was called)."""
    args = ["policygraph", "bench", part] + (["--quick"] if quick else [])
    args += ["--sizes", sizes] if sizes else []
    args += ["--stores", stores]
    args += ["--neo4j", neo4j] if neo4j else []
    args += ["--seed", str(seed)] if seed != 7 else []
    args += ["--cities", str(cities)] if cities != 100 else []
    args += ["--reps", str(reps)] if reps else []
    args += ["--baseline-docs", str(baseline_docs)] if baseline_docs else []
    args += ["--profile", str(profile)] if profile else []
    args += ["--file-sizes", file_sizes] if file_sizes else []
    args += ["--out", os.fspath(out)]
    return " ".join(shlex.quote(a) for a in args)


def bench_cmd(
    part: str = typer.Argument("all", help="extract, ingest, query, dashboard or all."),
    quick: bool = typer.Option(False, "--quick", help=f"CI size: sessions {','.join(map(str, QUICK_SIZES))}, fewer repetitions."),
    sizes: str = typer.Option(None, "--sizes", help=f"Corpus sizes in sessions (default {','.join(map(str, FULL_SIZES))})."),
    stores: str = typer.Option("embedded,neo4j", "--stores", help="Stores to measure: embedded, neo4j."),
    neo4j: str = typer.Option(None, "--neo4j", help="Neo4j URI (else NEO4J_URI; else the repo's test server is started)."),
    out: Path = typer.Option(Path("BENCHMARKS.md"), "--out", help="Markdown file the results are appended to."),
    seed: int = typer.Option(7, "--seed", help="Seed of the generated corpus."),
    cities: int = typer.Option(100, "--cities", help="Cities in the generated corpus."),
    reps: int = typer.Option(None, "--reps", help="Runs per named query (default 20, quick 5)."),
    profile: int = typer.Option(0, "--profile", help="cProfile the ingest of this many more documents after each size (0: off)."),
    baseline_docs: int = typer.Option(None, "--baseline-docs", help="Documents in the one-row-per-transaction comparison (default 30, quick 10)."),
    file_sizes: str = typer.Option(None, "--file-sizes", help=f"Extract: one file of each size in MB (default {','.join(f'{s:g}' for s in FULL_FILE_SIZES)}, quick {','.join(f'{s:g}' for s in QUICK_FILE_SIZES)}; 0: off)."),
) -> None:
    """Measure extraction, ingest, queries and the dashboard; print and append to BENCHMARKS.md."""
    from bench.report import append_report
    from bench.run import PARTS, BenchConfig, BenchError, run_bench

    if part != "all" and part not in PARTS:
        fail(f"unknown part {part!r} (use {', '.join(PARTS)} or all)")
    size_list = _ints(sizes) if sizes else (QUICK_SIZES if quick else FULL_SIZES)
    file_list = _megabytes(file_sizes) if file_sizes else (QUICK_FILE_SIZES if quick else FULL_FILE_SIZES)
    store_list = tuple(s.strip() for s in stores.split(",") if s.strip())
    bad = [s for s in store_list if s not in ("embedded", "neo4j")]
    if bad or not store_list:
        fail(f"unknown store {', '.join(bad) or '(none)'} (use embedded, neo4j)")
    # query and dashboard need a loaded store: they ingest first (the ingest
    # figures are then reported too, as they were measured anyway).
    parts = PARTS if part == "all" else (part,)
    cfg = BenchConfig(
        parts=parts, sizes=size_list, stores=store_list, neo4j_uri=neo4j, quick=quick, seed=seed, cities=cities,
        reps=reps or (5 if quick else 20), baseline_docs=baseline_docs or (10 if quick else 30),
        extract_docs=50 if quick else 1000, profile_docs=max(0, profile), file_sizes=file_list,
        command=_command(part, quick, sizes, stores, neo4j, out, seed, cities, reps, baseline_docs, profile,
                         file_sizes),
    )
    try:
        result = run_bench(cfg, say=lambda msg: _err.print(msg, markup=False, highlight=False))
    except (BenchError, OSError, ValueError) as exc:
        fail(str(exc).splitlines()[0], FAILED)
    text = append_report(result, out)
    typer.echo(text)
    _err.print(f"appended to {os.fspath(out)}", markup=False)
    if result.errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("bench")(bench_cmd)
