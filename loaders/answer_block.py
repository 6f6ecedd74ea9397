"""Answers given to several questions at once.

Some sittings put every question first, numbered ("1. 常委会委员X：…？", "2. 市人大代表Y：…？"),
and the officials answer them afterwards in one block, each saying which question they take up
("市民政局局长Z：关于第1个问题，…。针对第二个问题，…"). Turn pairing gives the whole block to
the last question; here each question gets the parts of the answers that name its number.
Reports do the same in prose: two questions and one answer "对两个问题逐一回应" (both are
answered), or "X、Y分别就…提出询问，P和Q逐一作答" (the askers and the officials in order).
Words are data (``data/answer_block_words.tsv``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any, Protocol

from loaders.datafiles import alternation, read_groups
from loaders.dates import chinese_number
from loaders.turns import Turn, sentence_span

__all__ = ["pair_answer_block"]

_USES = ("ref_lead", "ref_noun", "ref_join", "together")
_NUMBER = r"[\d０-９一二三四五六七八九十]{1,3}"


class _Draft(Protocol):
    q: Turn
    answers: list[Turn]
    a_end: int | None


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    w = {u: alternation(sorted(words, key=len, reverse=True))
         for u, words in read_groups("answer_block_words.tsv", _USES).items()}
    ref = (rf"\s*(?:{w['ref_lead']})?第(?P<nums>{_NUMBER}(?:(?:{w['ref_join']})第?{_NUMBER})*)"
           rf"(?:{w['ref_noun']})")
    return {
        # "关于第1个问题", "针对第二个问题", "第1、2个问题" where a clause opens (or the speech)
        "ref": re.compile(rf"(?<=[。；！？\n]){ref}"),
        "ref_open": re.compile(ref),
        "num": re.compile(_NUMBER),
        # "1. ", "（2）", "3、" opening a question's line
        "listed": re.compile(rf"^\s*[（(]?(?P<n>{_NUMBER})[)）.．、]"),
        "together": re.compile(w["together"]),
        # "对这两个问题", "上述三个问题": how many questions one answer takes up
        "count": re.compile(r"(?P<n>[两二三四五六七八九])个问题"),
    }


def _number(s: str) -> int | None:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return chinese_number(s)


def _listed_number(text: str, q: Turn) -> int | None:
    """The number a question carries in the list ("1. 常委会委员X：" → 1), or None."""
    line = text.rfind("\n", 0, q.start) + 1
    m = _patterns()["listed"].match(text[line if q.start - line < 8 else q.start:q.body_start])
    return _number(m["n"]) if m else None


def _parts(text: str, a: Turn) -> list[tuple[tuple[int, ...], Turn]] | None:
    """The parts of an answer each naming the questions it takes up, or None when it names none
    where a clause opens."""
    first = _patterns()["ref_open"].match(text, a.body_start, a.end)
    refs = ([first] if first else []) + list(_patterns()["ref"].finditer(text, a.body_start + 1, a.end))
    if not refs:
        return None
    out = []
    for k, m in enumerate(refs):
        s = a.body_start if k == 0 else m.start()
        e = refs[k + 1].start() if k + 1 < len(refs) else a.end
        nums = tuple(n for x in _patterns()["num"].findall(m["nums"]) if (n := _number(x)) is not None)
        out.append((nums, dataclasses.replace(a, body_start=s, end=e, paragraphs=((s, e),))))
    return out


def _sentence(text: str, a: int, b: int) -> str:
    """The sentences holding ``text[a:b]``."""
    lo, hi = sentence_span(text, a, b)
    return text[lo:hi]


def pair_answer_block(text: str, drafts: list[Any]) -> list[Any]:
    """Give each question of a numbered list the parts of the answer block after it that name
    its number. A run is two questions or more with no answer, then one whose answers all name
    question numbers; nothing changes when an answer names none or no number is of the run.
    Otherwise a run's first answer that says it takes up the questions together answers them
    all, and questions asked in one sentence by several members (one span, the same answers)
    go to the officials answering in order, one each, when the sentences say so."""
    _pair_in_order(text, drafts)
    i = 0
    while i < len(drafts):
        j = i
        while j < len(drafts) and not drafts[j].answers:
            j += 1
        if j >= len(drafts):
            break
        run = drafts[i:j + 1]
        if len(run) >= 2:
            _pair_run(text, run)
        i = j + 1
    return drafts


def _pair_run(text: str, run: list[_Draft]) -> None:
    if any(d.q_end <= d.q.body_start for d in run[:-1]):
        return  # (a label with nothing asked after it is no question to answer)
    parts = [_parts(text, a) for a in run[-1].answers]
    if any(p is None for p in parts):
        _answered_together(text, run)
        return
    listed = [_listed_number(text, d.q) for d in run]
    numbers = listed if None not in listed and len(set(listed)) == len(listed) else list(range(1, len(run) + 1))
    by_number: dict[int, list[Turn]] = {}
    for p in parts:
        for nums, turn in p or ():
            for n in dict.fromkeys(nums):
                by_number.setdefault(n, []).append(turn)
    if not set(by_number) & set(numbers):
        return
    for d, n in zip(run, numbers):
        d.answers = list(by_number.get(n, ()))
        d.a_end = d.answers[-1].end if d.answers else None


def _answered_together(text: str, run: list[_Draft]) -> None:
    """"X问：…？Y问：…？局长Z对两个问题逐一回应。他说，…": Z's answer is both questions'."""
    if any(d.q_end <= d.q.body_start for d in run):
        return  # (a label with nothing asked after it is no question to answer)
    first = run[-1].answers[0]
    said = _sentence(text, min(first.start, first.body_start), first.body_start)
    if not _patterns()["together"].search(said):
        return
    count = _patterns()["count"].search(said)
    n = min(len(run), chinese_number(count["n"]) or len(run)) if count else len(run)
    own = []
    for a in run[-1].answers:
        if a.speaker.name != first.speaker.name or not a.speaker.name:
            break
        own.append(a)
    for d in run[len(run) - n:-1]:
        d.answers, d.a_end = list(own or [first]), (own or [first])[-1].end


def _pair_in_order(text: str, drafts: list[Any]) -> None:
    """"X、Y分别就A、B提出询问，P和Q逐一作答": X's answer is P's, Y's is Q's."""
    i = 0
    while i < len(drafts):
        d = drafts[i]
        j = i + 1
        while j < len(drafts) and (drafts[j].q.body_start, drafts[j].q_end) == (d.q.body_start, d.q_end) \
                and drafts[j].answers == d.answers:
            j += 1
        group, i = drafts[i:j], j
        if len(group) < 2 or not d.answers:
            continue
        names = list(dict.fromkeys(a.speaker.name for a in d.answers))
        if len(names) != len(group) or None in names:
            continue
        said = _sentence(text, min(d.q.start, d.q.body_start), max(d.q_end, d.answers[0].start))
        if not _patterns()["together"].search(said) or not all(n in said for n in names):
            continue  # (an official adding a word later, "X还就…作了补充说明", is no one's in order)
        answers = list(d.answers)
        for g, name in zip(group, names):
            g.answers = [a for a in answers if a.speaker.name == name]
            g.a_end = g.answers[-1].end
