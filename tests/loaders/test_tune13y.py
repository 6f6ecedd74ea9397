"""Session 12 (tune13y): members named once in narration by a bare seat (``委员X``), later asking
by the bare name (invented texts; golds in tests/gold/genres/g13y_*, written first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.attribution import _cue_kind, _People
from tests.loaders.genre_helpers import assert_exchanges_right

GENRES = Path(__file__).parents[1] / "gold" / "genres"
G13Y = sorted(GENRES.glob("g13y_*.gold.json"))


def test_there_are_g13y_genres():
    assert G13Y


@pytest.mark.parametrize("gold", G13Y, ids=lambda p: p.stem)
def test_g13y_genre_fully_aligned(gold):
    assert_exchanges_right(gold)


def test_a_bare_seat_opening_a_clause_names_a_member():
    people = _People("“水为什么停了？”委员甲乙丙开口就问。甲乙丙并不满意。")
    sp = people.named("甲乙丙")
    assert sp is not None and sp.role == "委员"


@pytest.mark.parametrize("text", [
    "管委会副主任甲乙丙介绍了情况。甲乙丙表示，将加快进度。",  # 委 inside 管委会: no seat
    "省政协委员、某大学教授甲乙丙提出建议。甲乙丙说，应加快。",  # a seat inside the clause: no member
])
def test_a_seat_inside_a_clause_names_no_member(text):
    sp = _People(text).named("甲乙丙")
    assert sp is None or sp.role != "委员"


def test_a_count_of_sentences_after_a_cue_keeps_its_kind():
    assert _cue_kind("追问一句") == "follow_up"
