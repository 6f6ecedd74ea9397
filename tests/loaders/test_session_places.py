"""Places of a session: autonomous regions and prefectures, special districts, province-level reports."""

from __future__ import annotations

import pytest

from loaders.places import lookup_place, province_short, provinces
from loaders.session import detect_city, detect_province, detect_session


def _place(text: str) -> tuple[str | None, str | None]:
    s = detect_session(text, sha256="0" * 64)
    return s.city, s.province


@pytest.mark.parametrize(("text", "city", "province"), [
    ("广西壮族自治区人大常委会开展专题询问，自治区水利厅厅长回答。", None, "广西壮族自治区"),
    ("新疆维吾尔自治区十三届人大常委会第九次会议开展专题询问。", None, "新疆维吾尔自治区"),
    ("内蒙古自治区人大常委会开展专题询问。", None, "内蒙古自治区"),
    # 海南 is the province here, not 海南藏族自治州 of 青海
    ("省人大常委会举行专题询问，海南的旅游市场秩序成为焦点。", None, "海南省"),
    ("大理州人大常委会开展专题询问，州住建局局长回答。", "大理白族自治州", "云南省"),
    ("文山壮族苗族自治州人大常委会开展专题询问。", "文山壮族苗族自治州", "云南省"),
    ("六枝特区人大常委会开展专题询问，特区住建局局长回答。", "六盘水市", "贵州省"),
    ("江华县人大常委会开展专题询问。", "永州市", "湖南省"),
    # a municipality's short name is its own
    ("天津市人大常委会开展专题询问，天津的河道治理。", "天津市", "天津市"),
])
def test_autonomous_and_special_places(text, city, province):
    assert _place(text) == (city, province)


def test_province_names_full_and_short():
    assert province_short("宁夏回族自治区") == "宁夏" and province_short("上海市") == "上海"
    assert provinces()["广西"] == "广西壮族自治区" and provinces()["湖南省"] == "湖南省"
    assert lookup_place("恩施州").name == "恩施土家族苗族自治州"
    assert lookup_place("杭州").name == "杭州市"  # 杭州 is no short form of an autonomous prefecture


def test_a_province_is_named_twice_or_by_a_province_body_else_none():
    assert detect_province("县人大常委会开展专题询问，福建日报记者报道。") is None
    assert detect_province("县人大常委会开展专题询问。福建省财政厅、福建省水利厅负责人出席。") == "福建省"
    assert detect_province("", "湖南省十三届人大常委会第六次会议") == "湖南省"


def test_the_organ_that_held_the_inquiry_names_the_city_not_a_teaser_before_it():
    text = ("相关新闻：黔南州人大常委会调研乡村振兴\n"
            "8月15日，六盘水市六枝特区人大常委会召开会议，就垃圾收运处理工作开展专题询问。")
    assert detect_city(text) == "六盘水市"
    assert detect_session(text, sha256="0" * 64).body == "六枝特区人大常委会"


@pytest.mark.parametrize(("text", "city"), [
    # 城区 is a district of five prefectures and an ordinary word; 长治 is in 长治久安
    ("市人大常委会对市城区“行车难”“停车难”问题开展专题询问，城区道路拥堵，城区停车位不足。", None),
    ("自治区人大常委会开展专题询问，维护社会稳定和长治久安。", None),
    ("长治市人大常委会开展专题询问。", "长治市"),
])
def test_shared_county_names_and_common_words_are_no_city(text, city):
    assert detect_city(text) == city


def test_the_page_chrome_names_the_city_the_report_does_not():
    raw = "来源：平顶山日报 发布日期：2019-11-06\n11月1日上午，市人大常委会举行专题询问会。"
    clean = "11月1日上午，市人大常委会举行专题询问会。"
    assert detect_session(clean, sha256="0" * 64, raw=raw).city == "平顶山市"
