"""The one place where Neo4j Cypher and LadybugDB Cypher differ.

Query files are written in Neo4j-flavoured Cypher (the dialect most users
know); :func:`to_ladybug` rewrites the few constructs LadybugDB 0.22 spells
differently. Rewrites work on tokens, so strings, comments and backquoted
names are never touched, and bracketed arguments may nest.

=================================  ===========================================
Neo4j                              LadybugDB
=================================  ===========================================
``labels(n)[0]``                   ``label(n)``
``labels(n)``                      ``[label(n)]`` (LadybugDB returns a string)
``type(r)``                        ``label(r)``
``[x IN xs | f(x)]``               ``list_transform(xs, x -> f(x))``
``[x IN xs WHERE p(x)]``           ``list_filter(xs, x -> p(x))``
``shortestPath((a)-[*..k]-(b))``   ``(a)-[* SHORTEST 1..k]-(b)``
``allShortestPaths(...)``          ``(a)-[* ALL SHORTEST 1..k]-(b)``
``toInteger`` ``toFloat``          ``to_int64`` ``to_double``
``toString`` ``toBoolean``         ``to_string`` ``to_bool``
``substring(s, i, n)`` (0-based)   ``substring(s, i + 1, n)`` (1-based)
=================================  ===========================================

Not translated (write queries so they are not needed; see docs of each
named query): list indexing ``xs[i]`` (0- vs 1-based), ``head``/``last``,
``reduce``, ``CALL { }`` subqueries, ``ORDER BY`` inside ``WITH`` without
``SKIP``/``LIMIT`` (LadybugDB refuses it), ``ORDER BY`` on a list column
(LadybugDB refuses it) and ``$param`` inside a list lambda or quantifier
(LadybugDB 0.22 crashes: bind it first with ``WITH $param AS p``).
Functions both accept unchanged: ``toLower``, ``toUpper``, ``size``,
``coalesce``, ``left``, ``x IN list``, ``any(x IN xs WHERE …)``,
``nodes(p)``, ``relationships(p)``, ``length(p)``, label alternation ``:A|B``.
"""

from __future__ import annotations

from queries.lexer import Token, tokenize

__all__ = ["to_ladybug", "translate", "DIALECTS"]

DIALECTS = ("neo4j", "ladybug")

_RENAMED = {
    "tointeger": "to_int64",
    "tofloat": "to_double",
    "tostring": "to_string",
    "toboolean": "to_bool",
    "type": "label",
}


def translate(cypher: str, kind: str) -> str:
    """Return ``cypher`` (Neo4j-flavoured) in the dialect of a store ``kind``.

    >>> translate("MATCH (n) RETURN labels(n)[0]", "neo4j")
    'MATCH (n) RETURN labels(n)[0]'
    >>> translate("MATCH (n) RETURN labels(n)[0]", "ladybug")
    'MATCH (n) RETURN label(n)'
    """
    if kind == "neo4j":
        return cypher
    if kind == "ladybug":
        return to_ladybug(cypher)
    raise ValueError(f"unknown store kind {kind!r} (expected one of {', '.join(DIALECTS)})")


def to_ladybug(cypher: str) -> str:
    """Rewrite Neo4j-flavoured Cypher for LadybugDB.

    >>> to_ladybug("RETURN [n IN nodes(p) | coalesce(n.name, n.id)] AS ns, type(r)")
    'RETURN list_transform(nodes(p), n -> coalesce(n.name, n.id)) AS ns, label(r)'
    >>> to_ladybug("MATCH p = allShortestPaths((a)-[:A|B*..4]-(b)) RETURN p")
    'MATCH p = (a)-[:A|B* ALL SHORTEST 1..4]-(b) RETURN p'
    >>> to_ladybug("RETURN '[x IN y | z]', substring('abc', 1, 1)")
    "RETURN '[x IN y | z]', substring('abc', (1) + 1, 1)"
    >>> to_ladybug("RETURN substring('abc', 0 // one\\n, 1)")
    "RETURN substring('abc', (0 // one\\n) + 1, 1)"
    """
    toks = tokenize(cypher)
    return _emit(toks, 0, len(toks))


def _match(toks: list[Token], i: int) -> int:
    """Index of the bracket closing the one at ``i`` (or len when unbalanced)."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = [pairs[toks[i].text]]
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if t.kind == "symbol":
            if t.text in pairs:
                stack.append(pairs[t.text])
            elif stack and t.text == stack[-1]:
                stack.pop()
                if not stack:
                    return j
        j += 1
    return len(toks)


def _next_sig(toks: list[Token], i: int, end: int) -> int:
    while i < end and toks[i].kind in ("space", "comment"):
        i += 1
    return i


def _split_top(toks: list[Token], start: int, end: int, seps: set[str]) -> list[tuple[str | None, int, int]]:
    """Split tokens [start, end) at top-level separators (symbols or keywords)."""
    parts: list[tuple[str | None, int, int]] = []
    sep: str | None = None
    i = part_start = start
    while i < end:
        t = toks[i]
        if t.kind == "symbol" and t.text in "([{":
            i = _match(toks, i) + 1
            continue
        label = t.text.upper() if t.kind == "word" else t.text if t.kind == "symbol" else None
        if label in seps:
            parts.append((sep, part_start, i))
            sep, part_start = label, i + 1
        i += 1
    parts.append((sep, part_start, end))
    return parts


def _emit(toks: list[Token], start: int, end: int) -> str:
    out: list[str] = []
    i = start
    while i < end:
        t = toks[i]
        if t.kind == "word":
            j = _next_sig(toks, i + 1, end)
            prev = _prev_sig_text(toks, i, start)
            if j < end and toks[j].text == "(" and prev != ".":
                close = _match(toks, j)
                name = t.text.lower()
                if name == "labels":
                    k = _next_sig(toks, close + 1, end)
                    inner = _emit(toks, j + 1, close)
                    if k + 2 < end and toks[k].text == "[" and toks[k + 1].text == "0" and toks[k + 2].text == "]":
                        out.append(f"label({inner})")
                        i = k + 3
                    else:
                        out.append(f"[label({inner})]")
                        i = close + 1
                    continue
                if name in _RENAMED:
                    out.append(f"{_RENAMED[name]}({_emit(toks, j + 1, close)})")
                    i = close + 1
                    continue
                if name in ("shortestpath", "allshortestpaths"):
                    kind = "ALL SHORTEST" if name == "allshortestpaths" else "SHORTEST"
                    out.append(_shortest(toks, j + 1, close, kind))
                    i = close + 1
                    continue
                if name == "substring":
                    args = _split_top(toks, j + 1, close, {","})
                    if len(args) in (2, 3):
                        s = _trim(_emit(toks, args[0][1], args[0][2]))
                        pos = _trim(_emit(toks, args[1][1], args[1][2]))
                        length = _trim(_emit(toks, args[2][1], args[2][2])) if len(args) == 3 else f"size({s})"
                        out.append(f"substring({s}, ({pos}) + 1, {length})")
                        i = close + 1
                        continue
        if t.kind == "symbol" and t.text == "[" and _prev_sig_text(toks, i, start) not in ("-", "<"):
            close = _match(toks, i)
            comp = _comprehension(toks, i + 1, min(close, end))
            if comp is not None:
                out.append(comp)
                i = close + 1
                continue
        out.append(t.text)
        i += 1
    return "".join(out)


def _trim(text: str) -> str:
    """``text.strip()``, except that a trailing ``// comment`` keeps its newline.

    Without it, ``substring(s, 0 // c`` + newline + ``, 1)`` became
    ``substring(s, (0 // c) + 1, 1)``: the comment swallowed the rewritten
    rest of the line, and text the read-only check had seen inside a string
    became code.
    """
    trimmed = text.strip()
    toks = tokenize(trimmed)
    if toks and toks[-1].kind == "comment" and toks[-1].text.startswith("//"):
        trimmed += "\n"
    return trimmed


def _prev_sig_text(toks: list[Token], i: int, start: int) -> str | None:
    k = i - 1
    while k >= start and toks[k].kind in ("space", "comment"):
        k -= 1
    return toks[k].text if k >= start else None


def _comprehension(toks: list[Token], start: int, end: int) -> str | None:
    """``[x IN xs WHERE p | e]`` → list_filter / list_transform, else None."""
    a = _next_sig(toks, start, end)
    b = _next_sig(toks, a + 1, end)
    if not (a < end and b < end and toks[a].kind == "word" and toks[b].kind == "word" and toks[b].text.upper() == "IN"):
        return None
    var = toks[a].text
    parts = _split_top(toks, b + 1, end, {"WHERE", "|"})
    source = _trim(_emit(toks, parts[0][1], parts[0][2]))
    where = next((_trim(_emit(toks, s, e)) for sep, s, e in parts[1:] if sep == "WHERE"), None)
    expr = next((_trim(_emit(toks, s, e)) for sep, s, e in parts[1:] if sep == "|"), None)
    if where is None and expr is None:
        return None
    text = source
    if where is not None:
        text = f"list_filter({text}, {var} -> {where})"
    if expr is not None:
        text = f"list_transform({text}, {var} -> {expr})"
    return text


def _shortest(toks: list[Token], start: int, end: int, kind: str) -> str:
    """Move the shortest-path marker into the relationship bracket."""
    out: list[str] = []
    i = start
    while i < end:
        t = toks[i]
        if t.kind == "symbol" and t.text == "[":
            close = _match(toks, i)
            # Comments inside the brackets are dropped: the range is trimmed and
            # re-assembled, and a trailing // comment would swallow the "]".
            body = [x for x in toks[i + 1 : close] if x.kind != "comment"]
            star = next((k for k, x in enumerate(body) if x.kind == "symbol" and x.text == "*"), None)
            if star is None:  # LadybugDB needs a range; 30 is its own default upper bound
                out.append("[" + "".join(x.text for x in body) + f"* {kind} 1..30]")
            else:
                rng = "".join(x.text for x in body[star + 1 :]).strip()
                lo, _, hi = rng.partition("..")
                if not _:
                    lo, hi = (rng, rng) if rng else ("1", "30")
                out.append("[" + "".join(x.text for x in body[:star]) + f"* {kind} {lo.strip() or '1'}..{hi.strip() or '30'}]")
            i = close + 1
            continue
        out.append(_emit(toks, i, i + 1))
        i += 1
    return _trim("".join(out))
