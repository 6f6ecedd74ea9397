"""Entities and departments, round 21b (names invented): 和 joining two words before a county
that opens with it (和县) reads no firm of that county; a district's short name ending in a
project suffix (某市柯桥: 桥) is no works; a bank by its legal standing (法人银行) is a kind; a
province's office written with 厅 keeps 厅 in its name where the table says 局."""

from __future__ import annotations

import pytest

from loaders.departments import resolve_department
from tests.loaders.mention_helpers import candidates as _found


@pytest.mark.parametrize("text", [
    "镇卫生院院长回应，卫生院已和县医药公司签订了配送协议。",  # adverb, then 和 (with)
    "中心卫生院和县医药公司签订了配送协议。",  # a noun, then 和 (and)
    "我们和县医药公司签订了配送协议。",  # a pronoun
])
def test_joining_he_opens_no_county_firm(text):
    assert not any(n.startswith("和县") for _, n in _found(text))


@pytest.mark.parametrize("text", [
    "调研组走访了和县医药公司。",  # after a verb: the county
    "安徽省和县医药公司负责人介绍了情况。",  # after its province
    "和县医药公司负责人介绍了情况。",  # opening the sentence
])
def test_county_he_still_opens_its_firm(text):
    assert any("和县医药公司" in n for _, n in _found(text))


def test_district_short_name_is_no_bridge():
    text = "2022年5月9日，绍兴市柯桥区第三届人大常委会第十次会议就物流发展开展专题询问。"
    assert not any(t == "Project" for t, _ in _found(text))


def test_named_bridge_and_new_area_kept():
    assert ("Project", "绍兴市柯桥大桥") in _found("区里将推进绍兴市柯桥大桥建设。")


def test_legal_person_bank_is_a_kind():
    text = "人民银行某支行行长：今年已向辖内法人银行发放再贷款9亿元，地方法人银行积极参与。"
    assert not any("法人银行" in n for _, n in _found(text))


@pytest.mark.parametrize(("surface", "name", "dtype"), [
    ("省农业农村厅", "湖南省农业农村厅", "农业农村"),
    ("省水利厅", "湖南省水利厅", "水利"),
    ("市农业农村局", "益阳市农业农村局", "农业农村"),
])
def test_hall_keeps_its_written_ending(surface, name, dtype):
    d = resolve_department(surface, "益阳市")
    assert (d.name, d.type) == (name, dtype)
