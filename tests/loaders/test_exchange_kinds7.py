"""Kinds of exchange met in session 7 (set H and invented variants; their genre transcripts,
tests/gold/genres/x7_*, are scored in test_genres.py): several officials answering, an office
called 该局, the asker named inside the answer, an interviewer's question, a deliberation."""

from __future__ import annotations

import pytest

from loaders import InputError, load_text
from loaders.exchanges import members_among_themselves
from loaders.normalize import normalize

_OPENING = "2024年9月3日，清溪县人大常委会开展专题询问。\n"


def _pairs(text: str) -> list[tuple]:
    return [(e.asker.name, tuple((r.name, r.department_type) for r in e.respondents))
            for e in load_text(text, source="t.txt").exchanges]


def test_several_officials_named_with_their_posts_all_answer():
    text = _OPENING + "县人大常委会委员倪志国就失业保险基金使用情况提问，县人社局局长聂春华和县财政局副局长卢红分别作了回答。"
    assert _pairs(text) == [("倪志国", (("聂春华", "人力资源和社会保障"), ("卢红", "财政")))]


@pytest.mark.parametrize("text", [
    "委员乔文斌问县住建局：“保障房分配是否公开？”该局局长管立新回应：“分配结果都在网上公示。”",
    "委员乔文斌向县住建局发问：保障房分配是否公开？该局负责人表示，分配结果都在网上公示。",
])
def test_the_office_just_asked_answers_as_gai_ju(text):
    (pair,) = _pairs(_OPENING + text)
    assert pair[0] == "乔文斌" and pair[1][0][1] == "住房和城乡建设"


def test_a_member_named_between_the_question_and_the_answer_asked_it():
    text = _OPENING + "“停车位还差多少？”委员宁志强话音刚落，县公安局副局长毕红军就接过了话筒：“差两千个。”"
    assert _pairs(text) == [("宁志强", (("毕红军", "公安"),))]


def test_the_member_named_inside_an_offices_answer_asked():
    text = _OPENING + "县交通运输局负责人表示，今年重点优化公交线网。针对林海燕代表提出的增开夜班公交的建议，县交通运输局将调整三条线路。"
    assert _pairs(text) == [("林海燕", ((None, "交通运输"),))]


def test_straight_quotes_around_narration_are_two_quotations_not_one_nested():
    out = normalize('"垃圾为什么清运不及时?"委员章丽问道。局长万志诚回答:"将增加车辆。"')
    assert out == "“垃圾为什么清运不及时？”委员章丽问道。局长万志诚回答：“将增加车辆。”"


def test_a_deputy_answering_a_reporter_asks_no_office():
    text = "两会访谈｜省人大代表田秀英\n记者：您带来了哪些建议？\n田秀英：建议每个村都建互助养老点。"
    with pytest.raises(InputError, match="no recognisable exchange"):
        load_text(text, source="t.txt")


def test_members_deliberating_among_themselves():
    assert members_among_themselves("代表们分组审议政府工作报告。")
    assert not members_among_themselves("代表们分组审议政府工作报告，县财政局局长到会听取意见。")


def test_a_question_quoted_inside_a_members_remark_is_not_the_members():
    # "‘…？’我觉得提得很到位": the member praises someone else's question, asks nothing.
    text = _OPENING + "“‘法院如何开辟立案绿色通道？’这个问题我觉得提得很到位，回应也很实在。”县人大代表李玲说。"
    assert load_text(text, source="t.txt").exchanges == ()


def test_officials_listed_with_a_dunhao_each_named_with_a_post_all_answer():
    text = _OPENING + "委员冯丽丽就专家号难挂的问题提问，县卫健局局长陈志强、县医保局局长朱明先后作答。"
    assert _pairs(text) == [("冯丽丽", (("陈志强", "卫生健康"), ("朱明", "医疗保障")))]
