"""`姓名（职务）：` labels at a township sitting: minority given names before a post, the 人大主席 in the chair."""

from loaders.turns import parse_label


def test_minority_given_name_before_a_post_in_brackets_is_the_speaker():
    asked = parse_label("索南才旦（镇人大代表）：贡巴村冬天吃水难，镇上有没有办法？")
    assert asked is not None and asked.kind == "question"
    assert (asked.speaker.name, asked.speaker.role) == ("索南才旦", "镇人大代表")
    answered = parse_label("尼玛（副镇长）：今年管道全部改为深埋。")
    assert answered is not None and answered.kind == "answer"
    assert (answered.speaker.name, answered.speaker.title) == ("尼玛", "副镇长")


def test_only_a_name_part_and_two_more_characters_at_most():
    from loaders.turns.names import minority_named

    assert minority_named("才让东智") is not None and minority_named("扎西") is not None
    assert minority_named("会议") is None  # no name part first
    assert minority_named("扎西德勒酒") is None  # three characters after the part
    assert minority_named("扎西A") is None  # not Han characters only


def test_township_congress_chair_opening_the_sitting_asks_nothing():
    from loaders.pipeline import load_text

    text = ("某镇人大主席团专题询问会文字实录\n\n"
            "李长海（镇人大主席）：今天的专题询问会围绕饮水安全。请代表们直接提问，应询同志直接作答。\n\n"
            "马玉兰（镇人大代表）：通村路塌方什么时候修？\n\n"
            "何建军（县交通运输局副局长）：下个月拨付养护资金，年底前修复。\n\n"
            "李长海（镇人大主席）：感谢各位代表和应询同志。\n")
    ex = load_text(text, source="town.txt").exchanges
    assert [(e.asker.name, e.respondent.name) for e in ex] == [("马玉兰", "何建军")]
