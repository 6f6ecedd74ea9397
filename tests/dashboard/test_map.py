"""The Overview map: province outlines from the shipped file, the 南海诸岛 inset, labels that never overlap."""

from __future__ import annotations

import itertools
import json

import pandas as pd

from dashboard import mapchart
from tests.dashboard.helpers import apptest, problems


def _all_cities() -> pd.DataFrame:
    g = mapchart.city_coordinates()
    c = g[g["level"] == "prefecture"].drop_duplicates("name")
    return pd.DataFrame({"city": c["name"], "province": c["province"], "lat": c["lat"], "lon": c["lon"],
                         "sessions": range(len(c), 0, -1)})


def test_shipped_geometry_has_every_province_and_the_maritime_boundary():
    fc = json.loads(mapchart.PROVINCES.read_text(encoding="utf-8"))
    names = mapchart.province_names()
    assert len(names) == 34 and {"河南省", "广东省", "海南省", "台湾省", "香港特别行政区"} <= set(names)
    assert any(f["properties"]["kind"] == "maritime" for f in fc["features"])
    assert mapchart.PROVINCES.stat().st_size < 400_000


def test_labels_of_three_hundred_cities_never_overlap():
    pts = _all_cities()
    assert len(pts) > 250
    for zoom in (1.0, 2.0, 4.0):
        box = mapchart.fit_box(pts, None, zoom)
        placed = mapchart.place_labels(pts, box)
        kept = placed[placed["label"] != ""]
        assert 20 < len(kept) < len(placed)  # crowded east China keeps only some labels
        boxes = [(r.x - 6 * len(r.label), r.y - 24, r.x + 6 * len(r.label), r.y - 12) for r in kept.itertuples()]
        for a, b in itertools.combinations(boxes, 2):
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
        # the busiest city always gets its label
        assert placed.loc[placed["sessions"].idxmax(), "label"] != ""


def test_labels_shown_at_each_wheel_zoom_never_overlap_and_stay_shown():
    pts = _all_cities()
    placed = mapchart.place_labels(pts, mapchart.fit_box(pts))
    shown_before = set()
    for z in mapchart.ZOOM_LEVELS:
        shown = placed[placed["minzoom"] <= z]
        assert set(shown.index) >= shown_before  # zooming in never hides a label
        shown_before = set(shown.index)
        # Pixels at zoom z: positions scale, label sizes do not (any drag moves all of them alike).
        boxes = [(r.x * z - 6 * len(r.city), r.y * z - 24, r.x * z + 6 * len(r.city), r.y * z - 12)
                 for r in shown.itertuples()]
        for a, b in itertools.combinations(boxes, 2):
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (z, a, b)
    counts = [int((placed["minzoom"] <= z).sum()) for z in mapchart.ZOOM_LEVELS]
    assert counts[0] < counts[-1]  # zooming in shows more labels


def test_province_filter_zooms_to_the_province(samples_db, app_env):
    app_env(samples_db)
    at = apptest().run()
    assert problems(at) == []
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    main, inset = spec["hconcat"]
    assert inset["title"]["text"] == "南海诸岛"
    whole = _scale(spec)
    at.multiselect(key="overview_provinces").set_value(["河南省"]).run()
    assert problems(at) == []
    henan = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert _scale(henan) > 4 * whole  # zoomed in
    assert henan["hconcat"][1]["title"]["text"] == "南海诸岛"  # the inset stays


def _scale(spec: dict) -> float:
    """The scale the main map opens at (the wheel zoom starts from it)."""
    main = spec["hconcat"][0]
    assert main["projection"]["scale"] == {"expr": "pz_k"}
    return next(p["value"] for p in spec["params"] if p["name"] == "pz_k")
