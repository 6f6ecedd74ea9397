"""Bytes → text: encodings (UTF-8, UTF-8 BOM, GBK/GB18030, detected) and formats.

Each reader returns the document's text with paragraphs on their own lines;
normalisation (punctuation, noise, re-joining) happens later in
:mod:`loaders.normalize`. Anything unreadable raises :class:`InputError` with a
one-line reason.
"""

from __future__ import annotations

import functools
import io
import logging
import os
import re
import stat
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from loaders.errors import InputError

__all__ = ["SUPPORTED_SUFFIXES", "RawText", "read_file", "read_bytes", "decode_text", "max_bad_bytes"]

log = logging.getLogger(__name__)

#: suffix → format name
SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}

# C0 controls other than tab/newline/CR/form feed never occur in real text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


@dataclass(frozen=True)
class RawText:
    text: str
    encoding: str | None  # None for formats that carry their own (docx, pdf)
    format: str


def read_file(path: str | Path) -> tuple[bytes, RawText]:
    """Read ``path`` and return its raw bytes and decoded text."""
    p = Path(path)
    fmt = SUPPORTED_SUFFIXES.get(p.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unsupported file type {p.suffix or '(no suffix)'!r} "
                         f"(supported: {' '.join(SUPPORTED_SUFFIXES)})")
    data = _read_regular(p)
    return data, read_bytes(data, fmt, str(path))


def _read_regular(p: Path) -> bytes:
    """The bytes of ``p`` if it is a regular file (after symlinks); InputError otherwise.

    A named pipe called ``x.txt`` in a folder used to block ``extract`` and
    ``ingest`` forever: the file is opened without blocking and checked with
    fstat on the open descriptor (no window between a check and the read).
    """
    try:
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise InputError(str(p), "is a directory") from None
    except OSError as e:
        raise InputError(str(p), f"cannot read file ({e.strerror or e})") from None
    with os.fdopen(fd, "rb") as f:
        mode = os.fstat(f.fileno()).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(str(p), "is a directory")
        if not stat.S_ISREG(mode):
            raise InputError(str(p), f"not a regular file ({_file_kind(mode)}); skipped")
        try:
            return f.read()
        except OSError as e:
            raise InputError(str(p), f"cannot read file ({e.strerror or e})") from None


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a plain file"


def read_bytes(data: bytes, fmt: str, path: str = "<bytes>") -> RawText:
    """Decode ``data`` of format ``fmt`` (txt, html, docx, pdf) into text."""
    if not data.strip():
        raise InputError(path, "empty file")
    if fmt == "txt":
        text, enc = decode_text(data, path)
        return RawText(text, enc, "txt")
    if fmt == "html":
        text, enc = decode_text(data, path)
        return RawText(_html_text(text, path), enc, "html")
    if fmt == "docx":
        return RawText(_docx_text(data, path), None, "docx")
    if fmt == "pdf":
        return RawText(_pdf_text(data, path), None, "pdf")
    raise InputError(path, f"unsupported format {fmt!r}")


def decode_text(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode text bytes: BOM, strict UTF-8, strict GB18030 (or Big5 where that reads far
    better), lenient, then detection.

    Strict UTF-8 and strict GB18030 cover nearly all government files and are
    much cheaper than detection; GB18030 is a superset of GBK and GB2312.
    A file with a few bad bytes (at most :func:`max_bad_bytes`) is read with
    them replaced and one warning naming the count and the first offset.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        text, enc = _strict(data[3:], "utf-8", path), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, enc = _strict(data, "utf-16", path), "utf-16"
    else:
        text = enc = None
        for candidate in ("utf-8", "gb18030"):
            try:
                text, enc = data.decode(candidate), candidate
                break
            except UnicodeDecodeError:
                continue
        if enc == "gb18030":
            text, enc = _big5_if_better(data, text)
        if text is None:
            lenient = _lenient(data, path)
            if lenient is not None:
                text, enc, replaced = lenient
                _check_textual(text, path, replaced)
                return text, enc
            text, enc = _detect(data, path)
    _check_textual(text, path)
    return text, enc


def _common_share(text: str) -> float:
    """Share of Han characters among the 6,763 of GB2312, once in simplified script."""
    from loaders.script import to_simplified

    # one C-level scan and a count per distinct character, not a test per character
    han = _HAN_CHAR.findall(to_simplified(text[:20000]))
    if not han:
        return 1.0
    common = sum(n for c, n in Counter(han).items() if _in_gb2312(c))
    return common / len(han)


_HAN_CHAR = re.compile("[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=32768)  # the domain: the ~21,000 characters of _HAN_CHAR
def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _big5_if_better(data: bytes, text: str) -> tuple[str, str]:
    """Big5 bytes (traditional mirror sites of Taiwan and Hong Kong) mostly decode as valid
    GB18030 too, as mojibake of rare characters: read them as Big5 when that reads as
    ordinary text and the GB18030 reading does not."""
    # (the Big5 decoding first: GB18030 bytes mostly fail it, and then the GB18030 reading stays
    # whatever its share, which cost a conversion of the text's head to measure: 22 of the 23
    # GB18030 files of the bench documents, samples and open blind sets; ~0.7 % of reading 50 reports)
    try:
        big5 = data.decode("cp950")
    except UnicodeDecodeError:
        return text, "gb18030"
    gb = _common_share(text)
    if gb >= 0.9:
        return text, "gb18030"
    return (big5, "big5") if _common_share(big5) > gb else (text, "gb18030")


def max_bad_bytes(size: int) -> int:
    """How many undecodable bytes a file of ``size`` bytes may have and still be read (0.5 %, at least 4).

    >>> max_bad_bytes(21_000), max_bad_bytes(100)
    (105, 4)
    """
    return max(4, size // 200)


def _lenient(data: bytes, path: str) -> tuple[str, str, int] | None:
    """UTF-8, else GB18030, with a few bad bytes replaced by U+FFFD; None when too many are bad.

    A stray byte or a multibyte character cut at the end (files cut by hand
    or by web tools) must not cost the whole transcript. UTF-8 goes first:
    GBK text is never almost-valid UTF-8, while UTF-8 text can pass as
    GB18030 with few errors, as mojibake.
    """
    limit = max_bad_bytes(len(data))
    for enc in ("utf-8", "gb18030"):
        text = data.decode(enc, errors="surrogateescape")
        bad = [i for i, ch in enumerate(text) if "\udc80" <= ch <= "\udcff"]
        if len(bad) > limit:
            continue
        first = len(text[: bad[0]].encode(enc, errors="surrogateescape"))
        log.warning("%s: %d undecodable byte%s replaced by U+FFFD (%s; first at byte %d)", path, len(bad),
                    "" if len(bad) == 1 else "s", enc, first)
        return re.sub("[\udc80-\udcff]", "\ufffd", text), enc, len(bad)
    return None


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(path, f"invalid {encoding} bytes after the byte-order mark") from None


def _detect(data: bytes, path: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "binary data or unknown text encoding")
    return str(best), best.encoding


def _check_textual(text: str, path: str, replaced: int = 0) -> None:
    if not text.strip():
        raise InputError(path, "empty file (only whitespace)")
    bad = len(_CONTROL.findall(text)) - replaced  # the bytes we replaced were counted and allowed
    # A few stray control characters happen in scraped text; many mean binary.
    if "\x00" in text or bad > max(2, len(text) // 100):
        raise InputError(path, "binary data, not text")


def _html_text(html: str, path: str) -> str:
    import trafilatura

    html = _unwrap_layout_tables(html)
    # Speaker turns are short paragraphs: keep every paragraph, no size cut-offs.
    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, include_images=False,
        favor_recall=True, deduplicate=False, output_format="txt",
    )
    if not text or not text.strip():
        text = _html_fallback(html)
    if not text.strip():
        raise InputError(path, "HTML page has no main text")
    text = _PIPE_SEPARATOR.sub("", text)
    text = _PIPE_ROW.sub(lambda m: "\t".join(c.strip() for c in m.group(1).split(" | ")), text)
    return _with_title(html, text)


# trafilatura writes a table's rows as "| a | b |" and a separator row "|---|---|" under its first.
_PIPE_ROW = re.compile(r"(?m)^\| (.*?) \|[ \t]*$")
_PIPE_SEPARATOR = re.compile(r"(?m)^\|(?:-{3}\|)+[ \t]*\n?")


def _unwrap_layout_tables(html: str) -> str:
    """Tables, before trafilatura sees them. Old congress sites set the whole article in one
    cell of a layout table, paragraphs split by <br>: trafilatura joins a cell's lines with
    spaces, so such a table (a cell holding <br>, <p> or <div>) becomes plain blocks. A
    question-and-answer table (a heading row of column words) becomes its labelled lines
    (:func:`loaders.tables.relabel_tables`): on short pages trafilatura writes every cell
    on a line of its own, which no reader can put back together."""
    low = html.lower()
    if "<td" not in low:
        return html
    import lxml.html

    from loaders.tables import relabel_tables

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    changed = False
    for t in list(root.iter("table")):
        if t.getparent() is None:
            continue
        if t.xpath(".//td//br|.//td//p|.//td//div|.//th//br"):
            for el in t.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
                el.tag = "div"
            changed = True
            continue
        rows = "\n".join("\t".join(r) for r in _table_rows(t))
        lines = relabel_tables(rows)
        if lines != rows:
            div = lxml.html.Element("div")
            for line in lines.split("\n"):
                p = lxml.html.Element("p")
                p.text = line
                div.append(p)
            div.tail = t.tail
            t.getparent().replace(t, div)
            changed = True
    return lxml.html.tostring(root, encoding="unicode") if changed else html


def _table_rows(table) -> list[list[str]]:
    """Cell texts row by row, a cell spanning rows (rowspan) repeated in each of them."""
    rows, carry = [], {}  # column → (text, rows left)
    for tr in table.iter("tr"):
        row: list[str] = []
        cells = iter(tr.xpath("./td|./th"))
        col = 0
        while True:
            if col in carry:
                text, left = carry[col]
                row.append(text)
                carry[col] = (text, left - 1)
                if left - 1 <= 0:
                    del carry[col]
                col += 1
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text = " ".join(cell.text_content().split())
            span = int(cell.get("rowspan", "1") or 1) if str(cell.get("rowspan", "1")).isdigit() else 1
            for _ in range(int(cell.get("colspan", "1")) if str(cell.get("colspan", "1")).isdigit() else 1):
                if span > 1:
                    carry[col] = (text, span - 1)
                row.append(text)
                text = ""
                col += 1
        rows.append(row)
    return rows


def _with_title(html: str, text: str) -> str:
    """The page's headline first: it often names the sitting (…第十五次会议专题询问实录), and
    trafilatura leaves it out of the main text."""
    import trafilatura

    title = (trafilatura.extract_metadata(html).title or "").strip() if "<" in html else ""
    if not title or title in text[:len(title) + 200]:
        return text
    return title + "\n" + text


def _html_fallback(html: str) -> str:
    """Plain paragraph text of the body for pages trafilatura finds nothing in."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style|//nav|//header|//footer|//noscript"):
        bad.drop_tree()
    blocks = root.xpath("//p|//h1|//h2|//h3|//h4|//li|//td")
    lines = [b.text_content().strip() for b in blocks] if blocks else [root.text_content()]
    return "\n".join(x for x in lines if x)


def _docx_text(data: bytes, path: str) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises zip, XML and KeyError variants
        raise InputError(path, f"not a readable .docx file ({type(e).__name__})") from None
    lines: list[str] = []
    # Body order matters (a table may sit between two answers): walk the XML children.
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_paragraph_text(Paragraph(child, doc)))
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                # A cell merged across columns comes once per column it spans: keep it once.
                # Empty cells stay (as empty columns), so a row lines up with its heading row.
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(cell.text.strip().replace("\n", " ").replace("\t", " "))
                lines.append("\t".join(cells).strip("\t") if sum(map(bool, cells)) <= 1 else "\t".join(cells))
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(path, ".docx file has no text")
    return text


def _paragraph_text(par) -> str:
    """A paragraph's text; a bold lead-in run joined to the plain text after it without any
    separator ("**市人大常委会委员龚春燕**请问…", a speaker set in bold) gets a space, so the
    speaker reads as a label and not as the subject of a sentence."""
    text = par.text
    runs = [r for r in par.runs if r.text]
    lead = ""
    for r in runs:
        if not r.bold:
            break
        lead += r.text
    rest = text[len(lead):]
    if (lead and rest and text.startswith(lead) and len(lead.strip()) <= 40 and not lead[-1].isspace()
            and not rest[0].isspace() and lead[-1] not in "：:，。；！？、”）)】"):
        return lead + " " + rest
    return text


_END_PUNCT = tuple("。！？：；…”’」』）)!?:;")


def _pdf_text(data: bytes, path: str) -> str:
    import pdfplumber

    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append(_page_text(page))
    except Exception as e:  # pdfminer raises many unrelated types on broken files
        raise InputError(path, f"not a readable PDF ({type(e).__name__})") from None
    if not "".join(pages).strip():
        raise InputError(path, "PDF has no text layer")
    return "\n".join(_unwrap_pdf_lines("\n".join(p)) for p in _without_running_lines(pages))


def _page_text(page) -> str:
    """A page's text, column by column when it is set in two (newspaper pages, bulletins):
    pdfplumber reads a line across both columns, interleaving two speeches. A headline
    over both columns and a footer under them are read before and after the columns."""
    words = page.extract_words()
    cut = _gutter(words, page.width, page.height) if len(words) >= 12 else None
    if cut is None or page.find_tables():  # a ruled table's columns are no text columns
        return page.extract_text() or ""
    x, top, bottom = cut
    # within_bbox: a character touching an edge belongs to one part only.
    parts = [page.within_bbox((0, 0, page.width, top)) if top > 0 else None,
             page.within_bbox((0, top, x, bottom)), page.within_bbox((x, top, page.width, bottom)),
             page.within_bbox((0, bottom, page.width, page.height)) if bottom < page.height else None]
    return "\n".join(t for p in parts if p is not None and (t := p.extract_text() or ""))


def _gutter(words: list[dict], width: float, height: float) -> tuple[float, float, float] | None:
    """(x of the gap between two columns, top and bottom of the columns), or None for a page in
    one column. Chinese lines have no spaces, so a line of a one-column page is one "word"
    crossing the middle; only a headline (top 30 %) or a footer (bottom 10 %) may cross a gap."""
    for x in sorted(range(int(width * 0.3), int(width * 0.7) + 1, 2), key=lambda v: abs(v - width / 2)):
        crossing = [w for w in words if w["x0"] < x < w["x1"]]
        head = [w for w in crossing if w["bottom"] <= height * 0.3]
        foot = [w for w in crossing if w["top"] >= height * 0.9]
        if len(head) + len(foot) != len(crossing):
            continue
        top = max((w["bottom"] for w in head), default=0)
        bottom = min((w["top"] for w in foot), default=height)
        left = [w for w in words if w["x1"] <= x and top <= w["top"] < bottom]
        right = [w for w in words if w["x0"] >= x and top <= w["top"] < bottom]
        if len(left) >= 5 and len(right) >= 5 and _side_by_side(left, right):
            return x, top, bottom
    return None


def _side_by_side(left: list[dict], right: list[dict]) -> bool:
    """Both sides run down the same stretch of the page (not a label column beside a margin note)."""
    lo, hi = max(min(w["top"] for w in left), min(w["top"] for w in right)), \
        min(max(w["bottom"] for w in left), max(w["bottom"] for w in right))
    span = max(max(w["bottom"] for w in left + right) - min(w["top"] for w in left + right), 1)
    return hi - lo >= span * 0.5


# "— 3 —", "- 3 -", "第3页", "3/12", "第 3 页 共 12 页": a page number on a line of its own.
_PAGE_NUMBER = re.compile(r"[-—–\s]*(?:第\s*)?\d{1,4}\s*页?(?:\s*(?:[/／]|共)\s*\d{1,4}\s*页?)?[-—–\s]*")


def _without_running_lines(pages: list[str]) -> list[list[str]]:
    """Each page's lines without its running header and footer: a line at a page's edge
    (first or last two) that recurs at the edge of another page once digits are ignored
    ("绍兴市人大常委会专题询问实录", "— 3 —"), or a bare page number. Left in, they cut a
    speech that runs over a page break in two and end up inside the answer."""
    split = [[ln.strip() for ln in p.split("\n") if ln.strip()] for p in pages]

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line)

    def edges(lines: list[str]) -> list[int]:
        return sorted({i for i in (0, 1, len(lines) - 2, len(lines) - 1) if 0 <= i < len(lines)})

    seen: dict[str, int] = {}
    for lines in split:
        for k in {key(lines[i]) for i in edges(lines)}:
            seen[k] = seen.get(k, 0) + 1
    # A label alone on its line ("答：") may open two pages: running lines say something.
    running = {k for k, n in seen.items() if n >= 2 and len(k) >= 4 and not k.endswith(("：", ":"))}
    out = []
    for lines in split:
        drop = {i for i in edges(lines) if key(lines[i]) in running or _PAGE_NUMBER.fullmatch(lines[i])}
        out.append([ln for i, ln in enumerate(lines) if i not in drop])
    return out


def _unwrap_pdf_lines(page: str) -> str:
    """Join lines the PDF layout wrapped: a full-width line without final punctuation."""
    lines = [ln.strip() for ln in page.split("\n")]
    lines = [ln for ln in lines if ln]
    if len(lines) < 2:
        return "\n".join(lines)
    width = max(statistics.median(len(ln) for ln in lines), max(len(ln) for ln in lines) * 0.8)
    out = [lines[0]]
    for ln in lines[1:]:
        prev = out[-1]
        if len(prev) >= width * 0.9 and not prev.endswith(_END_PUNCT):
            out[-1] = prev + ln
        else:
            out.append(ln)
    return "\n".join(out)
