"""Session 15 (tune16y): transcripts, labelled layouts and awkward pages (invented texts; golds
in tests/gold/genres/g16y_*, written first): a bulleted side word with the seat or post before
the name (``●询问 市人大常委会委员 X`` / ``●应询 副市长 Y`` / ``●追问 X``); a member asking about a
topic before the colon (``代表X问招商引资：…？``, ``X委员追问管护经费：…？``); a column heading in
brackets, a seat and a word (``【代表心声】``, ``【代表访谈】``), is no member asking."""

from __future__ import annotations

import pytest

from loaders.turns import Speaker, parse_label


@pytest.mark.parametrize(("line", "kind", "speaker"), [
    ("●询问 市人大常委会委员、某学院教授 甲乙丙", "question", Speaker(name="甲乙丙", role="市人大常委会委员")),
    ("◆应询 市水利局局长 甲乙丙", "answer", Speaker(name="甲乙丙", title="局长", department="市水利局")),
    ("◆应询 副市长 甲乙丙", "answer", Speaker(name="甲乙丙", title="副市长")),
    ("●追问 谭立新", "follow_up", Speaker(name="谭立新")),
    ("询问 市人大代表 甲乙丙", "question", Speaker(name="甲乙丙", role="市人大代表")),
])
def test_a_side_word_then_a_designation_is_a_label_line(line, kind, speaker):
    lab = parse_label(line)
    assert lab is not None and lab.kind == kind and lab.speaker == speaker and lab.end == len(line)


@pytest.mark.parametrize("line", [
    "◆询问 市水利局局长 甲乙丙",  # an official does not ask
    "◆应询 市人大代表 甲乙丙",  # nor a member answer
    "◆询问 市人大代表 甲乙丙，他说水价太高。",  # a sentence runs on: no label line
])
def test_a_side_the_designation_contradicts_is_no_label(line):
    lab = parse_label(line)
    assert lab is None or lab.speaker.name != "甲乙丙" or lab.end != len(line)


@pytest.mark.parametrize(("line", "kind", "name"), [
    ("市人大代表甲乙丙问垃圾分类：收运车能不能加密？", "question", "甲乙丙"),
    ("甲乙丙委员追问管护经费：钱从哪里出？", "follow_up", "甲乙丙"),
    ("代表甲乙丙又问物业收费：怎么定价？", "question", "甲乙丙"),
])
def test_a_member_asking_about_a_topic_before_the_colon(line, kind, name):
    lab = parse_label(line)
    assert lab is not None and lab.kind == kind and lab.speaker.name == name and lab.addressee is None
    assert line[lab.end - 1] == "："


@pytest.mark.parametrize("line", [
    "市人大代表甲乙丙问得很直接：收运车能不能加密？",  # 问得: the manner, read elsewhere
    "市人大代表甲乙丙问道：收运车能不能加密？",
    "市水利局局长甲乙丙问大家：收运车能不能加密？",  # an official asking is no member's question
])
def test_asking_words_that_are_no_topic(line):
    from loaders.turns.asking import asker_asks_about

    assert asker_asks_about(line.split("：")[0]) is None


def test_the_topic_is_no_addressee_when_an_office_is_asked():
    lab = parse_label("委员甲乙丙问市财政局：资金缺口怎么补？")
    assert lab is not None and lab.addressee is not None and lab.addressee.department == "市财政局"


@pytest.mark.parametrize("line", ["【代表心声】“办事少跑腿”要落到实处", "【代表访谈】问到点子上——访市人大代表甲乙丙",
                                  "【委员风采】把实事办实", "【代表风采】"])
def test_a_column_heading_in_brackets_is_no_member_asking(line):
    lab = parse_label(line)
    assert lab is None or lab.kind not in ("question", "follow_up") or lab.speaker.name is None


def test_a_bracketed_member_with_a_surname_still_asks():
    lab = parse_label("【代表王刚】城区停车位什么时候能增加？")
    assert lab is not None and lab.kind == "question" and lab.speaker == Speaker(name="王刚", role="代表")
