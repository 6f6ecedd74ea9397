"""Government departments: canonical names with the city, aliases and cross-city types.

The knowledge is data (``loaders/data/department_types.tsv``: type, official
name, short forms). A surface such as ``市发改委`` in 漯河 becomes
``漯河市发展和改革委员会`` of type ``发展和改革``; ``市发改局`` in 揭阳 becomes
``揭阳市发展和改革局`` of the same type, so the two cities meet in one type.
Names not in the table still resolve when they look like an office
(``市乡村振兴局`` → type ``乡村振兴``).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick

from loaders.datafiles import DataFileError, alternation, read_groups, read_tsv, read_words
# (imported here, not in the functions: places imports no office table, and an import statement
# run per call, ~1 µs, was run some 2,000 times reading 50 reports)
from loaders.places import is_place, place_words, province_of, provinces
from loaders.records import Department
from loaders.rxguard import Anchored
from loaders.script import to_simplified

__all__ = [
    "head_posts",
    "DepartmentType",
    "department_table",
    "department_types",
    "bare_zone_committee",
    "resolve_department",
    "find_departments",
    "office_endings",
    "keyword_type",
    "find_field_offices",
    "leader_office",
    "office_told_to",
]

log = logging.getLogger(__name__)


_ENDING_USES = ("office", "office_unit", "type_ending", "division_of", "division", "free_text", "before_and")


@functools.lru_cache(maxsize=1)
def office_endings() -> dict[str, tuple[str, ...]]:
    """The endings of offices and divisions by use (data/office_endings.tsv): ``office`` makes a
    noun phrase an office (委员会, 局, 人民政府 …)."""
    groups = read_groups("office_endings.tsv", _ENDING_USES)
    if bad := [c for c in groups["before_and"] if len(c) != 1]:
        raise DataFileError(f"office_endings.tsv: before_and takes one character per row, got {bad[0]!r}")
    return groups


@functools.lru_cache(maxsize=1)
def _not_dept() -> re.Pattern[str]:
    """Offices of the congress, the party or the CPPCC are not government departments (words in
    data/not_department_words.txt)."""
    words = alternation(r.cells[0] for r in read_words("not_department_words.txt"))
    return re.compile(rf"{words}|^[省市区县]委$|[省市区县]委(?:办公室|办|书记)|团[省市区县]委"
                      # "请问你局…", "我局": the office speaking or spoken to, by pronoun, names none.
                      r"|[你我贵该本](?:局|委|办|厅|部门|单位)")
@functools.lru_cache(maxsize=1)
def head_posts() -> str:
    """An alternation of the posts an office's or a government's head goes by alone (局长, 县长 …:
    data/head_posts.txt), for readers of an official addressed or signing by post."""
    return alternation(r.cells[0] for r in read_words("head_posts.txt"))


_CJK = r"[\u4e00-\u9fff]"
# A character of a place prefix: no office ends inside one ("市住建局与市自然资源和规划局"
# names two offices, not one under the place "市住建局与市").
_PLACE_CHAR = r"(?:(?![局委办厅])[\u4e00-\u9fff])"
# What makes "政府" the offices of a government in general ("政府部门", "政府各职能部门").
_GOVERNMENT_OFFICES = re.compile(r"(?:各|有关|相关)?(?:职能|组成)?部门")


@dataclass(frozen=True)
class DepartmentType:
    type: str
    full_name: str
    aliases: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def department_table() -> tuple[DepartmentType, ...]:
    """Rows of department_types.tsv (read once)."""
    rows = []
    for r in read_tsv("department_types.tsv", ["type", "full_name", "aliases"], required=2):
        if not r.cells[1]:
            raise r.error("empty full_name")
        aliases = tuple(a.strip() for a in r.cells[2].split(",") if a.strip())
        rows.append(DepartmentType(r.cells[0], r.cells[1], aliases))
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def department_types() -> frozenset[str]:
    """The fixed vocabulary of department types: the type column of department_types.tsv."""
    return frozenset(row.type for row in department_table())


@functools.lru_cache(maxsize=1)
def _keyword_rows() -> tuple[tuple[str, str, bool], ...]:
    """(keyword, type, types the office wherever it stands) rows of department_keywords.tsv, in
    file order."""
    rows = []
    for r in read_tsv("department_keywords.tsv", ["keyword", "type", "where"], required=2):
        if r.cells[2] not in ("", "anywhere"):
            raise r.error(f"where is 'anywhere' or empty, got {r.cells[2]!r}")
        rows.append((r.cells[0], r.cells[1], r.cells[2] == "anywhere"))
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def _keywords() -> tuple[tuple[str, str], ...]:
    """(keyword, type) rows of department_keywords.tsv, in file order."""
    return tuple((k, t) for k, t, _ in _keyword_rows())


def keyword_type(core: str) -> str | None:
    """The type an office the table does not list takes from a word of its name
    (文体旅游广电局 → 文化和旅游), or None.

    >>> keyword_type("科技创新局")
    '科学技术'

    A county bureau joining several fields is typed by the first it names, with or without
    和 (农业农村和水利局 → 农业农村, 教育科技体育局 → 教育); a word marked ``anywhere`` types the
    office wherever it stands (农业科技园区管委会 → 园区, 公安消防大队 → 应急管理).

    >>> keyword_type("教育科技体育局"), keyword_type("科技工业信息化局")
    ('教育', '科学技术')
    """
    head = re.split("[和与]", core, maxsplit=1)[0]
    return (_first_keyword(head) if head != core and len(head) > 1 else None) or _first_keyword(core)


def _first_keyword(name: str) -> str | None:
    first = next(((t, anywhere) for k, t, anywhere in _keyword_rows() if k in name), None)
    if first is None or first[1]:
        return first[0] if first else None
    # (the file's order decides among words found at the same place: 生态移民 before 生态)
    return next((t for k, t in _keywords() if name.startswith(k)), first[0])


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, DepartmentType]:
    """Surface core (no place) → row; official names win over aliases."""
    idx: dict[str, DepartmentType] = {}
    for row in department_table():
        for a in row.aliases:
            idx.setdefault(a, row)
    for row in department_table():
        idx[row.full_name] = row
    return idx


@functools.lru_cache(maxsize=1)
def _known_names() -> tuple[str, ...]:
    # Provinces say 厅 where cities say 局 (人力资源社会保障厅): both forms are found.
    return tuple(sorted({*_index(), *(n[:-1] + "厅" for n in _index() if n.endswith("局"))}, key=len, reverse=True))


_PREFIX_MAX = 7  # the longest place prefix _known_re takes: six characters and 省/市/州/…


@functools.lru_cache(maxsize=1)
def _known_re() -> re.Pattern[str]:
    alt = "|".join(map(re.escape, _known_names()))
    # Optional place prefix: 市/区/县/省 or a place name ending in 市/区/县/省/州.
    return re.compile(rf"(?:{_PLACE_CHAR}{{2,{_PREFIX_MAX - 1}}}?[省市州区县旗盟]|[省市区县])?(?:{alt})")


@functools.lru_cache(maxsize=1)
def _known_automaton() -> Any:
    auto = ahocorasick.Automaton()
    for name in _known_names():
        auto.add_word(name, len(name))
    auto.make_automaton()
    return auto


def _known_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_known_re().finditer(text)`` yields, tried only where a match can begin: at
    most _PREFIX_MAX characters before a known name (found by the automaton in one pass).
    re cannot skip ahead on a pattern that opens with an optional prefix: it tried the
    prefix and a thousand names at every character."""
    starts = sorted({s for end, n in _known_automaton().iter(text)
                     for s in range(max(0, end + 1 - n - _PREFIX_MAX), end + 2 - n)})
    rx, pos = _known_re(), 0
    for s in starts:
        if s >= pos and (m := rx.match(text, s)):
            yield m
            pos = m.end()


@functools.lru_cache(maxsize=1)
def _generic_re() -> re.Pattern[str]:
    # Unknown offices need an explicit place prefix (市/区/县) to be trusted in free text.
    # Only strong endings: 部署, 举办, 委 in running text are too often ordinary words.
    # "市卫生部门": a department named by its field; kept only when the field types it.
    return re.compile(rf"(?:{_PLACE_CHAR}{{2,6}}?[市州区县]|[市区县])(?!场)((?:(?![的了在将要是有我们对把被从])"
                      rf"{_CJK}){{2,10}}?(?:{alternation(office_endings()['free_text'])}))")


@functools.lru_cache(maxsize=1)
def _generic_scan() -> Anchored:
    """_generic_re tried only where a match can start: at most six characters before a 市, 州, 区
    or 县 (a match holds one there: after the place's two to six characters, or first); re had
    entered the pattern's lazy place at every Chinese character of each phrase asked about."""
    return Anchored(_generic_re(), re.compile("[市州区县]"), 0, 6)


@functools.lru_cache(maxsize=1)
def _office_like() -> re.Pattern[str]:
    e = office_endings()
    return re.compile(rf"{_CJK}{{2,12}}?(?:{alternation(e['office'] + e['office_unit'])})")


def _looks_like_office(core: str) -> bool:
    return bool(_office_like().fullmatch(core)) and not core.startswith("场")


@functools.lru_cache(maxsize=1)
def _zone() -> re.Pattern[str]:
    """A development zone standing where a place would (its offices are the zone's, not a city's)."""
    from loaders.places import place_words

    return re.compile(rf"{_CJK}{{0,8}}?(?:{alternation(place_words()['office_zone'])})")


def _province_prefix(surface: str) -> str:
    """The full name of a province that ``surface`` opens with (广西壮族自治区), or ""."""
    full = _province_names()
    return next((surface[:i] for i in range(8, 2, -1) if surface[:i] in full), "")


@functools.lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    """The full names of the provinces (a set made once, not on every office resolved)."""
    return frozenset(provinces().values())


# A government's leaders answer for it: 副市长 → 市人民政府, 常务副县长 → 县人民政府, 副旗长 → 旗人民政府.
# The government post may follow a party post (镇党委委员、副镇长; 区委常委副区长 with the mark
# dropped): after 、 or a post's last character (委员, 常委, 成员, 书记).
_LEADER = re.compile(r"(?:^|(?<=[、员委记]))(?:常务)?副?([省市区县州旗盟镇乡])长$")
# The premier and vice-premiers answer for the State Council at national inquiries.
_PREMIER = re.compile(r"副?总理")


def leader_office(title: str | None) -> str | None:
    """The government whose leader holds ``title`` (副区长 → 区人民政府), or None.

    >>> leader_office("常务副县长"), leader_office("局长")
    ('县人民政府', None)

    Posts listed with 、 are typed by the last, the government's (镇党委委员、副镇长 → 镇人民政府).
    """
    if _PREMIER.fullmatch((title or "").rpartition("、")[2]):
        return "国务院"
    m = _LEADER.search(title or "")
    return m.group(1) + "人民政府" if m else None


def _level_prefixes() -> tuple[str, ...]:
    """A place named by its kind alone: 市发改委, 自治区人民政府, 旗政府."""
    return place_words()["level_prefix"]


def _zone_office(core: str) -> bool:
    """An office of a development zone, typed by its field: 经开区人力资源局, and 部 too, as a
    zone's lean administration names its departments (高新区人力资源部, 经开区政务服务部)."""
    return (_looks_like_office(core) or (len(core) > 2 and core.endswith("部"))) and keyword_type(core) not in (None, "园区")


def _split_place(surface: str) -> tuple[str, str]:
    """Split ``漯河市发改委`` into (``漯河市``, ``发改委``); ``市发改委`` into (``市``, ``发改委``)."""
    idx = _index()
    if surface in idx:
        return "", surface
    if (prov := _province_prefix(surface)) and len(surface) > len(prov) + 1:
        # "广西壮族自治区食品药品监督管理局": a province's full name is longer than a place prefix
        rest = surface[len(prov):]
        sub = _split_place(rest)
        if sub[0] or sub[1] in idx or _looks_like_office(rest):
            return prov + sub[0], sub[1]
    if kind := next((k for k in _level_prefixes() if surface.startswith(k) and (surface[len(k):] in idx or (
            len(k) > 1 and _looks_like_office(surface[len(k):])))), None):
        return kind, surface[len(kind):]
    for i in range(2, min(8, len(surface) - 1)):
        if surface[i - 1] in "省市州区县旗盟" and surface[i:] in idx and is_place(surface[:i]):
            return surface[:i], surface[i:]
    if (m := _zone().match(surface)) and (surface[m.end():] in idx or _zone_office(surface[m.end():])):
        return m.group(0), surface[m.end():]  # "开发区经济发展局", "高新区经发局", "经开区人力资源局"
    if (k := _zone_committee_end(surface, m.end() if m else 0)) and (surface[k:] in idx or _zone_office(surface[k:])):
        return surface[:k], surface[k:]  # "高新区管委会经济发展局", "管委会经济发展局": the zone's bureau
    if (k := _short_place_end(surface)) and _index()[surface[k:]].type in _COURT_TYPES:
        return surface[:k], surface[k:]  # "海淀法院", "东城检察院": a district's court by its short name
    if (k := surface.find("委", 1, 8)) > 0 and surface[k - 1] in "省市区县" and surface[k + 1:] in idx and (
            k == 1 or is_place(surface[:k])):
        return surface[:k + 1], surface[k + 1:]  # "市委网信办", "唐山市委网信办": the party committee's office
    if surface[0] in "省市区县镇乡旗" and _looks_like_office(surface[1:]):
        return surface[0], surface[1:]  # (旗农牧局: a banner's bureau, no bureau of the session's city)
    for i in range(2, min(8, len(surface) - 1)):
        if surface[i - 1] in "省市州区县旗盟" and is_place(surface[:i]) and _looks_like_office(surface[i:]):
            return surface[:i], surface[i:]
    return "", surface


def _office_after_words(core: str) -> int:
    """Where a known office opens after words of the sentence that are no place: after a 的
    (审议的|西城法院) or after a person counted (一位|市发展和改革委员会); 0 when none does."""
    idx = _index()
    if (k := core.rfind("的") + 1) and len(core) - k > 2 and (core[k:] in idx or _split_place(core[k:])[1] in idx):
        return k
    if k := next((i for i in range(2, min(5, len(core) - 2)) if core[i] in "省市区县" and core[i + 1:] in idx
                  and _COUNTED_PERSON.search(core, 0, i)), 0):
        return k
    return _office_after_person(core)


def _office_after_person(core: str) -> int:
    """Where an office named with its place opens after another official and 和 or 、
    (副主任张伟和|市人力资源和社会保障局: the second of two answering), or 0. Not after an
    office (市发改委和|市住建局 name two offices; 农业农村和|水利局 is one bureau: no place)."""
    idx = _index()
    for i, c in enumerate(core):
        if c in "和与、" and i >= 2 and len(core) - i > 3:
            head, (place, rest) = core[:i], _split_place(core[i + 1:])
            if place and rest in idx and _office_finals() is not None and head[-1] not in _office_finals():
                return i + 1
    return 0


# Words linking a list that a phrase may keep before an office named with its place (以及|市政府).
_LEADING_LINKS = ("以及", "还有", "及", "和", "与", "同")

# "一位", "两名", "这位" before an office's official: a person counted, no place (云湖区 is one).
_COUNTED_PERSON = re.compile(r"[一两二三几这那每][位名]$")
# The same words opening a phrase, and 来自 (from): the office named after them, place and all.
_PERSON_LEAD = re.compile(r"(?:[一两二三几这那每][位名]|来自)(?=\S{4})")


@functools.lru_cache(maxsize=1)
def _bare_zone_committees() -> frozenset[str]:
    """A zone's managing committee written alone (管委会, 管理委员会): the zone_committee words of
    data/place_words.tsv that are offices themselves (管委 is no office alone: 城管委's tail)."""
    return frozenset(w for w in _zone_committees() if w.endswith("委员会") or w.endswith("委会"))


def bare_zone_committee(surface: str) -> bool:
    """Whether ``surface`` is a managing committee's word alone (管委会)."""
    return surface in _bare_zone_committees()


@functools.lru_cache(maxsize=1)
def _zone_committees() -> tuple[str, ...]:
    """The zone_committee words of data/place_words.tsv, longest first (管理委员会 before 管委)."""
    from loaders.places import place_words

    return tuple(sorted(place_words()["zone_committee"], key=len, reverse=True))


def _zone_committee_end(surface: str, start: int) -> int:
    """Where a zone's managing committee written at ``start`` ends (高新区|管委会|经济发展局), or 0."""
    return next((start + len(w) for w in _zone_committees()
                 if surface.startswith(w, start) and len(surface) > start + len(w) + 1), 0)


# Courts and procuratorates are named after their district's short name, without 区 (海淀法院).
_COURT_TYPES = ("审判", "检察")


def _short_place_end(surface: str) -> int:
    """Where a short place name the gazetteer knows opens ``surface`` before a known office
    (海淀|法院), or 0."""
    idx = _index()
    return next((i for i in (2, 3) if len(surface) > i + 1 and surface[i:] in idx and is_place(surface[:i])), 0)


def _place_name(prefix: str, city: str | None) -> str | None:
    """The administrative unit a prefix refers to (市 → the session's city)."""
    if not prefix or prefix in place_words()["city_self"]:
        return city
    if len(prefix) == 2 and prefix[1] == "委" and (level := _place_name(prefix[0], city)):
        return level + "委"  # 市委 → 唐山市委
    if prefix in place_words()["zone_committee"]:
        return (city or "") + prefix  # 管委会 of a zone the report named before: the city's
    if prefix in place_words()["province_self"]:
        return province_of(city)
    if prefix in _level_prefixes():
        return None  # a county or township of unknown name: keep the surface prefix
    return prefix


@functools.lru_cache(maxsize=1)
def _division() -> re.Pattern[str]:
    """A division named after its department: 市财政局经建处."""
    e = office_endings()
    return re.compile(rf"(.{{2,20}}?(?:{alternation(e['division_of'])}))(?:{_CJK}{{1,12}}(?:{alternation(e['division'])}))")


@functools.lru_cache(maxsize=1)
def _typed_by_ending() -> re.Pattern[str]:
    """For the type of an unknown office only the bare ending goes (城市管理委员会 → 城市管理)."""
    return re.compile(rf"({_CJK}{{2,12}}?)(?:{alternation(office_endings()['type_ending'])})")


# Remembered: a report names the same few offices again and again (1 879 calls, 520 distinct
# in 50 generated reports), and each call splits the place off two or three times. Pure
# (data tables read once), and Department is frozen, so a shared result is safe.
_PLACE_GOVERNMENT = re.compile(rf"{_CJK}{{2,8}}?[省市区县旗州盟镇乡]人民政府")


@functools.lru_cache(maxsize=1)
def _office_finals() -> frozenset[str] | None:
    """The characters a surface :func:`resolve_department` types can end with: every way it
    types one ends the surface with a known name (厅 and 部 for 局, 分局), 人民政府, 部门, a type
    ending, or a division after its department (市财政局经建处). None when a word is empty."""
    e = office_endings()
    words = [*_index(), *e["type_ending"], *e["division"], "厅", "部", "局", "人民政府", "部门", "司"]
    return None if any(not w for w in words) else frozenset(w[-1] for w in words)


@functools.lru_cache(maxsize=4096)
def resolve_department(surface: str, city: str | None) -> Department | None:
    """Canonical department for ``surface`` (``市发改委``) in ``city`` (``漯河市``).

    Returns None when ``surface`` does not name a government office.

    >>> resolve_department("市发改委", "漯河市").name
    '漯河市发展和改革委员会'
    >>> resolve_department("市发改局", "揭阳市").type
    '发展和改革'
    """
    # A traditional-script name (衛生局, 發改委) is typed as its simplified form.
    written = re.sub(r"\s+", "", surface or "").strip("“”\"'《》（）()")
    s = to_simplified(written)
    if not s or _not_dept().search(s):
        return None
    if (finals := _office_finals()) is not None and s[-1] not in finals:
        return None  # (most surfaces asked about are speaker phrases: the rest cost ~11 µs each)
    if (national := _national_office(s, written)) is not None:
        return national
    if s in _bare_zone_committees():
        # "管委会副主任X": the zone's managing committee named by its word alone, in a zone's
        # report (its congress work committee asks it): the zone, of the session's city
        return Department(name=(city or "") + s, city=city, type="园区", aliases=(written,) if written != s else ())
    # A division speaks for its department: 市财政局经建处 → 市财政局; so does a station of a
    # branch bureau named by city and county (泉州市晋江生态环境局X环保所: the bureau resolves,
    # its split core 市晋江生态环境局 is no table name).
    # (each split is made once: the surface's, and its department's where a division gives way to it)
    split = _split_place(s)
    if split[1] not in _index() and (m := _division().fullmatch(s)) and (
            (dept_split := _split_place(m.group(1)))[1] in _index()
            or resolve_department(m.group(1), city) is not None):
        s = m.group(1)
        split = dept_split
    prefix, core = split
    if not prefix and core not in _index() and len(core) > 3 and core[0] not in "省市区县" and (
            core[1:] in _index() or core[-1:] in "厅部" and core[1:-1] + "局" in _index()):
        core = core[1:]  # "以至于财政厅…": a character of the sentence glued to a known name
    if not prefix and len(core) > 4 and core[0] not in "省市区县" and core[1] in "省市区县" and core[2:] in _index():
        # "回应的，是市发展和改革委员会主任X": a word of the sentence glued before 市 and a known name
        return resolve_department(core[1:], city)
    if not prefix and (link := next((w for w in _LEADING_LINKS if core.startswith(w)), "")) and (
            core[len(link):len(link) + 1] in "省市区县") and (d := resolve_department(core[len(link):], city)):
        return d  # "以及市政府副市长X": a word linking a list before the office's place
    if not prefix and core not in _index() and (m := _PERSON_LEAD.match(core)) and (
            d := resolve_department(core[m.end():], city)):
        return d  # "这位某市文化广播电视和旅游局(局长)", "来自市农业农村局": who the official is, then the office
    if not prefix and core not in _index() and (k := _office_after_words(core)):
        # "审议的西城法院", "一位市发展和改革委员会": words of the sentence before the office
        return resolve_department(core[k:], city)
    row = _index().get(core)
    hall = False  # the office is named by 厅 where the table says 局
    if row is None and core[-1:] in ("厅", "部"):
        # Provinces name their departments 厅 and the State Council its ministries 部
        # where cities say 局: 省环保厅 is of the 环保局's type.
        row = _index().get(core[:-1] + "局")
        hall = row is not None and core[-1] == "厅"
    if row is None and core.endswith("分局"):
        row = _index().get(core[:-2] + "局")  # 自然资源分局: a branch of the 自然资源局
    if row is None and not prefix:
        # "琅琊镇村建办": a township the gazetteer does not know, then a known office.
        # "小寨路街道办事处": a street's name, then its subdistrict office.
        k = next((k for k in range(2, len(core) - 1) if (core[k - 1] in "镇乡" or core.startswith("街道", k))
                  and core[k:] in _index()), None)
        if k is not None:
            prefix, core = core[:k], core[k:]
            row = _index().get(core)
    if row is None and (k := _under_government(core)):
        # "省人民政府国有资产监督管理委员会", "省政府国资委": a body of the government named after
        # it is typed as the body (人民政府 holds the letters of 民政, no field of its own)
        if (body := resolve_department(core[k:], city)) is None:
            return None
        name = (_place_name(prefix, city) or prefix) + core
        return Department(name=name, city=city, type=body.type,
                          aliases=tuple(dict.fromkeys(a for a in (written, s, core) if a != name)))
    place = _place_name(prefix, city)
    if row is not None:
        full = row.full_name
        dtype = row.type
        if hall and full.endswith("局"):
            full = full[:-1] + "厅"  # 省农牧业厅 keeps its written 厅 (the table's name says 局)
    elif _PLACE_GOVERNMENT.fullmatch(core):
        # "潞州区人民政府": a government of a place the gazetteer does not know (a district
        # renamed or newly formed) is a government all the same.
        full, dtype = core, "人民政府"
    elif core.endswith("部门"):
        dtype = keyword_type(core[:-2])
        if dtype is None or len(core) > 8:
            return None  # 相关部门, 市直部门: no field, no department
        full = core
    elif core.endswith("部") and prefix and _zone().fullmatch(prefix) and _zone_office(core):
        full, dtype = core, keyword_type(core)  # 高新区人力资源部 → 人力资源和社会保障
    else:
        m = _typed_by_ending().fullmatch(core)
        if not m:
            return None
        full = core
        stem = m.group(1)
        if len(stem) < 2:
            return None
        # An office no field word types keeps its stem only when the stem is a type of the
        # fixed vocabulary (城市管理委员会 → 城市管理); any other (气象局, 档案局: agencies
        # outside it) is a department of no type, never a type of its own.
        dtype = keyword_type(core) or (stem if stem in department_types() else None)
    if place:
        name = full if full.startswith(place) else place + full
    else:
        name = (prefix + full) if prefix else full
    aliases = tuple(dict.fromkeys(a for a in (written, s, core) if a != name))
    return Department(name=name, city=city, type=dtype, aliases=aliases)


_GOVERNMENT_WORDS = ("人民政府", "政府")


@functools.lru_cache(maxsize=1)
def _national_words() -> tuple[str, ...]:
    """The words opening a national office's name (data/place_words.tsv national_office), longest first."""
    from loaders.places import place_words

    return tuple(sorted(place_words()["national_office"], key=len, reverse=True))


# A unit of a State Council ministry (财政部预算司, 农业农村部渔业渔政管理局) speaks for the ministry.
_MINISTRY_UNIT = re.compile(rf"({_CJK}{{2,10}}?[部署])({_CJK}{{1,14}}?(?:司|局))")


def _ministry(s: str) -> bool:
    """A State Council ministry by its name alone: a field's bureau written with 部 or 署 (财政部,
    农业农村部, 审计署) or as a 总局 (市场监管总局), or a ministry the table names (冶金工业部). A
    city's offices are 局 and 委; a zone's 部 follows the zone's name."""
    idx = _index()
    return len(s) > 2 and (s[-1] in "部署" and (s[:-1] + "局" in idx or s in idx) or s.endswith("总局") and s[:-2] + "局" in idx)


def _national_office(s: str, written: str) -> Department | None:
    """A national office (国家发展改革委, 国家林草局, 财政部, 国务院扶贫办, 中央网信办): no city in
    front, typed by the field the rest of its name names; None for any other surface, and for a
    zone named national (国家高新区管委会: a city's zone) or a name the rest does not make an office.

    >>> d = _national_office("国家林草局", "国家林草局"); (d.name, d.city, d.type)
    ('国家林草局', None, '林业')
    """
    if (m := _MINISTRY_UNIT.fullmatch(s)) and _ministry(m.group(1)):
        s = m.group(1)  # 生态环境部固体废物与化学品司 → 生态环境部
    if _ministry(s):
        row = _index().get(s) or _index().get(s[:-1] + "局") or _index()[s[:-2] + "局"]
        return Department(name=s, city=None, type=row.type,
                          aliases=(written,) if written != s else ())
    word = next((w for w in _national_words() if s.startswith(w)), "")
    core = s[len(word):]
    if not word or s in _index() and s == word:
        if s == "国务院":
            return Department(name=s, city=None, type=_index()[s].type, aliases=(written,) if written != s else ())
        return None
    if len(core) < 2 or core[0] == "级":
        return None  # 国家级…: a rank, no office
    if word == "国务院" and "政府" + core in _index():
        core = "政府" + core  # 国务院办公厅: the government's general office
    elif core.endswith("总局") and core not in _index():
        core = core[:-2] + "局"  # 国家市场监管总局, 国家体育总局, 国家税务总局
    d = resolve_department(core, None)
    if d is None or d.type == "园区" or _split_place(core)[0]:
        return None  # 国家高新区管委会, 国家税务总局某市税务局: a city's
    # (named as written: the table's full names are a city's, 国家海洋局 is no 海洋与渔业局)
    return Department(name=s, city=None, type=d.type, aliases=(written,) if written != s else ())


def _under_government(core: str) -> int:
    """Where the body opens in a core naming its government first (人民政府|国资委), or 0: only
    when an office of its own follows (人民政府办公室 is a table name, 政府部门 no body)."""
    k = next((len(w) for w in _GOVERNMENT_WORDS if core.startswith(w)), 0)
    rest = core[k:]
    if not k or len(rest) < 2 or rest.endswith("部门"):
        return 0
    return k if rest in _index() or _looks_like_office(rest) else 0


def _known_core(core: str) -> bool:
    return core in _index() or (core.endswith("厅") and core[:-1] + "局" in _index())


def _trim_prefix(a: int, surface: str, plen: int, is_place) -> tuple[int, str]:
    """Drop a false place prefix: in "请问市科技局" the regex took 请问市 for a place."""
    prefix = surface[:plen]
    if len(prefix) <= 1 or is_place(prefix):
        return a, surface
    # ("自治区财政厅": a place named by its kind in more than one character keeps it whole, not 区财政厅)
    kind = next((k for k in _level_prefixes() if len(k) > 1 and k[-1] in "省市区县州" and prefix.endswith(k)), "")
    cut = plen - len(kind) if kind else plen - 1 if prefix[-1] in "省市区县" else plen
    return a + cut, surface[cut:]


def _joined_name(text: str, a: int, end: int) -> tuple[int, str] | None:
    """The name of one bureau joining two fields whose second ends at ``end`` (县农业农村和水利局),
    as (start, surface) with a trustworthy place prefix; None when the words before 和 are
    an office of their own (市发改委和住建局: two offices)."""
    for s in range(max(0, a - 14), a - 2):
        if (g := _generic_re().fullmatch(text, s, end)) and g.start(1) < a - 1:
            if text[a - 2] in office_endings()["before_and"] or _known_core(text[g.start(1):a - 1]):
                return None
            start, surface = _trim_prefix(s, g.group(0), g.start(1) - s, is_place)
            return (start, surface) if surface != g.group(1) else None
    return None


def _inside_word(text: str, a: int, b: int, surface: str, core: str) -> bool:
    """A two-character short name (``core``, the known name a match ends with) that is part of a longer word:
    民委 in 居民委员会 or 村民委托, 经委 in 财经委 (a congress committee). A short name
    ending in 委 that a word continues (委员, 委托, 委屈) is none, and nor is one with no place
    before it that a word of data/not_department_words.txt holds with the characters around it."""
    if len(core) > 2:
        return False
    if core.endswith("委") and text[b:b + 1] in ("员", "托", "屈", "婉"):
        return True
    return surface == core and bool(_not_dept().search(text, max(0, a - 3), b + 3))


def find_departments(text: str, *, generic: bool = True) -> list[tuple[int, int, str]]:
    """Department surfaces in ``text`` as (start, end, surface), left to right.

    Known names (with or without a place prefix) always count; unknown
    ``市XX局``-style names only with ``generic=True``.
    """
    # Remembered (a pure function of the phrase and the data tables): the label, speech and
    # exchange readings ask about the same phrases, and a long report names the same
    # offices again and again; each look costs ~40 µs of automaton and pattern work.
    return list(_departments_in(text, generic))


@functools.lru_cache(maxsize=8192)
def _departments_in(text: str, generic: bool) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    for m in _known_matches(text):
        a, surface = m.start(), m.group(0)
        core = next(surface[i:] for i in range(len(surface)) if _known_core(surface[i:]))
        a, surface = _trim_prefix(a, surface, len(surface) - len(core), is_place)
        if surface.endswith("政府") and _GOVERNMENT_OFFICES.match(text, m.end()):
            continue  # "政府部门‘钱袋子’", "区政府各部门": offices in general, no government asked
        if a > 2 and text[a - 1] in "和与" and (joined := _joined_name(text, a, m.end())):
            a, surface = joined  # "区农业农村和水利局": the whole bureau, not its 水利局 tail
        if not _not_dept().search(surface) and not _inside_word(text, a, m.end(), surface, core):
            found.append((a, m.end(), surface))
    if generic:
        taken = [(a, b) for a, b, _ in found]
        for m in _generic_scan().finditer(text):
            a, b = m.start(), m.end()
            if any(a < y and x < b for x, y in taken) or _not_dept().search(m.group(0)):
                continue
            surface = m.group(0)
            if re.search(r"[，。；：、！？\s“”]", surface) or re.search(r"政府" + _GOVERNMENT_OFFICES.pattern + "$", surface):
                continue
            a, surface = _trim_prefix(a, surface, m.start(1) - m.start(), is_place)
            if surface == m.group(1):  # no trustworthy place prefix left
                continue
            found.append((a, b, surface))
    found.sort()
    return tuple(found)


@functools.lru_cache(maxsize=1)
def _told_to() -> re.Pattern[str]:
    """"会议要求县不动产登记中心会后": the office a sentence tells to do something, at the phrase's
    end, after a verb of data/told_to_verbs.txt."""
    verbs = alternation(r.cells[0] for r in read_words("told_to_verbs.txt"))
    return re.compile(rf"(?:{verbs})((?:{_PLACE_CHAR}{{2,6}}?[市州区县]|[市区县])(?!场){_CJK}{{2,12}}?)(?:在?会后)?$")


def office_told_to(phrase: str) -> str | None:
    """The office ``phrase`` ends by telling to act ("会议要求县不动产登记中心会后" → 县不动产登记中心),
    when its field types it: endings too weak for running text (中心, 站, 所) are trusted there."""
    m = _told_to().search(phrase)
    if m is None or not (d := resolve_department(m.group(1), None)) or not d.type:
        return None
    return m.group(1)


# "公安消防部门是如何…？": an office named by its field alone, opening a clause.
_FIELD_OFFICE = re.compile(rf"(?:^|(?<=[“「，,。？?！；、]))({_CJK}{{2,6}}?部门)")


def find_field_offices(text: str) -> list[tuple[int, int, str]]:
    """Offices named by a field without a place (公安消防部门, 卫生部门) where a clause
    begins, when the field gives them a type (相关部门, 职能部门 name none)."""
    out = []
    for m in _FIELD_OFFICE.finditer(text):
        d = resolve_department(m.group(1), None)
        if d is not None and d.type:
            out.append((m.start(1), m.end(1), m.group(1)))
    return out
