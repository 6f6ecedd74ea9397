"""Session 12 (tune13y): members named once in narration by a bare seat (``委员X``), later asking
by the bare name (invented texts; golds in tests/gold/genres/g13y_*, written first)."""

from __future__ import annotations

import pytest

from loaders.attribution.words import cue_kind
from loaders.attribution.people import People


def test_a_bare_seat_opening_a_clause_names_a_member():
    people = People("“水为什么停了？”委员甲乙丙开口就问。甲乙丙并不满意。")
    sp = people.named("甲乙丙")
    assert sp is not None and sp.role == "委员"


@pytest.mark.parametrize("text", [
    "管委会副主任甲乙丙介绍了情况。甲乙丙表示，将加快进度。",  # 委 inside 管委会: no seat
    "省政协委员、某大学教授甲乙丙提出建议。甲乙丙说，应加快。",  # a seat inside the clause: no member
])
def test_a_seat_inside_a_clause_names_no_member(text):
    sp = People(text).named("甲乙丙")
    assert sp is None or sp.role != "委员"


def test_a_count_of_sentences_after_a_cue_keeps_its_kind():
    assert cue_kind("追问一句") == "follow_up"


def _askers(text):
    from loaders.attribution import find_utterances

    return [u.speaker.name for u in find_utterances(text) if u.kind in ("question", "follow_up")]


def test_a_remark_put_to_an_office_is_a_question_and_a_remark_alone_is_not():
    lead = "2020年9月17日，某市人大常委会开展专题询问。\n"
    thrown = lead + "“路边全是车，行人只能走到马路中间。”委员范志强把问题抛给了市公安局。\n市公安局局长丁文涛回答，将增设泊位。"
    assert _askers(thrown) == ["范志强"]
    nodded = lead + "“路边全是车，行人只能走到马路中间。”委员范志强说完坐下了。\n市公安局局长丁文涛回答，将增设泊位。"
    assert _askers(nodded) == []


def test_the_asker_named_before_a_quotation_asks_only_the_first_one_after():
    lead = "2022年11月10日，某市人大常委会开展专题询问。\n"
    named = lead + "第一个提问的是委员范志强。他在调研中发现，不少床位空着。“这个矛盾怎么解？”\n市民政局局长丁文涛回答，将推动转型。"
    assert _askers(named) == ["范志强"]
    quoted_between = lead + "第一个提问的是委员范志强。群众说“床位太贵”。“这个矛盾怎么解？”\n市民政局局长丁文涛回答，将推动转型。"
    assert _askers(quoted_between) == []


def test_a_remark_put_out_as_a_question_is_a_question():
    lead = "2019年5月28日，某市人大常委会开展专题询问。\n"
    text = lead + "“菜农和市民两头吃亏！”委员范志强一上来就抛出了尖锐问题。\n市商务局局长丁文涛回答，将建设集配中心。"
    assert _askers(text) == ["范志强"]
    assert _askers(text.replace("抛出了尖锐问题", "抛出了一组数据")) == []
