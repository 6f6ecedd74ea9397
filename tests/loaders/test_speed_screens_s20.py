"""Session 20 speed screens: each skips work whose result it proves, so it reads what the full work reads."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import follow_ups, turns
from loaders.attribution.offices import unmarked_office_questions
from loaders.attribution.words import cue_word_at, cue_word_ends, cue_words
from tests.loaders.turn_helpers import patch_everywhere

# Heads of every shape the narrated asking reader meets: a member asking an office, a comma before
# the verb, spaces inside, two officials after 、, a long run of Chinese with no colon, a bracket.
NARRATED = [
    "委员张志远问市住建局局长王卫东", "委员 张志远追问市住建局局长：", "市人大常委会委员王静又问市财政局：",
    "X询问市发展改革委主任丁一、市科技局局长丙二", "委员张志远，问市住建局局长王卫东", "代表刘梅问招商引资",
    "代表刘梅追问管护经费：", "县人大代表·李四问县水利局", "（一）区人大常委会委员赵五问区农业农村局",
    "市人大常委会委员邵亮树问：当前我市新兴产业占比相对较低", "请问于卫健同志：市农业局如何优化流程",
    "委员" + "问" * 80 + "局长", "委员李六问局长", "", "问", "委员张志远问市住建局局长王卫东、",
]


@pytest.mark.parametrize("head", NARRATED)
def test_narrated_asking_screen_agrees(head: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """asker_and_asked and asker_asks_about read with the screen what they read without it."""
    assert turns.asking._narr_ask_reach() is not None  # the grammar as built consumes only Chinese before the colon
    turns.parse_head.cache_clear()
    fast = turns.asking.asker_and_asked(head), turns.asking.asker_asks_about(head)
    patch_everywhere(monkeypatch, "_narr_ask_reach", lambda: None)
    turns.parse_head.cache_clear()
    assert (turns.asking.asker_and_asked(head), turns.asking.asker_asks_about(head)) == fast


_CUE_CHARS = "".join(sorted({c for w in cue_words() for c in w}))[:40] + "委员局长，。"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CUE_CHARS, max_size=12), st.integers(0, 12), st.integers(0, 12))
def test_cue_word_index_agrees(text: str, lo: int, hi: int) -> None:
    """The cue words looked up by first or last character find what the whole tuple finds."""
    words = cue_words()
    if lo < len(text):
        assert cue_word_at(text, lo) == text.startswith(words, lo)
    assert cue_word_ends(text, lo, hi) == text.endswith(words, lo, hi)


@pytest.mark.parametrize("text", ["市场监管分局局长接过话题表示", "委员王涛关注城中村", "追问", "", "局长"])
def test_cue_word_index_on_words(text: str) -> None:
    words = cue_words()
    for k in range(len(text)):
        assert cue_word_at(text, k) == text.startswith(words, k)
        assert cue_word_ends(text, 0, k + 1) == text.endswith(words, 0, k + 1)


@pytest.mark.parametrize("head", ["（追问）市人大常委会委员 X", "委员X（追问）", "第二问（追问） 委员X", "【补充询问】局长Y",
                                  "市人大常委会委员X", "委员X（市发改委主任）", "（一）追问事项", "追问"])
def test_marked_head_screen_agrees(head: str) -> None:
    """marked_head's scan for a marker word first reads what the head pattern reads."""
    m = follow_ups._patterns()["head"].match(head)
    assert follow_ups.marked_head(head) == ((m["a"] or m["b"]).strip() if m else None)


def test_unmarked_office_questions_need_narration_calling_them_questions() -> None:
    text = "“城管局为什么没有及时处理”“交警为什么不管”这样尖锐的提问，让现场气氛紧张。"
    found = unmarked_office_questions(text, [])
    assert [u.addressee.department for u in found] == ["城管局", "交警"]
    assert unmarked_office_questions(text.replace("这样尖锐的提问", "这些话"), []) == []
