"""The query, cypher and analyze commands (typer CliRunner, real stores)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from cli.app import app
from graph.store import open_store
from tests.queries.synthetic import synthetic_corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "policygraph-data"
    store = open_store("embedded", db=path)
    assert store.ingest(synthetic_corpus(12, cities=3, seed=1)).failed == 0
    store.close()
    return path


def _run(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env=env)


def test_list() -> None:
    result = _run("query", "--list")
    assert result.exit_code == 0
    assert "policy-trace:" in result.stdout and "--param policy=<string>  (required)" in result.stdout


def test_named_query_formats(db) -> None:
    as_json = _run("query", "policy-trace", "--param", "policy=专项债券", "--format", "json", "--db", str(db))
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.stdout)
    assert rows and {r["policy"] for r in rows} == {"专项债"}
    as_csv = _run("query", "policy-trace", "-p", "policy=专项债", "-f", "csv", "--db", str(db))
    parsed = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["exchange"] for r in parsed] == [r["exchange"] for r in rows]
    table = _run("query", "policy-diffusion", "--db", str(db))
    assert table.exit_code == 0 and "first_dates" in table.stdout and "专项债" in table.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("query", "nope"), 2, "unknown query 'nope'"),
        (("query", "policy-trace"), 2, "missing parameter 'policy'"),
        (("query", "policy-trace", "-p", "polcy=x"), 2, "unknown parameter 'polcy'"),
        (("query", "shared-projects", "-p", "min_departments=two"), 2, "must be int"),
        (("query", "policy-diffusion", "-f", "xml"), 2, "unknown --format"),
        (("cypher", "MATCH (c:City) DETACH DELETE c"), 2, "refused"),
        (("cypher", "MATCH (c:City RETURN c"), 2, "syntax error"),
        (("cypher", "MATCH (c:City) WHERE c.name = $city RETURN c"), 2, "$city is used but not given"),
        (("cypher", "RETURN 1 AS x", "-p", "x=1"), 2, "given but the query does not use $x"),
        (("query", "search", "-p", "text=食品", "-p", "limit=-5"), 2, "'limit' must be a whole number from 0"),
        (("cypher", "RETURN 1", "--store", "sqlite"), 2, "--store"),
        (("cypher", "MATCH (e:Exchange) RETURN e.id", "--max-rows", "2"), 1, "too many rows"),
    ],
)
def test_errors_are_one_line(db, args, code: int, message: str) -> None:
    result = _run(*args, "--db", str(db)) if args[0] != "query" or "--list" not in args else _run(*args)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_missing_db_is_exit_2(tmp_path) -> None:
    result = _run("cypher", "RETURN 1 AS x", "--db", str(tmp_path / "nothing"))
    assert result.exit_code == 2 and "no database here" in result.stderr


def test_cypher_with_params(db) -> None:
    result = _run("cypher", "MATCH (c:City) WHERE c.name = $city RETURN c.name AS city, $n + 1 AS n",
                  "-p", "city=漯河市", "-p", "n=41", "-f", "json", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"city": "漯河市", "n": 42}]


def test_analyze(db) -> None:
    result = _run("analyze", "--format", "json", "--top", "3", "--db", str(db))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"bridging_departments", "communities", "tool_comentions", "diffusion_paths"}
    assert 0 < len(data["bridging_departments"]) <= 3
    assert all(steps for steps in data["diffusion_paths"].values())
    table = _run("analyze", "--db", str(db))
    assert table.exit_code == 0 and "Diffusion paths" in table.stdout


def test_neo4j_store_from_the_cli(neo4j_store, neo4j_server) -> None:
    assert neo4j_store.ingest(synthetic_corpus(12, cities=3, seed=1)).failed == 0
    env = neo4j_server.env()
    result = _run("query", "policy-trace", "-p", "policy=专项债", "-f", "json", "--store", "neo4j",
                  "--neo4j", neo4j_server.uri, env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)
    refused = _run("cypher", "MATCH (c:City) SET c.name = 'x'", "--store", "neo4j", "--neo4j", neo4j_server.uri, env=env)
    assert refused.exit_code == 2 and "refused" in refused.stderr
