"""The sitting a transcript records: city, province, body, sitting, kind, date, topic.

City detection counts place names of the gazetteer (cities weigh more than
counties, which vote for their city); an explicit ``--city`` or sidecar city
wins over that guess. The year comes from the text only where it dates the
meeting (a full date, or a year in the paragraph naming the sitting),
otherwise from the sidecar or ``--year``; it is never guessed.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from collections import Counter
from typing import Any

from loaders.bodies import body_place, find_body, held_inquiry, is_sitting, provincial_body, standing_body
from loaders.dates import (NEARBY, NUMERALS, PAGE, STATED, chinese_number, closing_date, date_hits, event_date, headline_year,
                           page_date, time_line)
from loaders.datafiles import alternation, read_groups, read_tsv
from loaders.occurrences import every_start
from loaders.places import Place, full_names_in, lookup_place, place_scan, place_words, provinces
from loaders.programme_body import programme_body
from loaders.records import Session
from loaders.rxguard import AtStarts
from loaders.wordscan import occurrences
from loaders.turns import surnames  # (here, not per call: every place a city's name is found asks it)

__all__ = ["detect_session", "detect_city", "detect_province", "session_kinds", "chinese_number"]

log = logging.getLogger(__name__)

@functools.lru_cache(maxsize=1)
def session_kinds() -> tuple[str, ...]:
    return tuple(r.cells[0] for r in read_tsv("session_kinds.tsv", ["kind"]))


# "漯河市人大常委会", "南湖区第十届人大常委会".
_NAMED_COMMITTEE = re.compile(r"([\u4e00-\u9fff]{2,8}?[市州盟区县旗])(?:第?[" + NUMERALS + r"]+届)?人大常委会")
_COMMITTEE = "人大常委会"


def _committee_starts(text: str) -> list[int]:
    """Where a match of _NAMED_COMMITTEE may start: three to nine characters (the place's name)
    before each 人大常委会, or before the 第…届 in front of it (found by str.find, where anchoring
    on the place's last character tried the pattern after every 市 and 区 of a report's head).
    The name ends where the ordinal begins: its numerals run back to a 第 or to the name's last
    character, which is no numeral."""
    starts: set[int] = set()
    for k in every_start(text, _COMMITTEE):
        ends = [k]
        if text[k - 1:k] == "届":
            i = k - 1
            while i > 0 and text[i - 1] in NUMERALS:
                i -= 1
            ends += [i, i - 1] if text[i - 1:i] == "第" else [i]
        for j in ends:
            starts.update(range(max(0, j - 9), j - 2))
    return sorted(starts)


_NAMED_COMMITTEES = AtStarts(_NAMED_COMMITTEE, _committee_starts)


def _committee_place(text: str) -> tuple[Place, str] | None:
    """The place of the standing committee the report names, and its name as written
    ("漯河市人大常委会": 漯河市; "南湖区人大常委会": 南湖区), the one in a sentence about the
    inquiry first."""
    explicit = list(_NAMED_COMMITTEES.finditer(text[:3000]))
    # The organ in a sentence about the inquiry first: a teaser of other news may come before it.
    for m in sorted(explicit, key=lambda m: not held_inquiry(text, m.start())):
        name = m.group(1)
        for i in range(len(name) - 1):  # longest first: 马鞍山市, not 鞍山市; skips a leading 在/年
            p = lookup_place(name[i:])
            if p is not None:
                return p, name[i:]
    return None


def detect_city(text: str) -> str | None:
    """The city the transcript is about, from place names in the text (or None)."""
    return _city(text, _committee_place(text))


def _city(text: str, committee: tuple[Place, str] | None) -> str | None:
    """detect_city with the named standing committee's place already looked up (detect_session
    needs it again for the county)."""
    if committee is not None:
        return committee[0].prefecture
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    # The places of the first 20,000 characters decide: a report names its city early, and
    # counting a long transcript's every place name cost more than all other session fields.
    hits = sorted(((end - len(word) + 1, end, word, place, full)
                   for end, (word, place, full) in place_scan().iter(text[:20000])),
                  key=lambda h: (h[0], -len(h[2])))
    taken_to = -1
    streets = place_words()["street_after"]  # 嘉兴路, 南京大道
    for start, end, word, place, full in hits:
        # Leftmost-longest, no overlaps: 马鞍山 must not also count as 鞍山.
        if start <= taken_to:
            continue
        taken_to = end
        if text.startswith(streets, end + 1):
            continue  # "嘉兴路街道", "临汾路": a street named after another city, in this one
        if place.level == "county":
            if not full:
                continue  # short county names (和平, 新华) are too often ordinary words
            if len(word) == 2 and _run_into(text, start):
                continue  # "县政府和县住建局": a two-character county (和县, 成县) read across words
            weight = 1.0
        elif not full and len(word) == 2 and _in_person_name(text, start, end):
            continue  # "委员徐海东": a member's given name, no city (海东)
        else:
            weight = 3.0 if full else 2.0
        key = place.prefecture
        score[key] += weight
        first.setdefault(key, end)
    if not score:
        return None
    best = max(score, key=lambda k: (score[k], -first[k]))
    # One county named in full (邵东市三塘镇…) places a township's report in its prefecture.
    return best if score[best] >= 2 or (score[best] >= 1 and len(score) == 1) else None


def _run_into(text: str, start: int) -> bool:
    """The word at ``start`` follows a Han character that is no place's end (市, 省, 州, 盟: 马鞍山市和县):
    a two-character county's name there may be two words' characters (成员和县直单位)."""
    return start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in "省市州盟区"


# The last characters of what a person's name follows in a report (a seat or a post: 委员, 代表,
# 局长, 主任, 书记); what follows a name is data (session_words.tsv after_name). A short city
# name after a surname there is a given name.
_SEAT_ENDS = "员表长任记"


def _in_person_name(text: str, start: int, end: int) -> bool:
    """A short city name (海东) that is a person's given name: after a surname, that itself
    follows a seat or a post (委员徐海东) or that a verb of speech follows (徐海东追问)."""
    if start < 1 or text[start - 1] not in surnames():
        return False
    return (start >= 2 and text[start - 2] in _SEAT_ENDS) or text.startswith(_words()["after_name"], end + 1)


@functools.lru_cache(maxsize=1)
def _province_names() -> re.Pattern[str]:
    return re.compile(alternation(provinces()))


def detect_province(text: str, body: str | None = None, level: str | None = None) -> str | None:
    """The province of a report no city is found for: the one its body names (湖南省十三届…),
    else the one the text names most (twice, or once in a report of a province-level body);
    ``level``, the level word a province-level body is named by (自治区十二届…), rules out the
    provinces of another level (泰山东麓 names no 山东省 in an autonomous region's report)."""
    names = provinces()
    if body:
        for n in sorted(names, key=len, reverse=True):
            if body.startswith(n) and len(n) >= 2:
                return names[n]
    head = text[:3000]
    counts = Counter(names[m.group()] for m in _province_names().finditer(head)
                     if level is None or names[m.group()].endswith(level))
    if not counts:
        return None
    best, n = counts.most_common(1)[0]
    return best if n >= 2 or _words()["province_body"].search(head) else None


def _paragraph_at(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


_SESSION_USES = ("anchor", "event_verb", "event_what", "event_inquiry", "event_held", "topic_opener", "topic_closer",
                 "topic_join", "topic_sitting", "topic_about", "topic_tail", "topic_held", "topic_kind",
                 "theme_kind", "theme_noun", "theme_is", "province_congress", "province_whole", "after_name")


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    """The patterns around the words of data/session_words.tsv."""
    groups = read_groups("session_words.tsv", _SESSION_USES)
    w = {u: alternation(words) for u, words in groups.items()}
    return {
        "after_name": groups["after_name"],  # 追问, 同志: a name before it
        "anchor": re.compile(w["anchor"]),
        # The sentence telling the sitting took place: its own event words (召开/举行 … 专题询问 / 会议).
        "event": re.compile(rf"(?:{w['event_verb']})[^。！？；\n]{{0,40}}?(?:{w['event_what']})"
                            rf"|(?:{w['event_inquiry']})[会]?[^。！？；\n]{{0,6}}?(?:{w['event_held']})"),
        "topic_opener": re.compile(rf"^(?:{w['topic_opener']})"),
        "topic_closer": re.compile(rf"(?:{w['topic_closer']})$"),
        # "…暨<topic>专题询问会议", "围绕<topic>工作情况开展了专题询问", "专题询问的主题是“<topic>”":
        # tried in this order, the first found gives the topic.
        "topics": (
            re.compile(rf"(?:{w['topic_join']})(?P<t>[^，。；]{{4,60}}?)(?:{w['topic_sitting']})会议"),
            re.compile(rf"(?:{w['topic_about']})(?P<t>[^，。；]{{4,60}}?)(?:{w['topic_tail']})?(?:{w['topic_held']})(?:了)?"
                       rf"(?:{w['topic_kind']})?询问"),
            re.compile(rf"(?:{w['theme_kind']})询问[^，。；]{{0,6}}?(?:{w['theme_noun']})(?:{w['theme_is']})[“]?(?P<t>[^，。；”]{{4,60}})"),
        ),
        # A report of a province-level body (a province named once is then its province).
        "province_body": re.compile(rf"(?:{alternation(place_words()['province_level'])})(?:第?[一二三四五六七八九十]+届)?人大常委会"
                                    rf"|(?:{w['province_congress']})人民代表大会|{w['province_whole']}"),
    }


def _sentence_at(text: str, pos: int) -> tuple[int, int]:
    a = max(text.rfind(c, 0, pos) for c in "。！？；\n") + 1
    ends = [i for i in (text.find(c, pos) for c in "。！？；\n") if i >= 0]
    return a, (min(ends) if ends else len(text))


def _date(text: str, body_match: re.Match[str] | None, page: tuple[int, int, int] | None
          ) -> tuple[int | None, int | None, int | None, int]:
    """(year, month, day, witness of the year) of the meeting as the text tells them: in the
    sentence telling the sitting took place, the paragraph naming the sitting (or the first
    naming an inquiry), else the opening."""
    if (t := time_line(text, 1000)) is not None:
        # "时间：2023年6月28日" alone on a line under a transcript's title dates the sitting.
        return (*t, STATED)
    first = body_match or _words()["anchor"].search(text)
    # Dates are read in the opening and in the anchor's paragraph only: the rest of a long
    # transcript cannot date its sitting and scanning it would cost more than the session.
    head = max(6000, _paragraph_at(text, first.start())[1] if first is not None else 0)
    hits = date_hits(text[:head])
    tries = []
    if (ev := _words()["event"].search(text, 0, min(head, 3000))) is not None:
        # A date in that sentence beats other dates of the paragraph (a rule's 7月1日起施行).
        tries.append((_sentence_at(text, ev.start()), ev.start()))
    if first is not None:
        tries.append((_paragraph_at(text, first.start()), first.start()))
    tries.append(((0, min(len(text), 1000)), 0))
    found = [event_date(text, span, anchor, hits, page) for span, anchor in tries]
    # A month or day wins over a bare year (a paragraph on the history of inquiries
    # names years; the sitting's paragraph names its day).
    best = next((f for f in found if f[1] or f[2]), None) or next((f for f in found if f[0]), found[-1])
    if best[0] is None and best[1] and (year := headline_year(text)) is not None \
            and (page is None or year <= page[0]):
        # "新华网合肥11月28日电 27日上午，…" under a headline naming the year only (other years
        # of the opening tell other events: 2021年…完成情况 in a January 2022 sitting).
        best = (year, best[1], best[2], NEARBY)
    return best


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _topic(text: str) -> str | None:
    head = text[:3000]
    for rx in _words()["topics"]:
        m = rx.search(head)
        if m:
            t = _words()["topic_opener"].sub("", m["t"]).strip("“”")
            t = _words()["topic_closer"].sub("", t) if not t.endswith("”") else t
            if len(t) >= 4:
                return t
    return None


def _meta_date(meta: dict[str, Any]) -> tuple[int | None, int | None, int | None]:
    d = str(meta.get("date") or "")
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", d)
    if not m:
        return None, None, None
    return int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None


def detect_session(text: str, *, sha256: str, meta: dict[str, Any] | None = None,
                   year: int | None = None, city: str | None = None, raw: str | None = None) -> Session:
    """Session of the normalised ``text``; ``meta`` is the sidecar, ``year``/``city`` the CLI values,
    ``raw`` the text before noise removal (its page timestamp dates the report)."""
    meta = meta or {}
    given_city = city or meta.get("city")
    committee = None
    place = lookup_place(given_city) if given_city else None
    if given_city:
        city_name = place.prefecture if place else str(given_city)
    else:
        # The page's chrome names the city where the report does not (来源：平顶山日报,
        # 邵阳新闻网9月28日讯): read after the text, before noise removal.
        committee = _committee_place(text)
        city_name = _city(text, committee) or (detect_city(raw) if raw else None)
        place = lookup_place(city_name)
    body, bm = find_body(text)
    if not given_city and (level := provincial_body(body, text)):
        # A province's sitting: the cities its text names are where it met or what members
        # asked about, not its city; the places still tell its province. A municipality
        # (天津市) is its own city.
        region = level if level in ("省", "自治区") else None  # a province's or an autonomous region's
        province = (meta.get("province") or detect_province(text, body, region)
                    or (place.province if place and (region is None or place.province.endswith(region)) else None))
        place = lookup_place(level)
        place = place if place is not None and place.level == "municipality" else None
        city_name = place.name if place else None
    else:
        province = (place.province if place else None) or meta.get("province") or detect_province(text, body)
    page = _page_date(raw if raw is not None else text) or closing_date(text)
    t_year, month, day, witness = _date(text, bm, page)
    if day is None and raw and (tm := time_line(raw, 1000)) is not None:
        # (noise removal takes that line for a page stamp: read before it)
        t_year, month, day, witness = (*tm, STATED)
    m_year, m_month, m_day = _meta_date(meta)
    # The text wins where it states something; sidecar and CLI fill the gaps, then
    # a year only mentioned near the date (the page's own date already decided
    # between them inside _date: reports follow the sitting).
    y = ((t_year if witness == STATED else None) or year or _int(meta.get("year")) or m_year
         or (t_year if witness == PAGE else None) or t_year)
    if y is None and page is not None and (month or 0, day or 0) <= page[1:]:
        y = page[0]  # nothing in the text dates the sitting: the report's own year
    if month is None and day is None:
        month, day = m_month, m_day
    elif month is None and m_month is not None and (m_day is None or m_day == day):
        month = m_month
    kind = next((k for k in session_kinds() if k in text[:3000]), None)
    found = _county(text, body, place if given_city else None, committee) if city_name else None
    if found is None and city_name and not given_city:
        found = _county_named(text, body, city_name, raw)
    # not another city's county (永兴镇 is no 永兴县 of this city), nor the city itself (琼海市)
    county = found[1] if found is not None and found[0].prefecture == city_name != found[1] else None
    date = _iso(y, month, day)
    # The id is of the sitting (or, none named, the organ) as written: one Session per sitting,
    # whatever standing body it is of.
    key = "|".join([city_name or "", body or "", date or ""])
    sid = (hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
           if city_name and body and date else sha256[:16])
    # (a broadcast 问政 its station runs alone: the programme, whatever congress its guests sit in)
    standing = programme_body(text) or standing_body(body, city=city_name, province=province, county=county)
    return Session(id=sid, city=city_name, province=province, body=standing, date=date,
                   topic=_topic(text), year=y, month=month, day=day, kind=kind, county=county,
                   sitting=body if is_sitting(body) else None)


def _county(text: str, body: str | None, given: Place | None,
            committee: tuple[Place, str] | None) -> tuple[Place, str] | None:
    """The county-level place whose congress sat, and its name: the one the user gave, else the
    one the sitting's own name opens with (桐庐县第十五届…, 福安市十七届…), else the named standing
    committee's when the sitting is written without its place (县十八届… and 长兴县人大常委会
    elsewhere in the report: ``committee``, _committee_place of the text, None when the user gave
    the city) or not found. A city's sitting (漯河市八届…, 市八届…) has none."""
    if given is not None:
        return (given, given.name) if given.level == "county" else None
    if body:
        for i in range(min(len(body), 9), 1, -1):  # the longest place the name opens with
            p = lookup_place(body[:i])
            if p is not None:
                # in full: a township's 永兴镇 opens with a county's short name (永兴)
                return _as_written(body[:i], p) if p.level == "county" and body[i - 1] in _LEVELS else None
    if committee is None or committee[0].level != "county":
        return None
    p, name = committee
    # "市十七届…" is a city's sitting unless the committee is a county-level city's (福安市).
    return _as_written(name, p) if not body or name.endswith(body[0]) else None


_TOWNSHIP_ENDS = ("镇", "乡", "街道")


def _county_named(text: str, body: str | None, city: str, raw: str | None = None) -> tuple[Place, str] | None:
    """The county-level place of ``city`` a report names most often in full, in its first 3,000
    characters or its last 500 (a byline: 来源：某县融媒体中心), else in the page's chrome (``raw``,
    before noise removal: 来源：某县融媒体中心 above the title), first named on a tie, when its
    sitting or organ gives only its level (县十六届…, 区人大常委会: the 安吉县 named in the report)
    or is a township's (某镇人大主席团: the county it lies in). Names of two characters (和县, 成县)
    are ordinary words as often (县政府和县住建局): they do not count. A county-level city for a
    bare 市 (市十七届…) only where it is named twice and its prefecture never in full: a
    prefecture's report names itself."""
    place = body_place(body)
    if not place:
        return None
    level = place if place in ("县", "区", "旗", "市") else None
    if level is None and not place.endswith(_TOWNSHIP_ENDS):
        return None
    hits: Counter[str] = Counter()
    first: dict[str, int] = {}
    prefecture_named = 0
    tail = max(3000, len(text) - _BYLINE)
    # (the only hits counted are the city's county-level places and the city itself, named in full:
    # those ~15 words are looked for, not every place; a scan of all ~7,500 names over the report's
    # first 3,000 characters was ~2.5 % of a first read)
    words = full_names_in(city)
    for part, offset in ((text[:3000], 0), (text[tail:], tail), (raw or "", len(text))):
        if part is raw and hits:
            break
        for end, (word, p, full) in occurrences(words, part):
            if p.level != "county":
                prefecture_named += p.name == city
            elif p.prefecture == city != word and len(word) >= 3 and (level is None or word.endswith(level)):
                hits[word] += 1
                first.setdefault(word, offset + end)
    if not hits:
        return None
    best = max(hits, key=lambda w: (hits[w], -first[w]))
    if level == "市" and (hits[best] < 2 or prefecture_named):
        return None
    p = lookup_place(best)
    return (p, best) if p is not None else None


_BYLINE = 500  # characters at the end of a report where its source line names its county


def _as_written(name: str, p: Place) -> tuple[Place, str]:
    """The county with its name as the report writes it in full (京山市, made a city after the
    gazetteer's 京山县), else the gazetteer's."""
    return p, name if name[-1] in _LEVELS and len(name) >= 3 else p.name


_LEVELS = "县市区旗"


def _page_date(raw: str) -> tuple[int, int, int] | None:
    """The page's own date line: in its head, else in its footer ("2023-05-10 浏览次数")."""
    # (only the dates with a year: a page date has one; a text of 1,500 characters at most is its own footer)
    head = page_date(date_hits(raw[:3000], dated=True))
    return head if head is not None or len(raw) <= 1500 else page_date(date_hits(raw[-1500:], dated=True))


def _int(v: Any) -> int | None:
    try:
        return int(v) if v is not None and str(v).strip() else None
    except (TypeError, ValueError):
        return None
