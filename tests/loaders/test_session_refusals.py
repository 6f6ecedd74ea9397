"""Texts shaped like an inquiry that no people's congress holds are refused; briefs are sessions."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import InputError, load_path, load_text
from loaders.bodies import other_forum

GENRES = Path(__file__).parents[1] / "gold" / "genres"


@pytest.mark.parametrize("stem", ["m5_neg_cppcc_consultation", "m5_neg_cppcc_members", "m5_neg_legco",
                                  "m5_neg_county_council", "m5_neg_tv_wenzheng", "m5_neg_tv_deputy",
                                  "m5_neg_reports_session", "t6_neg_press_conference",
                                  # "同时还收到代表建议", "相关组织组成人员建议名单": no 时还收到 or 关组织 asks
                                  "p6_neg_suggestion_handover",
                                  # deputies' praise and "X建议，一要…二要…" at a plenary: nobody answers
                                  "p6_neg_plenary_remarks",
                                  # an op-ed: a byline "name：headline", reporters ask, "有政府官员表示"
                                  "p6_neg_opinion_byline",
                                  # a web novel's chapter: a deputy asks the mayor at an invented sitting
                                  "p6_neg_web_novel"])
def test_question_and_answer_shaped_texts_that_are_no_congress_inquiry_are_refused(stem):
    with pytest.raises(InputError, match="no recognisable exchange"):
        load_path(GENRES / f"{stem}.txt")


def test_a_meeting_that_prepares_an_inquiry_is_refused():
    # Session 6: a mobilisation meeting records no inquiry sitting (the real sets' golds
    # call such texts negatives); it was a session without exchanges before.
    with pytest.raises(InputError, match="only announced or prepared"):
        load_path(GENRES / "m5_neg_mobilisation.txt")


_HELD = "近日，方集镇人大组织开展站点问政活动，6名代表向3个站所负责人提出问题，负责人现场答复。"


@pytest.mark.parametrize("text", [
    _HELD,
    "日前，汉滨区人大常委会召开会议，对全区农村饮水安全工作开展专题询问，9个部门负责人到会应询。",
    "5月底，县人大常委会组织代表约见政府及部门负责同志，县水利局等4个单位负责同志接受约见。",
    "区人大常委会组织代表与相关职能部门以“一问一答”形式展开交流，有关部门负责人逐一回应。",
])
def test_a_brief_about_an_inquiry_held_is_a_session_even_undated(text, caplog):
    rec = load_text(text, source="brief.txt")
    assert rec.exchanges == () and rec.session.body
    assert any("quotes no question" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("text, why", [
    # announced, prepared or studied, but not held
    ("关于向市民公开征集市人大常委会专题询问提问问题的通知\n市人大常委会将于6月25日开展专题询问，现征集问题。",
     "only announced"),
    ("2022年12月8日，县人大常委会调研组深入12个镇开展调研，为开展专题询问奠定基础。", "only announced"),
    ("会议听取了关于环境状况专题询问工作方案，要求确保专题询问取得良好效果。\n省人大常委会主任会议召开。",
     "only announced"),
    ("9月3日，外市人大常委会学习考察组到我县学习考察专题询问工作，交流经验做法。", "only announced"),
    # asking in passing is no inquiry sitting
    ("2019年5月，县人大常委会调研组详细询问饮用水的水源、水质等情况，并深入村民家中察看。", "no question/answer"),
])
def test_a_text_about_an_inquiry_none_held_is_refused(text, why):
    with pytest.raises(InputError, match=why):
        load_text(text, source="plan.txt")


@pytest.mark.parametrize(("text", "forum"), [
    ("市政协委员问：…… 市住建局局长答：……", "政协"),
    ("議員︰請問局長……", None),  # the detector reads simplified text: 议员
    ("议员质询县长", "议员"),
    ("电视问政节目《阳光问政》", "问政节目"),
    # a joint session, or deputies asking in a broadcast a congress organises: a congress inquiry
    ("区人大专题询问会暨区政协专项监督会", None),
    ("市人大常委会与电视台联合推出电视问政节目", None),
])
def test_the_forum_that_is_no_peoples_congress(text, forum):
    assert other_forum(text) == forum


def test_a_traditional_council_text_is_refused_after_conversion():
    text = "縣議會總質詢\n議員陳國華質詢：「長照據點能否增加？」\n縣長張明德答覆：「明年增設十處。」"
    with pytest.raises(InputError, match="not a congress inquiry"):
        load_text(text, source="council.txt")


def test_a_cppcc_dialogue_that_deputies_attend_is_no_congress_inquiry():
    text = ("市政协举行协商议政会，市长与政协委员面对面协商。部分人大代表应邀列席。"
            "市政协委员甲问：……市长答：……市政协副主席乙主持。")
    assert other_forum(text) == "政协"
    # a congress session that CPPCC members attend stays a congress inquiry
    assert other_forum("市人大常委会开展专题询问，市政协副主席列席，政协委员旁听。") is None


def test_a_radio_call_in_is_no_congress_inquiry():
    assert other_forum("《行风热线》节目中，听众来电反映……局长答复") is not None
    assert other_forum("《行风热线》节目中，局长答复") == "行风热线"


def test_members_suggestions_that_no_office_answers_are_no_exchanges():
    # "市人大代表X建议，一要…二要…" and a TV sound-bite of praise: both were exchanges at
    # 3136693. (Still read: the headline "代表履职：…" as a label, a known miss.)
    try:
        rec = load_path(GENRES / "p6_neg_plenary_suggestions.txt")
    except InputError:
        return
    assert {e.asker.name for e in rec.exchanges}.isdisjoint({"陆佩琴", "邝志勇", "黎秋生"})
