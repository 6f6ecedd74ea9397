"""An official who only hands the question over, by the surname and post of the one who answers
("这事牵涉建设和融资两头，请邬市长来回答。"), answers nothing: the official handed to is the
respondent. A reason of a clause may come first; an answer with figures before the hand-over stays."""

import pytest

from loaders import load_text

LEAD = ("某市人大常委会专题询问河道治理\n5月8日，某市人大常委会举行专题询问。\n出席：副市长邬某伟，市环境保护局局长臧某华\n"
        "市人大代表谢某明：城北净水厂的能力够不够？\n")
THEN = "市政府已定下扩建城北净水厂，后年投用。\n"


@pytest.mark.parametrize("why", ["", "这事牵涉建设和融资两头，", "这件事由市政府统筹，"])
@pytest.mark.parametrize("hand", ["请邬市长来回答。", "请邬副市长回答。", "请邬市长作答。"])
@pytest.mark.parametrize("label", ["副市长邬某伟：", "邬某伟："])
def test_the_official_handed_to_answers(why, hand, label):
    xs = load_text(LEAD + f"市环境保护局局长臧某华：{why}{hand}\n{label}{THEN}", source="t").exchanges
    assert [[(r.name, r.department_type) for r in x.respondents] for x in xs] == [[("邬某伟", "人民政府")]]


def test_an_answer_before_the_hand_over_stays():
    xs = load_text(LEAD + "市环境保护局局长臧某华：今年已新铺管网27公里，扩建的事请邬市长来回答。\n副市长邬某伟：" + THEN,
                   source="t").exchanges
    assert [r.name for r in xs[0].respondents] == ["臧某华", "邬某伟"]
