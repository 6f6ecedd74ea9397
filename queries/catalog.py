"""Named queries: the ``queries/*.cypher`` files and their header grammar.

Every query file starts with a block of ``//`` comment lines, one directive
each, before the first line of Cypher::

    // name: policy-trace
    // purpose: Every city, session, date, department and exchange in which a policy tool appears.
    // param: policy: string -- the tool's canonical name or an alias (专项债券 finds 专项债)
    // param: city: string = null -- only this city (漯河 or 漯河市); all cities when null
    // sort: departments, exchanges
    // order: hops, path
    // limit: limit

Grammar (one directive per line, ``// key: value``; blank ``//`` lines and
lines starting ``// #`` are comments):

``name``     required; equals the file stem.
``purpose``  required; one line.
``param``    ``NAME: TYPE [= DEFAULT] [-- description]``; TYPE is one of
             string, int, float, bool, list, label; DEFAULT is a JSON literal
             (``null``, ``2``, ``"x"``, ``true``, ``[]``). No default means
             the parameter is required.
``one-of``   ``a, b``: at least one of these parameters must be non-null.
``sort``     comma-separated list columns sorted after the query runs (both
             stores collect in their own order). ``a+b`` sorts the parallel
             lists ``a`` and ``b`` together by (a, b).
``order``    comma-separated columns the rows are sorted by after the
             query runs, for orders Cypher cannot express on both stores
             (LadybugDB cannot ORDER BY a list column).
``limit``    the parameter that caps the row count after ``order``.
``override`` only in ``<name>.ladybug.cypher``: why this store needs its
             own text (translation could not reasonably do it).

A ``label`` parameter is a node label declared in :mod:`graph.schema`, for
the queries that work on any label (the dashboard's node and neighbourhood
queries). Neither engine takes a label as an ordinary parameter in a way
that still uses its key index or node table, so the text writes it in
Neo4j's dynamic-label form ``(n:$($label))`` and each label gives its own
variant: :func:`queries.named.text_for` puts the checked label there before
the dialect step. The value must be one of the schema's labels (the
parameter check refuses anything else), so the set of texts that can run is
closed: one per label. A label parameter may appear nowhere else in the
text, and ``$(…)`` may hold nothing but a label parameter.

A ``<name>.ladybug.cypher`` next to ``<name>.cypher`` replaces the text on
LadybugDB (the dialect step still runs on it); its header repeats ``name``,
declares the same parameters and gives ``override``.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from queries.errors import BadQuery, QueryError
from queries.lexer import Token, tokenize

__all__ = ["ParamSpec", "QuerySpec", "catalog", "get", "parse_file", "label_slots", "QUERY_DIR", "PARAM_TYPES"]

QUERY_DIR = Path(__file__).resolve().parent

PARAM_TYPES = ("string", "int", "float", "bool", "list", "label")

_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?P<type>[a-z]+)"
    r"(?:\s*=\s*(?P<default>.+?))?(?:\s+--\s*(?P<doc>.*))?\s*$"
)
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")


@dataclass(frozen=True)
class ParamSpec:
    """A parameter declared in a query header."""

    name: str
    type: str
    default: Any = None
    required: bool = True
    doc: str = ""


@dataclass(frozen=True)
class QuerySpec:
    """A named query: its header and where its text lives."""

    name: str
    purpose: str
    params: tuple[ParamSpec, ...]
    path: Path
    one_of: tuple[str, ...] = ()
    sort: tuple[tuple[str, ...], ...] = ()
    order: tuple[str, ...] = ()
    limit: str | None = None
    ladybug_path: Path | None = None

    def param(self, name: str) -> ParamSpec:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def text(self, kind: str = "neo4j") -> str:
        """The Cypher text to send to a store of ``kind`` (before translation)."""
        path = self.ladybug_path if kind == "ladybug" and self.ladybug_path else self.path
        return path.read_text(encoding="utf-8")


def _fail(path: Path, line: int, why: str) -> QueryError:
    return QueryError(f"{path.name}:{line}: {why}")


def _header(path: Path) -> list[tuple[int, str, str]]:
    """The ``(line number, key, value)`` directives of a file's header."""
    out = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line.startswith("//"):
            break
        body = line[2:].strip()
        if not body or body.startswith("#"):
            continue
        key, sep, value = body.partition(":")
        if not sep:
            raise _fail(path, n, f"expected '// key: value' in the header, got {line!r}")
        out.append((n, key.strip().lower(), value.strip()))
    return out


def _param(path: Path, line: int, value: str) -> ParamSpec:
    m = _PARAM.match(value)
    if not m:
        raise _fail(path, line, f"bad param {value!r} (expected 'NAME: TYPE [= DEFAULT] [-- description]')")
    if m["type"] not in PARAM_TYPES:
        raise _fail(path, line, f"unknown type {m['type']!r} (expected one of {', '.join(PARAM_TYPES)})")
    if m["default"] is None:
        return ParamSpec(m["name"], m["type"], None, True, m["doc"] or "")
    try:
        default = json.loads(m["default"])
    except ValueError:
        raise _fail(path, line, f"default of {m['name']} is not a JSON literal: {m['default']!r}") from None
    return ParamSpec(m["name"], m["type"], default, False, m["doc"] or "")


def _names(value: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in value.split(",") if x.strip())


def parse_file(path: str | Path) -> QuerySpec:
    """Parse the header of one ``.cypher`` file (QueryError names file and line)."""
    path = Path(path)
    fields: dict[str, Any] = {"params": [], "sort": [], "one_of": (), "order": (), "limit": None}
    seen: set[str] = set()
    for line, key, value in _header(path):
        if key != "param" and key in seen:
            raise _fail(path, line, f"'{key}' given twice")
        seen.add(key)
        if key in ("name", "purpose"):
            fields[key] = value
        elif key == "param":
            fields["params"].append(_param(path, line, value))
        elif key == "one-of":
            fields["one_of"] = _names(value)
        elif key == "sort":
            fields["sort"] = [tuple(x.strip() for x in col.split("+")) for col in _names(value)]
        elif key == "order":
            fields["order"] = _names(value)
        elif key == "limit":
            fields["limit"] = value
        elif key == "override":
            fields["override"] = value
        else:
            raise _fail(path, line, f"unknown header key {key!r}")
    for key in ("name", "purpose"):
        if key not in fields:
            raise _fail(path, 1, f"header lacks '// {key}: …'")
    if fields["name"] != path.name.split(".")[0] or not _NAME.match(fields["name"]):
        raise _fail(path, 1, f"name {fields['name']!r} must equal the file stem {path.name.split('.')[0]!r}")
    names = [p.name for p in fields["params"]]
    if len(set(names)) != len(names):
        raise _fail(path, 1, "a parameter is declared twice")
    for ref in (*fields["one_of"], *([fields["limit"]] if fields["limit"] else [])):
        if ref not in names:
            raise _fail(path, 1, f"header refers to undeclared parameter {ref!r}")
    labels = {p.name for p in fields["params"] if p.type == "label"}
    _check_label_slots(path, path.read_text(encoding="utf-8"), labels)
    ladybug = path.with_name(f"{fields['name']}.ladybug.cypher")
    return QuerySpec(
        name=fields["name"],
        purpose=fields["purpose"],
        params=tuple(fields["params"]),
        path=path,
        one_of=fields["one_of"],
        sort=tuple(fields["sort"]),
        order=fields["order"],
        limit=fields["limit"],
        ladybug_path=ladybug if ladybug.exists() else None,
    )


def label_slots(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """The ``:$($name)`` label slots among ``tokens``: (first, last token index, param name).

    The first index is that of the ``$`` after the colon, the last that of
    the closing bracket.

    >>> label_slots(tokenize("MATCH (n:$($label)) RETURN n"))
    [(5, 8, 'label')]
    """
    out = []
    sig = [i for i, t in enumerate(tokens) if t.kind not in ("space", "comment")]
    for k, i in enumerate(sig):
        if tokens[i].text != "$" or tokens[i].kind != "symbol":
            continue
        nxt = [tokens[j] for j in sig[k + 1 : k + 4]]
        if (k > 0 and tokens[sig[k - 1]].text == ":" and len(nxt) == 3 and nxt[0].text == "("
                and nxt[1].kind == "param" and nxt[2].text == ")"):
            out.append((i, sig[k + 3], nxt[1].text[1:].strip("`")))
    return out


def _check_label_slots(path: Path, text: str, labels: set[str]) -> None:
    """Label parameters only in ``:$($name)`` slots, and slots hold only label parameters."""
    tokens = tokenize(text)
    slots = label_slots(tokens)
    inside = {j for first, last, _ in slots for j in range(first, last + 1)}
    for first, _, name in slots:
        if name not in labels:
            raise _fail(path, text.count("\n", 0, tokens[first].start) + 1,
                        f"$({name}) is a label slot but {name!r} is not declared as a label parameter")
    for i, t in enumerate(tokens):
        if i in inside:
            continue
        if t.kind == "symbol" and t.text == "$":
            raise _fail(path, text.count("\n", 0, t.start) + 1, "'$' outside a ':$($label)' slot")
        if t.kind == "param" and t.text[1:].strip("`") in labels:
            raise _fail(path, text.count("\n", 0, t.start) + 1,
                        f"label parameter {t.text} used outside a ':$({t.text})' slot")


@functools.lru_cache(maxsize=4)
def _load(directory: Path) -> tuple[QuerySpec, ...]:
    specs = []
    for path in sorted(directory.glob("*.cypher")):
        if path.name.count(".") > 1:  # <name>.ladybug.cypher overrides
            continue
        specs.append(parse_file(path))
    for path in sorted(directory.glob("*.ladybug.cypher")):
        override = parse_file(path)
        base = directory / f"{override.name}.cypher"
        if not base.exists():
            raise _fail(path, 1, f"override without a base query {base.name}")
        if "override" not in {k for _, k, _ in _header(path)}:
            raise _fail(path, 1, "an override must say why in '// override: …'")
        base_spec = next(s for s in specs if s.name == override.name)
        if override.params != base_spec.params:
            raise _fail(path, 1, f"an override must declare the same parameters as {base.name}")
    return tuple(specs)


def catalog(directory: str | Path | None = None) -> list[QuerySpec]:
    """All named queries, sorted by name."""
    return list(_load(Path(directory) if directory else QUERY_DIR))


def get(name: str, directory: str | Path | None = None) -> QuerySpec:
    """The named query ``name`` (QueryError lists the known names)."""
    specs = catalog(directory)
    for spec in specs:
        if spec.name == name:
            return spec
    raise BadQuery(f"unknown query {name!r}; known: {', '.join(s.name for s in specs)}")
