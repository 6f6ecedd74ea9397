"""The finds that stand before a whole-text scan (speed, session 21): a text they reject holds no
match of the pattern they screen, so the records are the same with them as without."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.asked_in_turn import _patterns, may_ask_in_turn
from loaders.attribution.words import speech_links

TURN_ALPHABET = "第一个问题首先再询请问省水利厅发改委，：。 的她"
WHO_ALPHABET = "发问的是回答这与和委员局长对话一段，；。 "


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=TURN_ALPHABET, max_size=40))
def test_no_first_address_where_the_finds_find_nothing(text: str) -> None:
    if not may_ask_in_turn(text):
        assert _patterns()[0].search(text) is None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=WHO_ALPHABET, max_size=60))
def test_no_who_asked_who_answered_where_its_words_are_missing(text: str) -> None:
    if not any(w in text for w in speech_links().who_needs):
        assert speech_links().who.search(text) is None


def test_the_screens_admit_what_the_patterns_find() -> None:
    assert may_ask_in_turn("她的问题分两头问：先问省水利厅，…；再问省发改委，…。")
    assert _patterns()[0].search("先问省水利厅，") is not None
    text = "“……？”“……。”发问的是委员甲，回答的是局长乙。"
    assert speech_links().who.search(text) is not None and any(w in text for w in speech_links().who_needs)
