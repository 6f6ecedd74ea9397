"""Label layouts of issue 9 (session 8): follow-ups written without the verb in the label,
and label forms of other events. The transcripts are ours (tests/gold/genres/l8_*), each
gold written before the extractor ran on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.evaluate import evaluate
from loaders.follow_ups import is_follow_up_label, is_marker_cell, is_marker_line, is_quoted_reask, marked_head, opens_follow_up
from loaders.tables import relabel_tables

GENRES = Path(__file__).parents[1] / "gold" / "genres"
L8 = sorted(GENRES.glob("l8_*.gold.json"))


def test_there_are_l8_texts():
    assert len(L8) >= 3


@pytest.mark.parametrize("gold", L8, ids=lambda p: p.stem)
def test_every_l8_exchange_is_right(gold):
    report = evaluate([gold])
    (f,) = report.files
    assert f.error is None
    assert f.exchanges_found == f.exchanges_gold == f.exchanges_aligned, f.exchange_errors
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
