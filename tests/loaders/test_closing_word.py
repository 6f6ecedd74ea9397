"""A government leader's word closing the sitting ("会议最后，副市长X表示，…") answers no question:
it is neither a second respondent of the last exchange nor part of its answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import load_path
from loaders.exchanges import _closing_remark
from loaders.turns import Speaker, Turn

GENRE = Path(__file__).parents[1] / "gold" / "genres" / "g9y_leader_closing_word.txt"


def test_closing_word_is_no_respondent():
    last = load_path(GENRE).exchanges[-1]
    assert [r.name for r in last.respondents] == ["罗志强"]
    assert "彭建新" not in last.answer


@pytest.mark.parametrize(("text", "title", "closing"), [
    ("会议最后，副市长彭建新表示，市政府将逐条研究。", "副市长", True),
    ("最后，王志远副县长作表态发言，县政府将抓好整改。", "副县长", True),
    # an office head adding to the last answer still answers it
    ("最后，市财政局副局长冯春雷补充说，今年已安排补助。", "副局长", False),
    # a leader answering mid-sentence, after other narration, is no closing word
    ("对此，副市长彭建新表示，将加快建设。", "副市长", False),
])
def test_closing_remark(text, title, closing):
    start = text.index("，", text.index(title)) + 1  # the speech follows the speaker's cue
    turn = Turn("answer", Speaker(name="某某", title=title), start, start, len(text), ((0, len(text)),))
    assert _closing_remark(text, turn) is closing
