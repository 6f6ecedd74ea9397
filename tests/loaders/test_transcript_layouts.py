"""Labelled transcript layouts (session 6): tables flattened to text, speaker lines alone,
headings naming both sides, numbered items with 提问人/应询人, chair lines and 补充询问.

The transcripts are ours (tests/gold/genres/t6_*), each gold written before the extractor
ran on it; every exchange must come out with all five scored fields right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import load_path
from loaders.evaluate import evaluate
from loaders.attribution import Officials
from loaders.turns import find_turns, is_bare_label, parse_label

GENRES = Path(__file__).parents[1] / "gold" / "genres"
# Sessions 6 and 7 (t7_*: tests/loaders/test_transcript_layouts7.py); negatives: test_session_refusals.
T6 = sorted(p for p in GENRES.glob("t[67]_*.gold.json") if not p.name.startswith(("t6_neg_", "t7_neg_")))


@pytest.mark.parametrize("gold", T6, ids=lambda p: p.stem)
def test_every_exchange_and_the_session_right(gold):
    # A missing or extra exchange is an exchange error too ("exchange missing", "extra exchange(s)").
    (f,) = evaluate([gold]).files
    assert (f.error, f.exchange_errors, f.session_errors) == (None, [], [])
    assert len(T6) >= 20


def test_a_verb_in_brackets_names_the_kind():
    label = parse_label("委员杨明辉（补充询问）：排名靠后的怎么办？")
    assert label.kind == "follow_up" and label.speaker.name == "杨明辉"
    assert parse_label("问（区人大常委会委员 林志坚）：…").kind == "question"


@pytest.mark.parametrize("rest, expect", [
    ("提问人：市人大代表 陈国梁", True), ("问：怎么办？", True), ("应询人：市民政局局长 庞振东", True),
    ("人大代表：出了问题别遮丑", False), ("食安办：有效化解", False), ("成效：明显", False),
])
def test_only_a_label_word_opens_a_turn_after_a_plain_space(rest, expect):
    assert is_bare_label(rest) is expect


def test_a_designation_then_a_space_then_the_speech_is_a_label():
    label = parse_label("市人大代表 詹丽萍 老城区雨污分流工程拖了两年，症结在哪里？")
    assert (label.kind, label.speaker.name, label.speaker.role) == ("question", "詹丽萍", "市人大代表")
    # "肖开提 · 依明" is one transliterated name: what follows the space is no speech.
    assert parse_label("自治区人大常委会主任肖开提 · 依明参加会议并讲话。") is None


def test_a_department_and_a_word_alone_on_a_line_is_no_speaker():
    text = "●食安办报告\n今年以来全市抽检食品一万批次。\n●市水利局局长 覃志明\n我们推行县级统管。"
    assert [(t.speaker.name, t.speaker.title) for t in find_turns(text, Officials(text))] == [("覃志明", "局长")]


def _pdf(pages: list[list[str]], header: str, footer: str) -> bytes:
    """A PDF whose every page carries a running header and a page-number footer."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # built into reportlab: no font file
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n, lines in enumerate(pages, 1):
        c.setFont("STSong-Light", 9)
        c.drawString(200, 815, header)
        c.setFont("STSong-Light", 11)
        for i, line in enumerate(lines):
            c.drawString(40, 790 - 18 * i, line)
        c.setFont("STSong-Light", 9)
        c.drawString(280, 30, footer.format(n))
        c.showPage()
    c.save()
    return buf.getvalue()


_PAGES = [
    ["绍兴市人大常委会关于全市养老服务工作的专题询问实录",
     "2024年10月29日，绍兴市九届人大常委会第二十一次会议举行联组会议，开展专题询问。",
     "市人大常委会委员 沈立群：全市护理型床位占比偏低，请问市民政局，下一步怎么提高？",
     "市民政局局长 宣国栋：我们将新建和改造护理型床位两千张，对新增床位给予一次性建设补助，",
     "并鼓励乡镇敬老院转型为区域养老服务中心，力争到明年底护理型床位占比达到百分之六十"],
    ["以上。同时，我们会加强对养老机构的质量评估。",
     "市人大代表 钱慧芬：农村老人助餐服务覆盖率不高，请问市财政局资金如何保障？",
     "市财政局副局长 俞建明：市级财政每年安排助餐补助资金三千万元，按照服务人次给予补助。"],
]


@pytest.mark.parametrize("footer", ["— {} —", "第 {} 页 共 2 页", "{}/2"])
def test_a_pdf_answer_over_a_page_break_loses_the_running_header_and_footer(tmp_path, footer):
    p = tmp_path / "shaoxing.pdf"
    p.write_bytes(_pdf(_PAGES, "绍兴市人大常委会专题询问实录", footer))
    rec = load_path(p)
    assert [(e.asker.name, e.respondent.name) for e in rec.exchanges] == [("沈立群", "宣国栋"), ("钱慧芬", "俞建明")]
    assert rec.exchanges[0].answer.endswith("占比达到百分之六十以上。同时，我们会加强对养老机构的质量评估。")
    assert rec.exchanges[1].answer.endswith("给予补助。")
    assert rec.session.sitting == "绍兴市九届人大常委会第二十一次会议" and rec.session.date == "2024-10-29"


def test_a_label_alone_at_the_top_of_two_pages_is_no_running_header():
    from loaders.read import _without_running_lines

    pages = ["答：\n我们将加快建设。\n— 1 —", "答：\n年底前完成。\n— 2 —"]
    assert _without_running_lines(pages) == [["答：", "我们将加快建设。"], ["答：", "年底前完成。"]]


def test_a_numbered_question_label_names_its_asker_on_the_same_line():
    label = parse_label("问题一：市人大常委会委员 龚春燕")
    assert (label.kind, label.speaker.name) == ("question", "龚春燕")
    assert parse_label("问题一：关于农村供水保障") is None  # a topic heading, no speaker


def test_a_bracketed_side_before_a_speaker_label():
    label = parse_label("【追问】市人大常委会委员 罗晓军：复绿之后谁来管护？")
    assert (label.kind, label.speaker.name) == ("follow_up", "罗晓军")
    assert "复绿之后" in "【追问】市人大常委会委员 罗晓军：复绿之后谁来管护？"[label.end:][:4]


@pytest.mark.parametrize("encoding", ["big5", "gbk"])
def test_a_traditional_transcript_in_big5_or_gbk(tmp_path, encoding):
    """Mirror sites save traditional text as Big5, which mostly decodes as (wrong) GB18030 too."""
    import opencc

    src = (GENRES / "t6_bracket_verbs.txt").read_text(encoding="utf-8")
    p = tmp_path / f"mirror-{encoding}.txt"
    p.write_bytes(opencc.OpenCC("s2t").convert(src).encode(encoding))
    rec = load_path(p)
    assert rec.script == "traditional" and rec.encoding == ("big5" if encoding == "big5" else "gb18030")
    assert [(e.asker.name, e.respondent.name) for e in rec.exchanges] == [
        ("罗晓军", "邓海涛"), ("罗晓军", "邓海涛"), ("兰春梅", "何志刚")]


def test_a_vertical_two_dot_colon_is_a_colon():
    text = ("2024年9月26日，常德市八届人大常委会第二十三次会议开展专题询问。\n"
            "市人大常委会委员龚春燕︰请问市水利局，农村供水如何保障？\n市水利局局长覃志明︰我们推行县级统管。\n")
    from loaders import load_text

    rec = load_text(text, source="x.txt")
    assert [(e.asker.name, e.respondent.name) for e in rec.exchanges] == [("龚春燕", "覃志明")]


def test_one_label_naming_two_officials_gives_both_respondents():
    from loaders import load_text

    text = ("2024年9月26日，常德市八届人大常委会第二十三次会议开展专题询问。\n"
            "市人大常委会委员龚春燕：请问供水资金如何保障？\n"
            "市水利局局长覃志明、市财政局局长熊立平：资金由县级财政按标准保障。\n")
    (e,) = load_text(text, source="x.txt").exchanges
    assert [(r.name, r.department_type) for r in e.respondents] == [("覃志明", "水利"), ("熊立平", "财政")]
    assert e.answer == "资金由县级财政按标准保障。"
    # one official holding two posts stays one respondent
    label = parse_label("市政府副秘书长、市水利局局长覃志明：我们推行县级统管。")
    assert label.also == () and label.speaker.name == "覃志明"


def test_a_docx_speaker_set_in_bold_without_a_colon(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("2024年9月26日，常德市八届人大常委会第二十三次会议召开联组会议，开展专题询问。")
    for speaker, speech in [("市人大常委会委员龚春燕", "请问市水利局，农村供水如何保障？"),
                            ("市水利局局长覃志明", "我们推行县级统管，年底前完成。")]:
        par = d.add_paragraph()
        par.add_run(speaker).bold = True
        par.add_run(speech)
    p = tmp_path / "bold.docx"
    d.save(p)
    (e,) = load_path(p).exchanges
    assert (e.asker.name, e.respondent.name, e.answer) == ("龚春燕", "覃志明", "我们推行县级统管，年底前完成。")
