"""The sitting's date against the page's own dates: stamps, e-paper lines, datelines, clocks, footers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders import load_path
from loaders.dates import date_hits, page_date
from loaders.evaluate import evaluate
from loaders.session import detect_session

GENRES = Path(__file__).parents[1] / "gold" / "genres"


def _date(text: str, **kw) -> str | None:
    return detect_session(text, sha256="0" * 64, **kw).date


def test_a_stamp_with_source_or_clock_time_is_the_page_not_the_sitting():
    text = "2020年01月12日08:18 来源：北京日报\n11日19时至21时，北京市第十五届人民代表大会第三次会议举行询问。"
    assert _date(text) == "2020-01-11"  # the day before the page, in its month


def test_an_epaper_line_gives_the_year_of_a_month_and_day():
    text = ("2018年7月2日 A02版 时间：2018 07月02日 编辑：苏某\n"
            "6月26日，市人大常委会举行安全生产专题询问。")
    assert _date(text) == "2018-06-26"


def test_a_site_clock_from_another_year_is_ignored():
    text = "今天是：2026年12月3日 星期四\n发布时间：2019-11-08\n11月5日，县人大常委会开展专题询问。"
    hits = date_hits(text)
    assert all(h.year != 2026 for h in hits)
    assert _date(text, raw=text) == "2019-11-05"


def test_a_date_run_together_before_a_part_of_the_day():
    assert [(h.month, h.day) for h in date_hits("1029上午，县人大常委会")] == [(10, 29)]
    assert [(h.month, h.day) for h in date_hits("111日上午，市人大常委会")] == [(11, 1)]
    assert [(h.month, h.day) for h in date_hits("26日上午，县人大常委会")] == [(None, 26)]


def test_a_clock_time_with_the_ratio_colon_marks_a_stamp_and_a_timed_event_is_no_stamp():
    (h,) = date_hits("2023年5月6日 9∶15 来源：县融媒体中心")
    assert h.page
    (h,) = date_hits("专题询问于2019年7月30日15:00-17:30举行。")
    assert not h.page


def test_a_dateline_is_the_page_and_the_sitting_may_share_its_day():
    text = "红网12月1日电（记者 某某）11月29日，省十四届人大常委会第六次会议开展专题询问。"
    hits = date_hits(text)
    assert [h.page for h in hits] == [True, False]
    assert _date(text, year=2023) == "2023-11-29"


def test_the_month_and_day_stated_in_full_elsewhere_give_their_year():
    text = "2013年4月25日，市人大常委会首次开展专题询问。\n4月25日下午，市三届人大常委会第十四次会议举行联组会议。"
    assert _date(text) == "2013-04-25"


def test_a_year_from_the_subject_of_the_inquiry_is_not_the_sittings():
    text = ("2012-11-27 11:17 来源：市人大\n"
            "11月21日，安某市第三届人大常委会第十三次会议对2011年市本级财政决算开展专题询问。")
    assert _date(text, raw=text) == "2012-11-21"


def test_a_plan_or_a_start_year_never_dates_the_sitting():
    assert _date("2020年以来，县人大常委会每年开展专题询问。") is None
    text = "发布时间：2023-06-02\n5月31日，市人大常委会专题询问，计划2024年6月底前完成。"
    assert _date(text, raw=text) == "2023-05-31"


def test_a_full_date_after_the_page_date_is_a_plan_not_the_sitting():
    text = "发布时间：2021-03-02\n县人大常委会开展专题询问，要求2021年12月31日前完成整改。"
    assert _date(text, raw=text) == "2021"


def test_a_footer_stamp_dates_a_report_that_gives_only_month_and_day():
    text = "5月31日9∶30，醴陵市人大常委会举行专题询问会。\n" + "询问结束。\n" * 300 + "2023-06-02 浏览次数：318"
    assert page_date(date_hits(text[-1500:])) == (2023, 6, 2)
    assert _date(text, raw=text) == "2023-05-31"


@pytest.mark.parametrize("stem", ["m5_epaper_clock", "m5_footer_stamp"])
def test_genre_transcripts_dated_by_their_page(stem):
    gold = json.loads((GENRES / f"{stem}.gold.json").read_text(encoding="utf-8"))
    rec = load_path(GENRES / f"{stem}.txt")
    assert rec.session.date == gold["session"]["date"]
    (f,) = evaluate([GENRES / f"{stem}.gold.json"]).files
    assert f.exchanges_found == f.exchanges_aligned == f.exchanges_gold


def test_a_date_and_weekday_alone_is_trusted_after_a_publication_stamp():
    text = "2026年12月3日 星期四\n首页\n发布时间：2019-11-08 来源：某某网\n11月5日，县人大常委会开展专题询问。"
    assert page_date(date_hits(text)) == (2019, 11, 8)
    assert _date(text, raw=text) == "2019-11-05"
    # an e-paper line with its weekday and page number is the page's own date
    assert page_date(date_hits("2019年11月8日 星期五 A03版\n11月5日，县人大")) == (2019, 11, 8)


def test_a_column_line_with_a_date_is_the_page():
    (h, _) = date_hits("专栏：人大视窗 2020年3月5日\n3月3日，县人大常委会开展专题询问。")
    assert h.page and _date("专栏：人大视窗 2020年3月5日\n3月3日，县人大常委会开展专题询问。") == "2020-03-03"


def test_a_users_year_goes_before_the_pages_but_after_the_texts():
    text = "发布时间：2021-09-16 09:53\n9月15日，县人大常委会开展专题询问。"
    assert _date(text, raw=text) == "2021-09-15"
    assert _date(text, raw=text, year=2020) == "2020-09-15"  # --year: the user knows better than the page
    text = "发布时间：2021-09-16 09:53\n2021年9月15日，县人大常委会开展专题询问。"
    assert _date(text, raw=text, year=2020, meta={"year": 2019}) == "2021-09-15"  # the text states it


@pytest.mark.parametrize(("text", "date"), [
    # the sitting told relative to the dateline: 昨天 / 昨日 / 今天, the year from the page stamp
    ("2020-08-03 08:47:32 来源：福清新闻网 我来说两句福清新闻网讯7月31日（记者：甲乙）昨天，"
     "市十七届人大常委会第三十一次会议期间，开展了供水工作专题询问。", "2020-07-30"),
    ("2017-11-02 10:21:26 来源：福州新闻网\n福州新闻网11月2日讯（记者 丙丁）昨日，市人大常委会召开专题询问会。",
     "2017-11-01"),
    ("2021-01-02 09:00 来源：某某日报\n本报1月1日讯 今天上午，县人大常委会开展专题询问。", "2021-01-01"),
    # across a year end
    ("2021-01-02 09:00 来源：某某日报\n本报1月1日讯 昨天，县人大常委会开展专题询问。", "2020-12-31"),
])
def test_a_sitting_dated_relative_to_the_dateline(text, date):
    assert detect_session(text, sha256="0" * 64, raw=text).date == date


@pytest.mark.parametrize(("text", "date"), [
    ("这是在8月28日上午举行的邮亭镇人大(2015)半年工作问政会现场，代表们一问一答。", "2015-08-28"),
    # a case or document number in brackets is no year of the sitting
    ("8月28日，县人大常委会开展专题询问，会上通报了(2015)民初字第12号案件。", None),
])
def test_a_year_in_brackets_in_the_sittings_name(text, date):
    assert detect_session(text, sha256="0" * 64).date == date
