"""A bracketed picture caption on a line of its own between two paragraphs."""

from loaders import load_text
from loaders.normalize import normalize

LEAD = "2020年10月27日，某市人大常委会举行专题询问。\n"


def test_a_bracketed_picture_caption_is_noise_not_the_start_of_the_next_paragraph():
    for caption in ("[图：专题询问现场。记者 雷某东 摄]", "【图片：询问现场】", "［图为会议现场］"):
        text = f"局长回答说，将推行改造。\n{caption}\n她接着问：“补贴从哪里出？”"
        assert normalize(text).split("\n") == ["局长回答说，将推行改造。", "她接着问：“补贴从哪里出？”"], caption


def test_a_bracketed_sentence_that_is_no_caption_stays():
    text = "局长回答说，将推行改造。\n[编者注：本文有删节]"
    assert normalize(text).split("\n")[-1] == "[编者注：本文有删节]"


def test_a_caption_between_an_answer_and_a_follow_up_leaves_the_follow_up_its_own():
    body = ("“班次什么时候加上来？”市人大常委会委员阙某兰率先发问。\n市交通运输局局长邱某远回答说，推行预约班车。\n"
            "[图：专题询问现场。记者 雷某东 摄]\n她接着追问：“补贴从哪里出？”\n邱某远表示，纳入财政补助。")
    r = load_text(LEAD + body, source="t")
    assert [(e.asker.name, e.respondent.name, e.follow_up_of is not None) for e in r.exchanges] == [
        ("阙某兰", "邱某远", False), ("阙某兰", "邱某远", True)]


def test_a_bracketed_picture_caption_inside_a_paragraph_is_removed():
    text = "局长回答说，将推行改造。 [图：专题询问现场。记者 雷某东 摄] 她接着追问：“补贴从哪里出？”"
    assert "图" not in normalize(text) and "她接着追问" in normalize(text)
