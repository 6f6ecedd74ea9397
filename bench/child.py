"""One measurement in a fresh process: ``python -m bench.child JSON`` (or ``-``: the JSON on stdin).

A fresh process per size and store makes the peak resident memory
(``ru_maxrss``) that of this ingest alone, and keeps one size's caches from
flattering the next. The job is a JSON object on argv; the result is one JSON
object on the last line of stdout.

Jobs:
- ``{"mode": "ingest", ...}``: ingest the first ``limit`` records into a fresh
  store, then time the named queries and the first render of each dashboard page.
- ``{"mode": "baseline", ...}``: ingest the same ``limit`` records one row per
  transaction, then batched, each into a fresh store warmed the same way
  (see :func:`_baseline`); relationships/s of both.
- ``{"mode": "profile", "offset": N, ...}``: cProfile the ingest of records
  N..N+limit into the store left by the ingest of N (top functions by own time).
- ``{"mode": "bulk", ...}``: the bulk path for an empty Neo4j: the first
  ``limit`` records → networkx → ``export --format csv`` → ``neo4j-admin
  database import full`` into a new test-server home → start it and create
  the constraints and indexes; seconds of each step.
"""

from __future__ import annotations

import json
import logging
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.data import Timed, iter_records

log = logging.getLogger(__name__)

__all__ = ["main", "ONE_HOP", "pick_params"]

#: Named queries that start from one entity and look at its neighbours; the
#: growth aim (p95 grows < 3x from 1 000 to 10 000 sessions) is about these.
ONE_HOP = ("policy-trace", "project-profile", "person-profile", "chain-members", "department-profile")


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _open(job: dict[str, Any], *, fresh: bool):
    from graph.store import open_store

    if job["store"] == "embedded":
        db = Path(job["db"])
        if fresh and db.exists():
            shutil.rmtree(db) if db.is_dir() else db.unlink()
        return open_store("embedded", db=db)
    if fresh:
        from bench.neo4j_server import Neo4jTarget, wipe

        wipe(Neo4jTarget(job["uri"], job["user"], job["password"], job.get("database"), False))
    return open_store("neo4j", uri=job["uri"], user=job["user"], password=job["password"], database=job.get("database"))


def _cpu_seconds() -> float:
    """CPU time of this process, all threads (LadybugDB writes in-process; Neo4j's server is not counted)."""
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def _total(stats: dict[str, dict[str, int]], part: str) -> int:
    return sum(stats.get(part, {}).values())


def _top(store, label: str, rank: float) -> str | None:
    """A name of ``label`` at the given degree rank (0 = most connected, 0.5 = median)."""
    rows = store.run(
        f"MATCH (n:{label})-[r]-() RETURN n.name AS name, count(r) AS c ORDER BY c DESC, name LIMIT 2000"
    )
    rows = [r for r in rows if r.get("name")]
    if not rows:
        return None
    return rows[min(len(rows) - 1, int(rank * len(rows)))]["name"]


def pick_params(store) -> dict[str, Any]:
    """Parameters for the named queries, taken from the data.

    Typical (upper-quartile) entities rather than the single most connected
    one: the benchmark should show what a user's query costs, and the same
    values are reused at the larger size so growth compares like with like.
    """
    policy = _top(store, "PolicyTool", 0.25)
    project = _top(store, "Project", 0.25)
    return {
        "policy": policy,
        "project": project,
        "chain": _top(store, "IndustryChain", 0.25),
        "department_type": _top(store, "DepartmentType", 0.25),
        "person": _top(store, "Person", 0.25),
        "text": (policy or project or "项目")[:3],
        "a": project,
        "b": policy,
    }


def _query_latencies(store, picks: dict[str, Any], reps: int) -> dict[str, Any]:
    from queries import QueryError, catalog, run_named

    out: dict[str, Any] = {}
    for spec in catalog():
        params = {p.name: picks[p.name] for p in spec.params if p.name in picks and picks[p.name] is not None
                  and (p.required or p.name in ("department_type",))}
        missing = [p.name for p in spec.params if p.required and p.name not in params]
        if spec.name == "department-profile" and "department_type" not in params:
            missing.append("department_type")
        if missing:
            out[spec.name] = {"error": f"no value for {', '.join(missing)} in the data"}
            continue
        times = []
        rows = 0
        try:
            run_named(store, spec.name, params)  # warm-up: plan caches, page cache
            for _ in range(reps):
                t0 = time.perf_counter()
                rows = len(run_named(store, spec.name, params))
                times.append(time.perf_counter() - t0)
        except QueryError as exc:
            out[spec.name] = {"error": str(exc), "params": params}
            continue
        times.sort()
        out[spec.name] = {
            "params": params,
            "rows": rows,
            "p50_ms": statistics.median(times) * 1000,
            "p95_ms": times[min(len(times) - 1, max(0, int(round(0.95 * len(times))) - 1))] * 1000,
        }
    return out


def _dashboard_seconds(store, runs: int) -> dict[str, Any]:
    """First warm render of every dashboard page (median of ``runs``), or the error that stopped it."""
    try:
        from dashboard.timing import page_render_seconds
    except ImportError as exc:
        return {"error": f"dashboard.timing unavailable ({exc})"}
    try:
        timing = page_render_seconds(store, runs=runs)
    except Exception as exc:  # noqa: BLE001 - reported in the table, the run goes on
        return {"error": f"{type(exc).__name__}: {exc}".splitlines()[0][:200]}
    return {"pages": timing.seconds, "what": timing.what, "runs": runs}


def _ingest(job: dict[str, Any]) -> dict[str, Any]:
    store = _open(job, fresh=True)
    try:
        records = Timed(iter_records(Path(job["records"]), job["limit"]))
        t0, c0 = time.perf_counter(), _cpu_seconds()
        result = store.ingest(records)
        seconds = time.perf_counter() - t0
        cpu = _cpu_seconds() - c0
        rss = _peak_rss_mib()
        stats = store.stats()
        out: dict[str, Any] = {
            "documents": result.documents,
            "added": result.added,
            "failed": result.failed,
            "failures": [f"{f.source}: {f.error}" for f in result.failures[:3]],
            "seconds": seconds,
            "read_seconds": records.seconds,
            "cpu_seconds": cpu,
            "peak_rss_mib": rss,
            "nodes": _total(stats, "nodes"),
            "relationships": _total(stats, "relationships"),
            "batches": result.batches,
            "build_seconds": result.build_seconds,
            "write_seconds": result.write_seconds,
        }
        if job.get("add"):
            more = list(iter_records(Path(job["add"])))
            t0 = time.perf_counter()
            added = store.ingest(more)
            out["add"] = {"documents": added.added, "failed": added.failed,
                          "seconds": time.perf_counter() - t0}
            out["peak_rss_mib"] = _peak_rss_mib()
        if job.get("queries"):
            picks = job.get("picks") or pick_params(store)
            out["picks"] = picks
            out["queries"] = _query_latencies(store, picks, job.get("reps", 10))
        if job.get("dashboard"):
            out["dashboard"] = _dashboard_seconds(store, job.get("dashboard_runs", 3))
        return out
    finally:
        store.close()


def _clear_plans(store) -> None:
    """Forget the server's query plans (Neo4j), so each mode starts from the same empty plan cache."""
    if getattr(store, "kind", None) == "neo4j":
        store.run("CALL db.clearQueryCaches()", read_only=False)


#: Timed runs of the batched side of the baseline (median reported): one run
#: writes 30 documents in ~0.2 s, where a moment of other work on a shared
#: machine or a write path the server's JIT has not compiled yet shows up
#: whole; the one-row side runs for many seconds and is timed once.
BATCHED_RUNS = 3


def _baseline(job: dict[str, Any]) -> dict[str, Any]:
    """One row per transaction vs batched, on the same documents, from the same starting point.

    The records are split into a set W that prepares the store (the first
    ``limit``) and the measured set D (the next ``limit``). Every run starts
    the same way: a fresh store with W ingested batched, so both sides find
    the same data. Before its timed runs each side has an untimed one, after
    the server's plan cache was cleared, so neither side pays planning or
    inherits the other's plans: the batched side ingests D as it will be
    timed; the one-row side ingests D one document per transaction (the same
    statements, in the same order, as one row per transaction sends; only
    the number of rows per statement differs, which a plan does not depend
    on: the rows travel in one map parameter, see graph/store_neo4j.py).
    A timed run is measured end to end (commits and the wait for the
    full-text index included). D is written as ``ingest`` writes it: the
    batched side with the store's own batch limits (D is smaller than one
    batch: one transaction), the baseline one document at a time, every
    statement with one row in its own transaction.
    """
    out: dict[str, Any] = {}
    path = Path(job["records"])
    n = job["limit"]
    records = list(iter_records(path, 2 * n))
    warm, measured = records[:n], records[n:]

    def run(one_row: bool, *, first: bool, batch_docs: int | None = None) -> dict[str, Any]:
        store = _open(job, fresh=True)
        try:
            if first:
                _clear_plans(store)
            store.ingest(warm)
            if batch_docs:
                store.batch_docs = batch_docs
            before = store.stats()
            t0 = time.perf_counter()
            result = store.ingest(measured, one_row_per_tx=one_row)
            seconds = time.perf_counter() - t0
            after = store.stats()
        finally:
            store.close()
        return {"documents": result.documents, "failed": result.failed, "seconds": seconds,
                "relationships": _total(after, "relationships") - _total(before, "relationships"),
                "nodes": _total(after, "nodes") - _total(before, "nodes"),
                "prepared_with": len(warm), "batches": result.batches}

    run(False, first=True, batch_docs=1)
    out["one_row"] = run(True, first=False)
    run(False, first=True)
    runs = [run(False, first=False) for _ in range(BATCHED_RUNS)]
    out["batched"] = {**sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2], "runs": [r["seconds"] for r in runs]}
    return out


def _e2e(job: dict[str, Any]) -> dict[str, Any]:
    """``policygraph ingest --workers N`` as a library call: raw files → fresh store, with the time split."""
    from graph.ingest import ingest_files

    store = _open(job, fresh=True)
    try:
        t0 = time.perf_counter()
        result = ingest_files(store, job["paths"], workers=job["workers"])
        seconds = time.perf_counter() - t0
    finally:
        store.close()
    return {"documents": result.documents, "added": result.added, "failed": result.failed,
            "workers": job["workers"], "seconds": seconds, "read_seconds": result.read_seconds,
            "build_seconds": result.build_seconds, "write_seconds": result.write_seconds,
            "peak_rss_mib": _peak_rss_mib()}


def _profile(job: dict[str, Any]) -> dict[str, Any]:
    """cProfile the ingest of ``limit`` more documents into the store as it is.

    Run right after the ingest of a size, it shows where a write goes when the
    store already holds that many sessions: comparing the sizes shows what grows.
    """
    import cProfile
    import pstats

    store = _open(job, fresh=False)
    try:
        records = list(iter_records(Path(job["records"]), job["offset"] + job["limit"]))[job["offset"]:]
        prof = cProfile.Profile()
        t0 = time.perf_counter()
        prof.enable()
        result = store.ingest(records)
        prof.disable()
        seconds = time.perf_counter() - t0
    finally:
        store.close()
    stats = pstats.Stats(prof)
    rows = []
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = filename.split("site-packages/")[-1].split("/work/main/")[-1] if filename != "~" else ""
        rows.append({"function": f"{where}:{line}({func})" if where else func, "ncalls": ncalls,
                     "tottime": tottime, "cumtime": cumtime})
    n = job.get("top", 10)
    own = sorted(rows, key=lambda r: -r["tottime"])[:n]
    # Our own functions by cumulative time say which write step the time goes to.
    ours = sorted((r for r in rows if r["function"].startswith(("graph/", "loaders/", "bench/"))),
                  key=lambda r: -r["cumtime"])[:n]
    return {"documents": result.documents, "added": result.added, "seconds": seconds, "top": own, "ours": ours}


def _bulk(job: dict[str, Any]) -> dict[str, Any]:
    """Time the bulk path for an empty Neo4j, step by step (README: bulk load into an empty Neo4j)."""
    import tempfile

    from graph.export import export_graph
    from graph.nx import to_networkx
    from graph.open import open_store
    from graph.testserver import admin_import, start_test_server

    with tempfile.TemporaryDirectory(prefix="bench-bulk-", dir=job.get("tmp")) as tmp:
        folder, home = Path(tmp) / "import", Path(tmp) / "home"
        t0 = time.perf_counter()
        export_graph(to_networkx(iter_records(Path(job["records"]), job["limit"])), "csv", folder)
        t1 = time.perf_counter()
        admin_import(home, folder)
        t2 = time.perf_counter()
        with start_test_server(home) as server:
            store = open_store("neo4j", uri=server.uri, user=server.user, password=server.password,
                               database=server.database)  # constraints, indexes, full-text index; waits for them
            try:
                t3 = time.perf_counter()
                stats = store.stats()
            finally:
                store.close()
    return {"export_seconds": t1 - t0, "import_seconds": t2 - t1, "start_schema_seconds": t3 - t2,
            "seconds": t3 - t0, "nodes": _total(stats, "nodes"), "relationships": _total(stats, "relationships"),
            "peak_rss_mib": _peak_rss_mib()}


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    arg = (argv or sys.argv[1:])[0]
    job = json.loads(sys.stdin.read() if arg == "-" else arg)
    modes = {"ingest": _ingest, "baseline": _baseline, "profile": _profile, "e2e": _e2e, "bulk": _bulk}
    result = modes[job["mode"]](job)
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
