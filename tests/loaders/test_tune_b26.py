"""Session 21 tuning rules from blind set 26 (helper tune21): one test per rule, invented texts."""

from loaders.normalize import fold_width, normalize
from loaders.pipeline import load_text


def _exchanges(text: str):
    return load_text(text, source="tune_b26.txt").exchanges


def test_ideographic_padding_of_a_two_character_name_is_dropped():
    # a typeset record pads two-character names and keys to line them up with three
    assert fold_width("局长贾\u3000斌、副局长倪\u3000红\n时\u3000间") == "局长贾斌、副局长倪红\n时间"
    # a lone ideographic space before a longer word, or a number, is a space as before
    assert fold_width("记者\u3000陈晓明\u3000摄") == "记者 陈晓明 摄"
    assert fold_width("公报\u30002018年") == "公报 2018年"


def test_a_record_heading_line_opens_a_line_of_its_own():
    text = "时间：2022年6月16日下午\n地　点：县人大常委会第二会议室\n应询人员：县财政局副局长倪红\n【主持人】程立国：开始。"
    assert normalize(text).split("\n") == ["时间：2022年6月16日下午", "地点：县人大常委会第二会议室",
                                           "应询人员：县财政局副局长倪红", "【主持人】程立国：开始。"]
    # a value cut by a hard line break still runs on into the line under it
    assert normalize("受质询机关负责人：县环境保护局局长刘建民，县安全生产监督管理局局长田\n秀芝") \
        == "受质询机关负责人：县环境保护局局长刘建民，县安全生产监督管理局局长田秀芝"


def test_an_official_labelled_by_post_alone_is_the_one_a_padded_attendee_list_names():
    text = ("某县人大常委会专题询问实录\n\n时\u3000间：2022年6月16日下午\n"
            "会\u3000议：县十七届人大常委会第五次会议联组会议\n"
            "应询人员：县自然资源局局长贾\u3000斌，县财政局副局长倪\u3000红\n\n"
            "【问】鲁\u3000燕（县人大常委会委员）：管护经费从哪里来？\n\n"
            "【答】县财政局副局长：今年县本级安排管护资金800万元。\n")
    (e,) = _exchanges(text)
    assert (e.asker.name, e.respondent.name, e.respondent.title) == ("鲁燕", "倪红", "副局长")


def test_heading_keys_on_a_flattened_line_open_lines_of_their_own():
    text = "时间：2022年6月16日下午 地点：县人大常委会第二会议室 应询人员：县财政局副局长倪红 【主持人】程立国：开始。"
    assert normalize(text).split("\n") == ["时间：2022年6月16日下午", "地点：县人大常委会第二会议室",
                                           "应询人员：县财政局副局长倪红", "【主持人】程立国：开始。"]
