"""`policygraph dashboard` and `policygraph demo` as a user runs them."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.dashboard.helpers import free_port

POLICYGRAPH = Path(sys.executable).with_name("policygraph")


def start(*args: str, cwd: Path) -> tuple[subprocess.Popen, str]:
    """Start a policygraph command that serves the dashboard; return it and its URL."""
    proc = subprocess.Popen([str(POLICYGRAPH), *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    url = proc.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), (url, proc.stderr.read() if proc.poll() is not None else "")
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"dashboard exited: {proc.stderr.read()}")
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    return proc, url
        except OSError:
            time.sleep(0.5)
    stop(proc)
    raise AssertionError("dashboard did not answer within 90 s")


def stop(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return err


def test_demo_ingests_the_samples_then_serves(tmp_path):
    from graph.store import open_store

    port = free_port()
    proc, url = start("demo", "--db", str(tmp_path / "demo-db"), "--port", str(port), cwd=tmp_path)
    try:
        assert url == f"http://127.0.0.1:{port}/"
        with urllib.request.urlopen(url, timeout=10) as r:
            assert r.status == 200
    finally:
        err = stop(proc)
    assert "2 sample documents ingested" in err
    store = open_store("embedded", db=tmp_path / "demo-db", read_only=True)
    try:
        assert store.stats()["nodes"]["Document"] == 2
    finally:
        store.close()


def test_demo_leaves_a_loaded_store_alone(samples_db):
    from cli.dashboard_cmd import ingest_samples_if_empty
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "db"
        shutil.copytree(samples_db, db) if samples_db.is_dir() else shutil.copy(samples_db, db)
        assert ingest_samples_if_empty(db) == 0


def test_dashboard_rejects_db_and_neo4j_together(tmp_path):
    r = subprocess.run([str(POLICYGRAPH), "dashboard", "--db", str(tmp_path), "--neo4j", "bolt://x:1"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2  # bad usage (cli.common)
    assert r.stderr.strip().count("\n") == 0 and "either --db or --neo4j" in r.stderr
    assert "Traceback" not in r.stderr


def test_dashboard_names_a_busy_port(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = subprocess.run([str(POLICYGRAPH), "dashboard", "--db", str(tmp_path / "db"), "--port", str(port)],
                           capture_output=True, text=True, timeout=60)
    assert r.returncode == 2  # a bad option value (cli.common)
    assert f"port {port}" in r.stderr and "Traceback" not in r.stderr
