"""Label layouts of issue 9 (session 8): follow-ups written without the verb in the label,
and label forms of other events. The transcripts are ours (tests/gold/genres/l8_*), each
gold written before the extractor ran on it."""

from __future__ import annotations

import pytest

from loaders.follow_ups import is_follow_up_label, is_marker_cell, is_marker_line, is_quoted_reask, marked_head, opens_follow_up
from loaders.tables import relabel_tables
from tests.loaders.genre_helpers import assert_exchanges_right, genre_golds

L8 = genre_golds("l8_")


def test_there_are_l8_texts():
    assert len(L8) >= 3


@pytest.mark.parametrize("gold", L8, ids=lambda p: p.stem)
def test_every_l8_exchange_is_right(gold):
    f = assert_exchanges_right(gold)
    assert not f.exchange_errors


@pytest.mark.parametrize("line", ["第二问（追问）", "（追问）", "【追问】", "第3问（补充询问）", "追问一"])
def test_marker_lines(line):
    assert is_marker_line(line)


@pytest.mark.parametrize("line", ["第二问", "追问的问题很尖锐", "关于追问制度的说明"])
def test_no_marker_lines(line):
    assert not is_marker_line(line)


def test_marks_and_openers():
    assert marked_head("（追问）市人大常委会委员 杨丽君") == "市人大常委会委员 杨丽君"
    assert marked_head("市人大常委会委员 杨丽君") is None
    assert is_marker_cell("（追问）") and is_marker_cell("追问") and not is_marker_cell("市人大常委会委员 X")
    assert is_follow_up_label("追问一下") and is_follow_up_label("我再追问一句") and not is_follow_up_label("追问人")
    assert opens_follow_up("我再追问一句，剩下的卡在哪里？") and opens_follow_up("追问一下：费用谁出？")
    assert not opens_follow_up("追问责任的机制建立了吗？")
    assert is_quoted_reask("“小型工程有没有检测？”") and not is_quoted_reask("“我们会抓紧落实。”")


def test_a_follow_up_cell_keeps_the_rows_after_it():
    table = ("序号\t询问人\t应询人\t询问内容\t答复内容\n1\t委员 甲乙\t局长 丙丁\t怎么办？\t马上办。\n"
             "2\t（追问）\t局长 丙丁\t何时办？\t下月办。\n3\t委员 戊己\t局长 庚辛\t谁来办？\t我们办。")
    assert relabel_tables(table).split("\n") == [
        "委员 甲乙：怎么办？", "局长 丙丁：马上办。", "委员 甲乙追问：何时办？", "局长 丙丁：下月办。",
        "委员 戊己：谁来办？", "局长 庚辛：我们办。"]


@pytest.mark.parametrize("head, kind, who", [
    ("代表提问（刘建国）", "question", ("刘建国", "代表", None)),
    ("局长回应（市交通运输局 陈志明）", "answer", ("陈志明", None, "局长")),
    ("问政", "question", (None, None, None)),
])
def test_a_side_named_by_a_seat_or_post_and_a_verb(head, kind, who):
    from loaders.turns import parse_head

    label = parse_head(head)
    assert label is not None and label.kind == kind
    assert (label.speaker.name, label.speaker.role, label.speaker.title) == who


def test_a_chair_who_introduces_and_thanks_asks_nothing():
    from loaders import load_text

    text = ("2025年4月24日，娄底市人大常委会开展专题询问。\n市人大常委会主任 刘志强：下面请委员们提问。\n"
            "市人大常委会委员 彭建新：燃气管道改造进度怎么样？\n市城市管理局局长 谢国华：年底前全部完成。\n"
            "市人大常委会副主任 王芳：管道改造的资金缺口有多大？\n市城市管理局局长 谢国华：缺口三千万元。\n"
            "市人大常委会主任 刘志强：感谢各位委员。\n")
    rec = load_text(text, source="chair.txt")
    assert [(e.asker.name, e.respondent.name) for e in rec.exchanges] == [("彭建新", "谢国华"), ("王芳", "谢国华")]


def test_a_table_row_run_together_with_its_column_words():
    row = "1.询问人市人大常委会委员甲乙询问内容怎么办？应询人市水利局局长丙丁答复内容马上办。"
    assert relabel_tables(row) == "市人大常委会委员甲乙：怎么办？\n市水利局局长丙丁：马上办。"
    prose = "询问内容涵盖三个方面，应询人员认真作答，答复内容翔实。"
    assert relabel_tables(prose) == prose  # no person's column opens it with a value


def test_an_events_word_after_a_seat_is_no_name():
    from loaders.attribution import Officials
    from loaders.turns import find_turns, parse_head

    assert parse_head("湘潭市人大常委会代表问政") is None
    text = ("湘潭市人大常委会代表问政\n2025年5月20日，湘潭市人大常委会组织市人大代表开展问政活动。\n"
            "市人大常委会委员 彭建新：燃气管道改造进度怎么样？\n市城市管理局局长 谢国华：年底前全部完成。\n")
    assert [t.speaker.name for t in find_turns(text, Officials(text))] == ["彭建新", "谢国华"]


def test_a_bracketed_side_with_a_seat_or_post():
    from loaders.turns import parse_label

    q = parse_label("【代表提问】刘建国：公交专用道什么时候连成网？")
    a = parse_label("【局长回应】市交通局 陈志明：年底前连通成网。")
    assert (q.kind, q.speaker.name, q.speaker.role) == ("question", "刘建国", "代表")
    assert (a.kind, a.speaker.name, a.speaker.title, a.speaker.department) == ("answer", "陈志明", "局长", "市交通局")


def test_an_office_and_a_post_get_the_name_the_attendee_list_gives():
    from loaders import load_text

    text = ("2025年11月20日，隆回县人大常委会开展专题询问。\n到会应询人员：县发展和改革局局长钟振国，县交通运输局局长阳志明。\n"
            "县人大常委会委员 肖春花：重大项目前期工作为什么慢？\n县发改局局长：用地报批时间长。\n")
    (ex,) = load_text(text, source="posts.txt").exchanges
    assert (ex.respondent.name, ex.respondent.department_type) == ("钟振国", "发展和改革")
