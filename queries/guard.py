"""The read-only console's check: an allow-list over the tokens the engine will run.

:func:`check_read_only` is given exactly the text the store executes (comments
already removed, the dialect step already applied: see
:func:`queries.console.prepare`), tokenised by :mod:`queries.lexer` into
strings, backquoted names, parameters, numbers, words and symbols. It then
accepts a query only when every bare word is one of:

* a keyword of a read clause or of an expression: ``MATCH``, ``OPTIONAL``,
  ``WITH``, ``UNWIND``, ``WHERE``, ``RETURN``, ``ORDER BY``, ``SKIP``,
  ``LIMIT``, ``UNION``, ``AND``, ``CASE``, ``EXISTS {…}`` … (:data:`ALLOWED`);
* ``CALL`` of a procedure listed for the store (:data:`READ_CALLS`), never
  ``CALL {…}``;
* a function name right before ``(`` (not a statement keyword; a dotted
  name only in a namespace of pure functions such as ``date.truncate``);
* a name where only a name can stand: a property after ``n.``, a label or
  type after ``:``, a map key, an alias after ``AS``, a pattern variable;
* a variable the query declares (in a pattern, after ``AS``, in a list
  comprehension or ``YIELD``), not followed by a literal.

Anything else is refused with one line: ``LOAD FROM``, ``COPY``, ``LOAD
CSV``, ``ATTACH``, ``INSTALL``, ``USE``, ``CREATE``, ``SET``, a keyword the
list does not know yet, a second statement, an unterminated string, and
characters outside strings that merely look like ASCII (``ＬＯＡＤ``, ``ſ``).
The engine's own read-only mode stays underneath as a second layer.
"""

from __future__ import annotations

import unicodedata

from queries.errors import BadQuery
from queries.lexer import Token, tokenize, unterminated

__all__ = ["check_read_only", "ALLOWED", "RESERVED", "READ_CALLS", "PURE_NAMESPACES"]

#: Words of the read clauses and of expressions, upper case.
ALLOWED = frozenset({
    "MATCH", "OPTIONAL", "WITH", "UNWIND", "WHERE", "RETURN", "ORDER", "BY", "SKIP", "OFFSET", "LIMIT",
    "UNION", "ALL", "DISTINCT", "AS", "YIELD",
    "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "STARTS", "ENDS", "CONTAINS",
    "ASC", "ASCENDING", "DESC", "DESCENDING", "CASE", "WHEN", "THEN", "ELSE", "END",
    "EXISTS", "COUNT", "COLLECT", "ANY", "NONE", "SINGLE",
    # LadybugDB's recursive relationships: -[* SHORTEST 1..3]-, * ALL SHORTEST, * TRAIL …
    "SHORTEST", "WSHORTEST", "TRAIL", "ACYCLIC", "WALK",
})

#: Keywords that start a statement or clause of Neo4j 5 or LadybugDB the console
#: never runs: refused as bare words even where a variable of that name was
#: declared (``MATCH (load) LOAD FROM …``). Names after ``.``/``:``/``AS``, in
#: a pattern or as a map key may still spell them. Words that only follow one
#: of these (``INDEX``, ``GRAPH``, ``USER`` …) stay usable as variable names:
#: an undeclared word is refused anyway.
RESERVED = frozenset({
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "NODETACH", "REMOVE", "DROP", "ALTER", "RENAME",
    "COPY", "LOAD", "FROM", "CSV", "PERIODIC", "FOREACH", "INSTALL", "UNINSTALL", "ATTACH", "USE",
    "IMPORT", "EXPORT", "CHECKPOINT", "COMMENT", "GRANT", "REVOKE", "DENY", "BEGIN", "COMMIT", "ROLLBACK",
    "TERMINATE", "SHOW", "EXPLAIN", "PROFILE", "CYPHER", "START", "STOP", "ENABLE", "DISABLE", "FINISH",
    "INSERT", "UPDATE", "UPSERT", "CALL",
})

#: Procedures / table functions that only read, per store (lower case).
READ_CALLS = {
    "ladybug": frozenset({
        "show_tables", "table_info", "show_connection", "show_functions", "db_version",
        "current_setting", "show_indexes", "show_warnings", "storage_info", "query_fts_index",
        "show_projected_graphs", "show_loaded_extensions",
    }),
    "neo4j": frozenset({
        "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
        "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
        "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships", "dbms.components",
    }),
}

#: Columns LadybugDB's listed table functions return (``CALL show_tables() RETURN name``);
#: Neo4j names them with ``YIELD``.
CALL_COLUMNS = frozenset({
    "id", "name", "type", "comment", "signature", "version", "node", "score", "table_name", "index_name",
    "index_type", "property_names", "extension_loaded", "index_definition", "query_id", "message",
    "file_path", "line_number", "skipped_line_or_record", "table_type", "node_group_id", "node_chunk_id",
    "residency", "column_name", "data_type", "start_page_idx", "num_pages", "num_values", "min", "max",
    "compression",
})

#: Namespaces of dotted function names that are pure (no I/O): ``date.truncate(…)``.
PURE_NAMESPACES = frozenset({"date", "datetime", "localdatetime", "localtime", "time", "duration", "point"})

_NAME_BEFORE_DOT = ("word", "quoted", "param")


def check_read_only(cypher: str, kind: str) -> None:
    """Raise :class:`BadQuery` unless ``cypher`` passes the console's allow-list (see the module doc).

    ``kind`` is the store ("ladybug" or "neo4j"): it picks the list of
    procedures ``CALL`` may name.

    >>> check_read_only("MATCH (c:City) WHERE c.name = $x RETURN c.name AS city ORDER BY city", "neo4j")
    >>> check_read_only("LOAD FROM '/etc/passwd' RETURN *", "ladybug")
    Traceback (most recent call last):
    queries.errors.BadQuery: refused: LOAD is not allowed in the read-only console (it runs MATCH, OPTIONAL MATCH, WITH, UNWIND, WHERE, RETURN, ORDER BY, SKIP, LIMIT, UNION and CALL of read-only procedures)
    """
    bad = unterminated(cypher)
    if bad is not None:
        raise BadQuery(f"refused: unterminated {_KIND_NAMES[bad.kind]} at character {bad.start + 1}")
    toks = [t for t in tokenize(cypher) if t.kind not in ("space", "comment")]
    for i, t in enumerate(toks):
        if t.kind == "symbol" and t.text == ";" and any(x.text != ";" for x in toks[i + 1:]):
            raise BadQuery("one statement at a time: remove the ';' and what follows it")
        if t.kind == "symbol" and not t.text.isascii():
            _check_look_alike(t)
    declared = _declarations(toks)
    if any(_is(t, "CALL") for t in toks):
        declared |= CALL_COLUMNS
    i = 0
    while i < len(toks):
        i = _check_word(toks, i, kind, declared) if toks[i].kind == "word" else i + 1


_KIND_NAMES = {"string": "string", "quoted": "`name`", "comment": "/* comment"}


def _refuse(word: str) -> BadQuery:
    return BadQuery(f"refused: {word} is not allowed in the read-only console (it runs MATCH, OPTIONAL MATCH, "
                    "WITH, UNWIND, WHERE, RETURN, ORDER BY, SKIP, LIMIT, UNION and CALL of read-only procedures)")


def _check_look_alike(t: Token) -> None:
    """Refuse a non-ASCII character outside strings whose variants are ASCII (ＬＯＡＤ, ſ, K, ı)."""
    c = t.text
    if c.isspace():
        return
    variants = (unicodedata.normalize("NFKC", c), c.upper(), c.lower(), c.casefold())
    if any(ch.isascii() for v in variants for ch in v):
        raise BadQuery(f"refused: the character {c!r} (U+{ord(c):04X}) outside a string looks like ASCII; "
                       "type it in ASCII or put it in quotes")


def _sig(toks: list[Token], i: int) -> Token | None:
    return toks[i] if 0 <= i < len(toks) else None


def _is(t: Token | None, *texts: str) -> bool:
    return t is not None and t.kind in ("symbol", "word") and t.text.upper() in texts


def _declarations(toks: list[Token]) -> set[str]:
    """Variables the query introduces: pattern variables, aliases, comprehension and YIELD names."""
    out: set[str] = set()
    in_yield = False
    for i, t in enumerate(toks):
        prev, nxt, nxt2 = _sig(toks, i - 1), _sig(toks, i + 1), _sig(toks, i + 2)
        if t.kind != "word":
            if not _is(t, ","):
                in_yield = False
            continue
        up = t.text.upper()
        if up == "YIELD":
            in_yield = True
            continue
        if in_yield:  # YIELD a, b AS c, …
            if _is(prev, "YIELD", ",", "AS"):
                out.add(t.text)
                continue
            in_yield = up == "AS"
            if in_yield:
                continue
        if (
            _is(prev, "AS")
            or (_is(prev, "(", "[") and (_is(nxt, ":", ")", "{", "]", "*", "|", "=", "IN")))
            or (_is(prev, ",") and _is(nxt, "IN"))
            or (_is(prev, "MATCH", ",") and _is(nxt, "=") and not _is(nxt2, "~"))
            or (_is(prev, "(", ",") and _is(nxt, "-") and _is(nxt2, ">"))  # lambda x -> …
        ):
            out.add(t.text)
    return out


def _check_word(toks: list[Token], i: int, kind: str, declared: set[str]) -> int:
    """Check the word at ``i``; return the index of the next token to look at."""
    t = toks[i]
    up = t.text.upper()
    prev, nxt = _sig(toks, i - 1), _sig(toks, i + 1)
    before_prev = _sig(toks, i - 2)
    # A property: n.name, `x`.name, (…).name, or a map projection's n {.name, .id},
    # written without a gap after the dot.
    if _is(prev, ".") and prev.start + 1 == t.start and before_prev is not None and (
            before_prev.kind in _NAME_BEFORE_DOT or _is(before_prev, ")", "]", "}", "{", ",")):
        return i + 1
    if up == "CALL":
        return _check_call(toks, i, kind)
    if up in ALLOWED:
        return i + 1
    # A dotted name: a namespaced function, or a variable's property.
    end = i
    while _is(_sig(toks, end + 1), ".") and _sig(toks, end + 2) is not None and toks[end + 2].kind == "word":
        end += 2
    after = _sig(toks, end + 1)
    if end > i:
        if _is(after, "("):
            if t.text.lower() not in PURE_NAMESPACES:
                name = "".join(x.text for x in toks[i:end + 1])
                raise BadQuery(f"refused: the function {name} is not allowed in the read-only console "
                               f"(namespaced functions only from {', '.join(sorted(PURE_NAMESPACES))})")
            return end + 1
        if t.text not in declared:
            raise BadQuery(f"refused: {t.text} is neither a variable of the query nor a clause the console allows")
        return i + 1
    if _is(nxt, "("):  # a function call
        if up in RESERVED:
            raise _refuse(up)
        return i + 1
    if _is(prev, ":", "|", "&", "!"):  # a label or relationship type (:Project), or a map value
        return i + 1
    if (_is(prev, "{", ",") and _is(nxt, ":")) or _is(prev, "AS") or (
            _is(prev, "(", "[") and _is(nxt, ":", ")", "{", "]", "*", "|", "=", "IN")):
        return i + 1  # a map key, an alias, a pattern variable: names whatever they spell
    if up in RESERVED:
        raise _refuse(up)
    if t.text not in declared:
        raise BadQuery(f"refused: {t.text} is neither a variable of the query nor a clause the console allows")
    if nxt is not None and nxt.kind in ("string", "number", "param", "quoted"):
        raise BadQuery(f"refused: a value follows {t.text} directly; only an operator or a keyword can")
    return i + 1


def _check_call(toks: list[Token], i: int, kind: str) -> int:
    """``CALL name(…)`` with a listed read-only procedure; returns the index after the name."""
    j = i + 1
    first = _sig(toks, j)
    if _is(first, "{"):
        raise BadQuery("refused: CALL { … } subqueries are not allowed in the read-only console")
    if first is None or first.kind != "word":
        raise BadQuery("refused: CALL must name a read-only procedure")
    end = j
    while _is(_sig(toks, end + 1), ".") and _sig(toks, end + 2) is not None and toks[end + 2].kind == "word":
        end += 2
    name = "".join(x.text for x in toks[j:end + 1]).lower()
    if name not in READ_CALLS.get(kind, frozenset()):
        store = {"ladybug": "LadybugDB", "neo4j": "Neo4j"}.get(kind, kind or "this store")
        allowed = ", ".join(sorted(READ_CALLS.get(kind, ()))) or "none"
        raise BadQuery(f"refused: CALL {name} is not a read-only function on {store} (allowed: {allowed})")
    return end + 1
