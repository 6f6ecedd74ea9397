"""attribution.names.member_opening breaks a tie between name lengths by how often the report uses
each name, counted by the People of the document (one count per name and text): that count
is the text's only when the People was built on the text read."""

from __future__ import annotations

from pathlib import Path

import loaders
from loaders.attribution.names import member_opening
from loaders.attribution.people import People
from tests.loaders.attribution_helpers import patch_everywhere

ROOT = Path(__file__).parents[2]


def test_the_name_the_report_uses_again_wins():
    once = "“要多久？”代表张明华一开口就不留情。"
    again = once + "会后张明说，还会再问。"
    for text, name in ((once, "张明华"), (again, "张明")):
        sp = member_opening(text, text.index("”") + 1, People(text))
        assert sp is not None and sp.name == name, (text, sp)


def test_the_counts_come_from_the_people_not_from_the_text_passed():
    # One way of counting: a People built on another text counts there (here 张明 once, as
    # 张明华), so the tie goes to the longer name; the text passed would have chosen 张明.
    text = "“要多久？”代表张明华一开口就不留情。会后张明说，还会再问。"
    other = "代表张明华发言。"
    sp = member_opening(text, text.index("”") + 1, People(other))
    assert sp is not None and sp.name == "张明华"


def test_every_member_opening_reads_the_people_of_its_own_text(monkeypatch):
    # The loaders build one People per document and pass it down with that document: were
    # some caller to pass another text, its tie-breaks would count names where they are not.
    calls, strangers = 0, []
    real = member_opening

    def checked(text, b, people, **kw):
        nonlocal calls
        calls += 1
        if people.text is not text:
            strangers.append(text[b:b + 20])
        return real(text, b, people, **kw)

    patch_everywhere(monkeypatch, "member_opening", checked)
    for p in sorted((ROOT / "tests" / "gold" / "genres").glob("*.txt")) + sorted((ROOT / "samples").glob("*.txt")):
        try:
            loaders.load_path(p)
        except loaders.InputError:
            pass
    assert calls and not strangers, (calls, strangers[:5])
