"""Session 17 (tune23): askers listed and answering offices listed, paired in order when the
answering side says each answered (分别/依次/一一/逐一) and both lists hold the same number
(invented texts; genre gold in tests/gold/genres/g23_paired_lists, written first)."""

from __future__ import annotations

from loaders.attribution import find_utterances
from loaders.attribution.lists import _listed_answerers, _listed_askers

LEAD = "2024年5月9日，某市人大常委会举行专题询问。\n"


def _said(text):
    return [(u.kind, u.speaker.name, u.speaker.department) for u in find_utterances(LEAD + text)]


def test_three_members_and_three_offices_each_are_three_exchanges_in_order():
    text = ("委员韩立新、蒋秋云、鲁国平分别就河道保洁、垃圾分类、路灯维修提出询问，"
            "市水利局、市城市管理局、市住房和城乡建设局负责人分别作了回答。")
    assert _said(text) == [
        ("question", "韩立新", None), ("answer", None, "市水利局"),
        ("question", "蒋秋云", None), ("answer", None, "市城市管理局"),
        ("question", "鲁国平", None), ("answer", None, "市住房和城乡建设局")]


def test_the_offices_in_the_next_sentence_and_the_askers_closed_by_deng():
    text = "代表韩立新、蒋秋云等先后就河道保洁、垃圾分类等问题提出询问。对此，市水利局、市城市管理局负责人依次作答。"
    assert _said(text) == [
        ("question", "韩立新", None), ("answer", None, "市水利局"),
        ("question", "蒋秋云", None), ("answer", None, "市城市管理局")]


def test_named_officials_joined_by_he_answer_one_each():
    text = ("委员韩立新、蒋秋云和代表鲁国平先后就河道保洁、垃圾分类、路灯维修等问题提出询问，"
            "市水利局局长方志远、市城市管理局局长温启明和市住房和城乡建设局副局长柏晓东一一作答。")
    assert [(k, n) for k, n, _ in _said(text)] == [
        ("question", "韩立新"), ("answer", "方志远"), ("question", "蒋秋云"), ("answer", "温启明"),
        ("question", "鲁国平"), ("answer", "柏晓东")]


def test_the_answers_are_only_reported_nothing_of_them_said():
    text = "委员韩立新、蒋秋云先后就河道保洁、垃圾分类提出询问，市水利局、市城市管理局负责人分别到会作了回答。"
    answers = [u for u in find_utterances(LEAD + text) if u.kind == "answer"]
    assert len(answers) == 2 and all(u.start == u.end for u in answers)


def test_lists_of_unequal_length_stay_a_summary():
    text = "委员韩立新、蒋秋云、鲁国平先后就河道保洁、垃圾分类等问题提出询问，市水利局、市城市管理局负责人分别作了回答。"
    assert _said(text) == []


def test_no_each_word_on_the_answering_side_stays_a_summary():
    text = "委员韩立新、蒋秋云先后就河道保洁、垃圾分类等问题提出询问，市水利局、市城市管理局负责人作了回答。"
    assert _said(text) == []


def test_a_question_told_again_further_on_with_its_answer_is_the_same_exchange():
    text = ("委员韩立新、蒋秋云先后就河道保洁、垃圾分类等问题提出询问，市水利局、市城市管理局负责人分别作了回答。\n"
            "针对韩立新委员关于河道保洁的询问，市水利局负责人表示，今年将增加保洁船十艘。")
    said = find_utterances(LEAD + text)
    assert [(u.kind, u.speaker.name, u.speaker.department) for u in said] == [
        ("question", "韩立新", None), ("answer", None, "市水利局"),
        ("question", "蒋秋云", None), ("answer", None, "市城市管理局")]
    assert said[1].end > said[1].start  # the answer's words, told further on


def test_listed_askers_carry_a_post_over_and_read_a_second_post():
    assert [(s.name, s.role) for s in _listed_askers("常委会委员韩立新、蒋秋云和市人大代表鲁国平")] == [
        ("韩立新", "常委会委员"), ("蒋秋云", "常委会委员"), ("鲁国平", "市人大代表")]


def test_listed_answerers_are_offices_or_named_officials_else_nothing():
    assert [s.department for s in _listed_answerers("市水利局、市人力资源和社会保障局")] == [
        "市水利局", "市人力资源和社会保障局"]
    assert [s.name for s in _listed_answerers("市水利局局长方志远和市城市管理局局长温启明")] == ["方志远", "温启明"]
    assert _listed_answerers("有关部门") == []
