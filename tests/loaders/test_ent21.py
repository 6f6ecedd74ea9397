"""Departments and the session's city, round 21 (names invented): the nationalities commission
and the old economic commission by their short names (民委, 经委) with no city written twice, a
word linking a list before an office's place (以及市政府), and a member's given name that is a
city's short name (委员徐海东) no evidence of the session's city."""

from __future__ import annotations

import pytest

from loaders.departments import find_departments, resolve_department
from loaders.session import detect_city


@pytest.mark.parametrize(("surface", "city", "name", "dtype"), [
    ("国家民委", "荆门市", "国家民委", "民族宗教"),
    ("市民委", "荆门市", "荆门市民族宗教事务局", "民族宗教"),
    ("省民委", "荆门市", "湖北省民族宗教事务局", "民族宗教"),
    ("市经委", "荆门市", "荆门市经济委员会", "工业和信息化"),
    ("县经委", "荆门市", "县经济委员会", "工业和信息化"),
    ("以及市政府", "荆门市", "荆门市人民政府", "人民政府"),
    ("及区住建局", "荆门市", "区住房和城乡建设局", "住房和城乡建设"),
    ("和县住建局", "荆门市", "和县住房和城乡建设局", "住房和城乡建设"),  # 和县: a county, no link word
    ("和平区政府", "天津市", "和平区人民政府", "人民政府"),
])
def test_short_commissions_and_linked_offices(surface, city, name, dtype):
    d = resolve_department(surface, city)
    assert (d.name, d.type) == (name, dtype)


@pytest.mark.parametrize("text", [
    "社区居民委员会主任郝丽君说",
    "村民委员会换届",
    "全市民委托律师代为维权",
    "区教委员工食堂",
    "市人大财经委主任蒙建成",
])
def test_short_commission_inside_a_longer_word_is_none(text):
    assert find_departments(text) == []


def test_short_commissions_found_in_text():
    assert [s for _, _, s in find_departments("市民委主任滕某和市经委副主任覃某到会")] == ["市民委", "市经委"]


def test_member_given_name_is_no_city():
    text = ("11月14日，市人大常委会召开会议，就醴陵市农村供水工作开展专题询问。"
            "常委会委员徐海东首先发问：“…？”徐海东追问：“…？”徐海东最后建议，逐村销号。")
    assert detect_city(text) == "株洲市"


def test_city_short_name_in_running_text_still_counts():
    assert detect_city("海东市人民政府近日召开会议。会上，海东各县区汇报了工作。") == "海东市"
