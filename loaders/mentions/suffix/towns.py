"""The towns a report names in full (:func:`local_towns`), the counties of a city
(:func:`own_counties`), and a town's short name opening a site's name."""

from __future__ import annotations

import functools
import re

from loaders.datafiles import read_words
from loaders.gazetteer import Gazetteer
from loaders.mentions.walker import HARD, Tok
from loaders.places import lookup_place, places

__all__ = ["local_towns", "town_opening", "own_counties"]


#: a town's kind (镇, 乡, 街道) after its name, then a word that the town's own body or sitting opens
#: (人大, 党委, 第十届 …; not 政府: 请问镇政府 is any town's government) or any other word
_TOWN_KIND = re.compile(r"(镇|乡|街道)(人大|党委|党工委|第[一二三四五六七八九十]|召开)?")
#: the level of a place whose name may stand right before a town's (某县某镇, 某市某镇)
_TOWN_OWNER_ENDS = ("县", "市", "区", "旗")
_LOCAL_TOWNS: list[tuple[str, frozenset[str]]] = []


def local_towns(gz: Gazetteer, text: str) -> frozenset[str]:
    """Short names of the towns a report names in full (治平 of 某县治平畲族乡, 塘下 of 某市塘下镇): opening
    a site's name elsewhere in the same report (塘下汽摩配小微园, 治平高山生态茶园) they are its place,
    though jieba splits them (塘/下) or reads them as a word (治平, a verb). A town counts when its full
    name follows its county or city (某县某镇) or, opening its clause, is followed by its own body or
    sitting (某镇人大, 某镇第十届); the name has two or three characters (an ethnic township's people,
    畲族, between it and 乡) and is no kind's word (乡镇, 各镇, 全镇). Remembered for the last report read
    (each part asks)."""
    for seen, got in _LOCAL_TOWNS:
        if seen is text:
            return got
    p = gz.patterns
    places = gz.places
    out: set[str] = set()
    # (three finds first: most reports name no town, and the pattern scanned the whole report for them)
    for m in _TOWN_KIND.finditer(text) if "镇" in text or "乡" in text or "街道" in text else ():
        q = m.start()
        ends = (q - 2, q - 3) if q >= 1 and text[q - 1] == "族" else (q,)  # (畲族乡, 土家族乡)
        for end in ends:
            for k in (2, 3):
                start = end - k
                if start < 0:
                    continue
                w = text[start:end]
                owned = start >= 2 and text[start - 1] in _TOWN_OWNER_ENDS and any(
                    text[start - j:start] in places for j in (2, 3, 4, 5) if start - j >= 0)
                bound = start == 0 or text[start - 1] in HARD or text[start - 1] in p.walk_stop_words
                if not (owned or (bound and m.group(2) is not None and _town_word(gz, w))):
                    continue
                if (w in p.walk_stop_words or w in p.strip_prefixes or w in gz.generic_words or w in p.generic_modifiers
                        or not all("\u4e00" <= c <= "\u9fff" for c in w) or "的" in w
                        # (古市 of 某县古市镇: a town's name may end in 市 where its county stands before it)
                        or (w[-1] in "乡镇村县市区" and not (owned and w[-1] == "市" and k == 2))
                        or p.numeral_chars.issuperset(w)):
                    continue
                out.add(w)
                break
    got = frozenset(out)
    _LOCAL_TOWNS[:] = [(text, got)]
    return got


def _town_word(gz: Gazetteer, w: str) -> bool:
    """A short name that opens its clause with no county before it may be a town's only when jieba reads
    no verb, adverb or function word in it (邀请/镇人大, 由/镇党委: no town named)."""
    tags = gz.tags()
    for t in gz.cut(w):
        tag = tags.get(t) or ""
        if tag.startswith(("v", "d", "p", "c", "u", "r")) or t in gz.patterns.walk_stop_words:
            return False
    return True


def town_opening(text: str, lo: int, toks: list[Tok], towns: frozenset[str], stops) -> list[Tok]:
    """塘/下 汽摩配小微园, 将/治平/高山生态茶园: the walk stopped inside or right after a town's short name
    the report named in full (:func:`local_towns`); the name opens with the town (one token, a place)."""
    s = toks[0].start
    for k in (3, 2):
        for a in range(max(lo, s - k), s + 1):
            w = text[a:a + k]
            if w not in towns or a + k < s:
                continue
            kind = a + k < len(text) and text[a + k] in "镇乡" and (
                a + k + 1 in (s, toks[-1].start + len(toks[-1].text)) or any(t.start == a + k + 1 for t in toks))
            if kind:
                # 西/城镇/集镇污水处理厂: the town named with its kind opens the name (jieba joined the kind
                # to the name's last character)
                if not (a == lo or text[a - 1] in HARD or text[a - 1] in stops or a == s):
                    continue
                return [Tok(w, a, "ns"), Tok(text[a + k], a + k, "n"), *(t for t in toks if t.start > a + k)]
            if not (a + k == s or any(t.start == a + k for t in toks)):
                continue  # the town's end falls inside a word of the name
            if not (a == lo or text[a - 1] in HARD or text[a - 1] in stops or a == s):
                continue
            return [Tok(w, a, "ns"), *(t for t in toks if t.start >= a + k)]
    return toks


@functools.lru_cache(maxsize=64)
def own_counties(city: str | None) -> frozenset[str]:
    """Short names of the report's own counties (大悟 of 孝感市's 大悟县): opening a site's
    name in that city's report they are its place, though jieba reads 大悟, 富源 as nouns
    and a two-character county name elsewhere may be a common word (places_common_words.txt
    lists those that are words here too: 公安)."""
    place = lookup_place(city)
    if place is None:
        return frozenset()
    return _counties_by_city().get(place.prefecture, frozenset())


@functools.lru_cache(maxsize=1)
def _counties_by_city() -> dict[str, frozenset[str]]:
    """Prefecture → the short names own_counties gives, for every prefecture in one pass
    (a scan of all places and a read of the common words per report's city cost ~0.5 ms)."""
    common = {r.cells[0] for r in read_words("places_common_words.txt")}
    out: dict[str, set[str]] = {}
    for p in places():
        if p.level == "county" and len(p.short) >= 2 and p.short not in common:
            out.setdefault(p.city, set()).add(p.short)
    return {city: frozenset(shorts) for city, shorts in out.items()}
