"""turns.sentence_span looks for the nearest marks in growing windows (a mark a report never
uses must not cost a scan of the whole text per call); it must give what the plain definition
gives: after the last 。！？ or line break before a, to the first one at or after b."""

import random

import pytest

from loaders.turns import sentence_span


def _plain(text: str, a: int, b: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, a) for c in "。！？\n") + 1
    ends = [k for c in "。！？\n" if (k := text.find(c, b)) >= 0]
    return lo, min(ends) if ends else len(text)


def _text(rng: random.Random, n: int, rate: float) -> str:
    return "".join(rng.choice("。！？\n") if rng.random() < rate else rng.choice("委员问局长答") for _ in range(n))


@pytest.mark.parametrize("seed", range(20))
def test_sentence_span_is_the_plain_definition(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        n = rng.choice([0, 3, 40, 300, 5000])
        text = _text(rng, n, rng.choice([0.0, 0.0005, 0.01, 0.3]))
        a = rng.randint(0, n)
        b = rng.randint(a, n)
        assert sentence_span(text, a, b) == _plain(text, a, b)


def test_marks_far_away_are_still_found() -> None:
    text = "。" + "委" * 70000 + "问" + "答" * 70000 + "？"
    assert sentence_span(text, 70001, 70002) == (1, len(text) - 1)
    assert sentence_span("委员问", 1, 2) == (0, 3)
