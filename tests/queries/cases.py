"""Parameter sets for running every named query (samples and generated corpus)."""

from __future__ import annotations

import json

from typing import Any

__all__ = ["SAMPLE_CASES", "synthetic_cases", "dashboard_cases", "assert_same_rows"]

#: (query, params) on the two samples; each must return rows.
SAMPLE_CASES: list[tuple[str, dict[str, Any]]] = [
    ("shared-projects", {}),
    ("shared-projects", {"city": "漯河", "min_departments": 2}),
    ("policy-trace", {"policy": "先使用后付费"}),
    ("policy-trace", {"policy": "专项债"}),
    ("policy-diffusion", {}),
    ("department-profile", {"department_type": "发展和改革"}),
    ("department-profile", {"department": "漯河市科学技术局"}),
    ("project-profile", {"project": "中原食品实验室"}),
    ("project-profile", {"project": "食品实验室"}),
    ("department-profile", {"department": "科技局"}),
    ("chain-members", {"chain": "11+8"}),
    ("person-profile", {"person": "王静"}),
    ("search", {"text": "食品"}),
    ("connection", {"a": "中原食品实验室", "b": "先使用后付费"}),
]


def synthetic_cases(records: list) -> list[tuple[str, dict[str, Any]]]:
    """Cases for ``records`` from :func:`tests.queries.synthetic.synthetic_corpus` (every query, several values)."""
    from collections import Counter

    from tests.queries.synthetic import TOOLS

    askers = Counter(x.asker.name for r in records if r.session.city == "揭阳市" for x in r.exchanges)
    jieyang_asker = min(askers, key=lambda n: (-askers[n], n))

    cases: list[tuple[str, dict[str, Any]]] = [
        ("shared-projects", {}),
        ("shared-projects", {"city": "漯河", "min_departments": 3}),
        ("shared-projects", {"city": "Ordos", "min_departments": 1}),
        ("policy-diffusion", {}),
        ("policy-diffusion", {"min_cities": 12}),
        ("department-profile", {"department": "科技局"}),
        ("department-profile", {"department": "漯河市发展和改革委员会"}),
        ("department-profile", {"department_type": "财政"}),
        ("project-profile", {"project": "食品实验室"}),
        ("project-profile", {"project": "漯河食品实验室", "city": "漯河市"}),
        ("chain-members", {"chain": "11+8"}),
        ("chain-members", {"chain": "绿色石化"}),
        ("person-profile", {"person": "王静"}),
        ("person-profile", {"person": jieyang_asker, "city": "揭阳"}),
        ("search", {"text": "食品"}),
        ("search", {"text": "reits", "limit": 1000}),
        ("search", {"text": "产业园"}),
        ("search", {"text": "债", "limit": 5000}),
        ("connection", {"a": "漯河食品实验室", "b": "先使用后付费"}),
        ("connection", {"a": "专项债券", "b": "两重"}),
        ("connection", {"a": "漯河市", "b": "揭阳市", "limit": 500}),
        ("connection", {"a": "科技局", "b": "华为"}),
    ]
    for name, aliases, _ in TOOLS:
        cases.append(("policy-trace", {"policy": aliases[0] if aliases else name}))
    return cases


def dashboard_cases(store) -> list[tuple[str, dict[str, Any]]]:
    """Cases for the dashboard's own queries (``dashboard/data/*.cypher``), keys taken from ``store``.

    Every label parameter is tried on several labels; the neighbourhood is
    also cut by a small limit, where the two stores must keep the same rows.
    """
    from dashboard.data import run
    from graph.schema import ENTITY_LABELS, NODES

    def keys(label: str, n: int = 1) -> list[str]:
        return [r["id"] for r in store.run(f"MATCH (n:{label}) RETURN n.id AS id ORDER BY id LIMIT {n}", read_only=True)]

    tool = run(store, "policy-tools")[0]["name"]
    users = run(store, "tool-departments", {"name": tool})
    exchanges = sorted({x for row in users for x in row["exchanges"]})
    departments = keys("Department", 5)
    around = run(store, "neighbour-keys", {"label": "PolicyTool", "ids": [tool], "limit": 5000})
    tool_departments = sorted({r["key"] for r in around if r["label"] == "Department"})
    followed = store.run("MATCH (x:Exchange)-[:FOLLOWS]->(y:Exchange) RETURN x.id AS a, y.id AS b ORDER BY a, b LIMIT 3",
                         read_only=True)
    threads = sorted({r["a"] for r in followed} | {r["b"] for r in followed})
    shared_city = run(store, "shared-departments")[0]["city"]
    cases: list[tuple[str, dict[str, Any]]] = [
        ("cities", {}),
        ("department-types", {}),
        ("overview-cities", {}),
        ("policy-tools", {}),
        ("search-names", {}),
        ("shared-departments", {}),
        ("shared-departments", {"city": shared_city, "min_departments": 2}),
        ("tool-timeline", {"name": tool}),
        ("tool-departments", {"name": tool}),
        ("exchanges", {"ids": exchanges}),
        ("mentions-from", {"id": exchanges[0]}),
        ("mentions-in", {"label": "PolicyTool", "id": tool, "exchanges": exchanges}),
        ("neighbour-keys", {"label": "Department", "ids": departments, "limit": 5000}),
        ("neighbour-keys", {"label": "Department", "ids": departments, "types": ["WORKS_ON", "USES"], "limit": 5000}),
        ("neighbour-keys", {"label": "Department", "ids": departments, "limit": 7}),
        ("neighbour-keys", {"label": "City", "ids": keys("City"), "limit": 40}),
        ("neighbour-keys", {"label": "Exchange", "ids": exchanges[:3], "limit": 5000}),
        ("edges-between", {"label": "PolicyTool", "ids": [tool], "other": "Department", "others": tool_departments}),
        ("edges-between", {"label": "Exchange", "ids": exchanges, "other": "PolicyTool", "others": [tool],
                           "types": ["MENTIONS"]}),
        ("edges-between", {"label": "Exchange", "ids": threads, "other": "Exchange", "others": threads}),
    ]
    for label in ENTITY_LABELS:
        if run(store, "top-mentions", {"label": label}):
            cases.append(("top-mentions", {"label": label, "limit": 3}))
    for node in NODES:
        if node.label != "Document":  # the whole transcript, compared by test_stores already
            cases.append(("nodes", {"label": node.label, "ids": keys(node.label, 3)}))
            cases.append(("node", {"label": node.label, "id": keys(node.label)[0]}))
    return cases


def assert_same_rows(ladybug_store, neo4j_store, cases: list[tuple[str, dict[str, Any]]],
                     directory=None) -> None:
    """Every query in ``directory`` (default: the named queries) has a case; each gives rows, the same on both stores."""
    from queries import catalog, run_named

    assert {name for name, _ in cases} == {s.name for s in catalog(directory)}, "a query has no differential case"
    mismatches = []
    for name, params in cases:
        lady = run_named(ladybug_store, name, params, directory=directory)
        neo = run_named(neo4j_store, name, params, directory=directory)
        assert lady, f"{name} {params}: no rows on the generated corpus"
        if lady != neo:
            first = next((i for i, (a, b) in enumerate(zip(lady, neo)) if a != b), min(len(lady), len(neo)))
            mismatches.append(
                f"{name} {json.dumps(params, ensure_ascii=False)}: {len(lady)} vs {len(neo)} rows; first difference at row {first}: "
                f"ladybug {json.dumps(lady[first] if first < len(lady) else None, ensure_ascii=False)[:300]} "
                f"neo4j {json.dumps(neo[first] if first < len(neo) else None, ensure_ascii=False)[:300]}"
            )
    assert not mismatches, "\n".join(mismatches)
