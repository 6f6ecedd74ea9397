"""Entities, round 22 (names invented): a quoted sentence with a comma names no tool; a
question that points at a site (指向某古城) and a plan's aim (力争产业集群产值…) open no name;
某某古城 is a site named by its place, an old town's quarters by kind (古城街区) are none."""

from __future__ import annotations

import pytest

from tests.loaders.mention_helpers import candidates as _found


def test_quoted_sentence_with_comma_is_no_tool():
    text = "街道推广“邻里守望”服务，“请年轻志愿者陪伴独居老人，把结对帮扶变成制度”。"
    assert not any("，" in n for _, n in _found(text))


def test_pointing_verb_opens_no_site():
    found = _found("座谈的第三个问题，指向临溪古城的修缮利用。")
    assert ("Project", "临溪古城") in found
    assert not any(n.startswith("指向") for _, n in found)


def test_old_town_quarters_by_kind_are_no_site():
    assert not any(t == "Project" for t, _ in _found("委员追问，古城街区的改造何时完工？"))


def test_striving_for_opens_no_chain():
    found = _found("今年对新落户的配套企业给予奖补，力争产业集群产值突破500亿元。")
    assert not any(n.startswith("力争") for _, n in found)


@pytest.mark.parametrize("surface, typ", [
    ("这位临溪市文化广播电视和旅游局", "文化和旅游"),  # 这位 (this) before the post
    ("来自市农业农村局", "农业农村"),  # 来自 (from) before the office
])
def test_words_before_an_office_are_no_part_of_it(surface, typ):
    from loaders.departments import resolve_department
    d = resolve_department(surface, "某州")
    assert d is not None and d.type == typ
    assert "这位" not in d.name and "来自" not in d.name


def test_route_from_a_village_is_named_by_both_ends():
    # 某坝 is in no city table: a village's ending at the route's far end, opening the clause
    found = _found("代表最后发问：青杠坝—石门茶旅公路立项两年了，为什么还没开工？")
    assert ("Project", "青杠坝—石门茶旅公路") in found


def test_dash_after_words_of_a_sentence_stays_out():
    found = _found("代表说今年计划坝—永兴茶旅公路开工。")
    assert not any(n.startswith("计划") for _, n in found)


@pytest.mark.parametrize("text, name", [
    ("去年县里出台了企业技改投入后补助政策，今年全面兑现。", "技改投入后补助"),  # the beneficiary dropped
    ("区政府已研究出台家政服务员上岗奖补政策。", "家政服务员上岗奖补"),
    ("今年将出台数据券补贴办法，降低小微企业上云成本。", "数据券"),  # the voucher is the tool
])
def test_subsidy_issued_before_its_rules_is_a_tool(text, name):
    assert ("PolicyTool", name) in _found(text)


@pytest.mark.parametrize("text", [
    "县里出台了一次性补贴政策。",  # a count
    "出台了相关补贴政策。",  # a kind
    "出台了财政补贴政策。",  # one word of the lexicon
    "我们出台了加装电梯补助办法，每台补贴十万元。",  # what is paid for, told by a verb
])
def test_subsidy_described_is_no_tool(text):
    assert not any(t == "PolicyTool" and n.endswith(("补贴", "补助")) for t, n in _found(text))


def test_quoted_manner_is_no_tool():
    found = _found("区里引入专业机构对这些站点实行“集约化”托管。")
    assert not any("集约化" in n for _, n in found)


def test_stretch_around_a_road_is_no_part_of_a_site():
    found = _found("他问，柳岸路一带夜市摊点挤占人行道，怎么管？")
    assert not any("一带" in n for _, n in found)


def test_hired_monitors_are_a_post_no_tool():
    found = _found("区里选聘了36名营商环境监督员，拓宽企业反映问题的渠道。")
    assert not any("监督员" in n for _, n in found)
