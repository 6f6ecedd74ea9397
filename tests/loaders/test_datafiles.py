"""loaders.datafiles: one reader for every data file, errors as one ``file:line`` line;
and the mention package's module structure (no import circle)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.datafiles import DATA_DIR, DataFileError, read_groups, read_tsv, read_words, read_yaml, split_list


def _write(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")


def test_tsv_skips_comments_blank_lines_and_bom(tmp_path):
    _write(tmp_path, "t.tsv", "\ufeff# a comment\nname\tkind\n\n  # indented comment\n双汇\n")
    rows = read_tsv("t.tsv", ("name", "kind"), required=1, data_dir=tmp_path)
    assert [(r.line, r.cells, r.where) for r in rows] == [(2, ("name", "kind"), "t.tsv:2"),
                                                         (5, ("双汇", ""), "t.tsv:5")]


@pytest.mark.parametrize("text, message", [
    ("a\tb\tc\n", "t.tsv:1: expected 2 tab-separated columns (name, kind), got 3"),
    ("ok\tx\nonly\n", "t.tsv:2: expected 2 tab-separated columns (name, kind), got 1"),
    ("ok\tx\n\t y\n", "t.tsv:2: empty name"),
])
def test_tsv_errors_name_file_and_line(tmp_path, text, message):
    _write(tmp_path, "t.tsv", text)
    with pytest.raises(DataFileError) as err:
        read_tsv("t.tsv", ("name", "kind"), data_dir=tmp_path)
    assert str(err.value) == message


def test_row_error_points_at_the_row(tmp_path):
    _write(tmp_path, "t.tsv", "# header\nx\tbad\n")
    row = read_tsv("t.tsv", ("name", "kind"), data_dir=tmp_path)[0]
    assert str(row.error("unknown kind 'bad'")) == "t.tsv:2: unknown kind 'bad'"


def test_words_one_per_line(tmp_path):
    _write(tmp_path, "w.txt", "# words\n服务\n\n项目\n")
    assert [r.cells[0] for r in read_words("w.txt", data_dir=tmp_path)] == ["服务", "项目"]
    _write(tmp_path, "w.txt", "服务\n两个 词\n")
    with pytest.raises(DataFileError, match=r"^w.txt:2: one word per line"):
        read_words("w.txt", data_dir=tmp_path)


def test_groups_keep_file_order_and_name_bad_rows(tmp_path):
    _write(tmp_path, "g.tsv", "# word\tuse\n他\tpronoun\n委员\tseat\n她\tpronoun\n")
    assert read_groups("g.tsv", ("pronoun", "seat"), data_dir=tmp_path) == {"pronoun": ("他", "她"), "seat": ("委员",)}
    with pytest.raises(DataFileError, match=r"^g.tsv:3: use must be one of pronoun, other, got 'seat'$"):
        read_groups("g.tsv", ("pronoun", "other"), data_dir=tmp_path)
    with pytest.raises(DataFileError, match=r"^g.tsv: no word for kind gone$"):
        read_groups("g.tsv", ("pronoun", "seat", "gone"), column="kind", data_dir=tmp_path)
    # a use the caller allows to be empty reads as no words; the others are still required
    assert read_groups("g.tsv", ("pronoun", "seat", "gone"), optional=("gone",), data_dir=tmp_path)["gone"] == ()
    with pytest.raises(DataFileError, match=r"^g.tsv: no word for use other$"):
        read_groups("g.tsv", ("pronoun", "seat", "gone", "other"), optional=("gone",), data_dir=tmp_path)


def test_yaml_errors_are_one_line(tmp_path):
    _write(tmp_path, "p.yaml", "a: [1, 2]\nb: [unclosed\n")
    with pytest.raises(DataFileError) as err:
        read_yaml("p.yaml", data_dir=tmp_path)
    assert str(err.value).startswith("p.yaml:") and "\n" not in str(err.value)
    _write(tmp_path, "p.yaml", "- a list\n")
    with pytest.raises(DataFileError, match="p.yaml: expected a mapping"):
        read_yaml("p.yaml", data_dir=tmp_path)


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(DataFileError, match="^nope.tsv: file not found"):
        read_tsv("nope.tsv", ("name",), data_dir=tmp_path)
    (tmp_path / "g.txt").write_bytes("服务\n".encode() + "项目\n".encode("gbk"))
    with pytest.raises(DataFileError, match="^g.txt:2: not UTF-8"):
        read_words("g.txt", data_dir=tmp_path)


def test_split_list():
    assert split_list("a| b ||c") == ("a", "b", "c")
    assert split_list("") == ()


def test_shipped_files_read_cleanly():
    assert read_tsv("policy_tools.tsv", ("name", "aliases", "category"))
    assert read_words("generic_words.txt")
    assert "project_suffixes" in read_yaml("entity_patterns.yaml")
    assert DATA_DIR.name == "data"


def test_word_groups_moved_out_of_code_read_cleanly():
    """The groups the loaders build their patterns from (issue 9): every use has its words."""
    from loaders import dates, departments, places

    assert "壮族自治区" in places.place_words()["province_suffix"]
    assert places.province_short("广西壮族自治区") == "广西"
    assert "执法队" in departments.office_endings()["type_ending"]
    assert all(len(c) == 1 for c in departments.office_endings()["before_and"])
    assert dates._relative_days() == {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}


def test_one_character_uses_reject_longer_words(tmp_path, monkeypatch):
    from loaders import departments

    rows = "".join(f"{w}\t{u}\n" for u in departments._ENDING_USES for w in (["局委"] if u == "before_and" else ["局"]))
    _write(tmp_path, "office_endings.tsv", rows)
    monkeypatch.setattr(departments, "read_groups", lambda name, uses: read_groups(name, uses, data_dir=tmp_path))
    departments.office_endings.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"^office_endings\.tsv: before_and takes one character per row, got '局委'$"):
            departments.office_endings()
    finally:
        departments.office_endings.cache_clear()


# ---------------------------------------------------------------- package structure

_PKG = Path(__file__).resolve().parents[2] / "loaders"


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_mention_modules_have_no_import_circle():
    """Every import of the package (module level or inside a function) points down:
    the driver imports the extractors, the extractors the walker, nothing imports back.
    A package of the package (suffix/) is one node: the imports of all its modules."""
    modules = {p.stem: [p] for p in (_PKG / "mentions").glob("*.py")}
    modules.update({p.parent.name: sorted(p.parent.glob("*.py")) for p in (_PKG / "mentions").glob("*/__init__.py")})
    assert {"__init__", "walker", "dictionary", "suffix", "quoted", "lists", "proposals"} <= set(modules)
    graph = {name: {m.split(".")[2] for path in paths for m in _imports(path)
                    if m.startswith("loaders.mentions.") and m.count(".") >= 2} & set(modules) - {name}
             for name, paths in modules.items()}
    for name, deps in graph.items():
        assert "__init__" not in deps, f"{name} imports the package driver"
    seen: dict[str, int] = {}

    def visit(n: str, stack: tuple[str, ...]) -> None:
        assert n not in stack, f"import circle: {' -> '.join(stack + (n,))}"
        for d in graph.get(n, ()):
            visit(d, stack + (n,))

    for n in graph:
        visit(n, ())
    # the tagger module knows nothing of the mention package, the loaders below it neither
    for low in ("ner.py", "gazetteer.py", "resolve.py", "datafiles.py"):
        assert not any(m.startswith("loaders.mentions") for m in _imports(_PKG / low)), low


def test_speech_modules_import_one_way():
    """turns <- attribution <- exchanges (module level or inside a function): the label grammar
    knows nothing of the attribution built on it, which knows nothing of the pairing."""
    above = {f"turns/{p.name}": ("loaders.attribution", "loaders.exchanges") for p in (_PKG / "turns").glob("*.py")}
    above.update({f"attribution/{p.name}": ("loaders.exchanges",) for p in (_PKG / "attribution").glob("*.py")})
    assert "turns/__init__.py" in above and not (_PKG / "turns.py").exists()
    for low, banned in above.items():
        assert not any(m.startswith(banned) for m in _imports(_PKG / low)), low


# the modules of loaders/attribution/, loaders/turns/ and loaders/mentions/suffix/, each importing only modules
# listed before it
_ATTRIBUTION_LAYERS = ("words", "spans", "people", "readings", "names", "speakers", "cues", "told", "offices", "ledes",
                       "lists", "utterances", "__init__")
_TURNS_LAYERS = ("model", "spans", "words", "names", "grammar", "heads", "designations", "signed", "asking", "labels",
                 "starts", "clues", "passes", "find", "__init__")
_SUFFIX_LAYERS = ("table", "stops", "works", "towns", "checks", "openings", "candidate", "fallbacks", "candidates",
                  "__init__")


@pytest.mark.parametrize(("package", "layers"), [("attribution", _ATTRIBUTION_LAYERS), ("turns", _TURNS_LAYERS),
                                                  ("mentions.suffix", _SUFFIX_LAYERS)])
def test_package_modules_import_downwards(package, layers):
    """loaders/attribution/, loaders/turns/, loaders/mentions/suffix/: each module imports only the modules above
    it in its layers (so no import circle), each by its own name, never through the package."""
    modules = {p.stem: p for p in (_PKG / package.replace(".", "/")).glob("*.py")}
    assert set(modules) == set(layers)
    for name, path in modules.items():
        found = _imports(path)
        if name != "__init__":
            assert f"loaders.{package}" not in found, f"{name} imports the package"
        deps = {m.split(".")[package.count(".") + 2] for m in found if m.startswith(f"loaders.{package}.")}
        below = set(layers[:layers.index(name)])
        assert deps <= below, f"{name} imports {sorted(deps - below)}, not above it"


@pytest.mark.parametrize("module", ["loaders.ner", "loaders.mentions.walker", "loaders.mentions.quoted",
                                    "loaders.mentions.proposals", "loaders.mentions"])
def test_each_module_imports_on_its_own(module):
    done = subprocess.run([sys.executable, "-c", f"import {module}; from loaders.mentions import extract_mentions"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr.splitlines()[-1:]
