"""The office a report's narration says a member put questions to, for a question of that
member's that nobody answers (an excerpt ends, or the story moves on)."""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation, read_groups
from loaders.departments import find_departments


@functools.lru_cache(maxsize=1)
def _asking() -> str:
    """What ends the offices named after 向: a verb (提出了) or none, and the cue (询问), as a
    pattern (data/asked_offices.tsv)."""
    w = read_groups("asked_offices.tsv", ("verb", "cue"))
    return rf"(?:(?:{alternation(w['verb'])})了?)?(?:{alternation(w['cue'])})"


@functools.lru_cache(maxsize=1)
def _asked_whom() -> re.Pattern[str]:
    # "X等5名区人大代表向区教育局、区财政局等部门提出询问": the offices between 向 and the cue,
    # in the same sentence as the member's name (a list of members may come between): matched
    # right after each place the name stands (one pattern for every name, where a pattern made
    # for each name cost a compilation per member)
    return re.compile(rf"[^。！？\n“”]{{0,24}}?向(?P<whom>[^。！？\n“”]{{2,60}}?){_asking()}")


def office_asked_by(text: str, name: str, before: int) -> str | None:
    """The first office the narration before ``before`` says member ``name`` asked
    ("韦春兰等5名代表向市教育局、市人社局等部门提出询问" → 市教育局), else None."""
    if not name or text.find(name, 0, before) < 0:
        return None
    # (as the name's own pattern's finditer: from each place the name stands, the next search
    # after a match from its end, after none from the next character)
    match, pos = _asked_whom().match, 0
    while (k := text.find(name, pos, before)) >= 0:
        m = match(text, k + len(name), before)
        if m is None:
            pos = k + 1
            continue
        found = find_departments(m["whom"])
        if found:
            return found[0][2]
        pos = m.end()
    return None
