"""The label reading the attribution test files call on a short invented text."""

from __future__ import annotations

from loaders.attribution import Officials
from loaders.turns import Turn, find_turns


def label_turns(text: str) -> list[Turn]:
    """``find_turns`` with the officials the text itself names, as the pipeline reads it."""
    return find_turns(text, Officials(text))


def said(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker name) of each label turn, in order."""
    return [(t.kind, t.speaker.name) for t in label_turns(text)]
