"""Question-and-answer tables → the labelled lines a transcript would have.

Congress offices publish many inquiry records as a table: a heading row naming the
columns in any order (序号 | 询问人 | 应询人 | 询问内容 | 答复内容) and one row per
question, or two-column rows (询问人 | 市人大常委会委员 X, 询问内容 | …). The .docx and
HTML readers and page copies give each row as tab-separated cells. Each table row is
rewritten here as "asker：question" and "respondent：answer" lines, so the label
grammar of :mod:`loaders.turns` reads tables like any transcript; a cell left empty
under the asker heading (a merged cell) is the asker of the row above. A page copied
to one line keeps the tabs but joins the rows with a space: the rows are cut again by
the heading's column count. Column words are data (``data/table_columns.tsv``).

>>> relabel_tables("询问人\\t应询人\\t询问内容\\t答复内容\\n委员 甲乙\\t局长 丙丁\\t怎么办？\\t马上办。")
'委员 甲乙：怎么办？\\n局长 丙丁：马上办。'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from loaders.datafiles import read_tsv, read_words
from loaders.follow_ups import is_marker_cell
from loaders.script import to_simplified

__all__ = ["relabel_tables", "column_of", "column_words", "COLUMN_STRIP"]

_COLUMNS = ("number", "asker", "question", "respondent", "unit", "answer", "post", "other")
# The label each side's column word stands for in a two-column row (询问问题 | … → 问：…).
_KV_LABEL = {"asker": "询问人", "respondent": "应询人", "unit": "应询人", "question": "问", "answer": "答"}
_SPACE = re.compile(r"[ \u3000]+")
_END = "。！？!?”…）)"
#: Marks around a column word that column_of drops from its ends (询问内容：, 【答复】).
COLUMN_STRIP = " \u3000*【】[]：:"


@functools.lru_cache(maxsize=1)
def _column_words() -> dict[str, str]:
    out = {}
    for r in read_tsv("table_columns.tsv", ["heading", "column"]):
        if r.cells[1] not in _COLUMNS:
            raise r.error(f"column must be one of {', '.join(_COLUMNS)}, got {r.cells[1]!r}")
        out[r.cells[0]] = r.cells[1]
    return out


def column_words() -> dict[str, str]:
    """Column word → column (data/table_columns.tsv)."""
    return _column_words()


@functools.lru_cache(maxsize=1)
def _column_lengths() -> frozenset[int]:
    return frozenset(len(w) for w in _column_words())


@functools.lru_cache(maxsize=4096)
def column_of(word: str) -> str | None:
    """The column a heading names (询问内容 → question), else None."""
    word = word.strip(COLUMN_STRIP)
    # to_simplified keeps the length, so a key of no column word's length names no column:
    # parse_head asks about every label head, and OpenCC's call costs more than the rest.
    # (the key's length counted before it is made: the key is the word without the spaces
    # left inside it, and most words asked are whole lines of a report, of no column's length)
    if len(word) - word.count(" ") - word.count("\u3000") not in _column_lengths():
        return None
    return _column_words().get(to_simplified(_SPACE.sub("", word)))


def relabel_tables(text: str) -> str:
    """``text`` with every question-and-answer table row written as labelled lines."""
    if "|" in text or "｜" in text:
        text = _pipe_tables(text)
    text = _stacked_tables(text)
    text = _spaced_tables(text)
    if "\t" not in text:
        return _run_together_rows(text)
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = lines[i].split("\t")
        head = _heading(cells) if len(cells) >= 3 else None
        if head is None:
            out.append(_key_values(lines[i]))
            i += 1
            continue
        before, columns, rest = head
        if before.strip():
            out.append(before.rstrip())
        seat = _asker_seat(cells)
        rows = _cut_rows(rest, len(columns)) if rest else []
        i += 1
        # Rows on lines of their own: as many cells as headings (lines without tabs between
        # them, such as "答复：…", stay as they are).
        while i < len(lines) and not rest:
            row = lines[i].split("\t")
            if len(row) == len(columns):
                rows.append(row)
            elif "\t" in lines[i]:
                break
            else:
                rows.append([lines[i]])
            i += 1
        out.extend(_row_lines(columns, rows, seat))
    return "\n".join(out)


# Cells a page copy set apart with runs of spaces instead of tabs; one space stays inside a
# cell (主任 章丽萍 is a post and a name).
_CELL_GAP = re.compile(r"[ \u3000]{2,}")


def _spaced_tables(text: str) -> str:
    """``text`` with the cells of space-aligned tables (序号  代表  询问内容  应询单位 …, one
    row a line) cut by tabs: a heading row of column words and the rows after it with as many
    cells. A row with fewer or more cells ends the table, so prose with a wide gap is never cut.
    A page copied to one line keeps the text before the heading and the rows after it on its
    line, the rows joined by a space: that line is cut alone."""
    if "  " not in text and "\u3000\u3000" not in text:
        return text
    lines = text.split("\n")
    changed = False
    i = 0
    while i < len(lines):
        cells = _CELL_GAP.split(lines[i].strip(" \u3000"))
        if len(cells) < 3 or "\t" in lines[i]:
            i += 1
            continue
        head, joined = _heading(cells), "\t".join(cells)
        if head is None and len(cells) >= 4 and (head := _heading(cells[1:])) is not None:
            # (the lede before the heading, set apart by the gap its blank line left on a one-line copy)
            joined = cells[0] + " " + "\t".join(cells[1:])
        if head is None:
            i += 1
            continue
        lines[i] = joined
        changed = True
        i += 1
        if head[0].strip() or head[2]:
            continue  # a page copied to one line: its rows follow the heading on the line (the tab reading cuts them)
        width = len(cells)
        while i < len(lines) and len(row := _CELL_GAP.split(lines[i].strip(" \u3000"))) == width:
            lines[i] = "\t".join(row)
            i += 1
    return "\n".join(lines) if changed else text


_STACKED_NUMBER = re.compile(r"[0-9０-９]{1,3}[.、．]?")
# cells naming a person or an office: a designation, never a clause
_PERSON_COLUMNS = ("asker", "respondent", "unit", "post")


def _stacked_tables(text: str) -> str:
    """Tables a page copy gives one cell a line, the heading's cells too ("序号" / "询问人" /
    "询问事项" / "应询人" / "答复要点" / "1" / "委员 X" / …): the heading is a run of three
    column words or more on lines of their own, one of them a speech column and one a
    person's; the rows follow, as many lines each as the heading has cells, for as long as
    they read as rows (see _stacked_row). They become tab-separated lines, read below like a
    .docx table."""
    if not _holds_any(_run_together_rx()[1], text):
        return text  # no column word of three characters: no heading (a heading needs a person's)
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if " " in line and "\t" not in line and (flat := _stacked_line(line)) is not None:
            out.extend(flat)
            i += 1
            continue
        if column_of(line.strip()) is None:
            out.append(line)  # (most lines: no heading starts here, and the steps below keep the line)
            i += 1
            continue
        j = i + 1
        while j < len(lines) and column_of(lines[j].strip()) is not None:
            j += 1
        columns = [column_of(x.strip()) for x in lines[i:j]]
        if j - i < 3 or not {"question", "answer"} & set(columns) \
                or not {"asker", "respondent", "unit"} & set(columns):
            out.extend(lines[i:max(j, i + 1)])
            i = max(j, i + 1)
            continue
        n, k, rows = len(columns), j, []
        while k + n <= len(lines) and _stacked_row(columns, cells := [x.strip() for x in lines[k:k + n]], len(rows)):
            rows.append(cells)
            k += n
        if not rows:
            out.extend(lines[i:j])
            i = j
            continue
        out.append("\t".join(x.strip() for x in lines[i:j]))
        out.extend("\t".join(r) for r in rows)
        i = k
    return "\n".join(out)


# a short name after a post in a flattened person's cell ("局长 X": the post, a space, the name)
_NAME_TOKEN = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _stacked_line(line: str) -> list[str] | None:
    """The same table flattened to one line, a space where each cell's line ended ("… 序号
    询问人 询问内容 应询人 答复内容 1 委员 X …？ 局长 Y …。 2 …"): the heading, a run of
    three column words or more, must open with the number column, and each row must open with
    its number. A person's cell may hold one space of its own, before a short name ("局长 Y");
    an office's cell and speech cells none. The rows become tab-separated lines; the text before and after stays."""
    tokens = line.split(" ")
    for h, tok in enumerate(tokens):
        if column_of(tok) != "number":
            continue
        e = h
        while e < len(tokens) and column_of(tokens[e]) is not None:
            e += 1
        columns = [column_of(t) for t in tokens[h:e]]
        if len(columns) < 3 or not {"question", "answer"} & set(columns) \
                or not {"asker", "respondent", "unit"} & set(columns):
            continue
        rows, k = [], e
        while (row := _flat_row(columns, tokens, k, len(rows))) is not None:
            cells, k = row
            rows.append(cells)
        if not rows:
            continue
        before, after = " ".join(tokens[:h]).strip(), " ".join(tokens[k:]).strip()
        return [x for x in (before, "\t".join(tokens[h:e]), *("\t".join(r) for r in rows), after) if x]
    return None


def _flat_row(columns: list[str], tokens: list[str], k: int, before: int) -> tuple[list[str], int] | None:
    """The row of a flattened stacked table starting at ``tokens[k]`` (its number) and where the
    next begins, when its cells read as a row (_stacked_row)."""
    cells = []
    for kind in columns:
        if k >= len(tokens):
            return None
        cell = tokens[k]
        k += 1
        if kind in ("asker", "respondent") and k < len(tokens) and _NAME_TOKEN.fullmatch(tokens[k]) \
                and not _is_same(cell) and not _is_same(tokens[k]) and column_of(tokens[k]) is None:
            cell, k = f"{cell} {tokens[k]}", k + 1  # "局长 Y": the post and the name
        cells.append(cell)
    return (cells, k) if _stacked_row(columns, cells, before) else None


def _stacked_row(columns: list[str], cells: list[str], before: int) -> bool:
    """Whether one cell a line under a stacked heading make a row: the number the next row's
    (or none), a designation in each person's cell, something under each speech column."""
    for kind, cell in zip(columns, cells):
        if kind == "number" and not (_STACKED_NUMBER.fullmatch(cell) and int(_to_half(cell.rstrip(".、．"))) == before + 1):
            return False
        if kind in _PERSON_COLUMNS and (not cell or len(cell) > 30 or _PROSE.search(cell)):
            return False
        if kind in ("question", "answer") and not cell:
            return False
    return True


def _to_half(digits: str) -> str:
    """Full-width digits as ASCII ones (１２ → 12)."""
    return digits.translate(str.maketrans("０１２３４５６７８９", "0123456789"))


_PIPE = re.compile(r"[ \u3000]*[|｜][ \u3000]*")
_PIPE_RULE = re.compile(r"[ \u3000]*:?-{3,}:?[ \u3000]*")  # a cell of markdown's |---|---| rule


def _pipe_tables(text: str) -> str:
    """Tables typed with bars between the cells ("序号 | 询问人 | 应询人 | 询问内容 | 答复内容", a
    page's markdown copy or a plain-text list): from a heading row of column words on, each row
    with as many cells as the heading, and a two-column row opened by a column word ("询问人 | X"),
    has tabs for bars, as the .docx and HTML readers give a table. A heading after other text on
    its line (a page flattened to one line) takes the rest of the line as its rows' cells. The
    empty cells between the outer bars of two rows and the rule's cells are dropped, but a row
    whose first cells are empty (a second official answering the row above) keeps them. Other
    lines with bars stay."""
    lines = text.split("\n")
    width = 0  # cells of the current table's heading row; 0 outside a table
    changed = False
    for i, line in enumerate(lines):
        if "|" not in line and "｜" not in line:
            continue
        cells = [c for c in _PIPE.split(line.strip(" \u3000")) if c and not _PIPE_RULE.fullmatch(c)]
        if not cells:
            lines[i], changed = "", width > 0 or changed  # the rule under a heading row
            continue
        # The heading opens the line's cells, or follows the text before the first bar.
        # "…如下。 编号｜询问人｜…": a flattened page's text runs into the first heading.
        glued = len(cells) >= 3 and (h := _heading(cells)) is not None and bool(h[0]) and bool(h[2])
        start = 1 if glued else next((k for k in (0, 1) if len(cells) - k >= 3
                                      and (h := _heading(cells[k:])) is not None and not h[0]), None)
        if start is not None:
            if h[2]:
                cells = _flattened_cells(line)
            if glued:
                cut = max(cells[0].rfind(" "), cells[0].rfind("\u3000"))
                cells = [cells[0][:cut].rstrip(), cells[0][cut + 1:], *cells[1:]]
            before = " ".join(cells[:start])
            width = len(cells) - start if not h[2] else 0  # a flattened table: its rows follow on the line
            lines[i] = (before + "\n" if before else "") + "\t".join(cells[start:])
        elif (width and len(cells) == width) or (len(cells) == 2 and column_of(cells[0]) in _KV_LABEL):
            lines[i] = "\t".join(cells)
        elif width and (row := _continued_row(line, width)) is not None:
            lines[i] = "\t".join(row)
        else:
            width = 0
            continue
        changed = True
    return "\n".join(lines) if changed else text


def _flattened_cells(line: str) -> list[str]:
    """The cells of a table flattened to one line, rule cells dropped, with the empty cells
    that open a row whose first cells are empty (a second official answering the question
    above): as many as that row had. Flattening ran its first empty cell into the previous
    row's last (plain bars) or added the empty cell between the outer bars of two rows
    (markdown, a line ending with a bar), which alone is dropped."""
    stripped = line.strip(" \u3000")
    markdown = stripped.endswith(("|", "｜"))
    cells: list[str] = []
    run = 0
    for c in _PIPE.split(stripped) + ["x"]:  # (a last non-empty cell closes the last run)
        if not c:
            run += 1
            continue
        if _PIPE_RULE.fullmatch(c):
            run = 0
            continue
        if cells:
            cells += [""] * (max(0, run - 1) if markdown else run + 1 if run >= 2 else 0)
        cells.append(c)
        run = 0
    return cells[:-1]


def _continued_row(line: str, width: int) -> list[str] | None:
    """A row whose first cells are empty ("｜｜｜市财政局副局长 X｜…": a second official
    answering the question of the row above) keeps its empty cells, so that its
    respondent and answer stay under their headings; None when its cells, outer bars
    aside, are not as many as the heading's or the first is not empty."""
    raw = _PIPE.split(line.strip(" \u3000"))
    if len(raw) == width + 2 and not raw[0] and not raw[-1]:
        raw = raw[1:-1]  # a markdown row's outer bars
    if len(raw) != width or raw[0] or not any(raw):
        return None
    return raw


@functools.lru_cache(maxsize=1)
def _run_together_rx() -> tuple[re.Pattern[str], frozenset[str]]:
    """Column words of three characters or more (询问人, 答复内容; 问题 and 回答 are too
    common in prose), as delimiters, and the first two characters they start with."""
    words = sorted((w for w in _column_words() if len(w) >= 3), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))), frozenset(w[:2] for w in words)


@functools.lru_cache(maxsize=1)
def _traditional_starts() -> tuple[str, ...]:
    """The first characters of column words in traditional script: only such lines are converted
    (the converter is loaded for texts that need it; data/table_columns_traditional.txt)."""
    return tuple(r.cells[0] for r in read_words("table_columns_traditional.txt"))


def _holds_any(words: Iterable[str], s: str) -> bool:
    """Whether one of ``words`` stands in ``s``: a find each, a few instructions a character,
    where a search of their alternation scanned for the set of their first characters (~50)."""
    for w in words:
        if w in s:
            return True
    return False


def _matches_at_least(rx: re.Pattern[str], s: str, n: int) -> bool:
    """Whether ``rx`` finds ``n`` matches or more in ``s`` (it stops at the ``n``-th)."""
    for k, _ in enumerate(rx.finditer(s), 1):
        if k >= n:
            return True
    return False


_PROSE = re.compile(r"[，。；！？,;]")
_ROW_NUMBER = re.compile(r"(?:^|(?<=\s))\d{1,3}[.、．]?\s*$")  # "…马上办。 2." before the next row


def _run_together_rows(text: str) -> str:
    """Rows of a question-and-answer table whose cells ran together with their column words
    ("询问人市人大常委会委员X询问内容……？应询人市生态环境局局长Y答复内容……。"): the same
    labelled lines as a table's. The rows start at a person's or number column opening the
    line or standing after a space (a page flattened to one line), and need a speech column;
    each person's cell must be a designation, not a clause."""
    rx, starts = _run_together_rx()
    if not _holds_any(_traditional_starts(), text) and not _matches_at_least(rx, text, 3):
        # (no column word can match across a line break, so the text's matches are its lines'
        # together: fewer than three in the whole text leave every line under three, and with no
        # traditional column word no line is converted; most reports: one scan, not one per line)
        return text
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        simple = line
        if not _holds_any(starts, line):
            if not _holds_any(_traditional_starts(), line):
                continue
            simple = to_simplified(line)
            if len(simple) != len(line):
                continue
        marks = [m for m in rx.finditer(simple)]
        first = next((k for k, m in enumerate(marks) if _column_words()[m.group()] in ("asker", "respondent", "unit", "number")
                      and (m.start() == 0 or simple[m.start() - 1].isspace()
                           or _ROW_NUMBER.search(simple, 0, m.start()))), None)
        if first is None:
            continue
        marks = marks[first:]
        kinds = [_column_words()[m.group()] for m in marks]
        if len(marks) < 3 or not {"question", "answer"} & set(kinds):
            continue
        values = []
        for k, m in enumerate(marks):
            value = line[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(line)]
            if k + 1 < len(marks) and (num := _ROW_NUMBER.search(value)):
                value = value[:num.start()]
            values.append(value.strip(" \u3000：:"))
        if any(kind in ("asker", "respondent", "unit") and (not v or len(v) > 30 or _PROSE.search(v)) for kind, v in zip(kinds, values)):
            continue  # a person's cell holds a designation, not a clause ("应询人员认真作答，") nor nothing (a heading row)
        rows: list[tuple[list[str], list[str]]] = []
        for kind, value in zip(kinds, values):
            if not rows or (kind in ("asker", "number") and {"question", "answer"} & set(rows[-1][0])):
                rows.append(([], []))
            rows[-1][0].append(kind)
            rows[-1][1].append(value)
        before = line[:marks[0].start()]
        if num := _ROW_NUMBER.search(before):
            before = before[:num.start()]
        out = [before.rstrip()] if before.strip() else []
        out += [x for cols, vals in rows for x in _row_lines(cols, [vals])]
        lines[i] = "\n".join(out)
        changed = True
    return "\n".join(lines) if changed else text


def _heading(cells: list[str]) -> tuple[str, list[str], list[str]] | None:
    """(text before the heading row, its columns, the cells after it on the same line) when
    ``cells`` hold a heading row of three column words or more, one of them a speech column."""
    first = cells[0]
    before = ""
    if column_of(first) is None:
        cut = max(first.rfind(" "), first.rfind("\u3000"))
        if cut < 0 or column_of(first[cut + 1:]) is None:
            return None
        before, cells = first[:cut], [first[cut + 1:], *cells[1:]]
    columns: list[str] = []
    rest: list[str] = []
    for k, cell in enumerate(cells):
        kind = column_of(cell)
        if kind is None:
            # A line flattened to one: the last heading, a space, then the first row's cell.
            word, _, tail = cell.strip().partition(" ")
            if (kind := column_of(word)) is not None and tail:
                columns.append(kind)
                rest = [tail.strip(), *cells[k + 1:]]
            else:
                rest = cells[k:]
            break
        columns.append(kind)
    if len(columns) < 3 or not {"question", "answer"} & set(columns) or not {"asker", "respondent", "unit"} & set(columns):
        return None
    return before, columns, rest


def _cut_rows(stream: list[str], n: int) -> list[list[str]]:
    """Rows of ``n`` cells from the cells of a table flattened to one line, where the last
    cell of a row and the first of the next share a token ("…全部开工。 2")."""
    rows, row = [], []
    for cell in stream:
        if len(row) == n - 1:
            last, nxt = _split_boundary(cell)
            rows.append([*row, last])
            row = [nxt] if nxt is not None else []
        else:
            row.append(cell)
    if row:
        rows.append(row + [""] * (n - len(row)))
    return rows


def _split_boundary(cell: str) -> tuple[str, str | None]:
    """"…全部开工。 2" → ("…全部开工。", "2"): at the first space after a sentence end, else the last space."""
    spaces = [m.start() for m in _SPACE.finditer(cell)]
    if not spaces:
        return cell, None
    cut = next((k for k in spaces if k > 0 and cell[k - 1] in _END), spaces[-1])
    return cell[:cut].rstrip(), cell[cut:].strip()


@functools.lru_cache(maxsize=1)
def _same_marks() -> frozenset[str]:
    """Cells that repeat the cell above (同上, 〃: data/table_same_marks.txt)."""
    return frozenset(r.cells[0] for r in read_words("table_same_marks.txt"))


# "同上（畜禽养殖污染部分）": a same mark with a note in brackets on which part it repeats
_SAME_NOTE = re.compile(r"\s*[（(][^（）()]{1,30}[）)]$")


def _is_same(value: str) -> bool:
    """A cell repeating the cell above: a same mark, perhaps with a bracketed note after it."""
    v = value.rstrip("。")
    return v in _same_marks() or (v.endswith(("）", ")")) and _SAME_NOTE.sub("", v) in _same_marks())


def _asker_seat(heading: list[str]) -> str:
    """The seat an asker heading gives its column (询问代表 → 代表, 询问委员 → 委员), else "":
    such a table writes its askers by name alone, and a label needs the seat."""
    for cell in heading:
        word = cell.strip(COLUMN_STRIP)
        word = word.rpartition(" ")[2] or word  # the heading row's first cell may carry text before it
        if word.endswith(_SEATS) and column_of(word) == "asker":
            return word[-2:]
    return ""


_SEATS = ("代表", "委员")
# A name alone in a cell (a marker such as （追问） may follow it).
_BARE_NAME = re.compile(r"([\u4e00-\u9fff·]{2,8})([（(].*)?")


def _marked_name(cell: str) -> tuple[str, bool]:
    """("汪某", True) for an asker's cell "汪某（追问）": the row follows up the one above."""
    m = _BARE_NAME.fullmatch(cell)
    if m is not None and m[2] and is_marker_cell(m[2]):
        return m[1], True
    return cell, False


def _seated(name: str, seat: str) -> str:
    """``name`` as a label writes an asker of ``seat``: "代表 汪某"; a cell naming more than
    a person (a seat or post of its own, a sentence) stays as it is."""
    m = _BARE_NAME.fullmatch(name)
    if not seat or m is None or m[2] or seat in m[1] or len(m[1]) > 4 and "·" not in m[1]:
        return name
    return f"{seat} {name}"


def _row_lines(columns: list[str], rows: list[list[str]], seat: str = "") -> list[str]:
    out: list[str] = []
    asker = respondent = respondent_unit = ""
    for row in rows:
        if len(row) != len(columns):
            out.append("\t".join(row))
            continue
        cell = {}
        follow = False
        person = None  # the person column a 职务 column after it gives the post of
        unit = ""  # the office of a 应询单位 column beside the 应询人 one
        for kind, value in zip(columns, row):
            if kind == "unit":
                unit = respondent_unit if _is_same(value.strip()) else value.strip()
                continue
            if kind == "post":
                post = value.strip()
                if person is not None and cell.get(person) and post and post.rstrip("。") not in _same_marks() \
                        and post not in cell[person]:  # (同上 under 职务: the person above, post and all)
                    cell[person] = f"{post} {cell[person]}"  # "市教育局局长 颜美华", as a label writes it
                continue
            person = kind if kind in ("asker", "respondent") else person
            value = value.strip().rstrip("：:")
            if kind in ("number", "asker", "other") and is_marker_cell(value):
                follow, value = True, ""  # "（追问）" under 序号 or 询问人: the row follows up the one above
            if kind == "asker":
                value, marked = _marked_name(value)
                follow = follow or marked
                value = _seated(value, seat)
            if _is_same(value):
                # "同上" under a person: the one above; under the question: no question of its
                # own, the row's official answers the question above too
                value = {"asker": asker, "respondent": respondent}.get(kind, "")
            cell.setdefault(kind, value)
        if unit:
            cell["respondent"] = _with_unit(unit, cell.get("respondent", ""))
            respondent_unit = unit
        asker = cell.get("asker") or asker
        respondent = cell.get("respondent") or respondent
        if cell.get("question"):
            # "委员 X追问：" reads as the member's 追问 in the label grammar; a bare "追问：" is the last asker's.
            out.append(f"{asker}追问：{cell['question']}" if follow and asker else
                       f"{'追问' if follow else asker or '问'}：{cell['question']}")
        if cell.get("answer"):
            out.extend(_answer_lines(cell.get("respondent") or "答", cell["answer"]))
        elif cell.get("respondent"):
            out.append(f"应询人：{cell['respondent']}")  # the answer follows under the table (答复：…)
    return out


def _with_unit(unit: str, person: str) -> str:
    """The official of a row whose office has a column of its own (应询单位 | 应询人), as a
    label writes him: "高新区某局" and "局长 X" → "高新区某局局长 X"; the office alone when
    the row names nobody, the person alone when his cell names the office already."""
    if not person or _is_same(person):
        return unit
    if unit in person:
        return person
    return f"{unit}{person}" if " " in person else f"{unit} {person}"


# A line break kept inside a cell of a page's markdown copy ("局长 X<br>副局长 Y").
_CELL_BREAK = re.compile(r"<br\s*/?>", re.I)


def _answer_lines(respondent: str, answer: str) -> list[str]:
    """A row's answer as labelled lines: one per official when the cell names several, one
    under another, and the answer gives each his part after his name and a colon ("局长 X<br>
    副局长 Y" | "X：…。Y：…"); else one line, the officials joined as a label lists them."""
    officials = [o.strip() for o in _CELL_BREAK.split(respondent) if o.strip()]
    if len(officials) < 2:
        return [f"{respondent}：{answer}"]
    opens = [next((answer.find(o[-k:] + "：") for k in (4, 3, 2) if answer.find(o[-k:] + "：") >= 0), -1)
             for o in officials]
    if opens[0] != 0 or opens != sorted(set(opens)):
        return [f"{'、'.join(officials)}：{answer}"]
    ends = [*opens[1:], len(answer)]
    return [f"{o}：{answer[a:b].split('：', 1)[1].strip()}" for o, a, b in zip(officials, opens, ends)]


def _key_values(line: str) -> str:
    """"询问人\\tX" → "询问人：X", "询问问题\\t…" → "问：…" (two-column rows, also when a
    page copy joined several of them with spaces)."""
    if "\t" not in line:
        return line
    parts = line.split("\t")
    out = parts[0]
    for nxt in parts[1:]:
        cut = max(out.rfind(" "), out.rfind("\u3000"))
        word = out[cut + 1:]
        kind = column_of(word) if word else None
        if kind in _KV_LABEL:
            out = out[:cut + 1] + _KV_LABEL[kind] + "：" + nxt.strip()
        else:
            out += "\t" + nxt
    return out
