"""Traditional script: detect it, read it as simplified, show it as written.

Mirror sites copy mainland reports in traditional characters (委員, 詢問, 局長),
sometimes with pinyin glosses inside words (據(jù)). The extraction rules and
data files are written in simplified characters, so a traditional text is
converted to simplified with OpenCC **keeping every character's place**: every
character maps to exactly one character (OpenCC's phrases where they keep the
length, else character by character), so the two texts have the same
length and every offset found in the simplified one points at the same
characters of the text as written. Canonical names come from the simplified
text (a 趙永利 in one report is the 赵永利 of another); the record keeps the
text as written.
"""

from __future__ import annotations

import functools
import re


__all__ = ["SIMPLIFIED", "TRADITIONAL", "CJK_RANGES", "detect_script", "to_simplified", "strip_pinyin_glosses",
           "as_written"]

SIMPLIFIED = "simplified"
TRADITIONAL = "traditional"

#: The CJK blocks read as Chinese characters (unified, extension A, compatibility).
CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_CJK = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in CJK_RANGES) + "]")
# 據(jù), 監(jiān)督, 两(liǎng ): pinyin in brackets right after a character; mirror sites
# also strew emoji in brackets between characters (全(📼)国).
# (the bracket first, the character before it checked by a lookbehind after it: re scans for
# a leading set in C, where an opening lookbehind, even guarded, entered the engine at every
# character of a report; the same matches)
_GLOSS = re.compile(r"[（(](?<=[\u3400-\u4dbf\u4e00-\u9fff].)\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\s?[)）]")
_TONE = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
_EMOJI = re.compile(r"[（(][\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]{1,3}[)）]")
# Share of CJK characters that OpenCC changes above which a text is traditional;
# simplified text changes almost nothing (a few variant characters at most).
_TRADITIONAL_SHARE = 0.04


@functools.lru_cache(maxsize=1)
def _converter():
    import opencc  # a compiled extension: load it only for texts that need it

    return opencc.OpenCC("t2s")


# Character → its simplified form (itself where OpenCC gives none of one character). Only
# characters of _CJK come here, so it holds at most their ~28,600.
_ONE: dict[str, str] = {}
_CHANGED: set[str] = set()  # the characters of _ONE that change, for one set intersection


def _char(c: str) -> str:
    s = _ONE.get(c)
    if s is None:
        _learn((c,))
        s = _ONE[c]
    return s


def _learn(chars) -> None:
    """Learn the characters not yet known with one OpenCC call, a line each: a report's
    first look at its ~1,000 distinct characters cost a call per character. A line holds
    no phrase, so each converts as it does alone (tests/loaders/test_script_chars.py checks
    every character of _CJK)."""
    new = [c for c in chars if c not in _ONE]
    if not new:
        return
    out = _converter().convert("\n".join(new)).split("\n")
    if len(out) != len(new):  # a character converted to a line break: one by one
        out = [_converter().convert(c) for c in new]
    for c, s in zip(new, out):
        _ONE[c] = s if len(s) == 1 else c
        if _ONE[c] != c:
            _CHANGED.add(c)


def to_simplified(text: str) -> str:
    """Simplified characters, one for one (same length, same offsets).

    OpenCC's phrase table goes first, so that a character whose simplified form
    depends on its word is right (答覆 → 答复, where 覆 alone stays 覆); a line
    whose phrase conversion changes its length falls back to characters.

    >>> to_simplified("委員會詢問局長現場答覆")
    '委员会询问局长现场答复'
    """
    whole = _converter().convert(text)
    if len(whole) == len(text):
        return whole
    found = set(_CJK.findall(text))
    _learn(found)
    table = {c: _ONE[c] for c in found}
    out = []
    for line in text.split("\n"):
        conv = _converter().convert(line)
        out.append(conv if len(conv) == len(line) else "".join(table.get(c, c) for c in line))
    return "\n".join(out)


def detect_script(text: str) -> str:
    """``"traditional"`` when a real share of the Chinese characters is traditional."""
    head = text[:20000]
    # The distinct characters OpenCC changes, by one scan for them: a simplified text has
    # fewer than three and needs nothing more (the set of all its distinct characters cost
    # ~0.5 ms a report, a str object made per character).
    changed = len(set(_changed_re().findall(head)))
    if changed < 3:
        return SIMPLIFIED
    # The distinct characters (one C pass), then the CJK ones among them (_CJK over them).
    distinct = len(set(_CJK.findall("".join(set(head)))))
    return TRADITIONAL if changed / distinct >= _TRADITIONAL_SHARE else SIMPLIFIED


@functools.lru_cache(maxsize=1)
def _changed_re() -> re.Pattern[str]:
    """A class of every character of the CJK blocks that OpenCC changes alone: all ~28,600
    are learnt in one call (~10 ms once per process), as a dictionary is loaded."""
    _learn(chr(i) for a, b in CJK_RANGES for i in range(a, b + 1))
    # (CJK characters need no escape inside a class; an empty class would match nothing)
    return re.compile("[" + "".join(sorted(_CHANGED)) + "]") if _CHANGED else re.compile("(?!)")


def strip_pinyin_glosses(text: str, *, toneless: bool = True) -> str:
    """Drop pinyin glosses and bracketed emoji copied from mirror sites: 據(jù)說 → 據說.

    With ``toneless=False`` only glosses with a tone mark go, so that a simplified
    text keeps its own brackets (单位(km)).

    >>> strip_pinyin_glosses("全(📼)国两(liǎng )会")
    '全国两会'
    """
    if "（" not in text and "(" not in text:
        return text  # (both patterns open with a bracket: two finds, not two scans for the set of both)
    text = _EMOJI.sub("", text)
    return _GLOSS.sub(lambda m: "" if toneless or _TONE.search(m.group(0)) else m.group(0), text)


def as_written(clean_simplified: str, raw_simplified: str, raw: str) -> str:
    """The normalised text in the script of ``raw``.

    Normalising deletes and folds characters but never reorders Chinese ones,
    so each Chinese character of the normalised simplified text is found, in
    order, in the simplified raw text, whose same offset in ``raw`` holds the
    character as written.
    """
    out = list(clean_simplified)
    j = 0
    n = len(raw_simplified)
    for i, c in enumerate(clean_simplified):
        if not _CJK.match(c):
            continue
        k = raw_simplified.find(c, j, j + 2001)  # (bounded: a lost character searched to the end of a long file)
        if k < 0 or k - j > 2000:  # lost: keep the simplified character
            continue
        out[i] = raw[k]
        j = k + 1
        if j >= n:
            break
    return "".join(out)
