"""Session 15 (tune16f): exchanges of news features and briefs (invented texts; golds in
tests/gold/genres/g16f_*, written first)."""

from __future__ import annotations

from loaders.attribution import find_utterances

LEAD = "2022年3月8日，某市人大常委会开展专题询问。\n"


def _said(text):
    return [(u.kind, u.speaker.name, text[u.start:u.end]) for u in find_utterances(text)]


def test_a_member_named_in_narration_is_found_by_surname_and_seat():
    text = (LEAD + "“路灯坏了谁来修？”市人大常委会委员马建华第一个把问题摆了出来。\n"
            "市城市管理局局长钱进回答，本月修好。\n马委员紧接着追问：“修好以后谁来管？”\n钱进说，由街道管。")
    assert [(k, n) for k, n, _ in _said(text)] == [("question", "马建华"), ("answer", "钱进"),
                                                  ("follow_up", "马建华"), ("answer", "钱进")]


def test_a_surname_and_seat_naming_two_members_is_nobody():
    text = (LEAD + "市人大常委会委员马建华第一个把问题摆了出来。市人大常委会委员马立新也点了头。\n"
            "市城市管理局局长钱进回答，本月修好。\n马委员紧接着追问：“修好以后谁来管？”\n钱进说，由街道管。")
    assert [n for k, n, _ in _said(text) if k == "follow_up"] in ([], [None])


def test_pressing_on_before_a_quotation_leaves_it_to_the_cue_after():
    text = (LEAD + "委员马力问：“路灯归谁修？”市城市管理局局长钱进回答，归城管局。\n"
            "马力没有就此打住。“什么时候修？”她追问道。\n钱进说，本月底。")
    assert [(k, q) for k, _, q in _said(text) if k == "follow_up"] == [("follow_up", "“什么时候修？”")]


def test_pressing_on_then_a_cue_in_the_same_sentence_is_one_follow_up():
    text = (LEAD + "“路灯归谁修？”委员马立文问道。\n市城市管理局局长钱进回答，归城管局。\n"
            "“什么时候修？”马立文没有就此打住，继续追问。\n钱进说，本月底。")
    assert [(k, q) for k, _, q in _said(text) if k == "follow_up"] == [("follow_up", "“什么时候修？”")]


def test_a_pronoun_answering_after_surname_and_post_is_that_official_not_the_last_one():
    text = (LEAD + "委员马力问：“路灯归谁修？”市城市管理局局长钱进回答，归城管局。\n市水务局局长赵亮补充说，水务局配合。\n"
            "马力没有就此打住：“什么时候修好？”这个问题让钱局长想了想。他随后回答，本月底。")
    assert [(k, n) for k, n, _ in _said(text)][-2:] == [("follow_up", "马力"), ("answer", "钱进")]


def test_a_note_in_brackets_after_the_speaker_s_name_is_no_part_of_it():
    text = LEAD + "委员马力询问通关时间，青岛海关副关长钱进（列席）答复称，将压缩一半。"
    assert [(k, n) for k, n, _ in _said(text)] == [("question", "马力"), ("answer", "钱进")]


def test_members_re_asking_where_answers_were_vague_sums_up_the_sitting():
    text = LEAD + "委员马力询问通关时间，市商务局局长钱进回答，将压缩一半。部分委员又就答复含糊的问题作了追问。"
    assert [k for k, _, _ in _said(text)] == ["question", "answer"]


def test_an_answer_described_before_its_quotation_is_the_official_s():
    text = LEAD + "委员马力问：路灯归谁修？市城市管理局局长钱进的回答有些“虚”：“我们会研究。”"
    assert [(k, n) for k, n, _ in _said(text)] == [("question", "马力"), ("answer", "钱进")]


def test_an_official_who_did_something_then_admits_answers():
    text = LEAD + "委员马力追问：修了几盏？钱进翻了翻材料，承认没有统计。"
    said = _said(LEAD + "市城市管理局局长钱进到会应询。\n" + text[len(LEAD):])
    assert [(k, n) for k, n, _ in said][-1] == ("answer", "钱进")


def test_a_closing_statement_after_a_comma_answers_no_one():
    text = (LEAD + "县人民法院如何破解执行难？各部门负责人逐一作答。\n"
            "副县长钱进作表态发言，表示将逐条整改。")
    assert "钱进" not in [n for k, n, _ in _said(text) if k == "answer"]
