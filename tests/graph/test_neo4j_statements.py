"""The Neo4j text of the writer's batch statements (graph.store_neo4j.batch_statement); no server needed."""

from __future__ import annotations

import re

import pytest

from graph import writer
from graph.build import RECOMPUTED_RELS, derived_endpoints
from graph.schema import NODES, RELS
from graph.store_neo4j import DIALECT, batch_statement


def _statements() -> list[str]:
    out = [writer._node_lookup(nt.label) for nt in NODES]
    out += [writer._node_update(DIALECT, nt.label) for nt in NODES if len(nt.props) > 1]
    for rt in RELS:
        for a, b in rt.pairs:
            out += [writer._rel_create(DIALECT, rt.type, a, b), writer._rel_lookup(rt.type, a, b),
                    writer._rel_delete(rt.type, a, b)]
            if len(rt.props) > len(rt.identity):
                out.append(writer._rel_update(DIALECT, rt.type, a, b))
    out += [writer._rel_extend(DIALECT, kind) for kind in writer.ADDITIVE_RELS]
    out.append(writer._serves_in_extend(DIALECT))
    out += [writer._EVIDENCE_QUERIES[kind] for kind in RECOMPUTED_RELS]
    return out


@pytest.mark.parametrize("query", _statements())
def test_batch_statement(query: str) -> None:
    text = batch_statement(query)
    assert text.startswith("CYPHER replan=skip UNWIND $batch.rows AS ")
    assert "$rows" not in text
    # Every node found by its key is found by a seek of the key's index.
    for var, label in re.findall(r"\((\w+):(\w+) \{id: ", text):
        assert f"USING INDEX {var}:{label}(id)" in text
    # The edge between two ends found first is matched inside a subquery that
    # imports both, so the plan can only be Expand(Into).
    if writer.EDGE_AFTER_ENDS in query:
        assert re.search(r"\(id\) CALL \(r, a, b\) \{ MATCH \(a\)-\[x:\w+[^\]]*\]->\(b\) RETURN x \}", text), text
        assert "WITH r, a, b" not in text
    else:
        assert "CALL (r, a, b)" not in text


def test_hints_go_before_where() -> None:
    text = batch_statement(writer._EVIDENCE_QUERIES["WORKS_ON"])
    assert "(x:Exchange) USING INDEX n:Project(id) WHERE x.department = r.s" in text
    start, end = derived_endpoints("WORKS_ON")
    assert (start, end) == ("Department", "Project")
