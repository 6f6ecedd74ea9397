"""Session 16 (neg16): the rules for pages that are no inquiry but read as exchanges (a reception
day's notice, deputies visiting voters, a follow-up visit, consultation stalls, a 代表通道), and
for a member asking the official whose report they heard; the
invented texts are tests/gold/genres/g17n_* (golds written first, held by test_genre_golds)."""

from __future__ import annotations

from loaders import InputError, load_text
from loaders.attribution.utterances import _residents
from loaders.turns import not_a_name


def test_nouns_of_the_congress_business_are_no_names():
    assert not_a_name("接待")  # "接待代表：…" a notice's deputies on duty
    assert not_a_name("意见")


def test_a_question_greeting_a_villager_is_a_deputy_visiting_voters():
    rx = _residents()[0]
    assert rx.match("“大婶，您好！我是村里选出的人大代表，…满意吗？”")
    assert rx.match("“老乡们您好，…？”")
    # a member addressing an official by post, or a quotation opening on the word inside a phrase
    assert not rx.match("“局长，您好！请问…？”")
    assert not rx.match("“师傅们反映的问题，…？”")


def _questions(text: str) -> list[tuple[str | None, str]]:
    try:
        rec = load_text(text, source="t.txt")
    except InputError:
        return []
    return [(e.asker.name, e.question) for e in rec.exchanges]


INQUIRY = "2025年5月9日，平川县人大常委会开展专题询问。\n"


def test_a_resident_asked_after_the_cue_is_no_official():
    assert _questions(INQUIRY + "县人大代表甘淑芬走访时询问村民郝长生家里的补贴是否到账。") == []
    # an office asked about villagers' matters is a question
    assert _questions(INQUIRY + "县人大代表甘淑芬询问县民政局：村民的补贴为什么迟迟不到账？"
                      "县民政局局长庞伟回答，本月底前发放到位。")[0][0] == "甘淑芬"


def test_deputies_suggestions_after_a_link_are_a_noun():
    text = INQUIRY + "县人大常委会副主任严家驹对代表建议办理工作给予肯定。"
    assert _questions(text) == []
    asked = (INQUIRY + "县人大代表甘淑芬建议，县交通局尽快修好村道。县交通局局长庞伟回答，年内完工。")
    assert _questions(asked)[0][0] == "甘淑芬"


def test_topics_listed_by_some_member_or_other_sum_up():
    text = ("在县人代会的咨询台前，代表们“问政”热情很高：有代表提出“小区停车难”，希望增加车位；"
            "有代表关注农村饮水问题，盼着早日通上自来水。")
    assert _questions(text) == []


def test_a_corridor_page_keeps_no_members_own_talk():
    text = ("1月10日，平川县十八届人大四次会议“代表通道”开通。\n县人大代表甘淑芬：\n"
            "“去年我反映的问题都有了回音。”她说，群众‘提’、代表‘转’、政府‘答复’，形成了闭环。\n")
    # (no exchange kept: the page is refused outright, or read with none)
    try:
        rec = load_text(text, source="t.txt")
    except InputError:
        return
    assert rec.exchanges == ()


def test_the_official_a_member_heard_is_asked():
    text = ("12月3日，东坝乡人大主席团开展站所工作评议。\n"
            "“村里的渠道谁来修？”东坝乡人大代表甘淑芬在听取乡水利站站长庞伟的述职后起身提问。\n")
    (e,) = load_text(text, source="t.txt").exchanges
    assert (e.asker.name, e.respondent.name, e.respondent.title) == ("甘淑芬", "庞伟", "站长")
    # a page that drops the report's words runs the official on to what the member did
    cut = text.replace("的述职后起身", "起身")
    (e,) = load_text(cut, source="t.txt").exchanges
    assert (e.asker.name, e.respondent.name) == ("甘淑芬", "庞伟")
