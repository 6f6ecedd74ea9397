"""Command bodies are library functions: tests call them directly, without typer's runner.

``stats_text`` and ``export_store`` take an open store; the command
functions themselves (``ingest``, ``stats``, ``export``, ``extract``,
``query``, ``cypher``, ``analyze``) are module-level and keep the exit-code
contract when called with plain arguments.
"""

from __future__ import annotations

import json

import networkx as nx
import pytest
import typer

from cli import common, extract_cmds, graph_cmds, query_cmds
from cli.graph_cmds import export_store, stats_text
from graph.store import open_store


@pytest.fixture(scope="module")
def db(sample_paths, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bodies") / "db"
    graph_cmds.ingest(paths=sample_paths, store=None, db=folder, neo4j=None, year=None, city=None, workers=1)
    return folder


def _store_args(db):
    return {"store": None, "db": db, "neo4j": None}


def test_ingest_is_a_function_and_reloading_changes_nothing(db, sample_paths, capsys):
    graph_cmds.ingest(paths=sample_paths, year=None, city=None, workers=1, **_store_args(db))
    assert "2 unchanged, 0 failed; +0 nodes, +0 relationships" in capsys.readouterr().out


def test_ingest_exit_codes_without_the_runner(tmp_path, sample_paths, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("这不是询问实录。", encoding="utf-8")
    with pytest.raises(typer.Exit) as only_bad:
        graph_cmds.ingest(paths=[bad], year=None, city=None, workers=1, **_store_args(tmp_path / "db"))
    assert only_bad.value.exit_code == common.USAGE
    with pytest.raises(typer.Exit) as some_bad:
        graph_cmds.ingest(paths=[bad, sample_paths[0]], year=None, city=None, workers=1,
                          **_store_args(tmp_path / "db"))
    assert some_bad.value.exit_code == common.FAILED
    (tmp_path / "empty").mkdir()
    capsys.readouterr()
    with pytest.raises(typer.Exit) as nothing:
        graph_cmds.ingest(paths=[tmp_path / "empty"], year=None, city=None, workers=1,
                          **_store_args(tmp_path / "db"))
    assert nothing.value.exit_code == common.USAGE
    assert "error: no transcript files found" in capsys.readouterr().err


def test_stats_text_on_an_open_store(db):
    store = open_store("embedded", db=db, read_only=True)
    try:
        counts = json.loads(stats_text(store, "json"))
        table = stats_text(store)
        with pytest.raises(ValueError, match="unknown format"):
            stats_text(store, "yaml")
    finally:
        store.close()
    assert counts["nodes"]["Document"] == 2 and counts["nodes"]["City"] == 2
    cells = {}
    for line in table.splitlines():
        parts = [p.strip() for p in line.split("│")[1:-1]]
        if len(parts) == 2:
            cells.setdefault(parts[0], []).append(parts[1])
    for key in ("nodes", "relationships"):
        for name, n in counts[key].items():
            assert cells[name] == [f"{n:,}"], name
    assert cells["total"] == [f"{sum(counts['nodes'].values()):,}", f"{sum(counts['relationships'].values()):,}"]


def store_stats(db):
    store = open_store("embedded", db=db, read_only=True)
    try:
        return store.stats()
    finally:
        store.close()


def test_stats_command_called_directly(db, capsys):
    graph_cmds.stats(fmt="json", **_store_args(db))
    assert json.loads(capsys.readouterr().out) == store_stats(db)
    with pytest.raises(typer.Exit) as missing:
        graph_cmds.stats(fmt="json", **_store_args(db.parent / "nope"))
    assert missing.value.exit_code == common.USAGE


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv", "diffusion"])
def test_export_store_writes_every_format(db, tmp_path, fmt):
    store = open_store("embedded", db=db, read_only=True)
    try:
        counts = store.stats()
        message = export_store(store, fmt, tmp_path / f"out.{fmt}")
    finally:
        store.close()
    out = tmp_path / f"out.{fmt}"
    assert message.startswith("exported ") and str(out) in message
    if fmt == "graphml":
        g = nx.read_graphml(out, force_multigraph=True)
        assert g.number_of_nodes() == sum(counts["nodes"].values())
        assert g.number_of_edges() == sum(counts["relationships"].values())
    elif fmt in ("csv", "diffusion"):
        assert out.is_dir() and any(out.iterdir())
    else:
        assert out.stat().st_size > 0


def test_export_command_called_directly(db, tmp_path, capsys):
    graph_cmds.export(out=tmp_path / "g.json", fmt="json", **_store_args(db))
    assert "exported" in capsys.readouterr().err
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == sum(store_stats(db)["nodes"].values())


def test_extract_called_directly(sample_paths, tmp_path, capsys):
    extract_cmds.extract(paths=[sample_paths[0]], fmt="json", year=None, city=None, workers=1)
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["exchanges"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(typer.Exit) as none:
        extract_cmds.extract(paths=[tmp_path / "empty"], fmt="json", year=None, city=None, workers=1)
    assert none.value.exit_code == common.USAGE


def test_query_commands_called_directly(db, capsys):
    query_cmds.query(name="policy-diffusion", list_=False, param=[], fmt="json", **_store_args(db))
    assert {"先使用后付费", "专项债"} <= {r["policy"] for r in json.loads(capsys.readouterr().out)}
    with pytest.raises(typer.Exit) as bad:
        query_cmds.query(name="search", list_=False, param=["text=食品", "limit=-5"], fmt="json", **_store_args(db))
    assert bad.value.exit_code == common.USAGE
    assert "must be a whole number" in capsys.readouterr().err
    query_cmds.analyze(fmt="json", top=3, **_store_args(db))
    assert "bridging_departments" in json.loads(capsys.readouterr().out)
