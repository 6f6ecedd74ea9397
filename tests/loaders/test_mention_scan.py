"""The shared automaton pass gives each source the hits its own automaton gives, in the same order."""

from __future__ import annotations

import random
from pathlib import Path

from loaders.gazetteer import get_gazetteer
from loaders.mentions.scan import scan
from loaders.mentions.suffix import _suffix_automaton

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
            forms, suffixes = scan(gz, text, lo, hi)
            assert forms == list(gz.automaton.iter(text[lo:hi]))
            assert suffixes == list(_suffix_automaton(gz).iter(text[lo:hi]))
            found[0] += len(forms)
            found[1] += len(suffixes)
    assert min(found) > 100  # both sources were found


def test_the_keys_that_only_order_the_root_are_never_hits():
    """scan.py gives a common character that opens no key a key of its own, the character and
    U+FFFF, so that pyahocorasick finds it early among the root's children: such a key names
    neither source, so even a text that holds U+FFFF right after it gives the same hits."""
    from loaders.mentions.scan import _NEVER, _automaton, _common_chars

    gz = get_gazetteer()
    ac = _automaton(gz)
    placing = [c for c in _common_chars() if c + _NEVER in ac]
    assert len(placing) > 50  # (most common characters open no name: 的, 了 …)
    assert all(ac.get(c + _NEVER) == (None, None) for c in placing)
    text = "".join(c + _NEVER for c in placing[:20]) + "某某产业园" + placing[0] + _NEVER
    forms, suffixes = scan(gz, text, 0, len(text))
    assert forms == list(gz.automaton.iter(text))
    assert suffixes == list(_suffix_automaton(gz).iter(text))


def test_the_common_characters_are_single_characters_listed_once():
    from loaders.datafiles import read_words

    chars = [r.cells[0] for r in read_words("scan_chars.txt")]
    assert chars and all(len(c) == 1 for c in chars)
    assert len(set(chars)) == len(chars)
