"""Labelled transcript layouts (session 7): question-and-answer tables with a heading row in
any column order, two-column rows, 询问内容/答复内容 labels, labels written short (袁局长：,
a bare name introduced in the narration), intro lines over bare 问/答, bracketed speakers,
live-text clock stamps; and the HTML and .docx forms such tables come in.

The transcripts are ours (tests/gold/genres/t7_*), each gold written before the extractor ran
on it; test_transcript_layouts.py holds every exchange of them with all five scored fields right.
"""

from __future__ import annotations

import io

import pytest

from loaders import load_path, load_text
from loaders.read import read_bytes
from loaders.tables import relabel_tables
from loaders.turns import parse_label

_SITTING = "2023年6月28日，衡阳市十六届人大常委会第十五次会议举行联组会议，开展专题询问。"
_ROWS = [["1", "市人大常委会委员张志远", "老旧小区改造进度慢，请问有什么措施？", "市住建局局长王卫东", "今年改造老旧小区一百二十个。"],
         ["2", "市人大代表王丽萍", "农村公路养护不到位，怎么解决？", "市交通运输局局长邵国平", "我们将推行路长制。"],
         ["3", "", "公交站台少，怎么办？", "市交通运输局局长邵国平", "今年新建站台五十个。"]]
_HEAD = ["序号", "询问人", "询问内容", "应询人", "答复内容"]
_WHO = [("张志远", "王卫东"), ("王丽萍", "邵国平"), ("王丽萍", "邵国平")]


def _who(rec) -> list[tuple[str | None, str | None]]:
    return [(e.asker.name, e.respondent.name if e.respondent else None) for e in rec.exchanges]


def test_a_table_row_becomes_an_asker_line_and_a_respondent_line():
    text = "\t".join(_HEAD) + "\n" + "\n".join("\t".join(r) for r in _ROWS)
    lines = relabel_tables(text).split("\n")
    assert lines[:2] == ["市人大常委会委员张志远：老旧小区改造进度慢，请问有什么措施？", "市住建局局长王卫东：今年改造老旧小区一百二十个。"]
    assert lines[4] == "市人大代表王丽萍：公交站台少，怎么办？"  # an empty asker cell: the row above's (merged)


def test_a_table_flattened_to_one_line_is_cut_by_its_column_count():
    flat = _SITTING + " " + " ".join("\t".join(r) for r in [_HEAD, *_ROWS])
    assert _who(load_text(flat, source="flat.txt")) == _WHO


def test_text_with_tabs_that_is_no_table_stays_as_it_is():
    text = "姓名\t单位\t职务\n张志远\t市人大\t委员\n"
    assert relabel_tables(text) == text


def test_a_docx_table_with_a_merged_asker_cell(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph(_SITTING)
    t = d.add_table(rows=4, cols=5)
    for r, row in zip(t.rows, [_HEAD, *_ROWS]):
        for c, v in zip(r.cells, row):
            c.text = v
    t.cell(2, 1).merge(t.cell(3, 1))
    p = tmp_path / "table.docx"
    d.save(p)
    assert _who(load_path(p)) == _WHO


def _html_table(rowspan: bool) -> str:
    cells = "".join(f"<th>{h}</th>" for h in _HEAD)
    rows = [["<td>" + c + "</td>" for c in r] for r in _ROWS]
    if rowspan:  # the second member's cell spans her two rows
        rows[1][1], rows[2][1] = f"<td rowspan='2'>{_ROWS[1][1]}</td>", ""
    body = "".join("<tr>" + "".join(r) + "</tr>" for r in rows)
    return f"<table border='1'><tr>{cells}</tr>{body}</table>"


@pytest.mark.parametrize("rowspan", [False, True])
def test_an_html_table_page_with_its_headline_and_chrome(rowspan):
    html = ("<html><head><meta charset='utf-8'><title>专题询问_人大网</title></head><body>"
            "<div class='nav'>当前位置：首页 &gt; 监督工作</div><h1>衡阳市人大常委会城市更新专题询问实录</h1>"
            f"<div class='content'><p>{_SITTING}</p>{_html_table(rowspan)}</div>"
            "<div class='footer'>版权所有：衡阳市人大常委会办公室 湘ICP备12345678号</div></body></html>")
    raw = read_bytes(html.encode("utf-8"), "html", "page.html")
    assert raw.text.startswith("衡阳市人大常委会城市更新专题询问实录\n")  # the headline trafilatura leaves out
    assert "|" not in raw.text
    assert _who(load_text(raw.text, source="page.html")) == _WHO


def test_an_old_page_whose_article_is_one_layout_cell_split_by_br():
    lines = [_SITTING, "市人大常委会委员张志远：老旧小区改造进度慢，请问市住建局有什么措施？",
             "市住建局局长王卫东：今年改造老旧小区一百二十个。", "市人大代表王丽萍：农村公路养护不到位，怎么解决？",
             "市交通运输局局长邵国平：我们将推行路长制。"]
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head><body>"
            "<table><tr><td><a href='/'>首页</a></td></tr></table><table><tr><td class='zw'>"
            + "<br>".join("&nbsp;&nbsp;" + x for x in lines) + "</td></tr></table></body></html>")
    raw = read_bytes(html.encode("gb2312"), "html", "old.html")
    assert raw.encoding == "gb18030"
    rec = load_text(raw.text, source="old.html")
    assert _who(rec) == _WHO[:2] and rec.exchanges[1].answer == "我们将推行路长制。"


@pytest.mark.parametrize("line, kind, title", [
    ("袁局长：我们计划三年内整合。", "answer", "局长"), ("何副市长：市政府将纳入考核。", "answer", "副市长"),
])
def test_a_surname_and_a_post_is_a_label(line, kind, title):
    label = parse_label(line)
    assert (label.kind, label.speaker.title, label.speaker.name, label.short) == (kind, title, None, line[:line.index("：")])


def test_a_surname_and_a_post_nobody_holds_is_no_person():
    text = (_SITTING + "\n市人大常委会委员张志远：老旧小区改造进度慢，请问市住建局有什么措施？\n"
            "市住建局局长王卫东：今年改造老旧小区一百二十个。\n高主任：请大家继续提问。\n")
    assert _who(load_text(text, source="chair.txt")) == [("张志远", "王卫东")]


def test_stage_directions_are_no_speech():
    text = (_SITTING + "\n市人大常委会委员张志远：老旧小区改造进度慢，请问市住建局有什么措施？\n"
            "市住建局局长王卫东：今年改造老旧小区一百二十个。（掌声）\n")
    assert load_text(text, source="applause.txt").exchanges[0].answer == "今年改造老旧小区一百二十个。"


@pytest.mark.parametrize("line, who", [
    ("问：（龚德华委员）中心使用率不高，问题出在哪里？", ("question", "龚德华", "委员")),
    ("应询：市财政局副局长 杨春华 市级财政给予运营补助。", ("answer", "杨春华", "副局长")),
    ("◎市人力资源和社会保障局（局长 黄立军）：我们将落实补贴。", ("answer", "黄立军", "局长")),
    ("王卫东局长答：今年改造一百二十个。", ("answer", "王卫东", "局长")),
])
def test_the_speaker_named_after_a_bare_verb_or_inside_brackets(line, who):
    label = parse_label(line)
    sp = label.speaker
    assert (label.kind, sp.name, sp.role or sp.title) == who


def test_a_member_asking_an_official_by_name_before_the_colon():
    label = parse_label("委员何建军询问市水利局局长周志勇：沟渠清淤的资金能否保障到位？")
    assert (label.kind, label.speaker.name, label.addressee.name, label.addressee.department) == (
        "question", "何建军", "周志勇", "市水利局")


def test_an_office_and_a_verb_with_no_name_is_still_an_office():
    # "市教育局回应说" reads 回应说 as the verb, leaving no name to check against the post.
    label = parse_label("市教育局回应说：明年新增学位三千个。")
    assert (label.kind, label.speaker.name, label.speaker.department) == ("answer", None, "市教育局")


def test_a_chair_named_after_主持人_is_no_speaker_of_an_exchange():
    assert parse_label("主持人 市人大常委会副主任 邓国平：询问开始。").kind == "other"
    assert parse_label("主持人赵德明：现在开始。").kind == "other"


_LEFT = ["2024年10月29日，绍兴市九届人大常委会", "第二十一次会议举行联组会议，开展专题询问。",
         "市人大常委会委员沈立群：护理型床位占比", "偏低，请问市民政局下一步怎么提高？",
         "市民政局局长宣国栋：我们将新建和改造护理", "型床位两千张，并给予一次性建设补助。"]
_RIGHT = ["市人大代表钱慧芬：农村老人助餐服务覆盖", "率不高，请问市财政局资金如何保障？",
          "市财政局副局长俞建明：市级财政每年安排", "助餐补助资金三千万元，按服务人次补助。",
          "市人大代表钱慧芬追问：补助什么时候到位？", "市财政局副局长俞建明：十月底前拨付到位。"]


def _two_column_pdf() -> bytes:
    """One page set in two columns under a headline across both, a page number under them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)  # A4: 595 × 842 points
    c.setFont("STSong-Light", 16)
    c.drawString(150, 790, "养老服务专题询问实录")
    c.setFont("STSong-Light", 10)
    for i, (a, b) in enumerate(zip(_LEFT, _RIGHT)):
        c.drawString(40, 740 - 16 * i, a)
        c.drawString(315, 740 - 16 * i, b)
    c.drawString(290, 30, "3")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_pdf_page_in_two_columns_is_read_column_by_column(tmp_path):
    p = tmp_path / "bulletin.pdf"
    p.write_bytes(_two_column_pdf())
    rec = load_path(p)
    assert rec.text.startswith("养老服务专题询问实录\n")
    assert [(e.asker.name, e.respondent.name, e.follow_up_of is not None) for e in rec.exchanges] == [
        ("沈立群", "宣国栋", False), ("钱慧芬", "俞建明", False), ("钱慧芬", "俞建明", True)]
    assert rec.exchanges[0].answer.endswith("并给予一次性建设补助。")
    assert (rec.session.body, rec.session.sitting) == ("绍兴市人大常委会", "绍兴市九届人大常委会第二十一次会议")


def test_a_township_report_naming_its_county_level_city_is_placed_in_the_prefecture():
    # 邵东县 became 邵东市 after the gazetteer's list: one county named in full places the report.
    text = ("三塘镇人大主席团开展专题询问\n2023年4月12日，邵东市三塘镇第十八届人民代表大会第三次会议期间，"
            "镇人大主席团组织代表开展专题询问。\n镇人大代表刘春生：村道破损严重，请问镇政府什么时候修？\n"
            "副镇长曾志强：今年下半年全部修好。\n")
    s = load_text(text, source="township.txt").session
    assert (s.city, s.province, s.sitting) == ("邵阳市", "湖南省", "三塘镇第十八届人民代表大会第三次会议")
    assert s.body == "三塘镇人民代表大会主席团"  # a township's congress sits through its presidium


def test_members_of_the_public_at_a_congress_event_ask_no_inquiry_question():
    """At a congress's 代表问政 event, a citizen's question (市民代表潘先生：, 网友留言：) is no
    exchange and does not run into the answer a deputy got before it."""
    from pathlib import Path

    rec = load_path(Path(__file__).parents[1] / "gold" / "genres" / "t7_public_at_wenzheng.txt")
    assert [e.answer for e in rec.exchanges] == ["鹧鸪江泵站扩容工程已经开工，明年汛期前投入使用。",
                                                 "今年起河道清淤统一安排在每年三月底前完成。"]
