"""Session 13 (tune13l): exchanges that news features tell answer first (invented texts; golds in
tests/gold/genres/g13l_*, written first)."""

from __future__ import annotations

from loaders.attribution import find_utterances


def _turns(text):
    return [(u.kind, u.speaker.name, text[u.start:u.end]) for u in find_utterances(text)]


LEDE = "“年底前路灯全部修好。”\n"


def test_an_answer_quoted_first_answers_the_member_named_after_its_official():
    text = LEDE + ("市城市管理局局长丁文涛说这话时语气很坚定。2021年5月6日，某市人大常委会开展专题询问，"
                   "引出这句话的，是市人大常委会委员范志强的提问：路灯坏了半年，到底归谁修？")
    assert _turns(text)[:2] == [("question", "范志强", "路灯坏了半年，到底归谁修？"),
                                ("answer", "丁文涛", "“年底前路灯全部修好。”")]


def test_a_lede_with_no_official_before_the_link_is_no_answer():
    # the member named, but nobody who answered: the lede is no one's answer
    text = LEDE + ("2021年5月6日，某市人大常委会开展专题询问，引出这句话的，是市人大常委会委员范志强的提问："
                   "路灯坏了半年，到底归谁修？")
    assert not any(k == "answer" and s == LEDE.strip() for k, _, s in _turns(text))


def test_the_office_after_said_by_drops_the_phrase_before_it():
    text = LEDE + ("说这话的是市城市管理局局长丁文涛。引出这句话的，是市人大常委会委员范志强的提问：路灯坏了半年，到底归谁修？")
    (answer,) = [u for u in find_utterances(text) if u.kind == "answer" and u.start == 0]
    assert answer.speaker.department == "市城市管理局"


def test_a_question_a_pronoun_describes_is_the_member_the_paragraph_named_before():
    text = ("2021年5月6日，某市人大常委会开展专题询问。\n第一个片段，是市人大常委会委员范志强翻开笔记本。"
            "“路灯坏了半年，到底归谁修？”他的问题很直接。\n市城市管理局局长丁文涛回应，本月底前全部修复。")
    assert ("question", "范志强", "“路灯坏了半年，到底归谁修？”") in _turns(text)


def test_the_member_told_before_is_none_past_a_quotation():
    from loaders.attribution.ledes import _member_told_before
    from loaders.attribution.people import People

    text = "市人大常委会委员范志强说：“路灯问题很多。”“路灯坏了半年，到底归谁修？”他的问题很直接。"
    assert _member_told_before(text, text.index("“路灯坏"), People(text)) is None
    plain = "第一个片段，是市人大常委会委员范志强翻开笔记本。“路灯坏了半年，到底归谁修？”他的问题很直接。"
    assert _member_told_before(plain, plain.index("“"), People(plain)).name == "范志强"


def test_a_pronoun_asking_an_office_with_a_question_told_after_the_comma():
    text = ("2021年5月6日，某市人大常委会开展专题询问。列席会议的市人大代表、某村农民范志强随后发言。"
            "他向市城市管理局提问，路灯坏了半年，什么时候能修好。市城市管理局局长丁文涛表示，本月底前全部修复。")
    turns = _turns(text)
    assert ("question", "范志强", "路灯坏了半年，什么时候能修好。") in turns
    # (no interrogative word after the comma: a remark, not a question told)
    plain = text.replace("什么时候能修好", "希望尽快修好")
    assert not any(k == "question" and n == "范志强" for k, n, _ in _turns(plain))
