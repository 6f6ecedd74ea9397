"""Session 17 (tune21): speech attribution and label layouts of blind sets 19 b and 20's families
(invented texts; golds in tests/gold/genres/g21_*, written first; the genre golds are all read
by test_genre_golds.py, the rules one by one here)."""

from __future__ import annotations

from tests.loaders.turn_helpers import label_turns, said

LEAD = "2023年6月8日，某市人大常委会举行专题询问。\n"


def test_a_side_mark_on_its_line_gives_its_side_to_the_speaker_line_under_it():
    text = (LEAD + "【提问】\n市人大常委会委员 马立\n路灯谁来修？\n【答复】\n市城市管理局局长 钱进\n本月修好。\n"
            "【追问】\n市人大常委会委员 马立\n经费够不够？\n【答复】\n市城市管理局局长 钱进\n够用。")
    turns = label_turns(text)
    assert [(t.kind, t.speaker.name) for t in turns] == [
        ("question", "马立"), ("answer", "钱进"), ("follow_up", "马立"), ("answer", "钱进")]
    assert turns[1].speaker.department == "市城市管理局"


def test_a_side_mark_over_a_line_of_the_other_side_stays_a_turn_of_its_own():
    # (a 【应询】 mark followed by a member's line: the mark does not speak for the member)
    text = LEAD + "【询问】\n市人大常委会委员 马立\n路灯谁来修？\n【应询】\n本月修好。"
    assert said(text) == [("question", "马立"), ("answer", None)]


def test_a_member_in_the_chairs_post_who_states_a_problem_and_asks_an_office_to_explain_asks():
    text = (LEAD + "委员马立：路灯谁来修？\n市城市管理局局长钱进：本月修好。\n"
            "王德（市人大常委会副主任）：城区新建的停车场一直闲置，群众意见较大，请市城市管理局说明原因。\n"
            "市城市管理局副局长孙红：充电桩还没通电，月底投用。")
    assert said(text) == [("question", "马立"), ("answer", "钱进"), ("question", "王德"), ("answer", "孙红")]


def test_a_chairs_hand_over_to_an_office_stays_no_question():
    # (no problem stated before the request, or a member's question still waiting for its answer)
    text = (LEAD + "主持人（市人大常委会副主任 王德）：请市城市管理局作个说明。\n"
            "委员马立：路灯谁来修？\n王德（市人大常委会副主任）：这个问题比较具体，涉及的部门较多，请市城市管理局先作介绍。\n"
            "市城市管理局局长钱进：本月修好。")
    assert [k for k, _ in said(text)] == ["other", "question", "other", "answer"]


def test_a_name_and_a_chairs_post_the_chair_called_to_ask_asks():
    text = (LEAD + "委员马立：路灯谁来修？\n市城市管理局局长钱进：本月修好。\n"
            "主持人：下面请常委会王德副主任发问。\n王德副主任：停车场为什么一直闲置？\n"
            "副市长孙红：谢谢王主任。月底投用。")
    assert said(text)[-2:] == [("question", "王德"), ("answer", "孙红")]


def test_a_name_and_a_chairs_post_nobody_called_to_ask_stays_an_official():
    # (an office's 副主任 answering by name and post: the chair called him to answer, not to ask)
    text = (LEAD + "委员马立：项目为什么还没开工？\n主持人：请王德副主任回答。\n王德副主任：月底开工。")
    assert said(text)[-1] == ("answer", "王德")


def test_a_question_quoted_on_the_line_under_the_line_naming_its_asker_is_its_speech():
    from loaders.attribution import speech_turns
    text = (LEAD + "市人大常委会委员马立最后提问。\n“停车场为什么一直闲置？”\n因时间关系，该问题由市城市管理局会后书面答复。")
    (q,) = [t for t in speech_turns(text) if t.kind == "question"]
    assert (q.speaker.name, text[q.body_start:q.end]) == ("马立", "“停车场为什么一直闲置？”")


def test_a_line_naming_an_asker_takes_no_line_under_it_that_does_not_ask():
    from loaders.attribution import speech_turns
    text = LEAD + "市人大常委会委员马立最后提问。\n“会议开得很好。”"
    assert all(t.body_start == t.end for t in speech_turns(text) if t.kind == "question")


def _asked(text):
    from loaders.attribution import speech_turns
    return [(t.kind, t.speaker.name) for t in speech_turns(text) if t.kind in ("question", "follow_up")]


def test_a_vice_chair_who_does_not_preside_asks_the_quotation_after_a_manner_and_colon():
    text = ("2023年6月8日，某市人大常委会举行专题询问，市人大常委会主任赵刚主持。\n"
            "市人大常委会副主任王德则盯住了停车场：“建成以后为什么一直闲置？”\n"
            "市城市管理局局长钱进回答，充电桩月底通电。\n"
            "市人大常委会副主任孙红随后接过话筒，语气严肃：“维护经费从哪里来？”\n"
            "市财政局局长李明表示，已列入预算。")
    assert _asked(text) == [("question", "王德"), ("question", "孙红")]


def test_the_presiding_chairs_quoted_question_is_no_members_question():
    text = ("2023年6月8日，某市人大常委会举行专题询问，市人大常委会副主任王德主持。\n"
            "市人大常委会副主任王德环视会场：“还有哪位委员要提问？”\n"
            "委员马立随即发问：“停车场为什么闲置？”\n市城市管理局局长钱进回答，月底投用。")
    assert _asked(text) == [("question", "马立")]


def test_a_member_turning_the_sitting_to_a_topic_asks_the_quotation_after_it():
    text = LEAD + "委员马立接着把关注点放在了停车场上。“建成以后为什么一直闲置？”\n市城市管理局局长钱进回答，月底投用。"
    assert _asked(text) == [("question", "马立")]


def test_the_quotation_after_a_members_topic_stays_the_members_when_an_official_is_named_after_it():
    from loaders.attribution import speech_turns
    text = LEAD + "委员马立把视线转向了停车场。“建成以后为什么一直闲置？”市城市管理局局长钱进坦言，月底投用。"
    q, a = [t for t in speech_turns(text) if t.kind in ("question", "answer")]
    assert (q.speaker.name, a.speaker.name) == ("马立", "钱进")
    assert text[q.body_start:q.end].endswith("“建成以后为什么一直闲置？”") and text[a.body_start:a.end] == "月底投用。"


def test_a_yi_name_opened_by_a_clan_name_keeps_its_last_character():
    from loaders.turns import parse_head
    assert parse_head("州自然资源局局长沙马拉则").speaker.name == "沙马拉则"
    assert parse_head("县人大常委会委员海来木呷").speaker.name == "海来木呷"
    # (after a Han name, 则 is "then": 局长王明则表示)
    lab = parse_head("市水利局局长王明则")
    assert lab is None or lab.speaker.name != "王明则"


def test_a_yi_name_the_report_gives_in_full_is_read_whole_before_a_cue():
    from loaders.attribution import speech_turns
    text = (LEAD + "州自然资源局局长沙马拉则到会答复。\n委员马立问：“砂坑为什么还没回填？”\n"
            "沙马拉则回应，年底前全部回填。")
    (a,) = [t for t in speech_turns(text) if t.kind == "answer"]
    assert a.speaker.name == "沙马拉则"


def test_an_official_of_a_regional_surname_told_after_the_post_answers():
    from loaders.attribution import speech_turns
    text = LEAD + "委员马立问：“淤地坝淤满了怎么办？”\n市水利局副局长拓志军回答，汛前全部加固。"
    assert [(t.kind, t.speaker.name) for t in speech_turns(text)][-1] == ("answer", "拓志军")


def test_an_offices_head_counted_or_sent_out_answers_unnamed():
    from loaders.turns import parse_head
    for head, title in (("县水利局一名负责人", "一名负责人"), ("县交通运输局派驻负责人", "派驻负责人")):
        sp = parse_head(head).speaker
        assert (sp.name, sp.title, sp.department) == (None, title, head[:-len(title)])


def test_an_official_standing_up_to_answer_is_no_station():
    from loaders.attribution import speech_turns
    text = (LEAD + "市水利局局长钱志进、市财政局局长孙红到会应询。\n委员马立问：“村里为什么停水？”\n"
            "“这个问题我们有责任。”钱志进站起身回答。")
    asked = text.index("委员马立")
    answers = [(t.speaker.name, t.speaker.department) for t in speech_turns(text) if t.kind == "answer" and t.start > asked]
    assert answers and set(answers) == {("钱志进", "市水利局")}


def test_a_vice_chair_who_does_not_preside_asks_an_office_to_explain_after_a_comma():
    text = ("2023年6月8日，某市人大常委会举行专题询问，市人大常委会主任赵刚主持。\n"
            "市人大常委会副主任王德明接过话题，请市城市管理局说明停车场闲置的原因。\n市城市管理局局长钱志进表示，月底投用。")
    assert _asked(text) == [("question", "王德明")]
    # (the presiding chair's hand-over is no question)
    assert _asked(text.replace("主任赵刚主持", "副主任王德明主持")) == []


def test_a_quoted_question_after_sentences_naming_one_member_is_that_members():
    text = (LEAD + "代表马立是村里的卫生室医生，她问的是看病。“降压药经常断货，怎么解决？”镇卫生院院长钱志进回应，每周配送一次。\n"
            "农村饮水怎么保障，是代表孙红英最挂心的。“今年会不会再停水？”镇水利站站长李国平介绍，汛前完工。")
    assert _asked(text) == [("question", "马立"), ("question", "孙红英")]


def test_a_quoted_question_after_sentences_naming_two_members_stays_unattributed():
    text = LEAD + "代表马立和代表孙红英都来自山区。“今年会不会再停水？”镇水利站站长李国平介绍，汛前完工。"
    assert [name for _, name in _asked(text)] in ([], [None])


def test_a_seat_then_xiang_is_a_name_when_the_report_opens_a_sentence_with_it_again():
    text = (LEAD + "来自某村的代表向明勇就把饮水问题摆到了桌面上：“冬天冻管怎么办？”副镇长钱志进回答，十月前改造。\n"
                   "向明勇接着追问：“要不要群众出钱？”钱志进表示，群众不出钱。")
    assert _asked(text) == [("question", "向明勇"), ("follow_up", "向明勇")]


def test_a_seat_then_xiang_stays_toward_when_nothing_opens_with_it_again():
    text = LEAD + "代表马立向市水利局提问：“冬天冻管怎么办？”市水利局局长钱志进回答，十月前改造。"
    assert _asked(text) == [("question", "马立")]


def test_a_bank_branchs_head_labelled_answers_with_no_office_type():
    from loaders.turns import parse_head
    sp = parse_head("人民银行某县支行行长 沈家骏").speaker
    assert (sp.name, sp.title, sp.department) == ("沈家骏", "行长", "人民银行某县支行")


def test_a_vice_chair_named_after_a_quoted_question_he_put_out_asks_it():
    text = ("2023年6月8日，某省人大常委会举行专题询问。\n"
            "“乡村校舍改造，钱从哪里来？”常委会副主任王德明抛出了大家普遍关心的问题。省财政厅副厅长钱志进介绍，已安排资金。")
    assert _asked(text) == [("question", "王德明")]
    # (the chair who presides puts out no question of his own)
    assert _asked(text.replace("举行专题询问。", "举行专题询问，常委会副主任王德明主持。")) in ([], [("question", None)])
