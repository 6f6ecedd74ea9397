"""Charts of the Policy trace page (pandas and Altair, no streamlit).

- the adoption curve: cumulative number of cities that have mentioned a tool,
  over time (the diffusion S-curve), for one tool or two or three compared;
- a compact timeline: one row per province, one column per year, a mark
  sized by the sessions that mention the tool there, the cities and their
  dates on hover. Its height grows with provinces (at most 34), not with
  cities or sessions, so a tool used everywhere still fits on a screen.
"""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

__all__ = ["Labels", "first_adoptions", "adoption_curves", "curve_chart", "year_province", "timeline_chart", "ROW_PX"]

#: Height of one province row of the timeline.
ROW_PX = 22


@dataclass(frozen=True)
class Labels:
    """Axis and tooltip titles in the UI language."""

    date: str
    cities: str
    tool: str
    year: str
    province: str
    sessions: str
    city_list: str


def _when(values: pd.Series) -> pd.Series:
    # 'YYYY-MM-DD', or 'YYYY' when only the year is known (1 January).
    return pd.to_datetime(values.astype("string"), errors="coerce", format="mixed")


def first_adoptions(timeline: pd.DataFrame, tool: str) -> pd.DataFrame:
    """tool, city, first_date of each city in one tool's timeline (what the adoption table says, for one tool).

    The first session is the earliest by year, then date (a session known only
    by its year after the dated ones of that year); ``first_date`` is its
    date, or the year alone.

    >>> t = pd.DataFrame({"city": ["A", "A", "B"], "date": ["2021-03-01", None, None], "year": [2021, 2020, 2022]})
    >>> first_adoptions(t, "x").values.tolist()
    [['x', 'A', '2020'], ['x', 'B', '2022']]
    """
    # A session whose city the loaders could not tell adopts for no city (and would break the joins).
    timeline = timeline.dropna(subset=["city"])
    if timeline.empty:
        return pd.DataFrame(columns=["tool", "city", "first_date"])
    t = timeline.copy()
    year = pd.to_numeric(t["year"], errors="coerce").fillna(
        pd.to_numeric(t["date"].astype("string").str[:4], errors="coerce"))
    t = t.assign(_y=year.fillna(99999), _d=t["date"].fillna("9999")).sort_values(["city", "_y", "_d"], kind="stable")
    first = t.drop_duplicates("city")
    shown = [d if isinstance(d, str) else (str(int(y)) if y != 99999 else None)
             for d, y in zip(first["date"], first["_y"])]
    return pd.DataFrame({"tool": tool, "city": first["city"].tolist(), "first_date": shown})


def adoption_curves(adoptions: pd.DataFrame, tools: list[str]) -> pd.DataFrame:
    """Per tool, one row per first-adoption date: how many cities had adopted by then.

    >>> a = pd.DataFrame({"tool": ["x", "x", "x"], "city": ["A", "B", "C"],
    ...                   "first_date": ["2020-05-01", "2021", "2020-05-01"]})
    >>> adoption_curves(a, ["x"])[["date", "cities", "new"]].values.tolist()
    [['2020-05-01', 2, 2], ['2021', 3, 1]]
    """
    rows = adoptions[adoptions["tool"].isin(tools)].copy()
    rows["when"] = _when(rows["first_date"])
    rows = rows.dropna(subset=["when", "city"])
    out = []
    for tool, g in rows.groupby("tool", sort=False):
        per = (g.groupby("when").agg(new=("city", "size"), date=("first_date", "min"),
                                     names=("city", lambda c: "、".join(sorted(c)))).reset_index())
        per = per.sort_values("when")
        per["cities"] = per["new"].cumsum()
        per["tool"] = tool
        out.append(per)
    if not out:
        return pd.DataFrame(columns=["tool", "when", "date", "cities", "new", "names"])
    return pd.concat(out, ignore_index=True)[["tool", "when", "date", "cities", "new", "names"]]


def curve_chart(curves: pd.DataFrame, labels: Labels, *, height: int = 300) -> alt.Chart:
    """Step lines of cumulative cities; every date is a point with its cities on hover.

    A tool seen once is one point: the time axis is padded by half a year on
    each side and its tick is the date itself, so the date is always shown.
    """
    dates = sorted(curves["when"].unique())
    lo, hi = dates[0] - pd.Timedelta(days=183), dates[-1] + pd.Timedelta(days=183)
    axis = alt.Axis(format="%Y-%m", labelAngle=0, title=labels.date, labelOverlap="greedy")
    if len(dates) <= 6:  # few dates: label exactly those
        axis = alt.Axis(format="%Y-%m-%d", labelAngle=0, title=labels.date,
                        values=[pd.Timestamp(d).isoformat() for d in dates], labelOverlap="greedy")
    x = alt.X("when:T", scale=alt.Scale(domain=[lo.isoformat(), hi.isoformat()]), axis=axis)
    y = alt.Y("cities:Q", title=labels.cities, axis=alt.Axis(tickMinStep=1, format="d"))
    color = alt.Color("tool:N", title=labels.tool, legend=alt.Legend(orient="top"))
    tooltip = [alt.Tooltip("tool:N", title=labels.tool), alt.Tooltip("date:N", title=labels.date),
               alt.Tooltip("cities:Q", title=labels.cities), alt.Tooltip("names:N", title=labels.city_list)]
    base = alt.Chart(curves)
    line = base.mark_line(interpolate="step-after", strokeWidth=2.5).encode(x=x, y=y, color=color)
    dots = base.mark_circle(size=70, opacity=0.9).encode(x=x, y=y, color=color, tooltip=tooltip)
    return (line + dots).properties(height=height)


def year_province(timeline: pd.DataFrame, province_of: dict[str, str]) -> pd.DataFrame:
    """Sessions that mention a tool, grouped by (year, province), with the cities and dates.

    >>> t = pd.DataFrame({"city": ["漯河市", "许昌市", "漯河市"], "date": ["2024-01-02", None, "2024-03-04"],
    ...                   "year": [2024, 2024, 2024], "mentions": [1, 2, 1]})
    >>> year_province(t, {"漯河市": "河南省", "许昌市": "河南省"}).to_dict("records")
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'year': '2024', 'province': '河南省', 'sessions': 3, 'mentions': 4, 'cities': 2,
      'detail': '漯河市 2024-01-02、2024-03-04；许昌市 2024'}]
    """
    t = timeline.copy()
    year = pd.to_numeric(t["year"], errors="coerce")
    from_date = pd.to_numeric(t["date"].astype("string").str[:4], errors="coerce")
    t["y"] = year.fillna(from_date)
    t = t.dropna(subset=["y"])
    t["province"] = t["city"].map(lambda c: province_of.get(c) or "?")
    t["shown"] = t["date"].where(t["date"].notna(), t["y"].astype(int).astype(str))
    rows = []
    for (y, prov), g in t.groupby(["y", "province"], sort=True):
        per_city = g.groupby("city")["shown"].agg(lambda d: "、".join(sorted(set(d))))
        rows.append({"year": str(int(y)), "province": prov, "sessions": len(g), "mentions": int(g["mentions"].sum()),
                     "cities": len(per_city), "detail": "；".join(f"{c} {d}" for c, d in per_city.items())})
    return pd.DataFrame(rows, columns=["year", "province", "sessions", "mentions", "cities", "detail"])


def timeline_chart(grouped: pd.DataFrame, labels: Labels) -> alt.Chart:
    """Province rows × year columns; mark size = sessions; hover: the cities and dates."""
    provinces = sorted(grouped["province"].unique())
    years = sorted(grouped["year"].unique())
    return alt.Chart(grouped).mark_circle(color="#17becf", opacity=0.85, stroke="#0b7285").encode(
        x=alt.X("year:O", title=labels.year, sort=years, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("province:N", title=None, sort=provinces, axis=alt.Axis(labelFontSize=12, labelLimit=120)),
        size=alt.Size("sessions:Q", title=labels.sessions, legend=None,
                      scale=alt.Scale(range=[40, 400], zero=False)),
        tooltip=[alt.Tooltip("province:N", title=labels.province), alt.Tooltip("year:O", title=labels.year),
                 alt.Tooltip("sessions:Q", title=labels.sessions), alt.Tooltip("cities:Q", title=labels.cities),
                 alt.Tooltip("detail:N", title=labels.city_list)],
    ).properties(height=max(ROW_PX * len(provinces) + 40, 180))
