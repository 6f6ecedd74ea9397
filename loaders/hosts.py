"""Who held the sitting a report tells: a government office's own forum is no inquiry.

A bureau's 政风行风 问答会, a department's 座谈会 with deputies and CPPCC members, a
面对面 activity a 局 runs: deputies ask there among other guests (企业代表, 群众代表,
监督员) and officials answer, in the very layouts of an inquiry. What tells them apart is
the host: the report's opening names a government office as the one that 召开 / 举办 /
邀请, and no congress organ (人大常委会, 镇人大, 人大工委 …) is named anywhere.

A government press conference (新闻发布会 held by a 新闻办) reads no exchange either, congress
organ named or not: reporters ask there, even about an inquiry's follow-up, and no member does.
"""

from __future__ import annotations

import functools
import re

from loaders.bodies import congress_named
from loaders.datafiles import alternation, read_words
from loaders.departments import find_departments

__all__ = ["department_host", "press_host"]

# The opening read for the host: the headline and the lead (a host named later is
# someone the report quotes, not the organiser).
_OPENING = 400
# "县水利局在局三楼会议室举办", "省交通运输厅于11月14日召开": a place or time between office and verb
_ADJUNCT = r"(?:[于在][^，。；！？\n]{1,16}?)?"


@functools.lru_cache(maxsize=1)
def _host_verb() -> re.Pattern[str]:
    verbs = alternation(r.cells[0] for r in read_words("host_verbs.txt"))
    return re.compile(rf"{_ADJUNCT}(?:{verbs})了?")


@functools.lru_cache(maxsize=1)
def _press_events() -> tuple[str, ...]:
    return tuple(r.cells[0] for r in read_words("press_events.txt"))


@functools.lru_cache(maxsize=1)
def _press_event() -> re.Pattern[str]:
    # the event named in the host's clause, a few words after the verb ("举行专题新闻发布会")
    return re.compile(rf"[^，。；！？\n]{{0,12}}?(?:{alternation(_press_events())})")


@functools.lru_cache(maxsize=1)
def _press_cores() -> tuple[str, ...]:
    """The events holding no shorter event (发布会 for 新闻发布会): an opening naming none of
    them names no event, and an event added to the file is tested for with the rest."""
    events = _press_events()
    return tuple(e for e in events if not any(o != e and o in e for o in events))


# "市人民政府新闻办公室举行": an office of the government (its 新闻办) holds it
_OWN_OFFICE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:办公室|办)")


def _hosts(head: str, own_office: bool = False):
    """(office, end of its host verb) for each government office the opening names as holding
    something (``own_office``: or an office of its own, named after it, holding it)."""
    verb = _host_verb()
    for a, b, surface in find_departments(head):
        m = verb.match(head, b)
        if m is None and own_office and (o := _OWN_OFFICE.match(head, b)) is not None:
            m = verb.match(head, o.end())
            surface = head[a:o.end()]
        if m is not None:
            yield surface, m.end()


def department_host(text: str) -> str | None:
    """The government office the opening names as holding the meeting, when the text names no
    congress organ (else None: a congress's inquiry where an office is asked, or no host named).

    >>> department_host("5月8日，县水利局召开行风问答会，县人大代表和群众代表参加。")
    '县水利局'
    >>> department_host("县人大常委会组织代表与县水利局面对面，县水利局召开了会议。") is None
    True
    """
    # (cheap pre-test: most reports name their congress organ; only the rest are read)
    if congress_named(text):
        return None
    return next((office for office, _ in _hosts(text[:_OPENING])), None)


def press_host(text: str) -> str | None:
    """The government office the opening names as holding a press conference (data/press_events.txt),
    congress organ named or not: a report of the government's answers to reporters, on an
    inquiry's follow-up perhaps, quotes no member's question.

    >>> press_host("市政府新闻办举行新闻发布会，通报市人大常委会专题询问意见整改情况。")
    '市政府新闻办'
    >>> press_host("市人大常委会举行专题询问，市政府新闻办负责人应询。") is None
    True
    """
    head = text[:_OPENING]
    if not any(w in head for w in _press_cores()):
        return None  # (cheap pre-test: most openings name no press event)
    return next((office for office, end in _hosts(head, own_office=True) if _press_event().match(head, end)), None)
