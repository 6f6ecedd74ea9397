"""One Aho-Corasick pass over a part for both automaton-found sources: the dictionary's
names and aliases (:mod:`.dictionary`) and the name suffixes (:mod:`.suffix`); the same pass
tells which pattern extractors' gates hold in the part (:func:`.gates.gate_marks`).

The two sources scanned every part apart; one automaton holding both keys scans it once. Its
hits, split by source, come in the order each source's own automaton gives them: at each
end, the keys ending there from the longest to the shortest (the fail chain), so a
source's hits are the same list either way (tests/loaders/test_mention_scan.py).

pyahocorasick looks each character up among a node's children one by one, and the root has
one child per first character of a key (some 550): a character of a part that opens no key
was compared with all of them, half the scan's cost. The automaton reads each character as
its two UTF-16 bytes instead (``_units``: U+4E2D is the two symbols 0x4E, 0x2D), so the root
holds some 70 high bytes and a node below it the few low bytes that open keys there. A key
is found where its byte string ends at an odd symbol (the low byte of a character); an even
end would be a key's bytes read across two characters, and is passed by.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

import ahocorasick

from loaders.datafiles import read_words
from loaders.gazetteer import Gazetteer
from loaders.mentions.suffix import suffix_automaton, suffix_re

__all__ = ["scan", "Hits"]

#: (end index in the part, (form, targets)) as gz.automaton gives them; (end index, suffix); the
#: bits (:func:`.gates.gate_bits`) of the extractors whose gates hold in the part
Hits = tuple[list[tuple[int, Any]], list[tuple[int, str]], int]

#: every bit: each extractor is asked (a part the automaton does not read)
ALL_GATES = -1

_AUTOMATA: dict[str, Any] = {}


def _automaton(gz: Gazetteer) -> Any:
    """Every dictionary form, every suffix and every gate's string, as UTF-16 bytes (:func:`_units`),
    each key's value (its dictionary value or None, the suffix or None, the gates' bits or 0): a
    form that is a suffix too is found for both."""
    ac = _AUTOMATA.get(gz.digest)
    if ac is None:
        from loaders.mentions.gates import gate_marks  # (here: gates imports every extractor module)

        suffixes = suffix_re(gz)[1]
        marks = gate_marks(gz)
        keys = [(form, (value, form if form in suffixes else None, marks.get(form, 0)))
                for form, value in gz.automaton.items()]
        keys += [(suffix, (None, suffix, marks.get(suffix, 0))) for suffix in suffixes if suffix not in gz.automaton]
        keys += [(mark, (None, None, bits)) for mark, bits in marks.items()
                 if mark not in gz.automaton and mark not in suffixes]
        # The children of a node are looked up in the order they were added: the high bytes
        # common in text (those of scan_chars.txt's characters, by their weight there) go first
        # at the root, and below a high byte the keys opening with the commonest characters
        # (scan_chars.txt, then jieba's count of a character as a word). A common high byte that
        # opens no key gets a key of its own that never matches (the byte and U+0100, above any
        # byte; its value names neither source, so scan() passes it by). Within a first character
        # the keys keep their order (a stable sort): the hits and their order are the same.
        freq = gz.tokenizer().FREQ
        common = _common_chars()
        rank = {c: i for i, c in enumerate(common)}
        weight: Counter[int] = Counter()
        for i, c in enumerate(common):
            weight[ord(c) >> 8] += 1 / (i + 1)  # (a character's share of text falls with its rank)
        high = {h: i for i, (h, _) in enumerate(weight.most_common())}
        last = len(common)
        keys.sort(key=lambda kv: (high.get(ord(kv[0][0]) >> 8, len(high)), rank.get(kv[0][0], last),
                                  -(freq.get(kv[0][0]) or 0)))
        units = [(_units(key), value) for key, value in keys]
        opened = {key[0] for key, _ in units}
        placing = [(chr(h) + _NEVER, (None, None, 0)) for h in high if chr(h) not in opened]
        ac = ahocorasick.Automaton()
        for key, value in sorted(units + placing, key=lambda kv: high.get(ord(kv[0][0]), len(high))):
            ac.add_word(key, value)
        ac.make_automaton()
        _AUTOMATA[gz.digest] = ac
    return ac


def _units(s: str) -> str:
    """``s`` as its UTF-16 bytes (big-endian), one symbol each: two per character of the Basic
    Multilingual Plane, four for one beyond it (a surrogate pair). A lone surrogate raises."""
    return s.encode("utf-16-be").decode("latin-1")


#: a symbol above any byte, which no text read as bytes holds: it closes the keys that only place
#: a common high byte early at the root
_NEVER = "\u0100"


@functools.lru_cache(maxsize=1)
def _common_chars() -> tuple[str, ...]:
    """The characters of scan_chars.txt, most frequent first, after the line break (which a
    one-per-line file cannot list)."""
    return ("\n", *(r.cells[0] for r in read_words("scan_chars.txt") if len(r.cells[0]) == 1))


def scan(gz: Gazetteer, text: str, lo: int, hi: int) -> Hits:
    """The dictionary's hits and the suffixes' hits in ``text[lo:hi]``, end indices relative to ``lo``,
    and the bits of the extractors whose gates hold there."""
    forms: list[tuple[int, Any]] = []
    suffixes: list[tuple[int, str]] = []
    gates = 0
    part = text[lo:hi]
    try:
        units = _units(part)
    except UnicodeEncodeError:
        units = ""  # a lone surrogate: read below by the characters
    if len(units) != 2 * len(part):
        # a character beyond the Basic Multilingual Plane (four bytes, or a lone surrogate): the
        # bytes' places are not twice the characters', and each source's own automaton reads the part
        return list(gz.automaton.iter(part)), list(suffix_automaton(gz).iter(part)), ALL_GATES
    for end, (value, suffix, bits) in _automaton(gz).iter(units):
        if end & 1:  # (a key's bytes ending at a high byte are read across two characters)
            end >>= 1
            if value is not None:
                forms.append((end, value))
            if suffix is not None:
                suffixes.append((end, suffix))
            gates |= bits
    return forms, suffixes, gates
