"""A question told in indirect speech whose interrogative word opens it (委员X询问如何…，…)."""

import pytest

from loaders import load_text

LEAD = "2015年9月14日，某省人大常委会举行专题询问。\n"


@pytest.mark.parametrize("asked", ["如何破解预冷设施不足，减少损耗", "能否纳入绿色通道，降低成本", "是否设立发展基金，撬动社会资本",
                                   "怎样破解预冷设施不足"])
def test_a_told_question_opening_with_its_interrogative_word_is_asked(asked):
    r = load_text(LEAD + f"委员宫某宇询问{asked}。省商务厅副厅长晁某民回答，将新建一批设施。", source="t")
    assert [(e.asker.name, e.respondent.name, e.answer) for e in r.exchanges] == [("宫某宇", "晁某民", "将新建一批设施。")]


def test_a_told_question_deferred_to_an_office_is_asked_and_unanswered():
    r = load_text(LEAD + "委员宫某宇询问如何破解预冷设施不足，减少损耗。省商务厅副厅长晁某民回答，将新建一批设施。\n"
                  "委员牟某春询问是否设立发展基金，撬动社会资本。由于时间关系，会议请省财政厅会后作出书面答复。", source="t")
    last = r.exchanges[-1]
    assert (last.asker.name, last.answer, last.respondent.department_type) == ("牟某春", None, "财政")
