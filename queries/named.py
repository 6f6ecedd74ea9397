"""Running a named query and making its rows the same on both stores."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from pathlib import Path

from queries.catalog import QuerySpec, get, label_slots
from queries.dialect import translate
from queries.errors import BadQuery, QueryError
from queries.lexer import tokenize
from queries.params import bind_named

__all__ = ["run_named", "text_for", "engine_params", "normalise_rows"]

log = logging.getLogger(__name__)


def _key(value: Any) -> tuple:
    """Total order over plain values: None last, then by type name, then value."""
    if value is None:
        return (2, "", "")
    if isinstance(value, bool):
        return (0, "bool", value)
    if isinstance(value, (int, float)):
        return (0, "number", value)
    if isinstance(value, (list, tuple)):
        return (0, "list", tuple(_key(v) for v in value))
    if isinstance(value, dict):
        return (0, "map", tuple(sorted((k, _key(v)) for k, v in value.items())))
    return (0, type(value).__name__, value)


def _sort_columns(row: dict[str, Any], columns: tuple[str, ...]) -> None:
    lists = [row.get(c) for c in columns]
    if any(v is None for v in lists):
        return
    if len(columns) == 1:
        row[columns[0]] = sorted(lists[0], key=_key)
        return
    if len({len(v) for v in lists}) != 1:
        raise QueryError(f"cannot sort {'+'.join(columns)} together: the lists differ in length")
    zipped = sorted(zip(*lists), key=lambda t: tuple(_key(v) for v in t))
    for i, c in enumerate(columns):
        row[c] = [t[i] for t in zipped]


def normalise_rows(spec: QuerySpec, rows: Sequence[Mapping[str, Any]], params: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Apply the header's ``sort``, ``order`` and ``limit`` post-steps."""
    out = [dict(r) for r in rows]
    for row in out:
        for columns in spec.sort:
            _sort_columns(row, columns)
    if spec.order:
        out.sort(key=lambda r: tuple(_key(r.get(c)) for c in spec.order))
    if spec.limit is not None and params.get(spec.limit) is not None:
        out = out[: max(0, int(params[spec.limit]))]
    return out


def text_for(spec: QuerySpec, kind: str, bound: Mapping[str, Any] | None = None) -> str:
    """The query text in the dialect of a store ``kind``.

    A ``<name>.ladybug.cypher`` override replaces the text on LadybugDB but
    still goes through the dialect step, so it too can say ``labels(n)[0]``.
    Label slots ``:$($label)`` get the label in ``bound`` (already checked
    against graph.schema by :func:`queries.params.bind_named`) first.
    """
    return translate(_fill_labels(spec, spec.text(kind), bound or {}), kind)


def _fill_labels(spec: QuerySpec, text: str, bound: Mapping[str, Any]) -> str:
    tokens = tokenize(text)
    slots = label_slots(tokens)
    if not slots:
        return text
    from graph.schema import node_type

    out: list[str] = []
    i = 0
    for first, last, name in slots:
        label = bound.get(name)
        try:
            node_type(label)  # type: ignore[arg-type]
        except KeyError:  # only a caller that skipped bind_named gets here
            raise BadQuery(f"{spec.name}: parameter {name!r} must be a node label, got {label!r}") from None
        out.extend(t.text for t in tokens[i:first])
        out.append(label)  # type: ignore[arg-type]
        i = last + 1
    out.extend(t.text for t in tokens[i:])
    return "".join(out)


def engine_params(spec: QuerySpec, bound: Mapping[str, Any]) -> dict[str, Any]:
    """``bound`` without the label parameters: those are in the text, not sent to the engine."""
    labels = {p.name for p in spec.params if p.type == "label"}
    return {k: v for k, v in bound.items() if k not in labels}


def run_named(store: Any, name: str, params: Mapping[str, Any] | None = None, *,
              timeout: float | None = None, directory: str | Path | None = None) -> list[dict[str, Any]]:
    """Run the named query ``name`` on ``store`` with ``params`` checked against its header.

    Rows are dicts of plain values, in the same order with the same lists on
    both stores. ``directory`` is another folder of query files with the
    same header format (the dashboard's own queries); by default the users'
    named queries in ``queries/``.

    Raises:
        QueryError: unknown query, unknown/missing/mistyped parameter, or a
            store failure (one line).
    """
    from graph.store import StoreError

    spec = get(name, directory)
    bound = bind_named(spec, params)
    kind = getattr(store, "kind", "neo4j")
    text = text_for(spec, kind, bound)
    try:
        rows = store.run(text, engine_params(spec, bound), read_only=True, timeout=timeout)
    except StoreError as err:
        raise QueryError(f"{name}: {err}") from None
    log.info("%s on %s: %d rows", name, kind, len(rows))
    return normalise_rows(spec, rows, bound)
