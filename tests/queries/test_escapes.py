"""The console's escape suite, on both stores: every attempt is refused or bounded.

Kept and grown: each attempt someone finds goes into ESCAPES (or a piece of it
into the hypothesis strategies below). For every attempt: a one-line
QueryError, the store unchanged, the canary file's content in no answer, and
no file written.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from queries import BadQuery, QueryError, run_cypher
from queries.console import prepare
from queries.dialect import translate
from queries.lexer import tokenize
from queries.sandbox import QueryMemoryError

KINDS = ("ladybug", "neo4j")
CANARY = f"pg-canary-{uuid.uuid4().hex}"


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("escape")
    canary = root / "canary.csv"
    canary.write_text(f"{CANARY}\n{CANARY}\n", encoding="utf-8")
    return {"canary": canary, "out": root / "out.csv", "dir": root}


@pytest.fixture(scope="module")
def stores(loaded_stores):
    return loaded_stores


def _payloads(f: dict[str, Path]) -> list[str]:
    """File, network, extension and write commands of both engines."""
    c, o, d = f["canary"], f["out"], f["dir"]
    return [
        f"LOAD FROM '{c}' RETURN *",
        f"LOAD FROM \"{c}\" (header=false, file_format='csv') RETURN *",
        f"LOAD WITH HEADERS (a STRING) FROM '{c}' RETURN *",
        f"COPY City TO '{o}'",
        f"COPY (MATCH (c:City) RETURN c.name) TO '{o}'",
        f"COPY City FROM '{c}'",
        f"LOAD CSV FROM 'file://{c}' AS line RETURN line",
        f"LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS line RETURN line",
        f"ATTACH '{d}/other.lbug' AS other (dbtype lbug)",
        "INSTALL json", "LOAD EXTENSION json", "LOAD json", "UNINSTALL json",
        f"CALL apoc.load.json('file://{c}') YIELD value RETURN value",
        f"CALL apoc.export.csv.all('{o}', {{}})",
        f"RETURN apoc.util.md5(['x']) AS m",
        f"CALL apoc.cypher.run('LOAD CSV FROM \"file://{c}\" AS l RETURN l', {{}}) YIELD value RETURN value",
        "CALL dbms.listConfig() YIELD name RETURN name",
        "CALL db.createLabel('Sneaky')",
        "CALL threads=1", "CALL create_fts_index('City', 'i', ['name'])",
        f"EXPORT DATABASE '{o}'", f"IMPORT DATABASE '{d}'",
        "USE system SHOW USERS", "SHOW DATABASES", "SHOW FUNCTIONS",
        f"EXPLAIN LOAD CSV FROM 'file://{c}' AS l RETURN l",
        "CYPHER runtime=slotted MATCH (c:City) RETURN c",
        "CREATE (:City {id: 'sneaky', name: 'sneaky'})",
        "MATCH (c:City) SET c.name = 'renamed'",
        "MATCH (c:City) DETACH DELETE c",
        "MERGE (c:City {id: 'sneaky'})",
        "MATCH (c:City) FOREACH (x IN [1] | SET c.n = x)",
        "CALL { CREATE (:City {id: 'sneaky', name: 'sneaky'}) } IN TRANSACTIONS",
        "BEGIN TRANSACTION", "CHECKPOINT", "DROP TABLE City", "ALTER TABLE City ADD x INT64",
        "CREATE MACRO m(x) AS x",
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    ]


def _escapes(f: dict[str, Path]) -> list[str]:
    c, o = f["canary"], f["out"]
    load = f"LOAD FROM \"{c}\" (header=false, file_format=\"csv\") RETURN *"  # no ': it must fit in '…'

    return [
        # The reported one: the substring rewrite dropped the newline after //.
        f"WITH substring('abc', 0 //\n, '\n), 1) AS x {load} //') AS y RETURN y",
        f"WITH substring('abc' //\n, 1) AS x {load}",
        f"MATCH p = shortestPath((a)-[*..3 // x\n]-(b)) WITH p {load}",
        f"RETURN [x IN [1] // c\n | x] AS y, '\n] AS z {load} //' AS w",
        # Comments and line breaks the engine might end differently.
        f"MATCH (n) RETURN n // x\r WITH 1 AS x {load}",
        f"MATCH (n) RETURN n // x\u2028 WITH 1 AS x {load}",
        f"MATCH (n) /* x */ WITH n {load}",
        f"MATCH (n) /* unterminated WITH n {load}",
        # Strings and backquotes.
        f"RETURN 'a\\' AS x {load} //' AS y",
        f"RETURN \"a\\\" AS x {load} //\" AS y",
        f"RETURN 'a'' AS x {load} //' AS y",
        f"RETURN 1 AS `x` {load}",
        f"RETURN 1 AS `x``` {load}",
        f"RETURN 1 AS `unterminated {load}",
        # Names that are keywords.
        f"MATCH (load) LOAD FROM '{c}' RETURN *",
        f"WITH 1 AS copy COPY City TO '{o}'",
        f"MATCH (n) WITH n AS load LOAD FROM '{c}' RETURN *",
        f"UNWIND [1] AS x WITH 1. LOAD FROM '{c}' RETURN *",
        # Unicode look-alikes.
        f"ＬＯＡＤ FROM '{c}' RETURN *",
        f"LOAD CſV FROM 'file://{c}' AS l RETURN l",
        f"ᏞOAD FROM '{c}' RETURN *",
        f"MATCH (n) WITH n\u00a0{load}",
        f"MATCH (n) WITH n ＬＯＡＤ FROM '{c}' RETURN *",
        # Nesting and several statements.
        f"MATCH (n) WHERE EXISTS {{ {load} }} RETURN n",
        f"RETURN COUNT {{ CALL apoc.load.json('file://{c}') YIELD value RETURN value }} AS n",
        "CALL { MATCH (n) RETURN n } RETURN n",
        f"MATCH (c:City) RETURN c; {load}",
        f"MATCH (c:City) RETURN c;; {load}",
        f"RETURN 1 UNION {load}",
        f"OPTIONAL MATCH (n) WITH n {load}",
        # Function look-alikes.
        f"RETURN load('{c}') AS x",
        f"RETURN file('{c}') AS x",
    ]


def _check_refused(store, text: str, f: dict[str, Path]) -> None:
    try:
        rows = run_cypher(store, text, timeout=10)
    except QueryError as err:
        message = str(err)
        assert "\n" not in message and CANARY not in message, message
        return
    assert CANARY not in repr(rows), f"file read through: {text!r}"
    assert not f["out"].exists(), f"file written through: {text!r}"


@pytest.mark.parametrize("kind", KINDS)
def test_file_network_extension_and_write_commands_are_refused(stores, files, kind) -> None:
    store = stores[kind]
    before = store.stats()
    for text in _payloads(files):
        with pytest.raises(BadQuery, match="^(refused|one statement)") as err:
            run_cypher(store, text)
        assert "\n" not in str(err.value)
    assert store.stats() == before and not files["out"].exists()


@pytest.mark.parametrize("kind", KINDS)
def test_escapes_are_refused_or_harmless(stores, files, kind) -> None:
    store = stores[kind]
    before = store.stats()
    for text in _escapes(files):
        _check_refused(store, text, files)
    assert store.stats() == before and not files["out"].exists()


@pytest.mark.parametrize("kind", KINDS)
def test_the_reported_substring_escape_stays_a_string(stores, files, kind) -> None:
    # Before the fix, LadybugDB ran LOAD FROM and returned the file's rows: the
    # rewrite of substring() dropped the newline ending a // comment.
    text = _escapes(files)[0]
    native = prepare(text, kind)
    assert not any(t.kind == "word" and t.text.upper() == "LOAD" for t in tokenize(native))
    assert any(t.kind == "string" and "LOAD FROM" in t.text for t in tokenize(translate(text, kind)))
    _check_refused(stores[kind], text, files)


def test_reads_still_work_on_both(stores) -> None:
    text = ("MATCH (c:City) // the cities\n WHERE c.name STARTS WITH '漯' "
            "RETURN c.name AS city, labels(c)[0] AS label, [x IN [1, 2] WHERE x > 1 | x * 10] AS xs, "
            "substring(c.name, 0, 1) AS first ORDER BY city")
    for kind in KINDS:
        assert run_cypher(stores[kind], text) == [{"city": "漯河市", "label": "City", "xs": [20], "first": "漯"}]
    assert run_cypher(stores["neo4j"], "CALL db.labels() YIELD label RETURN label ORDER BY label LIMIT 1")
    assert run_cypher(stores["ladybug"], "CALL show_tables() RETURN name ORDER BY name LIMIT 1")


# -- hard limits -------------------------------------------------------------------------------

HUGE = [
    "UNWIND range(1, 1000000000) AS x RETURN x",
    "RETURN range(1, 20000000) AS n",
    "UNWIND range(1, 100000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n",
    "MATCH (a), (b), (c) RETURN a.id, b.id, c.id",
    "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a * b = -1 RETURN count(*) AS n",
]


@pytest.mark.parametrize("kind", KINDS)
def test_huge_queries_are_stopped_with_one_line(stores, kind) -> None:
    store = stores[kind]
    before = store.stats()
    for text in HUGE:
        with pytest.raises(QueryError, match="^(memory|timeout|too many rows)") as err:
            run_cypher(store, text, timeout=5)
        assert "\n" not in str(err.value)
    assert store.stats() == before


def test_embedded_range_hits_the_memory_budget(stores) -> None:
    # The reported ones: 9.7 GB for the first, 5.1 GB and a result for the second.
    with pytest.raises(QueryMemoryError, match=r"^memory: .* 1024 MiB"):
        run_cypher(stores["ladybug"], "UNWIND range(1, 1000000000) AS x RETURN x")
    with pytest.raises(QueryMemoryError, match=r"^memory: .* 256 MiB"):
        run_cypher(stores["ladybug"], "RETURN range(1, 20000000) AS n", memory_mb=256)
    # well inside the budget the same function works
    assert run_cypher(stores["ladybug"], "RETURN size(range(1, 1000)) AS n") == [{"n": 1000}]


def test_neo4j_result_past_the_budget_is_the_memory_error(stores, capfd) -> None:
    # The server builds five million integers at once; decoding them in the
    # worker passes a 64 MiB budget. With the driver's Rust codec the failed
    # allocation is a pyo3 PanicException (a BaseException), whose message and
    # backtrace must not reach the terminal either.
    with pytest.raises(QueryMemoryError, match=r"^memory: .* 64 MiB"):
        run_cypher(stores["neo4j"], "RETURN range(1, 5000000) AS n", memory_mb=64, timeout=60)
    assert "panicked" not in capfd.readouterr().err
    assert run_cypher(stores["neo4j"], "RETURN size(range(1, 1000)) AS n", memory_mb=64) == [{"n": 1000}]


# -- generated texts ---------------------------------------------------------------------------

_KEYWORDS = ["LOAD", "load", "LoAd", "COPY", "ATTACH", "INSTALL", "CALL", "USE", "CREATE", "SET", "EXPORT",
             "IMPORT", "LOAD CSV", "LOAD EXTENSION", "FOREACH", "MERGE", "DETACH DELETE"]
_LOOK_ALIKE = {"O": ["Ｏ", "О", "Ο"], "A": ["Ａ", "А", "Α"], "S": ["ſ", "Ｓ"], "C": ["С", "Ｃ"], "L": ["Ꮮ", "Ｌ"]}
_BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", " ", "\t", "\u00a0", "\u3000"]
_PREFIXES = ["", "MATCH (n) WITH n ", "MATCH (c:City) WITH c ", "UNWIND [1] AS x WITH x ", "OPTIONAL MATCH (n) WITH n ",
             "WITH substring('abc', 0 //{br}, '{br}), 1) AS x ", "MATCH p = shortestPath((a)-[*..2 //{br}]-(b)) WITH p ",
             "RETURN [x IN [1] //{br} | x] AS y, '{br}] AS z ", "MATCH (n) WHERE EXISTS {{ ", "RETURN COUNT {{ ",
             "CALL {{ ", "WITH 1 AS load ", "MATCH (copy) WITH copy ", "RETURN 1 UNION "]
_SUFFIXES = ["", " RETURN *", " //'", " }} RETURN 1", "'", "`", " /*", " AS y RETURN y", ";", "; RETURN 1"]


@st.composite
def _attack(draw, target: str) -> str:
    word = draw(st.sampled_from(_KEYWORDS))
    if draw(st.booleans()):
        letters = list(word)
        k = draw(st.integers(0, len(letters) - 1))
        letters[k] = draw(st.sampled_from(_LOOK_ALIKE.get(letters[k].upper(), [letters[k]])))
        word = "".join(letters)
    br = draw(st.sampled_from(_BREAKS))
    body = f"{word} FROM \"{target}\" (header=false)"
    wrap = draw(st.sampled_from(["{b}", "// {b}", "/* {b} */", "'{b}'", "\"{b}\"", "`{b}`", "'a\\' {b} //'",
                                 "{b} //", "/*/ {b}", "'{br}' {b}"]))
    text = draw(st.sampled_from(_PREFIXES)) + wrap.format(b=body, br=br) + draw(st.sampled_from(_SUFFIXES))
    return text.replace("{br}", br).replace("{{", "{").replace("}}", "}")


@pytest.mark.parametrize("kind", KINDS)
def test_generated_texts_are_refused_or_harmless(stores, files, kind) -> None:
    store = stores[kind]
    before = store.stats()

    @settings(max_examples=60, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(_attack(str(files["canary"])))
    def attempt(text: str) -> None:
        _check_refused(store, text, files)

    attempt()
    assert store.stats() == before and not files["out"].exists()
