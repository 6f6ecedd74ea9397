"""Cue words a word before them makes a noun or a degree of attention (开展专题询问, 高度关注)
name nobody: the speaker phrase before them is not read (a speed path, records unchanged)."""

from __future__ import annotations

from loaders.attribution import find_utterances
from loaders.attribution.speakers import noun_cue, parse_speaker
from loaders.attribution.people import People

_TEXT = ("11月3日，市人大常委会开展专题询问。社会各界对老旧小区改造高度关注。"
         "委员王明提问：加装电梯为何进展缓慢？市住建局局长李强回答：今年将新增50台。")


def test_noun_cues_are_told_from_speech_cues():
    assert noun_cue(_TEXT, 0, _TEXT.index("询问"))  # 专题询问: the inquiry held
    assert noun_cue(_TEXT, 0, _TEXT.index("关注"))  # 高度关注: attention paid
    assert not noun_cue(_TEXT, 0, _TEXT.index("提问"))  # 委员王明提问: a member asks
    assert not noun_cue(_TEXT, _TEXT.index("询问") - 2, _TEXT.index("询问"))  # the lead alone is no phrase


def test_noun_cue_phrase_names_nobody():
    cue = _TEXT.index("关注")
    lb = _TEXT.index("社会")
    assert parse_speaker(_TEXT, lb, cue, People(_TEXT)) is None


def test_speech_around_noun_cues_still_read():
    got = [(u.kind, u.speaker.name, _TEXT[u.start:u.end]) for u in find_utterances(_TEXT)]
    assert got == [("question", "王明", "加装电梯为何进展缓慢？"), ("answer", "李强", "今年将新增50台。")]


def test_noun_cue_before_speech_is_still_read():
    text = "委员王明高度关注：“加装电梯为何进展缓慢？”"
    assert not noun_cue(text, 0, text.index("关注"))  # a colon and a quotation after it: speech follows
