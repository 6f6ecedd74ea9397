"""The second held-out set: eight invented transcripts in layouts and formats the
samples do not have (county and district sessions, 询问人/应询人 declarations,
narrative "X向Y提问", several respondents, 【询问】 blocks, name（title） labels,
Chinese-numeral dates; GBK, HTML with page chrome, .docx). Their gold was written
before the extractor ever ran on them; tests/gold/README.md records the first-run
and current scores. The bar here is what they meet now, so a general rule change
that hurts unseen layouts shows up."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from loaders import load_path
from loaders.evaluate import evaluate
from loaders.records import ENTITY_TYPES

HELD = Path(__file__).resolve().parents[1] / "gold" / "heldout"
TEXT_STEMS = ("longgang_2024", "kunshan_2025", "changxing_2023", "pidu_2024", "liuzhou_2024", "luoyang_2024", "nantong_2024")


def _build_docx(folder: Path) -> Path:
    """ganzhou_2023.docx from its paragraphs (no binary in the repository), next to
    its gold and sidecar."""
    src = HELD / "docx"
    document = docx.Document()
    for line in (src / "ganzhou_2023.paragraphs.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line)
    document.save(folder / "ganzhou_2023.docx")
    for name in ("ganzhou_2023.gold.json", "ganzhou_2023.meta.json"):
        shutil.copy(src / name, folder / name)
    return folder / "ganzhou_2023.gold.json"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    gold = [HELD / f"{stem}.gold.json" for stem in TEXT_STEMS]
    gold.append(_build_docx(tmp_path_factory.mktemp("docx")))
    return evaluate(gold)


def test_inputs_are_the_formats_they_claim():
    raw = (HELD / "pidu_2024.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.decode("gbk").startswith("郫都区")
    html = (HELD / "liuzhou_2024.html").read_text(encoding="utf-8")
    assert "<div class=\"nav\">" in html and "ICP备" in html


def test_every_exchange_right(report):
    assert len(report.files) == 8
    for f in report.files:
        assert f.error is None, f.error
        assert f.exchange_errors == [], (f.gold, f.exchange_errors)
        assert f.exchanges_right == f.exchanges_gold
    assert sum(f.exchanges_gold for f in report.files) == 24


def test_sessions_right_except_the_undated_html(report):
    for f in report.files:
        if Path(f.gold).stem.startswith("liuzhou"):
            # the page gives "10月24日" and only a publication date (2024-10-25) for the
            # year; the year is never guessed, so the date stays null (known gap)
            assert f.session_errors == ["date expected '2024-10-24', got None"]
        else:
            assert f.session_errors == [], (f.gold, f.session_errors)


def test_entity_f1_per_type(report):
    totals = report.totals()
    for typ in ENTITY_TYPES:
        s = totals[typ]
        assert s.f1 >= 0.75, f"{typ}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} fp={s.false_positives} fn={s.misses}"
    assert totals["Project"].precision >= 0.9 and totals["PolicyTool"].precision >= 0.9


def test_html_boilerplate_is_not_content():
    rec = load_path(HELD / "liuzhou_2024.html")
    text = rec.text
    for noise in ("人大概况", "ICP备", "分享到", "上一篇", "热点新闻", "当前位置"):
        assert noise not in text, noise
    assert rec.exchanges[-1].answer.rstrip().endswith("活动。")


def test_declared_speakers_carry_to_bare_question_and_answer():
    rec = load_path(HELD / "pidu_2024.txt")
    first = rec.exchanges[0]
    assert (first.asker.name, first.asker.role) == ("刘德明", "区人大常委会委员")
    assert first.respondent.name == "黄海涛" and first.respondent.department_type == "市场监督管理"
    assert first.question.startswith("我区市场主体登记") and first.answer.startswith("今年以来")
    assert "询问人" not in first.answer and "应询人" not in first.answer


def test_narrative_question_names_asker_and_respondent():
    rec = load_path(HELD / "liuzhou_2024.html")
    ex = rec.exchanges[0]
    assert ex.asker.name == "覃建华"
    assert (ex.respondent.name, ex.respondent.title) == ("韦志强", "局长")
    assert ex.respondent.department == "柳州市工业和信息化局"
    assert ex.question.startswith("我市新能源汽车产业链")


def test_bullet_speaker_lines_declare_the_next_bare_label():
    """"■ 市商务局局长 徐晓峰" then "答：…" (■ is a bullet here, not a photo caption)."""
    rec = load_path(HELD / "kunshan_2025.txt")
    assert [(e.asker.name, e.respondent.name) for e in rec.exchanges] == [
        ("朱建平", "徐晓峰"), ("陈慧", "周国强"), ("陈慧", "周国强")]
    second = rec.exchanges[1]
    # the second respondent's supplement is part of the answer (one span, as with
    # any answer given by several respondents); the respondent is the first one
    assert second.answer.startswith("我们在市政务服务中心") and "补充一点" in second.answer
    assert second.respondent.department_type == "政务服务和数据"
    assert rec.exchanges[2].follow_up_of == second.id


def _tools(text: str) -> set[str]:
    from loaders.mentions import extract_mentions

    result = extract_mentions(text, [("x", "answer", 0, len(text))], None)
    return {m.name for m in result.mentions["x"] if m.type == "PolicyTool"}


@pytest.mark.parametrize("text, tool", [
    ("我们坚持“三水共治”，成效明显。", "三水共治"),        # a numbered slogan
    ("我们在开发区推行“证照联办”。", "证照联办"),          # a short quoted name after 推行
])
def test_quoted_tool_patterns(text, tool):
    assert tool in _tools(text)


@pytest.mark.parametrize("text", [
    "我们围绕“七个围绕”开展工作。",    # an enumeration, not a tool
    "企业开办实现“零成本”。",          # an outcome after 实现
    "我们推行“政府主导、企业参与、社会协同、群众受益”的工作格局。",  # long description
])
def test_quoted_non_tools(text):
    assert _tools(text) == set()
