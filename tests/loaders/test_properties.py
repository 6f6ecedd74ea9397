"""Property tests: any input gives a record or the documented InputError, nothing else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import InputError, load_path
from loaders.records import DocumentRecord

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of real transcripts, so that generated texts reach the exchange builder.
PIECES = [
    "市人大常委会委员王静：", "项丽：", "市发改局副局长刘小杰：", "问：", "答：", "追问：", "委员张建问：",
    "一、市人大常委会副主任李建国提问：", "市行政审批服务局局长王建华回答：", "请问项丽同志：",
    "请问市科技局赵国强同志：", "市发改委", "（下转04版）", "见习记者 蔡嘉诚 摄", "撰文:蔡晓惠", "   ", "\n",
    "\n\n", "|", "，", "。", "？", ", ", ": ", "“11+8”", "31.8%", "因地制宜夯实七大产业集群根基",
    "10月28日，市八届人大常委会召开第十四次会议", "2025年", "漯河", "揭阳高新区", "\u3000\u3000", "\ufeff",
    "市人大常委会委员张伟向市发改委主任李强提问：", "李强回答说：", "（", "）", "(", ")",
]
texty = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join)


def _check(result: DocumentRecord) -> None:
    assert isinstance(result, DocumentRecord)
    text = result.text
    assert result.exchanges
    for e in result.exchanges:
        assert text[e.question_start:e.question_end] == e.question
        if e.answer is not None:
            assert text[e.answer_start:e.answer_end] == e.answer
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def _load(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"doc{suffix}"
        p.write_bytes(data)
        try:
            result = load_path(p)
        except InputError as e:
            assert str(e).startswith(str(p) + ": ") and "\n" not in str(e)
            return
        _check(result)


@SETTINGS
@given(st.text(max_size=400), st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_arbitrary_unicode_text(text, encoding):
    _load(text.encode(encoding, errors="replace") if encoding != "gb18030" else text.encode(encoding), ".txt")


@SETTINGS
@given(texty, st.sampled_from(["utf-8", "gb18030"]))
def test_transcript_like_text(text, encoding):
    _load(text.encode(encoding), ".txt")


@SETTINGS
@given(st.binary(max_size=600), st.sampled_from([".txt", ".md", ".html", ".docx", ".pdf"]))
def test_arbitrary_bytes(data, suffix):
    _load(data, suffix)


@settings(max_examples=40, deadline=None)
@given(texty)
def test_transcript_like_html(text):
    _load(f"<html><body><article><p>{text}</p></article></body></html>".encode("utf-8"), ".html")
