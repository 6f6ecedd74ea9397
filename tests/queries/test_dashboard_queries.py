"""The dashboard's own queries (``dashboard/data/*.cypher``): the named-query catalog, both stores, same rows.

They go through the same header grammar, parameter checks and dialect step
as the users' named queries (:func:`queries.named.run_named` with the
dashboard's folder); labels are a closed set of variants from graph.schema.
"""

from __future__ import annotations

import pytest

from dashboard.data import CYPHER_DIR, run
from queries import BadQuery, QueryError, catalog
from queries.catalog import parse_file
from queries.lexer import parameters
from tests.queries.cases import assert_same_rows, dashboard_cases


@pytest.mark.parametrize("spec", catalog(CYPHER_DIR), ids=lambda s: s.name)
def test_dashboard_queries_have_named_query_headers(spec) -> None:
    assert "{{" not in spec.text(), f"{spec.path.name}: a string template is left"
    assert parameters(spec.text()) == {p.name for p in spec.params}
    assert spec.purpose and all(p.doc for p in spec.params)


def test_every_dashboard_file_is_in_the_catalog() -> None:
    assert {p.stem for p in CYPHER_DIR.glob("*.cypher")} == {s.name for s in catalog(CYPHER_DIR)}


def test_same_rows_on_both_stores(loaded_stores) -> None:
    cases = dashboard_cases(loaded_stores["ladybug"])
    assert_same_rows(loaded_stores["ladybug"], loaded_stores["neo4j"], cases, CYPHER_DIR)


def test_parameters_are_checked_before_a_store_is_asked(loaded_stores) -> None:
    store = loaded_stores["ladybug"]
    with pytest.raises(BadQuery, match="must be a node label"):
        run(store, "node", {"label": "Department) DETACH DELETE n //", "id": "x"})
    with pytest.raises(BadQuery, match="unknown parameter 'lable'"):
        run(store, "node", {"lable": "Department", "id": "x"})
    with pytest.raises(BadQuery, match="must be a whole number"):
        run(store, "top-mentions", {"label": "Project", "limit": -1})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("// param: label: label -- a label\nMATCH (n:$label) RETURN n\n", "used outside"),
        ("// param: label: label -- a label\nMATCH (n) WHERE n.name = $label RETURN n\n", "used outside"),
        ("// param: x: string -- a name\nMATCH (n:$($x)) RETURN n\n", "not declared as a label parameter"),
        ("MATCH (n:$(toUpper('a'))) RETURN n\n", "outside a ':$($label)' slot"),
    ],
)
def test_label_slots_are_checked_when_the_file_is_read(tmp_path, text: str, message: str) -> None:
    path = tmp_path / "bad.cypher"
    path.write_text("// name: bad\n// purpose: A bad one.\n" + text, encoding="utf-8")
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)").replace("$", r"\$")):
        parse_file(path)


@pytest.mark.parametrize("spec", catalog(CYPHER_DIR), ids=lambda s: s.name)
def test_every_variant_is_a_read_the_console_would_allow(spec) -> None:
    # The closed set: one text per schema label (per dialect), each of them a
    # plain read by the console's own allow-list.
    from graph.schema import NODES
    from queries.guard import check_read_only
    from queries.named import text_for

    labels = [n.label for n in NODES] if any(p.type == "label" for p in spec.params) else [None]
    for label in labels:
        for kind in ("neo4j", "ladybug"):
            text = text_for(spec, kind, {p.name: label for p in spec.params if p.type == "label"})
            check_read_only(text, kind)
            assert "$(" not in text and (label is None or f":{label})" in text)
