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
