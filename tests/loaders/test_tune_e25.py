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


def test_a_he_surname_after_a_seat_is_a_name_only_set_apart():
    label = parse_head("州人大常委会委员 和丽萍")
    assert label is not None and (label.speaker.name, label.speaker.role) == ("和丽萍", "州人大常委会委员")
    assert parse_head("委员和丽萍") is None  # (委员和… may be "members and …": the space tells)


_TOLD = (
    "某市人大常委会专题询问物业管理工作\n"
    "2022年5月10日，某市人大常委会举行联组会议开展专题询问。\n"
    "市人大常委会委员和振国在走访中发现，一些小区物业费收了服务却跟不上。他问：物业服务质量谁来监管？\n"
    "市住房和城乡建设局局长李文涛回应说，今年将对全市物业企业开展信用评价。\n"
    "和振国随即追问：评价结果会不会公开？李文涛表示，评价结果每季度向社会公布。\n"
)


def test_a_he_surname_run_on_after_the_seat_and_used_bare_later():
    r = load_text(_TOLD, source="told.txt")
    assert [(e.asker.name, bool(e.follow_up_of)) for e in r.exchanges] == [("和振国", False), ("和振国", True)]


_COUNTED = (
    "某市人大常委会主任会议听取质询案答复\n"
    "在主任会议听取说明时，常委会委员王丽就道路维修问题进一步追问，"
    "市城市管理局一名副局长到会作了说明，表示年底前完成维修。\n"
)


def test_an_office_official_counted_and_not_named_answers():
    r = load_text(_COUNTED, source="counted.txt")
    (e,) = r.exchanges
    assert (e.respondent.name, e.respondent.title, e.respondent.department_type) == (None, "副局长", "城市管理")
    assert e.answer is not None


_RE_ASK = (
    "某市人大常委会专题询问侧记\n"
    "“老旧小区加装电梯为什么推进慢？”常委会委员赵红首先发问。\n"
    "市住房和城乡建设局局长孙明回答说，主要是低层住户意见不一，今年将出台协商指引。\n"
    "赵红听完并没有坐下：“协商不成怎么办？”\n"
    "孙明表示，街道将组织调解，必要时引入第三方评估。\n"
    "常委会委员钱亮接着问：“加装电梯的补贴标准是多少？”\n"
    "孙明回答，每台补贴二十万元。\n"
)


def test_the_same_member_pressing_on_at_once_follows_up_another_member_asks_anew():
    r = load_text(_RE_ASK, source="reask.txt")
    assert [(e.asker.name, bool(e.follow_up_of)) for e in r.exchanges] == [("赵红", False), ("赵红", True), ("钱亮", False)]


def test_a_short_question_citing_the_answer_just_given_presses_on():
    from loaders.follow_ups import cites_answer

    assert cites_answer("刚才王局长说经费已经落实，缺口到底多大？")
    assert not cites_answer("刚才几个部门都提到经费不足。请问财政怎么安排？")  # no one official cited
    assert not cites_answer("请问王局长，经费缺口到底多大？")
