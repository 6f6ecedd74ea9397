"""One reader for the domain data files in loaders/data (TSV, word lists, YAML).

Every file follows the same conventions, so every loader reads them the same way:

* UTF-8, a leading BOM is ignored;
* blank lines and lines starting with ``#`` are comments;
* TSV: tab-separated columns, cells stripped; missing trailing cells read as "";
* word lists: one word per line, no spaces inside a word;
* YAML: a mapping at the top.

A bad row raises :class:`DataFileError` whose message is one line,
``file:line: what is wrong``, ready for a CLI to print. Nothing is cached
here: callers build their own tables once (see :mod:`loaders.gazetteer`).

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "t.tsv").write_text("\\ufeff# name\\tcity\\n漯河\\t漯河市\\n\\n双汇\\n", encoding="utf-8")
>>> [(r.line, r.cells) for r in read_tsv("t.tsv", ("name", "city"), required=1, data_dir=d)]
[(2, ('漯河', '漯河市')), (4, ('双汇', ''))]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import yaml

__all__ = ["DATA_DIR", "DataFileError", "Row", "read_tsv", "read_words", "read_yaml", "read_groups", "split_list", "alternation"]

DATA_DIR = Path(__file__).resolve().parent / "data"


class DataFileError(ValueError):
    """A domain data file is malformed; the message is ``file:line: reason`` (one line)."""


@dataclass(frozen=True)
class Row:
    """One data row: its cells (one per declared column) and where it came from."""

    file: str
    line: int
    cells: tuple[str, ...]

    @property
    def where(self) -> str:
        """``file:line``, for error messages that point back at the row."""
        return f"{self.file}:{self.line}"

    def error(self, reason: str) -> DataFileError:
        """A :class:`DataFileError` naming this row (``raise row.error("…")``)."""
        return DataFileError(f"{self.where}: {reason}")


def _lines(name: str, data_dir: Path | None) -> list[tuple[int, str]]:
    path = (data_dir or DATA_DIR) / name
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataFileError(f"{name}: file not found in {path.parent}") from None
    except UnicodeDecodeError as exc:
        line = raw_line(path, exc.start)
        raise DataFileError(f"{name}:{line}: not UTF-8") from None
    out = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append((lineno, line))
    return out


def raw_line(path: Path, offset: int) -> int:
    """The 1-based line holding byte ``offset`` of ``path``."""
    return path.read_bytes()[:offset].count(b"\n") + 1


def read_tsv(name: str, columns: Sequence[str], *, required: int | None = None,
             data_dir: Path | None = None) -> list[Row]:
    """The rows of a tab-separated file, each with one cell per name in ``columns``.

    Args:
        name: file name inside the data directory (``policy_tools.tsv``).
        columns: the column names, in order (used in error messages).
        required: how many leading columns a row must have (default: all); the
            first column must not be empty.
        data_dir: another data directory (tests).

    Raises:
        DataFileError: a row with too few or too many columns, or an empty first cell.
    """
    need = len(columns) if required is None else required
    rows = []
    for lineno, line in _lines(name, data_dir):
        cells = [c.strip() for c in line.split("\t")]
        if not need <= len(cells) <= len(columns):
            want = str(len(columns)) if need == len(columns) else f"{need}-{len(columns)}"
            raise DataFileError(f"{name}:{lineno}: expected {want} tab-separated columns "
                                f"({', '.join(columns)}), got {len(cells)}")
        if not cells[0]:
            raise DataFileError(f"{name}:{lineno}: empty {columns[0]}")
        rows.append(Row(name, lineno, tuple(cells) + ("",) * (len(columns) - len(cells))))
    return rows


def read_words(name: str, *, data_dir: Path | None = None) -> list[Row]:
    """The words of a one-word-per-line file (each a one-cell :class:`Row`).

    Raises:
        DataFileError: a line holding a space or a tab.
    """
    rows = []
    for lineno, line in _lines(name, data_dir):
        word = line.strip()
        if any(c.isspace() for c in word):
            raise DataFileError(f"{name}:{lineno}: one word per line, got {word!r}")
        rows.append(Row(name, lineno, (word,)))
    return rows


def read_groups(name: str, uses: Sequence[str], *, column: str = "use", optional: Sequence[str] = (),
                data_dir: Path | None = None) -> dict[str, tuple[str, ...]]:
    """The words of a ``word<TAB>use`` file, grouped by use, each group in file order.

    Args:
        name: file name inside the data directory (``speaker_words.tsv``).
        uses: every use the caller reads; each must have at least one word but those in ``optional``.
        column: what the second column is called in messages (``use``, ``kind``).
        optional: uses the caller reads that may have no word yet.
        data_dir: another data directory (tests).

    Raises:
        DataFileError: a row whose use is not in ``uses`` (``file:line``), or a use no row has.
    """
    groups: dict[str, list[str]] = {u: [] for u in uses}
    for r in read_tsv(name, ("word", column), data_dir=data_dir):
        if r.cells[1] not in groups:
            raise r.error(f"{column} must be one of {', '.join(uses)}, got {r.cells[1]!r}")
        groups[r.cells[1]].append(r.cells[0])
    if missing := [u for u, words in groups.items() if not words and u not in optional]:
        raise DataFileError(f"{name}: no word for {column} {', '.join(missing)}")
    return {u: tuple(words) for u, words in groups.items()}


def read_yaml(name: str, *, data_dir: Path | None = None) -> dict[str, Any]:
    """The top-level mapping of a YAML file.

    Raises:
        DataFileError: invalid YAML (with the line of the problem) or not a mapping.
    """
    path = (data_dir or DATA_DIR) / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise DataFileError(f"{name}: file not found in {path.parent}") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{name}:{raw_line(path, exc.start)}: not UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise DataFileError(f"{where}: invalid YAML ({problem})") from None
    if not isinstance(data, dict):
        raise DataFileError(f"{name}: expected a mapping at the top")
    return data


def split_list(cell: str, sep: str = "|") -> tuple[str, ...]:
    """The non-empty, stripped items of a ``a|b|c`` cell.

    >>> split_list(" a | |b ")
    ('a', 'b')
    """
    return tuple(x.strip() for x in cell.split(sep) if x.strip())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of a data file's ``words``, longest first (so 在回答 wins over 回答).

    Words that share a start are written as one branch with their common prefix taken out
    (``提出(?:了问题|问题|)``), keeping their order: ``re`` tries each branch in turn at every
    position it is given, and a flat list of a hundred cue words cost a hundred tries where
    the first character alone rules out all but a few (the speech cues' scan of a 1 MB file
    took 0.080 s flat, 0.045 s so). Only words that can match at the same position are ever
    compared, and those are tried in the same order as in the flat list, so every match and
    every group is the same.

    >>> alternation(["回答", "在回答", "回应", "说"])
    '在回答|回(?:应|答)|说'
    """
    # (words of one length cannot both match at one position: their order is free, fixed here
    # so that the pattern is the same in every process)
    return _prefix_tree(sorted(set(words), key=lambda w: (-len(w), w)))


def _prefix_tree(words: list[str]) -> str:
    """``"|".join(map(re.escape, words))`` with each run of words that share a first character
    grouped under their longest common prefix (order kept within each group)."""
    groups: dict[str, list[str]] = {}
    for w in words:  # (a dict keeps the groups in the order of their first word)
        # A letter and its other case would both match under re.IGNORECASE: one group, so
        # that their order is kept there too; a non-ASCII cased letter folds in ways
        # lower() does not say (K and the Kelvin sign): such a list stays flat.
        c = w[:1]
        if not c.isascii() and c.lower() != c.upper():
            return "|".join(map(re.escape, words))
        groups.setdefault(c.lower(), []).append(w)
    out = []
    for group in groups.values():
        n = len(_common_prefix(group)) if len(group) > 1 else 0
        if n == 0:  # one word, or words whose first letters differ in case only
            out.append("|".join(map(re.escape, group)))
        else:
            out.append(f"{re.escape(group[0][:n])}(?:{_prefix_tree([w[n:] for w in group])})")
    return "|".join(out)


def _common_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)  # the common prefix of all is that of these two
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]
