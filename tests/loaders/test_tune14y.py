"""Session 13 (tune14y): label layouts of transcripts (invented texts; golds in
tests/gold/genres/g14y_*, written first): a name before its seat with a space between
(``邓春梅 委员：``), an office in brackets after the post, a chair named by a post the grammar
reads as an official's, a bare name the chair calls with its seat after it, the chair's line
asking for a 追问, a member's seat and occupation before the name."""

from __future__ import annotations

import pytest

from loaders.normalize import normalize
from loaders.turns import (Speaker, is_bare_label, is_inline_turn, is_label_only, is_turn_start, parse_head,
                           parse_label)
from loaders.pipeline import load_text


def _normalize(text: str) -> str:
    return normalize(text, is_turn_start=is_turn_start, is_label_only=is_label_only,
                     is_inline_turn=is_inline_turn, is_bare_label=is_bare_label)


def test_a_name_before_its_seat_with_a_space_is_one_label():
    assert _normalize("甲乙丙 委员：水费为什么涨了？").split("\n") == ["甲乙丙 委员：水费为什么涨了？"]
    # a heading before a label word after a space is still cut from it
    assert _normalize("问题一 提问人：水费为什么涨了？").split("\n")[-1].startswith("提问人：")


def test_the_civil_affairs_bureau_is_no_member_of_the_public():
    lab = parse_head("甲乙丙局长（市民政局）")
    assert lab is not None and lab.kind == "answer" and lab.speaker.department == "市民政局"
    assert parse_head("市民代表甲先生").kind == "other"  # a citizen at a 问政 event stays one


def test_a_chair_post_of_a_member_named_so_in_the_narration_is_the_chair():
    lead = "2023年3月1日，某市人大常委会开展专题询问，市人大常委会副主任甲乙丙主持。\n"
    remark = lead + "甲乙丙 副主任：请委员们提问。\n丁戊己 委员：水费为什么涨了？\n庚辛 局长（市水务局）：成本上涨。"
    rec = load_text(remark, source="t")
    assert [(e.asker.name, e.respondent.name) for e in rec.exchanges] == [("丁戊己", "庚辛")]
    # the same post of someone the narration names as an official answers
    turns = "丁戊己 委员：水费为什么涨了？\n甲乙丙 副主任：成本上涨。"
    official = "2023年3月1日，某市人大常委会开展专题询问，市水务局副主任甲乙丙到会应询。\n" + turns
    assert [e.respondent.name for e in load_text(official, source="t").exchanges] == ["甲乙丙"]
    assert [e.respondent for e in load_text(lead + turns, source="t").exchanges] == [None]


@pytest.mark.parametrize(("call", "asks"), [
    ("先请龚志成委员。", True),
    ("下面请龚志成代表提问。", True),
    ("龚志成代表市政府作了说明。", False),  # on behalf of: no seat
])
def test_a_bare_name_the_chair_calls_by_its_seat_asks(call, asks):
    text = ("2023年3月1日，某市人大常委会开展专题询问。\n主持人：" + call + "\n龚志成：水费为什么涨了？\n"
            "市水务局局长 万德全：成本上涨。\n柯文静委员：管网漏损率是多少？\n市水务局局长 万德全：百分之九。")
    rec = load_text(text, source="t")
    askers = [e.asker.name for e in rec.exchanges]
    assert ("龚志成" in askers) == asks


def test_the_chairs_call_for_a_follow_up_marks_the_same_members_next_question():
    text = ("2023年3月1日，某市人大常委会开展专题询问。\n丁戊己委员：管网漏损率是多少？\n"
            "市水务局局长 庚辛：百分之九。\n主持人：丁委员还有追问吗？\n丁戊己委员：有。什么时候降下来？\n"
            "市水务局局长 庚辛：明年。\n主持人：下面请壬癸委员提问。\n壬癸委员：水质怎么样？\n市水务局局长 庚辛：达标。")
    rec = load_text(text, source="t")
    assert [bool(e.follow_up_of) for e in rec.exchanges] == [False, True, False]


def test_a_seat_and_an_occupation_before_a_spaced_name():
    lab = parse_label("市人大代表、个体工商户 甲乙丙：物业费怎么定？")
    assert lab is not None and lab.kind == "question"
    assert lab.speaker == Speaker(name="甲乙丙", role="市人大代表")
    assert parse_label("市交通局局长、党组书记 甲乙丙：我们正在推进。") is None or \
        parse_label("市交通局局长、党组书记 甲乙丙：我们正在推进。").speaker.role is None


def test_a_designation_line_with_posts_keeps_its_speech_below():
    text = "镇人大代表、某村党总支书记 龚志成\n我们村的污水怎么处理？"
    assert _normalize(text).split("\n") == ["镇人大代表、某村党总支书记 龚志成", "我们村的污水怎么处理？"]
    # a sentence with a comma before the next paragraph is still joined with it
    assert len(_normalize("镇里今年新建了管网，覆盖\n三个村。").split("\n")) == 1


def test_a_follow_up_opener_on_the_line_under_its_label():
    text = ("2022年12月8日，某镇人民代表大会会议期间，镇人大主席团组织代表开展询问。\n"
            "镇人大代表 龚志成\n污水管网什么时候修好？\n副镇长 万德全\n明年五月前完工。\n"
            "镇人大代表 柯文静\n我追问一下，修好之前怎么办？\n副镇长 万德全\n先用吸污车抽运。")
    rec = load_text(text, source="t")
    assert [(e.asker.name, bool(e.follow_up_of)) for e in rec.exchanges] == [("龚志成", False), ("柯文静", True)]


@pytest.mark.parametrize(("head", "speaker"), [
    ("龚志成 市人大代表", Speaker(name="龚志成", role="市人大代表")),
    ("万德全 市民政局局长", Speaker(name="万德全", title="局长", department="市民政局")),
    ("市人大常委会委员 龚志成", Speaker(name="龚志成", role="市人大常委会委员")),  # the seat first, as before
    ("市民政局 万德全", Speaker(name="万德全", department="市民政局")),
])
def test_a_name_a_space_and_a_placed_post(head, speaker):
    lab = parse_head(head)
    assert lab is not None and lab.speaker == speaker


def test_a_table_cell_same_as_above_repeats_the_person_and_a_question_cell_adds_an_official():
    from loaders.tables import relabel_tables

    table = ("询问人\t询问内容\t应询人\t答复内容\n委员 龚志成\t水价涨不涨？\t市发改委主任 万德全\t不涨。\n"
             "同上\t同上\t市财政局局长 任晓梅\t财政补贴。\n同上\t管网谁来修？\t同上\t财政出资。")
    assert relabel_tables(table).split("\n") == [
        "委员 龚志成：水价涨不涨？", "市发改委主任 万德全：不涨。", "市财政局局长 任晓梅：财政补贴。",
        "委员 龚志成：管网谁来修？", "市财政局局长 任晓梅：财政出资。"]


def test_a_post_column_after_a_person_column_gives_that_persons_post():
    from loaders.tables import relabel_tables

    table = ("询问人\t职务\t询问内容\t应询人\t职务\t答复内容\n龚志成\t市人大代表\t水价涨不涨？\t万德全\t市发改委主任\t不涨。\n"
             "同上\t同上\t管网谁来修？\t任晓梅\t市财政局局长\t财政出资。")
    assert relabel_tables(table).split("\n") == [
        "市人大代表 龚志成：水价涨不涨？", "市发改委主任 万德全：不涨。",
        "市人大代表 龚志成：管网谁来修？", "市财政局局长 任晓梅：财政出资。"]
