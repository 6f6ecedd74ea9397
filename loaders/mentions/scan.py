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

import functools
from typing import Any

import ahocorasick

from loaders.datafiles import read_words
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
        # were added; at the root (some 550 first characters) every character of a part is looked
        # up, and one that begins no key is compared with all of them. The characters common in
        # text (scan_chars.txt, then jieba's count of a character as a word) go first: a key opening
        # with one is added early, and a common one that opens no key gets a key of its own that
        # never matches (the character and U+FFFF, a noncharacter; its value names neither
        # source, so scan() passes it by), so that its lookup stops early too. Within a first
        # character the keys keep their order (a stable sort): the trie below the root, the
        # automaton's hits and their order are the same (tests/loaders/test_mention_scan.py).
        freq = gz.tokenizer().FREQ
        common = _common_chars()
        rank = {c: i for i, c in enumerate(common)}
        firsts = {key[0] for key, _ in keys}
        keys += [(c + _NEVER, (None, None)) for c in common if c not in firsts]
        last = len(common)
        keys.sort(key=lambda kv: (rank.get(kv[0][0], last), -(freq.get(kv[0][0]) or 0)))
        ac = ahocorasick.Automaton()
        for key, value in keys:
            ac.add_word(key, value)
        ac.make_automaton()
        _AUTOMATA[gz.digest] = ac
    return ac


#: a character no text holds, closing the keys that only place a common character early at the root
_NEVER = "\uffff"


@functools.lru_cache(maxsize=1)
def _common_chars() -> tuple[str, ...]:
    """The characters of scan_chars.txt, most frequent first, after the line break (which a
    one-per-line file cannot list)."""
    return ("\n", *(r.cells[0] for r in read_words("scan_chars.txt") if len(r.cells[0]) == 1))


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
