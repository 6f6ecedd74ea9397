"""The sitting a transcript records: city, province, body, kind, date, topic.

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

from loaders.datafiles import read_tsv
from loaders.places import lookup_place, place_automaton
from loaders.records import Session

__all__ = ["detect_session", "detect_city", "session_kinds", "chinese_number"]

log = logging.getLogger(__name__)

_NUM = "零〇一二三四五六七八九十百两"
_BODY = re.compile(
    rf"(?P<place>[\u4e00-\u9fff]{{0,8}}?[省市州区县旗盟])?(?P<term>第?[{_NUM}\d]+届)(?:全国)?人大常委会"
    rf"(?:召开|举行)?(?P<sitting>第[{_NUM}\d]+次)(?:全体)?会议")
_N = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # 28 or 二十八
_Y = r"(?:(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3})"  # 2024 or 二〇二四
_FULL_DATE = re.compile(rf"(?P<y>{_Y})年(?P<m>{_N})月(?P<d>{_N})日")
_MONTH_DAY = re.compile(rf"(?<![\d年一二三四五六七八九十〇零])(?P<m>{_N})月(?P<d>{_N})日")
_DAY = re.compile(rf"(?<![\d月一二三四五六七八九十])(?P<d>{_N})日")
_YEAR = re.compile(rf"(?<![\d〇零一二三四五六七八九])(?P<y>{_Y})年")
_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


def _num(s: str) -> int | None:
    return int(s) if s.isdigit() else chinese_number(s)


def _year(s: str) -> int:
    return int(s) if s.isdigit() else int("".join(_DIGIT[c] for c in s))


_TOPIC = [
    re.compile(r"暨(?P<t>[^，。；]{4,60}?)(?:评议询问|专题询问|询问)会议"),
    re.compile(r"(?:围绕|就|关于)(?P<t>[^，。；]{4,60}?)(?:工作)?(?:情况)?(?:开展|进行)(?:了)?(?:专题|评议|联组)?询问"),
    re.compile(r"(?:专题|评议)询问[^，。；]{0,6}?(?:主题|内容)(?:是|为)[“]?(?P<t>[^，。；”]{4,60})"),
]


@functools.lru_cache(maxsize=1)
def session_kinds() -> tuple[str, ...]:
    return tuple(r.cells[0] for r in read_tsv("session_kinds.tsv", ["kind"]))


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


def detect_city(text: str) -> str | None:
    """The city the transcript is about, from place names in the text (or None)."""
    for explicit in re.finditer(r"([\u4e00-\u9fff]{2,8}?[市州盟区县旗])(?:第?[" + _NUM + r"]+届)?人大常委会", text[:3000]):
        # "漯河市人大常委会" names the city; "南湖区人大常委会" its district.
        name = explicit.group(1)
        for i in range(len(name) - 1):  # longest first: 马鞍山市, not 鞍山市; skips a leading 在/年
            p = lookup_place(name[i:])
            if p is not None:
                return p.prefecture
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    hits = sorted(((end - len(word) + 1, end, word, place, full)
                   for end, (word, place, full) in place_automaton().iter(text)),
                  key=lambda h: (h[0], -len(h[2])))
    taken_to = -1
    for start, end, word, place, full in hits:
        # Leftmost-longest, no overlaps: 马鞍山 must not also count as 鞍山.
        if start <= taken_to:
            continue
        taken_to = end
        if place.level == "county":
            if not full:
                continue  # short county names (和平, 新华) are too often ordinary words
            weight = 1.0
        else:
            weight = 3.0 if full else 2.0
        key = place.prefecture
        score[key] += weight
        first.setdefault(key, end)
    if not score:
        return None
    best = max(score, key=lambda k: (score[k], -first[k]))
    return best if score[best] >= 2 else None


def _two_places(place: str) -> bool:
    return any(lookup_place(place[:i]) is not None and lookup_place(place[i:]) is not None
               for i in range(2, len(place) - 1))


def _body(text: str) -> tuple[str | None, re.Match[str] | None]:
    m = _BODY.search(text)
    if not m:
        return None, None
    place = m["place"] or ""
    # Keep only a real place prefix: "市", "区", or a gazetteer name ("漯河市").
    # ("深圳市龙岗区", a city and its district, is two gazetteer names: kept whole.)
    if len(place) > 1 and lookup_place(place) is None and not _two_places(place):
        place = place[-1]
    term = m["term"] if m["term"].startswith("第") else m["term"]
    return f"{place}{term}人大常委会{m['sitting']}会议", m


def _paragraph_at(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _date(text: str, body_match: re.Match[str] | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of the meeting as the text states them."""
    if body_match is not None:
        a, b = _paragraph_at(text, body_match.start())
    else:
        a, b = 0, min(len(text), 600)
    para = text[a:b]
    anchor = (body_match.start() - a) if body_match is not None else 0
    def near(ms):
        return min(ms, key=lambda m: abs(m.start() - anchor)) if ms else None

    def ok(m: int | None, d: int | None) -> bool:
        return (m is None or 1 <= m <= 12) and d is not None and 1 <= d <= 31

    fulls = [m for m in _FULL_DATE.finditer(para) if ok(_num(m["m"]), _num(m["d"]))]
    if fulls:
        m = near(fulls)
        return _year(m["y"]), _num(m["m"]), _num(m["d"])
    y = near(list(_YEAR.finditer(para)))
    year = _year(y["y"]) if y else None
    md = near([m for m in _MONTH_DAY.finditer(para) if ok(_num(m["m"]), _num(m["d"]))])
    if md:
        return year, _num(md["m"]), _num(md["d"])
    d = near([m for m in _DAY.finditer(para) if ok(None, _num(m["d"]))])
    if d:
        return year, None, _num(d["d"])
    return year, None, None


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
    for rx in _TOPIC:
        m = rx.search(head)
        if m:
            t = re.sub(r"^(?:我市|全市|本市|市政府)", "", m["t"]).strip("“”")
            t = re.sub(r"(?:工作情况|情况)$", "", t) if not t.endswith("”") else t
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
    place = lookup_place(given_city) if given_city else None
    if given_city:
        city_name = place.prefecture if place else str(given_city)
    else:
        city_name = detect_city(text)
        place = lookup_place(city_name)
    province = (place.province if place else None) or meta.get("province")
    body, bm = _body(text)
    t_year, month, day = _date(text, bm)
    m_year, m_month, m_day = _meta_date(meta)
    # The text wins where it states something; sidecar and CLI fill the gaps, and
    # last the page's own timestamp ("发布时间：2021-09-16"): reports follow the sitting.
    y = t_year or year or _int(meta.get("year")) or m_year or _published_year(raw if raw is not None else text, month, day)
    if month is None and day is None:
        month, day = m_month, m_day
    elif month is None and m_month is not None and (m_day is None or m_day == day):
        month = m_month
    kind = next((k for k in session_kinds() if k in text[:3000]), None)
    date = _iso(y, month, day)
    key = "|".join([city_name or "", body or "", date or ""])
    sid = (hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
           if city_name and body and date else sha256[:16])
    return Session(id=sid, city=city_name, province=province, body=body, date=date,
                   topic=_topic(text), year=y, month=month, day=day, kind=kind)


_STAMP = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


def _published_year(text: str, month: int | None, day: int | None) -> int | None:
    """The year of the first page timestamp (2021-09-16), one less when the sitting's
    month and day come after the timestamp's (a January report of a December sitting).

    >>> _published_year("发布时间：2021-01-06 访问", 12, 28)
    2020
    """
    m = _STAMP.search(text[:3000])
    if not m:
        return None
    y, pm, pd = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= pm <= 12 and 1 <= pd <= 31):
        return None
    if month is not None and (month, day or 0) > (pm, pd):
        return y - 1
    return y


def _int(v: Any) -> int | None:
    try:
        return int(v) if v is not None and str(v).strip() else None
    except (TypeError, ValueError):
        return None
