"""member_opening's screen (loaders.turns.heads.seatless / may_be_bare): in a phrase with no seat
word, a start the bare pattern does not read is no member, so it is not parsed. The screen must
skip only starts whose parse gives no seat and no bare name: checked here on every clause of the
genre texts and on phrases written to come near its edges."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.turns import may_be_bare, parse_head, seatless

GENRES = Path(__file__).resolve().parents[1] / "gold" / "genres"
_BOUNDARY = set("，。；！？：\n,;!?:、“”")


def _skipped_starts(phrase: str) -> list[str]:
    """The starts of ``phrase`` member_opening no longer parses."""
    return [phrase[:e] for e in range(3, seatless(phrase) + 1) if not may_be_bare(phrase[:e])]


def _readable(head: str) -> bool:
    """What member_opening needs of a start: a bare name, or a seat."""
    lab = parse_head(head)
    return lab is not None and (lab.bare or bool(lab.speaker.role))


@pytest.mark.parametrize("phrase", [
    "市十届人大常委会第九次会议举行联组会议",  # a sitting's lede: no seat word, no start read
    "2021年3月5日上午",
    "张建国同志",  # a bare name with 同志: read
    "王立新接着追问",
    "委员王立新接着追问",  # a seat word: not screened
    "代进一步表示",  # an adverb before a verb: not screened (代 + 表示 would join a seat word)
])
def test_skipped_starts_read_no_member(phrase):
    for head in _skipped_starts(phrase):
        assert not _readable(head), head


def test_screen_keeps_seats_and_bare_names():
    assert seatless("委员王立新接着追问") == 1  # (no start of two characters or more)
    assert seatless("代进一步表示") == 0
    assert seatless("市人大代表、某公司经理李明") == 4  # 市人大代: no role word yet
    assert seatless("市十届人大常委会第九次会议举行联组会议") == 19
    assert seatless("2021年3月5日，市人大常委会委员李明") == 9
    assert may_be_bare("王立新") and may_be_bare("张建国同志")
    assert not may_be_bare("市十届人大常委会第九次会议") and not may_be_bare("王立新追问")


def test_genre_clauses():
    """Every clause opening of the genre texts, as member_opening cuts it (24 characters)."""
    checked = 0
    for path in sorted(GENRES.glob("*.txt"))[::4]:
        text = path.read_text(encoding="utf-8")
        for b in range(len(text)):
            if b and text[b - 1] not in _BOUNDARY:
                continue
            clause = text[b:b + 24]
            cut = next((i for i, c in enumerate(clause) if c in _BOUNDARY), len(clause))
            for head in _skipped_starts(clause[:cut]):
                checked += 1
                assert not _readable(head), (path.name, head)
    assert checked > 1000
