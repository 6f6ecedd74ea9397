"""The body of a broadcast 问政 programme no congress organises: the programme, by its station.

A TV 问政 programme a standing committee runs with the station names the committee as its organiser
in its opening ("主办：某市人大常委会 某市广播电视台", "欢迎收看由某市人大常委会和某台联合推出的…",
"某市人大常委会《某某问政》"); its body is that committee, as of any sitting. One the station runs alone
names the committee at most in the seats of the members it invites ("市人大常委会委员、市人大代表"): its
body is the programme as the station airs it ("某市电视台《问政某市》"), as the blind writers wrote it.
"""

from __future__ import annotations

import re

from loaders.turns import is_broadcast

__all__ = ["programme_body"]

# How far into the report its credits and the host's welcome name who organises the programme
_CREDITS_REACH = 600
# The programme's title: the first 《…》 of the report's opening line
_TITLE = re.compile(r"《[^《》\n]{2,20}》")
# A station: its place and its kind, after a space, a colon or a line's start ("播出时间：… 某市电视台新闻综合频道")
_STATION = re.compile(r"(?:^|(?<=[\s：:，,]))([\u4e00-\u9fff]{2,10}?(?:广播电视台|电视台|融媒体中心))", re.M)
# A standing committee or a congress named as an organ, not as the seat of a member it sends
# ("市人大常委会委员", "市人大常委会副主任", "市人大代表")
_ORGAN = re.compile(r"人大常委会(?!委员|副?主任|组成人员|副?秘书长)|人大(?=[、和与及]|联合|主办)|人民代表大会常务委员会")


def programme_body(text: str) -> str | None:
    """The programme ("某市电视台《问政某市》", "《问政某市》" when no station is named) when ``text``
    is a broadcast 问政 whose opening names no congress organ but as members' seats, else None."""
    if not is_broadcast(text):
        return None
    first_line = text[:text.find("\n")] if "\n" in text else text
    title = _TITLE.search(first_line)
    if title is None or _ORGAN.search(text, 0, _CREDITS_REACH) is not None:
        return None
    station = _STATION.search(text, 0, _CREDITS_REACH)
    return f"{station[1]}{title.group()}" if station is not None else title.group()
