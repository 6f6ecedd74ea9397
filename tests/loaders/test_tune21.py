"""Session 17 (tune21): speech attribution and label layouts of blind sets 19 b and 20's families
(invented texts; golds in tests/gold/genres/g21_*, written first; the genre golds are all read
by test_genre_golds.py, the rules one by one here)."""

from __future__ import annotations

from loaders.attribution import Officials
from loaders.turns import find_turns

LEAD = "2023年6月8日，某市人大常委会举行专题询问。\n"


def _turns(text):
    return find_turns(text, Officials(text))


def _said(text):
    return [(t.kind, t.speaker.name) for t in _turns(text)]


def test_a_side_mark_on_its_line_gives_its_side_to_the_speaker_line_under_it():
    text = (LEAD + "【提问】\n市人大常委会委员 马立\n路灯谁来修？\n【答复】\n市城市管理局局长 钱进\n本月修好。\n"
            "【追问】\n市人大常委会委员 马立\n经费够不够？\n【答复】\n市城市管理局局长 钱进\n够用。")
    turns = _turns(text)
    assert [(t.kind, t.speaker.name) for t in turns] == [
        ("question", "马立"), ("answer", "钱进"), ("follow_up", "马立"), ("answer", "钱进")]
    assert turns[1].speaker.department == "市城市管理局"


def test_a_side_mark_over_a_line_of_the_other_side_stays_a_turn_of_its_own():
    # (a 【应询】 mark followed by a member's line: the mark does not speak for the member)
    text = LEAD + "【询问】\n市人大常委会委员 马立\n路灯谁来修？\n【应询】\n本月修好。"
    assert _said(text) == [("question", "马立"), ("answer", None)]
