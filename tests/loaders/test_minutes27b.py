"""Session 27 (minutes27b): a presiding member's request to an official to reply on a named
matter, in third-person minutes (invented texts; gold in
tests/gold/genres/m27b_minutes_chair_asks_reply_on_topic, written first)."""

from __future__ import annotations

from loaders.attribution import find_utterances

LEAD = "2022年9月15日，某市人大常委会举行联组会议，开展专题询问。到会应询的有：副市长 钱进。\n"


def _questions(text):
    return [(u.speaker.name, text[u.start:u.end]) for u in find_utterances(text) if u.kind == "question"]


def test_a_request_to_reply_on_a_matter_answered_right_after_is_a_question():
    text = LEAD + "常委会副主任马力最后请钱进副市长就长效机制问题作回应。钱进表示，市政府将逐项落实。"
    assert _questions(text) == [("马力", "常委会副主任马力最后请钱进副市长就长效机制问题作回应。")]


def test_a_request_to_reply_nobody_answers_right_after_is_no_question():
    text = (LEAD + "委员赵亮问：泵站何时建成？市水务局局长孙伟回答，明年汛期前。\n"
            "常委会副主任马力请市政府就委员们的意见作出答复。会议结束。")
    assert [n for n, _ in _questions(text)] == ["赵亮"]
