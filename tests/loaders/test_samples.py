"""The two real samples: the 22 exchanges against the hand-written gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.records import from_dict, to_dict

GOLD = Path(__file__).resolve().parents[1] / "gold"


def _gold(record) -> dict:
    return json.loads((GOLD / (Path(record.source).stem + ".gold.json")).read_text(encoding="utf-8"))


def test_twenty_two_exchanges(sample_records):
    assert [len(r.exchanges) for r in sample_records] == [11, 11]


@pytest.mark.parametrize("index", [0, 1])
def test_exchanges_match_gold(sample_records, index):
    rec = sample_records[index]
    gold = _gold(rec)
    assert len(rec.exchanges) == len(gold["exchanges"])
    for e, g in zip(rec.exchanges, gold["exchanges"], strict=True):
        got = {
            "seq": e.seq, "title": e.title, "follow_up": e.follow_up_of is not None,
            "has_answer": e.answer is not None,
            "asker": {"name": e.asker.name, "role": e.asker.role},
            "respondent": {"name": e.respondent.name, "title": e.respondent.title,
                           "department_type": e.respondent.department_type,
                           "department": e.respondent.department},
        }
        want = {k: g[k] for k in got}
        assert got == want, f"exchange {e.seq}"


@pytest.mark.parametrize("index", [0, 1])
def test_session_matches_gold(sample_records, index):
    rec = sample_records[index]
    s = rec.session
    assert {"city": s.city, "province": s.province, "body": s.body, "sitting": s.sitting,
            "date": s.date} == _gold(rec)["session"]


def test_luohe_details(sample_records):
    rec = sample_records[0]
    assert rec.session.kind == "评议询问"
    assert rec.session.topic == "深入推进“三个一批”“三个五百亿”加快重大项目建设"
    # The caption cut "新|兴" mid-word: the answer reads as one text again, without the caption.
    a3 = rec.exchanges[2].answer
    assert "智能制造等新兴和紧缺急需专业" in a3 and "蔡嘉诚" not in rec.text
    assert "下一步将如何立足" in rec.exchanges[5].question
    assert "指导各县区紧扣" in rec.exchanges[7].answer
    last = rec.exchanges[-1]
    assert last.answer is None and last.follow_up_of == rec.exchanges[-2].id
    assert "下转" not in rec.text and ", " not in rec.text
    assert rec.exchanges[0].respondent.department_text == "市发改委"


def test_jieyang_details(sample_records):
    rec = sample_records[1]
    assert rec.session.kind == "专题询问" and rec.session.day == 30 and rec.session.month is None
    assert not rec.text.startswith("|") and not rec.text.endswith("|")
    assert "撰文" not in rec.text and "摄影" not in rec.text
    # Headlines are titles, not answer text.
    assert all("引导相邻相近园区" not in (e.answer or "") for e in rec.exchanges)
    assert rec.exchanges[0].answer.endswith("做出更大贡献。")


def test_offsets_point_into_text(sample_records):
    for rec in sample_records:
        for e in rec.exchanges:
            assert rec.text[e.question_start:e.question_end] == e.question
            if e.answer is not None:
                assert rec.text[e.answer_start:e.answer_end] == e.answer
            for m in e.mentions:
                assert rec.text[m.start:m.end] == m.text


def test_departments_have_aliases(sample_records):
    names = {d.name: d for r in sample_records for d in r.departments}
    assert "市发改委" in names["漯河市发展和改革委员会"].aliases
    assert "市发改局" in names["揭阳市发展和改革局"].aliases
    assert names["漯河市发展和改革委员会"].type == names["揭阳市发展和改革局"].type


def test_json_round_trip(sample_records):
    for rec in sample_records:
        data = json.loads(json.dumps(to_dict(rec), ensure_ascii=False))
        assert from_dict(data) == rec
        assert set(data["session"]) >= {"city", "province", "body", "sitting", "date", "topic"}
        ex = data["exchanges"][0]
        assert set(ex) >= {"id", "seq", "title", "follow_up_of", "asker", "respondent", "question", "answer", "mentions"}


def test_ids_are_stable(sample_paths, sample_records):
    from loaders import load_path

    again = load_path(sample_paths[0])
    assert again == sample_records[0]
    assert again.exchanges[0].id == f"{again.sha256[:12]}-001"
