"""Parameter sets for running every named query (samples and generated corpus)."""

from __future__ import annotations

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
