"""A feature opening on the official's answer whose own paragraph says who spoke, the next
paragraph opening with what made the official say it (让她如此坦言的，是委员X…：“…？”)."""

from loaders import load_text

TITLE = "一问一答见真章\n——某区人大常委会专题询问侧记\n"
LEDE = "“零工市场来的人不多，这个短板我们认。”2021年11月23日上午，某区人力资源和社会保障局局长彭某鸥开口就直面问题。\n"


def _pairs(text):
    return [(e.asker.name, e.respondent.name, e.question_start < e.answer_start) for e in load_text(text, source="t").exchanges]


def test_the_lede_answers_the_question_told_in_the_next_paragraph():
    for link in ("让他这样表态的，是", "让她如此坦言的，是", "引出这番话的，是"):
        text = TITLE + LEDE + f"{link}区人大常委会委员罗某君抛出的第一个问题：“为什么群众还是蹲在路边等活？”\n当天，区人大常委会开展专题询问。"
        assert _pairs(text) == [("罗某君", "彭某鸥", False)], link


def test_a_lede_whose_narration_names_nobody_with_a_post_is_no_answer():
    lede = "“零工市场来的人不多，这个短板我们认。”2021年11月23日上午，一场询问开始了。\n"
    text = TITLE + lede + "让他这样表态的，是区人大常委会委员罗某君抛出的第一个问题：“为什么群众还是蹲在路边等活？”"
    r = load_text(text, source="t")
    assert all(e.answer is None or "零工市场" not in e.answer for e in r.exchanges)


def test_the_lede_left_on_the_subtitle_s_line_of_a_one_line_copy():
    text = ("一问一答见真章\n——某区人大常委会专题询问侧记“零工市场来的人不多，这个短板我们认。”2021年11月23日上午，"
            "某区人力资源和社会保障局局长彭某鸥开口就直面问题。\n"
            "让他这样表态的，是区人大常委会委员罗某君抛出的第一个问题：“为什么群众还是蹲在路边等活？”")
    assert _pairs(text) == [("罗某君", "彭某鸥", False)]
