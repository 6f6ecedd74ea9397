"""One Aho-Corasick pass over a part for both automaton-found sources: the dictionary's
names and aliases (:mod:`.dictionary`) and the name suffixes (:mod:`.suffix`).

pyahocorasick's scan costs about 0.1 µs a character whatever it finds (a character no
key starts with is looked for among all the root's children), and the two sources
scanned every part apart; one automaton holding both keys scans it once. Its hits,
split by source, come in the order each source's own automaton gives them: at each
end, the keys ending there from the longest to the shortest (the fail chain), so a
source's hits are the same list either way (tests/loaders/test_mention_scan.py).
"""

from __future__ import annotations

from typing import Any

import ahocorasick

from loaders.gazetteer import Gazetteer
from loaders.mentions.suffix import suffix_re

__all__ = ["scan"]

#: (end index in the part, (form, targets)) as gz.automaton gives them; (end index, suffix)
Hits = tuple[list[tuple[int, Any]], list[tuple[int, str]]]

_AUTOMATA: dict[str, Any] = {}


def _automaton(gz: Gazetteer) -> Any:
    """Every dictionary form and every suffix, each key's value (its dictionary value or None,
    the suffix or None): a form that is a suffix too is found for both."""
    ac = _AUTOMATA.get(gz.digest)
    if ac is None:
        suffixes = suffix_re(gz)[1]
        keys = [(form, (value, form if form in suffixes else None)) for form, value in gz.automaton.items()]
        keys += [(suffix, (None, suffix)) for suffix in suffixes if suffix not in gz.automaton]
        # pyahocorasick looks a character up among a node's children one by one, in the order they
        # were added; at the root (some 540 first characters) half the characters of a text are
        # found there. Keys opening with a character common in text (jieba's count of it as a word)
        # are added first, so those lookups stop early; the trie, and so every hit, is the same.
        freq = gz.tokenizer().FREQ
        keys.sort(key=lambda kv: -(freq.get(kv[0][0]) or 0))
        ac = ahocorasick.Automaton()
        for key, value in keys:
            ac.add_word(key, value)
        ac.make_automaton()
        _AUTOMATA[gz.digest] = ac
    return ac


def scan(gz: Gazetteer, text: str, lo: int, hi: int) -> Hits:
    """The dictionary's hits and the suffixes' hits in ``text[lo:hi]``, end indices relative to ``lo``."""
    forms: list[tuple[int, Any]] = []
    suffixes: list[tuple[int, str]] = []
    # a slice, not iter(text, lo, hi): pyahocorasick converts the whole string it is given
    for end, (value, suffix) in _automaton(gz).iter(text[lo:hi]):
        if value is not None:
            forms.append((end, value))
        if suffix is not None:
            suffixes.append((end, suffix))
    return forms, suffixes
