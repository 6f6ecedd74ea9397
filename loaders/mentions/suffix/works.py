"""Where a site's works end (:func:`site_works_end`), and the owner and phase patterns read with it."""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer
from loaders.mentions.suffix.stops import stop_endings

__all__ = ["site_works_end", "owner_re", "phase_re"]


def site_works_end(gz: Gazetteer, text: str, e: int) -> int:
    """Where the works on the site ending at ``e`` end (e itself when none follow): a
    section, an object, the works, a phase and a head (entity_patterns.yaml site_works_words)."""
    p = gz.patterns
    m = _site_works_re(p.site_works_words, p.phase_heads, p.site_sections).match(text, e)
    if m is None:
        return e
    if m.group("section"):
        return m.end()
    obj = m.group("obj")
    if any(c in p.road_name_stop_chars for c in obj) or any(w in obj for w in stop_endings(gz)):
        return e  # 对某道路实施拓宽: a verb before the works, which are the clause's action
    if obj and _verb_object(gz, obj):
        return e  # 某水库完成除险加固, 某厂开始扩建: a verb of the clause before the works, no object of them
    if m.group("head") or m.group("phase"):
        return m.end()
    # no head: the works end the name only at a mark (某港区航道扩建、…), not before a
    # word that makes them the clause's verb (改造为示范点, 扩建拖了两年)
    # (or before a conjunction joining the next name: 某路改造和某大桥工程, or an adverb that makes
    # the works the clause's subject: 某高速公路扩容已完成可研)
    return m.end() if (m.end() >= len(text) or not _cjk(text[m.end()])
                       or text.startswith(p.name_joiners, m.end())
                       or text.startswith(p.works_subject_adverbs, m.end())) else e



def _verb_object(gz: Gazetteer, obj: str) -> bool:
    """The words between a site and its works are a verb jieba tags so (完成, 开始, 启动), none of the
    works' or a name's verbs (name_verbs: 供水, 综合 …): the works are what the clause does."""
    tags = gz.tags()
    words = gz.cut(obj)
    return any((tags.get(w) or "").startswith("v") and w not in gz.patterns.name_verbs and len(w) >= 2 for w in words)


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


@functools.lru_cache(maxsize=4)
def _site_works_re(works: tuple[str, ...], heads: tuple[str, ...], sections: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?P<section>{alternation(sections)})|(?:[\u4e00-\u9fff]{{1,3}}段)?(?P<obj>[\u4e00-\u9fff]{{0,4}}?)"
                      rf"(?:{alternation(works)})(?P<phase>[一二三四五六七八九十0-9]期)?(?P<head>{alternation(heads)})?")


@functools.lru_cache(maxsize=4)
def owner_re(levels: tuple[str, ...], kinds: tuple[str, ...]) -> re.Pattern[str]:
    """区属国企, 镇属国有企业, 国有: a firm's owner before its name (``firm_owner_levels``, ``firm_owner_kinds``)."""
    return re.compile(rf"(?:(?:{alternation(levels)})属)?(?:{alternation(kinds)})")


@functools.lru_cache(maxsize=4)
def phase_re(heads: tuple[str, ...]) -> re.Pattern[str]:
    """A project's phase after its name (二期, 一期工程)."""
    return re.compile(rf"[一二三四五六七八九十0-9]期(?:{alternation(heads)})?")
