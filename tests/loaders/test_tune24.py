"""Session 18 (tune24): rules written from the open sets 21 and 22 (invented texts; genre golds
in tests/gold/genres/g24_*, each written first)."""

from __future__ import annotations

from loaders.attribution import find_utterances

LEAD = "2024年6月13日，某区人大常委会举行询问。\n"


def _said(text):
    return [(u.kind, u.speaker.name) for u in find_utterances(LEAD + text)]


def test_a_question_told_after_wen_qi_is_asked():
    text = ("委员郑秋萍首先问起，全区的社区食堂有多少能收支平衡，亏本的打算怎么办。"
            "区民政局局长方立成回答说，全区现有社区食堂十家。")
    assert _said(text) == [("question", "郑秋萍"), ("answer", "方立成")]


def test_the_member_who_asked_last_going_on_with_jiezhe_presses_on():
    text = ("委员郑秋萍问，社区食堂亏本的打算怎么办？区民政局局长方立成回答说，区里将统一配餐。"
            "郑秋萍接着又问，统一配餐以后价格会不会上涨。方立成表示，助餐价格保持不变。")
    assert _said(text) == [("question", "郑秋萍"), ("answer", "方立成"),
                           ("follow_up", "郑秋萍"), ("answer", "方立成")]


def test_going_on_to_ask_another_office_is_the_next_question():
    text = ("委员郑秋萍问，社区食堂亏本的打算怎么办？区民政局局长方立成回答说，区里将统一配餐。"
            "郑委员接着又问区市场监督管理局：食堂的食品安全谁来管？区市场监督管理局局长傅雅琳表示，每季度抽检一次。")
    assert [k for k, _ in _said(text)] == ["question", "answer", "question", "answer"]


def test_another_member_going_on_asks_the_next_question():
    text = ("委员郑秋萍问，社区食堂亏本的打算怎么办？区民政局局长方立成回答说，区里将统一配餐。"
            "委员汤建中接着问，食堂的食品安全谁来管？区市场监督管理局局长傅雅琳表示，每季度抽检一次。")
    assert [k for k, _ in _said(text)] == ["question", "answer", "question", "answer"]


def test_the_same_member_going_on_without_again_asks_the_next_question():
    text = ("委员郑秋萍问，社区食堂亏本的打算怎么办？区民政局局长方立成回答说，区里将统一配餐。"
            "郑秋萍接着提问：“老年助餐点为什么只开在城区？”方立成表示，明年向乡镇延伸。")
    assert [k for k, _ in _said(text)] == ["question", "answer", "question", "answer"]
