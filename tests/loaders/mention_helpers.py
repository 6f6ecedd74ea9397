"""Helpers of the entity-side tests: mentions of a text read as one answer, and the runners
the tune test files share (each file keeps only its cases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.evaluate import evaluate
from loaders.gazetteer import get_gazetteer
from loaders.mentions import extract_mentions, find_candidates
from loaders.mentions.gates import extractors_for
from tests.loaders.genre_helpers import genre_golds

GENRES = Path(__file__).parents[1] / "gold" / "genres"


def run(text: str, city: str | None = "青川市"):
    """The mentions of ``text`` taken whole as one answer (city: the report's city)."""
    result = extract_mentions(text, [("e1", "answer", 0, len(text))], city)
    return list(result.mentions["e1"])


def names(ms, typ: str) -> set[str]:
    return {m.name for m in ms if m.type == typ}


def candidates(text: str) -> list[tuple[str, str]]:
    """(type, surface) of each candidate the extractors the pipeline would choose propose in
    ``text`` (before resolution: what a rule proposes, not what the record keeps)."""
    gz = get_gazetteer()
    return [(c.type, text[c.start:c.end])
            for c in find_candidates(gz, text, 0, len(text), None, extractors=extractors_for(gz, text))]


def genre_totals(stem: str):
    """Entity totals of one genre text against its gold (tests/gold/genres/STEM.gold.json)."""
    return evaluate([GENRES / f"{stem}.gold.json"]).totals()


def assert_genre_totals(stem: str, **want: tuple[int, int, int]):
    """Check one genre text's (tp, fp, fn) for each kind named (``Project=(2, 0, 1)``); the
    totals of every kind are returned for further checks."""
    totals = genre_totals(stem)
    got = {kind: (totals[kind].tp, totals[kind].fp, totals[kind].fn) for kind in want}
    assert got == want, {kind: (got[kind], totals[kind].misses, totals[kind].false_positives)
                         for kind in want if got[kind] != want[kind]}
    return totals


def genre_entities_test(prefix: str, known_misses: dict[str, dict[str, set[str]]] | None = None,
                        known_false: dict[str, dict[str, set[str]]] | None = None):
    """A test over a tuning round's genre texts (names starting with ``prefix``): every entity of
    each gold read and none more, but the names no rule reads yet (``known_misses``: stem → kind →
    names) and the names read that the gold does not hold (``known_false``), so that a fix or a
    new loss shows. Bind it to a module name starting with ``test_`` for pytest to collect."""
    misses, false = known_misses or {}, known_false or {}
    golds = genre_golds(prefix)
    assert golds, f"no genre text named {prefix}*"  # (an empty round would collect no test at all)

    @pytest.mark.parametrize("gold", golds, ids=lambda p: p.name[:-10])
    def test(gold) -> None:
        stem = gold.name[:-len(".gold.json")]
        for kind, t in assert_genre_totals(stem).items():
            assert set(t.false_positives) == false.get(stem, {}).get(kind, set()), (stem, kind, t.false_positives)
            assert set(t.misses) == misses.get(stem, {}).get(kind, set()), (stem, kind, t.misses)

    return test


def names_test(kind: str, cases: list[tuple[str, set[str]]]):
    """A test over ``(text, want)`` sentences: the names of type ``kind`` read in each text
    are ``want``. Bind it to a module name starting with ``test_`` for pytest to collect."""

    @pytest.mark.parametrize("text, want", cases)
    def test(text: str, want: set[str]) -> None:
        got = names(run(text), kind)
        assert got == want, (text, got)

    return test


def kinds_test(cases: list[tuple[str, dict[str, set[str]]]]):
    """As :func:`names_test` with ``want`` the names of several types (``{"Project": {…},
    "Organization": set()}``), read from one run of each text."""

    @pytest.mark.parametrize("text, want", cases)
    def test(text: str, want: dict[str, set[str]]) -> None:
        ms = run(text)
        got = {typ: names(ms, typ) for typ in want}
        assert got == want, (text, got)

    return test
