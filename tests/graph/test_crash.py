"""Crash safety with real processes: kill -9 an ingest at random moments, run it again,
and the store equals a clean ingest; SIGTERM stops a writer cleanly; readers of the
embedded store never fail while a writer commits."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.nx import from_store
from graph.open import open_store
from loaders.records import from_dict, to_dict
from tests.fixtures_stores import open_test_neo4j
from tests.queries.synthetic import synthetic_corpus

ROOT = Path(__file__).resolve().parents[2]

#: The writer: records from a JSON-lines file, small batches so a kill lands
#: between and inside many transactions.
_WRITER = """
import json, sys
from graph.ingest import ingest
from graph.open import open_store
from loaders.records import from_dict
args = json.loads(sys.argv[1])
recs = [from_dict(json.loads(line)) for line in open(args["records"], encoding="utf-8")]
store = open_store(args["kind"], **args["where"])
print("ready", flush=True)
# one line per document once its batch is committed: the test kills after a chosen one
r = ingest(store, recs, batch_docs=args["batch"], progress=lambda d: print(d.status, flush=True))
store.close()
print(json.dumps({"added": r.added, "unchanged": r.unchanged, "failed": r.failed}), flush=True)
"""


def _records_file(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "records.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in synthetic_corpus(n, cities=4, seed=11):
            fh.write(json.dumps(to_dict(rec), ensure_ascii=False) + "\n")
    return path


def _writer(kind: str, where: dict, records: Path, batch: int, env: dict | None = None) -> subprocess.Popen:
    job = json.dumps({"kind": kind, "where": where, "records": str(records), "batch": batch})
    return subprocess.Popen([sys.executable, "-c", _WRITER, job], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})


def _snapshot(store):
    g = from_store(store)
    nodes = sorted((n, sorted(d.items())) for n, d in g.nodes(data=True))
    edges = sorted((u, v, k, sorted(d.items())) for u, v, k, d in g.edges(keys=True, data=True))
    return nodes, edges


def _assert_equals_a_clean_ingest(tmp_path: Path, records: Path) -> None:
    """The store in ``tmp_path/killed`` holds what one uninterrupted ingest of ``records`` writes."""
    clean = _writer("embedded", {"db": str(tmp_path / "clean")}, records, batch=36)
    assert clean.wait(300) == 0, clean.stderr.read()
    a, b = open_store(db=tmp_path / "killed", read_only=True), open_store(db=tmp_path / "clean", read_only=True)
    try:
        assert a.stats() == b.stats()
        assert _snapshot(a) == _snapshot(b)
    finally:
        a.close()
        b.close()


def _kill_at_random(kind: str, where: dict, records: Path, seed: int, kills: int = 3,
                    after_kill=None) -> dict:
    """Start the writer, kill -9 it at a random moment of its run, ``kills`` times; then let it finish.

    The moment is drawn among the documents the run still has to add (those
    already stored are reported "unchanged" first and fast), never past the
    last full batch, then a short random pause into the next batch: a pause
    alone mostly lands before the first batch on a loaded machine, and a
    point drawn over all documents lands after the end once most are stored.
    """
    rng = random.Random(seed)
    documents = sum(1 for _ in records.open(encoding="utf-8"))
    killed = 0
    for _ in range(kills):
        proc = _writer(kind, where, records, batch=3)
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        stored, target, added = 0, None, 0
        while line := proc.stdout.readline():
            if line.strip() == "unchanged":
                stored += 1
                continue
            if target is None:
                target = rng.randrange(max(documents - stored - 3, 1))
            added += 1
            if added > target:
                break
        time.sleep(rng.uniform(0.0, 0.1))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.communicate(timeout=120)
        if after_kill is not None:
            after_kill()
    proc = _writer(kind, where, records, batch=3)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    result["killed"] = killed
    return result


def test_kill_9_then_rerun_equals_a_clean_ingest_embedded(tmp_path):
    """Batches of 3 documents into a store that holds data (no bulk path): after every kill -9 the
    store holds whole batches, equal to a clean ingest of those documents — a kill during a batch's
    COMMIT leaves the store as before that batch or after it, never in between."""
    records = _records_file(tmp_path, 36)
    recs = [from_dict(json.loads(line)) for line in records.open(encoding="utf-8")]
    killed = tmp_path / "killed"
    states: list[int] = []

    def as_before_a_batch() -> None:
        a = open_store(db=killed, read_only=True)
        try:
            stats, snap = a.stats(), _snapshot(a)
        finally:
            a.close()
        k = stats["nodes"]["Document"]
        states.append(k)
        assert k % 3 == 0, f"{k} documents: a batch of 3 was torn"
        clean = open_store(db=tmp_path / f"clean-{len(states)}")
        try:
            clean.ingest(recs[:k])
            assert clean.stats() == stats and _snapshot(clean) == snap
        finally:
            clean.close()

    result = _kill_at_random("embedded", {"db": str(killed)}, records, seed=1, kills=5,
                             after_kill=as_before_a_batch)
    assert result["failed"] == 0 and result["added"] + result["unchanged"] == 36
    assert result["killed"] >= 3 and any(0 < k < 36 for k in states), states
    _assert_equals_a_clean_ingest(tmp_path, records)


#: Two batches, the second one's commit left in the WAL (a kill skips the checkpoint of close).
_TWO_BATCHES = """
import json, os, signal, sys
from graph.ingest import ingest
from graph.open import open_store
from loaders.records import from_dict
args = json.loads(sys.argv[1])
recs = [from_dict(json.loads(line)) for line in open(args["records"], encoding="utf-8")]
store = open_store(db=args["db"])
ingest(store, recs[:3])
print(os.path.getsize(args["wal"]), flush=True)
ingest(store, recs[3:6])
print(os.path.getsize(args["wal"]), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _stats(db) -> dict:
    store = open_store(db=db, read_only=True)
    try:
        return store.stats()
    finally:
        store.close()


def test_kill_9_during_a_bulk_load_then_rerun_equals_a_clean_ingest(tmp_path):
    """The bulk path into an empty LadybugDB (graph/bulk_ladybug.py) commits the load in a few
    transactions of COPY statements, marked as one load until the last (a store found so marked is
    emptied when next opened): a kill -9 while it gathers, copies, commits or checkpoints leaves the
    store empty or whole, and the same command run again completes it."""
    records = _records_file(tmp_path, 36)
    # The kills are spread over the time an uninterrupted bulk load takes on this machine, so they
    # land while it gathers, copies, commits and checkpoints, however fast the machine is.
    timed = _writer("embedded", {"db": str(tmp_path / "timed")}, records, batch=None)
    assert timed.stdout.readline().strip() == "ready", timed.stderr.read()
    start = time.monotonic()
    assert timed.wait(300) == 0, timed.stderr.read()
    load = time.monotonic() - start
    whole = _stats(tmp_path / "timed")
    rng = random.Random(5)
    where = {"db": str(tmp_path / "killed")}
    outcomes = []
    # One kill in each quarter of the first half of the measured load: the timed run is the coldest,
    # later runs are faster, and a kill drawn from the whole span can land after every one of them.
    for quarter in range(4):
        proc = _writer("embedded", where, records, batch=None)
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(load * (quarter + rng.random()) / 8)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=120)
        outcomes.append(proc.returncode)
        # A kill during the checkpoint leaves recovery pending: a reader opening the store after it
        # must still read it (graph.store_ladybug finishes the recovery), with no torn state.
        stats = _stats(where["db"])
        # All or nothing: a kill during the load leaves it empty, one after its commit (before the
        # process exits) leaves it whole.
        assert sum(stats["nodes"].values()) == 0 or stats == whole
    assert -signal.SIGKILL in outcomes
    proc = _writer("embedded", where, records, batch=None)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    _assert_equals_a_clean_ingest(tmp_path, records)


def test_a_commit_cut_off_in_the_wal_opens_at_the_commit_before(tmp_path, caplog):
    """kill -9 while COMMIT writes the WAL leaves its last record short; LadybugDB then refuses
    to open the store ("the WAL file is corrupted"). Opening it to write replays up to the cut."""
    records = _records_file(tmp_path, 6)
    db = tmp_path / "db"
    wal = db / "graph.lbug.wal"
    job = json.dumps({"records": str(records), "db": str(db), "wal": str(wal)})
    proc = subprocess.run([sys.executable, "-c", _TWO_BATCHES, job], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "POLICYGRAPH_LADYBUG_COPY": "0", "POLICYGRAPH_LADYBUG_BULK": "0"}, timeout=300)
    first, second = (int(x) for x in proc.stdout.split())
    assert proc.returncode == -signal.SIGKILL and first < second, proc.stderr
    os.truncate(wal, second - 100)  # the second commit's last bytes never reached the disk
    caplog.set_level("WARNING", logger="graph.store_ladybug")
    store = open_store(db=db)
    try:
        assert "cut off" in caplog.text
        assert store.stats()["nodes"]["Document"] == 3
        assert store.ingest([from_dict(json.loads(line)) for line in records.open(encoding="utf-8")]).added == 3
        clean = open_store(db=tmp_path / "clean")
        try:
            clean.ingest([from_dict(json.loads(line)) for line in records.open(encoding="utf-8")])
            assert _snapshot(store) == _snapshot(clean)
        finally:
            clean.close()
    finally:
        store.close()


def test_kill_9_then_rerun_equals_a_clean_ingest_neo4j(neo4j_server, neo4j_store, tmp_path):
    records = _records_file(tmp_path, 36)
    where = {"uri": neo4j_server.uri, "user": neo4j_server.user, "password": neo4j_server.password,
             "database": neo4j_server.database}
    result = _kill_at_random("neo4j", where, records, seed=2)
    assert result["failed"] == 0 and result["added"] + result["unchanged"] == 36
    killed = (neo4j_store.stats(), _snapshot(neo4j_store))
    neo4j_store.clear()
    clean = _writer("neo4j", where, records, batch=36)
    assert clean.wait(300) == 0, clean.stderr.read()
    assert (neo4j_store.stats(), _snapshot(neo4j_store)) == killed


def _children(pid: int) -> set[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return {int(x) for x in out.split()}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead too: it only waits for its parent to read its status
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split()[2] != "Z"


def test_sigterm_to_ingest_with_workers_stops_them_and_keeps_whole_batches(tmp_path):
    from corpus import generate

    generate(tmp_path / "in", sessions=40, cities=3, seed=5)
    db = tmp_path / "db"
    proc = subprocess.Popen([sys.executable, "-m", "cli.app", "ingest", str(tmp_path / "in"), "--db", str(db),
                             "--workers", "2"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers |= _children(proc.pid)
        time.sleep(0.1)
    assert workers, "the workers never started"
    time.sleep(2.0)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, (out, err)
    assert "interrupted" in err and "Traceback" not in err
    time.sleep(0.5)
    assert [p for p in workers if _alive(p)] == []
    store = open_store(db=db, read_only=True)
    try:
        # whole batches only: every stored document has its session and exchanges
        assert store.run("MATCH (d:Document) WHERE NOT EXISTS { MATCH (:Session)-[:RECORDED_IN]->(d) } "
                         "RETURN count(*) AS n") == [{"n": 0}]
        assert store.stats()["nodes"]["Document"] < 40
    finally:
        store.close()


def test_readers_never_fail_while_a_writer_commits(tmp_path):
    records = _records_file(tmp_path, 60)
    db = tmp_path / "db"
    with open_store(db=db):
        pass  # the reader needs a database to open
    proc = _writer("embedded", {"db": str(db)}, records, batch=2)
    assert proc.stdout.readline().strip() == "ready"
    reads, errors = 0, []
    while proc.poll() is None:
        try:
            store = open_store(db=db, read_only=True)
            try:
                store.stats()
                store.run("MATCH (x:Exchange)-[:MENTIONS]->(t:PolicyTool) RETURN t.id AS t, count(*) AS n")
            finally:
                store.close()
            reads += 1
        except Exception as err:  # collected: the assertion below names them
            errors.append(f"{type(err).__name__}: {err}")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert reads > 0 and errors == []
