"""Session 15 (real15): shapes of real published pages (sets K–Q) that defeated the loaders,
each as an invented genre text (golds in tests/gold/genres/g16r_*)."""

from __future__ import annotations

import pytest

from loaders.narrated import narrated_turns


# a member's question cut off by the page's end, nobody answering: the office she was speaking
# to (the one that answered her before) is not read yet


def test_motion_signed_first_member_asks_the_named_official():
    text = ("县人大常委会举行质询会议。\n常委会委员田志军、罗玉英等6人联名提出质询案，指出问题。\n"
            "会上，县自然资源局局长范立华就质询案作出答复，表示立即整改。\n")
    q, a = narrated_turns(text)
    assert (q.kind, q.speaker.name) == ("question", "田志军")
    assert (a.kind, a.speaker.name, a.speaker.title) == ("answer", "范立华", "局长")
    assert text[a.body_start:a.end].startswith("会上，县自然资源局局长范立华")


def test_motion_with_nobody_named_answering_tells_no_exchange():
    text = "代表马立新、周小英等10名代表联名提出质询。质询会上，代表们对答复不满意。\n"
    assert narrated_turns(text) == []


def test_unseated_person_pressing_questions_is_no_member():
    # a resident's barrage of questions answered by an official is no member's question
    told = "{}就停车难问题连珠炮地发问。面对这些问题，市交通局局长马国强回答说，正在建停车场。\n"
    assert narrated_turns(told.format("市民刘小红")) == []
    assert [t.speaker.name for t in narrated_turns(told.format("市人大代表刘小红"))] == ["刘小红", "马国强"]


def test_a_taiwan_representative_council_blog_is_refused():
    # "有代表提問" there is a council member, not a people's congress deputy
    from loaders.errors import InputError
    from loaders.pipeline import load_text

    text = ("讀完幾份鎮民代表會的會議紀錄，我只想嘆氣。\n"
            "有代表提問：「路燈可不可以全部換成太陽能的？」此話一出，官員解釋了現有電網與預算的限制。\n"
            "這樣的質詢，其實打一通電話給公所就能問清楚。\n")
    with pytest.raises(InputError, match="not a congress inquiry"):
        load_text(text, source="<blog>")


def test_pointed_back_answer_is_the_officials_quotation_before():
    from loaders.pointed_back import pointed_back_turns

    text = ("“今年要新建停车泊位五千个。”市城管局局长石建平说。\n会议举行专题询问。\n"
            "石建平是在回答“停车难怎么破解”的问题时，作出上述表述的。\n")
    q, a = pointed_back_turns(text)
    assert q.speaker.name is None and text[q.body_start:q.end] == "“停车难怎么破解”的问题"
    assert a.speaker.name == "石建平" and text[a.body_start:a.end] == "今年要新建停车泊位五千个。"
    # no quotation of that official before the pointing sentence: nothing pointed back to
    assert pointed_back_turns(text.replace("市城管局局长石建平说", "市民说")) == []


def test_cut_off_is_a_text_ending_mid_sentence():
    from loaders.cut_pages import cut_off

    assert cut_off("代表X：在钓鱼执", 8)
    assert not cut_off("代表X：在钓鱼执法中，要讲程序。", 16)
    assert not cut_off("代表X：在钓鱼执\n局长Y：好的。", 8)  # more text after it
