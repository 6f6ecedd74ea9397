"""The Overview map: cities as circles sized by sessions on an outline of China.

No tile server: the outline is ``dashboard/data/china-outline.geojson``
(see ``dashboard/data/SOURCE.md``) and the coordinates come from
``loaders/data/cities.tsv``, read by its column names.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import altair as alt
import pandas as pd

__all__ = ["OUTLINE", "CITIES_TSV", "city_coordinates", "locate", "china_map"]

OUTLINE = Path(__file__).with_name("data") / "china-outline.geojson"
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
def _outline() -> dict:
    return json.loads(OUTLINE.read_text(encoding="utf-8"))


def china_map(points: pd.DataFrame, *, size_title: str = "sessions", city_title: str = "city",
              height: int = 420) -> alt.LayerChart:
    base = alt.Chart(alt.Data(values=_outline()["features"])).mark_geoshape(
        fill="#eef2f6", stroke="#8a9bb0", strokeWidth=0.6
    )
    dots = alt.Chart(points).mark_circle(color="#d62728", opacity=0.75, stroke="white").encode(
        longitude="lon:Q",
        latitude="lat:Q",
        size=alt.Size("sessions:Q", title=size_title,
                      scale=alt.Scale(domain=[0, max(1, int(points["sessions"].max()))], range=[0, 1200]),
                      legend=alt.Legend(format="d", tickMinStep=1)),
        tooltip=[alt.Tooltip("city:N", title=city_title), alt.Tooltip("sessions:Q", title=size_title)],
    )
    labels = alt.Chart(points).mark_text(dy=-14, fontSize=12, color="#333").encode(
        longitude="lon:Q", latitude="lat:Q", text="city:N"
    )
    return (base + dots + labels).project(type="mercator").properties(height=height)
