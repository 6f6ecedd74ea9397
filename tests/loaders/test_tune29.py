"""Session 23, tuner tune29 (blind set 29): the rules its kinds of report asked for (invented texts)."""

from __future__ import annotations

import pytest

from loaders.errors import InputError
from loaders.pipeline import load_text
from loaders.turns.words import turn_words

_INTERVIEW = ("{title}\n{subtitle}\n\n本报记者 匡一鸣\n\n"
              "今年，某某县人大常委会就村级道路养护开展了专题询问。记者就询问工作采访了县人大常委会主任{name}。\n\n"
              "记者：询问的议题是怎么定的？\n\n"
              "{name}：我们请代表投票，票数最多的事就是议题。\n\n"
              "记者：怎样避免走过场？\n\n"
              "{name}：不透题，允许当场追问，事后还要测评。\n")


def _exchanges(text: str) -> int:
    try:
        return len(load_text(text, source="tune29.txt", year=2022).exchanges)
    except InputError:
        return 0


@pytest.mark.parametrize("title, subtitle", [
    ("让询问问出实效", "——访某某县人大常委会主任甄守仁"),
    ("让询问问出实效", "——专访某某县人大常委会主任甄守仁"),
    # a headline ending on a quotation: the dash line under it is no signature of that quotation
    ("让询问成为监督的“常规动作”", "——访某某县人大常委会主任甄守仁"),
])
def test_an_interview_subtitle_is_no_speaker_line(title, subtitle):
    # turns.passes.declaration_lines and turns.signed.dash_signed_spans: the interviewee's answers
    # under "记者：…？" are no questions, and the subtitle naming him opens no question either
    assert _exchanges(_INTERVIEW.format(title=title, subtitle=subtitle, name="甄守仁")) == 0


def test_interview_lead_words():
    lead = turn_words().interview_lead
    assert lead.match("——访某某县人大常委会主任甄守仁")
    assert lead.match("—— 专访市人大常委会副主任某某")
    assert not lead.match("访某某县人大常委会主任甄守仁")  # (a subtitle opens on its dash)
    # a designation line of a speaker stays one ("——市信访局局长 X": 访 inside an office's name)
    assert not lead.match("——市信访局局长 雷正")
    assert not lead.match("市人大常委会委员 访某")


_MOTION = ("某某县人大常委会关于质询案办理情况的报告\n"
           "县人大常委会委员祁德昌等4名委员联名提出质询案，认为县城污水管网雨污混流严重，要求县水利局说明原因。\n"
           "县水利局局长凤鸣岐在会上宣读了书面答复，其中说，今年将改造雨污混流管网18公里，年底前完工。\n"
           "委员柯小满{verb}：改造期间道路开挖怎么安排？\n"
           "凤鸣岐回答：分段施工，每段不超过两周。\n")


def _read(text: str):
    return load_text(text, source="tune29.txt", year=2022).exchanges


def test_a_motion_and_its_written_answer_before_a_follow_up_are_an_exchange():
    # narrated.motion_before: the 追问 opening the labelled turns presses on the motion told before it
    ex = _read(_MOTION.format(verb="追问"))
    assert [(e.asker.name, e.respondent.name if e.respondent else None) for e in ex] == [
        ("祁德昌", "凤鸣岐"), ("柯小满", "凤鸣岐")]
    assert ex[0].answer is not None and "宣读了书面答复" in ex[0].answer
    assert ex[1].follow_up_of == ex[0].id


def test_a_motion_told_before_a_plain_question_stays_narration():
    # no 追问 opens the turns: the told motion is left to the narration (as before)
    ex = _read(_MOTION.format(verb="提问"))
    assert [e.asker.name for e in ex] == ["柯小满"]


def test_a_sittings_long_name_before_its_place_word_is_a_setting():
    # attribution.words setting: "…第二十一次会议联组会议现场" says where (ledes._asker_past_setting skips it)
    from loaders.attribution.words import speech_links
    setting = speech_links().setting
    assert setting.fullmatch("市十七届人大常委会第二十三次会议联组会议现场")
    assert setting.fullmatch("会上")
    assert not setting.fullmatch("市人大常委会委员尚文博第一个举手")


def test_a_colon_subheading_is_not_joined_to_the_paragraph_under_it():
    # normalize.rejoin (_colon_subheading): "关注资金：…" heads a section, the member opens the next paragraph
    from loaders.normalize import rejoin
    from loaders.turns import is_turn_start
    below = "委员葛丽芬的问题落在钱上。她关心的是，老旧管网改造还差多少资金，县里打算怎么筹措。"
    assert rejoin(["关注资金：管网改造钱从哪里来", below], is_turn_start) == ["关注资金：管网改造钱从哪里来", below]
    # a speech cut by the line's end after its cue's colon still runs on
    assert len(rejoin(["他说：这件事我们已经", "派人到现场看过三次，问题在于资金，今年一定把钱落实到位，不再让群众等下去。"], is_turn_start)) == 1


_THROWN = ("某州人大常委会举行联组会议，围绕流域保护开展专题询问。州农业农村局等部门负责人到会应询。\n"
           "农田退水怎么管？委员汤若溪{link}州农业农村局。州农业农村局副局长郁兰亭介绍，流域内已推行测土配方施肥。\n")


def test_an_unquoted_question_before_the_member_who_put_it_to_an_office():
    # attribution.ledes.question_thrown_to: "…？委员X把问题抛给了某局。" asks that office
    ex = _read(_THROWN.format(link="把问题抛给了"))
    assert [(e.asker.name, e.respondent.name, e.question) for e in ex] == [("汤若溪", "郁兰亭", "农田退水怎么管？")]


def test_an_unquoted_question_before_a_member_who_did_not_put_it_stays_narration():
    # no thrown_to link after the member: the sentence is the report's own question
    ex = _read(_THROWN.format(link="走访了"))
    assert [e.question for e in ex if e.asker.name == "汤若溪"] != ["农田退水怎么管？"]


def test_a_bold_name_before_its_bracketed_post_is_a_label():
    # turns.labels.parse_label: "**X**（市人大代表）：" reads as "X（市人大代表）："
    from loaders.turns.labels import parse_label
    lab = parse_label("**尹梦溪**（市人大代表）：我们走访了片区6所小学。")
    assert (lab.kind, lab.speaker.name, lab.speaker.role) == ("question", "尹梦溪", "市人大代表")
    lab = parse_label("**窦文博**（区教育局局长）：大班额问题确实存在。")
    assert (lab.kind, lab.speaker.name, lab.speaker.title) == ("answer", "窦文博", "局长")


_HEARING = ("某某市人大常委会专题询问实录\n"
            "市十六届人大常委会第九次会议举行联组会议，开展专题询问，由市人大常委会副主任龚立群主持。\n"
            "主持人：请苗永康委员提问。\n"
            "苗永康委员：请问市交通运输局，快递进村什么时候能全覆盖？\n"
            "市交通运输局局长邹海川：年底前实现建制村全覆盖。\n"
            "苗永康委员：{after}\n"
            "主持人：{chair}\n"
            "市供销合作社理事会主任韩国栋：我们将建设县级配送中心5个。\n")


def test_a_member_who_only_thanks_asks_nothing():
    # exchanges.build_exchanges (exchange_words.tsv thanks_word): thanks, no ask word, no answer: no exchange
    ex = _read(_HEARING.format(after="谢谢邹局长，回答很具体，我没有其他问题了。", chair="专题询问到此结束。"))
    assert [e.asker.name for e in ex] == ["苗永康"]
    # a re-ask opening with thanks still asks
    ex = _read(_HEARING.format(after="谢谢邹局长。偏远山村的快递怎么办？", chair="专题询问到此结束。"))
    assert [e.asker.name for e in ex] == ["苗永康", "苗永康"]


def test_the_presiding_chair_who_says_she_asks_too_asks():
    # turns.passes.chair_asks_itself (turn_words.tsv self_ask): "主持人：我也提一个，…？" is the
    # question of the chair the report names presiding; label_office_suffix 供销合作社理事会
    ex = _read(_HEARING.format(after="谢谢邹局长。", chair="我也提一个。请问市供销合作社，三级配送网络怎么建？"))
    assert [(e.asker.name, e.asker.role, e.respondent.name if e.respondent else None) for e in ex] == [
        ("苗永康", "委员", "邹海川"), ("龚立群", "市人大常委会副主任", "韩国栋")]
    # the chair handing over keeps no question of its own
    ex = _read(_HEARING.format(after="谢谢邹局长。", chair="请市供销合作社介绍一下配送网络。"))
    assert "龚立群" not in [e.asker.name for e in ex]


def test_the_chair_who_asks_is_the_one_presiding_over_her_own_session():
    # turns.passes._presiding: in a file of two sessions, the chair named presiding nearest before
    # the 主持人 line asks, not the first session's
    second = ("某某市人大常委会专题询问实录（二）\n"
              "市十六届人大常委会第十次会议举行联组会议，开展专题询问，由市人大常委会副主任沈秋华主持。\n"
              "主持人：请柏明远委员提问。\n"
              "柏明远委员：请问市水利局，小型水库除险加固什么时候完成？\n"
              "市水利局局长甘启航：今年汛期前全部完成。\n"
              "主持人：我也提一个。请问市财政局，维修养护资金怎么保障？\n"
              "市财政局局长贝若冰：市财政每年安排专项资金。\n")
    ex = _read(_HEARING.format(after="谢谢邹局长。", chair="专题询问到此结束。") + "\n" + second)
    assert [(e.asker.name, e.respondent.name if e.respondent else None) for e in ex][-2:] == [
        ("柏明远", "甘启航"), ("沈秋华", "贝若冰")]


def test_a_labelled_re_ask_after_a_told_question_follows_it_up():
    # pipeline._best_exchanges / _with_label_turns: the speech reading's unnamed question over the
    # member's label is hers, a 追问 as follow_up_marks read it
    text = ("某开发区人大工委召开专题询问会，区建设局负责人现场应询。\n"
            "区人大代表简立新想知道的是，企业想入驻园区，可现成的厂房总得排队等。\n"
            "区建设局局长柯海峰回答，三期标准厂房今年底前交付6栋。\n"
            "**苑秋菊**（区人大代表）：我接着简代表的问题再问一句，厂房租金能不能再优惠一些？\n"
            "柯局长表示，对新入驻的科技型企业，头两年租金减半。\n")
    ex = _read(text)
    assert [(e.asker.name, bool(e.follow_up_of)) for e in ex] == [("简立新", False), ("苑秋菊", True)]
