"""A block of answers after a numbered list of questions ("先集中提问、后集中答复").

Some sittings put every question first, numbered ("1. 常委会委员X：…？", "2. 市人大代表Y：…？"),
and the officials answer them afterwards in one block, each saying which question they take up
("市民政局局长Z：关于第1个问题，…。针对第二个问题，…"). Turn pairing gives the whole block to
the last question; here each question gets the parts of the answers that name its number.
Words are data (``data/answer_block_words.tsv``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any, Protocol

from loaders.datafiles import alternation, read_groups
from loaders.dates import chinese_number
from loaders.turns import Turn

__all__ = ["pair_answer_block"]

_USES = ("ref_lead", "ref_noun", "ref_join")
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


def pair_answer_block(text: str, drafts: list[Any]) -> list[Any]:
    """Give each question of a numbered list the parts of the answer block after it that name
    its number. A run is two questions or more with no answer, then one whose answers all name
    question numbers; nothing changes when an answer names none or no number is of the run."""
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
    parts = [_parts(text, a) for a in run[-1].answers]
    if any(p is None for p in parts):
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
