"""`policygraph extract`: JSON lines, table, errors one line each, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import typer
from typer.testing import CliRunner

from cli import extract_cmds

ROOT = Path(__file__).resolve().parents[2]


def _app() -> typer.Typer:
    app = typer.Typer()
    extract_cmds.register(app)

    @app.callback()
    def _root() -> None:  # keep "extract" a sub-command
        pass

    return app


def run(*args: str):
    return CliRunner().invoke(_app(), ["extract", *args])


def test_json_lines_for_the_samples(sample_paths):
    res = run(*map(str, sample_paths))
    assert res.exit_code == 0, res.output
    lines = res.stdout.strip().split("\n")
    assert len(lines) == 2
    docs = [json.loads(x) for x in lines]
    assert [d["session"]["city"] for d in docs] == ["漯河市", "揭阳市"]
    assert sum(len(d["exchanges"]) for d in docs) == 22
    assert "漯河" in lines[0]  # ensure_ascii=False: Chinese as it is
    ex = docs[0]["exchanges"][0]
    assert ex["respondent"]["department_type"] == "发展和改革"
    for m in ex["mentions"]:
        assert set(m) >= {"type", "name", "text", "part", "start", "end", "sentence"}


def test_table_format(sample_paths):
    res = run("--format", "table", str(sample_paths[1]))
    assert res.exit_code == 0, res.output
    assert "市七届人大常委会第四十三次会议" in res.stdout and "林映群" in res.stdout and "招商" in res.stdout


def test_folder_with_bad_files_reports_each_and_exits_1(tmp_path, sample_paths):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_bytes(sample_paths[0].read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.html").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")  # documentation: skipped
    (tmp_path / "notes.xyz").write_text("ignored in folders", encoding="utf-8")
    res = run(str(tmp_path), "--year", "2024")
    assert res.exit_code == 1
    assert len(res.stdout.strip().split("\n")) == 1
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 2 and any("empty.txt: empty file" in e for e in errors)
    assert "Traceback" not in res.output


def test_nothing_readable_exits_2(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    res = run(str(tmp_path / "a.txt"), str(tmp_path / "missing.docx"))
    assert res.exit_code == 2
    assert res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 2


def test_empty_folder_exits_2(tmp_path):
    res = run(str(tmp_path))
    assert res.exit_code == 2 and "no input files" in res.stderr


def test_year_and_city_options(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("9月5日，市九届人大常委会第十二次会议开展专题询问。\n"
                 "市人大常委会委员张志远：请问市发改委，如何用好专项债？\n市发改委主任李文博：加快专项债项目开工。",
                 encoding="utf-8")
    res = run(str(p), "--year", "2026", "--city", "株洲")
    doc = json.loads(res.stdout)
    assert (doc["session"]["date"], doc["session"]["city"], doc["session"]["province"]) == ("2026-09-05", "株洲市", "湖南省")
    assert doc["exchanges"][0]["respondent"]["department"] == "株洲市发展和改革委员会"


def test_workers_keep_input_order(sample_paths, tmp_path):
    paths = []
    for i in range(4):
        for s in sample_paths:
            p = tmp_path / f"{i}_{s.name}"
            p.write_bytes(s.read_bytes())
            paths.append(p)
    res = run("--workers", "2", *map(str, paths))
    assert res.exit_code == 0
    assert [json.loads(x)["source"] for x in res.stdout.strip().split("\n")] == list(map(str, paths))


def test_console_script(sample_paths):
    exe = Path(sys.executable).with_name("policygraph")
    res = subprocess.run([str(exe), "extract", "--format", "json", str(sample_paths[0])],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr
    session = json.loads(res.stdout)["session"]
    assert (session["body"], session["sitting"]) == ("漯河市人大常委会", "市八届人大常委会第十四次会议")


def test_sidecar_is_read_and_a_bad_sidecar_is_an_error(tmp_path, sample_paths):
    good = tmp_path / "a.txt"
    good.write_bytes(sample_paths[1].read_bytes())
    (tmp_path / "a.meta.json").write_text('{"year": 2025, "city": "揭阳"}', encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(sample_paths[1].read_bytes())
    (tmp_path / "b.meta.json").write_text("{not json", encoding="utf-8")
    res = run(str(good), str(bad))
    assert res.exit_code == 1
    assert json.loads(res.stdout)["session"]["date"] == "2025"
    assert "b.meta.json: unreadable sidecar" in res.stderr
