"""loaders.script learns characters a batch at a time: each must read as OpenCC reads it alone."""

from __future__ import annotations

from loaders import script


def _cjk_chars() -> list[str]:
    out = []
    for a, b in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):  # script._CJK's ranges
        out += [chr(i) for i in range(a, b + 1)]
    return out


def test_the_ranges_are_those_of_the_pattern():
    chars = _cjk_chars()
    assert len(script._CJK.findall("".join(chars))) == len(chars)
    assert not script._CJK.search("\u33ff\u4dc0\u9fff\u0000\ufb00".replace("\u9fff", ""))


def test_every_character_learnt_in_one_batch_reads_as_alone(monkeypatch):
    monkeypatch.setattr(script, "_ONE", {})
    monkeypatch.setattr(script, "_CHANGED", set())
    chars = _cjk_chars()
    script._learn(chars)
    convert = script._converter().convert
    alone = {c: (s if len(s := convert(c)) == 1 else c) for c in chars}
    assert script._ONE == alone
    assert script._CHANGED == {c for c, s in alone.items() if s != c}
    assert "詢" in script._CHANGED and "询" not in script._CHANGED
