"""Session 15 (tune16g): exchanges of news features (blind set 17a x1_; invented texts; golds in
tests/gold/genres/g16g_*, written first)."""

from __future__ import annotations

import pytest

from loaders.attribution import find_utterances
from tests.loaders.genre_helpers import assert_exchanges_right, genre_golds

G16G = genre_golds("g16g_")
LEAD = "2021年5月12日，某区人大常委会开展专题询问。\n"


def test_there_are_g16g_genres():
    assert G16G


@pytest.mark.parametrize("gold", G16G, ids=lambda p: p.stem)
def test_g16g_genre_fully_aligned(gold):
    assert_exchanges_right(gold)


def _said(text):
    return [(u.kind, u.speaker.name, u.speaker.department) for u in find_utterances(text)]


def test_a_pronoun_putting_the_question_to_an_office_is_the_member_named_before():
    text = LEAD + "第一位发问的是委员邵长林。他把问题交给了区商务局：菜场何时动工？\n区商务局局长龚晓明回答，七月动工。"
    assert _said(text)[:2] == [("question", "邵长林", None), ("answer", "龚晓明", "区商务局")]


def test_an_office_the_question_is_put_to_is_no_speaker():
    text = LEAD + "第二位发问的委员，把问题抛给了区财政局：钱从哪里来？\n区财政局局长祁国栋说，分两年安排。"
    assert [k for k, _, d in _said(text)] == ["question", "answer"]
    assert all(d is None or "把问题" not in d for _, _, d in _said(text))


def test_a_counted_asker_named_after_is_whom_the_pronoun_stands_for():
    text = LEAD + "首位发问的委员是柯玉琴。她说，清运车能不能多来几趟？\n区城市管理局局长单卫平回答，每天一趟。"
    assert _said(text)[0][:2] == ("question", "柯玉琴")

