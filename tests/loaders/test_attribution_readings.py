"""attribution's remembered readings of speaker phrases (People.reading), the named-only reading
of the prefix tries (named_speaker) and the name-word check before a scan (may_name_speaker):
each is a shortcut that must read what the full reading reads."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders import iter_paths
from loaders.attribution.people import People
from loaders.attribution.readings import named_speaker, whole_speaker
from loaders.turns import Speaker, parse_head
from tests.loaders.attribution_helpers import patch_everywhere
from tests.loaders.record_helpers import records

ROOT = Path(__file__).resolve().parents[2]
TEXTS = list(iter_paths([ROOT / "tests/gold/genres", ROOT / "samples"]))


def test_a_reading_is_made_again_once_someone_is_named() -> None:
    people = People("会上，王静说：“好。”")
    assert whole_speaker("王静", people) is None  # named with no post: nobody yet
    member = Speaker(name="王静", role="市人大常委会委员")
    people.add(member)
    assert whole_speaker("王静", people) == member


@pytest.mark.parametrize("head", [
    "市人大常委会委员王静", "市人大常委会委员王静率", "市发改委主任李强", "市发改委", "副市长", "萨尔图区区长",
    "天津港集团副总经理王海", "一位姓赵的委员", "王静", "李局长", "市人大代表张", "委员们",
])
def test_the_named_reading_is_the_whole_reading_when_it_names(head: str) -> None:
    text = "市人大常委会委员王静提问。市发改委主任李强回答。"
    whole = whole_speaker(head, People(text))
    named = named_speaker(head, People(text))
    assert named == (whole if whole is not None and whole.name else None)


def test_the_name_word_check_changes_no_record(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(TEXTS) > 200
    checked = records(TEXTS)
    patch_everywhere(monkeypatch, "may_name_speaker", lambda name: True)  # every word scanned
    parse_head.cache_clear()
    assert records(TEXTS) == checked
