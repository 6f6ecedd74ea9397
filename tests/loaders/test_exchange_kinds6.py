"""Kinds of exchange that unseen reports held in session 6 (tests/gold/genres/x6_*, gold
written before the extractor ran): runs of questions put to a government or office inside
the quotation with nobody asking, the narrator's own questions to an office inside a
paragraph, quotations nested in straight quotes, and summaries that answer no one."""

from __future__ import annotations

from pathlib import Path

from loaders import load_text
from loaders.evaluate import evaluate
from loaders.normalize import normalize

X6 = sorted((Path(__file__).parents[1] / "gold" / "genres").glob("x6_*.gold.json"))


def test_there_are_x6_transcripts():
    assert len(X6) >= 4


def test_every_exchange_and_field_right():
    report = evaluate(X6)
    assert not [f.gold for f in report.files if f.error]
    assert {Path(f.gold).stem: f.exchange_errors for f in report.files if f.exchange_errors} == {}
    al = report.exchange_alignment()
    assert al["recall"] == al["precision"] == al["department_type_share"] == 1.0, al


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
