"""A short answer that says why the figures cannot be given now (they must be checked, are not at
hand, are not accurate) and promises them in writing answers nothing yet, however the check and
the promise are worded; an answer that gives its facts and promises a written report besides
answers."""

import pytest

from loaders import load_text

LEAD = ("某市人大常委会专题询问科技创新工作\n9月20日，某市人大常委会举行联组会议，开展专题询问。\n"
        "市人大常委会委员章某林：去年企业享受的税收优惠一共减了多少？\n")


def _answer(words: str):
    e = load_text(LEAD + f"市税务局副局长庞某远：{words}\n", source="t").exchanges[0]
    return e.asker.name, e.respondent.name, e.answer is not None


PUT_OFF = [
    # the check named with words around it, the promise in 书面形式 / 书面报告 / 书面答复
    "谢谢章委员。这组数我得回单位核实一下，随后以书面形式答复委员。",
    "这项统计跨了好几个年度，要核实以后再说，到时向常委会作书面报告。",
    "章委员，减免额要等年度汇算结束才定，我现在拿到的只是初步数，不够准确。核实以后我们以书面形式报给常委会。",
    "这项工作归财政部门牵头，我们只是配合。减了多少我这里没有，散会后书面报告。",
    "委员问到的事牵涉几个部门，数字要等各部门汇总核实，我们按规定以书面形式作出答复。",
]

ANSWERED = [
    # facts given, a written report promised besides: no reason why the answer waits
    "去年全市减免42亿元，惠及企业1800多户。年底前再把全年的情况书面报告给常委会。",
    "申报系统已经上线，后续的进展我们逐月书面报告给委员们。",
    # a check of what was done, then the facts: no written promise closes it
    "经核实，去年全市减免42亿元，今年还会继续扩大。",
]


@pytest.mark.parametrize("words", PUT_OFF)
def test_a_reason_then_a_written_promise_answers_nothing_yet(words):
    assert _answer(words) == ("章某林", "庞某远", False)


@pytest.mark.parametrize("words", ANSWERED)
def test_facts_with_a_written_report_besides_answer(words):
    assert _answer(words) == ("章某林", "庞某远", True)
