"""The one CLI contract (cli/common.py): options, opening, one-line errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import common
from cli.app import app

ROOT = Path(__file__).resolve().parents[2]


def _run(*args, env=None):
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def _one_error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and "Traceback" not in result.output
    return lines[0]


@pytest.mark.parametrize("command", [
    ("stats",), ("export", "out.graphml"), ("query", "policy-diffusion"), ("cypher", "RETURN 1 AS x"), ("analyze",),
])
def test_missing_database_is_exit_2_in_every_command(tmp_path, command):
    missing = tmp_path / "no-db"
    r = _run(*command, "--db", missing)
    assert r.exit_code == common.USAGE
    assert f"{missing}: no database here" in _one_error_line(r)
    assert not missing.exists()  # a read-only command never creates the folder


@pytest.mark.parametrize("command", [("stats",), ("query", "policy-diffusion"), ("cypher", "RETURN 1 AS x"), ("analyze",),
                                     ("export", "out.graphml"), ("ingest", ROOT / "samples")])
def test_unreachable_neo4j_is_exit_2_in_every_command(command):
    r = _run(*command, "--neo4j", "bolt://127.0.0.1:9")
    assert r.exit_code == common.USAGE
    assert "cannot reach Neo4j" in _one_error_line(r)


@pytest.mark.parametrize("args", [
    ("stats", "--store", "sqlite"),
    ("stats", "--no-such-option"),
    ("no-such-command",),
    ("extract", "--year", "-5", "samples"),
    ("ingest", "--year", "20240", "samples"),
    ("extract", "--workers", "0", "samples"),
])
def test_bad_usage_is_one_line_exit_2(args):
    r = _run(*args)
    assert r.exit_code == common.USAGE
    line = _one_error_line(r)
    assert "--help" in line  # says where to look


def test_year_error_names_the_range():
    line = _one_error_line(_run("extract", "--year", "-5", ROOT / "samples"))
    assert "--year" in line and str(common.MIN_YEAR) in line


def test_sidecar_of_the_wrong_type_is_one_line(tmp_path, sample_paths):
    doc = tmp_path / "a.txt"
    doc.write_bytes(sample_paths[0].read_bytes())
    (tmp_path / "a.meta.json").write_text(json.dumps({"city": 5}), encoding="utf-8")
    r = _run("extract", doc)
    assert r.exit_code == common.USAGE  # the only input could not be read
    line = _one_error_line(r)
    assert "a.meta.json" in line and "'city'" in line and "string" in line and "internal error" not in line


def test_one_default_database_folder():
    from dashboard import settings
    from graph.store import DEFAULT_DB

    assert common.DEFAULT_DB is DEFAULT_DB and settings.DEFAULT_DB is DEFAULT_DB
    assert common.DB.default == Path(DEFAULT_DB)
    # nowhere else is the folder name written out
    hits = [p for d in ("cli", "dashboard", "queries", "graph") for p in (ROOT / d).rglob("*.py")
            if '"policygraph-data"' in p.read_text(encoding="utf-8")]
    assert len(hits) == 1 and hits[0].parent == ROOT / "graph", hits


def test_store_kind_resolution():
    assert common.resolve_store(None, None) == "embedded"
    assert common.resolve_store(None, "bolt://h:1") == "neo4j"
    assert common.resolve_store(common.StoreKind.embedded, "bolt://h:1") == "embedded"


def test_guard_maps_errors_to_the_contract():
    import typer

    from graph.store import QueryTimeout, StoreUnavailable
    from queries.errors import BadQuery, QueryError

    for exc, code in ((BadQuery("x"), 2), (StoreUnavailable("x"), 2), (QueryError("x"), 1), (QueryTimeout("x"), 1),
                      (OSError(28, "No space left on device"), 1), (RuntimeError("bug"), 1), (KeyboardInterrupt(), 130)):
        with pytest.raises(typer.Exit) as info:
            with common.guard():
                raise exc
        assert info.value.exit_code == code, exc


def test_readme_documents_the_exit_codes():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    for code in ("`0`", "`1`", "`2`", "`130`"):
        assert code in section


def test_eval_errors_are_one_line_each(tmp_path):
    # The library logged a warning and the command printed an error: two lines for one
    # file. A real process: under pytest, logging goes to pytest's handler, not stderr.
    import subprocess
    import sys

    missing = tmp_path / "nope.gold.json"
    r = subprocess.run([sys.executable, "-m", "cli.app", "eval", str(missing)], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == common.USAGE
    assert r.stderr.splitlines() == [f"error: {missing}: no such gold file"]
