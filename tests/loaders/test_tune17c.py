"""Session 17, second round (tune22): speech attribution of blind set 21's families (invented
texts; golds in tests/gold/genres/g22_*, written first; the genre golds are all read by
test_genre_golds.py, the rules one by one here). Kept in tests/loaders/test_tune22.py until
session 22's helper of the same name wrote its own tests over that file."""

from __future__ import annotations

from loaders.attribution import find_utterances
from loaders.attribution.names import dotted_name_end

LEAD = "2024年5月9日，某县人大常委会举行专题询问。\n"


def _said(text):
    return [(u.kind, u.speaker.name) for u in find_utterances(text)]


def test_a_name_of_two_parts_joined_by_a_dot_runs_to_a_character_no_name_holds():
    text = "委员努尔兰·托合提在牧区工作多年"
    assert text[2:dotted_name_end(text, 2, len(text))] == "努尔兰·托合提"


def test_a_dotted_name_written_again_ends_where_every_writing_agrees():
    text = "局长热依汗·沙吾提回答，…。热依汗·沙吾提表示，…"
    assert text[2:dotted_name_end(text, 2, len(text))] == "热依汗·沙吾提"


def test_sounds_spelt_with_characters_that_end_chinese_names_stay_in_the_name():
    text = "代表帕提古丽·阿不都热合曼在会上"
    assert text[2:dotted_name_end(text, 2, len(text))] == "帕提古丽·阿不都热合曼"


def test_a_member_with_a_dotted_name_told_before_a_pronouns_question_is_named_whole():
    text = (LEAD + "“草场补奖还没到账。”委员阿力木·托合提在牧区干了二十年，他说，不少牧户在等，“什么时候能发？”\n"
            "县农业农村局局长李明回答，本月底前发放。")
    assert _said(text) == [("question", "阿力木·托合提"), ("answer", "李明")]


def test_the_first_part_of_a_dotted_name_alone_is_the_person_named_in_full():
    text = (LEAD + "委员努尔兰·托合提说：“草场补奖什么时候发？”县农业农村局局长李明回答，本月底前发放。\n"
            "努尔兰紧跟着问：“标准是多少？”李明说：“每亩七元。”")
    assert _said(text) == [("question", "努尔兰·托合提"), ("answer", "李明"),
                           ("follow_up", "努尔兰·托合提"), ("answer", "李明")]


def test_an_official_who_answered_the_inquiry_answers_the_question_before():
    text = (LEAD + "委员钱某就水厂水质问题进行询问，县水利局局长罗某回答了询问。"
            "委员宋某就管网漏损问题提出询问，县住房和城乡建设局副局长孔某回答了提问。")
    assert [(k, n) for k, n in _said(text)] == [
        ("question", "钱某"), ("answer", "罗某"), ("question", "宋某"), ("answer", "孔某")]


def test_a_name_and_a_chairs_post_named_nowhere_with_an_office_asking_an_office_asks():
    from loaders.attribution import Officials
    from loaders.turns import find_turns
    text = (LEAD + "市民政局局长邓某到会应询。\n"
            "易某委员：请问县民政局，床位怎么调？\n县民政局局长邓某：新建三所护理院。\n"
            "何某副主任：不少养老院没有医生。请问县卫健委，医生怎样进养老院？\n县卫生健康委员会主任彭某：每周巡诊两次。")
    turns = find_turns(text, Officials(text))
    assert [(t.kind, t.speaker.name) for t in turns] == [
        ("question", "易某"), ("answer", "邓某"), ("question", "何某"), ("answer", "彭某")]


def test_an_officials_label_with_a_chairs_post_answering_stays_an_answer():
    from loaders.turns.passes import _asks_an_office
    assert not _asks_an_office("我们将在年底前完成，请问题单位抓紧整改。")
    assert _asks_an_office("请问市场监管局和税务局，有什么具体举措？")


def test_a_two_character_surname_after_a_seat_takes_a_given_name_of_two():
    text = (LEAD + "县人大常委会委员司徒春燕第一个举手。她直言，村卫生室缺医生，“人才从哪里来？”\n"
            "县卫生健康局局长何某回应，今年定向培养二十名。")
    assert _said(text) == [("question", "司徒春燕"), ("answer", "何某")]


def test_a_long_name_written_before_de_is_read_whole():
    text = (LEAD + "“蒙药能不能报销？”委员斯琴其木格的第一个问题就很实在。县医疗保障局局长吴某表示，已纳入医保。")
    assert _said(text)[0] == ("question", "斯琴其木格")


def test_a_long_minority_name_alone_is_looked_up_whole():
    from loaders.attribution.people import People
    text = "委员斯琴其木格的问题很实在。斯琴其木格追问：“何时启动？”"
    people = People(text)
    assert people.named("斯琴其木格").name == "斯琴其木格"


def test_a_compound_surnames_given_name_does_not_take_the_one_of_the_verb_after_it():
    text = (LEAD + "“研发投入为什么低？”委员欧阳军一开口就亮出数据。\n县科学技术局局长万某回答，将出台补助办法。\n"
            "“人才留得住吗？”欧阳委员又追问了一句。\n县人力资源和社会保障局局长黄某作答，已建人才公寓。")
    assert _said(text) == [("question", "欧阳军"), ("answer", "万某"), ("follow_up", "欧阳军"), ("answer", "黄某")]
