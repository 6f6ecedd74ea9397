"""pipeline._best_exchanges takes the label reading without running the speech reading when the
labels give four or more exchanges full marks and nothing is asked outside the labelled questions.
That is a decision, not a bound: these tests hold it to reading what the full choice reads."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders import InputError, iter_paths, load_text
from loaders import pipeline

ROOT = Path(__file__).resolve().parents[2]

# Four labelled exchanges with full marks, then the chair's labelled remark asking the vice-mayor:
# the labels read the chair's turn as no question; the mixed reading reads it (by its question mark).
_CHAIR_ASKS = """市人大常委会开展停车管理专题询问

11月20日，某某市人大常委会举行专题询问会，围绕停车难问题进行询问。

钱立群（市人大常委会委员）：我问市公安局交警支队。今年新增停车泊位计划多少个？完成了多少？
韦志成（市公安局交警支队支队长）：今年计划新增泊位5200个，目前已完成3900个，其余年底前完成。
钱立群（市人大常委会委员）：占道停车的投诉为什么居高不下？
韦志成（市公安局交警支队支队长）：主要是老街区车位少，我们正在推动机关单位夜间开放内部车位。
许文彬（市人大代表）：我问市自然资源局。停车场建设用地怎么保障？
柯德明（市自然资源和规划局局长）：我们建立了公共停车场用地清单，优先安排在医院学校周边。
许文彬（市人大代表）：闲置地块临时停车有没有具体目标？
柯德明（市自然资源和规划局局长）：今年盘活闲置地块四十处，已完成八成。
主持人（市人大常委会副主任 蒋云峰）：我也提一个问题，请杭副市长回答。听了几位局长的回答，我感到停车的事\
交警管路面、规划管用地、城管管收费，群众反映问题常常没有一个部门兜底。市政府在这方面有什么考虑？
杭永康（副市长）：谢谢蒋主任。市政府已经成立停车治理工作专班，统一调度各部门工作。
"""


def _askers(text: str) -> list[str | None]:
    return [e.asker.name for e in load_text(text, source="chair.txt").exchanges]


def test_a_chair_asking_after_full_labels_keeps_the_speech_reading() -> None:
    assert _askers(_CHAIR_ASKS) == ["钱立群", "钱立群", "许文彬", "许文彬", "蒋云峰"]


def test_without_the_question_mark_test_the_chair_question_would_be_lost(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "_asked_only_in_labels", lambda clean, turns: True)
    assert _askers(_CHAIR_ASKS) == ["钱立群", "钱立群", "许文彬", "许文彬"]


def test_the_label_reading_taken_as_sure_is_what_the_full_choice_reads(monkeypatch) -> None:
    """On the repository's texts (genre golds, held-out golds, samples): every text reads the same
    with the speech and mixed readings run for all (the choice as it was before the skip)."""
    cleans: list[tuple[str, str]] = []
    real = pipeline._best_exchanges

    def spy(clean, sha, city):
        cleans.append((clean, city))
        return real(clean, sha, city)

    monkeypatch.setattr(pipeline, "_best_exchanges", spy)
    paths = list(iter_paths([ROOT / "tests/gold/genres", ROOT / "tests/gold/heldout", ROOT / "samples"]))
    for p in paths:
        try:
            pipeline.load_path(p)
        except InputError:
            pass
    monkeypatch.undo()
    sure = 0
    differ = []
    full_speech = pytest.MonkeyPatch()
    for clean, city in cleans:
        got = pipeline._best_exchanges(clean, "0" * 64, city)
        full_speech.setattr(pipeline, "_SURE_LABELS", 10**9)
        try:
            before = pipeline._best_exchanges(clean, "0" * 64, city)
        finally:
            full_speech.undo()
        if got != before:
            differ.append(clean[:60])
        label_turns = pipeline.motion_before(clean, pipeline.find_turns(clean, pipeline.Officials(clean)))
        by_label = pipeline.build_exchanges(clean, label_turns, "0" * 64, city)[0]
        sure += (len(by_label) >= pipeline._SURE_LABELS and pipeline._score(by_label) == 4 * len(by_label)
                 and pipeline._asked_only_in_labels(clean, label_turns))
    assert not differ
    assert sure >= 20  # (the skip is put to the test: 32 of the repository's texts take it)
