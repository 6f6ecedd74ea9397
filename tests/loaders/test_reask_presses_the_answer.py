"""A re-ask that presses the answer just given is a 追问 however it is led in: after the answer cited
("你刚才提到…，我想接着问："), by another member addressing the official who answered ("宁局长，我接着
问一句。"), and in a broadcast 问政 whose members speak under marks of their own ("【市人大代表 X】",
"X（区人大代表，某镇）："). Another member asking again of an official who has not answered asks anew."""

import pytest

from loaders import load_text

MEETING = ("某区人大常委会专题询问农村环境整治\n10月9日，某区人大常委会举行专题询问。\n"
           "区人大常委会委员冉某丽：村里的垃圾为什么十天半月没人拉？\n"
           "区城市管理局局长晏某栋：问题出在镇一级转运环节，下一步统一交给第三方清运。\n")

SAME_MEMBER = [
    "冉某丽：晏局长，你刚才提到“第三方”，我想接着问：钱从哪里来？",
    "冉某丽：晏局长，您刚才说到转运环节，我接着问一句。车辆什么时候更新？",
    "冉某丽：我接着问：第三方的合同谁来监督？",
]

OTHER_MEMBER = [
    "区人大常委会委员柴某：晏局长，我接着问一句。钱从哪里来？",
    "区人大代表柴某：晏局长，我再问一下，会不会摊到村民头上？",
]


def _second(line: str):
    xs = load_text(MEETING + line + "\n区城市管理局局长晏某栋：由区镇两级财政承担，不向村民收费。\n", source="t").exchanges
    return xs[1]


@pytest.mark.parametrize("line", SAME_MEMBER + OTHER_MEMBER)
def test_a_reask_pressing_the_answer_follows_it_up(line):
    e = _second(line)
    assert (e.respondent.name, e.follow_up_of is not None) == ("晏某栋", True)


def test_another_member_asking_another_official_again_asks_anew():
    xs = load_text(MEETING + "区人大常委会委员柴某：符局长，我接着问一句。农田灌溉的水渠什么时候修？\n"
                   "区水利局局长符某明：今年冬天修完。\n", source="t").exchanges
    assert (xs[1].asker.name, xs[1].respondent.name, xs[1].follow_up_of) == ("柴某", "符某明", None)


BROADCAST = ("《问政某区》第三期 节目文字稿\n播出时间：2024年5月8日 某区融媒体中心 直播\n"
             "主持人：庞某\n上台应询：区城市管理局局长晏某栋\n\n主持人：各位观众晚上好。先请区人大代表提问。\n\n")

MEMBER_MARKS = [
    # (the member's first mark, the member's mark again)
    ("【区人大代表 冉某丽】", "【冉某丽】"),
    ("冉某丽（区人大代表，某镇）：", "冉某丽（区人大代表，某镇）："),
]


@pytest.mark.parametrize("first,again", MEMBER_MARKS)
@pytest.mark.parametrize("reask", ["晏局长，我接着问一句。钱从哪里来？", "统一交给第三方以后，钱从哪里来？"])
def test_a_broadcast_members_reask_follows_up(first, again, reask):
    text = (BROADCAST + f"{first}村里的垃圾为什么十天半月没人拉？\n\n"
            "【晏某栋】问题出在镇一级转运环节，下一步统一交给第三方清运。\n\n"
            f"{again}{reask}\n\n【晏某栋】由区镇两级财政承担，不向村民收费。\n")
    xs = load_text(text, source="t").exchanges
    assert [(x.asker.name, x.respondent.name, x.follow_up_of is not None) for x in xs] == \
        [("冉某丽", "晏某栋", False), ("冉某丽", "晏某栋", True)]
