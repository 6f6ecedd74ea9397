"""Parameters: console typing, named-query binding, unknown and missing names."""

from __future__ import annotations

import pytest

from queries import QueryError
from queries.catalog import get
from queries.lexer import parameters
from queries.params import bind_named, check_console_params, guess_value, parse_assignments


def test_console_values_are_typed() -> None:
    assert parse_assignments(["n=3", "x=2.5", "flag=true", "names=[\"a\", \"b\"]", "city=漯河市", "none=null", "eq=a=b"]) == {
        "n": 3, "x": 2.5, "flag": True, "names": ["a", "b"], "city": "漯河市", "none": None, "eq": "a=b"}
    assert guess_value("[not json") == "[not json"


@pytest.mark.parametrize("bad", ["novalue", "=3"])
def test_bad_assignment(bad: str) -> None:
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_assignments([bad])


def test_twice_is_an_error() -> None:
    with pytest.raises(QueryError, match="given twice"):
        parse_assignments(["a=1", "a=2"])


def test_named_defaults_and_types() -> None:
    spec = get("shared-projects")
    assert bind_named(spec, {}) == {"city": None, "min_departments": 2}
    assert bind_named(spec, {"min_departments": "3", "city": " 漯河 "}) == {"city": "漯河", "min_departments": 3}
    assert bind_named(get("policy-trace"), {"policy": "2024"}) == {"policy": "2024"}  # a name, not a number


def test_named_errors_are_one_line() -> None:
    with pytest.raises(QueryError, match=r"unknown parameter 'cty' \(parameters: city, min_departments\)") as err:
        bind_named(get("shared-projects"), {"cty": "漯河"})
    assert "\n" not in str(err.value)
    with pytest.raises(QueryError, match="missing parameter 'policy'"):
        bind_named(get("policy-trace"), {})
    with pytest.raises(QueryError, match="must be int"):
        bind_named(get("shared-projects"), {"min_departments": "two"})
    with pytest.raises(QueryError, match="give one of department, department_type"):
        bind_named(get("department-profile"), {})
    with pytest.raises(QueryError, match="unknown query 'nope'; known: chain-members"):
        get("nope")


def test_console_parameter_check() -> None:
    assert parameters("MATCH (n {id: $id}) WHERE n.x = '$not' // $nor\nRETURN $`two words`") == {"id", "two words"}
    check_console_params("RETURN $a", {"a": 1})
    with pytest.raises(QueryError, match=r"parameter \$city is used but not given"):
        check_console_params("MATCH (n) WHERE n.city = $city RETURN n", {})
    with pytest.raises(QueryError, match="'cty' is given but the query does not use"):
        check_console_params("MATCH (n) WHERE n.city = $city RETURN n", {"city": "x", "cty": "y"})
