"""Dates in a report: the event's date as the text tells it, and the page's own date line.

Web pages carry dates that are not the sitting's: a publication stamp
(``2021-09-16 09:53 来源：…``), an e-paper line (``2018年7月2日 A02版``), a
dateline (``11月27日讯``), a footer (``2023-05-10 浏览次数``) or a site clock
(``今天是 2026年12月3日``). Those are *page* dates: they bound the event (a
report never precedes its sitting) and give the year when the text gives only
month and day, but they never are the event's date themselves. Clock lines
are dropped altogether: they tell the day the page was copied.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass

from loaders.datafiles import alternation, read_groups
from loaders.occurrences import every_start
from loaders.rxguard import AtStarts, anchored, guarded

__all__ = ["DateHit", "date_hits", "page_date", "closing_date", "event_date", "time_line", "headline_year", "chinese_number", "NUMERALS", "STATED", "PAGE", "NEARBY"]

#: The characters of a number written in Chinese (届, 次 and sitting numbers), as :func:`chinese_number` reads them.
NUMERALS = "零〇一二三四五六七八九十百两"
_N = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # 28 or 二十八
# 2024 or 二〇二四 (the zero also typed as the circle ○, a capital O or the digit 0: 二0一三)
_Y = r"(?:(?:19|20)\d{2}|[一二][〇零○OＯ0０一二三四五六七八九]{3})"
_DAYMARK = r"[日号]"
# A full date on a line of its own (a transcript's time line, a bracketed date under its headline).
_LINE_DATE = rf"(?P<y>{_Y})\s*年\s*(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*{_DAYMARK}"
# The date patterns scan every report head. _FULL (tried only where _year_starts finds a 年,
# below) and _STAMP open with a set of characters
# (the year's first, the rest of the year checked by lookbehinds after it): re scans for a
# leading set in C, where a guard (a lookahead) entered the engine at every character; the
# same matches and groups as (?P<y>{_Y}) and (?<![\d.])(?P<y>(?:19|20)\d{2}).
_Y_SET = r"[12一二](?:(?<=1)9\d{2}|(?<=2)0\d{2}|(?<=[一二])[〇零○OＯ0０一二三四五六七八九]{3})"
_FULL = re.compile(rf"(?P<y>{_Y_SET})\s*年\s*(?P<m>{_N})\s*月\s*(?P<d>{_N})\s*{_DAYMARK}")
_STAMP = re.compile(r"(?P<y>[12](?<![\d.].)(?:(?<=1)9|(?<=2)0)\d{2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?![\d.])")
# Pieces of a page's date line: a clock time (also with the ratio colon, 9∶15), a weekday,
# an e-paper page number.
_TIME = r"\d{1,2}\s*[:：∶]\s*\d{2}(?:\s*[:：∶]\s*\d{2})?"
_WEEK = r"星期[一二三四五六日天]|周[一二三四五六日]"
# A clock time in a transcript's time line: 9:30, or 9时, 9时30分, 9点半.
_CLOCK = rf"(?:{_TIME}|\d{{1,2}}\s*[时点](?:\s*\d{{1,2}}\s*分|半)?)"
_EDITION = r"[A-Z]?\d{1,3}版|第[\d一二三四五六七八九十]+版"
# (anchored: tried only a character or two before each . or /, rare in Chinese text)
_STAMP_DMY = anchored(guarded(re.compile(r"(?<![\d.])(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d{2})(?=\s*\d{1,2}[:：∶]\d{2})")))
# These three are tried only a few characters before each 月, 日 or 年 (anchored): their guards
# still stopped the engine at every digit and numeral of a report's head, three heads a report.
_MONTH_DAY = anchored(guarded(re.compile(rf"(?<![\d年一二三四五六七八九十〇零])(?P<m>{_N})月(?P<d>{_N}){_DAYMARK}")))
# "1029上午": month and day run together before a part of the day (pages that lost 月/日).
# (tried only where _compact_starts finds a part of the day, below)
_COMPACT = guarded(re.compile(r"(?<![\d.:：∶/-])(?P<m>1[0-2]|0?[1-9])(?P<d>[0-3]?\d)(?=日?(?:[上下]午|晚上|早上))"))


def _year_starts(text: str) -> list[int]:
    """Where a match of _FULL may start: four characters (the year) before the spaces before a 年
    (the year's last character is no space, so its end is where those spaces begin)."""
    out = []
    for k in every_start(text, "年"):
        j = k
        while j > 0 and text[j - 1].isspace():  # (str.isspace and re's \s agree on every character)
            j -= 1
        if j >= 4:
            out.append(j - 4)
    return out  # (increasing: the spaces before a 年 never reach back over the 年 before it)


def _compact_starts(text: str) -> list[int]:
    """Where a match of _COMPACT may start: its two to four digits end right before the part of
    the day (上午, 下午, 晚上, 早上) or before the 日 in front of it."""
    out = set()
    for word in ("上午", "下午", "晚上", "早上"):
        for k in every_start(text, word):
            e = k - 1 if k and text[k - 1] == "日" else k
            out.update(range(max(0, e - 4), e - 1))
    return sorted(out)


_FULL = AtStarts(_FULL, _year_starts)
_COMPACT = AtStarts(_COMPACT, _compact_starts)
_DAY = anchored(guarded(re.compile(rf"(?<![\d月一二三四五六七八九十])(?P<d>{_N})日(?![报刊讯电])")))
_YEAR = anchored(guarded(re.compile(rf"(?<![\d〇零一二三四五六七八九—\-~～至到])(?P<y>{_Y})年(?![以起至初度代底中末前]|[—\-~～])")))
_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "O": "0", "Ｏ": "0", "0": "0", "０": "0"}

_WEEKDAY = re.compile(_WEEK)
_DATELINE = re.compile(rf"^(?:{_N}月)?{_N}[日号](?:讯|电)")
# A year in brackets in a sitting's name ("邮亭镇人大(2015)半年工作问政会"), not a case number.
_PAREN_YEAR = re.compile(r"[（(](?P<y>(?:19|20)\d{2})[）)](?![\u4e00-\u9fff]{0,3}[号字第])")
_DATE_USES = ("date_label", "stamp_lead", "stamp_verb", "stamp_after", "event_after", "chrome_source", "chrome_word",
              "chrome_paper", "published", "clock_lead", "today", "yesterday", "day_before", "day_part", "time_line_kind",
              "time_line_aired", "topic_prep", "topic_place")
#: How many days before the dateline each relative-day use tells.
_RELATIVE_USES = {"today": 0, "yesterday": 1, "day_before": 2}


@functools.lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    return read_groups("date_words.tsv", _DATE_USES)


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    """The patterns around the words of data/date_words.tsv."""
    groups = _groups()
    w = {u: alternation(words) for u, words in groups.items()}
    return {
        # Right before or after a date on a page's date line, whatever the line was joined to.
        "stamp_before": re.compile(rf"(?:{w['date_label']}|{w['stamp_lead']})\s*[:：]?\s*$"),
        "stamp_after": re.compile(rf"^\s*(?:{_TIME}|{_WEEK}|{_EDITION}|{w['stamp_after']}|【|\[)"),
        # "于2019年7月30日15:00-17:30举行": a clock time that times the event, not the page.
        "event_after": re.compile(rf"^\s*{_TIME}\s*(?:[-—~～至到]|{w['event_after']}|，)"),
        # What a page's date line holds besides the date: clock times (9∶15 with the ratio colon
        # too), source, author, counters, buttons, weekday, e-paper page numbers.
        "chrome": re.compile(
            rf"{_TIME}|{_WEEK}|{_EDITION}"
            rf"|(?:{w['stamp_verb']})?(?:{w['date_label']})|(?:{w['chrome_source']})\s*[:：|｜]?\s*[\u4e00-\u9fff]{{0,6}}"
            rf"|\d{{1,4}}\s*[年月日号]|{w['chrome_word']}|[\u4e00-\u9fff]{{0,6}}(?:{w['chrome_paper']})"
            rf"|[\d\s:：∶/|｜\-—.,，·【】\[\]()（）]"),
        # Between two dates of one e-paper line ("2018年7月2日 A02版 时间：2018 07月02日"); no source or
        # author names: a line run into the next paragraph ends with those.
        "gap": re.compile(rf"{_TIME}|{_WEEK}|{_EDITION}|{w['date_label']}|[\d\s:：∶/|｜\-—.,，]"),
        "published": re.compile(w["published"]),
        "clock": re.compile(w["clock_lead"]),
        # The sitting told relative to the news's own day: "7月31日讯 … 昨天，…会议" is 7月30日.
        "relative": re.compile(rf"(?<![一二三四五六七八九十\d])({alternation(word for u in _RELATIVE_USES for word in groups[u])})"
                               rf"(?:{w['day_part']})?[，,]?"),
        # Words putting a year into the subject of an inquiry or report, right before it.
        "topic_before": re.compile(rf"(?:{w['topic_prep']})(?:了)?(?:{w['topic_place']})?$"),
        # "时间：2015年6月12日（星期五）上午9:30" (or "日期：…") alone on a line under a transcript's title:
        # the sitting's own date (a page stamp adds 来源, 浏览 or a bare clock to its line, or says
        # 发布时间: not matched).
        # (the clock also as 9时, 9时30分, 9点半)
        "time_line": re.compile(
            rf"^(?:{w['time_line_kind']})?(?:{w['date_label']})\s*[：:]\s*{_LINE_DATE}"
            rf"\s*(?:[（(]?(?:{_WEEK})[）)]?)?\s*(?:(?:[上下]午|晚上)\s*(?:{_CLOCK}(?:\s*[-—~～至到]\s*{_CLOCK})?)?)?\s*$", re.M),
        # A label naming what it times (会议时间, 播出时间, 提出时间): the date right after it is that,
        # whatever else its line says (a clock, a broadcaster: "播出时间：2017年3月14日 20:00
        # 某某电视台新闻综合频道", or the programme's opening run into it) and wherever the line
        # begins (a title run into it); a broadcast's bare label may name the broadcaster first
        # ("播出：某某广播电视台综合频道 2016年12月8日 20:00").
        "time_line_named": re.compile(
            rf"(?:(?:{w['time_line_kind']})(?:{w['date_label']})\s*[：:]\s*"
            rf"|(?:{w['time_line_aired']})\s*[：:]\s*[^\n。！？：:\d]{{0,24}}?\s*){_LINE_DATE}"),
    }


@functools.lru_cache(maxsize=1)
def _relative_days() -> dict[str, int]:
    return {w: days for u, days in _RELATIVE_USES.items() for w in _groups()[u]}

STATED, PAGE, NEARBY = 2, 1, 0  # how well a year is witnessed (event_date)


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    page: bool  # a page's own date line, dateline or stamp: bounds the event, is not it
    clock: bool = False  # only a weekday beside it: perhaps a site's clock, trusted last


def chinese_number(s: str) -> int | None:
    """第十四 → 14, 四十三 → 43, 八 → 8.

    >>> chinese_number("第四十三次")
    43
    """
    s = s.strip("第次届")
    if s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    total, cur = 0, 0
    for c in s:
        if c in digits:
            cur = digits[c]
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
        elif c == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


def _num(s: str) -> int | None:
    return int(s) if s.isdigit() else chinese_number(s)


def _year(s: str) -> int:
    return int(s) if s.isdigit() else int("".join(_DIGIT[c] for c in s))


def _line(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    return (m is None or 1 <= m <= 12) and (d is None or 1 <= d <= 31)


def _is_page_line(text: str, a: int, b: int, start: int, end: int) -> bool:
    """The line around a full date holds only chrome (a stamp, source, counters, page number)."""
    line = text[a:b]
    rest = _words()["chrome"].sub("", line[: start - a] + line[end - a:])
    return len(_NOT_HAN.sub("", rest)) <= 3


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")  # (compiled once: re.sub looked it up in re's cache per date)


def _dateline(text: str, a: int, m: re.Match[str]) -> bool:
    """"11月27日讯", "12月1日电" (or "福清新闻网讯7月31日") opening a paragraph: the day the news went out."""
    # "…网讯7月31日": 讯 right before the date marks it wherever page chrome put the line start.
    return (m.start() - a <= 12 and bool(_DATELINE.match(text[m.start():m.end() + 1]))
            or text[max(0, m.start() - 1):m.start()] == "讯")


def date_hits(text: str, *, dated: bool = False) -> list[DateHit]:
    """Every date in ``text`` with month or day, leftmost first, clock lines left out.
    ``dated``: only those with a year (what :func:`page_date` reads: the dates without one are
    added after every dated one and change none of them, so the dated hits are the same)."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], y: int | None, mo: int | None, d: int | None, *, stamp: bool = False) -> None:
        if not _valid(y, mo, d) or any(a < m.end() and m.start() < b for a, b in taken):
            return
        a, b = _line(text, m.start())
        before = text[max(a, m.start() - 12):m.start()]
        w = _words()
        if w["clock"].search(before) or (m.start() - a <= 2 and w["clock"].search(text[max(0, a - 8):a])):
            return  # a site clock: the day the page was copied
        page = stamp or _dateline(text, a, m) or (y is not None and (
            _is_page_line(text, a, b, m.start(), m.end()) or bool(w["stamp_before"].search(text[max(a, m.start() - 6):m.start()]))
            or (bool(w["stamp_after"].match(text[m.end():m.end() + 8]))
                and not w["event_after"].match(text[m.end():m.end() + 16]))))
        near = text[max(a, m.start() - 12):min(b, m.end() + 16)]
        clock = page and bool(_WEEKDAY.search(near)) and not w["published"].search(near)
        hits.append(DateHit(m.start(), m.end(), y, mo, d, page, clock))
        taken.append((m.start(), m.end()))

    for m in _FULL.finditer(text):
        add(m, _year(m["y"]), _num(m["m"]), _num(m["d"]))
    # (a stamp holds "-", "/" or "."; most heads hold none, and each scan for a stamp cost a
    # pass over the head that tried the pattern at every digit)
    dot_or_slash = "." in text or "/" in text
    for m in _STAMP.finditer(text) if dot_or_slash or "-" in text else ():
        add(m, int(m["y"]), int(m["m"]), int(m["d"]), stamp=True)
    for m in _STAMP_DMY.finditer(text) if dot_or_slash else ():
        add(m, int(m["y"]), int(m["m"]), int(m["d"]), stamp=True)
    for m in () if dated else _MONTH_DAY.finditer(text):
        add(m, None, _num(m["m"]), _num(m["d"]))
    for m in () if dated else _COMPACT.finditer(text):
        if m.end() - m.start() >= 3:  # "26日上午" is a day; "1029上午", "111日上午" lost their 月
            add(m, None, int(m["m"]), int(m["d"]))
    for m in () if dated else _DAY.finditer(text):
        add(m, None, None, _num(m["d"]))
    # Any other date on a page's date line ("2018年7月2日 A02版 时间：2018 07月02日") is chrome too.
    ends = [h.end for h in hits if h.page and h.year]

    def on_page_line(h: DateHit) -> bool:
        gap = [text[e:h.start] for e in ends if 0 <= h.start - e <= 24]
        return any("\n" not in g and not re.search(r"[\u4e00-\u9fff]", _words()["gap"].sub("", g)) for g in gap)

    hits = [DateHit(h.start, h.end, h.year, h.month, h.day, True, h.clock) if not h.page and on_page_line(h) else h
            for h in hits]
    return sorted(hits, key=lambda h: h.start)


# "（2021年11月24日）" alone on a line right under the headline: how a transcript or speech dates
# itself. Only under the headline: the same line closing a news item is its publication date.
_BRACKET_LINE = re.compile(rf"^[（(]\s*{_LINE_DATE}\s*[）)]\s*$", re.M)
_HEADLINE_LINES, _HEADLINE_WIDTH = 3, 40
_SENTENCE = re.compile(r"[。，,；;！？]")


def _under_headline(text: str, pos: int) -> bool:
    lines = [ln.strip() for ln in text[:pos].split("\n") if ln.strip()]
    # (a headline is short and no sentence: a lead paragraph has its commas and full stops)
    return 0 < len(lines) <= _HEADLINE_LINES and all(len(ln) <= _HEADLINE_WIDTH and not _SENTENCE.search(ln)
                                                      for ln in lines)


def time_line(text: str, end: int) -> tuple[int, int, int] | None:
    """(year, month, day) of a transcript's "时间：…" line (or a bracketed date line under its
    headline) in ``text[:end]``, or None."""
    found = [m for m in (_words()[k].search(text, 0, end) for k in ("time_line", "time_line_named")) if m]
    m = min(found, key=lambda m: m.start()) if found else None
    if m is None:
        m = _BRACKET_LINE.search(text, 0, end)
        if m is None or not _under_headline(text, m.start()):
            return None
    y, mo, d = _year(m["y"]), _num(m["m"]), _num(m["d"])
    return (y, mo, d) if _valid(y, mo, d) and mo and d else None


# "（某县广播电视台 2011年10月15日）", "（2013年7月）": a bracketed line closing a news item, its
# source and the day (or month) it went out.
_CLOSING_LINE = re.compile(rf"[（(]\s*[\u4e00-\u9fff]{{0,12}}\s*(?P<y>{_Y})\s*年\s*(?P<m>{_N})\s*月"
                           rf"(?:\s*(?P<d>{_N})\s*{_DAYMARK})?\s*[）)]\s*$")


def closing_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of the bracketed line that closes a news item with the day it went out
    ("（某县广播电视台 2011年10月15日）"; a month alone, "（2013年7月）", gives its last day): the
    report's own date, bounding the sitting's as a page's date line does. None without one.

    >>> closing_date("……如期完成。（某县广播电视台 2011年10月15日）"), closing_date("……会议。（2013年7月）")
    ((2011, 10, 15), (2013, 7, 31))
    """
    m = _CLOSING_LINE.search(text, max(0, len(text) - 60))
    if m is None:
        return None
    y, mo = _year(m["y"]), _num(m["m"])
    d = _num(m["d"]) if m["d"] else None
    if not mo or not _valid(y, mo, d):
        return None
    return y, mo, d or calendar.monthrange(y, mo)[1]


_HEADLINE_YEAR = re.compile(rf"(?<![\d〇零一二三四五六七八九])(?P<y>{_Y})年(?!\s*{_N}\s*月|[以起至初度代底中末前]|[—\-~～])")


def headline_year(text: str) -> int | None:
    """The year a report's headline (its first line, if short) names on its own
    ("2019年合肥市人大常委会…专题询问侧记"), not inside a date of another event."""
    line = text.lstrip()[:200].split("\n", 1)[0]
    if len(line) > 60:
        return None  # a lead paragraph, not a headline: its years tell other events
    m = _HEADLINE_YEAR.search(line)
    return _year(m["y"]) if m else None


def page_date(hits: list[DateHit]) -> tuple[int, int, int] | None:
    """The first full page date (publication stamp, e-paper line), or None."""
    # A line holding only a date and its weekday may be a site's clock ("2026年12月3日 星期四",
    # the day the page was copied): any publication stamp or e-paper line goes first.
    full = [h for h in hits if h.page and h.year and h.month and h.day]
    best = next((h for h in full if not h.clock), full[0] if full else None)
    return (best.year, best.month, best.day) if best else None


def _relative_day(text: str, a: int, b: int, hits: list[DateHit], page: tuple[int, int, int] | None
                  ) -> tuple[int | None, int | None, int | None, int] | None:
    """The sitting's date from 昨天/今天/前天 in the span and the dateline before it (11月2日讯),
    its year from the page's own date; None without both."""
    import datetime as dt

    rel = _words()["relative"].search(text, a, b)
    if rel is None:
        return None
    lines = [h for h in hits if h.page and h.month and h.day and h.start < rel.start()
             and (_DATELINE.match(text[h.start:h.end + 1]) or text[max(0, h.start - 1):h.start] == "讯")]
    if not lines:
        return None
    line = lines[-1]
    year = line.year or (page[0] - ((line.month, line.day) > page[1:]) if page else None)
    if year is None:
        return None
    try:
        day = dt.date(year, line.month, line.day) - dt.timedelta(days=_relative_days()[rel.group(1)])
    except ValueError:
        return None
    return day.year, day.month, day.day, PAGE


def _dateline_before(text: str, hits: list[DateHit], pos: int) -> DateHit | None:
    """The dateline (7月30日电, …网讯11月2日) shortly before ``pos``, if any."""
    lines = [h for h in hits if h.page and h.month and h.day and h.start < pos and pos - h.end <= 80
             and (_DATELINE.match(text[h.start:h.end + 1]) or text[max(0, h.start - 1):h.start] == "讯")]
    return lines[-1] if lines else None


def _after(y: int, m: int | None, d: int | None, page: tuple[int, int, int]) -> bool:
    return (y, m or 0, d or 0) > page


def event_date(text: str, span: tuple[int, int], anchor: int, hits: list[DateHit],
               page: tuple[int, int, int] | None) -> tuple[int | None, int | None, int | None, int]:
    """(year, month, day, witness) of the event told in ``text[span]`` near ``anchor``.

    ``witness`` says where the year comes from: STATED (the text dates the sitting with
    it), PAGE (the page's own date line: a user's ``--year`` or sidecar goes first) or
    NEARBY (only a year mentioned in the paragraph, last of all).
    """
    a, b = span
    ok = [h for h in hits if a <= h.start < b and not h.page
          and not (page and h.year and _after(h.year, h.month, h.day, page))]

    def nearest(hs: list[DateHit]) -> DateHit | None:
        # A date before the anchor tells when the sitting was ("9月25日，…会议"); prefer it.
        return min(hs, key=lambda h: (h.start > anchor, abs(h.start - anchor))) if hs else None

    full = nearest([h for h in ok if h.year and h.month and h.day])
    if full:
        return full.year, full.month, full.day, STATED
    md = nearest([h for h in ok if h.month and h.day]) or nearest([h for h in ok if h.day])
    if md is not None and md.month is None and (line := _dateline_before(text, hits, md.start)) is not None:
        # "本报贵阳7月30日电 29日，…": the day is of the dateline's month (or the month before).
        md = DateHit(md.start, md.end, None, line.month if md.day <= (line.day or 0) else line.month - 1 or 12,
                     md.day, False)
    if md is None and (rel := _relative_day(text, a, b, hits, page)) is not None:
        return rel
    years = sorted([(_year(m["y"]), m.start() + a) for m in _YEAR.finditer(text[a:b])]
                   + [(int(m["y"]), m.start()) for m in _PAREN_YEAR.finditer(text, a, b)], key=lambda yp: yp[1])
    if page:
        years = [(y, p) for y, p in years if y <= page[0]]
    if md is None:
        # "…日前举行联组会议，就2008年市级财政预算执行…开展专题询问": with no day told, that is
        # the year of what is asked about, not the sitting's (beside a day, "围绕2023年全省…工作"
        # is the only year the report gives its dateline's day).
        years = [(y, p) for y, p in years if not _words()["topic_before"].search(text, max(a, p - 8), p)]
        y = min(years, key=lambda yp: abs(yp[1] - anchor))[0] if years else None
        return y, None, None, STATED
    # The same month and day written in full elsewhere in the text gives its year.
    same = [h.year for h in hits if h.year and md.month and (h.month, h.day) == (md.month, md.day)]
    if same:
        return same[0], md.month, md.day, STATED
    if page and md.month is None:
        # "11日" in a report dated 2020-01-12: that month, or the one before.
        m = page[1] if md.day <= page[2] else page[1] - 1 or 12
        return page[0] - (m > page[1]), m, md.day, PAGE
    if page:
        # Reports follow their sitting: the page's year, or the year before for a
        # December sitting reported in January.
        return page[0] - _after(page[0], md.month, md.day, page), md.month, md.day, PAGE
    near = [y for y, p in years if abs(p - md.start) <= 40]
    if near:
        return near[0], md.month, md.day, STATED
    y = min(years, key=lambda yp: abs(yp[1] - anchor))[0] if years else None
    return y, md.month, md.day, NEARBY
