"""The people and offices questions address ("请问项丽同志"): :func:`addressees`, :func:`find_clues`."""

from __future__ import annotations

import re

from loaders.turns.grammar import grammar
from loaders.turns.model import Speaker
from loaders.turns.names import good_dept, good_name
from loaders.turns.words import turn_words, vocab, titles

__all__ = ["addressees", "find_clues"]


def addressees(text: str) -> dict[str, Speaker]:
    """People the questions address ("请问项丽同志", "请问市科技局赵国强同志").

    Returns name → Speaker with the department/title given in the clue; a bare
    ``项丽：`` later in the text is then known to be a respondent.
    """
    out: dict[str, Speaker] = {}
    for m in grammar()["ask_clue"].finditer(text):
        sp = clue_speaker(m)
        if sp and sp.name and good_name(sp.name) and sp.name not in out:
            out[sp.name] = sp
    return out


_JOINING = "和与及"  # join a second office to the one a question asks


def clue_speaker(m: re.Match[str]) -> Speaker | None:
    d = m.groupdict()
    if not (d.get("dept") or d.get("name") or d.get("title")):
        return None
    dept = d.get("dept") if good_dept(d.get("dept")) else None
    name = d.get("name")
    title = d.get("title") or d.get("title1")
    post_only = False
    if dept and name and turn_words().branch.search(name):
        dept, name = dept + name, None  # "请问市生态环境局博罗分局如何": a branch, no person
    # one C-level endswith over all titles first: most names end in none
    if name and not title and name.endswith(titles()) and (t := next(t for t in titles() if name.endswith(t))) \
            and name[:-len(t)] in vocab()["surnames"]:
        name, title, post_only = None, t, True  # "请问于局长，": a surname and a post, no full name
    if name and not d.get("tz") and not title and not good_name(name, bare=True):
        if not (dept and name[0] in _JOINING):
            return None  # "请问如何" is no person: without 同志 or a title the name must look like one
        name = None  # "请问市医保局和市民政局，": two offices asked, the first answers first
    if not (dept or name or post_only):
        return None
    return Speaker(name=name, title=title, department=dept)


def find_clues(question: str) -> list[tuple[int, Speaker]]:
    """Addressee clues inside one question, with their offsets."""
    out = []
    for m in grammar()["ask_clue"].finditer(question):
        sp = clue_speaker(m)
        if sp and good_name(sp.name):
            out.append((m.start(), sp))
    return out
