"""Session 25's exchange rules one by one: a page copied as text with its line breaks (lines broken
at the margin join whatever the next line opens with; a short last line ends the paragraph), a
second office's head adding an answer, Mongolian names of one part before the seat or holding 和 in
an attendee list, and a follow-up answered by another office's unnamed head."""

from __future__ import annotations

from loaders import load_text
from loaders.normalize import rejoin
from loaders.turns import parse_head

# Lines of a page broken at its margin (13 characters), blank lines dropped, as rejoin gets them.
_PAGE = [
    "某县人大常委会关于供暖工作",
    "询问情况的报告",
    "王某某委员就老旧小区供暖温",
    "度偏低的问题进行了询问。县",
    "住建局局长回答，今年将改造",
    "管网二十公里，入冬前全部完",
    "工。",
    "李某某委员就供暖收费问题进",
    "行询问。县发改局局长回答，",
    "收费标准今年不变。",
]


def test_a_line_at_the_margin_goes_on_into_a_turns_opening():
    paragraphs = rejoin(_PAGE, is_turn_start=lambda p: "局长" in p[:8])
    assert paragraphs == [
        "某县人大常委会关于供暖工作询问情况的报告",  # the short last line ends the title: no lede run into it
        "王某某委员就老旧小区供暖温度偏低的问题进行了询问。县住建局局长回答，今年将改造管网二十公里，入冬前全部完工。",
        "李某某委员就供暖收费问题进行询问。县发改局局长回答，收费标准今年不变。",
    ]
    # (five lines are too few to tell a page: read as the writer's lines, the turn's opening stays apart)
    assert any(p.startswith("住建局局长回答") for p in rejoin(_PAGE[2:7], is_turn_start=lambda p: "局长" in p[:8]))


def test_lines_of_labels_over_their_speech_are_no_page():
    lines = ["委员 王某某", "老旧小区供暖温度偏低，什么时候能解决？", "县住建局局长 张某某",
             "今年将改造管网二十公里，入冬前完工，请委员放心。"] * 3
    assert rejoin(lines) == lines


def test_a_mongolian_name_of_one_part_before_the_seat():
    label = parse_head("托雅委员")
    assert label is not None and (label.speaker.name, label.speaker.role) == ("托雅", "委员")
    assert parse_head("苏和委员").speaker.name == "苏和"


_BRIEF = (
    "某旗人大常委会专题询问草原保护工作\n"
    "2021年6月2日，某旗人大常委会召开联组会议开展专题询问。旗林草局局长孟和朝鲁、旗自然资源局局长王建华"
    "及旗财政局负责人到会应询。\n"
    "吉雅委员就草原禁牧补助发放慢的问题进行询问。旗林草局局长回答，补助将在七月底前发放到位。\n"
    "吉雅委员追问补助资金是否足额。旗财政局局长作了补充回答，表示资金已全额列入预算。\n"
)


def test_an_attendee_named_with_he_and_another_offices_head_on_the_follow_up():
    r = load_text(_BRIEF, source="brief.txt")
    assert [(e.asker.name, bool(e.follow_up_of)) for e in r.exchanges] == [("吉雅", False), ("吉雅", True)]
    first, second = r.exchanges
    assert (first.respondent.name, first.respondent.title) == ("孟和朝鲁", "局长")
    # the finance head is named nowhere: not the forestry head who answered before
    assert (second.respondent.name, second.respondent.department_type) == (None, "财政")
