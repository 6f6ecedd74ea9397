"""Parameter sets for running every named query (samples and generated corpus)."""

from __future__ import annotations

import json

from typing import Any

__all__ = ["SAMPLE_CASES", "synthetic_cases"]

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


def assert_same_rows(ladybug_store, neo4j_store, cases: list[tuple[str, dict[str, Any]]]) -> None:
    """Every named query has a case; each case gives rows, the same on both stores."""
    from queries import catalog, run_named

    assert {name for name, _ in cases} == {s.name for s in catalog()}, "a named query has no differential case"
    mismatches = []
    for name, params in cases:
        lady = run_named(ladybug_store, name, params)
        neo = run_named(neo4j_store, name, params)
        assert lady, f"{name} {params}: no rows on the generated corpus"
        if lady != neo:
            first = next((i for i, (a, b) in enumerate(zip(lady, neo)) if a != b), min(len(lady), len(neo)))
            mismatches.append(
                f"{name} {json.dumps(params, ensure_ascii=False)}: {len(lady)} vs {len(neo)} rows; first difference at row {first}: "
                f"ladybug {json.dumps(lady[first] if first < len(lady) else None, ensure_ascii=False)[:300]} "
                f"neo4j {json.dumps(neo[first] if first < len(neo) else None, ensure_ascii=False)[:300]}"
            )
    assert not mismatches, "\n".join(mismatches)
