"""Labelled transcript layouts (session 6): tables flattened to text, speaker lines alone,
headings naming both sides, numbered items with 提问人/应询人, chair lines and 补充询问.

The transcripts are ours (tests/gold/genres/t6_*), each gold written before the extractor
ran on it; every exchange must come out with all five scored fields right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.evaluate import evaluate
from loaders.turns import find_turns, is_bare_label, parse_label

GENRES = Path(__file__).parents[1] / "gold" / "genres"
T6 = sorted(GENRES.glob("t6_*.gold.json"))


def test_there_are_session6_layouts():
    assert len(T6) >= 5


@pytest.mark.parametrize("gold", T6, ids=lambda p: p.stem)
def test_every_exchange_and_the_session_right(gold):
    report = evaluate([gold])
    (f,) = report.files
    assert f.error is None
    assert f.exchanges_found == f.exchanges_gold == f.exchanges_aligned, f.exchange_errors
    assert not f.exchange_errors and not f.session_errors, (f.exchange_errors, f.session_errors)


def test_a_verb_in_brackets_names_the_kind():
    label = parse_label("委员杨明辉（补充询问）：排名靠后的怎么办？")
    assert label.kind == "follow_up" and label.speaker.name == "杨明辉"
    assert parse_label("问（区人大常委会委员 林志坚）：…").kind == "question"


@pytest.mark.parametrize("rest, expect", [
    ("提问人：市人大代表 陈国梁", True), ("问：怎么办？", True), ("应询人：市民政局局长 庞振东", True),
    ("人大代表：出了问题别遮丑", False), ("食安办：有效化解", False), ("成效：明显", False),
])
def test_only_a_label_word_opens_a_turn_after_a_plain_space(rest, expect):
    assert is_bare_label(rest) is expect


def test_a_designation_then_a_space_then_the_speech_is_a_label():
    label = parse_label("市人大代表 詹丽萍 老城区雨污分流工程拖了两年，症结在哪里？")
    assert (label.kind, label.speaker.name, label.speaker.role) == ("question", "詹丽萍", "市人大代表")
    # "肖开提 · 依明" is one transliterated name: what follows the space is no speech.
    assert parse_label("自治区人大常委会主任肖开提 · 依明参加会议并讲话。") is None


def test_a_department_and_a_word_alone_on_a_line_is_no_speaker():
    text = "●食安办报告\n今年以来全市抽检食品一万批次。\n●市水利局局长 覃志明\n我们推行县级统管。"
    assert [(t.speaker.name, t.speaker.title) for t in find_turns(text)] == [("覃志明", "局长")]
