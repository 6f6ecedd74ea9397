"""Kinds of exchange that unseen reports held in session 6 (their invented transcripts,
tests/gold/genres/x6_*, are scored in test_exchange_kinds.py): quotations nested in straight
quotes, summaries that answer no one, the Party committee beside the government, 到 for 道."""

from __future__ import annotations

from loaders import load_text
from loaders.normalize import normalize


def test_straight_quotes_nested_in_a_quoted_line_pair_from_the_outside():
    out = normalize('"目前"停车难"很突出,请问市政府对"共享车位"将如何推进?"')
    assert out == "“目前‘停车难’很突出，请问市政府对‘共享车位’将如何推进？”"


def test_offices_listed_with_deng_answering_together_answer_no_one_question():
    # Invented: the narrator's question to the court, then a summary of the offices' replies.
    text = ("2024年9月3日，清溪县人大常委会开展专题询问。\n"
            "询问人提出问题9个。县人民法院如何化解执行积案？县法院、县公安局等6个部门负责人逐一作答。")
    rec = load_text(text, source="t.txt")
    assert [(e.respondent.department_type, e.answer) for e in rec.exchanges] == [("审判", None)]


def test_a_government_named_with_the_party_committee_is_not_asked():
    # "区委区政府…有什么计划？": the report's own voice, no question put to the government.
    text = ("2024年9月3日，清溪县人大常委会开展专题询问。\n"
            "“清溪河治理三年了，接下来县委县政府对于沿岸开发有什么计划？”会场一片安静。")
    assert load_text(text, source="t.txt").exchanges == ()


def test_a_cue_written_with_dao_as_its_homophone_still_attributes():
    text = ("2024年9月3日，清溪县人大常委会开展专题询问。\n"
            "“渡口什么时候改成桥？”县人大代表罗芳问到。“明年汛期后动工。”县交通运输局局长蒋波回答到。")
    rec = load_text(text, source="t.txt")
    assert [(e.asker.name, e.respondent.name, e.respondent.department_type) for e in rec.exchanges] == [
        ("罗芳", "蒋波", "交通运输")]
