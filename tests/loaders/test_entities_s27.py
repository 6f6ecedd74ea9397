"""Entity rules of session 27 of 2026-12-06 (helper ent27): national instruments the blind writers of sets 31-36 marked,
and a responsibility system named by the office that runs it. Sentences written for these tests."""

from __future__ import annotations

from loaders.mentions import extract_mentions


def _tools(text: str) -> set[str]:
    got = extract_mentions(text, [("e1", "answer", 0, len(text))], "云溪市")
    return {m.name for m in got.mentions["e1"] if m.type == "PolicyTool"}


def test_a_responsibility_system_named_by_its_office_is_the_tool():
    assert _tools("区里将与林长制办公室共享巡林记录。") == {"林长制"}


def test_an_office_named_after_another_tool_is_still_no_mention_of_it():
    # (a facility or an office named after a way of serving: the office, not the tool)
    assert _tools("县里设立了政府和社会资本合作中心办公室，负责项目库。") == set()


def test_national_instruments_named_unquoted():
    assert _tools("检察院推进涉案企业合规改革，对适用的案件引入第三方监督评估机制。") == {
        "涉案企业合规改革", "第三方监督评估机制"}
    assert _tools("对考核不合格的县实行区域限批。") == {"区域限批"}
    assert _tools("去年推广保护性耕作八万亩。") == {"保护性耕作"}


def test_a_form_of_a_known_tool_is_its_alias():
    assert _tools("县环保局说，河道污染的修复费用由生态环境损害赔偿磋商确定。") == {"生态环境损害赔偿"}


def test_a_quote_opened_by_a_pronoun_is_words_said():
    assert _tools("她请局长把名单交给她，“我们逐一走访”。") == set()
    assert _tools("局里开展“我为群众办实事”活动。") == {"我为群众办实事"}


def test_a_broadcaster_in_the_narrative_is_the_medium_not_an_organization():
    credits = "播出：青川广播电视台新闻综合频道\n主办：青川市人大常委会\n"
    answer = "青川广播电视台开设了招聘专栏，每周播一期。"
    text = credits + answer
    got = extract_mentions(text, [("_narrative", "narrative", 0, len(credits)),
                                  ("e1", "answer", len(credits), len(text))], "青川市")
    orgs = {(m.part, m.name) for ms in got.mentions.values() for m in ms if m.type == "Organization"}
    assert orgs == {("answer", "青川广播电视台")}


def test_markdown_bold_marks_are_no_part_of_a_name():
    text = "镇长回答：今年实施**柳溪水源地集中供水工程**，新铺管网十公里。"
    got = extract_mentions(text, [("e1", "answer", 0, len(text))], "云溪市")
    assert {m.text for m in got.mentions["e1"] if m.type == "Project"} == {"柳溪水源地集中供水工程"}


def test_a_date_opening_the_words_is_no_part_of_a_name():
    from tests.loaders.mention_helpers import candidates

    assert ("Project", "东湖片区老旧小区改造项目") in candidates("这个小区列入2022年东湖片区老旧小区改造项目以后，进度一直慢。")
    assert ("Project", "西湖片区雨污分流改造项目") in candidates("该路段列入2022年西湖片区雨污分流改造项目。")
