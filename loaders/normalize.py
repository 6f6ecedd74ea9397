"""Normalise transcript text: width folding, punctuation policy, paragraphs, noise.

Policy (one for every input):

* NFKC for compatibility characters that fold to one character (full-width
  letters and digits, no-break and ideographic spaces), except "other number"
  characters such as ① or ² and the ellipsis "…", which carry meaning.
* ASCII ``, : ; ? ! ( )`` and straight double quotes in Chinese context become
  full-width ``，：；？！（）“”``; between digits they stay (``1,000``, ``10:30``),
  and ``.`` is never touched (``31.8%``, ``11+8``). Corner brackets ``「」『』``
  become ``“”‘’`` (one character for one).
* One paragraph per line, joined by ``"\\n"``; a run of three or more spaces or
  of two ideographic spaces is a paragraph break (pages flattened to one line),
  and so are one or two spaces after a sentence end before Chinese text.
* Newspaper noise (photo captions, bylines, editor lines, page-jump markers;
  regexes in ``loaders/data/noise.tsv``) is removed, and a paragraph that a
  caption or a page break cut mid-sentence is joined again.

The result is the text every offset of a record points into.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Callable

from loaders.datafiles import read_tsv
from loaders.rxguard import guarded, required_chars

__all__ = ["TITLE_MAX", "normalize", "fold_width", "fold_punctuation", "split_paragraphs", "drop_page_furniture", "remove_noise", "rejoin",
           "split_inline_turns", "split_numbered_headings", "opens_report", "SPEAKER_BULLETS"]

log = logging.getLogger(__name__)


_ZH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Characters that make the context Chinese for the punctuation policy.
_ZH_CONTEXT = re.compile(rf"[{_ZH}“”‘’「」『』《》〈〉【】、。，：；？！（）…—]")
_TERMINAL = tuple("。！？：；…”’」』）)!?:;》—")
_KEEP = frozenset("…‥")


@functools.lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x80, 0x10000):
        c = chr(cp)
        if c in _KEEP or unicodedata.category(c) == "No":
            continue
        n = unicodedata.normalize("NFKC", c)
        if n != c and (len(n) == 1 or 0xFF00 <= cp <= 0xFFEF):
            table[cp] = n
    # "︰" (vertical two-dot leader; NFKC makes it "‥") is the colon of Hong Kong and
    # Taiwan pages' speaker labels (議員︰).
    table[0xFE30] = "："
    # "∶" (ratio) stands for the colon in many Word files (委员X∶…, 9∶30): read as ":", which
    # becomes "：" in Chinese context and stays ":" between digits.
    table[0x2236] = ":"
    # Tortoise-shell and lenticular brackets (〔询问〕, 〖应询〗) mark a speaker's side as 【】 do:
    # one bracket pair for the label rules to read.
    table.update({0x3014: "【", 0x3015: "】", 0x3016: "【", 0x3017: "】"})
    # Line and paragraph separators are line breaks.
    table[0x2028] = "\n"
    table[0x2029] = "\n"
    table[0x85] = "\n"
    return table


def fold_width(text: str) -> str:
    """Full-width ASCII → half-width, compatibility spaces → space (NFKC where safe).

    >>> fold_width("２０２４年１０月")
    '2024年10月'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Two ideographic spaces are the paragraph indent of Chinese documents: a break.
    # (a find of the two first: most texts hold none, and the pattern's scan cost ~9 ns a character)
    if "\u3000\u3000" in text:
        text = _INDENT.sub("\n", text)
    if "\u3000" in text:
        # One ideographic space before the last character of a word: the padding a typeset record
        # gives a two-character name or key to line it up with three ("崔　浩，", "时　间："), which
        # would leave the name in two pieces (an attendee list's "副局长全　勇" named nobody).
        text = _NAME_PAD.sub("", text)
    # str.translate looks every character up in the dict (~60 ns each); a document holds
    # a dozen distinct foldable characters, and str.replace of each is a fast scan.
    foldable, first, last = _fold_order()
    present = set(foldable.findall(text))
    for c in (*first.intersection(present), *last.intersection(present)):
        text = text.replace(c, _fold_table()[ord(c)])
    return text


@functools.lru_cache(maxsize=1)
def _fold_order() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """The foldable characters (a set to find them by) in two rounds, so that replacing
    them one by one gives what one translate gives: one folding into foldable ones
    ("︰" → "："), in the last round, comes after them; nothing folds into a last-round one."""
    table = _fold_table()
    last = frozenset(chr(k) for k, v in table.items() if any(ord(c) in table for c in v))
    if any(c in last for v in table.values() for c in v):
        raise AssertionError("fold table: a character folds into a last-round one")
    foldable = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(table)) + "]")
    return foldable, frozenset(chr(k) for k in table) - last, last


def _zh(c: str) -> bool:
    return bool(c) and bool(_ZH_CONTEXT.match(c))


def _neighbours(text: str, i: int, j: int) -> tuple[str, str]:
    """Nearest non-space characters before index i and from index j on (same line)."""
    a = i - 1
    while a >= 0 and text[a] in " \t":
        a -= 1
    b = j
    while b < len(text) and text[b] in " \t":
        b += 1
    return (text[a] if a >= 0 and text[a] != "\n" else "",
            text[b] if b < len(text) and text[b] != "\n" else "")


# Compiled once here: compiled at first use they cost a document ~2 ms (the CJK ranges'
# charset), and re's own cache is shared with every dynamic pattern of the loaders.
_INDENT = re.compile("\u3000{2,}")
_NAME_PAD = re.compile("(?<=[\u4e00-\u9fff])\u3000(?!摄)(?=[\u4e00-\u9fff](?![\u4e00-\u9fff]))")  # ("X　摄": a credit)
_HALF_MARK = re.compile(r"[,:;?!]")
# (the dot first, its neighbour behind checked after it: scanned for dots in C)
_HALF_STOP = re.compile(rf"\.(?<=[{_ZH}”’）)%\"]\.)(?=[{_ZH}“‘\s]|$)", re.M)
_HAN = re.compile(f"[{_ZH}]")
_PARENS = re.compile(r"\(([^()\n]{0,300})\)")
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]{1,80})"')
_STOP_MARK = re.compile(r"[。？！?!]")
_SPACE_RUN = re.compile(r"[ \t]{3,}")

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
# The mark first, its Chinese neighbour checked after it: a pattern that opens with a set of
# characters is scanned for them in C; one that opens with a lookbehind (even guarded) enters
# the engine at every mark-free character (50 reports 2.9 -> 1.9 ms, the same matches).
_AFTER_ZH = re.compile(rf"[,:;?!](?<={_ZH_CONTEXT.pattern}.)")
# The same, one mark at a time: replaced by a literal in C, where the pattern above calls Python
# for each of a report's hundreds of marks. Where no two marks stand side by side, the neighbour
# of each is the same before and after the others are replaced (it is no mark), so one
# replacement per mark gives what the one pass gives (50 reports 3.4 -> ~1 ms).
_AFTER_ZH_EACH = tuple((c, re.compile(rf"{re.escape(c)}(?<={_ZH_CONTEXT.pattern}.)"), full) for c, full in _FULL.items())
_MARK_PAIR = re.compile(r"[,:;?!]{2}")


def fold_punctuation(text: str) -> str:
    """Half-width punctuation in Chinese context → full-width; spaces around it go.

    >>> fold_punctuation("增长31.8%, 围绕“11+8”产业链: 一是(试点)")
    '增长31.8%，围绕“11+8”产业链：一是（试点）'
    >>> fold_punctuation("10:30, 1,000 units")
    '10:30, 1,000 units'
    """
    orig = text  # the neighbours are read in the text as it came (replacements are 1:1)

    def point(m: re.Match[str]) -> str:
        c = m.group(0)
        before, after = _neighbours(orig, m.start(), m.end())
        if before.isdigit() and after.isdigit() and c in ",:":
            return c
        if _zh(before) or _zh(after) or (c in ":?!" and before and not after):
            return _FULL[c]
        return c

    # Right after a Chinese-context character (no space between) a mark is full-width
    # whatever follows: most marks, replaced without the neighbour search.
    # (the marks looked for one by one first: half the reports hold none, and the two scans
    # for their set cost ~60 ns a character where a find costs a few)
    present = [c for c in _FULL if c in text]
    if present:
        if _MARK_PAIR.search(text) is None:
            for c, rx, full in _AFTER_ZH_EACH:
                if c in present:
                    text = rx.sub(full, text)
        else:
            text = _AFTER_ZH.sub(lambda m: _FULL[m.group(0)], text)
        if any(c in text for c in present):  # (those not in a Chinese context are left)
            text = _HALF_MARK.sub(point, text)

    def paren(m: re.Match[str]) -> str:
        inner = m.group(1)
        before = text[m.start() - 1] if m.start() else ""
        if _HAN.search(inner) or _zh(before):
            return f"（{inner}）"
        return m.group(0)

    if "." in text:
        # "…按时足额拨付.孔某在讲话中指出": a full stop typed half-width after a Chinese character,
        # before another, a quotation, a space or the line's end (not "1.委员", "6.2%", "www.x.cn")
        text = _HALF_STOP.sub("。", text)
    text = _PARENS.sub(paren, text)

    def quote(m: re.Match[str]) -> str:
        inner = m.group(1)
        return f"“{inner}”" if _HAN.search(inner) else m.group(0)

    if '"' in text:  # (both patterns need one; most reports hold none, and a scan cost ~50 µs)
        text = _NESTED_LINE.sub(_nested_quotes, text)
        text = _STRAIGHT_QUOTES.sub(quote, text)
    # Corner brackets (traditional-script and mirror pages) are the same quotation marks.
    # (a translate of the whole text costs ~50 ns a character; four finds cost less than one search)
    if any(c in text for c in _CORNERS):
        text = text.translate(_CORNER_QUOTES)
    # Spaces around full-width punctuation are artefacts of half-width typing.
    # (the pattern opens with a space or a tab: two finds where most reports hold neither)
    return _SPACED_PUNCT.sub("", text) if " " in text or "\t" in text else text


# Only marks with a space or tab beside them: matching every mark (with [ \t]* on both sides)
# replaced thousands of them by themselves, each through the template in Python.
# The run of spaces and tabs goes, the mark stays: the pattern opens with the space, so re scans
# for spaces in C (one that opened with the mark, in a guarded alternation, entered the engine at
# every comma and full stop: 50 reports 2.9 -> 0.5 ms; the same text,
# tests/loaders/test_normalize_speed.py).
_PUNCT_MARKS = "，。：；？！、（）“”《》【】"
_SPACED_PUNCT = re.compile(rf"[ \t](?:(?<=[{_PUNCT_MARKS}][ \t])[ \t]*|[ \t]*(?=[{_PUNCT_MARKS}]))")


# (the space first, the mark before it checked after it: scanned for spaces in C, where an
# opening lookbehind entered the engine at every character; the same matches)
# ("…？】 委员X…": a subheading in 【】 closed after its question mark or stop ends a paragraph too)
_FLATTENED = re.compile(rf"[ \t](?:(?<=[。！？!?”」][ \t])|(?<=[。！？!?”」]】[ \t]))[ \t]?(?=[“「*【（({_ZH}])")


_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
_CORNERS = "「」『』"


# A quotation in straight quotes standing alone (from a line's start or a space to a closing
# mark after the sentence's end and before a space or the line's end), with quoted words
# inside ("目前…"小餐桌"现象…？"): pairing the marks left to right would turn it inside out.
_NESTED_LINE = re.compile(r'(?m)(?:^|(?<=[ \t]))"([^\n]*?[。？！…?!])"(?=[ \t]|$)')


def _nested_quotes(m: re.Match[str]) -> str:
    """The outer pair of such a line as “ ”, the pairs inside as ‘ ’ (same length).

    >>> _nested_quotes(_NESTED_LINE.search('"请问对"小餐桌"怎么管？"'))
    '“请问对‘小餐桌’怎么管？”'
    """
    inner = m.group(1)
    if not inner.count('"') or inner.count('"') % 2 or not _HAN.search(inner):
        return m.group(0)
    # Words quoted inside a quotation hold no sentence's end; between two quotations
    # ('"…?"委员X问道。Y回答:"…"') the "inner" pair encloses the narration instead.
    if any(_STOP_MARK.search(w) for w in inner.split('"')[1::2]):
        return m.group(0)
    marks = iter("‘’" * (inner.count('"') // 2))
    inner = "".join(next(marks) if c == '"' else c for c in inner)
    return f"“{inner}”"


def split_paragraphs(text: str) -> list[str]:
    """One stripped paragraph per item; runs of 3+ spaces break paragraphs, and so do
    one or two spaces after a sentence end before Chinese text (a page flattened to one
    line keeps one space where its paragraphs met: "…开展专题询问。 “请问…")."""
    if "   " in text or "\t" in text:  # (what a run of three needs: most texts hold none)
        text = _SPACE_RUN.sub("\n", text)
    if text.count(" ") >= _WRAP_MIN_LINES:
        text = "\n".join(_page_lines(line) for line in text.split("\n"))
    # (each pattern needs a space or a tab, and a squeeze changes only a run of two blanks or a
    # blank other than the space: finds of those, where each pattern scanned for its set)
    if " " in text or "\t" in text:
        text = _FLATTENED.sub("\n", text)
    # (blank runs squeezed over the whole text at once: they hold no newline, so each lies in
    # one line and is squeezed as it was line by line, without a call per line)
    if "  " in text or "\t" in text or "\f" in text or "\v" in text:
        text = _BLANKS.sub(" ", text)
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            out.append(line)
    return out


@functools.lru_cache(maxsize=1)
def _noise_rules() -> tuple[tuple[tuple[re.Pattern[str], str], ...], tuple[tuple[re.Pattern[str], str], ...]]:
    """(inline, paragraph) rules, each with a character every match of it holds ("" if none):
    a paragraph without it needs no try (most rules end in a word few paragraphs hold)."""
    inline, para = [], []
    for r in read_tsv("noise.tsv", ["kind", "regex", "what"], required=2):
        if r.cells[0] not in ("inline", "paragraph", "dateline", "field", "joined"):
            raise r.error("expected 'inline|paragraph|dateline|field|joined<TAB>regex<TAB>what'")
        if r.cells[0] in ("dateline", "field", "joined"):
            continue
        try:
            rx = re.compile(r.cells[1])
        except re.error as e:
            raise r.error(f"bad regex: {e}") from None
        (inline if r.cells[0] == "inline" else para).append((rx, required_chars(rx)[:1]))
    return tuple(inline), tuple(para)


@functools.lru_cache(maxsize=1)
def _joined_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """noise.tsv's joined rules, each with a character every match of it holds ("" if none)."""
    out = []
    for r in read_tsv("noise.tsv", ["kind", "regex", "what"], required=2):
        if r.cells[0] != "joined":
            continue
        try:
            rx = re.compile(r.cells[1])
        except re.error as e:
            raise r.error(f"bad regex: {e}") from None
        out.append((rx, required_chars(rx)[:1]))
    return tuple(out)


def _drop_joined_noise(paragraphs: list[str]) -> list[str]:
    """The paragraphs without what noise.tsv's joined rules match: removed once the lines a page
    broke are joined, so that the lines' lengths, which tell a page's margin, stay as printed
    (and a match cut by a line break is whole)."""
    rules = _joined_rules()
    out = []
    for p in paragraphs:
        for rx, need in rules:
            if need in p:
                p = rx.sub("", p)
        out.append(p)
    return out


@functools.lru_cache(maxsize=2)
def _opening(kind: str) -> re.Pattern[str]:
    """The marks of noise.tsv's rows of ``kind`` (dateline, field), joined: what opens a line."""
    rows = [r for r in read_tsv("noise.tsv", ["kind", "regex", "what"], required=2) if r.cells[0] == kind]
    for r in rows:
        try:
            re.compile(r.cells[1])
        except re.error as e:
            raise r.error(f"bad regex: {e}") from None
    return re.compile("|".join(f"(?:{r.cells[1]})" for r in rows) or "(?!)")


def _dateline() -> re.Pattern[str]:
    """The marks that open a report's first paragraph (noise.tsv's dateline rows), joined."""
    return _opening("dateline")


def _field() -> re.Pattern[str]:
    """The keys of a record's heading lines (noise.tsv's field rows: "时间：", "地　点：", "应询人员："), joined."""
    return _opening("field")


@functools.lru_cache(maxsize=1)
def _spaced_field() -> re.Pattern[str]:
    """A space before a record's heading key, where a page flattened to one line had its line break
    (folding took the space before a bracket: the chair's mark 【主持人】, or a programme host's
    【主持人 X】, needs none)."""
    return re.compile(rf"[ \t](?={_field().pattern})|(?<=\S)(?=[【\[]主持人?(?:[ \t\u3000][\u4e00-\u9fff]{{2,3}})?[】\]])")


def _split_fields(paragraphs: list[str]) -> list[str]:
    """Each paragraph cut before every heading key a space stands before ("时间：… 地点：… 应询人员：…"
    on one line: the attendee list ran into the chair's line and lost its last name)."""
    rx = _spaced_field()
    out: list[str] = []
    for p in paragraphs:
        if ((" " in p and "：" in p) or "【主持" in p or "[主持" in p) and rx.search(p) is not None:
            out.extend(x for x in rx.split(p) if x)
        else:
            out.append(p)
    return out


def opens_report(paragraph: str) -> bool:
    """Whether ``paragraph`` opens with a dateline or source mark ("【本站讯】2019年…",
    "本报讯（记者 X）…"): what stands before it is the page's title."""
    return _dateline().match(paragraph) is not None


@functools.lru_cache(maxsize=1)
def _paragraph_noise() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The paragraph rules joined, one pattern per required character: a paragraph is noise
    when one rule matches all of it, and an alternation fullmatches exactly where one of its
    branches does, so one C-level try replaces a dozen from Python. A rule with flags or
    a back-reference (whose group numbers would shift) stays a pattern of its own."""
    groups: dict[str, list[str]] = {}
    alone: list[tuple[re.Pattern[str], str]] = []
    for rx, need in _noise_rules()[1]:
        if rx.flags != re.UNICODE or _has_backref(rx):
            alone.append((rx, need))
        else:
            groups.setdefault(need, []).append(f"(?:{rx.pattern})")
    joined = [(re.compile("|".join(branches)), need) for need, branches in groups.items()]
    return tuple(joined + alone)


def _has_backref(rx: re.Pattern[str]) -> bool:
    return bool(re.search(r"\\[1-9]|\(\?P=|\(\?\(", rx.pattern))


@functools.lru_cache(maxsize=1)
def _inline_screen() -> tuple[re.Pattern[str] | None, tuple[tuple[re.Pattern[str], str], ...]]:
    """The inline rules joined in one guarded search, and those it leaves out (flags or
    back-references, as _paragraph_noise): a paragraph in which neither finds anything is left
    as it is by every rule in turn. Few paragraphs hold inline noise, and the rules without a
    needed character were each a substitution per paragraph (50 reports 6.9 -> 4.4 ms)."""
    plain, alone = [], []
    for rx, need in _noise_rules()[0]:
        (alone if rx.flags != re.UNICODE or _has_backref(rx) else plain).append((rx, need))
    if not plain:
        return None, tuple(alone)
    try:
        joined = re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in plain))
    except re.error:  # (a group name two rules share): each rule alone, as before
        return None, tuple(alone)
    return guarded(joined, pairs=True), tuple(alone)


# (loops, not any() over a generator: asked of every paragraph, the generator's making and
# resuming cost more than the tests it ran, most of them one substring test)
def _found_in(p: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> bool:
    """Whether one of ``rules`` (each with a character it needs) finds something in ``p``."""
    for rx, need in rules:
        if need in p and rx.search(p) is not None:
            return True
    return False


def _whole_of(q: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> bool:
    """Whether one of ``rules`` (each with a character it needs) matches all of ``q``."""
    for rx, need in rules:
        if need in q and rx.fullmatch(q) is not None:
            return True
    return False


# A page number on a line of its own, as a gazette or a printed document copied from a PDF keeps
# it ("—12—", "— 22 —", "-3-", "第5页"); the first characters it may open with, tried first.
_PAGE_NUMBER = re.compile(r"[—\-–·]{1,2} ?\d{1,4} ?[—\-–·]{1,2}|第 ?\d{1,4} ?页(?: ?/ ?共 ?\d{1,4} ?页)?")
_PAGE_NUMBER_OPENS = frozenset("—-–·第")
_RUNNING_HEAD_MAX = 40
# How many lines before a page number a running footer, and after it a running header, may stand.
_PAGE_FOOT = 1
_PAGE_HEAD = 2


def drop_page_furniture(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a printed page's furniture: the page numbers on lines of their own,
    and the short lines around each that the document repeats word for word (its running header,
    "某省人民代表大会常务委员会公报" and "2021年第3号" on every page), which would otherwise run
    into the sentence the page broke ("…对管网数据的" + header + "逐日核查…"). The first page's
    header, with no page number beside it, stays: it is the document's title."""
    marks = [i for i, p in enumerate(paragraphs) if p[:1] in _PAGE_NUMBER_OPENS and _PAGE_NUMBER.fullmatch(p)]
    if not marks:
        return paragraphs
    counts: dict[str, int] = {}
    for p in paragraphs:
        counts[p] = counts.get(p, 0) + 1
    drop = set(marks)
    for i in marks:
        for j in range(max(0, i - _PAGE_FOOT), min(len(paragraphs), i + _PAGE_HEAD + 1)):
            p = paragraphs[j]
            if counts[p] >= 2 and len(p) <= _RUNNING_HEAD_MAX and not _STOP_MARK.search(p):
                drop.add(j)
    return [p for k, p in enumerate(paragraphs) if k not in drop]


def remove_noise(paragraphs: list[str]) -> tuple[list[str], list[bool]]:
    """Drop noise paragraphs and inline markers.

    Returns the kept paragraphs and, for each, whether noise was removed right
    before or inside it (a hint that it may continue the previous paragraph).
    """
    inline = _noise_rules()[0]
    screen, alone = _inline_screen()
    para = _paragraph_noise()
    kept: list[str] = []
    cut: list[bool] = []
    pending = False
    for p in paragraphs:
        q = p
        if screen is None or screen.search(p) is not None or _found_in(p, alone):
            for rx, need in inline:
                if need in q:
                    q = rx.sub("", q)
        q = q.strip()
        if q != p:
            log.debug("removed inline noise from %r", p[:40])
        if not q or _whole_of(q, para):
            log.debug("dropped noise paragraph %r", p[:60])
            pending = True
            continue
        kept.append(q)
        cut.append(pending or q != p)
        pending = False
    return kept, cut


_BLANKS = re.compile(r"[ \t\f\v]+")  # precompiled: split_paragraphs and rejoin run per line
_CLAUSE_MARK = re.compile(r"[，。；：、]")
_SENTENCE_END = re.compile(r"[。！？]”?")
_ENUM_START = re.compile(r"^(?:[一二三四五六七八九十]+[是、]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+[，、])")


def rejoin(paragraphs: list[str], is_turn_start: Callable[[str], bool] | None = None,
           is_label_only: Callable[[str], bool] | None = None) -> list[str]:
    """Join a paragraph cut mid-sentence with the paragraph that continues it.

    A paragraph is cut when it is body text (it has a comma or stop inside)
    but does not end with terminal punctuation; the next one continues it
    unless it opens a new speaker turn or an enumerated point.
    """
    # Pieces per output paragraph: hard-wrapped files join thousands of lines, and
    # repeated string concatenation would be quadratic.
    out: list[list[str]] = []
    opens_lead = _dateline().match  # (built here, on the first document, not on the first title)
    opens_field = _field().match
    margin = _wrap_margin(paragraphs)
    at_margin = False  # whether the last line joined reached the margin
    for p in paragraphs:
        if out:
            last = out[-1][-1]
            if margin and not last.endswith(_TERMINAL):
                if _reaches(last, margin) and not _ENUM_START.match(p):
                    # a page copied as text, its lines broken where the page's margin fell: a line
                    # that reaches the margin with no stop goes on, even into what reads as a turn's
                    # opening ("…进行询问。县" over "水利局局长回答，…")
                    out[-1].append(p)
                    at_margin = True
                    continue
                if at_margin:
                    # the short last line of lines broken at the margin ends the writer's paragraph,
                    # stop or none (a title over the lede under it)
                    out.append([p])
                    at_margin = False
                    continue
            at_margin = False
            single = len(out[-1]) == 1  # a joined paragraph is body text, never a bare label line
            body_like = not single or bool(_CLAUSE_MARK.search(last)) or len(last) > 40
            # (a title has no stop either, but the report's dateline below it opens a paragraph:
            # "委员连发追问 局长当场表态" run into "【本站讯】…" read as a member 连发 asking;
            # nor does a record's heading line, "时间：…" over "地点：…" over "应询人员：…")
            if (body_like and not last.endswith(_TERMINAL) and not _ENUM_START.match(p)
                    and not opens_lead(p) and not opens_field(p) and not _bullet_heading(last, single)
                    # (a record's heading line ends with its list, stop or none: "列席：…，某局局长 Y"
                    # over the minutes' first paragraph, opening with the day, is no sentence that
                    # paragraph continues)
                    and not (single and opens_field(last) and _DAY_OPENING.match(p))
                    and not _bracketed_heading(last, single)
                    and not (len(out) == 1 and _title_over_quote(last, single, p)
                             and not (is_turn_start and is_turn_start(last)))
                    and not _numbered_heading_line(last, single)
                    and not _listing_heading(last, single, p)
                    and not (is_turn_start and _label_headline(last, single, p, is_turn_start))
                    and not (is_turn_start and _colon_subheading(last, single, p, is_turn_start))
                    and not (is_turn_start and is_turn_start(p))
                    and not (single and is_label_only and is_label_only(last))):
                out[-1].append(p)
                continue
            # ("…检察长 X" over "列席：…": a record's heading line is no label's rest)
            if single and is_turn_start and not opens_field(p) and _label_cut(last, p, is_turn_start):
                out[-1].append(p)
                continue
        out.append([p])
    return ["".join(x) for x in out]


# A page copied as text with its line breaks (a gazette's PDF): at least this many lines, and this
# share of the lines of eight characters or more, end with no stop, most of them (_WRAP_NEAR) within
# _WRAP_SPREAD of the median length of those lines, and few lines of all (_WRAP_OVER) are longer; a
# line within _WRAP_SLACK of that length reached the margin (a page breaks a character or two early
# before a wide sign). Length is counted both in characters and in columns (_display_width): a page
# copied from a PDF sets two digits in a character's place, one typed out line by line may not.
_WRAP_MIN_LINES = 6
_WRAP_SHARE = 0.4
_WRAP_NEAR = 0.7
_WRAP_OVER = 0.1
_WRAP_SPREAD = 0.12
_WRAP_SLACK = 0.88
# Signs a Chinese page sets as wide as a character, though Unicode leaves their width ambiguous.
_WIDE_SIGNS = frozenset("“”‘’—…·")


def _display_width(line: str) -> int:
    """The width ``line`` takes on a page, a Chinese character or sign two columns, a letter or a
    digit one.

    >>> _display_width("共93件，“谁开采”")
    18
    """
    return len(line) + len(_NARROW.sub("", line))


# What a page sets one column wide: all but the signs above and the characters from U+2E80 on (the
# CJK blocks); removed in C, what is left of a line is its wide characters.
_NARROW = re.compile("[^" + "".join(sorted(_WIDE_SIGNS)) + "\u2e80-\U0010ffff]+")


def _wrap_margin(paragraphs: list[str]) -> tuple[int, int] | None:
    """The length in characters and the width in columns from which a line of a page copied as text
    with its line breaks reached the margin (either is enough), or None when the lines are the
    writer's own paragraphs: those end with a stop, and the few that do not (headings, labels over
    their speech) are shorter than the speech and vary in length."""
    lines = [p for p in paragraphs if len(p) >= 8]
    n_open = sum(not p.endswith(_TERMINAL) for p in lines)
    if n_open < _WRAP_MIN_LINES or n_open < _WRAP_SHARE * len(lines):
        return None  # (told before any line's width is counted: most pages end their lines with a stop)
    sizes = [(len(p), _display_width(p), p.endswith(_TERMINAL)) for p in lines]
    open_sizes = [(n, w) for n, w, stop in sizes if not stop]
    mid_n = sorted(n for n, _ in open_sizes)[len(open_sizes) // 2]
    mid_w = sorted(w for _, w in open_sizes)[len(open_sizes) // 2]
    near = sum(1 for n, w in open_sizes
               if abs(n - mid_n) <= _WRAP_SPREAD * mid_n or abs(w - mid_w) <= _WRAP_SPREAD * mid_w)
    over = sum(1 for n, w, _ in sizes if n > (1 + _WRAP_SPREAD) * mid_n and w > (1 + _WRAP_SPREAD) * mid_w)
    if near < _WRAP_NEAR * len(open_sizes) or over > _WRAP_OVER * len(sizes):
        return None
    return int(mid_n * _WRAP_SLACK), int(mid_w * _WRAP_SLACK)


def _page_lines(line: str) -> str:
    r"""A page copied as text with its line breaks, then flattened to one line, each break a space
    ("…的问题进行询问。县 水利局局长回答，…"): ``line`` broken again after each run of pieces that
    reaches the length of the page's lines or ends with a stop, and before a numbered heading or a
    date opening a piece (rejoin then reads the lines as a page's); else ``line`` as it is (the
    spaces of a page flattened from paragraphs stand after their stops, and the pieces between them
    vary in length).

    >>> _page_lines("一二三四五六七八九十 一二三四五六七八九十 一二三四五六七八九十 一二三四五六七八九十 "
    ...             "一二三四五六七八九十 一二三四五六七八九十 二、完。").split("\n")[-2:]
    ['一二三四五六七八九十', '二、完。']
    """
    if line.count(" ") < _WRAP_MIN_LINES:
        return line
    pieces = _PAGE_NUMBER_SPACED.sub(lambda m: m.group().replace(" ", ""), line).split(" ")
    margin = _wrap_margin(pieces[:-1])
    if margin is None:
        return line
    out: list[str] = []
    run: list[str] = []
    for piece in pieces:
        if run and (_ENUM_START.match(piece) or _DATE_OPENING.match(piece)):
            out.append(" ".join(run))
            run = []
        run.append(piece)
        joined = " ".join(run)
        if _reaches(joined, margin) or joined.endswith(_TERMINAL) or _PAGE_NUMBER.fullmatch(piece):
            out.append(joined)
            run = []
    if run:
        out.append(" ".join(run))
    return "\n".join(out)


# A day opening a paragraph ("6月16日，…", "2022年6月16日上午，…").
_DAY_OPENING = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")
# A date opening a line ("2019年11月6日，…"): a lede's first line, not the rest of the title above it.
_DATE_OPENING = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
# A page number with its spaces ("— 2 —"), kept whole when a flattened page is broken at its spaces.
_PAGE_NUMBER_SPACED = re.compile(r"[—\-–·]{1,2} \d{1,4} [—\-–·]{1,2}")


def _reaches(line: str, margin: tuple[int, int]) -> bool:
    """Whether ``line`` is as long as the lines _wrap_margin found broken at the page's margin."""
    return len(line) >= margin[0] or _display_width(line) >= margin[1]


# How far into the line under it a label's colon may stand when a hard line break cut the label.
_LABEL_CUT_MAX = 3


def _label_cut(line: str, after: str, is_turn_start: Callable[[str], bool]) -> bool:
    """A speaker's label cut by a hard line break ("省卫生健康委副主任冼" over "秀英：去年全省…"):
    a gazette copied from a PDF breaks lines where the page did, inside a name; neither line is a
    label, the two joined are."""
    k = after.find("：")
    # (the line above holds no colon: the label joined must run over the break, not be its own)
    return (0 < k <= _LABEL_CUT_MAX and len(line) <= _HEADING_MAX + 10 and "：" not in line
            and not line.endswith(_TERMINAL) and not is_turn_start(after) and is_turn_start(line + after))


# How long a document's first line may be to be its title: kept apart from a lede that opens on a
# quotation here, and a question it quotes with no answer dropped by loaders.exchanges.
TITLE_MAX = 60


def _title_over_quote(line: str, single: bool, after: str) -> bool:
    """The document's first line, short and with no stop, over a lede that opens on a quotation
    ("…侧记：“车位在哪里？”委员连番发问" over "“规划的停车场到底建在哪里？”5月17日，…"): the title, which
    the lede does not continue (the page's source line between them was dropped as noise). A label
    line over its quoted speech ("问：委员X" over "“…？”") is no title (rejoin asks that)."""
    return single and len(line) <= TITLE_MAX and after[:1] in "“「"


def _numbered_heading_line(line: str, single: bool) -> bool:
    """A short numbered subheading with no clause mark after its number ("三、长期护理费用负担
    如何减轻"): the 、 of its number made it look like body text cut mid-sentence, and it ran
    into the speaker's designation on the line under it."""
    if not single or len(line) > _HEADING_MAX or (m := _ENUM_START.match(line)) is None:
        return False
    return _CLAUSE_MARK.search(line, m.end()) is None


def _bullet_heading(line: str, single: bool) -> bool:
    """A brief's subheading: a short bulleted line with no colon ("■ 平台建起来了，成果能不能留下来"),
    which the paragraph under it does not continue (a speaker line keeps its colon)."""
    return single and len(line) <= _HEADING_MAX and line[:1] in _BULLETS and "：" not in line


def _bracketed_heading(line: str, single: bool) -> bool:
    """A feature's subheading wholly in lenticular brackets ("【钱从哪里来，何时到位？】"): its comma
    made it look like body text cut mid-sentence, and it ran into the member named under it."""
    return single and len(line) <= _HEADING_MAX and line[:1] == "【" and line.endswith("】") and "】" not in line[:-1]


_HEADING_MAX = 30


# Clause marks other than the pause comma 、 (a heading may pair two things with it).
_CLAUSE_NOT_PAUSE = re.compile(r"[，。；：,;:]")


def _listing_heading(line: str, single: bool, after: str) -> bool:
    """A feature's subheading pairing two things with 、 and no other mark ("落实源头治理、
    综合防治的原则"), over a longer paragraph: 、 made it look like body text cut mid-sentence,
    and the heading ran into the member named first below it. (A line cut mid-sentence in a
    wrapped file is as long as its neighbours; one that ends in 、 lists on.)"""
    return (single and len(line) <= _LISTING_HEADING_MAX and "、" in line and not line.endswith("、")
            and not _CLAUSE_NOT_PAUSE.search(line) and len(after) > 2 * len(line))


_LISTING_HEADING_MAX = 24


# What a headline in label form says after its colon: a short phrase, no clause mark.
_HEADLINE_AFTER_COLON = re.compile(r"：[^，。；、！？,;!?：]{2,30}")


def _label_headline(line: str, single: bool, after: str, is_turn_start: Callable[[str], bool]) -> bool:
    """A headline written as a label ("市交通局：将划定电子围栏") over a longer paragraph: its
    colon made it look like body text cut mid-sentence (turns reads the pair of such lines)."""
    k = line.find("：")
    # (a label line over its speech in quotation marks, "问：委员X" / "“…？”", is no headline)
    return (single and 0 < k and len(line) <= _HEADING_MAX + 10 and len(after) > 2 * len(line)
            and after[:1] not in "“「\"‘"
            and _HEADLINE_AFTER_COLON.fullmatch(line, k) is not None and is_turn_start(line))


# A feature's subheading that names its theme before a colon ("关注融资：贴息资金为何趴在账上"):
# a short theme, then a short phrase, no other clause mark, the colon no speech cue's.
_SUBHEADING = re.compile(r"(?P<theme>[^，。；、！？,;!?：“”]{2,10})：[^，。；、！？,;!?：]{2,30}")
_CUE_END = frozenset("说问道称示答告讲")


def _colon_subheading(line: str, single: bool, after: str, is_turn_start: Callable[[str], bool]) -> bool:
    """A feature's subheading with a colon ("关注资金：钱从哪里来") over a longer paragraph: its
    colon made it look like body text cut mid-sentence, and it ran into the member named first
    below it. A label (rejoin's _label_headline) or a colon after a speech cue ("他说：今年…",
    a quotation's opening cut by the line's end) is none."""
    return (single and len(line) <= _HEADING_MAX + 10 and len(after) > 2 * len(line)
            and (m := _SUBHEADING.fullmatch(line)) is not None and m["theme"][-1] not in _CUE_END
            and not is_turn_start(line))


# The words ending a lede before its colon ("整理如下：", "现场实录：").
_LEDE_ENDS = ("如下", "整理", "实录", "摘录", "摘要")
# A numbered heading after a colon ("一、", "（二）").
_HEADING_NUMBER = r"[（(]?[一二三四五六七八九十]{1,3}[、）)]"


# A sentence end, a plain space, a bracketed signature ("…？（市人大代表 X）答：…"), or before a
# numbered heading run into a line without punctuation ("…联组会议（一）X委员询问：…": folding took
# the space a flattened page left there).
# (guarded: the two empty branches after a lookbehind gave re no first character to skip to, and
# it tried all five branches at every character of every paragraph; the same matches, ~2x faster)
_INLINE_CUT = guarded(re.compile(r"[。！？]”?| |（[^（）]{3,40}）|(?<=[\u4e00-\u9fff])(?=[（(][一二三四五六七八九十]{1,3}[）)])"
                                 r"|(?<=[\u4e00-\u9fff])(?=【)"  # (folding removes the space before 【)
                                 # ("…整理如下：一、X委员询问…": a lede's colon before the first numbered heading,
                                 # unless a bracketed signature starts there, which is cut after its bracket)
                                 rf"|[：:](?={_HEADING_NUMBER})(?!（[^（）]{{3,40}}）)"
                                 # ("…整理如下：1.X代表（某乡）：…": or a numbered label, the lede's line
                                 # break lost on a flattened page)
                                 r"|[：:](?=\d{1,2}[.．、][\u4e00-\u9fff])"
                                 # ("…以下为现场问答整理：市人大代表X：…": or a label, the lede's line
                                 # break lost on a flattened page and the space after the colon folded)
                                 rf"|(?<={'|'.join(_LEDE_ENDS)})[：:](?=[\u4e00-\u9fff])"))
# (the colons matched, not the empty place after them: the guard's first characters stay
# few, where numerals, one character in twenty of a report, stopped the scan for the
# lookaheads after a colon. Matched so, a lede's colon before "一、" is one cut where the
# place after it was a second: see _cut_twice.)
_LEDE_HEADING = re.compile(rf"(?<={'|'.join(_LEDE_ENDS)})[：:](?=[\u4e00-\u9fff])(?={_HEADING_NUMBER})")


# The last character of an office named twice, the second in brackets (发展和改革局（粮食和物资储备局）).
_OFFICE_END = frozenset("局委办厅")


# A name (or a short word) alone before a space: with the label word after the space it may
# be one label ("林秀英 委员：", "王建平 局长：").
_SHORT_HEAD = re.compile(r"[\u4e00-\u9fff·]{2,6}")


# Bullets that mark speaker lines ("● 提问人：…"), one character before a space (turns
# strips them off a label: one list, so that a new bullet is read in both places).
SPEAKER_BULLETS = "◆◇■□●○◎◉❖▶►➤★☆•▌▍▎▋▊▉█▪♦"
_BULLETS = frozenset(SPEAKER_BULLETS)


def split_inline_turns(paragraphs: list[str], is_inline_turn: Callable[[str], bool],
                       is_bare_label: Callable[[str], bool] | None = None,
                       is_turn_start: Callable[[str], bool] | None = None,
                       inline_screen: Callable[[str], Callable[[int], bool]] | None = None) -> list[str]:
    """Break a paragraph where a new speaker starts right after a sentence end.

    Squeezed pages print "…如何推进？市发改委主任李强：我们将…" in one paragraph.
    ``inline_screen(paragraph)``, when given, tells the positions where ``is_inline_turn``
    may accept the rest (False: it refuses it, and is not asked).
    """
    out: list[str] = []
    numbered = _numbered_heading().match
    for p in paragraphs:
        start = 0
        screen = None  # (made at the paragraph's first sentence end: most paragraphs have one or none)
        last_colon = -1  # (a numbered heading ends in a colon: none after the last one)
        # A space is a cut too: a flattened page runs heading lines that end without
        # punctuation into the next label ("问题1 提问人：…").
        for m in _INLINE_CUT.finditer(p):
            cut = m.end()
            space = m.group() == " "
            if space and not (is_bare_label and is_bare_label(p[cut:])):
                continue  # after a space only a label word ("提问人：", "问："), not a headline's phrase
            if space and is_turn_start and _SHORT_HEAD.fullmatch(p, start, m.start()) \
                    and is_turn_start(p[start:]):
                continue  # "林秀英 委员：…": a name before its seat, one label with the space inside
            if m.group()[:1] == "（" and m.start() > start and p[m.start() - 1] in _OFFICE_END \
                    and p[m.end() - 2] in _OFFICE_END:
                continue  # "县发展和改革局（县粮食和物资储备局）局长X：": an office's second name, no signature
            if screen is None:
                screen = inline_screen(p) if inline_screen is not None else _anywhere
                last_colon = max(p.rfind("："), p.rfind(":"))
            if cut < len(p) and ((screen(cut) and is_inline_turn(p[cut:]))
                                 or (not space and cut < last_colon and numbered(p, cut))):
                # (a numbered question heading after a sentence end opens a line: "…主持。■ 话题一：…")
                if space and cut - start >= 2 and p[cut - 2] in _BULLETS:
                    cut -= 2  # "…？● 提问人：…": the bullet stays with the label it marks
                out.append(p[start:cut].rstrip())
                if _cut_twice(p, m):
                    out.append("")
                start = cut
        out.append(p[start:])
    return out


def _cut_twice(p: str, m: re.Match[str]) -> bool:
    """Whether the cut ``m`` is a lede's colon before a numbered heading ("整理如下：一、…"): the
    lede's colon and the heading's place after it were matched as two cuts at the same place
    (the second left an empty paragraph between the two, which the joining of paragraphs after
    reads: kept, so that records stay as they were)."""
    return m.end() == m.start() + 1 and _LEDE_HEADING.match(p, m.start()) is not None


def _anywhere(at: int) -> bool:
    return True


@functools.lru_cache(maxsize=1)
def _numbered_heading() -> re.Pattern[str]:
    """A numbered question heading opening a paragraph (data/numbered_headings.tsv), to its colon."""
    from loaders.datafiles import alternation, read_groups

    w = read_groups("numbered_headings.tsv", ("before", "after"))
    from loaders.follow_ups import MARKER_USES

    marks = read_groups("follow_up_markers.tsv", MARKER_USES)["marker"]
    num = r"[一二三四五六七八九十\d]{1,3}"
    item = rf"(?:(?:{alternation(w['before'])}){num}|第?{num}(?:{alternation(w['after'])}))"
    # ("【问题四】追问：…": the item in brackets, a 追问 mark and its colon before the title)
    return re.compile(rf"[{SPEAKER_BULLETS}]?\s*(?:{item}[：:]|[【\[]{item}[】\]](?:(?:{alternation(marks)})[：:])?)")


# Where a speaker phrase may open after a heading's title: a seat's or a place's first character.
_SEAT_OPENERS = frozenset("委代常市县区省州镇乡全")
_HEADING_TITLE_MAX = 40
_HEADING_TITLE_BREAK = re.compile(r"[。！？，；：]")


def split_numbered_headings(paragraphs: list[str], is_turn_start: Callable[[str], bool]) -> list[str]:
    """Cut a numbered question heading whose title runs into the first speaker phrase with no
    punctuation between ("第二问：背街小巷改造钱从哪来委员X问市财政局：…", a flattened page):
    the heading becomes a line of its own (the exchange's headline), the turn opens the next.
    Only paragraphs opening with such a heading are tried, at the seat openers of its title."""
    out: list[str] = []
    for p in paragraphs:
        m = _numbered_heading().match(p)
        if m is not None:
            stop = _HEADING_TITLE_BREAK.search(p, m.end(), m.end() + _HEADING_TITLE_MAX)
            end = stop.start() if stop else min(len(p), m.end() + _HEADING_TITLE_MAX)
            # (a flattened page may have left a space there: "…钱从哪来 委员X问…")
            cut = next((k for k in range(m.end() + 2, end)
                        if p[k] in _SEAT_OPENERS and is_turn_start(p[k:])), None)
            if cut is not None:
                out += [p[:cut].rstrip(), p[cut:]]
                continue
        out.append(p)
    return out


# Pictographs a WeChat post strews before its labels and headings ("🙋询问：", "✅回应：", "🏠 Q1：…"),
# with the variation selector and joiner that build them; the bullets speaker lines use (★, ❖, ➤)
# stay, the label grammar reads them.
_PICTOGRAPHS = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3]"  # (a class)
_PICTOGRAPH = re.compile(_PICTOGRAPHS)
# A line whose bold label word ends in its colon ("**🙋询问：** 委员 **X**"): markdown's
# marks there are emphasis, no words (a bold name before a bracket, "**X**（…）：", is read as bold).
_BOLD_LABEL_LINE = re.compile(r"(?m)^[^\n]*\*\*[^*\n]{1,12}[：:]\*\*[^\n]*$")
# A name or post set in bold inside a line, after the words before it ("区商务局局长 **X**：",
# "区某局局长 **X**回答说，", "区人大代表 **X**（…）"): the marks go, with the space a post leaves
# before its bold name and the one the name leaves before the words after it ("副镇长 **X** 表示，"). (A bold name opening its line, "**X**（区人大代表）：", the label grammar reads.)
_BOLD_WORD = re.compile(r"(?:(?<=[\u4e00-\u9fff]) |(?<=[\u4e00-\u9fff]))\*\*([\u4e00-\u9fff·]{2,8})\*\*"
                        r"(?: (?=[\u4e00-\u9fff（(]))?")
# Words set in bold opening a line and running on into its sentence ("**县某局负责人**表示，…",
# "**副镇长X**回答，…", "**5月8日上午**，…"), the line opening with pictographs or none: emphasis
# of narration, no label (a label's bold closes on its colon or bracket, "**X**：", "**X**（…）：",
# or holds the whole line).
_BOLD_OPENING = re.compile(rf"(?m)^((?:[^\S\n]|{_PICTOGRAPHS})*)"
                           r"\*\*([^*\n]{2,20})\*\*(?=[^\s*（(：:【\[])")


# Markdown's quotation mark before a quoted speech (">“…”", on a line of its own or, on a page
# flattened to one line, after a space): no words.
_QUOTE_MARK = re.compile(r"(?m)(?:^|(?<= ))> ?(?=[“「‘『\"])")


def drop_markup(text: str) -> str:
    """``text`` without the pictographs (emoji) a post copied as markdown strews before its labels
    and headings (not the bullets a speaker line may open with), and without the bold marks of a line
    whose bold label word ends in its colon, of a name or post in bold inside a line, and of words in
    bold opening a line that runs on into its sentence."""
    if "**" in text:
        text = _BOLD_LABEL_LINE.sub(lambda m: m.group().replace("**", ""), text)
        text = _BOLD_WORD.sub(r"\1", text)
        text = _BOLD_OPENING.sub(r"\1\2", text)
    if ">" in text:
        text = _QUOTE_MARK.sub("", text)
    return _PICTOGRAPH.sub(lambda m: m.group() if m.group() in _BULLETS else "", text)


def normalize(text: str, is_turn_start: Callable[[str], bool] | None = None,
              is_label_only: Callable[[str], bool] | None = None,
              is_inline_turn: Callable[[str], bool] | None = None,
              is_bare_label: Callable[[str], bool] | None = None,
              inline_screen: Callable[[str], Callable[[int], bool]] | None = None) -> str:
    """The normalised text: folded, de-noised paragraphs joined by ``"\\n"``."""
    # Split first: folding removes spaces around punctuation, paragraph breaks included.
    paragraphs = split_paragraphs(fold_width(drop_markup(text)))
    paragraphs = fold_punctuation("\n".join(paragraphs)).split("\n")
    paragraphs = _split_fields(drop_page_furniture(paragraphs))
    paragraphs, _ = remove_noise(paragraphs)
    if is_inline_turn is not None:
        paragraphs = split_inline_turns(paragraphs, is_inline_turn, is_bare_label, is_turn_start, inline_screen)
    if is_turn_start is not None:
        paragraphs = split_numbered_headings(paragraphs, is_turn_start)
    return "\n".join(_drop_joined_noise(rejoin(paragraphs, is_turn_start, is_label_only)))
