"""One member's question put to several offices in turn.

A member may split one turn between offices ("这个问题涉及两个部门。先问省水利厅：…？
再问省卫生健康委：…？"), and each office answers its own part, one after the other. Turn pairing
gives the whole turn one exchange with both officials answering; here the question is cut where
each part is put to its office, and each part gets the answers of that office: one exchange per
office. Words are data (``data/asked_in_turn.tsv``).

- :func:`split_asked_in_turn`: a labelled turn putting its parts to offices in turn, answered by
  them in that order, cut into one draft per office (exchanges);
- :func:`pair_asked_in_turn`: questions told one after the other to offices in turn, then
  answered by them in that order: each gets its office's answers (exchanges);
- :func:`asked_in_turn_told`: the parts of one told sentence (attribution.offices);
- :func:`may_ask_in_turn`: the cheap screen before :func:`asked_in_turn_told` is asked of a report.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any

from loaders.datafiles import alternation, read_groups

__all__ = ["split_asked_in_turn", "pair_asked_in_turn", "asked_in_turn_told", "may_ask_in_turn"]

_USES = ("first", "next", "verb")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = {u: alternation(sorted(words, key=len, reverse=True)) for u, words in read_groups("asked_in_turn.tsv", _USES).items()}
    # the office runs to the colon or comma closing the address ("再问省水利厅：")
    office = r"(?P<office>[^，。；！？：“”\n]{2,24}?)[：，]"
    return (re.compile(rf"(?:{w['first']})(?:{w['verb']}){office}"),
            re.compile(rf"(?<=[。；？！，\s])(?:{w['next']})(?:{w['verb']}){office}"))


@functools.lru_cache(maxsize=1)
def _first_asks() -> tuple[str, ...]:
    """Each first-word with each verb (先问, 首先询问 …), those holding another left out: a match
    of the first pattern holds one of them."""
    w = read_groups("asked_in_turn.tsv", _USES)
    words = list(dict.fromkeys(f + v for f in w["first"] for v in w["verb"]))
    return tuple(x for x in words if not any(y != x and y in x for y in words))


def may_ask_in_turn(text: str) -> bool:
    """Whether a sentence of ``text`` may put a question to offices in turn
    (:func:`asked_in_turn_told` finds its first address only where a first-word and a verb
    stand together): a few finds, where splitting every paragraph into sentences and searching
    each cost ~2 % of reading a report."""
    for w in _first_asks():
        if w in text:
            return True
    return False


def _office_type(surface: str) -> str | None:
    from loaders.departments import find_departments, resolve_department

    found = find_departments(surface)
    if len(found) != 1 or found[0][0] != 0 or found[0][1] != len(surface):
        return None  # the address is one office, named whole
    dept = resolve_department(found[0][2], None)
    return dept.type if dept is not None else None


def _addresses(text: str, a: int, b: int) -> list[tuple[int, str, str]] | None:
    """Each address of ``text[a:b]`` putting a part of the question to an office, in order: where it
    opens, the office as written and its type; the first opened by a first-word (先问), the others
    by a next-word (再问). None unless there are two or more, each one office named whole."""
    first_rx, next_rx = _patterns()
    first = first_rx.search(text, a, b)
    if first is None or (kind := _office_type(first["office"])) is None:
        return None
    found = [(first.start(), first["office"], kind)]
    for m in next_rx.finditer(text, first.end(), b):
        if (kind := _office_type(m["office"])) is None:
            return None
        found.append((m.start(), m["office"], kind))
    return found if len(found) >= 2 else None


def _speaker_type(speaker: Any) -> str | None:
    """The type of the office a speaker (an answering official, an addressee) holds a post in."""
    from loaders.departments import resolve_department

    dept = resolve_department(speaker.department, None) if speaker is not None and speaker.department else None
    return dept.type if dept is not None else None


def _parts(text: str, a: int, b: int) -> list[tuple[int, str]] | None:
    """Where each office's part of the question ``text[a:b]`` opens and its office's type, in order
    (the first part opens with the question)."""
    found = _addresses(text, a, b)
    if found is None:
        return None
    return [(a, found[0][2])] + [(start, kind) for start, _, kind in found[1:]]


def split_asked_in_turn(text: str, drafts: list[Any]) -> list[Any]:
    """Each draft whose question puts its parts to two offices or more in turn, and whose answers
    come from exactly those offices, one office after the other in the same order, cut into one
    draft per office. Any other draft is left as it is."""
    if not any(len(d.answers) >= 2 for d in drafts):
        return drafts
    out: list[Any] = []
    for d in drafts:
        parts = _parts(text, d.q.body_start, d.q_end) if len(d.answers) >= 2 else None
        if parts is None:
            out.append(d)
            continue
        kinds = [_speaker_type(t.speaker) for t in d.answers]
        order = list(dict.fromkeys(kinds))
        if None in order or order != [k for _, k in parts] or kinds != sorted(kinds, key=order.index):
            out.append(d)  # an answer by no office, or offices not the question's in its order
            continue
        for i, (start, kind) in enumerate(parts):
            end = parts[i + 1][0] if i + 1 < len(parts) else d.q_end
            answers = [t for t, k in zip(d.answers, kinds) if k == kind]
            q = d.q if i == 0 else dataclasses.replace(d.q, start=start, body_start=start, paragraphs=((start, end),))
            out.append(dataclasses.replace(d, q=q, q_end=end, answers=answers, a_end=answers[-1].end))
    return out


def asked_in_turn_told(text: str, a: int, b: int) -> list[tuple[int, int, str]] | None:
    """The parts of a told sentence ``text[a:b]`` putting one question to offices in turn
    ("她的问题分两头：先问省粮食局，…；再问省财政厅，…。"): (start, end, office) each, the
    office as written; None when the sentence does not do so."""
    found = _addresses(text, a, b)
    if found is None:
        return None
    starts = [(start, office) for start, office, _ in found]
    out = []
    for i, (start, office) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else b
        while end > start and text[end - 1] in "；;，,。":
            end -= 1
        out.append((start, end, office))
    return out


def pair_asked_in_turn(text: str, drafts: list[Any]) -> list[Any]:
    """Questions of one member put to offices in turn, told one after the other with no answer
    between ("先问A，…；再问B，…"), then answered by those offices in the same order: each
    question gets the answers of its office (turn pairing gave them all to the last)."""
    out: list[Any] = []
    i = 0
    while i < len(drafts):
        j = i
        while j < len(drafts) and not drafts[j].answers and drafts[j].q.addressee is not None:
            j += 1
        run = drafts[i:j + 1]
        taken = 0  # drafts after the run whose answers are the offices' (their questions asked by nobody)
        if j < len(drafts) and len(run) >= 2 and all(d.q.speaker == run[0].q.speaker for d in run) \
                and run[-1].q.addressee is not None and run[0].q.speaker.name:
            asked = [_speaker_type(d.q.addressee) for d in run]
            answers = list(run[-1].answers)
            # ("…再问省财政厅，…。" then "祁正德回答，…" and "关于保管费用，马副厅长解释说，…": the
            # narrator's topic before the second answer reads as a question nobody asks)
            while j + 1 + taken < len(drafts) and not (nxt := drafts[j + 1 + taken]).q.speaker.name \
                    and not nxt.q.speaker.role and nxt.answers and all(_speaker_type(t.speaker) in asked for t in nxt.answers) \
                    and len(dict.fromkeys(_speaker_type(t.speaker) for t in answers)) < len(asked):
                answers += nxt.answers
                taken += 1
            kinds = [_speaker_type(t.speaker) for t in answers]
            if None not in asked and len(set(asked)) == len(asked) and list(dict.fromkeys(kinds)) == asked:
                for d, k in zip(run, asked):
                    d.answers = [t for t, tk in zip(answers, kinds) if tk == k]
                    d.a_end = d.answers[-1].end
            else:
                taken = 0
        out.extend(drafts[i:j + 1])
        i = j + 1 + taken
    return out
