"""The fused no-HMM segmentation gives jieba's own words on every window the walker may cut."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.gazetteer import get_gazetteer
from loaders.segment import lcut_no_hmm, no_word_across

ROOT = Path(__file__).resolve().parents[2]
# Han characters that start long dictionary words, Latin letters and digits jieba runs
# together, the marks its block regex keeps (+#&._%-), whitespace it keeps as tokens
_MIXED = st.text(alphabet="中华人民共和国产业园区科技有限公司营商环境aZ09+#&._%- \t\r\n，。“”", max_size=40)


def test_windows_of_the_samples_and_genre_texts_cut_as_jieba_cuts_them():
    tk = get_gazetteer().tokenizer()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/gold/genres").glob("*.txt"))[:30]]
    rnd = random.Random(9)
    checked = 0
    for text in texts:
        for _ in range(300):
            a = rnd.randrange(len(text))
            window = text[a:a + rnd.randrange(1, 48)]
            assert lcut_no_hmm(tk, window) == tk.lcut(window, HMM=False), window
            checked += 1
    assert checked >= 9000


@settings(max_examples=500, deadline=None)
@given(_MIXED)
def test_mixed_scripts_and_spaces_cut_as_jieba_cuts_them(text):
    tk = get_gazetteer().tokenizer()
    assert lcut_no_hmm(tk, text) == tk.lcut(text, HMM=False)


def _cuts_of(words):
    pos, out = 0, set()
    for w in words:
        pos += len(w)
        out.add(pos)
    return out


def test_a_boundary_told_without_cutting_is_one_the_cut_has():
    """no_word_across answers True only where jieba's own cut has a boundary (the
    shortcut right_ok takes on windows not cut before); and it answers on most of them."""
    tk = get_gazetteer().tokenizer()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    rnd = random.Random(14)
    told = asked = 0
    for text in texts:
        for _ in range(300):
            a = rnd.randrange(len(text))
            window = text[a:a + rnd.randrange(2, 14)]
            if len(window) < 2:
                continue
            cuts = _cuts_of(tk.lcut(window, HMM=False))
            for i in range(1, len(window)):
                asked += 1
                if no_word_across(tk, window, i):
                    told += 1
                    assert i in cuts, (window, i)
    assert told > asked // 10  # (windows with a mark or a digit are always cut)


def test_cuts_at_agrees_with_the_cut_on_new_and_seen_windows():
    gz = get_gazetteer()
    for window in ("中山东路立体停车楼项目", "产业园区建设", "推进城市建设投资集团改革", "abc中心城区", "某某科技创新中心"):
        cuts = _cuts_of(gz.tokenizer().lcut(window, HMM=False))
        for i in range(1, len(window)):
            gz._cuts.pop(window, None)
            assert gz.cuts_at(window, i) == (i in cuts), (window, i)  # a window not cut before
            gz.cut(window)
            assert gz.cuts_at(window, i) == (i in cuts), (window, i)  # a window remembered
