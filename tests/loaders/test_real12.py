"""Session 12, real pages (real12): shapes of real published pages that read as inquiries but
are not, and real-page attributions; each with an invented genre text in tests/gold/genres
(g12r_*, gold written before the extractor ran)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import InputError, load_path, load_text
from loaders.hosts import department_host, press_host

GENRES = Path(__file__).parents[1] / "gold" / "genres"


@pytest.mark.parametrize("stem, host", [("g12r_neg_bureau_forum", "信丰县水利局"),
                                        ("g12r_neg_department_dialogue", "省交通运输厅")])
def test_a_departments_own_forum_where_deputies_ask_is_refused(stem, host):
    # "X局举办政风行风面对面问答活动" / "X厅邀请部分省人大代表…座谈": label or reported
    # question-and-answer pairs with a deputy asking, but the office holds the sitting.
    with pytest.raises(InputError, match=f"a meeting held by {host}"):
        load_path(GENRES / f"{stem}.txt")


@pytest.mark.parametrize("text", [
    # the congress holds it and the office is asked: an inquiry
    "县人大常委会组织代表与县住建局面对面。县住建局召开了准备会。\n县人大代表王丽问：老旧小区何时改造？\n县住建局局长李强答：年底前完成。",
    # a 人代会 sitting: deputies meet an office during the congress
    "市十五届人大四次会议期间，市教育局召开代表座谈会。\n市人大代表周敏问：学位够不够？\n市教育局局长吴刚答：新建两所学校。",
])
def test_an_office_met_at_a_congress_sitting_is_still_read(text):
    rec = load_text(text, source="t.txt")
    assert len(rec.exchanges) == 1 and rec.exchanges[0].respondent.name in ("李强", "吴刚")


def test_the_host_is_read_in_the_opening_only():
    assert department_host("群众来信。" * 100 + "县水利局召开问答会。") is None
    assert department_host("5月8日，县水利局在二楼会议室召开了行风问答会。") == "县水利局"


def test_two_posts_joined_by_a_comma_are_one_officials():
    # "市政府副秘书长、市住建局局长X作答": not a nameless 副秘书长 beside X
    rec = load_path(GENRES / "g12r_two_posts_one_name.txt")
    assert [[(r.name, r.department_type) for r in e.respondents] for e in rec.exchanges] == [
        [("程立军", "住房和城乡建设")], [("邓文斌", "城市管理")]]


def test_two_nameless_officials_joined_by_a_comma_still_answer_both():
    rec = load_text("县人大常委会开展专题询问。\n“学校什么时候建好？”县人大常委会委员王丽问道。\n"
                    "县教育局局长、县财政局局长先后作答，表示年底前完工。", source="t.txt")
    assert [r.department_type for r in rec.exchanges[0].respondents] == ["教育", "财政"]


def test_an_official_named_alone_speaks_for_the_office_of_his_first_person():
    # "“…我们交通部门已经…”饶志坚说，…" at a delegation's discussion: the only post he has
    rec = load_path(GENRES / "g12r_first_person_office.txt")
    assert [(e.asker.name, e.respondent.name, e.respondent.department_type) for e in rec.exchanges] == [
        ("吴春花", "饶志坚", "交通运输"), ("黄志明", "熊小燕", "教育")]


def test_a_bare_name_after_a_quote_without_an_office_of_ours_is_no_official():
    # "我们" with no office ("我们一定…"), or a member's own quote: nobody is made an official
    text = ("市十五届人大四次会议期间，代表们分组审议政府工作报告。\n"
            "“老城区停车太难了。”市人大代表吴春花建议，多建停车场。\n"
            "“我们一定把大家的意见带回去。”饶志坚说，会尽快研究。")
    with pytest.raises(InputError):
        load_text(text, source="t.txt")


def test_a_government_press_conference_on_an_inquirys_follow_up_is_a_session_without_exchanges():
    # reporters ask, officials answer; the inquiry it reports back on makes it a session
    rec = load_path(GENRES / "g12r_press_followup.txt")
    assert rec.exchanges == () and rec.session.sitting == "绵阳市八届人大常委会第十四次会议"


def test_an_office_holding_an_inquiry_sitting_is_no_press_conference():
    assert press_host("区人大常委会召开专题询问会，区政府新闻办负责人应询。") is None
    assert press_host("区政府办公室召开会议，部署新闻发布会工作。") is None


def test_askers_and_answerers_summed_up_in_one_sentence_are_no_exchange():
    rec = load_path(GENRES / "g12r_summary_askers_answerers.txt")
    assert rec.exchanges == () and rec.session.sitting == "遂宁市八届人大常委会第十八次会议"


def test_askers_summed_up_then_one_official_answering_in_his_own_sentence_still_ask():
    # "A和B分别就…提出了问题。" then "局长Y回答说，…": the answer is told, so the question is
    rec = load_text("市人大常委会开展专题询问。\n市人大代表蔡明和罗静分别就停车位改造、路内停车收费提出了问题。\n"
                    "市住房和城乡建设局局长邝立回答说，今年将新增停车位3200个。", source="t.txt")
    assert rec.exchanges and (rec.exchanges[0].asker.name, rec.exchanges[0].respondent.name) == ("蔡明", "邝立")
