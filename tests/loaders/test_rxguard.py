"""loaders.rxguard: a guarded pattern finds exactly what the pattern finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import dates
from loaders.attribution.words import cues
from loaders.rxguard import Anchored, StartScan, anchored, final_chars, guarded, may_consume, start_scanned
from tests.loaders.turn_helpers import patch_everywhere

ROOT = Path(__file__).resolve().parents[2]

# Patterns of every shape the parse-tree walk meets: lookbehinds and lookaheads first,
# optional prefixes, branches of groups, negated sets, categories, an empty-width branch.
SHAPES = [
    r"(?<!\d)(?:\d{1,2}|[一二三])月",
    r"(?:第)?[一二]届|届",
    r"[^，。]{2}说",
    r"a*b|(?:c|)d",
    r"(?<=[^\s，])(?=[：:][“「])|问道",
    r"(?=\d)\d+年",
    r"\s+说",
    r"(?<!a)[\]\-^]x",
    r"(?>ab|a)c",
    r"x{0,2}y",
    # top alternations, each branch guarded too: a lookbehind first, a group of words, a
    # zero-width branch, a set in a branch, a branch re tests itself
    r"(?<!a)(?:bc|d)|(?:一|二)(?:月|年)|(?<=[^\s，])(?=[：:])|x[|\]]|y",
    r"(?<=说)(?:问道|道)|(?:a|b)c|(?=\d)\d+年|[，。]说|\|",
]
ALPHABET = "ab cdxy123一二三月年届说问道，。：:“「\n]-^|"


def _all(rx: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern", SHAPES)
def test_each_shape_is_guarded(pattern):
    assert guarded(re.compile(pattern)).pattern.startswith("(?=")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.sampled_from(SHAPES))
def test_same_matches_on_any_text(text, pattern):
    rx = re.compile(pattern)
    assert _all(guarded(rx), text) == _all(rx, text)


# Shapes for the guard of a match's first two characters: a word then a lookahead that may
# hold at the end, a repeat, a negated set second, a lookahead first, an optional middle, a
# character alone, an empty-width branch, a back-reference second.
PAIR_SHAPES = SHAPES + [
    r"(?<!的)(?:问|说道|答)(?:了)?(?=[：:，]|$)",
    r"(?:一|二)[^，。]{0,3}月|x{2,}y",
    r"(?=[：:](?:[“「]|[^“”\n]{2}[？?]))|问(?!题)",
    r"a(?:b?c|d)*x|(?<=说)道",
    r"(a)\1y|问答",
    r"(?:说|问)(?=(?P<w>[^，。]{1,3})[：:])",
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET + "的了题“”？", max_size=40), st.sampled_from(PAIR_SHAPES))
def test_pair_guard_finds_the_same_matches_on_any_text(text, pattern):
    rx = re.compile(pattern)
    assert _all(guarded(rx, pairs=True), text) == _all(rx, text)
    # (bounded at the end as finditer is on one paragraph of a text)
    assert [(m.span(), m.groups()) for m in guarded(rx, pairs=True).finditer(text, 1, len(text) - 1)] \
        == [(m.span(), m.groups()) for m in rx.finditer(text, 1, len(text) - 1)]


@pytest.mark.parametrize("pattern, admits, refuses", [
    # 问 then a mark or the end of the text, 说 then 道
    (r"(?<!的)(?:问|说道)(?=[：:，]|$)", ["问：", "问", "说道"], ["问题", "说了", "道"]),
    (r"问(?!题)|x", None, None),  # 问 alone: its second character is open, no pair guard
    (r"a*b", ["b", "bx", "ab", "aab"], ["ac", "c"]),  # b alone may be a whole match: any second
])
def test_pair_guard_reads_the_second_character(pattern, admits, refuses):
    from loaders.rxguard import _p, _pair_guard

    guard = _pair_guard(_p.parse(pattern).data)
    assert (guard is None) == (admits is None)
    if guard is not None:
        rx = re.compile(guard)
        assert all(rx.match(s) for s in admits)
        assert not any(rx.match(s) for s in refuses)


@pytest.mark.parametrize("pattern", [r"(?:a|b)?", r".x", r"(?i)ab", r"a|$", r"(?i:a)b",
                                     # re skips ahead on these itself
                                     r"channelId\d", r"[，。]说", r"(?:设为首页|加入收藏)x", r"(第)一"])
def test_patterns_it_cannot_bound_or_need_not_are_left_alone(pattern):
    rx = re.compile(pattern)
    assert guarded(rx) is rx


def test_the_scanning_patterns_are_guarded_and_match_the_same_on_the_samples():
    """The speech cues and the date patterns keep their guard (the speed-up is not lost
    silently) and find the same spans and groups as unguarded on real-shaped text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/gold/genres").glob("*.txt"))]
    # (_FULL and _STAMP open with a set of characters instead, which re skips ahead on
    # faster than on a guard: tests/loaders/test_date_scans.py holds them to the plain forms)
    assert all(getattr(dates, n).pattern.startswith("(?P<y>[") for n in ("_FULL", "_STAMP"))
    hot = [cues()[1]] + [getattr(dates, n) for n in ("_STAMP_DMY", "_MONTH_DAY", "_COMPACT", "_DAY", "_YEAR")]
    # (the speech cues start on common characters: a second guard reads two of them)
    assert re.match(r"\(\?=\[[^]]+\]\)\(\?=", cues()[1].pattern)
    for rx in hot:
        assert rx.pattern.startswith("(?=")
        plain = re.compile(rx.pattern[rx.pattern.index(")(?:") + 4:-1], rx.flags)
        for text in texts:
            assert _all(rx, text) == _all(plain, text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET + "的了题“”？", max_size=40), st.sampled_from(PAIR_SHAPES), st.integers(0, 3),
       st.integers(0, 3))
def test_start_scan_finds_what_finditer_finds(text, pattern, lo, cut):
    """Same spans and groups in the same order, on a whole text and a window of it (empty
    matches included); a pattern it cannot bound gets no scan."""
    rx = re.compile(pattern)
    scan = start_scanned(rx, guarded(rx, pairs=True))
    if scan is None:
        return
    hi = len(text) - cut
    assert [(m.span(), m.groups()) for m in scan.finditer(text, lo, hi)] \
        == [(m.span(), m.groups()) for m in rx.finditer(text, lo, hi)]
    assert _all(scan, text) == _all(rx, text)


@pytest.mark.parametrize("pattern, scanned", [
    (r"(?<!的)(?:问|说道)(?=[：:，]|$)", True),
    (r"(?<=[^\s，])(?=[：:][“「])|问道", True),  # an empty match on a colon, none that reads starts there
    (r"(?=[：:])|[：:]问", False),  # one that reads can start where an empty one does
    (r"a|$", False), (r".x", False), (r"(?i)ab", False),
])
def test_start_scanned_only_where_it_is_exact(pattern, scanned):
    assert isinstance(start_scanned(re.compile(pattern)), StartScan) == scanned


def test_the_speech_cues_are_scanned():
    """The cues of a paragraph are looked for only where a cue's first two characters
    stand (the speed-up is not lost silently), and they find what the guarded pattern finds."""
    from loaders.attribution.words import cue_scan

    assert isinstance(cue_scan(), StartScan)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/gold/genres").glob("*.txt"))]
    rx = cues()[1]
    for text in texts:
        spans, a = [(0, len(text))], 0
        for line in text.split("\n"):  # each paragraph, as find_cues reads them
            spans.append((a, a + len(line)))
            a += len(line) + 1
        for a, b in spans:
            assert [(m.span(), m.groups()) for m in cue_scan().finditer(text, a, b)] \
                == [(m.span(), m.groups()) for m in rx.finditer(text, a, b)]


# Shapes with a literal or a set at a bounded offset from the start (what anchored() needs),
# and the same behind a guard, as the date patterns are.
ANCHORED = [
    r"(?<!\d)(?:\d{1,2}|[一二三])月",
    r"(?<![\d月一二三])(?P<d>\d{1,2}|[一二三]{1,3})日(?![报讯])",
    r"(?:ab)?a",
    r"x{0,3}[ab]y?",
    r"(?<=1)\d{1,2}日",
    r"(?=[12])(?:(?<![\d.])(?P<y>(?:19|20)\d{2})年)",
    r"a(?=b)",
    r"(?:(?:c)|d)[^a]x",
]


@pytest.mark.parametrize("pattern", ANCHORED)
def test_each_anchored_shape_is_anchored(pattern):
    assert isinstance(anchored(re.compile(pattern)), Anchored)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET + "12.abcxy报讯日", max_size=40), st.sampled_from(ANCHORED))
def test_anchored_finds_the_same_matches_on_any_text(text, pattern):
    rx = re.compile(pattern)
    assert _all(anchored(rx), text) == _all(rx, text)


@pytest.mark.parametrize("pattern", [r"\d+月", r"(?i)a月", r"a*|b", r"(?:a|b)+c", r"\s*年"])
def test_patterns_with_no_bounded_anchor_are_left_alone(pattern):
    rx = re.compile(pattern)
    assert anchored(rx) is rx


def test_the_date_patterns_are_anchored_where_it_pays():
    """月, 日 and 年 are rare in a report's head: the three patterns built around them are
    tried only near them (the speed-up is not lost silently)."""
    assert all(isinstance(getattr(dates, n), Anchored) for n in ("_MONTH_DAY", "_DAY", "_YEAR"))


@pytest.mark.parametrize("pattern, ch, expected", [
    (r"委员[\u4e00-\u9fff]{2,4}", "：", False),
    (r"(?=：)委员|(?<!：)局长", "：", False),  # lookarounds consume nothing
    (r"[^（）]+", "：", True),
    (r"[^：]+", "：", False),
    (r"a(?:b|：)?", "：", True),
    (r".", "：", True),
    (r"\w", "：", True),  # a category is not bounded: True
    (r"(a)\1", "a", True),
])
def test_may_consume(pattern: str, ch: str, expected: bool) -> None:
    assert may_consume(re.compile(pattern), ch) is expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="委员局长：（）ab", max_size=8))
def test_may_consume_false_is_a_proof(s: str) -> None:
    """A pattern said never to consume "：" fullmatches no string holding one."""
    for pattern in (r"[委员局长ab]+", r"(?:委员|局长)(?:a|b)*", r"[^：（）]*"):
        rx = re.compile(pattern)
        if "：" in s and not may_consume(rx, "："):
            assert rx.fullmatch(s) is None


@pytest.mark.parametrize("pattern, expected", [
    (r"(?:局|处)长(?:王|李)?(?:说|道)?", "李王说道长"),
    (r"委员(?=：)", "员"),  # a lookahead consumes nothing
    (r"a(?:b|c*)$", "abc"),  # c* and $ may be empty: a may end it
    (r"委员[\u4e00-\u9fff]{2,4}", None),  # a large class
    (r"a.", None),
    (r"(a)\1", None),
    (r"a?", None),  # may match nothing
])
def test_final_chars(pattern: str, expected: str | None) -> None:
    found = final_chars(re.compile(pattern))
    assert (None if found is None else "".join(sorted(found))) == (None if expected is None else "".join(sorted(expected)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="委员局长说道ab：", max_size=8))
def test_final_chars_is_a_proof(s: str) -> None:
    """A string ending in none of a pattern's final characters fullmatches it nowhere."""
    for pattern in (r"(?:委员|局长)(?:a|b)*(?:说|道)?", r"[委员局长ab]+?员", r"(?:局|委)(?:长|员)?(?=：)?"):
        rx = re.compile(pattern)
        finals = final_chars(rx)
        if finals is not None and s[-1:] not in finals:
            assert rx.fullmatch(s) is None


@pytest.mark.parametrize("head", ["市人大常委会委员王静", "市发改局局长李强说", "王静委员追问", "市住建局",
                                  "市住建局局长李强没有回避", "委员王静率先", "局长回应", "代表提问", "问",
                                  "市发改局（局长王明）", "副市长郑启明", "市人大代表张三进一步询问"])
def test_parse_head_final_chars_gate_agrees(head: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """parse_head's test of a head's last character reads what the grammar alone reads."""
    from loaders import turns

    turns.parse_head.cache_clear()
    fast = turns.parse_head.__wrapped__(head)
    screens = turns.grammar.head_screens()
    patch_everywhere(monkeypatch, "head_screens", lambda: {k: (None, s) for k, (_, s) in screens.items()})
    turns.parse_head.cache_clear()
    assert turns.parse_head.__wrapped__(head) == fast


@pytest.mark.parametrize("head", ["询问内容：", "：答复内容", "委员王静：社会各界", "市发改局（局长：王明）",
                                  "市人大常委会委员王静：", "问：市发改局局长李强", "王静委员"])
def test_parse_head_colon_shortcut_agrees(head: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """parse_head's early None for a head with a colon inside reads what the full grammar reads."""
    from loaders import turns

    assert turns.heads._colon_is_no_label()  # the grammar as built consumes no colon
    turns.parse_head.cache_clear()
    fast = turns.parse_head.__wrapped__(head)
    patch_everywhere(monkeypatch, "_colon_is_no_label", lambda: False)
    turns.parse_head.cache_clear()
    assert turns.parse_head.__wrapped__(head) == fast


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="制度责任方案行动计划实施a", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_words_rx_finds_what_a_find_per_word_finds(text: str, lo: int, hi: int) -> None:
    from loaders.mentions.walker import words_rx

    words = ("制度", "责任制", "实施方案", "行动计划")
    assert (words_rx(words).search(text, lo, hi) is not None) == any(text.find(w, lo, hi) >= 0 for w in words)
    assert (words_rx(words, 2).search(text, lo, hi) is not None) == any(text.find(w[-2:], lo, hi) >= 0 for w in words)
