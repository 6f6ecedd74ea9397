"""Word endings before a suffix that stop the walk at once (推进项目, 补齐产业链), the verbs that
lift them, and the works words heading a site."""

from __future__ import annotations

from loaders.gazetteer import Gazetteer

__all__ = ["stop_endings", "stop_ending_set", "stop_verbs", "headed_works", "headed_works_ends",
           "headed_works_by_length"]


_STOP_ENDINGS: dict[str, tuple[str, ...]] = {}


def stop_endings(gz: Gazetteer) -> tuple[str, ...]:
    """Stop words of two or more characters that no firm name ends with (投资 may:
    山东五彩龙投资有限公司)."""
    got = _STOP_ENDINGS.get(gz.digest)
    if got is None:
        p = gz.patterns
        got = tuple(w for w in p.walk_stop_words if len(w) >= 2 and w not in p.firm_name_words)
        _STOP_ENDINGS[gz.digest] = got
    return got


def stop_ending_set(gz: Gazetteer) -> frozenset[str]:
    """The stop words of :func:`stop_endings` of two to four characters, as a set: whether the
    four characters before a suffix end with one is three look-ups (a longer word cannot end them)."""
    got = _STOP_ENDING_SET.get(gz.digest)
    if got is None:
        got = _STOP_ENDING_SET[gz.digest] = frozenset(w for w in stop_endings(gz) if len(w) <= 4)
    return got


_STOP_ENDING_SET: dict[str, frozenset[str]] = {}


def stop_verbs(gz: Gazetteer) -> tuple[str, ...]:
    """Name verbs that end with a stop word (转型升级): the walk goes on through them."""
    got = _STOP_VERBS.get(gz.digest)
    if got is None:
        stops = stop_endings(gz)
        got = _STOP_VERBS[gz.digest] = tuple(v for v in gz.patterns.name_verbs if v.endswith(stops))
    return got


_STOP_VERBS: dict[str, tuple[str, ...]] = {}


def headed_works(gz: Gazetteer) -> tuple[str, ...]:
    """Works words the walk goes on through right before a head (某中学扩建 工程, 某学校建设 项目):
    a stop word among them (扩建, 建设) must not end the walk before it starts."""
    got = _HEADED_WORKS.get(gz.digest)
    if got is None:
        p = gz.patterns
        got = _HEADED_WORKS[gz.digest] = tuple(sorted({*p.site_works_words, *p.headed_works_words}, key=len, reverse=True))
    return got


_HEADED_WORKS: dict[str, tuple[str, ...]] = {}


def headed_works_ends(gz: Gazetteer) -> frozenset[str]:
    """The last characters of :func:`headed_works`' words: text whose character before a hit is none of
    them ends with none of the words (one set test, where the tuple's test compared ~40 words)."""
    got = _HEADED_WORKS_ENDS.get(gz.digest)
    if got is None:
        got = _HEADED_WORKS_ENDS[gz.digest] = frozenset(w[-1] for w in headed_works(gz))
    return got


_HEADED_WORKS_ENDS: dict[str, frozenset[str]] = {}


def headed_works_by_length(gz: Gazetteer) -> tuple[tuple[int, frozenset[str]], ...]:
    """:func:`headed_works`' words by length, longest first: the word a text ends with is found by one
    slice and one set test per length. The same word the tuple's first match gives: the tuple runs
    longest first, and two words of one length never both end a text."""
    got = _HEADED_WORKS_BY_LENGTH.get(gz.digest)
    if got is None:
        words = headed_works(gz)
        got = _HEADED_WORKS_BY_LENGTH[gz.digest] = tuple(
            (k, frozenset(w for w in words if len(w) == k)) for k in sorted({len(w) for w in words}, reverse=True))
    return got


_HEADED_WORKS_BY_LENGTH: dict[str, tuple[tuple[int, frozenset[str]], ...]] = {}
