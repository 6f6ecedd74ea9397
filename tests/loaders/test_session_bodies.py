"""The body of a session: what the text names (a sitting as written with its place, else the organ that
held the inquiry: find_body, kept in ``sitting``) and the standing body it is of (``body``)."""

from __future__ import annotations

import pytest

from loaders.bodies import find_body, standing_body
from loaders.evaluate import evaluate
from loaders.session import detect_session
from pathlib import Path

GENRES = Path(__file__).parents[1] / "gold" / "genres"


@pytest.mark.parametrize(("text", "body"), [
    # a province, a county or two places before the term are kept; other words before them are not
    ("9月30日下午，湖南省十三届人大常委会第六次会议召开联组会议", "湖南省十三届人大常委会第六次会议"),
    ("在金湖县十五届人大常委会第二次会议上", "金湖县十五届人大常委会第二次会议"),
    ("深圳市龙岗区七届人大常委会第二十六次会议", "深圳市龙岗区七届人大常委会第二十六次会议"),
    ("30日，市七届人大常委会召开第四十三次会议", "市七届人大常委会第四十三次会议"),
    ("十一届全国人大常委会第二十四次会议", "十一届全国人大常委会第二十四次会议"),
    # plenary sittings of a congress, in short and long form
    ("在市六届人大五次会议上", "市六届人大五次会议"),
    ("湖塘镇第三届人民代表大会第六次会议", "湖塘镇第三届人民代表大会第六次会议"),
    # the same sitting named short first and with its place later: the named one
    ("市十五届人大三次会议期间……北京市第十五届人民代表大会第三次会议", "北京市第十五届人民代表大会第三次会议"),
])
def test_a_sitting_as_written_with_its_place(text, body):
    assert find_body(text)[0] == body


@pytest.mark.parametrize(("text", "body"), [
    ("5月30日，雷山县人大常委会召开会议，对城镇“四改”开展专题询问", "雷山县人大常委会"),
    ("县人大常委会首次举行集中询问会议", "县人大常委会"),
    ("近日，南阳市卧龙区光武街道人大工委组织开展问政", "光武街道人大工委"),
    ("12月26日上午新铺乡人大组织部分县乡人大代表开展问政", "新铺乡人大"),
    ("江苏省淮安经济技术开发区人大工委组织专题询问", "淮安经济技术开发区人大工委"),
    ("开发区人大工委主任主持询问", "开发区人大工委"),
    ("和平镇人大主席团组织代表询问", "和平镇人大主席团"),
    # a township whose name ends with a city's short name (丰镇, of 丰镇市) keeps its whole name
    ("4月9日，合丰镇人大主席团组织代表询问", "合丰镇人大主席团"),
    ("丰镇人大常委会开展专题询问", "丰镇人大常委会"),
    # a township's bare 人大 in a title, its organ named in full in the report: the full name
    ("某乡人大开展代表询问\n5月8日，某乡人大主席团组织代表开展询问", "某乡人大主席团"),
    # the first organ with a named place wins over an earlier bare one
    ("市人大常委会副主任出席。赤壁市人大常委会召开专题询问会", "赤壁市人大常委会"),
])
def test_the_organ_when_no_sitting_is_named(text, body):
    assert find_body(text)[0] == body


def test_township_words_are_no_organ():
    assert find_body("县乡人大代表参加了活动")[0] is None
    assert find_body("他是镇人大代表")[0] is None


@pytest.mark.parametrize("stem", ["m5_township_congress", "m5_zone_committee", "m5_footer_stamp",
                                  "m5_epaper_clock"])
def test_genre_transcripts_session_fields(stem):
    (f,) = evaluate([GENRES / f"{stem}.gold.json"]).files
    assert f.error is None and f.session_errors == []


def test_the_organ_of_a_deputies_appointment_or_answering_meeting():
    text = "县人大代表活动中心主任出席。\n3月5日，石门县人大常委会组织代表约见县住建局负责人。"
    assert find_body(text)[0] == "石门县人大常委会"
    assert find_body("在县十八届人大三次会议期间，代表询问县教育局")[0] == "县十八届人大三次会议"


def test_a_bare_zone_organ_takes_the_zones_full_name_and_a_sitting_its_full_form():
    text = "日上午的淮安经济技术开发区开展人大代表询问活动。开发区人大工委主任葛某主持。"
    assert find_body(text)[0] == "淮安经济技术开发区人大工委"
    text = "海淀区十七届人大六次会议举行代表询问活动\n6日，海淀区第十七届人民代表大会第六次会议举行代表询问活动"
    assert find_body(text)[0] == "海淀区第十七届人民代表大会第六次会议"


@pytest.mark.parametrize(("text", "body"), [
    # a sitting named without its term (session 6)
    ("9月28日上午，市人大常委会第三十三次会议对市城区停车难问题开展专题询问。", "市人大常委会第三十三次会议"),
    ("8月31日，滨州市滨城区人大常委会第十四次会议举行专题询问会议。", "滨州市滨城区人大常委会第十四次会议"),
    # a level of more than one character before the term stays whole
    ("9月18日下午，自治区十三届人大常委会第十八次会议举行联组会议。", "自治区十三届人大常委会第十八次会议"),
    ("特区十三届人大常委会第十四次会议召开。", "特区十三届人大常委会第十四次会议"),
    # "正在举行" between the organ and its sitting
    ("自治区十届人大常委会正在举行第二十六次会议，人大代表和部门负责人一问一答。", "自治区十届人大常委会第二十六次会议"),
])
def test_untermed_sittings_and_long_levels(text, body):
    assert find_body(text)[0] == body


@pytest.mark.parametrize(("found", "where", "body"), [
    # a level word alone takes the session's place
    ("市八届人大常委会第十四次会议", {"city": "漯河市"}, "漯河市人大常委会"),
    ("县十八届人大常委会第九次会议", {"city": "湖州市", "county": "长兴县"}, "长兴县人大常委会"),
    ("区十九届人大常委会第十八次会议", {"city": "成都市", "county": "青羊区"}, "成都市青羊区人大常委会"),
    ("旗十三届人大常委会第五次会议", {"city": "鄂尔多斯市", "county": "准格尔旗"}, "准格尔旗人大常委会"),
    ("市十七届人大常委会第三次会议", {"city": "宁德市", "county": "福安市"}, "福安市人大常委会"),
    ("省十四届人大常委会第四次会议", {"province": "贵州省"}, "贵州省人大常委会"),
    ("自治区十三届人大常委会第二十三次会议", {"province": "广西壮族自治区"}, "广西壮族自治区人大常委会"),
    ("州十五届人大常委会第九次会议", {"city": "恩施土家族苗族自治州"}, "恩施土家族苗族自治州人大常委会"),
    # named places: a county alone, a district with its city, a short name in full
    ("惠州市博罗县第十五届人大常委会第七次会议", {"city": "惠州市"}, "博罗县人大常委会"),
    ("深圳市龙岗区七届人大常委会第二十六次会议", {"city": "深圳市"}, "深圳市龙岗区人大常委会"),
    ("南湖区人大常委会", {"city": "嘉兴市", "county": "南湖区"}, "嘉兴市南湖区人大常委会"),
    ("大理州人大常委会", {"city": "大理白族自治州"}, "大理白族自治州人大常委会"),
    ("湖南省十三届人大常委会第六次会议", {}, "湖南省人大常委会"),
    ("十三届全国人大常委会第十七次会议", {}, "全国人大常委会"),
    # a plenary sitting: the congress; a township's: its presidium, as the text writes the organ
    ("岳阳市九届人大四次会议", {"city": "岳阳市"}, "岳阳市人民代表大会"),
    ("朱亭镇第十八届人民代表大会第五次会议", {"city": "株洲市"}, "朱亭镇人民代表大会主席团"),
    ("花桥镇第十八届人大第三次会议", {"city": "邵阳市", "county": "隆回县"}, "隆回县花桥镇人大主席团"),
    # an organ without its term; a township with its county, none for a county-level city's
    ("新塘镇第十八届人大主席团", {"city": "黄冈市", "county": "罗田县"}, "罗田县新塘镇人大主席团"),
    ("新塘镇人大主席团", {"city": "宁德市", "county": "福安市"}, "新塘镇人大主席团"),
    ("淮安经济技术开发区人大工委", {"city": "淮安市"}, "淮安经济技术开发区人大工委"),
    # a place nothing tells stays as written
    ("县十八届人大常委会第十三次会议", {"city": "湖州市"}, "县人大常委会"),
    ("省十四届人大常委会第十五次会议", {}, "省人大常委会"),
    (None, {"city": "湖州市"}, None),
])
def test_the_standing_body_of_a_sitting_or_organ(found, where, body):
    assert standing_body(found, **where) == body


def test_the_sitting_is_kept_apart_from_the_body():
    text = "2023年9月12日，县十八届人大常委会第十三次会议开展专题询问。长兴县人大常委会副主任主持。"
    s = detect_session(text, sha256="0" * 64)
    assert (s.body, s.sitting, s.county) == ("长兴县人大常委会", "县十八届人大常委会第十三次会议", "长兴县")
    organ = detect_session("2023年9月12日，长兴县人大常委会开展专题询问。", sha256="0" * 64)
    assert (organ.body, organ.sitting) == ("长兴县人大常委会", None)


def test_two_sittings_of_one_body_are_two_sessions():
    a = detect_session("2023年9月12日，市十七届人大常委会第十一次会议开展专题询问。", sha256="0" * 64, city="漯河")
    b = detect_session("2023年9月12日，市十七届人大常委会第十二次会议开展专题询问。", sha256="0" * 64, city="漯河")
    assert a.body == b.body == "漯河市人大常委会" and a.id != b.id


def test_a_level_word_takes_the_county_the_report_names():
    # "县十六届…" with the county named in full elsewhere (no 县人大常委会 of its own named)
    text = ("2019年6月27日，县十八届人大常委会第九次会议开展专题询问。\n"
            "会前，调研组走访了安吉县的多个乡镇，安吉县农业农村局、安吉县水利局负责人到会应询。")
    s = detect_session(text, sha256="0" * 64)
    assert (s.city, s.county, s.body) == ("湖州市", "安吉县", "安吉县人大常委会")
    # a township's county (two counties of the city: the one named more)
    text = ("2024年5月21日，新塘镇人大主席团组织代表开展专题询问。罗田县交通运输局、罗田县水利局、"
            "英山县林业局负责人应询。")
    s = detect_session(text, sha256="0" * 64)
    assert s.body == "罗田县新塘镇人大主席团"


def test_a_special_district_is_named_alone():
    assert standing_body("六枝特区人大常委会", city="六盘水市", county="六枝特区") == "六枝特区人大常委会"
    assert standing_body("特区十届人大常委会第八次会议", city="六盘水市", county="六枝特区") == "六枝特区人大常委会"


def test_a_function_word_before_a_bare_township_word_names_no_township():
    text = ("某县青石镇第十八届人民代表大会主席团\n关于开展代表询问活动的情况报告\n"
            "根据镇人大主席团今年的安排，由镇人大主席团牵头举行询问会，向镇政府及站所提出询问。")
    assert find_body(text)[0] == "青石镇第十八届人民代表大会主席团"
