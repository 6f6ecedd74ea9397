"""Every named query on the two samples: the same rows on both stores, and the issue's facts."""

from __future__ import annotations

import pytest

from queries import QueryError, run_named
from tests.queries.cases import SAMPLE_CASES


@pytest.fixture(scope="module")
def results(loaded_stores):
    out = {}
    for name, params in SAMPLE_CASES:
        key = (name, tuple(sorted(params.items())))
        out[key] = {kind: run_named(store, name, params) for kind, store in loaded_stores.items()}
    return out


@pytest.mark.parametrize(("name", "params"), SAMPLE_CASES, ids=lambda v: v if isinstance(v, str) else None)
def test_same_rows_on_both_stores(results, name: str, params: dict) -> None:
    got = results[(name, tuple(sorted(params.items())))]
    assert got["ladybug"], f"{name} {params}: no rows on the samples"
    assert got["ladybug"] == got["neo4j"]
    for row in got["ladybug"]:
        for value in row.values():
            assert value is None or isinstance(value, (str, int, float, list)), f"{name}: not a plain value {value!r}"


def test_policy_trace_spans_both_cities(loaded_stores) -> None:
    for store in loaded_stores.values():
        rows = run_named(store, "policy-trace", {"policy": "先使用后付费"})
        assert {"漯河市", "揭阳市"} <= {r["city"] for r in rows}
        assert all(r["evidence"] and "先使用后付费" in r["evidence"] for r in rows)
        dates = [r["date"] for r in rows if r["date"]]
        assert dates == sorted(dates)  # oldest first
        assert rows[0]["city"] == "漯河市"  # 2024 before 2025


def test_policy_diffusion_lists_the_shared_tools(loaded_stores) -> None:
    for store in loaded_stores.values():
        rows = run_named(store, "policy-diffusion")
        assert {"先使用后付费", "专项债", "两重", "绿色通道"} <= {r["policy"] for r in rows}
        for r in rows:
            assert len(r["cities"]) == len(r["first_dates"]) == r["city_count"] >= 2
            assert r["first_dates"] == sorted(r["first_dates"])


def test_shared_projects_food_lab(loaded_stores) -> None:
    wanted = {"科学技术", "教育", "发展和改革"}  # 科技局, 教育局, 发改委
    for store in loaded_stores.values():
        rows = [r for r in run_named(store, "shared-projects", {"city": "漯河"}) if r["project"] == "中原食品实验室"]
        assert len(rows) == 1
        row = rows[0]
        assert row["city"] == "漯河市"
        assert len(wanted & set(row["department_types"])) >= 2, row
        assert all(d.startswith("漯河市") for d in row["departments"])
        assert row["exchanges"]


def test_alias_lookup(loaded_stores) -> None:
    # Aliases are what the loaders put on the nodes; the samples give 食品实验室 and 科技局.
    for store in loaded_stores.values():
        by_alias = run_named(store, "project-profile", {"project": "食品实验室"})
        assert by_alias and by_alias == run_named(store, "project-profile", {"project": "中原食品实验室"})
        cities = {r["city"] for r in run_named(store, "department-profile", {"department": "科技局"})}
        assert cities == {"漯河市", "揭阳市"}


def test_named_errors(loaded_stores) -> None:
    with pytest.raises(QueryError, match="missing parameter 'policy'"):
        run_named(loaded_stores["ladybug"], "policy-trace")
    with pytest.raises(QueryError, match="unknown parameter 'polcy'"):
        run_named(loaded_stores["neo4j"], "policy-trace", {"polcy": "专项债"})
