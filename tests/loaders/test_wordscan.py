"""WordScan finds what pyahocorasick's automaton finds, in the same order."""

from __future__ import annotations

import ahocorasick
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.places import place_automaton, place_scan
from loaders.wordscan import WordScan

_WORDS = ["东湖", "东湖区", "湖区", "区长", "长沙", "长沙市", "沙市", "市长", "湖南", "南湖", "东湖高新区"]


def _automaton(words):
    a = ahocorasick.Automaton()
    for w in words:
        a.add_word(w, (w, len(w)))
    a.make_automaton()
    return a


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="东湖区长沙市南高新，。 a", max_size=40))
def test_overlapping_words_as_the_automaton_finds_them(text):
    auto = _automaton(_WORDS)
    assert WordScan(auto.items()).iter(text) == list(auto.iter(text))


def test_place_names_in_reports_as_the_automaton_finds_them():
    texts = ["马鞍山市人大常委会在鞍山路召开会议，东湖高新区、长沙县和武汉市江夏区的代表参加。",
             "河南省漯河市召陵区人大常委会就城区停车难开展专题询问，市中区、郊区的代表参加" * 3,
             "", "市", "鞍山"]
    for text in texts:
        assert place_scan().iter(text) == list(place_automaton().iter(text)), text


def test_a_word_of_one_character_is_refused():
    try:
        WordScan([("市", 1)])
    except ValueError:
        return
    raise AssertionError("a one-character word was taken")
