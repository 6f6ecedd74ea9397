"""normalize's whole-text patterns rewritten to open with a character set (scanned for in C):
they must match exactly where the lookbehind-first forms they replace matched."""

import random
import re

import loaders.normalize as N

_ALPHABET = list("。！？!?”」 \t“「*【（(中a1,:;?!\n：，\"")


def _texts(n: int = 20000):
    rnd = random.Random(7)
    for _ in range(n):
        yield "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 12)))


def test_mark_after_chinese_same_matches():
    reference = re.compile(rf"(?<={N._ZH_CONTEXT.pattern})[,:;?!]")
    for t in _texts():
        assert [m.span() for m in N._AFTER_ZH.finditer(t)] == [m.span() for m in reference.finditer(t)], t


def test_flattened_break_same_matches():
    reference = re.compile(rf"(?<=[。！？!?”」])[ \t]{{1,2}}(?=[“「*【（({N._ZH}])")
    for t in _texts():
        assert [m.span() for m in N._FLATTENED.finditer(t)] == [m.span() for m in reference.finditer(t)], repr(t)


def test_fold_punctuation_quotes_and_corners():
    # the prefilters skip only texts with no straight quote / no corner bracket
    assert N.fold_punctuation('"请问对"小餐桌"怎么管？"') == '“请问对‘小餐桌’怎么管？”'
    assert N.fold_punctuation('委员问:"如何推进?"') == '委员问：“如何推进？”'
    assert N.fold_punctuation("「如何推进？」") == "“如何推进？”"
    assert N.fold_punctuation("『如何』") == "‘如何’"
