"""Who held the sitting a report tells: a government office's own forum is no inquiry.

A bureau's 政风行风 问答会, a department's 座谈会 with deputies and CPPCC members, a
面对面 activity a 局 runs: deputies ask there among other guests (企业代表, 群众代表,
监督员) and officials answer, in the very layouts of an inquiry. What tells them apart is
the host: the report's opening names a government office as the one that 召开 / 举办 /
邀请, and no congress organ (人大常委会, 镇人大, 人大工委 …) is named anywhere.
"""

from __future__ import annotations

import functools
import re

from loaders.bodies import congress_named
from loaders.datafiles import alternation, read_words
from loaders.departments import find_departments

__all__ = ["department_host"]

# The opening read for the host: the headline and the lead (a host named later is
# someone the report quotes, not the organiser).
_OPENING = 400
# "县水利局在局三楼会议室举办", "省交通运输厅于11月14日召开": a place or time between office and verb
_ADJUNCT = r"(?:[于在][^，。；！？\n]{1,16}?)?"


@functools.lru_cache(maxsize=1)
def _host_verb() -> re.Pattern[str]:
    verbs = alternation(r.cells[0] for r in read_words("host_verbs.txt"))
    return re.compile(rf"{_ADJUNCT}(?:{verbs})了?")


def department_host(text: str) -> str | None:
    """The government office the opening names as holding the meeting, when the text names no
    congress organ (else None: a congress's inquiry where an office is asked, or no host named).

    >>> department_host("5月8日，县水利局召开行风问答会，县人大代表和群众代表参加。")
    '县水利局'
    >>> department_host("县人大常委会组织代表与县水利局面对面，县水利局召开了会议。") is None
    True
    """
    head = text[:_OPENING]
    # (cheap pre-test: most reports name their congress organ; only the rest are read)
    if congress_named(text):
        return None
    verb = _host_verb()
    for a, b, surface in find_departments(head):
        if verb.match(head, b):
            return surface
    return None
