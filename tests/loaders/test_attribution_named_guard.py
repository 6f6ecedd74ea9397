"""attribution.people.People.named skips the text scan for a head that is no NAME (parse_head
returns only names matching NAME): the skip must change no record."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders import iter_paths
from loaders.attribution.people import People
from tests.loaders.attribution_helpers import patch_everywhere
from tests.loaders.record_helpers import records

ROOT = Path(__file__).resolve().parents[2]
TEXTS = list(iter_paths([ROOT / "tests/gold/genres", ROOT / "tests/gold/heldout", ROOT / "samples"]))


def test_the_name_guard_changes_no_record(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(TEXTS) > 200
    guarded = records(TEXTS)
    patch_everywhere(monkeypatch, "NAME_RX", re.compile(r".*", re.S))  # every head scanned
    assert records(TEXTS) == guarded


def test_long_heads_are_no_names() -> None:
    text = "市人大常委会委员王静提问。王静说：“好。”"
    people = People(text)
    assert people.named("市人大常委会委员王静提问") is None  # a clause, not a name: no scan
    assert people.named("王静") is not None  # a name: the scan finds its post
