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


def _tools(text: str) -> list[tuple[str, str]]:
    got = extract_mentions(text, [("e1", "answer", 0, len(text))], "云溪市")
    return [(m.name, m.text) for m in got.mentions["e1"] if m.type == "PolicyTool"]


def test_the_level_that_pays_a_fiscal_instrument_is_in_its_mention():
    # (the names stay the dictionary's: only the written forms are asked here)
    assert [text for _, text in _tools("企业可以申报区级技改补助。")] == ["区级技改补助"]
    assert [text for _, text in _tools("今年争取中央财政衔接资金五千万元。")] == ["中央财政衔接资金"]
    # (no level before it: the mention is the form as written)
    assert [text for _, text in _tools("企业可以申报技改补助。")] == ["技改补助"]
    assert _tools("企业可以申报区级技改补助。")[0][0] == _tools("企业可以申报技改补助。")[0][0]


def test_works_a_verb_carries_out_are_projects():
    assert _projects("今年启动老城区雨水管网改造工程，分两年完成。") == {"老城区雨水管网改造工程"}
    assert _projects("全县正在实施城乡供水一体化提升工程。") == {"城乡供水一体化提升工程"}


def test_programmes_and_kinds_of_works_name_none():
    assert _projects("我们正推进规模化供水工程，覆盖八成农村人口。") == set()
    assert _projects("我们会加快推进各项民生工程，实施乡村振兴工程。") == set()
    assert _projects("今年完成了污水管网。") == set()


def test_a_zone_named_only_as_where_someone_lives_or_works_is_no_project():
    assert _projects("我住在南湖新区，每天进城要倒两趟车。") == set()
    assert _projects("我在南湖新区上班，每天进城要倒两趟车。") == set()
    assert _projects("我住在南湖新区。南湖新区今年新开公交线路三条。") == {"南湖新区"}



def _chains(text: str) -> set[str]:
    got = extract_mentions(text, [("e1", "answer", 0, len(text))], "云溪市")
    return {m.name for m in got.mentions["e1"] if m.type == "IndustryChain"}


def test_a_counted_list_of_a_places_own_industries_names_chains():
    assert _chains("重点发展绿色食品、现代纺织两大主导产业。") == {"绿色食品产业链", "现代纺织产业链"}
    # (the economy's sectors, and a list with no kind before 产业, name none)
    assert _chains("农业、工业、服务业三大产业协调发展。") == set()
    assert _chains("绿色食品、现代纺织两个产业发展很快。") == set()
