"""A question an official passes on to another office, which answers it.

"市城市管理局局长X没有正面回答，而是请市自然资源局介绍征地情况。市自然资源局副局长Y说，…":
the speech reading gives X an answer made of the hand-over alone, and X would be the
respondent; Y answers. Words are data (``data/passed_on_words.tsv``).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from loaders.datafiles import alternation, read_groups
from loaders.departments import resolve_department
from loaders.turns import sentence_span

__all__ = ["drop_passed_on"]


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    w = {u: alternation(words) for u, words in read_groups("passed_on_words.tsv", ("pass_lead", "pass_verb")).items()}
    return re.compile(rf"(?:{w['pass_lead']})?请(?P<who>[^，。？！“”]{{2,24}}?)(?:{w['pass_verb']})[^，。？！“”]{{0,12}}")


_SAID = re.compile(r"[\u4e00-\u9fff\d]")
_WHY_MAX = 20  # the longest reason an official gives for handing a question over


# "邓市长来", "王副局长": a surname, then the post the official holds (or its head's)
_POSTED = re.compile(r"(?P<surname>[\u4e00-\u9fff]{1,2}?)副?(?P<post>[\u4e00-\u9fff]{0,3}?(?:长|主任|书记|主席))")


def _answers_for(who: str, department: str | None, name: str | None, title: str | None = None) -> bool:
    """Whether the official answering (``department``, ``name``) is the one ``who`` names: the person
    by name, else an office of the same type (of no type, of the same name). (Named apart from
    attribution.lists._same_office, which asks whether two names of offices name one office.)"""
    if name and name in who:
        return True
    if name and title and (post := _POSTED.match(who)) is not None and name.startswith(post["surname"]) \
            and title.endswith(post["post"]):
        return True  # "请邓市长来回答": the official by surname and post (副市长 邓某伟)
    asked, answering = resolve_department(who, None), resolve_department(department or "", None)
    if asked is None or answering is None:
        return False
    # offices of no type (气象局) are the same office only by name
    return asked.type == answering.type if asked.type or answering.type else asked.name == answering.name


def drop_passed_on(text: str, drafts: list[Any]) -> list[Any]:
    """Drop the answer turns of an official whose words only pass the question on to the
    office (or person) answering next: the sentence naming the official asks that office to
    speak, and the official's turns say nothing else."""
    for d in drafts:
        if len(d.answers) < 2 or not (first := d.answers[0].speaker.name):
            continue
        k = next((i for i, a in enumerate(d.answers) if a.speaker.name and a.speaker.name != first), None)
        if k is None:
            continue
        lo, hi = sentence_span(text, d.answers[0].body_start, d.answers[0].body_start)
        m = _pattern().search(text, lo, hi)
        nxt = d.answers[k].speaker
        if m is None or not _answers_for(m["who"], nxt.department, nxt.name, nxt.title):
            continue
        said = "".join(text[a.body_start:a.end] for a in d.answers[:k]).replace(m.group(0), "")
        # (what the official says before handing over, in the same sentence, is why: "这事牵涉几个
        # 部门，请Y来回答。" — no figure, no more than a clause)
        why = text[max(lo, d.answers[0].body_start):m.start()]
        if not _SAID.search(said.replace(why, "", 1)) and len(why) <= _WHY_MAX and not re.search(r"\d", why):
            d.answers = d.answers[k:]
    return drafts
