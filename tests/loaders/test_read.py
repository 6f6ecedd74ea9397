"""Bytes → text: encodings and formats (txt, html, docx, pdf) and bad input."""

from __future__ import annotations

import io

import pytest

from loaders import InputError, load_path
from loaders.read import decode_text, read_file

TRANSCRIPT = """市人大常委会专题询问实录
9月5日，市九届人大常委会第十二次会议开展专题询问。
市人大常委会委员张志远：请问市发改委，如何用好专项债推动重大项目建设？
市发改委主任李文博：我们将推行“拿地即开工”，加快专项债项目开工。
市人大常委会委员陈秀英：市科技局如何推进“揭榜挂帅”？
市科技局局长赵明华：今年发布榜单20项，支持企业联合高校攻关。
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "gb2312"])
def test_text_encodings_decode_to_the_same_record(tmp_path, encoding):
    path = tmp_path / f"t_{encoding}.txt"
    path.write_bytes(TRANSCRIPT.encode(encoding))
    rec = load_path(path)
    assert [e.respondent.department_type for e in rec.exchanges] == ["发展和改革", "科学技术"]
    assert rec.exchanges[0].asker.name == "张志远"
    assert "\ufeff" not in rec.text
    assert rec.encoding in {"utf-8": ("utf-8",), "utf-8-sig": ("utf-8-sig",)}.get(encoding, ("gb18030",))


def test_gb18030_only_characters(tmp_path):
    # 𠀀 exists in GB18030 but not in GBK: the strict GB18030 step must take it.
    text = TRANSCRIPT.replace("李文博", "李𠀀博")
    path = tmp_path / "t.txt"
    path.write_bytes(text.encode("gb18030"))
    assert load_path(path).exchanges[0].respondent.name == "李𠀀博"


def test_detection_fallback_for_other_encodings():
    data = TRANSCRIPT.encode("big5", errors="ignore")
    text, enc = decode_text(data)
    assert "人大常委會" in text or "人大常委会" in text or enc


def test_empty_and_whitespace_files(tmp_path):
    for name, data in (("empty.txt", b""), ("blank.txt", b" \n\t\r\n  ")):
        p = tmp_path / name
        p.write_bytes(data)
        with pytest.raises(InputError, match="empty file") as info:
            load_path(p)
        assert str(info.value).startswith(str(p))
        assert "\n" not in str(info.value)


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError, match="binary"):
        load_path(p)


def test_unknown_suffix(tmp_path):
    p = tmp_path / "data.xlsx"
    p.write_bytes(b"PK\x03\x04 whatever")
    with pytest.raises(InputError, match="unsupported file type '.xlsx'"):
        load_path(p)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="cannot read file"):
        load_path(tmp_path / "nope.txt")


def test_text_without_exchange(tmp_path):
    p = tmp_path / "news.txt"
    p.write_text("今天天气很好，市民纷纷外出游玩。\n公园里人很多。", encoding="utf-8")
    with pytest.raises(InputError, match="no recognisable exchange"):
        load_path(p)


def test_html_page_main_text_only(tmp_path):
    nav = "".join(f"<li><a href='/c{i}'>栏目导航{i}</a></li>" for i in range(12))
    paras = "".join(f"<p>{line}</p>" for line in TRANSCRIPT.strip().splitlines())
    html = f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>专题询问实录</title></head>
<body><header><nav><ul>{nav}</ul></nav></header>
<div class="article"><h1>市人大常委会专题询问实录</h1>{paras}
<p>本次询问共有6个部门参加，询问内容涉及重大项目建设、科技创新和营商环境等多个方面。</p></div>
<footer>版权所有 网站地图 联系我们 ICP备案号</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_bytes(html.encode("gbk"))
    rec = load_path(p)
    assert rec.format == "html"
    assert "栏目导航" not in rec.text and "版权所有" not in rec.text
    assert [e.respondent.name for e in rec.exchanges] == ["李文博", "赵明华"]
    # Paragraphs survive: each speaker turn starts a line.
    assert "\n市人大常委会委员陈秀英：" in rec.text


def test_docx_paragraphs_and_tables(tmp_path):
    import docx

    d = docx.Document()
    for line in TRANSCRIPT.strip().splitlines()[:4]:
        d.add_paragraph(line)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "项目名称"
    t.cell(0, 1).text = "正大超级食品工厂"
    d.add_paragraph("上表为今年新开工的重点项目。")
    for line in TRANSCRIPT.strip().splitlines()[4:]:
        d.add_paragraph(line)
    p = tmp_path / "t.docx"
    d.save(p)
    rec = load_path(p)
    assert rec.format == "docx"
    assert len(rec.exchanges) == 2
    # The table row sits inside the first answer, in document order.
    assert "正大超级食品工厂" in rec.exchanges[0].answer


def test_broken_docx(tmp_path):
    p = tmp_path / "t.docx"
    p.write_bytes(b"this is not a zip archive at all")
    with pytest.raises(InputError, match="not a readable .docx"):
        load_path(p)


def _pdf(lines: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # built into reportlab: no font file
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 11)
    y = 800
    for line in lines:
        c.drawString(40, y, line)
        y -= 18
    c.save()
    return buf.getvalue()


def test_pdf_with_text_layer(tmp_path):
    lines = TRANSCRIPT.strip().splitlines()
    # A long answer wrapped over two PDF lines must read as one paragraph again.
    lines[3:4] = ["市发改委主任李文博：我们将推行“拿地即开工”改革，加快专项债项目开工建设，", "确保年内全部落地。"]
    p = tmp_path / "t.pdf"
    p.write_bytes(_pdf(lines))
    rec = load_path(p)
    assert rec.format == "pdf"
    assert [e.respondent.department_type for e in rec.exchanges] == ["发展和改革", "科学技术"]
    assert rec.exchanges[0].answer.endswith("确保年内全部落地。")


def test_pdf_without_text_layer(tmp_path):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(100, 100, 200, 200, fill=1)  # a scanned page: graphics, no text
    c.save()
    p = tmp_path / "scan.pdf"
    p.write_bytes(buf.getvalue())
    with pytest.raises(InputError, match="PDF has no text layer"):
        load_path(p)


def test_broken_pdf(tmp_path):
    p = tmp_path / "t.pdf"
    p.write_bytes(b"%PDF-1.4\n garbage garbage")
    with pytest.raises(InputError, match="PDF"):
        load_path(p)


def test_read_file_reports_encoding(tmp_path):
    p = tmp_path / "a.md"
    p.write_bytes("\ufeff# 标题\n正文".encode("utf-8"))
    _, raw = read_file(p)
    assert raw.encoding == "utf-8-sig" and raw.text.startswith("# 标题")
