"""The Neo4j → LadybugDB dialect step (pure text; the stores run it in other tests)."""

from __future__ import annotations

import pytest

from queries.dialect import to_ladybug, translate


@pytest.mark.parametrize(
    ("neo4j", "ladybug"),
    [
        ("RETURN labels(n)[0] AS l", "RETURN label(n) AS l"),
        ("RETURN labels(n) AS l", "RETURN [label(n)] AS l"),
        ("RETURN type(r)", "RETURN label(r)"),
        ("RETURN toInteger('3'), toFloat(x), toString(1), toBoolean('true')",
         "RETURN to_int64('3'), to_double(x), to_string(1), to_bool('true')"),
        ("RETURN [x IN xs | x.name]", "RETURN list_transform(xs, x -> x.name)"),
        ("RETURN [x IN xs WHERE x > 1]", "RETURN list_filter(xs, x -> x > 1)"),
        ("RETURN [x IN xs WHERE x > 1 | x * 2]", "RETURN list_transform(list_filter(xs, x -> x > 1), x -> x * 2)"),
        ("RETURN [n IN nodes(p) | [m IN n.aliases | toLower(m)]]",
         "RETURN list_transform(nodes(p), n -> list_transform(n.aliases, m -> toLower(m)))"),
        ("MATCH p = shortestPath((a)-[*]-(b)) RETURN p", "MATCH p = (a)-[* SHORTEST 1..30]-(b) RETURN p"),
        ("MATCH p = shortestPath((a)-[r:A|B*2..5]->(b)) RETURN p", "MATCH p = (a)-[r:A|B* SHORTEST 2..5]->(b) RETURN p"),
        ("MATCH p = allShortestPaths((a:X {id: $k})-[:A*..4]-(b)) RETURN p",
         "MATCH p = (a:X {id: $k})-[:A* ALL SHORTEST 1..4]-(b) RETURN p"),
        ("RETURN substring(s, 0, 2), substring(s, i)", "RETURN substring(s, (0) + 1, 2), substring(s, (i) + 1, size(s))"),
    ],
)
def test_translations(neo4j: str, ladybug: str) -> None:
    assert to_ladybug(neo4j) == ladybug


@pytest.mark.parametrize(
    "text",
    [
        "MATCH (a)-[r:WORKS_ON]->(b) RETURN [1, 2, 3], a.type",
        "RETURN 'labels(n)[0] and [x IN y | z]' AS s // type(r)\n",
        "RETURN n.`type`, {type: 1}",
        "MATCH (n:Project|PolicyTool) WHERE any(a IN n.aliases WHERE a CONTAINS 'x') RETURN n.name",
    ],
)
def test_leaves_shared_cypher_alone(text: str) -> None:
    assert to_ladybug(text) == text


def test_neo4j_is_identity_and_unknown_kind_fails() -> None:
    text = "MATCH p = shortestPath((a)-[*]-(b)) RETURN labels(a)[0]"
    assert translate(text, "neo4j") == text
    with pytest.raises(ValueError, match="unknown store kind"):
        translate(text, "sqlite")
