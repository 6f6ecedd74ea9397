"""Normalisation's shortcuts give what the plain passes give (loaders/normalize.py).

Each shortcut replaces a pass by a cheaper one (a find before a substitution, a pattern that
opens with a character set, a replacement per mark): these hold each beside the pass it stands
for, on strings of the characters the passes look at.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import normalize as N
from loaders.rxguard import guarded

# the marks and spaces the patterns read, Chinese and Latin neighbours, line breaks
_CHARS = st.sampled_from([" ", "\t", "\u3000", "，", "。", "“", "】", ",", ":", ";", "?", "!", "中", "a", "1", "\n"])
_TEXTS = st.lists(_CHARS, max_size=24).map("".join)

_SPACED_BEFORE = guarded(re.compile(r"[ \t]+([，。：；？！、（）“”《》【】])[ \t]*|([，。：；？！、（）“”《》【】])[ \t]+"))


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_spaces_beside_marks_go_as_the_two_branch_pattern_took_them(text):
    assert N._SPACED_PUNCT.sub("", text) == _SPACED_BEFORE.sub(r"\1\2", text)


def _after_zh_one_pass(text: str) -> str:
    return N._AFTER_ZH.sub(lambda m: N._FULL[m.group(0)], text)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_a_replacement_per_mark_is_the_one_pass_where_no_marks_touch(text):
    if N._MARK_PAIR.search(text) is not None:
        return  # (fold_punctuation makes the one pass there)
    each = text
    for c, rx, full in N._AFTER_ZH_EACH:
        each = rx.sub(full, each)
    assert each == _after_zh_one_pass(text)


def test_marks_side_by_side_would_differ_one_at_a_time():
    # why the shortcut needs no two marks together: in "中,:" the comma follows Chinese, the colon
    # follows the comma, Chinese context only once the comma is replaced
    text = "中,:"
    each = text
    for c, rx, full in N._AFTER_ZH_EACH:
        each = rx.sub(full, each)
    assert each == "中，：" != _after_zh_one_pass(text) == "中，:"


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_fold_punctuation_reads_as_with_the_one_pass(text):
    got = N.fold_punctuation(text)
    saved = N._MARK_PAIR
    N._MARK_PAIR = re.compile("")  # (a pair found everywhere: the one pass, always)
    try:
        assert got == N.fold_punctuation(text)
    finally:
        N._MARK_PAIR = saved


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_the_finds_before_the_blank_patterns_skip_only_texts_they_cannot_change(text):
    if "\u3000\u3000" not in text:
        assert N._INDENT.sub("\n", text) == text
    if "   " not in text and "\t" not in text:
        assert N._SPACE_RUN.sub("\n", text) == text
