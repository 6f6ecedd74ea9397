"""Run the benchmark parts and collect their results (no formatting here)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.data import cache_dir, corpus_paths, records_file
from bench.extract import ExtractResult, FileSizeResult, bench_extract, bench_file_sizes
from bench.machine import Machine, describe_machine

__all__ = ["BenchConfig", "BenchResult", "run_bench", "PARTS", "BenchError"]

log = logging.getLogger(__name__)

PARTS = ("extract", "ingest", "query", "dashboard", "e2e")

#: Documents added to a store already holding a size (the "add 50" aim).
ADD_DOCS = 50


class BenchError(RuntimeError):
    """A benchmark step could not run (one-line message)."""


@dataclass(frozen=True)
class BenchConfig:
    parts: tuple[str, ...]
    sizes: tuple[int, ...]
    stores: tuple[str, ...]
    command: str
    neo4j_uri: str | None = None
    quick: bool = False
    seed: int = 7
    cities: int = 100
    reps: int = 20
    baseline_docs: int = 30
    extract_docs: int = 1000
    file_sizes: tuple[float, ...] = ()  # MB: extract one file of each size (does time grow linearly?)
    profile_docs: int = 0  # > 0: cProfile the ingest of this many more documents after each size
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    cache: Path | None = None


@dataclass
class BenchResult:
    config: BenchConfig
    machine: Machine
    started: str
    neo4j_server: str | None = None
    corpus: dict[str, Any] = field(default_factory=dict)
    extract: ExtractResult | None = None
    file_sizes: list[FileSizeResult] = field(default_factory=list)
    records: dict[str, Any] = field(default_factory=dict)
    baseline: dict[str, dict[str, Any]] = field(default_factory=dict)  # store -> result
    sizes: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)  # store -> size -> result
    profiles: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)  # store -> size -> profile
    e2e: dict[str, Any] = field(default_factory=dict)  # raw files → embedded store, with workers
    bulk: dict[int, dict[str, Any]] = field(default_factory=dict)  # size -> export csv + neo4j-admin import
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _child(job: dict[str, Any]) -> dict[str, Any]:
    # The job goes on stdin: the e2e job's list of 10 000 paths is longer than an argument may be.
    done = subprocess.run(
        [sys.executable, "-m", "bench.child", "-"], input=json.dumps(job, ensure_ascii=False),
        capture_output=True, text=True,
    )
    if done.returncode != 0:
        tail = [ln for ln in done.stderr.strip().splitlines() if ln.strip()]
        raise BenchError(f"{job['mode']} on {job['store']} ({job['limit']} records) failed: {tail[-1] if tail else done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _baseline(cfg: BenchConfig, res: BenchResult, store: str, target: dict[str, Any], records: Path,
              say: Callable[[str], None]) -> None:
    say(f"{store}: one-row-per-transaction vs batched on {cfg.baseline_docs} documents")
    try:
        res.baseline[store] = _child({**target, "mode": "baseline", "records": str(records), "limit": cfg.baseline_docs})
    except BenchError as exc:
        res.errors.append(str(exc))


def _size_run(cfg: BenchConfig, res: BenchResult, store: str, size: int, target: dict[str, Any], records: Path,
              picks: dict[str, Any] | None, say: Callable[[str], None], add: Path | None = None) -> dict[str, Any] | None:
    """Ingest ``size`` sessions into a fresh store, then queries/dashboard/profile; returns the query picks."""
    wants_queries = "query" in cfg.parts
    say(f"{store}: ingest {size} sessions" + (" + queries" if wants_queries else ""))
    job = {**target, "mode": "ingest", "records": str(records), "limit": size, "queries": wants_queries,
           "picks": picks, "reps": cfg.reps,
           # Every page's first render, at every size (--quick: the largest only, one timed run).
           "dashboard": "dashboard" in cfg.parts and (size == max(cfg.sizes) or not cfg.quick),
           "dashboard_runs": 1 if cfg.quick else 3,
           # then ADD_DOCS documents of another corpus into the store holding ``size``
           "add": str(add) if add else None}
    try:
        out = _child(job)
    except BenchError as exc:
        res.errors.append(str(exc))
        return picks
    res.sizes.setdefault(store, {})[size] = out
    if picks is None and out.get("picks"):
        picks = out["picks"]
    if store == "neo4j" and "ingest" in cfg.parts and (size == max(cfg.sizes) or not cfg.quick):
        say(f"neo4j: bulk path for {size} sessions (export --format csv, neo4j-admin import, start, schema)")
        try:
            res.bulk[size] = _child({"mode": "bulk", "store": "neo4j", "records": str(records), "limit": size,
                                     "tmp": str(cfg.cache or cache_dir())})
        except BenchError as exc:
            res.errors.append(str(exc))
    if cfg.profile_docs:
        say(f"{store}: profiling the ingest of {cfg.profile_docs} more documents into {size} sessions")
        try:
            res.profiles.setdefault(store, {})[size] = _child(
                {**target, "mode": "profile", "records": str(records), "offset": size, "limit": cfg.profile_docs})
        except BenchError as exc:
            res.errors.append(str(exc))
    return picks


def _targets(cfg: BenchConfig, res: BenchResult, stack: contextlib.ExitStack, say: Callable[[str], None]) -> dict[str, dict[str, Any]]:
    """Where each store lives for this run (the Neo4j server is started once, if needed)."""
    targets: dict[str, dict[str, Any]] = {}
    for store in cfg.stores:
        if store == "embedded":
            tmp = Path(tempfile.mkdtemp(prefix="bench-ladybug-", dir=cfg.cache or cache_dir()))
            stack.callback(shutil.rmtree, tmp, ignore_errors=True)
            targets[store] = {"store": "embedded", "db": str(tmp / "db")}
        elif store == "neo4j":
            from bench.neo4j_server import neo4j_target, server_version

            say("neo4j: " + (f"using {cfg.neo4j_uri}" if cfg.neo4j_uri or os.environ.get("NEO4J_URI") else "starting the test server"))
            try:
                target = stack.enter_context(neo4j_target(cfg.neo4j_uri))
                res.neo4j_server = server_version(target)
            except Exception as exc:  # noqa: BLE001 - the server could not start: say so in the report
                res.errors.append(f"neo4j: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
                continue
            targets[store] = {"store": "neo4j", "uri": target.uri, "user": target.user, "password": target.password,
                              "database": target.database}
        else:
            raise BenchError(f"unknown store {store!r} (use embedded, neo4j)")
    return targets


def run_bench(cfg: BenchConfig, say: Callable[[str], None] = lambda s: None) -> BenchResult:
    """Run the parts of ``cfg``; errors of one part are recorded and the rest goes on.

    An interruption (Ctrl-C, SIGTERM) ends the run early: what was measured
    so far is returned, with the interruption recorded as an error.
    """
    t_start = time.perf_counter()
    res = BenchResult(cfg, describe_machine(), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()))
    previous = signal.signal(signal.SIGTERM, _raise_interrupt) if threading.current_thread() is threading.main_thread() else None
    try:
        _run(cfg, res, say)
    except KeyboardInterrupt:
        res.errors.append(f"interrupted after {time.perf_counter() - t_start:.0f} s: the tables hold what was measured before")
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    res.seconds = time.perf_counter() - t_start
    return res


def _raise_interrupt(signum, frame) -> None:  # noqa: ARG001 - signal handler signature
    raise KeyboardInterrupt


def _run(cfg: BenchConfig, res: BenchResult, say: Callable[[str], None]) -> None:
    largest = max(cfg.sizes)
    say(f"corpus: {largest} generated sessions (seed {cfg.seed}, {cfg.cities} cities)")
    # Profiling ingests documents beyond the largest size: generate them too.
    paths = corpus_paths(largest + cfg.profile_docs, cities=cfg.cities, seed=cfg.seed, cache=cfg.cache)
    if cfg.profile_docs and not ({"ingest", "query", "dashboard"} & set(cfg.parts)):
        paths = paths[:largest]
    res.corpus = {"sessions": len(paths), "seed": cfg.seed, "cities": cfg.cities,
                  "megabytes": sum(p.stat().st_size for p in paths) / 1e6}
    if "extract" in cfg.parts:
        n = min(cfg.extract_docs, len(paths))
        say(f"extract: {n} documents, one process, jieba.lcut, then {cfg.workers} workers")
        try:
            res.extract = bench_extract(paths[:n], workers=cfg.workers)
        except Exception as exc:  # noqa: BLE001 - a failing part is reported, the rest runs
            res.errors.append(f"extract: {type(exc).__name__}: {exc}")
        if cfg.file_sizes:
            try:
                res.file_sizes = bench_file_sizes(paths[:n], cfg.file_sizes, (cfg.cache or cache_dir()) / "files", say)
            except Exception as exc:  # noqa: BLE001 - a failing part is reported, the rest runs
                res.errors.append(f"extract by file size: {type(exc).__name__}: {exc}")
    if "e2e" in cfg.parts:
        n = min(cfg.sizes)
        say(f"e2e: `ingest --workers 2` of {n} raw files into a fresh embedded store")
        tmp = Path(tempfile.mkdtemp(prefix="bench-e2e-", dir=cfg.cache or cache_dir()))
        try:
            res.e2e = _child({"mode": "e2e", "store": "embedded", "db": str(tmp / "db"), "limit": n, "workers": 2,
                              "paths": [str(p) for p in paths[:n]]})
        except BenchError as exc:
            res.errors.append(str(exc))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    if not ({"ingest", "query", "dashboard"} & set(cfg.parts)):
        return
    say(f"records: extracting {largest} documents with {cfg.workers} workers (cached after the first run)")
    cached = records_file(paths, workers=cfg.workers, cache=cfg.cache)
    res.records = {"documents": cached.documents, "errors": cached.errors, "seconds": cached.seconds, "cached": cached.cached}
    add = None
    if "ingest" in cfg.parts:
        # Another seed: documents that are new to a store holding any size.
        add_paths = corpus_paths(ADD_DOCS, cities=cfg.cities, seed=cfg.seed + 1000, cache=cfg.cache)
        add = records_file(add_paths, workers=cfg.workers, cache=cfg.cache).path
    picks = None
    # Sizes outer, stores inner: a run cut short still has every store at the
    # smaller sizes, which is what a comparison needs first.
    with contextlib.ExitStack() as stack:
        targets = _targets(cfg, res, stack, say)
        if "ingest" in cfg.parts:
            for store, target in targets.items():
                _baseline(cfg, res, store, target, cached.path, say)
        for size in cfg.sizes:
            for store, target in targets.items():
                picks = _size_run(cfg, res, store, size, target, cached.path, picks, say, add)
