"""An office named after its place's kind in more than one character (自治区财政厅, 自治州教育局)
keeps that kind whole in running text, not its last character (区财政厅)."""

import pytest

from loaders import load_text
from loaders.departments import find_departments


@pytest.mark.parametrize("text, office", [
    ("因为时间不够，自治区发展和改革委员会表示会后再作书面答复", "自治区发展和改革委员会"),
    ("自治区财政厅负责人作了回答", "自治区财政厅"),
    ("自治州教育局局长表示", "自治州教育局"),
    ("请问市科技局", "市科技局"),  # a false prefix before a one-character kind is still cut
])
def test_an_office_keeps_a_kind_of_several_characters(text, office):
    assert [s for _, _, s in find_departments(text)] == [office]


def test_a_question_put_off_to_an_autonomous_region_s_office_names_it_whole():
    r = load_text("2011年5月26日，某自治区人大常委会举行专题询问。\n委员王某芬询问如何发展舍饲养殖，弥补收入缺口。"
                  "因为时间不够，自治区发展和改革委员会表示会后再作书面答复。", source="t")
    e = r.exchanges[-1]
    assert (e.respondent.department_text, e.respondent.department_type, e.answer) == ("自治区发展和改革委员会", "发展和改革", None)
