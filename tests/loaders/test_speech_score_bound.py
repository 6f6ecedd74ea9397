"""pipeline._best_exchanges builds the speech reading only when its score bound beats the
label reading: the bound must hold for every text (else a report would read differently)."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders import InputError, iter_paths
from loaders import pipeline
from loaders.attribution import speech_turns
from loaders.exchanges import build_exchanges
from loaders.turns import Speaker, Turn

ROOT = Path(__file__).resolve().parents[2]


def _cleans(paths) -> list[str]:
    seen: list[str] = []
    real = pipeline._best_exchanges

    def spy(clean, sha, city):
        seen.append(clean)
        return real(clean, sha, city)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "_best_exchanges", spy)
        for p in paths:
            try:
                pipeline.load_path(p)
            except InputError:
                pass
    return seen


def _check(cleans: list[str]) -> int:
    built = 0
    for clean in cleans:
        turns = speech_turns(clean)
        score = pipeline._score(build_exchanges(clean, turns, "0" * 64, None)[0])
        assert score <= pipeline._score_bound(turns), clean[:80]
        built += score > 0
    return built


def test_bound_holds_on_gold_and_samples() -> None:
    cleans = _cleans(iter_paths([ROOT / "tests/gold/genres", ROOT / "tests/gold/heldout", ROOT / "samples"]))
    assert len(cleans) > 200
    assert _check(cleans) > 50  # many texts read as attributed speech: the bound was put to the test


def test_bound_holds_on_a_generated_corpus(tmp_path: Path) -> None:
    from corpus import generate

    generate(tmp_path, sessions=50, cities=100, seed=7)  # the bench's corpus
    cleans = _cleans(sorted(tmp_path.glob("*.txt")))
    assert len(cleans) == 50
    _check(cleans)


def test_bound_is_four_per_question() -> None:
    turns = [Turn(kind, Speaker(), 0, 0, 1, ((0, 1),)) for kind in ("question", "answer", "follow_up", "other")]
    assert pipeline._score_bound(turns) == 8
