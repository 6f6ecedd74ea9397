"""A quotation opened and never closed in its paragraph is text, not a crash (session 8: a
real report whose answer's opening mark was never closed stopped the loaders with an
internal TypeError)."""

from __future__ import annotations

from loaders.pipeline import load_text


def test_an_answer_whose_quote_never_closes_keeps_the_question():
    text = ("市人大常委会开展专题询问。\n"
            "委员张三问市发改委主任李四：“项目进度如何？”\n"
            "“我们将加快推进，确保年底完工。\n")
    record = load_text(text, source="unclosed.txt")
    assert [e.asker.name for e in record.exchanges] == ["张三"]
    assert record.exchanges[0].respondent.name == "李四"
