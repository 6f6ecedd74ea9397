"""Session 15 (tune16g): exchanges of news features (blind set 17a x1_; invented texts; golds in
tests/gold/genres/g16g_*, written first)."""

from __future__ import annotations

from loaders.attribution import find_utterances

LEAD = "2021年5月12日，某区人大常委会开展专题询问。\n"


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


def test_an_answer_cue_right_before_an_ellipsis_still_reads_the_answer():
    text = LEAD + "委员覃美玲问的是收费：夜间停车能不能免费？区发展和改革局副局长卜立华回答说……办法正在测算。"
    assert _said(text)[-1] == ("answer", "卜立华", "区发展和改革局")


def test_a_member_pressing_on_after_a_comma_follows_up_on_what_the_colon_opens():
    text = (LEAD + "委员杭晓丽问：家长的钱怎么办？区市场监督管理局副局长鲍志勇回答，“先进监管账户。”"
            "杭晓丽没有点头，而是紧追不放：覆盖了多少家？鲍志勇答，六成。")
    (f,) = [u for u in find_utterances(text) if u.kind == "follow_up"]
    assert (f.speaker.name, text[f.start:f.end]) == ("杭晓丽", "覆盖了多少家？")


def test_a_long_action_of_a_member_before_a_colon_and_a_quoted_question_asks():
    text = LEAD + "委员邝志远把一沓手机拍的照片在桌上一字排开：“车往哪停？”\n区住房和城乡建设局局长阎春生回答，九月投用。"
    assert _said(text)[0][:2] == ("question", "邝志远")


def test_a_long_action_before_a_colon_and_a_remark_that_asks_nothing_is_no_question():
    text = LEAD + "委员邝志远把一沓手机拍的照片在桌上一字排开：“这些都是晚上拍的。”\n区住房和城乡建设局局长阎春生回答，九月投用。"
    assert ("question", "邝志远", None) not in _said(text)


def test_a_name_before_ze_ends_before_it():
    text = LEAD + "委员翁丽则把问题对准了资金。她问：钱够不够？区财政局副局长包晓东回答，够了。"
    assert _said(text)[0][:2] == ("question", "翁丽")


def test_questions_of_unnamed_members_on_listed_topics_are_the_sitting_summed_up():
    text = (LEAD + "委员邬秋平问：摊贩谁来管？区市场监督管理局局长计东海回答，当场取缔。\n"
            "还有委员就“放心菜篮子”工程、农村集体聚餐备案、网络订餐监管等问题提出询问，区农业农村局、区卫生健康局负责人一一作答。")
    assert [(k, n) for k, n, _ in _said(text)] == [("question", "邬秋平"), ("answer", "计东海")]


def test_a_counted_member_pressing_by_a_pronoun_with_a_long_topic_follows_up():
    text = (LEAD + "首位发问的委员是骆春兰。她说，晚饭怎么办？\n区民政局局长费国庆回答，试点晚餐。\n"
            "第二位发问的是严立军委员，他追问了助餐服务的另一面：送餐费谁出？\n费国庆说，财政补一半。")
    assert [(k, n) for k, n, _ in _said(text)] == [("question", "骆春兰"), ("answer", "费国庆"),
                                                   ("follow_up", "严立军"), ("answer", "费国庆")]
