"""A numbered subheading over a speaker's designation line, and a designation whose 追问 mark
stands before it."""

from loaders import load_text
from loaders.normalize import normalize
from loaders.turns.designations import declaration_label

LEAD = "2022年9月20日，某市人大常委会举行专题询问。现将询问情况摘要如下。\n"


def test_a_short_numbered_heading_is_not_joined_to_the_line_under_it():
    text = "三、长期护理费用负担如何减轻\n区人大代表 黄淑芬\n问：怎么办？"
    assert normalize(text).split("\n")[:2] == ["三、长期护理费用负担如何减轻", "区人大代表 黄淑芬"]


def test_a_numbered_line_cut_after_a_clause_mark_still_joins_its_end():
    # body text cut mid-sentence: a comma after the number, the sentence ends on the next line
    text = "一、加快推进项目建设，力争\n年底前全部完工。"
    assert normalize(text) == "一、加快推进项目建设，力争年底前全部完工。"


def test_a_mark_before_a_member_s_designation_declares_a_follow_up():
    for line in ("（追问）区人大常委会委员 龙某平", "【追问】区人大常委会委员 龙某平", "区人大常委会委员 龙某平（追问）"):
        label = declaration_label(line)
        assert (label.kind, label.speaker.name) == ("follow_up", "龙某平"), line


def test_headings_designations_and_a_marked_follow_up_read_as_exchanges():
    text = LEAD + ("一、山区吃水难何时解决\n市人大常委会委员 钟某岚\n问：什么时候通水？\n市水利局局长 蒋某胜\n答：年底前通水。\n"
                   "（追问）市人大常委会委员 钟某岚\n问：水费高不高？\n市水利局局长 蒋某胜\n答：按全市统一标准。\n"
                   "二、水质检测是否到位\n市人大代表 祁某平\n问：多久检测一次？\n市卫生健康局副局长 孟某琴\n答：每季度一次。")
    r = load_text(text, source="t")
    assert [(e.asker.name, e.respondent.name, e.follow_up_of is not None) for e in r.exchanges] == [
        ("钟某岚", "蒋某胜", False), ("钟某岚", "蒋某胜", True), ("祁某平", "孟某琴", False)]


def test_a_numbered_heading_left_before_the_designation_on_one_line():
    label = declaration_label("一、山区吃水难何时解决 市人大常委会委员 钟某岚")
    assert (label.kind, label.speaker.name, label.speaker.role) == ("question", "钟某岚", "市人大常委会委员")
    assert declaration_label("一、山区吃水难何时解决 这是一个标题") is None
