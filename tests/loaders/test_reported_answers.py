"""An answer the report only says was given is an answer: its span is the clause saying so."""

from loaders.pipeline import load_text

_HEAD = "某某市人大常委会开展专题询问\n\n2023年5月10日，某某市十七届人大常委会第九次会议举行专题询问。\n\n"


def _exchanges(body: str):
    return load_text(_HEAD + body, source="reported.txt").exchanges


def test_answer_only_reported_is_the_clause_saying_so():
    text = _HEAD + "委员钟立言就农村公路养护资金不足问题进行询问，市交通运输局局长柏永昌作了回答。\n"
    record = load_text(text, source="reported.txt")
    ex = record.exchanges
    assert len(ex) == 1
    assert ex[0].respondent.name == "柏永昌"
    assert ex[0].answer == "市交通运输局局长柏永昌作了回答"
    assert record.text[ex[0].answer_start:ex[0].answer_end] == ex[0].answer  # offsets into the record's text


def test_listed_answers_each_cite_the_answering_clause():
    ex = _exchanges("委员钟立言、卢静秋分别就农村公路养护、城区停车难提出询问，"
                    "市交通运输局、市公安局负责人分别作了回答。\n")
    assert [e.asker.name for e in ex] == ["钟立言", "卢静秋"]
    assert all(e.answer == "市交通运输局、市公安局负责人分别作了回答" for e in ex)


def test_page_cut_after_the_speech_verb_has_no_answer():
    ex = _exchanges("代表卢静秋询问市交通运输局，城区公交线路何时优化？市交通运输局局长柏永昌说：\n")
    assert len(ex) == 1
    assert ex[0].respondent.name == "柏永昌"
    assert ex[0].answer is None


def test_answer_reported_at_the_very_end_of_the_text_is_an_answer():
    # nothing after "作了回答" (no full stop, no line break): the slice after it is "",
    # which is in any string, so it was read as a colon, a page cut after "说："
    ex = _exchanges("委员钟立言就农村公路养护资金不足问题进行询问，市交通运输局局长柏永昌作了回答")
    assert len(ex) == 1
    assert ex[0].answer == "市交通运输局局长柏永昌作了回答"
