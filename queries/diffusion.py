"""The policy-diffusion dataset: who adopted which tool when, and a city × year × tool panel.

Two tables, built from three queries in ``queries/diffusion/*.cypher`` (same
header grammar as the named queries, same rows on both stores):

- **adoptions**: one row per (tool, city) — the first session and exchange in
  which the city mentioned the tool, the department types that spoke of it
  there, and how many sessions and exchanges did.
- **panel**: one row per (tool, city, year) for every city that held a
  session and every year with a session anywhere — whether the city had
  adopted, whether it adopted that year, how long the tool had existed, and
  how many of its neighbours (same province, or within ``neighbour_km`` of
  the coordinates in ``loaders/data/cities.tsv``) had adopted in an earlier
  year. This is the discrete-time event-history layout: keep the rows with
  ``at_risk == 1`` and regress ``adopted_this_year`` on the covariates.

"Adopted" means *mentioned in an inquiry exchange*: the first mention is the
first time the graph sees the tool in the city, not the date of a policy
document. The README's data dictionary describes every column.

>>> import pandas as pd
>>> rows = pd.DataFrame([
...     {"tool": "专项债", "category": "finance", "city": "漯河市", "province": "河南省", "session": "s2",
...      "date": "2024-05-01", "year": 2024, "exchange": "e2", "seq": 1, "department": "d1"},
...     {"tool": "专项债", "category": "finance", "city": "漯河市", "province": "河南省", "session": "s1",
...      "date": None, "year": 2023, "exchange": "e1", "seq": 3, "department": None}])
>>> adoption_table(rows, pd.DataFrame({"department": ["d1"], "type": ["财政"]})).iloc[0].to_dict()
... # doctest: +NORMALIZE_WHITESPACE
{'tool': '专项债', 'category': 'finance', 'city': '漯河市', 'province': '河南省', 'first_date': '2023',
 'first_year': 2023, 'first_session': 's1', 'first_exchange': 'e1', 'department_types': '财政',
 'sessions': 2, 'exchanges': 2}
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from queries.catalog import get
from queries.named import normalise_rows, text_for

__all__ = [
    "NEIGHBOUR_KM",
    "DIFFUSION_DIR",
    "ADOPTION_COLUMNS",
    "PANEL_COLUMNS",
    "FILES",
    "Diffusion",
    "diffusion_rows",
    "adoption_table",
    "adoptions",
    "panel_table",
    "neighbour_matrices",
    "diffusion",
    "write_diffusion",
    "export_diffusion",
    "distance_km",
]

log = logging.getLogger(__name__)

#: Two cities this close (great-circle km) are neighbours even across a provincial border.
NEIGHBOUR_KM = 300.0

DIFFUSION_DIR = Path(__file__).resolve().parent / "diffusion"

ADOPTION_COLUMNS = ("tool", "category", "city", "province", "first_date", "first_year", "first_session",
                    "first_exchange", "department_types", "sessions", "exchanges")
PANEL_COLUMNS = ("tool", "category", "city", "province", "year", "sessions", "adopted", "adopted_this_year",
                 "at_risk", "years_since_first", "neighbours", "neighbours_before",
                 "province_neighbours_before", "near_neighbours_before", "adopters_before")

#: The files :func:`write_diffusion` writes, in this order.
FILES = ("adoptions.csv", "adoptions.parquet", "panel.csv", "panel.parquet")

_MENTION_COLUMNS = ("tool", "category", "city", "province", "session", "date", "year", "exchange", "seq", "department")

#: Joins the department types of one adoption (one string, the same in CSV and Parquet).
TYPE_DELIMITER = ";"


@dataclass(frozen=True)
class Diffusion:
    adoptions: pd.DataFrame  # ADOPTION_COLUMNS
    panel: pd.DataFrame  # PANEL_COLUMNS
    neighbour_km: float


def diffusion_rows(store: Any, name: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run ``queries/diffusion/<name>.cypher`` on ``store`` (rows in the header's order on both stores)."""
    from graph.store import StoreError
    from queries.errors import QueryError

    spec = get(name, DIFFUSION_DIR)
    try:
        rows = store.run(text_for(spec, getattr(store, "kind", "neo4j")), dict(params or {}), read_only=True)
    except StoreError as err:
        raise QueryError(f"{name}: {err}") from None
    return normalise_rows(spec, rows, dict(params or {}))


def _year_of(date: Any, year: Any) -> int | None:
    if year is not None and not pd.isna(year):
        return int(year)
    if isinstance(date, str) and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def adoption_table(mentions: pd.DataFrame, departments: pd.DataFrame) -> pd.DataFrame:
    """One row per (tool, city) from the ``diffusion-mentions`` rows (see the module doctest).

    The first adoption is the earliest (year, date, session, seq) row; a
    session known only to its year sorts after the dated sessions of that
    year, and one with no year at all sorts last. ``first_date`` is the
    session date, or the year alone when the date is unknown.
    """
    if mentions.empty:
        return pd.DataFrame(columns=list(ADOPTION_COLUMNS))
    types = dict(zip(departments["department"], departments["type"])) if not departments.empty else {}
    m = mentions.copy()
    m["_year"] = [_year_of(d, y) for d, y in zip(m["date"], m["year"])]
    m["_sort_year"] = m["_year"].fillna(99999)
    m["_sort_date"] = m["date"].fillna("9999")
    m = m.sort_values(["tool", "city", "_sort_year", "_sort_date", "session", "seq", "exchange"], kind="stable")
    # Whole-column operations, not a loop over groups: a national corpus has thousands of (tool, city) pairs.
    m = m[m["tool"].notna() & m["city"].notna()]
    keys = ["tool", "city"]
    first = m.drop_duplicates(keys, keep="first").set_index(keys)
    grouped = m.groupby(keys, sort=True)
    m = m.assign(_type=m["department"].map(lambda d: types.get(d) or None))
    kinds = m.dropna(subset=["_type"]).groupby(keys, sort=True)["_type"].agg(
        lambda ts: TYPE_DELIMITER.join(sorted(set(ts))))
    years = first["_year"]
    df = pd.DataFrame({
        "category": first["category"],
        "province": first["province"],
        "first_date": [d if isinstance(d, str) else (str(int(y)) if pd.notna(y) and y else None)
                       for d, y in zip(first["date"], years)],
        "first_year": [None if pd.isna(y) else int(y) for y in years],
        "first_session": first["session"],
        "first_exchange": first["exchange"],
        "department_types": kinds.reindex(first.index).fillna(""),
        "sessions": grouped["session"].nunique().reindex(first.index).astype(int),
        "exchanges": grouped["exchange"].nunique().reindex(first.index).astype(int),
    }, index=first.index).reset_index().sort_values(keys, kind="stable")
    df = df[list(ADOPTION_COLUMNS)].reset_index(drop=True)
    df["first_year"] = df["first_year"].astype("Int64")
    return df


def adoptions(store: Any) -> pd.DataFrame:
    """The adoption table alone (the Policy trace page needs no panel to draw)."""
    mentions = pd.DataFrame(diffusion_rows(store, "diffusion-mentions"), columns=list(_MENTION_COLUMNS))
    departments = pd.DataFrame(diffusion_rows(store, "diffusion-departments"), columns=["department", "type"])
    return adoption_table(mentions, departments)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of radius 6 371 km.

    >>> round(distance_km(33.58, 114.02, 23.55, 116.37))  # 漯河 → 揭阳
    1139
    """
    a, b = math.radians(lat1), math.radians(lat2)
    c = math.sin(a) * math.sin(b) + math.cos(a) * math.cos(b) * math.cos(math.radians(lon2 - lon1))
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


def _coordinates(city: str) -> tuple[float, float] | None:
    from loaders.places import lookup_place

    p = lookup_place(city)
    if p is None or p.lat is None or p.lon is None:
        return None
    return p.lat, p.lon


def neighbour_matrices(cities: list[str], provinces: list[str | None], *,
                       neighbour_km: float = NEIGHBOUR_KM) -> tuple[np.ndarray, np.ndarray]:
    """(same province, within ``neighbour_km``) as boolean city × city matrices, False on the diagonal.

    A city without coordinates in ``cities.tsv`` has no distance neighbours,
    and one without a province no province neighbours.

    >>> p, d = neighbour_matrices(["漯河市", "许昌市", "揭阳市"], ["河南省", "河南省", "广东省"])
    >>> p.astype(int).tolist(), d.astype(int).tolist()
    ([[0, 1, 0], [1, 0, 0], [0, 0, 0]], [[0, 1, 0], [1, 0, 0], [0, 0, 0]])
    """
    n = len(cities)
    prov = np.array([[bool(provinces[i]) and provinces[i] == provinces[j] for j in range(n)] for i in range(n)],
                    dtype=bool).reshape(n, n)
    coords = [_coordinates(c) for c in cities]
    near = np.zeros((n, n), dtype=bool)
    for i in range(n):
        for j in range(i + 1, n):
            if coords[i] and coords[j] and distance_km(*coords[i], *coords[j]) <= neighbour_km:
                near[i, j] = near[j, i] = True
    np.fill_diagonal(prov, False)
    return prov, near


def panel_table(adoptions: pd.DataFrame, city_years: pd.DataFrame, *,
                neighbour_km: float = NEIGHBOUR_KM) -> pd.DataFrame:
    """The city × year × tool panel (columns :data:`PANEL_COLUMNS`).

    Cities are those that held a session; years run from the first to the
    last year with a session anywhere. An adoption whose year is unknown is
    left out of the panel (it stays in the adoption table).
    """
    known = city_years.dropna(subset=["year"])
    if known.empty or adoptions.empty:
        return pd.DataFrame(columns=list(PANEL_COLUMNS))
    cities_df = city_years[["city", "province"]].drop_duplicates("city").sort_values("city")
    cities = cities_df["city"].tolist()
    provinces = cities_df["province"].tolist()
    years = np.arange(int(known["year"].min()), int(known["year"].max()) + 1)
    index = {c: i for i, c in enumerate(cities)}
    held = np.zeros((len(cities), len(years)), dtype=np.int64)
    for c, y, n in zip(known["city"], known["year"], known["sessions"]):
        held[index[c], int(y) - years[0]] += int(n)
    prov, near = neighbour_matrices(cities, provinces, neighbour_km=neighbour_km)
    either = (prov | near).astype(np.int64)
    prov_i, near_i = prov.astype(np.int64), near.astype(np.int64)
    n_c, n_y = len(cities), len(years)
    frames = []
    dated = adoptions.dropna(subset=["first_year"])
    for tool, g in dated.groupby("tool", sort=True):
        first = np.full(n_c, np.inf)
        for c, y in zip(g["city"], g["first_year"]):
            if c in index:
                first[index[c]] = int(y)
        origin = float(np.min(first)) if np.isfinite(first).any() else float(g["first_year"].min())
        grid = years[None, :]  # 1 × years
        adopted = first[:, None] <= grid  # cities × years
        before = (first[:, None] < grid).astype(np.int64)
        frames.append(pd.DataFrame({
            "tool": tool,
            "category": g["category"].iloc[0],
            "city": np.repeat(cities, n_y),
            "province": np.repeat(provinces, n_y),
            "year": np.tile(years, n_c),
            "sessions": held.ravel(),
            "adopted": adopted.astype(np.int64).ravel(),
            "adopted_this_year": (first[:, None] == grid).astype(np.int64).ravel(),
            "at_risk": (1 - before).ravel(),
            "years_since_first": np.tile(years - int(origin), n_c),
            "neighbours": np.repeat(either.sum(axis=1), n_y),
            "neighbours_before": (either @ before).ravel(),
            "province_neighbours_before": (prov_i @ before).ravel(),
            "near_neighbours_before": (near_i @ before).ravel(),
            "adopters_before": np.tile(before.sum(axis=0), n_c),
        }))
    if not frames:
        return pd.DataFrame(columns=list(PANEL_COLUMNS))
    return pd.concat(frames, ignore_index=True)[list(PANEL_COLUMNS)]


def diffusion(store: Any, *, neighbour_km: float = NEIGHBOUR_KM) -> Diffusion:
    """Both tables, read from ``store``."""
    adopted = adoptions(store)
    city_years = pd.DataFrame(diffusion_rows(store, "diffusion-city-years"),
                              columns=["city", "province", "year", "sessions"])
    panel = panel_table(adopted, city_years, neighbour_km=neighbour_km)
    log.info("diffusion: %d adoptions, %d panel rows", len(adopted), len(panel))
    return Diffusion(adopted, panel, neighbour_km)


def _csv_bytes(df: pd.DataFrame) -> bytes:
    return df.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _parquet_bytes(df: pd.DataFrame) -> bytes:
    import io

    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def file_bytes(d: Diffusion) -> dict[str, bytes]:
    """The content of each of :data:`FILES` (the dashboard offers the same bytes for download)."""
    return {
        "adoptions.csv": _csv_bytes(d.adoptions),
        "adoptions.parquet": _parquet_bytes(d.adoptions),
        "panel.csv": _csv_bytes(d.panel),
        "panel.parquet": _parquet_bytes(d.panel),
    }


def write_diffusion(d: Diffusion, out: str | Path) -> list[Path]:
    """Write :data:`FILES` into the folder ``out``: all of them or, on failure, none."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OSError(f"{out}: exists and is not a folder (the diffusion export writes a folder)")
    out.mkdir(parents=True, exist_ok=True)
    contents = file_bytes(d)
    staged: list[tuple[Path, Path]] = []
    try:
        for name in FILES:
            tmp = out / f".{name}.partial"
            staged.append((tmp, out / name))
            tmp.write_bytes(contents[name])
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in staged:
        os.replace(tmp, final)
    return [final for _, final in staged]


def export_diffusion(store: Any, out: str | Path, *, neighbour_km: float = NEIGHBOUR_KM) -> tuple[Diffusion, list[Path]]:
    """Read the tables from ``store`` and write them to the folder ``out``."""
    d = diffusion(store, neighbour_km=neighbour_km)
    return d, write_diffusion(d, out)
