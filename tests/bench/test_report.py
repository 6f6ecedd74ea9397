"""The Markdown report: ratios and aims computed from measured figures."""

from __future__ import annotations

from pathlib import Path

from bench.extract import ExtractResult
from bench.machine import describe_machine
from bench.report import HEADER, append_report, to_markdown
from bench.run import BenchConfig, BenchResult


def _result() -> BenchResult:
    cfg = BenchConfig(parts=("extract", "ingest", "query"), sizes=(100, 1000), stores=("neo4j",),
                      command="policygraph bench all --sizes 100,1000", reps=3)
    res = BenchResult(cfg, describe_machine(), "2026-11-22 04:00 UTC", neo4j_server="Neo4j Kernel 5.26.0 community")
    res.corpus = {"sessions": 1000, "megabytes": 8.0}
    res.extract = ExtractResult(documents=10, errors=0, megabytes=2.0, pipeline_seconds=4.0, jieba_seconds=1.0,
                                parallel_seconds=2.5, workers=2)
    res.baseline["neo4j"] = {"one_row": {"documents": 5, "failed": 0, "seconds": 10.0, "relationships": 500, "nodes": 100},
                             "batched": {"documents": 5, "failed": 0, "seconds": 0.25, "relationships": 500, "nodes": 100}}
    q_small = {"policy-trace": {"params": {"policy": "专项债"}, "rows": 3, "p50_ms": 2.0, "p95_ms": 4.0}}
    q_big = {"policy-trace": {"params": {"policy": "专项债"}, "rows": 30, "p50_ms": 6.0, "p95_ms": 16.0}}
    base = {"documents": 100, "added": 100, "failed": 0, "read_seconds": 0.1, "peak_rss_mib": 200.0,
            "nodes": 1000, "relationships": 4000, "cpu_seconds": 5.0}
    res.sizes["neo4j"] = {
        100: {**base, "seconds": 10.0, "queries": q_small, "picks": {"policy": "专项债"}},
        1000: {**base, "documents": 1000, "added": 1000, "seconds": 150.0, "queries": q_big},
    }
    return res


def test_ratios_and_aims() -> None:
    text = to_markdown(_result())
    assert "`policygraph bench all --sizes 100,1000`" in text
    assert "Neo4j Kernel 5.26.0 community" in text
    assert "| 0.500 MB/s | 2.000 MB/s | 0.25 | 0.800 MB/s | 1.60× |" in text
    assert "extract ≥ `jieba.lcut` (documents): missed (0.25)" in text
    assert "| neo4j | 5 | 500 | 50 | 2,000 | 40.0× |" in text
    assert "batched vs one row per transaction, neo4j: 40.0× (aim ≥ 50× on Neo4j): missed" in text
    assert "ingest time 1,000/100 on neo4j: 15.00 (aim ≤ 10.5): missed" in text
    assert "| policy-trace | yes | 2.0 | 4.0 | 3 | 6.0 | 16.0 | 30 | 4.00× |" in text
    assert "worst policy-trace 4.00× (aim < 3×): missed" in text


def test_append_keeps_earlier_runs(tmp_path: Path) -> None:
    out = tmp_path / "BENCHMARKS.md"
    append_report(_result(), out)
    append_report(_result(), out)
    text = out.read_text("utf-8")
    assert text.startswith(HEADER)
    assert text.count(HEADER) == 1
    assert sum(line.startswith("## ") for line in text.splitlines()) == 2


def test_extract_ratio_uses_cpu_seconds_when_measured() -> None:
    """On a shared machine the wall clock counts the neighbours: the ratio is by CPU seconds."""
    import dataclasses

    res = _result()
    res.extract = dataclasses.replace(res.extract, pipeline_cpu=2.0, jieba_cpu=1.5)
    text = to_markdown(res)
    assert "| 0.500 MB/s | 2.000 MB/s | 0.75 | 0.800 MB/s | 1.60× |" in text
    assert "extract ≥ `jieba.lcut` (documents): missed (0.75)" in text
