"""Query parameters: parsing ``k=v`` strings and checking them against a query.

All user values travel as Cypher parameters, never spliced into the text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from queries.catalog import QuerySpec
from queries.errors import BadQuery
from queries.lexer import parameters as used_parameters

__all__ = ["parse_assignments", "guess_value", "bind_named", "check_console_params", "MAX_INT"]

#: Upper bound of an int parameter of a named query (a count or a limit).
MAX_INT = 2**31 - 1


def guess_value(text: str) -> Any:
    """Type a console value: int, float, bool, null, JSON list/object, else the string.

    >>> [guess_value(v) for v in ["2", "2.5", "true", "null", '["a", 1]', "漯河市", "007x"]]
    [2, 2.5, True, None, ['a', 1], '漯河市', '007x']
    """
    stripped = text.strip()
    if stripped in ("true", "false", "null") or stripped[:1] in ("[", "{"):
        try:
            return json.loads(stripped)
        except ValueError:
            return text
    for cast in (int, float):
        try:
            return cast(stripped)
        except ValueError:
            pass
    return text


def parse_assignments(items: Iterable[str], *, typed: bool = True) -> dict[str, Any]:
    """``["k=v", ...]`` → ``{k: value}``; values typed by :func:`guess_value` when ``typed``."""
    out: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise BadQuery(f"bad --param {item!r}: expected NAME=VALUE")
        if key in out:
            raise BadQuery(f"parameter {key!r} given twice")
        out[key] = guess_value(value) if typed else value
    return out


def _coerce(spec_name: str, ptype: str, value: Any) -> Any:
    if value is None:
        return None
    try:
        if ptype == "string":
            return value if isinstance(value, str) else str(value)
        if ptype == "int":
            if isinstance(value, bool):
                raise ValueError
            if isinstance(value, float) and not value.is_integer():
                raise ValueError
            number = int(value)
            # Every int parameter of a named query is a count or a limit; a
            # negative one would reach the engine as its own raw error.
            if not 0 <= number <= MAX_INT:
                raise BadQuery(f"parameter {spec_name!r} must be a whole number from 0 to {MAX_INT}, got {value!r}")
            return number
        if ptype == "float":
            if isinstance(value, bool):
                raise ValueError
            return float(value)
        if ptype == "bool":
            if isinstance(value, bool):
                return value
            if isinstance(value, str) and value.lower() in ("true", "false", "1", "0", "yes", "no"):
                return value.lower() in ("true", "1", "yes")
            raise ValueError
        if ptype == "label":
            return _label(spec_name, value)
        if ptype == "list":
            if isinstance(value, str):
                value = json.loads(value) if value.strip().startswith("[") else [v.strip() for v in value.split(",")]
            if not isinstance(value, (list, tuple)):
                raise ValueError
            return list(value)
    except (ValueError, TypeError):
        pass
    raise BadQuery(f"parameter {spec_name!r} must be {ptype}, got {value!r}")


def _label(spec_name: str, value: Any) -> str:
    """A node label of graph.schema: the closed set a ``:$($label)`` slot takes."""
    from graph.schema import NODES

    labels = [n.label for n in NODES]
    if isinstance(value, str) and value in labels:
        return value
    raise BadQuery(f"parameter {spec_name!r} must be a node label ({', '.join(labels)}), got {value!r}")


def bind_named(spec: QuerySpec, given: Mapping[str, Any] | None) -> dict[str, Any]:
    """Check ``given`` against the header of ``spec``; fill defaults; coerce types."""
    given = dict(given or {})
    known = {p.name for p in spec.params}
    unknown = sorted(set(given) - known)
    if unknown:
        listing = ", ".join(sorted(known)) or "none"
        raise BadQuery(f"{spec.name}: unknown parameter {unknown[0]!r} (parameters: {listing})")
    bound: dict[str, Any] = {}
    for p in spec.params:
        if p.name in given:
            value = given[p.name]
            if isinstance(value, str) and p.type == "string":
                value = value.strip()
                if value == "":
                    value = None
            bound[p.name] = _coerce(p.name, p.type, value)
        else:
            bound[p.name] = p.default
        if p.required and bound[p.name] is None and p.name not in spec.one_of:
            raise BadQuery(f"{spec.name}: missing parameter {p.name!r} (--param {p.name}=…)")
    if spec.one_of and all(bound.get(n) is None for n in spec.one_of):
        raise BadQuery(f"{spec.name}: give one of {', '.join(spec.one_of)}")
    return bound


def check_console_params(cypher: str, params: Mapping[str, Any]) -> None:
    """Refuse a ``$x`` without a value and a value no ``$x`` uses (typos hide there)."""
    used = used_parameters(cypher)
    missing = sorted(used - set(params))
    if missing:
        raise BadQuery(f"parameter ${missing[0]} is used but not given (--param {missing[0]}=…)")
    unused = sorted(set(params) - used)
    if unused:
        raise BadQuery(f"parameter {unused[0]!r} is given but the query does not use ${unused[0]}")
