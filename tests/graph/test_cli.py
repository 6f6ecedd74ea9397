"""policygraph ingest / stats / export, through the real CLI app."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import networkx as nx
import pytest
from typer.testing import CliRunner

from cli.app import app
from graph.store import ReadOnlyViolation, StoreLocked, StoreUnavailable, open_store


def _run(*args, env=None):
    return CliRunner().invoke(app, list(map(str, args)), env=env)


def test_ingest_stats_export_embedded(sample_paths, tmp_path):
    db = tmp_path / "db"
    r = _run("ingest", *sample_paths, "--db", db)
    assert r.exit_code == 0, r.output
    assert "2 documents: 2 added" in r.stdout
    again = _run("ingest", sample_paths[0].parent, "--db", db)
    assert again.exit_code == 0 and "2 unchanged" in again.stdout and "+0 nodes, +0 relationships" in again.stdout
    stats = json.loads(_run("stats", "--db", db, "--format", "json").stdout)
    assert stats["nodes"]["Document"] == 2 and stats["nodes"]["City"] == 2
    table = _run("stats", "--db", db).stdout
    assert "PolicyTool" in table and "ADOPTS" in table
    out = tmp_path / "g.graphml"
    r = _run("export", "--db", db, "--format", "graphml", out)
    assert r.exit_code == 0, r.output
    g = nx.read_graphml(out, force_multigraph=True)
    assert g.number_of_nodes() == sum(stats["nodes"].values())
    assert g.number_of_edges() == sum(stats["relationships"].values())
    r = _run("export", "--db", db, "--format", "csv", tmp_path / "csv")
    assert r.exit_code == 0 and (tmp_path / "csv" / "nodes_City.csv").is_file()


def test_bad_files_are_one_line_errors_and_the_rest_goes_on(sample_paths, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("这不是询问实录。", encoding="utf-8")
    r = _run("ingest", bad, sample_paths[0], "--db", tmp_path / "db")
    assert r.exit_code == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "bad.txt" in errors[0]
    assert "1 added" in r.stdout and "1 failed" in r.stdout
    assert "Traceback" not in r.output
    only_bad = _run("ingest", bad, "--db", tmp_path / "db")
    assert only_bad.exit_code == 2
    nothing = _run("ingest", tmp_path / "empty-folder-that-is-missing", "--db", tmp_path / "db")
    assert nothing.exit_code == 2


def test_missing_embedded_database_is_one_line(tmp_path):
    r = _run("stats", "--db", tmp_path / "nope")
    assert r.exit_code == 2
    assert r.stderr.strip().count("\n") == 0 and "policygraph ingest" in r.stderr


def test_unreachable_neo4j_is_one_line():
    r = _run("stats", "--neo4j", "bolt://127.0.0.1:9")
    assert r.exit_code == 2
    assert r.stderr.startswith("error: cannot reach Neo4j at bolt://127.0.0.1:9")
    assert r.stderr.strip().count("\n") == 0


def test_wrong_neo4j_password_is_one_line(neo4j_server):
    env = neo4j_server.env() | {"NEO4J_PASSWORD": "not-the-password"}
    r = _run("stats", "--store", "neo4j", env=env)
    assert r.exit_code == 2 and "wrong user or password" in r.stderr
    with pytest.raises(StoreUnavailable):
        open_store("neo4j", uri=neo4j_server.uri, user="neo4j", password="nope")


def test_ingest_into_neo4j(neo4j_store, neo4j_server, sample_paths):
    r = _run("ingest", *sample_paths, "--store", "neo4j", env=neo4j_server.env())
    assert r.exit_code == 0, r.output
    assert "2 added" in r.stdout
    stats = json.loads(_run("stats", "--store", "neo4j", "-f", "json", env=neo4j_server.env()).stdout)
    assert stats == neo4j_store.stats()
    assert stats["nodes"]["Document"] == 2


def test_locked_and_read_only_embedded_database(tmp_path, sample_paths):
    from tests.graph.handmade import luohe

    db = tmp_path / "db"
    with open_store(db=db) as s:
        s.ingest([luohe()])
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from graph.store import open_store; "
         f"s = open_store(db={str(db)!r}); print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked) as err:
            open_store(db=db)
        assert "in use by another process" in str(err.value)
        r = _run("ingest", sample_paths[0], "--db", db)  # the CLI says the same in one line
        ro = open_store(db=db, read_only=True)
        try:
            assert ro.stats()["nodes"]["Document"] == 1
            with pytest.raises(ReadOnlyViolation):
                ro.run("MATCH (c:City) SET c.name = 'x'", read_only=False)
            with pytest.raises(ReadOnlyViolation):
                ro.ingest([luohe()])
        finally:
            ro.close()
    finally:
        holder.stdin.close()
        holder.wait(30)
    assert r.exit_code == 2 and "in use by another process" in r.stderr
    assert r.stderr.strip().count("\n") == 0
