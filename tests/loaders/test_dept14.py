"""Session 13 (dept14): a new area's managing committee, a zone's personnel bureau, the office of
the second of two officials answering together, a block of answers after a numbered list of
questions, or in prose to several questions at once, a question passed on to another office
(invented texts; golds in tests/gold/genres/g14d_*)."""

from __future__ import annotations

import pytest

from loaders import load_text
from loaders.departments import resolve_department
from loaders.follow_ups import marked_head


@pytest.mark.parametrize("surface,dtype", [
    ("贵安新区管委会", "园区"),  # a new area's committee is a zone's
    ("贵安新区管理委员会", "园区"),
    ("新区社会事业局", "社会事业"),  # a new area's own bureau keeps its field
    ("开发区组织人事局", "人力资源和社会保障"),
    ("市退役军人事务服务中心", "退役军人事务"),  # 军人事务 holds 人事: 退役军人 comes first
    ("副局长李明与区教育局", "教育"),  # the second of two officials: the office after 与
    ("县农业农村和水利局", "农业农村"),  # one bureau joining two fields, not an office after 和
    ("区企业服务中心", "营商环境"),  # an office serving firms
    ("园区企业发展服务中心", "营商环境"),  # a zone's too: its field before the zone's word
    ("高新区管委会", "园区"),
    ("市委编办", "人力资源和社会保障"),  # the staffing office: the 人社局's type, as golds give it
    ("县机构编制委员会办公室", "人力资源和社会保障"),
])
def test_field_types(surface, dtype):
    assert resolve_department(surface, "唐山市").type == dtype


@pytest.mark.parametrize("surface,name", [
    ("副主任张伟和市人力资源和社会保障局", "唐山市人力资源和社会保障局"),
    ("张伟、市财政局", "唐山市财政局"),
])
def test_office_after_another_official(surface, name):
    assert resolve_department(surface, "唐山市").name == name


def test_no_office_after_an_office():
    # 市发改委和市住建局 names two offices: the first still types it, the rule reads no official before 和
    assert resolve_department("市发改委和市住建局", "唐山市").type == "发展和改革"


_BLOCK = """市人大常委会专题询问

1. 常委会委员甲乙丙：第一问？
2. 常委会委员丁戊己：第二问？
3. 市人大代表庚辛壬：第三问？

市财政局局长周文海：{a}

市水利局局长吴振邦：{b}
"""


def _pairs(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    rec = load_text(_BLOCK.format(a=a, b=b), source="block.txt")
    return [(e.asker.name, e.respondent.name if e.respondent else None, e.answer) for e in rec.exchanges]


def test_block_answer_naming_two_numbers_answers_both():
    got = _pairs("关于第1、3个问题，资金已拨付到位。", "针对第二个问题，堤防年内完工。")
    assert [(a, r) for a, r, _ in got] == [("甲乙丙", "周文海"), ("丁戊己", "吴振邦"), ("庚辛壬", "周文海")]
    assert got[1][2] == "针对第二个问题，堤防年内完工。"


def test_block_split_by_the_numbers_each_part_names():
    got = _pairs("关于第1个问题，资金已拨付。关于第3个问题，明年再增加。", "第2题，堤防年内完工。")
    assert got[0][2] == "关于第1个问题，资金已拨付。"
    assert got[2][2] == "关于第3个问题，明年再增加。"


def test_block_with_an_answer_naming_no_number_is_left_as_read():
    got = _pairs("关于第1个问题，资金已拨付。", "堤防年内完工。")
    assert [r for _, r, _ in got][:2] == [None, None]


def test_follow_up_mark_may_name_the_question():
    assert marked_head("常委会委员 王丽萍（追问第1题）") == "常委会委员 王丽萍"
    assert marked_head("委员X（追问第二个问题）") == "委员X"


_PROSE = ("2023年5月9日，临江市人大常委会召开联组会议开展专题询问。\n"
          "常委会委员龙海燕、市人大代表石建平分别就道路破损、路灯不亮提出询问，{who}。"
          "{tail}\n")


def _who_answered(who: str, tail: str) -> list[tuple[str | None, str | None]]:
    rec = load_text(_PROSE.format(who=who, tail=tail), source="prose.txt")
    return [(e.asker.name, e.respondent.name if e.respondent else None) for e in rec.exchanges]


def test_members_asking_in_one_sentence_get_the_officials_named_in_order():
    got = _who_answered("市交通运输局局长周文海和市城市管理局局长吴振邦逐一作答",
                        "周文海介绍，道路年内修复；吴振邦表示，路灯本月修好。")
    assert got == [("龙海燕", "周文海"), ("石建平", "吴振邦")]


def test_an_official_adding_a_word_later_is_no_one_in_order():
    got = _who_answered("市交通运输局局长周文海逐一作了回应",
                        "周文海介绍，道路年内修复，路灯本月修好。市城市管理局局长吴振邦还就路灯维护作了补充说明，表示将建立巡查机制。")
    assert got == [("龙海燕", "周文海"), ("石建平", "周文海")]


_PASSED = ("2023年5月9日，临江市人大常委会召开联组会议开展专题询问。\n"
           "常委会委员龙海燕问：老城区排水管网什么时候改造？\n"
           "市住房和城乡建设局局长周文海{passed}\n"
           "市水利局副局长吴振邦说，管网改造明年汛前完成。\n")


def _answering(passed: str) -> list[str | None]:
    rec = load_text(_PASSED.format(passed=passed), source="passed.txt")
    return [e.respondent.name if e.respondent else None for e in rec.exchanges]


def test_an_official_passing_the_question_on_is_not_the_respondent():
    assert _answering("没有直接回答，而是请市水利局说明。") == ["吴振邦"]


def test_an_official_answering_before_asking_another_stays_the_respondent():
    # an answer of substance, then another office asked to add: the first official answered
    assert _answering("说，资金已经落实，请市水利局补充说明工期。") == ["周文海"]
