"""Session 11 (tune11y): exchanges the news features and briefs of blind set 11 told in
reported speech (invented texts; golds in tests/gold/genres/g11y_*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import load_text
from loaders.evaluate import evaluate

GENRES = Path(__file__).parents[1] / "gold" / "genres"
G11Y = sorted(GENRES.glob("g11y_*.gold.json"))


def test_there_are_g11y_genres():
    assert G11Y


@pytest.mark.parametrize("gold", G11Y, ids=lambda p: p.stem)
def test_g11y_genre_fully_aligned(gold):
    report = evaluate([gold])
    (f,) = report.files
    assert f.error is None
    assert f.exchanges_found == f.exchanges_gold == f.exchanges_aligned, f.exchange_errors
    fields = report.exchange_totals()
    for k in ("asker", "respondent", "department_type", "follow_up", "has_answer"):
        assert fields[k][0] == fields[k][1], (k, f.exchange_errors)


OPENING = "2022年4月8日，安顺市西秀区人大常委会就农村饮水安全工作开展专题询问。\n"


def test_a_topic_asked_by_the_group_is_no_ones_question():
    # the sitting summed up: the members as a group asked about a topic, nobody answered it
    rec = load_text(OPENING + "区人大常委会组成人员询问水源地保护。会议要求区水务局认真整改。\n", source="t.txt")
    assert rec.exchanges == ()

