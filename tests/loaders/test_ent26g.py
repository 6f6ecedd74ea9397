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


def _kinds(text: str) -> dict[str, set[str]]:
    got = extract_mentions(text, [("e1", "answer", 0, len(text))], "云溪市")
    out: dict[str, set[str]] = {"Project": set(), "Organization": set()}
    for m in got.mentions["e1"]:
        if m.type in out:
            out[m.type].add(m.name)
    return out


def test_a_school_in_a_sentence_of_schools_being_built_is_a_project():
    assert _kinds("六所学校中已有三所竣工投用，东山路小学、云溪第三实验小学因征地拆迁没能按期完成。") == {
        "Project": {"东山路小学", "云溪第三实验小学"}, "Organization": set()}
    assert _kinds("南坪小学等两所学校尚未完成主体工程。")["Project"] == {"南坪小学"}


def test_a_school_whose_sentence_builds_one_of_its_buildings_stays_a_body():
    # (the building between the school and the state: the school itself is not being built)
    assert _kinds("衢州市第一中学新建的教学楼已经投入使用。") == {"Project": set(), "Organization": {"衢州市第一中学"}}
    assert _kinds("我们以人民路小学为龙头组建教育集团。") == {"Project": set(), "Organization": {"人民路小学"}}


def test_a_college_needs_its_own_clause():
    # (a university builds; the sentence's works are not the university)
    assert _kinds("云溪大学的专家参与设计，新校区明年竣工。")["Project"] == set()
    assert _kinds("开发区和云溪大学共建的数字经济产业学院今年招生。")["Project"] == {"数字经济产业学院"}
