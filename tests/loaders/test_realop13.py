"""Session 13 (realOP): families met on the real pages of sets O and P (invented texts; golds in
tests/gold/genres/g13r_*, written first)."""

from __future__ import annotations

import pytest

from loaders.attribution import find_utterances
from loaders.evaluate import evaluate
from tests.loaders.genre_helpers import GENRES

REPORTING = GENRES / "g13r_voter_asks_reporting_deputy.gold.json"


def _turns(text):
    return [(u.kind, u.speaker.name) for u in find_utterances(text)]


def test_a_voter_questioning_a_reporting_deputy_is_no_exchange():
    (f,) = evaluate([REPORTING]).files
    assert f.exchanges_gold == 0 and f.exchanges_found == 0


def test_the_question_and_the_answer_at_a_deputy_s_report_are_dropped():
    text = REPORTING.with_name("g13r_voter_asks_reporting_deputy.txt").read_text(encoding="utf-8")
    assert not [t for t in _turns(text) if t[0] in ("question", "follow_up", "answer")]


@pytest.mark.parametrize("whom", ["述职的市水务局局长丁文涛", "市水务局局长丁文涛"])
def test_an_official_reporting_at_an_appraisal_is_still_asked(whom):
    # 述职评议 of an official: the members' questions are put to the official, an exchange
    text = ("2021年5月6日，某市人大常委会对市水务局局长开展述职评议。\n"
            f"委员范志强向{whom}提问：“老城区水压不足，何时能改善？”丁文涛回答，年内完成管网改造。")
    turns = _turns(text)
    assert ("question", "范志强") in turns and ("answer", "丁文涛") in turns


def test_a_lead_office_head_introduced_with_a_modifier_is_typed_by_the_office():
    from tests.loaders.genre_helpers import assert_exchanges_right

    assert_exchanges_right(GENRES / "g13r_official_as_lead_office_head.gold.json")


def test_an_office_after_a_modifier_ending_in_de_is_resolved():
    from loaders.exchanges import _department_noted

    depts = {}
    dept = _department_noted(depts, "行业主管部门负责人的省住建厅", None)
    assert dept is not None and dept.type == "住房和城乡建设"
    assert _department_noted({}, "负责人的", None) is None


def test_an_answer_given_while_questioned_by_members_is_an_exchange():
    from tests.loaders.genre_helpers import assert_exchanges_right

    assert_exchanges_right(GENRES / "g13r_answer_while_questioned.gold.json")


@pytest.mark.parametrize("opening, asked", [
    ("在接受市人大代表问询时，", True),
    ("在接受记者采访时，", False),  # a press interview: nobody of the congress asked
])
def test_only_members_questioning_give_the_answer_a_question(opening, asked):
    text = "2021年5月6日，某市人大代表在驻地询问市财政局。\n" + opening + "市财政局副局长韩立东表示，今年安排改造资金1.2亿元。"
    turns = _turns(text)
    assert ("answer", "韩立东") in turns
    assert (("question", None) in turns) is asked


def test_a_quoted_answer_before_the_official_rises_to_answer_is_attached():
    from tests.loaders.genre_helpers import assert_exchanges_right

    assert_exchanges_right(GENRES / "g13r_quote_then_rises_to_answer.gold.json")


def test_rising_is_not_part_of_the_official_s_name():
    text = ("2021年5月6日，某市人大常委会开展专题询问。\n委员范志强发问：“何时完工？”\n"
            "“年底前完工。”市水务局局长丁文涛起身应询，他表示将加快推进。")
    names = {n for k, n in _turns(text) if k == "answer"}
    assert names == {"丁文涛"}
