"""departments._generic_scan, _generic_re tried only up to six characters before each 市, 州, 区 or
县, finds exactly what the plain pattern finds scanning the whole phrase."""

import random
from pathlib import Path

import loaders.departments as D

ROOT = Path(__file__).resolve().parents[2]


def _found(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_same_matches_on_random_texts():
    rnd = random.Random(11)
    alphabet = list("市州区县省南湖河城交通运输局委员会办公室管部门的了场在和")
    for _ in range(30000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert _found(D._generic_scan().finditer(text)) == _found(D._generic_re().finditer(text)), text


def test_same_matches_on_the_samples():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/gold/genres").glob("*.txt"))]
    for text in texts:
        assert _found(D._generic_scan().finditer(text)) == _found(D._generic_re().finditer(text))
