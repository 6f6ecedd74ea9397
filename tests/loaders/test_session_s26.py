"""Session dates and places of the kinds sets 31-35 found wrong (session 26): a bracketed line
closing a news item with its source and day, an e-paper line naming its paper and its page in
Chinese numerals, time lines with 9时 clocks or labels naming what they time (播出时间), a
province-level body's level ruling out provinces of the other level. The s26_* genre texts were
written with their gold first."""

from __future__ import annotations

import pytest

from loaders.dates import closing_date, date_hits, page_date, time_line
from loaders.evaluate import evaluate
from loaders.session import detect_session
from tests.loaders.genre_helpers import genre_golds

S26 = genre_golds("s26_")


def test_there_are_s26_texts():
    assert len(S26) >= 3


@pytest.mark.parametrize("gold", S26, ids=lambda p: p.stem)
def test_s26_session_fields(gold):
    (f,) = evaluate([gold]).files
    assert f.error is None and f.session_errors == [], f.session_errors


@pytest.mark.parametrize(("text", "date"), [
    ("……如期完成。\n（某县广播电视台 2011年10月15日）", (2011, 10, 15)),
    ("……主持会议。（2013年7月）", (2013, 7, 31)),  # a month alone: its last day bounds the sitting
    ("（2013年7月）\n……主持会议。", None),  # not closing the text
    ("……他说，（2013年7月以来）情况好转", None),
])
def test_a_bracketed_closing_line_dates_the_report(text, date):
    assert closing_date(text) == date


def test_an_e_paper_line_with_its_paper_and_a_page_in_numerals():
    assert page_date(date_hits("某某日报 2012年3月14日 第二版\n标题", dated=True)) == (2012, 3, 14)
    assert page_date(date_hits("某某晚报 2012年3月14日 A03版\n标题", dated=True)) == (2012, 3, 14)


@pytest.mark.parametrize(("line", "date"), [
    ("时间：2018年4月17日上午9时", (2018, 4, 17)),
    ("时间：2018年4月17日下午3点半", (2018, 4, 17)),
    ("播出时间：2017年3月14日 20:00 某市广播电视台", (2017, 3, 14)),
    ("播出时间：2020年11月5日 19:30 某区融媒体中心新闻综合频道、网络同步直播", (2020, 11, 5)),
    ("提出时间：2022年1月12日", (2022, 1, 12)),
    # a bare clock after a plain 时间 label may be a page's stamp: no time line
    ("时间：2021年9月16日 09:53", None),
    ("时间：2018年4月17日上午9时，某某在会上说", None),
])
def test_time_lines(line, date):
    assert time_line(line + "\n正文", 1000) == date


def test_a_region_level_body_counts_only_regions():
    text = ("10月29日，自治区十二届人大常委会第十七次会议开展专题询问。委员们此前赴山东、湖南考察，"
            "认为山东的做法可供宁夏参考。")
    assert detect_session(text, sha256="0" * 64).province == "宁夏回族自治区"
    text = "10月29日，省十三届人大常委会第十五次会议开展专题询问。委员们赴宁夏考察，认为宁夏的做法可供山东参考。"
    assert detect_session(text, sha256="0" * 64).province == "山东省"


def test_a_two_character_county_read_across_words_names_no_city():
    from loaders.session import detect_city

    # 和县 (马鞍山市) in "…和县住建局": the county's government and the county's bureau
    assert detect_city("县政府和县住建局负责人到会，镇干部和县直单位负责人列席。") is None
    assert detect_city("会议在马鞍山市和县召开，和县人大常委会组织代表询问。") == "马鞍山市"
    assert detect_city("黄山市黟县某镇人大主席团组织代表开展询问。") == "黄山市"


@pytest.mark.parametrize(("line", "date"), [
    # a label naming what it times, wherever its line begins and whatever follows the date
    ("某某市广播电视台播出时间：2015年4月9日 20:00【片头】", (2015, 4, 9)),
    ("主题：背街小巷 | 播出：某某广播电视台新闻综合频道 2015年4月9日 19:30 直播（旁白：今晚开播。）", (2015, 4, 9)),
    ("播出：某县广播电视台综合频道 2015年4月9日 20:00", (2015, 4, 9)),
    # a question label is no time label, whatever date it names
    ("询问：请问2015年4月9日的会上说的事？", None),
])
def test_broadcast_labels(line, date):
    assert time_line(line + "\n正文", 1000) == date
