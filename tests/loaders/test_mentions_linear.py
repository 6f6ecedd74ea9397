"""Extraction work grows linearly with the text: counted in operations, never timed.

Three counters, on texts made of k copies of a paragraph we wrote:
* characters fed to the Aho-Corasick automaton (pyahocorasick converts the whole
  string it is given, so a per-exchange ``iter(text, lo, hi)`` was quadratic);
* characters fed to jieba;
* Python lines executed in the mention package and the resolver (loops that scan
  back to the start of a part or compare every name with every other).
Doubling the text may at most double each count (plus a little slack).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import loaders.mentions as lm
from loaders.mentions import walker
from loaders import gazetteer
from loaders.gazetteer import get_gazetteer
from loaders.mentions import extract_mentions

_PARA = ("我市推行“容缺受理、告知承诺、拿地即开工”，落实揭榜挂帅机制，建设东湖科创产业园和丁湖路改造工程。"
         "青川大学、红星集团等龙头企业参与电子信息产业链建设（一期），争取专项债资金。")
_PKG = str(Path(lm.__file__).resolve().parent)
_RESOLVE = "resolve.py"


class _CountingAutomaton:
    """Stands in for the gazetteer's automaton and counts the characters it scans."""

    def __init__(self, real):
        self.real, self.chars = real, 0

    def iter(self, text, *bounds):
        self.chars += len(text)  # bounds or not, the C code converts all of ``text``
        return self.real.iter(text, *bounds)

    def __contains__(self, form):
        return form in self.real

    def get(self, form, *default):
        return self.real.get(form, *default)


def _count(text: str, parts) -> dict[str, int]:
    gz = get_gazetteer()
    counting = _CountingAutomaton(gz.automaton)
    fed = {"jieba": 0}
    real_lcut = gazetteer.lcut_no_hmm

    def lcut(tk, s):
        fed["jieba"] += len(s)
        return real_lcut(tk, s)

    lines = {"n": 0}

    def tracer(frame, event, arg):
        f = frame.f_code.co_filename
        if not (f.startswith(_PKG) or f.endswith(_RESOLVE)):
            return None

        def local(frame, event, arg):
            if event == "line":
                lines["n"] += 1
            return local
        return local

    gz.automaton, gazetteer.lcut_no_hmm = counting, lcut
    gz._cuts.clear()  # count the segmentation of this text, not what earlier tests left cached
    walker._WALKS.clear()
    sys.settrace(tracer)
    try:
        extract_mentions(text, parts, "青川市")
    finally:
        sys.settrace(None)
        gz.automaton, gazetteer.lcut_no_hmm = counting.real, real_lcut
    return {"automaton": counting.chars, "jieba": fed["jieba"], "lines": lines["n"]}


def _exchanges(k: int) -> tuple[str, list]:
    text = "\n".join(_PARA for _ in range(k))
    parts, pos = [], 0
    for i in range(k):
        parts.append((f"e{i}", "answer", pos, pos + len(_PARA)))
        pos += len(_PARA) + 1
    return text, parts


def _one_line(k: int) -> tuple[str, list]:
    # a whole report in one paragraph, no sentence ends: sentences and look-backs must stay bounded
    text = " ".join(_PARA.replace("。", "，") for _ in range(k))
    return text, [("e0", "answer", 0, len(text))]


def _quote_run(k: int) -> tuple[str, list]:
    text = "推行" + "、".join("“一网通办”" for _ in range(8 * k)) + "等制度。"
    return text, [("e0", "answer", 0, len(text))]


@pytest.mark.parametrize("make", [_exchanges, _one_line, _quote_run])
def test_work_grows_linearly(make):
    small, big = _count(*make(8)), _count(*make(32))
    for key in ("automaton", "jieba", "lines"):
        assert big[key] <= 4.4 * small[key] + 50, (key, small[key], big[key])


def test_windows_are_segmented_once():
    """gz.cut gives jieba's words (no HMM) and segments a repeated window only once."""
    gz = get_gazetteer()
    tk = gz.tokenizer()
    calls = {"n": 0}
    real_lcut = gazetteer.lcut_no_hmm

    def lcut(tk, s):
        calls["n"] += 1
        return real_lcut(tk, s)

    window = "建设东湖科创产业园和丁湖路改造工程"
    gazetteer.lcut_no_hmm = lcut
    try:
        gz._cuts.clear()
        first = gz.cut(window)
        again = gz.cut(window)
    finally:
        gazetteer.lcut_no_hmm = real_lcut
    assert first == again == tuple(tk.lcut(window, HMM=False))
    assert calls["n"] == 1


def test_remembered_walks_give_the_same_mentions():
    """The walk cache keys on the window it reads: a second pass over a text (every walk
    remembered) finds exactly what a fresh pass finds, offsets included."""
    text = "\n".join([_PARA, "在" + _PARA, _PARA.replace("东湖", "西湖")])
    parts = [("e0", "answer", 0, len(text))]
    gz = get_gazetteer()
    gz._cuts.clear()
    walker._WALKS.clear()
    fresh = extract_mentions(text, parts, "青川市").mentions["e0"]
    assert walker._WALKS
    again = extract_mentions(text, parts, "青川市").mentions["e0"]
    assert fresh == again and len(fresh) > 5
