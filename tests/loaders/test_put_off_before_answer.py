"""A told question put off to an office before anyone answers it: words told after (a leader's
closing remarks) are no answer to it."""

from loaders import load_text

LEAD = "6月15日，某县人大常委会举行联组会议，开展专题询问。\n"
ASKED = "县人大常委会委员屈某燕询问乡镇卫生院巡诊的推进情况。\n"


def _last(body: str):
    return load_text(LEAD + "“幸福院有多少常年开门？”县人大常委会委员向某辉问道。\n县民政局局长万某春回应，四成左右。\n"
                     + body, source="t").exchanges[-1]


def test_a_question_put_off_before_the_closing_words_stays_unanswered():
    e = _last(ASKED + "因时间关系，主持人请县卫生健康局会后作出书面答复。\n询问结束后，副县长陈某和表示，县政府将逐项研究。")
    assert (e.asker.name, e.answer, e.respondent.name, e.respondent.department_type) == ("屈某燕", None, None, "卫生健康")


def test_an_answer_with_no_deferral_before_it_is_still_the_answer():
    e = _last(ASKED + "县卫生健康局局长钱某表示，每月巡诊一次。")
    assert (e.asker.name, e.respondent.name, e.answer) == ("屈某燕", "钱某", "每月巡诊一次。")
