"""Which departments share projects: a department × department matrix and a capped network (no streamlit).

The matrix is the primary view: cell (a, b) counts the projects both a and
b work on. Over all cities it groups departments by type (发展和改革 ×
财政), because the same type recurs in every city; in one city it shows the
departments themselves. Both views keep the busiest rows and say how many
they left out.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

import altair as alt
import numpy as np
import pandas as pd

from dashboard.data import Subgraph

__all__ = ["Matrix", "pair_matrix", "table", "heatmap_chart", "Network", "department_project_graph"]


@dataclass(frozen=True)
class Matrix:
    cells: pd.DataFrame  # a, b, projects, examples (both orders, diagonal = projects of a shared with anyone)
    order: list[str]  # the rows kept, busiest first
    left_out: int  # departments (or types) not shown
    total: int


def pair_matrix(rows: Sequence[Mapping], *, group: Mapping[str, str] | None = None, top: int = 25) -> Matrix:
    """Count shared projects per pair of departments (or of their groups, e.g. types).

    >>> rows = [{"project": "P", "departments": ["甲局", "乙局", "丙委"]}, {"project": "Q", "departments": ["甲局", "乙局"]}]
    >>> m = pair_matrix(rows, top=2)
    >>> m.order, m.left_out, m.cells.query("a == '甲局' and b == '乙局'")["projects"].item()
    (['乙局', '甲局'], 1, 2)
    """
    members = [{(group or {}).get(d, d) if group is not None else d for d in r.get("departments") or ()} for r in rows]
    weight = Counter(m for ms in members for m in ms)
    order = [m for m, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))][:top]
    col = {m: j for j, m in enumerate(order)}
    # Projects × kept rows, projects by name: a pair's count is a product, its examples the first names.
    by_name = sorted(range(len(rows)), key=lambda i: rows[i]["project"])
    names = np.array([rows[i]["project"] for i in by_name], dtype=object)
    has = np.zeros((len(rows), len(order)), dtype=bool)
    for i_sorted, i in enumerate(by_name):
        for m in members[i]:
            if m in col:
                has[i_sorted, col[m]] = True
    counts = has.T.astype(np.int64) @ has.astype(np.int64)
    cells = []
    for a, b in itertools.product(sorted(order), repeat=2):
        n = int(counts[col[a], col[b]])
        if n:
            both = names[has[:, col[a]] & has[:, col[b]]]
            cells.append({"a": a, "b": b, "projects": n, "examples": "、".join(list(dict.fromkeys(both))[:5])})
    return Matrix(pd.DataFrame(cells, columns=["a", "b", "projects", "examples"]), order, len(weight) - len(order),
                  len(weight))


def table(rows: Sequence[Mapping]) -> pd.DataFrame:
    """`shared-projects` rows as a table, lists joined (departments, types, exchange ids)."""
    df = pd.DataFrame(list(rows), columns=["project", "city", "department_count", "departments", "department_types",
                                           "exchanges"])
    for c in ("departments", "department_types", "exchanges"):
        df[c] = df[c].map(lambda v: ", ".join(str(x) for x in v) if isinstance(v, (list, tuple)) else v)
    return df


def heatmap_chart(m: Matrix, *, a_title: str, count_title: str, examples_title: str,
                  width_px: int = 440) -> alt.Chart:
    """Rows and columns in the same order (busiest first); the count in each cell.

    Cells share ``width_px`` (at most 30 px each), so the matrix stays inside its
    column; counts are written in the cells while they fit (cells of 16 px or more).
    """
    step = max(12, min(30, width_px // max(1, len(m.order))))
    base = alt.Chart(m.cells).encode(
        x=alt.X("b:N", sort=m.order, title=None,
                axis=alt.Axis(labelAngle=-45, labelLimit=160, orient="top", labelOverlap=False, labelFontSize=12)),
        y=alt.Y("a:N", sort=m.order, title=None, axis=alt.Axis(labelLimit=200, labelOverlap=False, labelFontSize=12)),
    )
    tooltip = [alt.Tooltip("a:N", title=a_title), alt.Tooltip("b:N", title=a_title),
               alt.Tooltip("projects:Q", title=count_title), alt.Tooltip("examples:N", title=examples_title)]
    rects = base.mark_rect().encode(
        color=alt.Color("projects:Q", title=count_title, scale=alt.Scale(scheme="oranges")), tooltip=tooltip)
    text = base.mark_text(fontSize=11 if step >= 24 else 9).encode(
        text="projects:Q",
        color=alt.condition(alt.datum.projects > max(1, int(m.cells["projects"].max() * 0.6)) if len(m.cells)
                            else alt.datum.projects > 1, alt.value("white"), alt.value("#333")))
    chart = rects + text if step >= 16 else rects
    return chart.properties(width=alt.Step(step), height=alt.Step(min(24, step)))


@dataclass(frozen=True)
class Network:
    graph: Subgraph
    projects_shown: int
    projects_total: int
    departments_shown: int
    departments_total: int


def department_project_graph(rows: Sequence[Mapping], max_nodes: int = 150,
                             types: Mapping[str, str] | None = None) -> Network:
    """Departments and projects of `shared-projects` rows, one WORKS_ON edge per pair.

    Projects are taken busiest first (most departments; the rows come in that
    order) while their departments still fit under ``max_nodes``, so a cap
    drops whole projects, never a project's departments; the counts say what
    was left out.
    """
    g = Subgraph()
    all_projects = len(rows)
    all_departments = len({d for r in rows for d in r.get("departments") or ()})
    shown = 0
    for r in rows:
        deps = list(r.get("departments") or ())
        new = [d for d in deps if f"Department:{d}" not in g.nodes]
        if len(g.nodes) + 1 + len(new) > max_nodes:
            g.truncated = True
            continue
        p = g.add_node({"_label": "Project", "_key": f"{r.get('city') or '*'}|{r['project']}",
                        "name": r["project"], "city": r.get("city")})
        shown += 1
        for dep in deps:
            d = g.add_node({"_label": "Department", "_key": dep, "name": dep, "city": r.get("city"),
                            "type": (types or {}).get(dep)})
            g.add_edge({"_type": "WORKS_ON"}, d, p)
    departments = sum(1 for n in g.nodes.values() if n["_label"] == "Department")
    return Network(g, shown, all_projects, departments, all_departments)
