"""resolve._merge_short_forms keeps only the tails that are names: the same mapping as indexing every
tail (the session-26 form), on random sets of names over a small alphabet (many shared tails)."""

from __future__ import annotations

import random

from loaders import resolve


def _reference(names: set[str]) -> dict[str, str]:
    tails: dict[str, list[str]] = {}
    for n in names:
        for i in range(1, len(n) - 2):
            tails.setdefault(n[i:], []).append(n)
    mapping = {}
    for short in names:
        longer = tails.get(short, ())
        if len(short) >= 3 and len(longer) == 1:
            mapping[short] = longer[0]
    for k in list(mapping):
        seen = {k}
        v = mapping[k]
        while v in mapping and v not in seen:
            seen.add(v)
            v = mapping[v]
        mapping[k] = v
    return mapping


def test_same_mapping_as_indexing_every_tail():
    rnd = random.Random(26)
    merge = getattr(resolve, "_merge_short_forms")
    for _ in range(3000):
        alphabet = "园区产业链某甲乙"[: rnd.randint(2, 8)]
        names = {"".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 9))) for _ in range(rnd.randint(0, 12))}
        assert merge(names) == _reference(names)
