"""The fused no-HMM segmentation gives jieba's own words on every window the walker may cut."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.gazetteer import get_gazetteer
from loaders.segment import lcut_no_hmm

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
