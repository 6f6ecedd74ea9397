"""Helpers of the entity-side tests: mentions of a text read as one answer."""

from __future__ import annotations

from pathlib import Path

from loaders.evaluate import evaluate
from loaders.mentions import extract_mentions

GENRES = Path(__file__).parents[1] / "gold" / "genres"


def run(text: str, city: str | None = "青川市"):
    """The mentions of ``text`` taken whole as one answer (city: the report's city)."""
    result = extract_mentions(text, [("e1", "answer", 0, len(text))], city)
    return list(result.mentions["e1"])


def names(ms, typ: str) -> set[str]:
    return {m.name for m in ms if m.type == typ}


def genre_totals(stem: str):
    """Entity totals of one genre text against its gold (tests/gold/genres/STEM.gold.json)."""
    return evaluate([GENRES / f"{stem}.gold.json"]).totals()
