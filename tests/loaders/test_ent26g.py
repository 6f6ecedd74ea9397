"""Entity rules of session 26 (helper ent26), written as general readings of a kind wherever it stands
rather than one wording: a zone a report names only as its managing committee is no project. Held by
invented reports (tests/gold/genres/e26_*, gold written before the extractor ran on them) and by
sentences written for these tests."""

from __future__ import annotations

from loaders.mentions import extract_mentions
from tests.loaders.mention_helpers import genre_entities_test

test_every_entity_of_each_genre_right = genre_entities_test("e26_")


def _projects(text: str) -> set[str]:
    got = extract_mentions(text, [("e1", "answer", 0, len(text))], "云溪市")
    return {m.name for m in got.mentions["e1"] if m.type == "Project"}


def test_a_zone_named_only_as_its_committee_is_no_project():
    assert _projects("南湖高新区管委会副主任贺文斌回答，今年招工八百人。") == set()
    assert _projects("会上，南湖高新区管委会、市商务局负责人作了回答。") == set()


def test_a_zone_told_of_by_itself_stays_one():
    text = "南湖高新区管委会副主任贺文斌回答，南湖高新区今年新落地项目十二个。"
    assert _projects(text) == {"南湖高新区"}


def test_a_short_form_told_as_the_zone_keeps_the_full_one():
    # (the committee with the zone's full name, the zone itself by its short name)
    text = "白沙材料高新区管委会主任回答，材料高新区今年新落地项目十二个。"
    assert _projects(text) != set()
