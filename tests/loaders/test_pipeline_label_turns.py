"""pipeline._with_label_turns: which label turns join the speech reading.

The overlap test is done with bisections over the speech turns (a pass over every speech
turn per label turn made a long file of many sessions quadratic); it must keep exactly the
label turns the plain definition keeps: none whose first paragraph holds the start of a
speech turn or lies inside one.
"""

from __future__ import annotations

import random

from loaders.pipeline import _with_label_turns
from loaders.turns import Speaker, Turn


def _turn(start: int, body: int, end: int, para_end: int | None = None) -> Turn:
    return Turn("answer", Speaker(name="甲"), start, body, end, ((start, para_end or end),))


def _plain(clean: str, label_turns: list[Turn], speech: list[Turn]) -> list[Turn]:
    """The definition, one pass over the speech turns per label turn."""
    kept = []
    for t in label_turns:
        a, b = t.paragraphs[0]
        if t.body_start == t.start or clean[a:t.body_start].rstrip()[-1:] not in ("：", ":"):
            continue
        if any(a <= s.start < b or s.start <= a < s.end for s in speech):
            continue
        kept.append((a, min(t.end, b)))
    return kept


def test_same_label_turns_as_the_plain_definition_on_random_layouts():
    rng = random.Random(20261204)
    clean = "：" * 400
    for _ in range(300):
        speech = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randrange(380)
            speech.append(_turn(s, s + 1, s + rng.randint(2, 60)))
        labels = []
        for _ in range(rng.randint(1, 8)):
            a = rng.randrange(380)
            e = a + rng.randint(3, 40)
            labels.append(_turn(a, a + 1, e, min(e, a + rng.randint(2, 30))))
        got = [(t.paragraphs[0][0], t.end) for t in _with_label_turns(clean, labels, speech) if t not in speech]
        assert sorted(got) == sorted(_plain(clean, labels, speech))


def test_a_label_turn_inside_a_speech_turn_is_left_out():
    clean = "委员甲：请问进展如何？局长乙：年底完工。"
    speech = [_turn(0, 4, 20)]
    label = _turn(10, 15, 20)
    assert _with_label_turns(clean, [label], speech) == speech


def test_a_label_turn_in_a_paragraph_of_its_own_is_added():
    clean = "委员甲说了很多话。\n局长乙：年底完工。"
    speech = [_turn(0, 3, 9)]
    label = _turn(10, 14, 19)
    got = _with_label_turns(clean, [label], speech)
    assert [t.start for t in got] == [0, 10]
