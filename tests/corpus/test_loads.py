"""Every generated file loads, and the loaders are scored against the gold sidecars."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from corpus import generate
from loaders import InputError, load_path


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen")
    generate(out, sessions=60, cities=12, seed=11)
    return out


def test_every_file_loads_with_the_gold_structure(corpus_dir: Path) -> None:
    errors: list[str] = []
    tally: Counter[str] = Counter()
    for path in sorted(corpus_dir.glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text("utf-8"))
        try:
            record = load_path(path)
        except InputError as exc:
            errors.append(str(exc))
            continue
        tally["documents"] += 1
        tally["city"] += record.session.city == gold["session"]["city"]
        tally["date"] += record.session.date == gold["session"]["date"]
        tally["exchanges"] += len(record.exchanges) == len(gold["exchanges"])
        for got, want in zip(record.exchanges, gold["exchanges"]):
            tally["askers"] += 1
            tally["asker ok"] += got.asker.name == want["asker"]["name"]
            tally["department type ok"] += bool(got.respondent) and got.respondent.department_type == want["respondent"]["department_type"]
    assert not errors, errors[:3]
    print("\nloaders on the generated corpus:", dict(tally))
    n = tally["documents"]
    # Regression guards (the loaders read all four layouts): near-perfect
    # structure on the generated texts; entity scores are reported below.
    assert tally["city"] >= 0.95 * n
    assert tally["date"] >= 0.95 * n
    assert tally["exchanges"] >= 0.9 * n
    assert tally["asker ok"] >= 0.9 * tally["askers"]
    assert tally["department type ok"] >= 0.9 * tally["askers"]


def test_eval_against_the_gold_sidecars(corpus_dir: Path) -> None:
    from loaders.evaluate import EXCHANGE_FIELDS, evaluate

    report = evaluate(sorted(corpus_dir.glob("*.gold.json")))
    assert len(report.files) == 60
    assert not [f.error for f in report.files if f.error]
    totals = report.totals()
    lines = [f"{t:14} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
             for t, s in totals.items()]
    print("\nloaders vs generator gold (60 sessions):\n" + "\n".join(lines))
    for t, s in totals.items():
        assert s.tp + s.fn > 0, f"the generator wrote no {t}"
    # Tools come from the loaders' own dictionary: a drop here is a regression.
    assert totals["PolicyTool"].recall >= 0.9
    ex = report.exchange_totals()
    for field in EXCHANGE_FIELDS:
        right, total = ex[field]
        assert total and right >= 0.9 * total, field
