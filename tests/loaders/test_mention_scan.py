"""The shared automaton pass gives each source the hits its own automaton gives, in the same order."""

from __future__ import annotations

import random
from pathlib import Path

from loaders.gazetteer import get_gazetteer
from loaders.mentions.scan import scan
from loaders.mentions.suffix import suffix_automaton

ROOT = Path(__file__).resolve().parents[2]


def test_the_shared_scan_splits_into_each_automatons_own_hits():
    gz = get_gazetteer()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/gold/genres").glob("*.txt"))[:60]]
    rnd = random.Random(14)
    found = [0, 0]
    for text in texts:
        for _ in range(40):
            lo = rnd.randrange(len(text))
            hi = min(len(text), lo + rnd.randrange(1, 400))
            forms, suffixes, _ = scan(gz, text, lo, hi)
            assert forms == list(gz.automaton.iter(text[lo:hi]))
            assert suffixes == list(suffix_automaton(gz).iter(text[lo:hi]))
            found[0] += len(forms)
            found[1] += len(suffixes)
    assert min(found) > 100  # both sources were found


def test_the_keys_that_only_order_the_root_are_never_hits():
    """scan.py reads a part as its UTF-16 bytes and gives a common high byte that opens no key
    a key of its own, the byte and U+0100 (above any byte): such a key names neither source,
    and even a text that holds U+0100 right after such a byte's character gives the same hits."""
    from loaders.mentions.scan import _NEVER, _automaton

    gz = get_gazetteer()
    ac = _automaton(gz)
    placing = [chr(h) for h in range(256) if chr(h) + _NEVER in ac]
    assert placing  # (the ASCII and CJK-punctuation bytes open no name: 0x00, 0x30)
    assert all(ac.get(b + _NEVER) == (None, None, 0) for b in placing)
    text = "".join(chr(ord(b) << 8 | 0x41) + _NEVER for b in placing) + "某某产业园，中山东路"
    forms, suffixes, _ = scan(gz, text, 0, len(text))
    assert forms == list(gz.automaton.iter(text))
    assert suffixes == list(suffix_automaton(gz).iter(text))


def test_keys_read_across_two_characters_and_characters_beyond_the_plane_change_no_hit():
    """A key's bytes may stand across two characters (the low byte of one, the high byte of the
    next): such an end falls on a high byte and is passed by. A part with a character beyond the
    Basic Multilingual Plane (four bytes) or a lone surrogate is read by each source's automaton."""
    gz = get_gazetteer()
    key = next(k for k in gz.automaton if len(k) == 2 and "\u4e00" <= k[0] <= "\u9fff")
    units = key.encode("utf-16-be")
    # two characters whose bytes hold the key's bytes shifted by one: (x, k0 high), (k0 low, k1 high), (k1 low, x)
    shifted = bytes([0x4E, units[0], units[1], units[2], units[3], 0x4E]).decode("utf-16-be")
    for text in (shifted, "某某产业园\U00020000中山东路", "中山东路\ud800某某产业园", key + shifted + key):
        forms, suffixes, _ = scan(gz, text, 0, len(text))
        assert forms == list(gz.automaton.iter(text))
        assert suffixes == list(suffix_automaton(gz).iter(text))


def test_the_common_characters_are_single_characters_listed_once():
    from loaders.datafiles import read_words

    chars = [r.cells[0] for r in read_words("scan_chars.txt")]
    assert chars and all(len(c) == 1 for c in chars)
    assert len(set(chars)) == len(chars)
