"""Session 16 (tune16b): speech attribution and label layouts of blind set 19 a's families
(invented texts; golds in tests/gold/genres/g17b_*, written first; the genre golds are all read
by test_genre_golds.py, the rules one by one here)."""

from __future__ import annotations

from loaders.attribution import Officials
from loaders.turns import find_turns
from tests.loaders.genre_helpers import genre_golds

LEAD = "2022年4月12日，某镇人民代表大会举行代表问政会。\n"


def _turns(text):
    return find_turns(text, Officials(text))


def _said(text):
    return [(t.kind, t.speaker.name) for t in _turns(text)]


def test_there_are_g17b_genres():
    assert genre_golds("g17b_")


def test_block_lines_declare_the_speakers_of_bare_labels():
    text = (LEAD + "问政代表：马秀兰\n问：村道谁来养护？\n答政人：副镇长 钱进\n答：镇里列入预算。\n"
            "追问代表：马秀兰\n问：经费够不够？\n答政人：副镇长 钱进\n答：够用。")
    assert _said(text) == [("question", "马秀兰"), ("answer", "钱进"), ("follow_up", "马秀兰"), ("answer", "钱进")]


def test_a_seat_line_naming_a_member_keeps_the_seat_as_the_role():
    text = LEAD + "代表：马秀兰\n问：村道谁来养护？\n应询人：副镇长 钱进\n答：镇里列入预算。"
    (q, _) = _turns(text)
    assert (q.speaker.name, q.speaker.role) == ("马秀兰", "代表")


def test_a_seat_label_whose_speech_asks_is_no_declaration():
    text = LEAD + "代表马秀兰：村道谁来养护？\n副镇长钱进：镇里列入预算。"
    assert _said(text) == [("question", "马秀兰"), ("answer", "钱进")]


def test_the_next_question_after_a_follow_up_block_asks_anew():
    text = (LEAD + "追问代表：马秀兰\n问：经费够不够？\n答政人：副镇长 钱进\n答：够用。\n"
            "问政代表：赵立\n问：路灯呢？\n答政人：副镇长 钱进\n答：月底修好。")
    assert [k for k, _ in _said(text)] == ["follow_up", "answer", "question", "answer"]

