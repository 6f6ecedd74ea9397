"""attribution._several_officials: officials joined in one speaker phrase, read without error
whatever the marks around them."""

from __future__ import annotations

from loaders import load_text


def test_posts_joined_by_a_comma_with_a_trailing_comma_read_without_error():
    # "A局局长X、市政府副秘书长、先后作答": the last post has no part after it to take its name
    # from (it raised IndexError): it answers as a nameless official
    rec = load_text("市人大常委会开展专题询问。\n“学校什么时候建好？”市人大常委会委员王丽问道。\n"
                    "区教育局局长王强、市政府副秘书长、先后作答，表示年底前完工。", source="t.txt")
    assert [(r.name, r.department_type) for r in rec.exchanges[0].respondents] == [("王强", "教育"), (None, "人民政府")]
