"""Query files: header grammar, every declared parameter used, the README lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

from queries import QueryError, catalog
from queries.catalog import parse_file
from queries.lexer import parameters

ROOT = Path(__file__).resolve().parents[2]

REQUIRED = {"shared-projects", "policy-trace", "policy-diffusion", "department-profile", "project-profile",
            "chain-members", "person-profile", "search", "connection"}


def test_catalog_has_the_issue_queries() -> None:
    names = [s.name for s in catalog()]
    assert REQUIRED <= set(names)
    assert names == sorted(names)


@pytest.mark.parametrize("spec", catalog(), ids=lambda s: s.name)
def test_header_matches_text(spec) -> None:
    used = parameters(spec.text())
    declared = {p.name for p in spec.params}
    post_step = {spec.limit} - used if spec.limit else set()
    assert used == declared - post_step, f"{spec.path.name}: declared {sorted(declared)}, used {sorted(used)}"
    assert spec.purpose and "\n" not in spec.purpose
    for p in spec.params:
        assert p.doc, f"{spec.name}: parameter {p.name} lacks a description"


def _write(tmp_path: Path, name: str, header: str) -> Path:
    path = tmp_path / f"{name}.cypher"
    path.write_text(header + "MATCH (n) RETURN n\n", encoding="utf-8")
    return path


def test_header_grammar(tmp_path: Path) -> None:
    path = _write(tmp_path, "demo", "// name: demo\n// purpose: A demo.\n//\n// # a comment\n"
                  "// param: city: string = null -- a city\n// param: n: int = 2\n// param: who: string -- required\n"
                  "// sort: a, b+c\n// order: x, y\n// one-of: city, who\n")
    spec = parse_file(path)
    assert [(p.name, p.type, p.default, p.required) for p in spec.params] == [
        ("city", "string", None, False), ("n", "int", 2, False), ("who", "string", None, True)]
    assert spec.params[0].doc == "a city"
    assert spec.sort == (("a",), ("b", "c"))
    assert spec.order == ("x", "y")
    assert spec.one_of == ("city", "who")


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("// purpose: x\n", "lacks '// name"),
        ("// name: other\n// purpose: x\n", "must equal the file stem"),
        ("// name: bad\n// purpose: x\n// param: n: integer = 1\n", "bad.cypher:3: unknown type 'integer'"),
        ("// name: bad\n// purpose: x\n// param: n: int = two\n", "bad.cypher:3: default of n is not a JSON literal"),
        ("// name: bad\n// purpose: x\n// colour: red\n", "bad.cypher:3: unknown header key 'colour'"),
        ("// name: bad\n// purpose: x\n// just words\n", "bad.cypher:3: expected '// key: value'"),
        ("// name: bad\n// purpose: x\n// limit: n\n", "undeclared parameter 'n'"),
    ],
)
def test_header_errors_name_file_and_line(tmp_path: Path, header: str, message: str) -> None:
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace("+", r"\+")):
        parse_file(_write(tmp_path, "bad", header))


def test_override_must_say_why(tmp_path: Path) -> None:
    _write(tmp_path, "demo", "// name: demo\n// purpose: A demo.\n")
    (tmp_path / "demo.ladybug.cypher").write_text("// name: demo\n// purpose: A demo.\nMATCH (n) RETURN n\n", encoding="utf-8")
    with pytest.raises(QueryError, match="must say why"):
        catalog(tmp_path)
    (tmp_path / "demo.ladybug.cypher").write_text(
        "// name: demo\n// purpose: A demo.\n// override: LadybugDB lacks X\nMATCH (n) RETURN n\n", encoding="utf-8")
    from queries.catalog import _load

    _load.cache_clear()
    (spec,) = catalog(tmp_path)
    assert spec.ladybug_path == tmp_path / "demo.ladybug.cypher"
    assert "lacks X" in spec.text("ladybug")


def test_readme_documents_every_query() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = readme.index("<!-- section:queries -->"), readme.index("<!-- /section:queries -->")
    section = readme[start:end]
    for spec in catalog():
        assert f"`{spec.name}`" in section, f"README section queries does not list {spec.name}"
        for p in spec.params:
            assert p.name in section, f"README does not mention parameter {p.name} of {spec.name}"
