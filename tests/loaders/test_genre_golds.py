"""Every invented genre text (tests/gold/genres/, each gold written before the extractor ran on
it) read as its gold says: each exchange found and aligned and every field right, but for the
cases no rule reads yet (KNOWN_LEFT: field -> how many still wrong, so that a fix or a new loss
shows). A text whose gold has no exchange (a negative) may be refused or read as a session
without one. The tuning rounds' own test files hold the rules one by one; this holds the texts."""

from __future__ import annotations

import pytest

from loaders.evaluate import evaluate
from tests.loaders.genre_helpers import GENRES, assert_exchanges_right

GOLDS = sorted(GENRES.glob("*.gold.json"))

KNOWN_LEFT: dict[str, dict[str, int]] = {
    # an unnamed 有关负责人 answering with no office keeps the office that answered before (the gold gives none)
    "g17a_anonymous_exchange": {"department_type": 1},
    # an official named after 一位 and a post (化学工业部一位司长X回答): no respondent, the answer lost
    "g17a_ministry_answers": {"respondent": 1, "has_answer": 1},
    # the page cuts off a member's turn, a follow-up now: the official who answered her before is
    # taken for its respondent, where the gold names nobody for a question nobody answers
    "g16r_cut_mid_question": {"respondent": 1},
    # a TV host coming back to an official's earlier answer after other exchanges ("刚才您说…，具体哪一
    # 天？") presses it, as a blind writer marked it; the host's pressing is read only right after the answer
    "p27_tv_host_bare_name_answer": {"follow_up": 1},
    # a second asker's question in one run-on paragraph is not linked as a follow-up
    "inline_one_paragraph": {"follow_up": 1},
    # a reported follow-up (W接着提问，…？) is read as a new question
    "reported_several": {"follow_up": 1},
    # "Y又问" after Y was introduced asking by occupation alone (首先向X发问的是某公司总经理Y): Y's first
    # question has no cue the 又问 rule can look back to, so the re-ask stays a new question
    "g15q_first_asked_was": {"follow_up": 1},
    # the answer to a question that names its respondent inside it (请X同志答询 … X回答，…) is not attached
    "questions_name_respondent": {"has_answer": 1},
    # an unnamed duty worker asked by post is typed by the base he works at (农业农村); the gold gives none
    "x7_inspection_worker": {"department_type": 1},
    # 市城市管理执法委员会 is read as 孝感市管理执法委员会 with no type (departments: the city's
    # name run into 城市管理, left to the office rules)
    "g25_topic_then_office_defers": {"department_type": 1},
    # 市供销合作社理事会 (its council head answering) is given no type by departments.resolve_department
    "t29_chair_asks_member_thanks": {"department_type": 1},
}


def _stem(gold) -> str:
    return gold.name.removesuffix(".gold.json")


def test_there_are_genre_golds():
    assert len(GOLDS) >= 500
    assert set(KNOWN_LEFT) <= {_stem(g) for g in GOLDS}


@pytest.mark.parametrize("gold", GOLDS, ids=_stem)
def test_genre_text_reads_as_its_gold(gold):
    (f,) = evaluate([gold]).files
    if f.exchanges_gold == 0:
        assert f.exchanges_found == 0, f.exchange_errors
        return
    assert_exchanges_right(gold, KNOWN_LEFT.get(_stem(gold)))
