"""Session 23 (tune23): rules read from the feature layouts of blind set 28 (invented texts; the genre
golds tests/gold/genres/g34t_* were written first): a presiding chair who asks herself after a
sentence that names her (``一直在主持的X这时也…。她插话问道：“…？”``) and is
answered by another office than the one she cut in on (a question, no 追问); a question the narration
goes on to put off in writing (``…会议时间所剩无多，主持人X请市某局会后书面答复。``), so words an
official tells a reporter after the sitting answer nothing; ``主持询问`` is the chair presiding, no
cue of asking; ``“…”他坦言`` right after the same official's answer goes on with it; 坦陈 answers as
坦承 does; a chair named by name and post before ``他把问题抛给了省某厅：`` asks (the report named
her seat in full); another member asking as an official's answer ends (``话音刚落，委员Y举手发问：``)
presses on it, unless the phrase turns to another matter (``…把关注点转向了养老：``)."""

from __future__ import annotations

from loaders.attribution import find_utterances
from loaders.pipeline import load_text

LEAD = "2025年9月17日，市人大常委会举行联组会议开展专题询问，常委会副主任蒙秀兰主持询问。\n"
ASKED = (LEAD + "“新水厂什么时候能通水？”委员韦东升第一个发问。\n"
         "市水务局局长覃海波接过话筒。他说，新水厂明年三月试运行。\n")


def _exchanges(text):
    return [(e.asker.name, e.respondent.name if e.respondent else None, bool(e.follow_up_of), e.answer is not None)
            for e in load_text(text, source="t.txt").exchanges]


def _said(text):
    return [(u.kind, u.speaker.name) for u in find_utterances(text)]


def test_presiding_over_the_inquiry_is_no_question():
    assert ("question", "蒙秀兰") not in _said(LEAD + "委员韦东升问：“新水厂什么时候能通水？”\n")


def test_a_chair_named_before_her_pronoun_asks_after_a_two_character_cue():
    text = ASKED + "一直在主持的蒙秀兰这时也坐不住了。她插话问道：“上游的林子有没有人管？”\n市林业局局长甘立新说，公益林已全部纳入管护。\n"
    assert _exchanges(text)[-1] == ("蒙秀兰", "甘立新", False, True)


def test_a_cut_in_answered_by_the_official_cut_off_still_follows_up():
    text = ASKED + "话音未落，委员韦东升插话问道：“明年三月是月初还是月底？”\n覃海波回答说，月底前。\n"
    assert _exchanges(text)[-1] == ("韦东升", "覃海波", True, True)


def test_a_cut_in_answered_by_another_office_is_a_question_of_its_own():
    text = ASKED + "话音未落，委员黎春燕插话问道：“上游的林子有没有人管？”\n市林业局局长甘立新说，公益林已全部纳入管护。\n"
    assert _exchanges(text)[-1] == ("黎春燕", "甘立新", False, True)


def test_a_question_put_off_in_its_own_narration_takes_no_later_answer():
    text = (ASKED + "委员梁子豪最后提出，希望市市场监督管理局说明二次供水水箱的抽检情况。"
            "会议时间所剩无多，主持人蒙秀兰请市市场监督管理局会后书面答复。\n"
            "散会时，覃海波对记者说：“委员们的问题很具体，我们逐条落实。”\n")
    ex = load_text(text, source="t.txt").exchanges[-1]
    assert (ex.asker.name, ex.answer, ex.respondent.name, ex.respondent.department_type) == ("梁子豪", None, None, "市场监督管理")


def test_a_quoted_sentence_with_the_deferral_word_inside_the_question_does_not_put_it_off():
    text = (ASKED + "委员梁子豪提出，水箱抽检怎么做。他说：“去年有的答复说‘会后书面答复’，到现在也没见到。”\n"
            "市市场监督管理局局长温建平回答，今年抽检三百个小区。\n")
    assert _exchanges(text)[-1] == ("梁子豪", "温建平", False, True)


def test_the_same_official_s_quotation_after_his_answer_goes_on_with_it():
    text = ASKED.replace("他说，新水厂明年三月试运行。", "他说，新水厂明年三月试运行。“工期晚了半年，主要是征地拖了后腿。”他坦言，接下来每月报一次进度。")
    assert _exchanges(text) == [("韦东升", "覃海波", False, True)]


ANSWERED = (LEAD.replace("常委会副主任蒙秀兰主持询问", "省人大常委会副主任鲁长河主持会议")
            + "委员宁晓峰问：“产业路修不通，东西怎么运出去？”\n省农业农村厅副厅长胡文斌坦陈，剩下的卡在用地手续上。\n")


def test_tan_chen_answers():
    assert _exchanges(ANSWERED) == [("宁晓峰", "胡文斌", False, True)]


def test_a_chair_named_with_the_post_after_the_name_throws_the_question():
    text = ANSWERED + "鲁长河副主任听到这里，也有话要问。他把问题抛给了省交通运输厅：养护经费从哪里来？省交通运输厅厅长钱立平介绍，纳入财政预算。\n"
    assert _exchanges(text)[-1] == ("鲁长河", "钱立平", False, True)


def test_another_member_asking_as_the_answer_ends_presses_on_it():
    text = ANSWERED + "话音刚落，委员邵雨晴举手发问：“有没有办结时限？”胡文斌回答说，三十个工作日。\n"
    assert _exchanges(text)[-1] == ("邵雨晴", "胡文斌", True, True)


def test_whose_words_ended_may_be_named_before_them():
    text = ANSWERED + "胡文斌话音刚落，委员邵雨晴举手发问：“有没有办结时限？”胡文斌回答说，三十个工作日。\n"
    assert _exchanges(text)[-1] == ("邵雨晴", "胡文斌", True, True)


def test_a_member_turning_to_another_matter_as_the_answer_ends_asks_anew():
    text = ANSWERED + "话音刚落，委员祁海燕把关注点转向了养老：“互助养老点能不能村村都有？”省民政厅厅长万红梅回应，三年内全覆盖。\n"
    assert _exchanges(text)[-1] == ("祁海燕", "万红梅", False, True)


def test_right_after_a_member_s_question_is_no_follow_up():
    text = LEAD + "委员宁晓峰问：“产业路修不通，东西怎么运出去？”话音刚落，委员邵雨晴举手发问：“有没有办结时限？”\n"
    assert [fu for _, _, fu, _ in _exchanges(text)] == [False, False]


# --- an asker told before 反映, a heading closing on its 追问 mark, a member who asks nothing ---

TOWN = "2025年4月16日，某镇人大主席团组织代表开展询问。\n"


def test_a_member_told_before_fan_ying_asks():
    for name in ("王桂芝", "阿不都热合曼·吐尔逊"):
        text = TOWN + f"针对代表{name}反映的自来水时断时续的问题，镇水利站站长吴春林表示，本月内接通管网。\n"
        assert _exchanges(text) == [(name, "吴春林", False, True)]


def test_a_numbered_heading_closing_on_a_bracketed_mark_marks_a_follow_up():
    from loaders.follow_ups import is_marker_line

    assert is_marker_line("三、关于周转房分配（追问）") and is_marker_line("3.周转房分配（追问）")
    assert not is_marker_line("三、关于周转房分配") and not is_marker_line("三、关于周转房分配（追问）。")


def test_a_member_saying_they_ask_nothing_makes_no_exchange():
    text = ("市人大常委会专题询问实录\n委员伍丽君：书屋为什么常年锁门？\n市文化和旅游局局长唐建新：今年配兼职管理员。\n"
            "委员庞志宏：这个办法好，我完全赞同，这次不再提问了，请抓紧落实。\n"
            "代表邝海燕：放映设备能不能统一更换？\n市文化和旅游局副局长黎国栋：年底前全部更新。\n")
    assert [a for a, _, _, _ in _exchanges(text)] == ["伍丽君", "邝海燕"]


def test_a_member_who_asks_nothing_but_still_puts_a_question_mark_asks():
    text = ("市人大常委会专题询问实录\n委员伍丽君：书屋为什么常年锁门？\n市文化和旅游局局长唐建新：今年配兼职管理员。\n"
            "委员庞志宏：我不再提问了，只问一句：管理员的补贴谁出？\n市文化和旅游局局长唐建新：市财政出。\n")
    assert [a for a, _, _, _ in _exchanges(text)] == ["伍丽君", "庞志宏"]


# --- leftovers of session 22 re-read: the topic leads are speaker_words.tsv data, 关于 among them ---

def test_a_long_topic_after_guan_yu_opens_at_the_member():
    text = ("2021年6月17日，省人大常委会举行联组会议开展专题询问。\n询问中，委员万启航关于退捕渔民安置补助迟迟未能到账、"
            "沿湖乡镇对长期禁捕后的生计仍有担忧等问题进行询问，省农业农村厅厅长邹立新作了回答，表示补助按季度拨付到户。\n")
    assert _exchanges(text) == [("万启航", "邹立新", False, True)]


def test_the_topic_leads_are_the_data_s():
    from loaders.attribution.words import speaker_words

    assert set(speaker_words().asked_topic_preps) >= {"就", "关于", "围绕", "针对"}


def test_askers_counted_then_speaking_in_turn_are_paired_with_the_offices():
    text = (TOWN + "代表韦小丽、覃大海2位代表依次发言，分别就村道维修、饮水安全等问题提出询问，"
            "县交通运输局、县水利局负责人分别作了回答。\n")
    assert [(u.kind, u.speaker.name or u.speaker.department) for u in find_utterances(text)] == [
        ("question", "韦小丽"), ("answer", "县交通运输局"), ("question", "覃大海"), ("answer", "县水利局")]
