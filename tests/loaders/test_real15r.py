"""Session 14 (real14): shapes of real published pages (sets K–P) that defeated the loaders,
each as an invented genre text (golds in tests/gold/genres/g15r_*)."""

from __future__ import annotations

import pytest

from loaders.asked_offices import office_asked_by
from loaders.normalize import rejoin
from loaders.turns import is_turn_start
from tests.loaders.turn_helpers import label_turns


BODY = "委员周立新就此提出了第二个问题，希望相关部门说明下一步的安排和时间表。"


@pytest.mark.parametrize("heading", ["稳就业、保民生的抓手", "截污、清淤、巡河"])
def test_short_heading_pairing_with_pause_comma_stands_alone(heading):
    assert rejoin([heading, BODY]) == [heading, BODY]


@pytest.mark.parametrize("line", [
    "出席会议的有王明、李华、",  # a list that goes on
    "市住建、交通部门负责人，",  # another clause mark: body text cut mid-sentence
])
def test_lines_cut_mid_sentence_still_rejoin(line):
    assert rejoin([line, BODY]) == [line + BODY]


def test_narrow_column_line_with_pause_comma_rejoins():
    # a narrow column's lines are all short: the next one is no longer body under a heading
    assert rejoin(["建设、交通等部门负责", "人到会回答了询问。"]) == ["建设、交通等部门负责人到会回答了询问。"]


STORY = "市人大代表、某公司经理赵立明走到市城管局的咨询台前，说起了夜市占道经营的问题，希望尽快规范。"


def test_label_headline_stands_alone_over_the_story():
    line = "市城管局：将为夜市划定经营区域"
    assert rejoin([line, STORY], is_turn_start) == [line, STORY]


def test_label_line_over_its_quoted_speech_rejoins():
    line = "问：委员赵立明"
    quoted = "“夜市占道经营的问题由来已久，今年城管部门准备怎样规范，有没有时间表？”"
    assert rejoin([line, quoted], is_turn_start) == [line + quoted]


def test_headline_pair_in_label_form_is_no_exchange():
    text = "市人大代表：建议规范夜市占道经营\n市城管局：将划定经营区域\n" + STORY
    assert label_turns(text) == []


def test_column_words_over_a_question_stay_labels():
    # "询问人：" / "应询人：" name nobody themselves: a declaration, not a headline
    text = ("询问人：市人大常委会委员 赵立明\n应询人：市城管局局长 钱志华\n"
            "问：夜市占道经营如何规范？\n答：今年划定经营区域，由街道统一管理。")
    assert [t.kind for t in label_turns(text)] == ["question", "answer"]


LEDE = "昨日，韦立等5名市人大代表向市水利局、市财政局等部门提出询问。韦立一开场就问：政府在水库除险上的投入为何不见成效？"


def test_office_asked_is_the_first_the_lede_names_for_that_member():
    assert office_asked_by(LEDE, "韦立", LEDE.index("政府")) == "市水利局"


def test_office_asked_needs_the_member_named_asking_it():
    assert office_asked_by(LEDE, "覃明", LEDE.index("政府")) is None
    assert office_asked_by("韦立参加了会议。市水利局局长到会。", "韦立", 15) is None
