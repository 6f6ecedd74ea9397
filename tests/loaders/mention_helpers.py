"""Helpers of the entity-side tests: mentions of a text read as one answer."""

from __future__ import annotations

from loaders.mentions import extract_mentions


def run(text: str, city: str | None = "青川市"):
    """The mentions of ``text`` taken whole as one answer (city: the report's city)."""
    result = extract_mentions(text, [("e1", "answer", 0, len(text))], city)
    return list(result.mentions["e1"])


def names(ms, typ: str) -> set[str]:
    return {m.name for m in ms if m.type == typ}
