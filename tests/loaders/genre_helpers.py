"""The exchange-side runner the genre test files share: one genre text read against its gold."""

from __future__ import annotations

from pathlib import Path

from loaders.evaluate import EXCHANGE_FIELDS, FileScore, evaluate

GENRES = Path(__file__).parents[1] / "gold" / "genres"


def genre_golds(prefix: str) -> list[Path]:
    """The genre golds whose names start with ``prefix`` (a tuning round's texts, g13x_ …), in name order."""
    return sorted(GENRES.glob(f"{prefix}*.gold.json"))


def assert_exchanges_right(gold: Path, known_left: dict[str, int] | None = None) -> FileScore:
    """Every exchange of ``gold``'s text found and aligned, and every field right but the
    ``known_left`` ones (field → how many still wrong: cases no rule reads yet, so that a fix or
    a new loss shows). The file's score is returned for further checks."""
    report = evaluate([gold])
    (f,) = report.files
    assert f.error is None
    assert f.exchanges_found == f.exchanges_gold == f.exchanges_aligned, f.exchange_errors
    fields, left = report.exchange_totals(), known_left or {}
    for k in EXCHANGE_FIELDS:
        assert fields[k][1] - fields[k][0] == left.get(k, 0), (k, f.exchange_errors)
    return f
