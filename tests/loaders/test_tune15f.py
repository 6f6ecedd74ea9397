"""Session 14 (tune15f): exchanges of news features and briefs (invented texts; golds in
tests/gold/genres/g15f_*, written first)."""

from __future__ import annotations

from loaders.attribution import find_utterances

LEAD = "2022年3月8日，某市人大常委会开展专题询问。\n"


def _answers(text):
    return [(u.speaker.name, u.speaker.department) for u in find_utterances(text) if u.kind == "answer"]


def test_the_one_after_de_shi_is_the_speaker_not_an_office_opening_with_shi():
    text = LEAD + "委员马力问：路灯归谁修？\n回应这个问题的，是市城市管理局局长钱进。他说，本月底修好。"
    assert _answers(text) == [("钱进", "市城市管理局")]


def test_the_question_taken_by_you_is_no_part_of_the_office():
    text = LEAD + "委员马力问：路灯归谁修？\n这个问题由市城市管理局局长钱进回答。他说，本月底修好。"
    assert {d for _, d in _answers(text)} == {"市城市管理局"}


def test_a_concern_runs_on_over_the_member_s_pronoun_sentences_only():
    text = LEAD + "委员马力关心的是钱。他注意到，经费缺口不小。他请市财政局说一说，缺口怎么补。市财政局局长钱进回答，明年补齐。"
    (q,) = [u for u in find_utterances(text) if u.kind == "question"]
    assert (q.speaker.name, text[q.start:q.end]) == ("马力", "钱。他注意到，经费缺口不小。他请市财政局说一说，缺口怎么补")


def _questions(text):
    return [(u.speaker.name, text[u.start:u.end]) for u in find_utterances(text) if u.kind == "question"]


def test_a_member_s_request_to_talk_answered_right_after_is_a_question():
    text = LEAD + "最后，常委会副主任马力请副市长钱进谈谈下一步打算。钱进表示，明年全部完成。"
    assert _questions(text) == [("马力", "常委会副主任马力请副市长钱进谈谈下一步打算。")]


def test_a_request_to_talk_nobody_answers_is_no_question():
    text = LEAD + "委员马力问：路灯归谁修？市城市管理局局长钱进回答，归城管局。\n最后，常委会副主任赵亮请大家谈谈感受。会议结束。"
    assert [n for n, _ in _questions(text)] == ["马力"]


def test_an_official_answering_with_another_is_known_by_the_office_named_with_them():
    text = (LEAD + "委员马力问：气瓶谁来查？\n市应急管理局副局长钱进和市市场监督管理局副局长赵亮先后作答。"
            "赵亮则表示，由市场监管部门负责。")
    assert ("赵亮", "市市场监督管理局") in _answers(text)


def test_an_asker_named_by_an_ordinal_after_the_quotation():
    text = LEAD + "“路灯坏了谁来修？”第三个举手的，是委员马力。\n市城市管理局局长钱进回答，本月底修好。"
    assert _questions(text) == [("马力", "“路灯坏了谁来修？”")]
