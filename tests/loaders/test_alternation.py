"""loaders.datafiles.alternation: the prefix-grouped alternation matches exactly what the
flat one (``"|".join(map(re.escape, words))``, longest first) matches, wherever it stands."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.datafiles import alternation

# Few characters, so that words share prefixes and texts hold them; regex specials and
# letters of two cases too.
CHARS = "提出了问题回答应说的时aAbB.|*("
WORDS = st.lists(st.text(alphabet=CHARS, max_size=5), max_size=12)
# The contexts the loaders put alternations in: bare, before an optional suffix and a
# lookahead (backtracking into a shorter word), after a lookbehind, inside a capture.
CONTEXTS = ["{}", "(?:{})了?(?=[说，])", "(?<!的)(?:{})(?:说|道)?", "(?P<w>{})(?!题)", "(?:{})时(?:[^，]{{1,3}})"]


def _flat(words) -> str:
    return "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w))))


def _all(rx: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


@st.composite
def words_and_text(draw):
    """Words, and a text made mostly of them (random texts seldom hold two words that
    share a start, where the order of the tries shows)."""
    words = draw(WORDS)
    pieces = st.sampled_from(words) if words else st.just("")
    text = "".join(draw(st.lists(st.one_of(pieces, pieces, st.text(alphabet=CHARS + "，", max_size=2)), max_size=12)))
    return words, text


@settings(max_examples=500, deadline=None)
@given(words_and_text(), st.sampled_from(CONTEXTS), st.booleans())
def test_same_matches_as_the_flat_alternation(words_text, context, ignore_case):
    words, text = words_text
    flags = re.IGNORECASE if ignore_case else 0
    flat = re.compile(context.format(_flat(words)), flags)
    tree = re.compile(context.format(alternation(words)), flags)
    assert _all(tree, text) == _all(flat, text)


def test_shared_starts_are_grouped():
    assert alternation(["回答", "在回答", "回应", "说"]) == "在回答|回(?:应|答)|说"
    assert alternation(["提出了问题", "提出问题", "提出"]) == "提出(?:了问题|问题|)"


def test_letters_of_either_case_keep_their_order_under_ignorecase():
    # flat: aby, Ab, a; grouped by exact letter, a would come before Ab and match "ab" short
    words = ["aby", "a", "Ab"]
    for text in ("ab", "AB", "aby", "Aby"):
        assert _all(re.compile(alternation(words), re.I), text) == _all(re.compile(_flat(words), re.I), text)


def test_a_non_ascii_cased_letter_keeps_the_list_flat():
    words = ["\u212aa", "ka", "说"]  # the Kelvin sign folds to k under re.IGNORECASE
    assert alternation(words) == _flat(words)
