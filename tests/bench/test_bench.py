"""`policygraph bench --quick` end to end, on LadybugDB and on the real Neo4j.

Only that the run completes and writes its tables is asserted: speed figures
and their ratios are reported in BENCHMARKS.md, never asserted here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app

# Smaller than --quick's default sizes: the suite must stay fast on 2 cores.
SIZES = "20,40"


@pytest.fixture()
def bench_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path_factory.getbasetemp() / "bench-cache"  # shared by the tests of one session
    monkeypatch.setenv("POLICYGRAPH_BENCH_CACHE", str(cache))
    return cache


def _run(args: list[str]) -> tuple[int, str]:
    done = CliRunner().invoke(app, ["bench", *args])
    return done.exit_code, done.output


def _tables(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("| ")]


def test_bench_quick_embedded(bench_cache: Path, tmp_path: Path) -> None:
    out = tmp_path / "BENCHMARKS.md"
    code, output = _run(["all", "--quick", "--sizes", SIZES, "--stores", "embedded", "--reps", "2", "--out", str(out)])
    assert code == 0, output
    text = out.read_text("utf-8")
    assert text.startswith("# Benchmarks")
    assert "policygraph bench all --quick --sizes 20,40 --stores embedded" in text
    assert "cores" in text and "ladybug 0.22.0" in text
    for heading in ("### Extract", "### Extract by file size", "### Ingest: batched vs one row per transaction", "### Ingest by corpus size",
                    "### Query latency", "### Dashboard: first render of each page", "### Aims"):
        assert heading in text, heading
    rows = _tables(text)
    assert any(r.startswith("| embedded | 20 |") for r in rows)
    assert any(r.startswith("| embedded | 40 |") for r in rows)
    assert any(r.startswith("| policy-diffusion |") for r in rows)
    for page in ("overview", "explore", "shared-projects", "policy-trace", "cypher-console", "ingest"):
        assert any(r.startswith(f"| {page} | ") and r.count("|") == 3 for r in rows), page  # --quick: largest size only
    assert "first warm render of every dashboard page on embedded at 40 sessions" in text
    assert any("MB/s" in r for r in rows)
    # A second run appends a section instead of overwriting the first.
    code, output = _run(["extract", "--quick", "--sizes", "20", "--out", str(out)])
    assert code == 0, output
    sections = [line for line in out.read_text("utf-8").splitlines() if line.startswith("## ")]
    assert len(sections) == 2 and "policygraph bench extract" in sections[1]
    assert "extraction time grows linearly with file size" in out.read_text("utf-8")


def test_bench_quick_neo4j(neo4j_server, neo4j_store, bench_cache: Path, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    # The bench wipes the one database of the test server: taking the
    # neo4j_store fixture makes the samples of loaded_stores come back after.
    monkeypatch.setenv("NEO4J_USER", neo4j_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    monkeypatch.setenv("NEO4J_DATABASE", neo4j_server.database)
    out = tmp_path / "BENCHMARKS.md"
    code, output = _run(["ingest", "--quick", "--sizes", "10,20", "--stores", "neo4j", "--neo4j", neo4j_server.uri,
                         "--baseline-docs", "5", "--out", str(out)])
    assert code == 0, output
    text = out.read_text("utf-8")
    assert "Neo4j Kernel 5.26" in text
    rows = _tables(text)
    assert any(r.startswith("| neo4j | 10 |") for r in rows) and any(r.startswith("| neo4j | 20 |") for r in rows)
    assert any(r.startswith("| neo4j | 5 |") for r in rows)  # batched vs one-row-per-tx, 5 documents
    assert "neo4j-admin database import full" in text  # the bulk path, --quick: the largest size only
    bulk = [r for r in rows if r.startswith("| 20 |")]
    assert bulk and bulk[0].split("|")[6].strip() == next(
        r for r in rows if r.startswith("| neo4j | 20 |")).split("|")[10].strip()  # same nodes as the ingest
    assert "batched vs one row per transaction, neo4j" in text


def test_bench_bad_arguments(tmp_path: Path) -> None:
    code, output = _run(["nonsense", "--out", str(tmp_path / "b.md")])
    assert code == 2 and "unknown part" in output
    code, output = _run(["all", "--stores", "mysql", "--out", str(tmp_path / "b.md")])
    assert code == 2 and "unknown store" in output
    assert not (tmp_path / "b.md").exists()
