"""Review of session 22's changes: the cases its mends hold (invented texts)."""

from __future__ import annotations

from loaders.pipeline import load_text

_BACKGROUND = "山区群众出行主要靠班线，一些线路客流少、亏损大，企业停运后沿线村民只能步行或搭乘私家车。" * 10


def _follow_ups(answer: str) -> list[bool]:
    text = ("某某市人大常委会专题询问实录\n\n"
            "市人大常委会委员 蔺晓峰：农村客运班线停了不少。\n\n" + _BACKGROUND + "\n\n请问群众出行怎么保障？\n\n"
            f"市交通运输局局长 郜建平：{answer}\n\n"
            "市人大常委会委员 蔺晓峰：恢复的班线亏损谁来补？\n\n"
            "市交通运输局局长 郜建平：明年起每年安排补贴。\n")
    return [bool(e.follow_up_of) for e in load_text(text, source="review22.txt").exchanges]


def test_a_long_question_in_several_paragraphs_is_not_counted_as_its_answer():
    # turns.passes.follow_up_marks: the short re-ask presses on after a brief answer (400 characters
    # or fewer); the question's own paragraphs with no label (440 characters here) are no answer
    assert len(_BACKGROUND) > 400
    assert _follow_ups("今年恢复了十二条班线。") == [False, True]
    # a long answer is still followed by a question of its own
    assert _follow_ups("一、" + "加快推进城乡客运一体化，优化班线布局，落实运营补贴。" * 16) == [False, False]
