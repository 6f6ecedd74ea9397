"""loaders.script learns characters a batch at a time: each must read as OpenCC reads it alone."""

from __future__ import annotations

from loaders import script


def _cjk_chars() -> list[str]:
    return [chr(i) for a, b in script.CJK_RANGES for i in range(a, b + 1)]


def test_the_ranges_are_those_of_the_pattern():
    chars = _cjk_chars()
    assert len(chars) == 0x4DBF - 0x3400 + 1 + 0x9FFF - 0x4E00 + 1 + 0xFAFF - 0xF900 + 1
    assert len(script._CJK.findall("".join(chars))) == len(chars)
    assert not script._CJK.search("\u33ff\u4dc0\u4dff\ua000\uf8ff\ufb00a，")


def test_detect_script_counts_as_a_count_over_every_distinct_character():
    """The scan for changed characters counts what a test of each distinct character counts."""
    texts = ["委員會詢問局長現場答覆", "委员会询问局长现场答复", "委員会询问", "市人大常委会委員張三詢問：「如何推進？」" * 3,
             "臺灣 體育 學校 發展" + "的" * 2000, "abc", ""]
    for text in texts:
        chars = set(script._CJK.findall(text))
        changed = sum(1 for c in chars if script._char(c) != c)
        expect = (script.TRADITIONAL if chars and changed >= 3 and changed / len(chars) >= script._TRADITIONAL_SHARE
                  else script.SIMPLIFIED)
        assert script.detect_script(text) == expect, text
    assert script.detect_script("委員會詢問局長現場答覆") == script.TRADITIONAL


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
