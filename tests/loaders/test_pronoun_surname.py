"""A pronoun whose person the report last called by surname and seat is the member named in full before."""

from loaders.pipeline import load_text


def test_pronoun_after_compound_surname_and_seat_is_the_member_named_in_full():
    text = ("某市人大常委会专题询问侧记\n\n5月8日，某市人大常委会举行专题询问。\n\n"
            "市人大常委会委员欧阳兰芳率先发问：“去年全市新建了多少处供水工程？”\n\n"
            "市水务局局长杨再兴坦言，全市集中供水率已达92%。\n\n"
            "欧阳委员仍不放心。她追问：“泵站建好了，由谁来管护？”\n\n"
            "杨再兴说，将建立管护机制。\n")
    ex = load_text(text, source="pronoun.txt").exchanges
    assert [(e.asker.name, e.follow_up_of is not None) for e in ex] == [("欧阳兰芳", False), ("欧阳兰芳", True)]


def test_a_one_character_surname_with_a_seat_needs_one_member_of_that_surname():
    # two members surnamed 王: "王委员" names neither, the pronoun keeps what the text gives
    text = ("某市人大常委会专题询问侧记\n\n5月8日，某市人大常委会举行专题询问。\n\n"
            "市人大常委会委员王建华率先发问：“去年全市新建了多少处供水工程？”\n\n"
            "市水务局局长杨再兴坦言，全市集中供水率已达92%。\n\n"
            "委员王丽娟接着提问：“水价怎么定？”\n\n杨再兴表示，将分类定价。\n\n"
            "王委员并不满足。她追问：“困难群众怎么办？”\n\n杨再兴说，将实行减免。\n")
    ex = load_text(text, source="pronoun.txt").exchanges
    assert [e.asker.name for e in ex][:2] == ["王建华", "王丽娟"]
    assert ex[-1].asker.name not in ("王建华", "王丽娟")
