"""Where a name read before a few words of manner ends: "局长李强没有回避" names 李强, not
李强没, though a three-character name is the likelier reading when nothing else tells.

A name that runs on into the words after it is cut where jieba's words say: if the
name's last character opens a word of the text after it (没有, 直言, 当即, 一口气, 对此 …),
that character belongs to the word. jieba keeps the real three-character names whole
there (王/建设/没有, 邓/立新/没有): their last character closes a word of the name.
A name the text writes elsewhere with no such word after it stays whole: "主任杜立民主持"
(民主) is 杜立民 when the report goes on "杜立民要求…".
"""

from __future__ import annotations

import re

from loaders.gazetteer import get_gazetteer

__all__ = ["runs_into_next_word", "swallowed_next_word"]

_LOOKAHEAD = 6  # enough text after the name for the longest such word (一口气, 毫不犹豫)


# "X等12名代表联名", "X等人": 等 closes a list of names before a count, it opens no word (平等)
_LIST_END = re.compile(r"等(?:\d+|[一二两三四五六七八九十百]+)(?:名|位|人)|等人")


def runs_into_next_word(name: str, after: str) -> bool:
    """Whether ``name``'s last character opens a word of two characters or more that runs
    on into ``after`` (the text right after the name) in jieba's segmentation of the two."""
    if len(name) < 3 or not after or _LIST_END.match(after):
        return False
    last = len(name) - 1
    k = 0
    for word in get_gazetteer().cut(name + after[:_LOOKAHEAD]):
        if k >= last:
            return k == last and len(word) >= 2
        k += len(word)
    return False


def swallowed_next_word(name: str, after: str, text: str) -> bool:
    """Whether ``name`` ran on into the word of ``after`` (the text right after it) and
    does so wherever ``text`` writes it (no place shows the name whole)."""
    if not runs_into_next_word(name, after):
        return False
    k = text.find(name)
    while k >= 0:
        e = k + len(name)
        if not runs_into_next_word(name, text[e:e + _LOOKAHEAD]):
            return False
        k = text.find(name, k + 1)
    return True
