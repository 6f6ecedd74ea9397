"""Session 12 (tune13z): news features whose opening question names its member only around the
quotation: after the sitting named alone ("“…？”会上，代表X…"), by 问话的是 on the next line, or by
a clause that runs into the quotation after a comma ("委员X一开口就把话挑明，“…？”") (invented
texts; golds in tests/gold/genres/g13z_*, written first)."""

from __future__ import annotations


LEAD = "2021年4月8日，某市人大常委会开展专题询问。\n"


def _askers(text):
    from loaders.attribution import find_utterances

    return [u.speaker.name for u in find_utterances(text) if u.kind in ("question", "follow_up")]


def test_the_sitting_named_alone_leads_to_the_member():
    text = LEAD + "“停车位为什么还是不够？”会上，市人大代表范志强第一个举手。\n市公安局局长丁文涛回答，将增设泊位。"
    assert _askers(text) == ["范志强"]


def test_a_member_clause_running_into_a_quoted_question_asks_it():
    text = LEAD + "“路边全是车。”委员范志强一开口就把话挑明，“泊位到底谁来建？”\n市公安局局长丁文涛回答，将增设泊位。"
    assert _askers(text) == ["范志强"]


def test_an_official_clause_running_into_a_quoted_question_is_no_member():
    text = LEAD + "市公安局局长丁文涛一开口就反问，“泊位到底谁来建？”\n他说，将增设泊位。"
    assert "丁文涛" not in _askers(text)


def test_a_question_said_to_come_from_a_member_is_theirs():
    text = LEAD + "“泊位到底谁来建？”这个问题来自市人大代表范志强。\n市公安局局长丁文涛回答，将增设泊位。"
    assert _askers(text) == ["范志强"]
