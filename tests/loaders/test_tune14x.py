"""Session 13 (tune14x): exchanges of news features and briefs (invented texts; golds in
tests/gold/genres/g14x_*, written first)."""

from __future__ import annotations

from loaders.attribution import find_utterances

LEAD = "2021年5月6日，某市人大常委会开展专题询问。\n"


def _turns(text):
    return [(u.kind, u.speaker.name) for u in find_utterances(text)]


def test_a_lede_question_is_the_member_named_below():
    text = ("“路灯坏了半年，到底归谁修？”\n这一问，出自市人大常委会委员范志强之口。2021年5月6日，某市人大常委会开展专题询问。\n"
            "市城市管理局局长丁文涛起身作答。他说，本月底前全部修复。")
    assert _turns(text)[0] == ("question", "范志强")


def test_a_lede_question_is_not_a_member_s_whose_own_question_follows():
    # the member below asks with a cue of their own: the lede is not a second question of theirs
    text = ("“路灯坏了半年，到底归谁修？”\n" + LEAD + "委员范志强问道：“城区路灯由哪个部门管？”\n"
            "市城市管理局局长丁文涛回答，路灯由城管局统一管理。")
    assert [k for k, n in _turns(text) if n == "范志强"] == ["question"]


def test_a_member_asking_an_office_to_answer_is_no_answer():
    text = LEAD + "委员范志强说，老城区停车难，怎么解决？他请市公安局回答。\n市公安局副局长丁文涛介绍，今年新增泊位2000个。"
    turns = _turns(text)
    assert ("answer", "丁文涛") in turns
    assert all(n is not None for k, n in turns if k == "answer")


def test_the_question_after_a_topic_is_the_member_s():
    text = LEAD + "委员范志强把话题拉回到供水上。老城区水压不足，何时能改善？\n市水务局局长丁文涛回答，年内完成管网改造。"
    (q,) = [u for u in find_utterances(text) if u.kind == "question"]
    assert q.speaker.name == "范志强" and text[q.start:q.end].endswith("何时能改善？")


def test_a_follow_up_on_a_problem_is_a_question_whatever_the_remark_after_it():
    text = LEAD + "委员范志强追问路灯维修经费问题，认为不少路灯坏了半年没人修。市城市管理局局长丁文涛表示，经费已列入预算。"
    assert ("follow_up", "范志强") in _turns(text)


def test_a_bulleted_subheading_is_not_joined_to_the_paragraph_under_it():
    from loaders.normalize import normalize

    text = "■ 路灯修好了，能不能长亮\n委员范志强关注路灯维修。"
    assert normalize(text).split("\n") == ["■ 路灯修好了，能不能长亮", "委员范志强关注路灯维修。"]
    # a speaker line cut mid-sentence still runs on
    assert normalize("● 提问人：城区路灯坏了，\n什么时候修？").count("\n") == 0


def test_members_each_on_a_topic_of_their_own_ask_and_a_summary_does_not():
    answered = "，市城市管理局局长黄国平、市住房和城乡建设局局长陈丽萍分别作了回答。"
    each = LEAD + "委员范志强、丁秀英分别就路灯维修慢、公厕保洁差提出询问" + answered
    asked = [(u.speaker.name, [o.name for o in u.others]) for u in find_utterances(each) if u.kind == "question"]
    assert asked == [("范志强", ["丁秀英"])]
    summed = LEAD + "委员范志强、丁秀英先后提出询问" + answered
    assert not [k for k, _ in _turns(summed) if k == "question"]


def test_a_three_character_mongolian_name_is_one_given_name_part():
    from loaders.turns import minority_name, parse_head

    assert minority_name("其其格") and not minority_name("其他人")
    lab = parse_head("常委会委员其其格")
    assert lab is not None and lab.speaker.name == "其其格"


def test_an_official_named_after_what_they_are_in_charge_of_answers():
    text = LEAD + "委员范志强问：老街什么时候改造？\n负责老街改造的副镇长黄国平站起来回答：明年开工。"
    assert ("answer", "黄国平") in _turns(text)


def test_an_official_answering_a_member_named_as_the_object_answers_that_member():
    text = LEAD + "围绕路灯维修，市城市管理局局长黄国平回答了委员范志强的询问。他介绍，本月底前全部修复。"
    turns = [(u.kind, u.speaker.name, text[u.start:u.end]) for u in find_utterances(text)]
    assert turns[0][:2] == ("question", "范志强")
    assert turns[1] == ("answer", "黄国平", "本月底前全部修复。")
