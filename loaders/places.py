"""Gazetteer of Chinese prefecture-level cities and counties (loaders/data/cities.tsv).

Built once from the adcode table of the ``cpca`` package by
``tools/build_cities.py``; carries province, level and coordinates (the
dashboard reads lat/lon from the same file).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from loaders.datafiles import DataFileError, read_groups, read_tsv, read_words
from loaders.wordscan import WordScan

__all__ = ["Place", "places", "lookup_place", "province_of", "is_place", "place_automaton", "place_scan", "full_names_in", "provinces",
           "province_short", "place_words"]

_PLACE_USES = ("province_suffix", "level_prefix", "office_zone", "body_local", "body_bare_zone",
               "jurisdiction", "jurisdiction_level", "town_end", "city_end", "province_level", "level_end",
               "city_self", "province_self", "zone_committee", "national_office", "street_after", "chain_zone")



@dataclass(frozen=True)
class Place:
    name: str  # 漯河市
    short: str  # 漯河 ("" when the name is too short to shorten)
    province: str  # 河南省
    level: str  # municipality | prefecture | county
    lat: float | None  # a few adcodes come without coordinates
    lon: float | None
    adcode: str
    city: str  # prefecture of a county ("" for cities and province-run counties)

    @property
    def prefecture(self) -> str:
        """The city this place belongs to (itself for cities)."""
        return self.name if self.level != "county" else (self.city or self.name)


@functools.lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """The gazetteer (data/cities.tsv), then the places renamed since it was built under their
    new names (data/places_renamed.tsv: 郫县 is also 郫都区)."""
    rows = []
    for r in read_tsv("cities.tsv", ["name", "short", "province", "level", "lat", "lon", "adcode", "city"], required=7):
        f = r.cells
        rows.append(Place(f[0], f[1], f[2], f[3], float(f[4]) if f[4] else None,
                          float(f[5]) if f[5] else None, f[6], f[7]))
    by_name = {p.name: p for p in rows}
    for r in read_tsv("places_renamed.tsv", ["name", "short", "former"]):
        name, short, former = r.cells
        if former not in by_name:
            raise DataFileError(f"{r.file}:{r.line}: {former} is not in cities.tsv")
        rows.append(replace(by_name[former], name=name, short=short))
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def place_words() -> dict[str, tuple[str, ...]]:
    """The words of data/place_words.tsv by use (province_suffix, body_local …), in file order."""
    return read_groups("place_words.tsv", _PLACE_USES)


@functools.lru_cache(maxsize=1)
def _province_suffixes() -> tuple[str, ...]:
    return tuple(sorted(place_words()["province_suffix"], key=len, reverse=True))


def province_short(name: str) -> str:
    """广西壮族自治区 → 广西, 湖南省 → 湖南, 上海市 → 上海.

    >>> province_short("新疆维吾尔自治区"), province_short("内蒙古自治区")
    ('新疆', '内蒙古')
    """
    for suffix in _province_suffixes():  # longest first: 壮族自治区 before 自治区
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


@functools.lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Every province-level name, full and short (海南省, 海南, 广西), → the full name."""
    out: dict[str, str] = {}
    for p in places():
        out[p.province] = p.province
        out.setdefault(province_short(p.province), p.province)
    return out


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, Place]:
    idx: dict[str, Place] = {}
    # Cities first so that a short name shared with a county (朝阳) means the city.
    for p in sorted(places(), key=lambda p: p.level == "county"):
        idx.setdefault(p.name, p)
    for p in sorted(places(), key=lambda p: p.level == "county"):
        if p.short:
            idx.setdefault(p.short, p)
    return idx


def lookup_place(name: str | None) -> Place | None:
    """``漯河``, ``漯河市`` → the Place; None when unknown."""
    if not name:
        return None
    name = name.strip()
    found = _by_name().get(name) or _by_name().get(name.removesuffix("市"))
    if found is None and len(name) >= 3 and name[-1] in "州县旗":
        # 大理州, 恩施州, 江华县: an autonomous prefecture, county or banner by its short name.
        short = _by_name().get(name[:-1])
        if short is not None and short.name.endswith(("自治" + name[-1], "自治州" if name[-1] == "州" else "自治县")):
            found = short
    if found is None and len(name) >= 3 and name[-1] in "县市区":
        # A county written with the other level word than the gazetteer's (东兴县 for 东兴市, a
        # county made a city, or a report written before or after the change; 奉化区, 临安区,
        # 梁平区: a county or county-level city made a district after the gazetteer's year).
        stem = _by_name().get(name[:-1])
        if stem is not None and stem.level == "county" and stem.short == name[:-1]:
            found = stem
    return found


def is_place(name: str) -> bool:
    return lookup_place(name) is not None


def province_of(city: str | None) -> str | None:
    p = lookup_place(city)
    return p.province if p else None


@functools.lru_cache(maxsize=1)
def place_scan() -> WordScan:
    """The words of :func:`place_automaton` as a :class:`~loaders.wordscan.WordScan`: the
    same hits, for a scan of a report (the automaton's lookups cost ~0.5 µs a character)."""
    return WordScan(place_automaton().items())


def full_names_in(city: str | None) -> tuple[tuple[str, tuple[str, Place, bool]], ...]:
    """The full names of :func:`place_automaton` (each with its value) of the places that lie in
    ``city`` (``Place.prefecture``: its county-level places, and the city itself), for a scan of
    those words alone (:func:`loaders.wordscan.occurrences`)."""
    return _full_names_by_city().get(city or "", ())


@functools.lru_cache(maxsize=1)
def _full_names_by_city() -> dict[str, tuple[tuple[str, tuple[str, Place, bool]], ...]]:
    by_city: dict[str, list[tuple[str, tuple[str, Place, bool]]]] = {}
    for word, value in place_automaton().items():
        if value[2]:
            by_city.setdefault(value[1].prefecture, []).append((word, value))
    return {city: tuple(words) for city, words in by_city.items()}


@functools.lru_cache(maxsize=1)
def place_automaton():
    """Aho-Corasick automaton over full and short names → (name, Place, is_full)."""
    import ahocorasick

    a = ahocorasick.Automaton()
    common = {r.cells[0] for r in read_words("places_common_words.txt")}
    # A county name several prefectures share (城区 ×5, 市中区 ×4, 郊区, 鼓楼区) is no evidence
    # of one city, and 城区/郊区/矿区 are ordinary words ("市城区停车难").
    seats: dict[str, set[str]] = {}
    for p in places():
        if p.level == "county":
            seats.setdefault(p.name, set()).add(p.prefecture)
    for p in places():
        if len(seats.get(p.name, ())) > 1:
            continue
        a.add_word(p.name, (p.name, p, True))
    for p in places():
        # A short name that is also a province's (海南 of 海南藏族自治州, 吉林 of 吉林市) names the province.
        if p.short in common:
            continue
        if p.short and p.short not in a and provinces().get(p.short, p.name) == p.name:
            a.add_word(p.short, (p.short, p, False))
        if p.short and p.name.endswith(("自治州", "自治县")) and p.short + p.name[-1] not in a:
            a.add_word(p.short + p.name[-1], (p.short + p.name[-1], p, True))  # 大理州, 江华县
        if p.level == "county" and p.name.endswith("县") and len(p.short) >= 2 and p.short + "市" not in a \
                and len(seats.get(p.name, ())) <= 1:
            # Counties made county-level cities since the gazetteer's list (邵东县 → 邵东市).
            a.add_word(p.short + "市", (p.short + "市", p, True))
        if p.level == "county" and p.name.endswith(("县", "市")) and len(p.short) >= 2 and p.short + "区" not in a \
                and len(seats.get(p.name, ())) <= 1:
            # Counties and county-level cities made districts since the list (奉化市 → 奉化区).
            a.add_word(p.short + "区", (p.short + "区", p, True))
    a.make_automaton()
    return a
