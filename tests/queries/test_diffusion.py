"""The diffusion dataset (queries/diffusion.py): tables, both stores, the export command."""

from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli.app import app
from queries.diffusion import ADOPTION_COLUMNS, FILES, PANEL_COLUMNS, adoption_table, diffusion, panel_table


def _adoptions(rows):
    df = pd.DataFrame(rows, columns=["tool", "category", "city", "first_year"])
    df["first_year"] = df["first_year"].astype("Int64")
    return df


def test_panel_counts_earlier_neighbours_only():
    # 漯河 and 许昌 share a province (and are < 300 km apart); 揭阳 is far from both.
    city_years = pd.DataFrame([
        {"city": "漯河市", "province": "河南省", "year": 2020, "sessions": 2},
        {"city": "许昌市", "province": "河南省", "year": 2021, "sessions": 1},
        {"city": "揭阳市", "province": "广东省", "year": 2022, "sessions": 1},
    ])
    adoptions = _adoptions([("专项债", "finance", "漯河市", 2020), ("专项债", "finance", "许昌市", 2021),
                            ("专项债", "finance", "揭阳市", 2021)])
    flat = panel_table(adoptions, city_years)
    assert list(flat.columns) == list(PANEL_COLUMNS)
    p = flat.set_index(["city", "year"])
    assert len(p) == 3 * 3  # three cities × 2020..2022
    assert p.loc[("许昌市", 2021), "neighbours_before"] == 1  # 漯河 adopted in 2020
    assert p.loc[("许昌市", 2021), "province_neighbours_before"] == 1
    assert p.loc[("漯河市", 2021), "neighbours_before"] == 0  # 许昌's 2021 is not *before* 2021
    assert p.loc[("漯河市", 2022), "neighbours_before"] == 1
    assert p.loc[("揭阳市", 2022), "neighbours"] == 0 and p.loc[("揭阳市", 2022), "neighbours_before"] == 0
    assert p.loc[("揭阳市", 2021), "adopters_before"] == 1 and p.loc[("揭阳市", 2022), "adopters_before"] == 3
    assert p.loc[("漯河市", 2020), "adopted_this_year"] == 1 and p.loc[("漯河市", 2021), "at_risk"] == 0
    assert p.loc[("许昌市", 2020), "years_since_first"] == 0 and p.loc[("揭阳市", 2022), "years_since_first"] == 2
    assert p.loc[("揭阳市", 2022), "adopted"] == 1 and p.loc[("揭阳市", 2020), "adopted"] == 0
    assert p.loc[("漯河市", 2020), "sessions"] == 2 and p.loc[("漯河市", 2021), "sessions"] == 0
    # With a 1 km radius only the province rule is left.
    near = panel_table(adoptions, city_years, neighbour_km=1.0).set_index(["city", "year"])
    assert near.loc[("许昌市", 2021), "near_neighbours_before"] == 0
    assert near.loc[("许昌市", 2021), "province_neighbours_before"] == 1


def test_adoption_uses_the_earliest_session_and_every_department_type():
    rows = pd.DataFrame([
        {"tool": "先使用后付费", "category": "service", "city": "漯河市", "province": "河南省", "session": "s2",
         "date": "2023-03-01", "year": 2023, "exchange": "s2-1", "seq": 1, "department": "d2"},
        {"tool": "先使用后付费", "category": "service", "city": "漯河市", "province": "河南省", "session": "s1",
         "date": "2022-11-20", "year": 2022, "exchange": "s1-4", "seq": 4, "department": "d1"},
        {"tool": "先使用后付费", "category": "service", "city": "漯河市", "province": "河南省", "session": "s1",
         "date": "2022-11-20", "year": 2022, "exchange": "s1-2", "seq": 2, "department": None},
    ])
    deps = pd.DataFrame({"department": ["d1", "d2"], "type": ["商务", "市场监督管理"]})
    a = adoption_table(rows, deps)
    assert list(a.columns) == list(ADOPTION_COLUMNS) and len(a) == 1
    r = a.iloc[0]
    assert (r["first_date"], r["first_year"], r["first_exchange"]) == ("2022-11-20", 2022, "s1-2")
    assert r["department_types"] == "商务;市场监督管理"
    assert (r["sessions"], r["exchanges"]) == (2, 3)


@pytest.mark.neo4j
def test_same_tables_on_both_stores_and_they_agree_with_adopts(loaded_stores):
    lady, neo = diffusion(loaded_stores["ladybug"]), diffusion(loaded_stores["neo4j"])
    pd.testing.assert_frame_equal(lady.adoptions, neo.adoptions)
    pd.testing.assert_frame_equal(lady.panel, neo.panel)
    assert len(lady.adoptions) > 10
    adopts = loaded_stores["ladybug"].run(
        "MATCH (c:City)-[a:ADOPTS]->(t:PolicyTool) RETURN t.name AS tool, c.name AS city, a.first_date AS d, "
        "size(a.exchanges) AS n")
    want = {(r["tool"], r["city"]): (r["d"], r["n"]) for r in adopts}
    got = {(r.tool, r.city): (r.first_date, r.exchanges) for r in lady.adoptions.itertuples()}
    assert got == want
    # Each adoption is one adopted_this_year row of the panel (both samples have dated sessions).
    assert int(lady.panel["adopted_this_year"].sum()) == len(lady.adoptions)


@pytest.fixture
def samples_db(tmp_path, sample_records):
    from graph.store import open_store

    store = open_store("embedded", db=tmp_path / "db")
    try:
        assert store.ingest(sample_records).failed == 0
    finally:
        store.close()
    return tmp_path / "db"


def test_export_command_writes_csv_and_parquet(samples_db, tmp_path):
    out = tmp_path / "diffusion"
    r = CliRunner().invoke(app, ["export", "--db", str(samples_db), "--format", "diffusion", str(out)])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    for table in ("adoptions", "panel"):
        from_csv = pd.read_csv(out / f"{table}.csv")
        from_parquet = pd.read_parquet(out / f"{table}.parquet")
        assert len(from_csv) == len(from_parquet) > 0
        assert list(from_csv.columns) == list(from_parquet.columns)
        assert from_csv["city"].tolist() == from_parquet["city"].tolist()
    assert set(pd.read_csv(out / "adoptions.csv")["city"]) == {"漯河市", "揭阳市"}
    assert "exported" in r.output and "adoptions" in r.output
    clash = tmp_path / "a-file"
    clash.write_text("x")
    bad = CliRunner().invoke(app, ["export", "--db", str(samples_db), "--format", "diffusion", str(clash)])
    assert bad.exit_code == 1 and "not a folder" in bad.output and "Traceback" not in bad.output
