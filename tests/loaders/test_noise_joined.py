"""normalize's joined paragraph-noise patterns call a paragraph noise exactly where one rule does."""

from __future__ import annotations

from pathlib import Path

from loaders import normalize
from loaders.read import read_file

ROOT = Path(__file__).resolve().parents[2]

_NOISE_LIKE = ["责任编辑：王明", "本报记者 张三 摄", "图为市人大常委会专题询问现场。", "打印本页 关闭窗口",
               "photo_2023.JPG", "您的位置：首页 > 新闻", "全文共1200字", "——", "上一篇：某市召开会议",
               "市交通局局长李强接受询问", "（本报记者 王明）", "来源：某市人大网"]


def _by_rule(q: str) -> bool:
    return any(need in q and rx.fullmatch(q) for rx, need in normalize._noise_rules()[1])


def _joined(q: str) -> bool:
    return any(need in q and rx.fullmatch(q) for rx, need in normalize._paragraph_noise())


def test_joined_rules_agree_with_each_rule_on_every_paragraph():
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/gold/genres").glob("*.txt"))
    paragraphs = [q for p in paths for q in normalize.split_paragraphs(read_file(p)[1].text)]
    paragraphs += _NOISE_LIKE
    assert len(paragraphs) > 1000
    verdicts = [_by_rule(q) for q in paragraphs]
    assert [_joined(q) for q in paragraphs] == verdicts
    assert sum(verdicts) >= 8  # the check saw noise, not only text


def test_a_rule_with_flags_or_a_backreference_stays_alone():
    flagged = [rx for rx, _ in normalize._noise_rules()[1] if rx.flags != normalize.re.UNICODE]
    joined = normalize._paragraph_noise()
    assert all(any(rx is j for j, _ in joined) for rx in flagged)
    assert normalize._has_backref(normalize.re.compile(r"(a)\1")) and normalize._has_backref(normalize.re.compile(r"(?P<x>a)(?P=x)"))
    assert not normalize._has_backref(normalize.re.compile(r"a\d+"))
