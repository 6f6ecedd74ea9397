"""Session records of the kinds a closed test set (issue 9) found wrong: province-level
sittings given a city from a place their text names, datelines and 时间： lines, dates in
Chinese numerals, a topic's year, another date in the sitting's paragraph, full committee
titles cut to their level. The s8_* genre texts were written with their gold first."""

from __future__ import annotations

import pytest

from loaders.bodies import find_body, provincial_body
from loaders.dates import headline_year, time_line
from loaders.evaluate import evaluate
from tests.loaders.genre_helpers import genre_golds

S8 = genre_golds("s8_")


def test_there_are_s8_texts():
    assert len(S8) >= 10


@pytest.mark.parametrize("gold", S8, ids=lambda p: p.stem)
def test_s8_session_fields(gold):
    (f,) = evaluate([gold]).files
    assert f.error is None and f.session_errors == [], f.session_errors


@pytest.mark.parametrize(("body", "text", "level"), [
    ("湖南省十四届人大常委会第十二次会议", "", "湖南省"),
    ("省十四届人大常委会第四次会议", "省会贵阳市", "省"),
    ("自治区十三届人大常委会第二十三次会议", "", "自治区"),
    ("北京市第十五届人大常委会第三次会议", "", "北京市"),
    ("省人大常委会", "省人大常委会举行专题询问，长沙市有关部门应询。", "省"),
    # the city's inquiry, a provincial leader attending
    ("省人大常委会", "省人大常委会副主任出席市人大常委会专题询问会。", None),
    ("吉林市人大常委会", "", None),
    ("市十三届人大常委会第十二次会议", "", None),
])
def test_provincial_body(body, text, level):
    assert provincial_body(body, text) == level


def test_full_committee_title_keeps_place_and_sitting():
    assert find_body("杭州市第十四届人民代表大会常务委员会第十次会议举行联组会议")[0] == "杭州市第十四届人大常委会第十次会议"
    # a county written with the other level word than the gazetteer's keeps its whole name
    assert find_body("东兴县第十八届人大常委会第十六次会议召开")[0] == "东兴县第十八届人大常委会第十六次会议"


@pytest.mark.parametrize(("text", "date"), [
    ("实录\n时间：二○一二年六月二十八日上午\n地点：会议室", (2012, 6, 28)),
    ("实录\n时间：二〇一二年六月二十八日\n", (2012, 6, 28)),
    ("实录\n时间：2015年6月12日（星期五）上午9:30\n", (2015, 6, 12)),
    ("实录\n询问时间：2015年6月12日下午\n", (2015, 6, 12)),
    # a page stamp is not the sitting's line
    ("实录\n时间：2015年6月12日 来源：县人大\n", None),
    ("实录\n发布时间：2015年6月12日\n", None),
    # "日期：" and a date alone in brackets under the headline date the sitting too
    ("专题询问\n日期：2022年5月19日\n", (2022, 5, 19)),
    ("询问实录\n\n（2021年11月24日）\n\n问 | 委员", (2021, 11, 24)),
    # a bracketed date inside a sentence is not that line
    ("实录\n会议于（2021年11月24日）召开\n", None),
    # closing a news item, it is the day the item went out
    ("专题询问\n本报讯 11月22日，市人大常委会举行联组会议，开展专题询问。\n（2019年11月23日）", None),
    ("实录\n发布日期：2015年6月12日\n", None),
])
def test_time_line(text, date):
    assert time_line(text, 1000) == date


def test_headline_year():
    assert headline_year("2019年合肥市人大常委会食品安全专题询问侧记\n新华网合肥11月28日电") == 2019
    assert headline_year("市人大常委会专题询问\n2019年，…") is None
    # a long first line is a lead, its years tell other events
    assert headline_year("“治国必治边。”2013年3月9日，" + "某" * 60) is None


def test_county_written_with_the_other_level_word():
    from loaders.places import lookup_place
    from loaders.session import detect_city

    assert lookup_place("东兴县").name == "东兴市"  # the gazetteer's county-level city
    assert lookup_place("宁乡市").name == "宁乡县"
    assert lookup_place("兴县").prefecture == "吕梁市"  # a county of its own, still found
    # the whole name, not the 兴县 inside it
    assert detect_city("东兴县人大常委会召开专题询问会，县住建局局长回答。") == "防城港市"


def test_numeral_years_with_other_zeros():
    from loaders.dates import date_hits

    for text in ("二〇一三年九月二十六日", "二○一三年九月二十六日", "二0一三年九月二十六日", "二O一三年九月二十六日"):
        (h,) = date_hits(text + "，县人大常委会举行专题询问。")
        assert (h.year, h.month, h.day) == (2013, 9, 26), text
