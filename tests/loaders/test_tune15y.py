"""Session 14 (tune15y): transcripts, labelled layouts and awkward pages (invented texts; golds
in tests/gold/genres/g15y_*, written first): a member's seat and occupation run into the name
(``县人大代表、某镇养殖大户X：``), a numbered question heading whose title runs into the first
speaker phrase (``第二问：…钱从哪来委员X问市财政局：…``), a bare name marked 追问."""

from __future__ import annotations

import pytest

from loaders.normalize import normalize
from loaders.turns import (Speaker, is_bare_label, is_inline_turn, is_label_only, is_turn_start, parse_label)


def _normalize(text: str) -> str:
    return normalize(text, is_turn_start=is_turn_start, is_label_only=is_label_only,
                     is_inline_turn=is_inline_turn, is_bare_label=is_bare_label)


@pytest.mark.parametrize(("head", "name"), [
    ("县人大代表、某镇养殖大户甲乙丙", "甲乙丙"),
    ("市人大代表、个体工商户甲乙", "甲乙"),
    ("区人大代表、某村种粮大户甲乙丙", "甲乙丙"),
])
def test_a_seat_and_an_occupation_run_into_the_name(head, name):
    lab = parse_label(head + "：物业费怎么定？")
    assert lab is not None and lab.kind == "question" and lab.speaker.name == name and lab.speaker.role


def test_an_officials_posts_are_no_seat_and_occupation():
    lab = parse_label("市交通局局长、党组书记甲乙丙：我们正在推进。")
    assert lab is None or not lab.speaker.role


def test_a_bare_name_marked_as_a_follow_up_keeps_the_mark():
    lab = parse_label("韦春燕（追问）：什么时候建好？")
    assert lab is not None and lab.kind == "follow_up" and lab.speaker == Speaker(name="韦春燕")


@pytest.mark.parametrize("heading", ["第二问：", "二问：", "问题二：", "▍话题二："])
def test_a_numbered_heading_run_into_a_member_asking_is_cut(heading):
    lines = _normalize(heading + "背街小巷改造钱从哪来委员龚海燕问市财政局：资金缺口怎么补？").split("\n")
    assert lines == [heading + "背街小巷改造钱从哪来", "委员龚海燕问市财政局：资金缺口怎么补？"]


def test_a_heading_with_no_speaker_after_it_stays_whole():
    text = "第二问：背街小巷改造钱从哪来，委员们都很关心。"
    assert _normalize(text) == text
    # an ordinary sentence opening with 问题 and a number is no heading
    assert _normalize("问题二十多个，委员龚海燕问市财政局：怎么办？").count("\n") == 0


def test_a_marked_follow_up_and_its_narrated_answer_in_one_paragraph():
    from loaders.pipeline import load_text

    text = ("2025年11月12日，某市人大常委会开展专题询问。\n委员李文斌首先发问：山区村组旱季断水，什么时候能解决？"
            "市水利局局长杨宏伟回答说，明年旱季前全部通水。\n【追问】李文斌：水费负担得起吗？杨宏伟答：对低保户实行减免。")
    rec = load_text(text, source="t")
    got = [(e.asker.name, e.respondent and e.respondent.name, bool(e.follow_up_of), e.question) for e in rec.exchanges]
    assert got == [("李文斌", "杨宏伟", False, "山区村组旱季断水，什么时候能解决？"),
                   ("李文斌", "杨宏伟", True, "水费负担得起吗？")]


def test_tortoise_shell_brackets_mark_a_side_as_square_ones_do():
    assert _normalize("〔询问〕何慧玲委员：怎么加密？") == "【询问】何慧玲委员：怎么加密？"
    lab = parse_label(_normalize("〔应询〕市交通运输局运输管理科科长 区志坚：正在划设停靠点。"))
    assert lab is not None and lab.kind == "answer" and lab.speaker.name == "区志坚"


@pytest.mark.parametrize(("head", "name"), [
    ("州农业农村局局长和志强", "和志强"),
    ("州农业农村局局长和我们", None),  # 我 is no name's
    ("委员和专家", None),  # after a seat 和 joins two groups
    ("局长和科室", None),  # and after a post without its office
    ("常委会组成人员和部分", None),
])
def test_he_opens_a_name_right_after_a_post(head, name):
    from loaders.turns import parse_head

    lab = parse_head(head)
    assert (lab.speaker.name if lab is not None else None) == name


def test_an_office_head_and_another_post_are_still_two_answering():
    from loaders.attribution import speech_turns

    text = "委员杨丽华问：品牌建设有什么实招？州农业农村局局长和分管副局长先后回答，今年将整合区域公用品牌。"
    answers = [t for t in speech_turns(text) if t.kind == "answer"]
    assert answers and answers[0].speaker.name is None and answers[0].speaker.department == "州农业农村局"


def test_a_trade_ending_in_its_last_character_runs_into_the_name():
    lab = parse_label("区人大代表、陶瓷彩绘师邹雅琴：怎么培养传承人？")
    assert lab is not None and lab.speaker == Speaker(name="邹雅琴", role="区人大代表")


def test_the_chairs_invitation_to_follow_up_is_no_question_and_marks_the_next():
    from loaders.pipeline import load_text

    text = ("2025年8月27日，某市人大常委会召开联组会议开展专题询问。市人大常委会主任郑永红主持。\n"
            "郑永红：下面请委员 蔡文斌提问。\n蔡文斌：白天去的老人不多，问题出在哪里？\n"
            "市民政局局长 龚志华：服务项目单一。\n郑永红：蔡委员还要不要追问？\n蔡文斌：要。收费会不会涨？\n"
            "市民政局局长 龚志华：基础服务保持公益价格。")
    rec = load_text(text, source="t")
    assert [(e.asker.name, e.respondent and e.respondent.name, bool(e.follow_up_of)) for e in rec.exchanges] == [
        ("蔡文斌", "龚志华", False), ("蔡文斌", "龚志华", True)]


@pytest.mark.parametrize(("cell", "same"), [
    ("同上", True), ("同上（排水管网清淤部分）", True), ("同上(清淤)", True),
    ("排水管网清淤（同上）", False), ("同上面说的一样吗？", False)])
def test_a_same_mark_with_a_note(cell, same):
    from loaders.tables import _is_same

    assert _is_same(cell) is same
