"""Session: city and province, body, kind, date (never guessed), topic, id."""

from __future__ import annotations

from loaders.places import lookup_place, places
from loaders.session import chinese_number, detect_city, detect_session

LEAD = "9月26日，市十六届人大常委会第二十次会议围绕优化营商环境开展专题询问。"


def test_gazetteer_has_cities_and_counties_with_coordinates():
    rows = places()
    assert len(rows) > 3000
    p = lookup_place("漯河")
    assert (p.name, p.province, p.level) == ("漯河市", "河南省", "prefecture") and 33 < p.lat < 34
    assert lookup_place("普宁市").prefecture == "揭阳市"
    assert lookup_place("延边").name == "延边朝鲜族自治州"


def test_city_from_text():
    assert detect_city("株洲市人大常委会专题询问实录\n" + LEAD) == "株洲市"
    assert detect_city("揭阳高新区和普宁、揭西的企业，揭阳的资源禀赋") == "揭阳市"
    assert detect_city("我市的企业发展很快") is None


def test_session_fields():
    s = detect_session("株洲市人大常委会专题询问实录\n" + LEAD, sha256="0" * 64, meta={"year": 2025})
    assert (s.city, s.province, s.body, s.sitting, s.kind, s.date) == (
        "株洲市", "湖南省", "株洲市人大常委会", "市十六届人大常委会第二十次会议", "专题询问", "2025-09-26")
    assert s.topic == "优化营商环境"
    assert s.id != "0" * 16


def test_year_never_guessed():
    s = detect_session(LEAD, sha256="ab" * 32)
    assert s.date is None and s.year is None and (s.month, s.day) == (9, 26)
    assert s.id == ("ab" * 32)[:16]  # without a date the id falls back to the document hash


def test_year_from_text_beats_sidecar_and_cli():
    s = detect_session("2023年9月26日，市十六届人大常委会第二十次会议开展专题询问。", sha256="0" * 64,
                       meta={"year": 2025}, year=2024)
    assert s.date == "2023-09-26"


def test_cli_year_and_city():
    s = detect_session(LEAD, sha256="0" * 64, year=2024, city="漯河")
    assert (s.date, s.city, s.province) == ("2024-09-26", "漯河市", "河南省")


def test_day_without_month():
    s = detect_session("30日，市七届人大常委会召开第四十三次会议，开展专题询问。", sha256="0" * 64, meta={"year": 2025})
    assert (s.date, s.month, s.day, s.sitting) == ("2025", None, 30, "市七届人大常委会第四十三次会议")


def test_session_id_is_stable():
    a = detect_session(LEAD, sha256="1" * 64, year=2025, city="株洲")
    b = detect_session(LEAD + "\n其他内容", sha256="2" * 64, year=2025, city="株洲")
    assert a.id == b.id


def test_chinese_numbers():
    assert [chinese_number(x) for x in ("第十四次", "四十三", "八", "一百零二", "12")] == [14, 43, 8, 102, 12]


def test_dates_in_chinese_numerals():
    s = detect_session("二〇二四年十月二十八日，市八届人大常委会召开第十四次会议。", sha256="0" * 64)
    assert (s.date, s.month, s.day) == ("2024-10-28", 10, 28)
    s = detect_session("十月二十八日，市八届人大常委会召开第十四次会议。", sha256="0" * 64)
    assert (s.date, s.month, s.day) == (None, 10, 28)
