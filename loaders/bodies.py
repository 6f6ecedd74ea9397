"""The congress body a report is about: a sitting (…十三届人大常委会第六次会议, …十五届人大四次会议)
or, when no sitting is named, the organ that held the inquiry (博罗县人大常委会, 光武街道人大工委);
and the standing body that sitting is of, named in full (安吉县人大常委会, 某镇人大主席团).

The place before the organ is kept only as far as it is a place: a province, a
city or county of the gazetteer, two of them (深圳市龙岗区), a township, street or
zone name ending the run of characters (湖塘镇, 光武街道, 经济技术开发区); otherwise
only its level (市, 县, 省), as reports write it (市十六届人大常委会…). Organ words
are data (``data/bodies.tsv``).
"""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation, read_groups, read_tsv, read_words
from loaders.dates import NUMERALS, chinese_number
from loaders.places import lookup_place, place_words, provinces
from loaders.turns import sentence_span

__all__ = ["find_body", "standing_body", "is_sitting", "body_place", "provincial_body", "held_inquiry", "inquiry_held", "inquiry_named", "other_forum",
           "congress_named", "congress_context", "fiction_marker", "self_report_event"]

_LEVEL = "省市州区县旗盟"
# Words a run of Han characters before a place may start with ("12日上午新铺乡", "该县").
_LEAD_END = "日午晚在于由对将据和与及的是为该本全"
# Function words after which a township's level word stands bare (根据镇…, 向镇…, 由镇…), no name's end.
_BARE_BEFORE = "据向由对将与及的是为该本全在于从把被给"
_LEAD = re.compile(rf"^.*[{_LEAD_END}](?=[\u4e00-\u9fff]{{2}})")


@functools.lru_cache(maxsize=1)
def _organs() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {}
    for r in read_tsv("bodies.tsv", ["organ", "kind"]):
        kinds.setdefault(r.cells[1], []).append(r.cells[0])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()}


@functools.lru_cache(maxsize=1)
def _local() -> str:
    """The endings of a township, street or zone (镇, 街道, 开发区: data/place_words.tsv)."""
    return rf"(?:{alternation(place_words()['body_local'])})"


@functools.lru_cache(maxsize=1)
def _local_end() -> re.Pattern[str]:
    return re.compile(rf"{_local()}$")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    o = _organs()
    place = rf"(?P<place>[\u4e00-\u9fff]{{0,14}}?(?:[{_LEVEL}]|{_local()}))?"
    term = rf"(?P<term>第?[{NUMERALS}\d]+届)"
    sitting = rf"(?P<sitting>第?[{NUMERALS}\d]+次)"
    committee = re.compile(rf"{place}{term}(?P<nat>全国)?(?P<organ>{alternation(o['committee'])})(?:正在)?(?:召开|举行)?的?"
                           rf"(?=第){sitting}(?:全体)?会议")
    congress = re.compile(rf"{place}{term}(?P<organ>{alternation(o['congress'])}){sitting}(?:全体)?会议")
    organ = re.compile(rf"{place}{term}?(?P<organ>{alternation(o['committee'])}|(?:(?<=[镇乡区])|(?<=街道))(?:{alternation(o['township'])})"
                       rf"(?!{alternation(o['not_township'])}))")
    # "市人大常委会第三十三次会议": a sitting named without its term.
    untermed = re.compile(rf"{place}(?P<organ>{alternation(o['committee'])})(?P<sitting>第[{NUMERALS}\d]+次)(?:全体)?会议")
    return committee, congress, organ, untermed


def _is_place(name: str) -> bool:
    if provinces().get(name) == name or lookup_place(name) is not None:  # a full province name
        return len(name) > 1
    return any(lookup_place(name[:i]) is not None and lookup_place(name[i:]) is not None
               for i in range(2, len(name) - 1))


def _place(run: str) -> tuple[str, bool]:
    """The place a run of characters before an organ ends with, and whether it is named."""
    for i in range(len(run) - 1):  # longest first: 马鞍山市, not 鞍山市; skips a leading 在/年
        if _is_place(run[i:]):
            if i and _local_end().search(run) and run[i - 1] not in _LEAD_END:
                # "安丰镇": a township whose name ends with a city's short name (丰镇), no city
                continue
            return run[i:], True
    local = _local_end().search(run)
    if local:
        # A township, street or zone: the name after the last city or county before it.
        # (A zone's own name may hold 区: 经济技术开发区; a township's does not.)
        cut = r"[省市县旗]" if local.group().endswith("区") else r"[省市县旗区]"
        own = _LEAD.sub("", re.split(cut, run[: local.start()])[-1])
        if cut.endswith("区]") and len(own) > 3:
            own = own[-2:]  # township names are short; the rest is text run into them ("详细内容新铺乡")
        if own[-1:] in _BARE_BEFORE:
            own = ""  # "根据镇人大主席团…", "向镇人大…": the township's bare level word after a function word
        name = own + local.group()
        if len(name) > len(local.group()) and len(name) <= 12:
            return name, True
        if len(local.group()) >= 3:
            return local.group(), False  # "开发区人大工委": the zone the report is from
    level = _level_end().search(run)
    return (level.group() if level else run[-1] if run else ""), False  # "自治区十三届…": its level


def _sittings(text: str, patterns) -> list[re.Match[str]]:
    """Every sitting named in ``text``, each tried only around a 届 (a scan of the whole text
    with the place prefix costs more than the rest of the session's fields together)."""
    found: dict[tuple[int, int], re.Match[str]] = {}
    for term in re.finditer("届", text):
        a, b = max(0, term.start() - 24), term.end() + 24
        for rx in patterns:
            for m in rx.finditer(text, a, b):
                if m.start("term") <= term.start() < m.end("term"):
                    found.setdefault((m.start("term"), m.end()), m)
    return list(found.values())


def find_body(text: str) -> tuple[str | None, re.Match[str] | None]:
    """The sitting the report names (first found), else the organ that held the inquiry."""
    committee, congress, organ, untermed = _patterns()
    sittings = sorted(_sittings(text, (committee, congress)), key=lambda m: m.start("term"))
    if sittings:
        # The first sitting named, as written where its place is named ("市十五届人大三次会议"
        # first, "北京市第十五届人民代表大会第三次会议" later: the latter).
        key = lambda m: (chinese_number(m["term"]), chinese_number(m["sitting"]))  # noqa: E731
        same = [m for m in sittings if key(m) == key(sittings[0])]
        # Among those, the one written in full (第十七届人民代表大会第六次会议 over 十七届人大六次会议).
        named = [m for m in same if _place(m["place"] or "")[1]]
        m = max(named, key=lambda m: len(m.group()) - len(m["place"] or "")) if named else same[0]
        place, _ = _place(m["place"] or "")
        organ_word = "人大常委会" if m.re is committee else m["organ"]
        nat = m["nat"] if m.re is committee and m["nat"] else ""
        return f"{place}{m['term']}{nat}{organ_word}{m['sitting']}会议", m
    bare = sorted(untermed.finditer(text[:3000]), key=lambda m: (not held_inquiry(text, m.start()), m.start()))
    if bare:
        m = bare[0]
        place, _ = _place(m["place"] or "")
        return f"{place}人大常委会{m['sitting']}会议", m
    # The organ that held the inquiry: named with its place in a sentence about an inquiry,
    # else named with its place, else as written first (a teaser line of other news may come first).
    found = []
    for m in organ.finditer(text[:3000]):
        place, named = _place(m["place"] or "")
        if named:
            place = _inner(place)
        found.append((not (named and held_inquiry(text, m.start())), not named, m.start(),
                      f"{place}{m['term'] or ''}{m['organ']}", m))
    if not found:
        return None, None
    best = min(found, key=lambda f: f[:3])
    if best[4]["organ"] in _organs()["township"]:
        # "某镇人大开展…询问" in a title, "某镇人大主席团组织…" in the report: the organ's full name.
        best = next((f for f in sorted(found, key=lambda f: f[:3]) if not f[1] and f[3].startswith(best[3])
                     and len(f[3]) > len(best[3])), best)
    name, m = best[3], best[4]
    if bare := next((z for z in place_words()["body_bare_zone"] if name.startswith(z)), None):
        # "开发区人大工委" of a report that names its zone in full elsewhere (淮安经济技术开发区).
        zone = re.search(rf"[\u4e00-\u9fff]{{2,10}}{bare}", text[:3000])
        if zone:
            own, named = _place(zone.group())
            if named and own.endswith(bare) and len(own) > len(bare):
                name = own + name[len(bare):]
    return name, m


@functools.lru_cache(maxsize=1)
def _found_parts() -> re.Pattern[str]:
    """The parts of what :func:`find_body` gives: place, term, organ, sitting."""
    o = _organs()
    organs = sorted(set(o["committee"] + o["congress"]), key=len, reverse=True)
    return re.compile(rf"^(?P<place>.*?)(?P<term>第?[{NUMERALS}\d]+届)?(?P<nat>全国)?(?P<organ>{alternation(organs)})"
                      rf"(?P<sitting>第?[{NUMERALS}\d]+次(?:全体)?会议)?$")


def is_sitting(found: str | None) -> bool:
    """What :func:`find_body` found names a sitting (…第六次会议), not only an organ.

    >>> is_sitting("县十八届人大常委会第九次会议"), is_sitting("雷山县人大常委会")
    (True, False)
    """
    m = _found_parts().match(found or "")
    return bool(m and m["sitting"])


def body_place(found: str | None) -> str | None:
    """The place of what :func:`find_body` found, as written (市, 县, 安吉县, 某镇), or None.

    >>> body_place("县十八届人大常委会第九次会议"), body_place("某镇人大主席团")
    ('县', '某镇')
    """
    m = _found_parts().match(found or "")
    return m["place"] if m else None


def standing_body(found: str | None, *, city: str | None = None, province: str | None = None,
                  county: str | None = None) -> str | None:
    """The standing body of what :func:`find_body` found, its place in full: the committee a
    sitting is of (县十八届人大常委会第九次会议 of 安吉县 → 安吉县人大常委会), the congress
    of a plenary sitting (…区第十七届人民代表大会第三次会议 → …区人民代表大会; a township's is its
    presidium: 某镇人大主席团), the organ without its term (某镇第十八届人大主席团 → 某镇人大主席团).

    A level word alone (市, 县, 区, 省, 自治区, 州) takes the session's ``city``, ``county`` or
    ``province``; a district (区) is named with its city (成都市青羊区), a county or county-level
    city alone (安吉县, 乐清市, 博罗县 of 惠州市博罗县); a township with its county or district when
    that is no county-level city (罗田县某镇); a short name takes the gazetteer's (大理州 →
    大理白族自治州). Left as written where the place is not known (县人大常委会).

    >>> standing_body("市八届人大常委会第十四次会议", city="漯河市")
    '漯河市人大常委会'
    >>> standing_body("区十六届人大常委会第二十七次会议", city="成都市", county="青羊区")
    '成都市青羊区人大常委会'
    >>> standing_body("花园镇第十九届人民代表大会第二次会议", city="南阳市", county="方城县")
    '方城县花园镇人民代表大会主席团'
    """
    m = _found_parts().match(found or "")
    if m is None:
        return found
    place = _full_place(m["place"], city, province, county)
    organ = m["organ"]
    if m["sitting"] and organ in _organs()["congress"]:
        # a plenary sitting: the congress itself; a township's congress sits through its presidium
        organ = f"{organ}主席团" if _local_end().search(place) else "人民代表大会"
    return f"{place}{m['nat'] or ''}{organ}"


def _full_place(place: str, city: str | None, province: str | None, county: str | None) -> str:
    """The place of a standing body's name in full (see :func:`standing_body`)."""
    if place in place_words()["province_level"]:
        return province if province and province.endswith(place) else place
    if place == "市":
        return county if county and county.endswith("市") else city or place
    if place in ("州", "自治州", "盟"):
        return city if city and city.endswith(place[-1]) else place
    if place in ("县", "旗", "自治县", "区", "特区"):
        if not county or not county.endswith(place[-1]):
            return place
        return _district(county, lookup_place(county), city) if place == "区" else county
    if provinces().get(place) == place:
        return place
    if (p := lookup_place(place)) is not None:
        if p.level != "county":
            return p.name  # 大理州 → 大理白族自治州
        return _district(place, p, city) if _is_district(place) else place
    inner = _inner(place)
    if inner != place:  # 惠州市博罗县, 深圳市龙岗区
        return place if _is_district(inner) else inner
    if _local_end().search(place) and place.endswith(("镇", "乡", "街道")) and county and county[-1] in "县区旗" \
            and not place.startswith(county):
        # a township with its county or district (a county-level city's are named alone)
        return county + place
    return place


def _is_district(name: str) -> bool:
    """A city's district (青羊区), not a special district named alone as a county is (六枝特区)."""
    return name.endswith("区") and not name.endswith("特区")


def _district(name: str, p, city: str | None) -> str:
    """A district with its city (成都市青羊区, 天津市河西区); a special district alone (六枝特区)."""
    if not _is_district(name):
        return name
    outer = (p.city if p is not None else None) or city
    return name if not outer or name.startswith(outer) else outer + name


@functools.lru_cache(maxsize=1)
def _level_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(place_words()['level_end'])})$")


@functools.lru_cache(maxsize=1)
def _body_place() -> re.Pattern[str]:
    """The place of a body's name: up to its term or the congress's name."""
    return re.compile(rf"^(?P<place>[\u4e00-\u9fff]*?)(?:第?[{NUMERALS}\d]+届|{alternation(_organs()['name'])})")


@functools.lru_cache(maxsize=1)
def _lower_organ() -> re.Pattern[str]:
    """A city's, county's or district's standing committee."""
    return re.compile(rf"[市州县区旗盟](?:第?[{NUMERALS}\d]+届)?(?:{alternation(_organs()['standing'])})")


def provincial_body(body: str | None, text: str = "") -> str | None:
    """The province (full name) or level word of a province-level body ("湖南省十四届人大常委会…",
    "省人大常委会", "自治区…", "北京市第十五届…"), else None: such a sitting is no city's,
    whatever cities its text names (the capital it met in, a city a member asks about).
    A bare organ (省人大常委会, no sitting) counts only where ``text`` names no city's or
    county's committee: "省人大常委会副主任出席市人大常委会专题询问会" is the city's."""
    m = _body_place().match(body or "")
    if m is None:
        return None
    if "届" not in body and "次" not in body and _lower_organ().search(text[:3000]):
        return None
    place = m["place"]
    if place in place_words()["province_level"]:
        return place
    full = provinces().get(place)
    # A full name only (湖南省, 广西壮族自治区, 北京市): the short 吉林 may be 吉林市's.
    return full if full == place else None


def held_inquiry(text: str, pos: int) -> bool:
    """The sentence around ``pos`` is about an inquiry."""
    return bool(_inquiry_words()[3].search(text, *sentence_span(text, pos, pos)))


def _inner(place: str) -> str:
    """The county of "惠州市博罗县" (an organ is its county's; a sitting keeps both as written)."""
    for i in range(2, len(place) - 1):
        if lookup_place(place[:i]) is not None and lookup_place(place[i:]) is not None:
            return place[i:]
    return place


@functools.lru_cache(maxsize=1)
def _congress_name() -> re.Pattern[str]:
    return re.compile(alternation(_organs()["name"]))


def other_forum(text: str) -> str | None:
    """The word naming a forum that is not a people's congress (政协, 议员, 电视问政 …) when
    the text names no people's congress (for a broadcast: no congress organ), else None."""
    o = _organs()
    organs = o["committee"] + ("人民代表大会",)
    if any(organ in text for organ in organs):
        # A congress organ named (most reports): no programme word counts, and a forum word
        # only where no congress is named at all. (Answered before the finds for the other
        # words, ~26 scans of the whole report, since the congress is named in nearly every one.)
        if _congress_name().search(text) is not None:
            return None
        return next((word for word in o.get("other", ()) if word in text), None)
    congress = len(_congress_name().findall(text))
    for word in o.get("other", ()):
        # Named with no congress at all, or more often than the congress where no congress
        # organ is named (a 政协 dialogue that deputies attended as guests).
        if word in text and (not congress or text.count(word) > congress):
            return word
    for word in o.get("programme", ()):
        if word in text:
            return word
    return None


@functools.lru_cache(maxsize=1)
def _fiction_markers() -> tuple[str, ...]:
    return tuple(r.cells[0] for r in read_words("fiction_markers.txt"))


def fiction_marker(text: str) -> str | None:
    """The web-novel page word (上一章, 小说模式 …, data/fiction_markers.txt) the text holds, if any."""
    return next((w for w in _fiction_markers() if w in text), None)


@functools.lru_cache(maxsize=1)
def _self_report_events() -> tuple[str, ...]:
    return tuple(r.cells[0] for r in read_words("self_report_events.txt"))


_EVENT_OPENING = 400  # characters: a page names its event in the title or the lede


def self_report_event(text: str) -> str | None:
    """The event of members speaking of their own work (代表通道 …, data/self_report_events.txt)
    the page's opening names, when no inquiry is held in the text."""
    head = text[:_EVENT_OPENING]
    word = next((w for w in _self_report_events() if w in head), None)
    return word if word is not None and not inquiry_held(text) else None


@functools.lru_cache(maxsize=1)
def _inquiry_words() -> tuple[re.Pattern[str], ...]:
    """held, plan, title, sentence and context words of data/bodies_inquiry.tsv, as patterns in that order."""
    uses = ("held", "plan", "title", "sentence", "context")
    kinds = read_groups("bodies_inquiry.tsv", uses, column="kind")
    return tuple(re.compile(alternation(kinds[k])) for k in uses)


@functools.lru_cache(maxsize=1)
def _organ_named() -> re.Pattern[str]:
    return re.compile(rf"{alternation(_organs()['named'])}|人大[\u4e00-\u9fff]{{0,6}}?工委")


def congress_named(text: str) -> bool:
    """Some congress organ is named (人大常委会, 镇人大, 开发区人大工委 …; data/bodies.tsv)."""
    return _organ_named().search(text) is not None


def congress_context(text: str) -> bool:
    """Some word names a congress, a deputy or an inquiry (人大, 委员, 询问 …; data/bodies_inquiry.tsv)."""
    return _inquiry_words()[4].search(text) is not None


def inquiry_named(text: str) -> bool:
    """Some word names an inquiry sitting (held or not)."""
    return _inquiry_words()[0].search(text) is not None


def inquiry_held(text: str) -> bool:
    """Some sentence names an inquiry sitting (专题询问, 约见, 应询 …) that took place: not only
    announced, prepared or studied in it (将, 方案, 动员, 调研 …; data/bodies_inquiry.tsv), and
    the first paragraph naming one is no notice or preparation."""
    held, plan, title, _, _ = _inquiry_words()
    done, first = -1, True
    for m in held.finditer(text):
        if m.start() < done:
            continue
        a = max(text.rfind(c, 0, m.start()) for c in "。！？；\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in "。！？；\n") if i >= 0]
        done = min(ends) if ends else len(text)
        if first and title.search(text, a, done):
            return False  # "…专题询问动员会", "…专题询问…的通知": the text prepares one
        first = False
        if not plan.search(text, a, done):
            return True
    return False
