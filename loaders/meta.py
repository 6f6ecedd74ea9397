"""Checks of the values a user hands the loaders: sidecar keys and ``--year``/``--city``.

A wrong type or an impossible year is reported as one line naming the file
(or the option) and the key, before any extraction runs; without the check
``{"city": 5}`` surfaced as an AttributeError deep in the session detector
and ``--year -5`` was stored as the date ``-005-10-28``.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from loaders.errors import InputError

__all__ = ["MIN_YEAR", "MAX_YEAR", "STRING_KEYS", "check_year", "check_sidecar"]

#: The years a sitting can have: the first People's Congresses met in the
#: 1950s; anything outside this range is a typo.
MIN_YEAR = 1949
MAX_YEAR = 2100

#: Sidecar keys whose value must be a string (or null).
STRING_KEYS = ("city", "province", "source_url", "publisher")

_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def check_year(value: Any, where: str) -> int | None:
    """``value`` as a year in [MIN_YEAR, MAX_YEAR] (None stays None); ValueError naming ``where``.

    >>> check_year("2024", "year"), check_year(None, "year")
    (2024, None)
    >>> check_year(-5, "--year")
    Traceback (most recent call last):
    ValueError: --year must be a year from 1949 to 2100, got -5
    """
    if value is None:
        return None
    year: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        year = value
    elif isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        year = int(value.strip())
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"{where} must be a year from {MIN_YEAR} to {MAX_YEAR}, got {value!r}")
    return year


def check_sidecar(data: dict[str, Any], source: str) -> dict[str, Any]:
    """Refuse a sidecar whose known keys hold values of the wrong kind (InputError naming the key)."""
    for key in STRING_KEYS:
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise InputError(source, f"sidecar key {key!r} must be a non-empty string, got {value!r}")
    try:
        check_year(data.get("year"), "sidecar key 'year'")
    except ValueError as err:
        raise InputError(source, str(err)) from None
    date = data.get("date")
    if date is not None:
        m = _DATE.fullmatch(date) if isinstance(date, str) else None
        try:
            if m is None:
                raise ValueError
            check_year(int(m[1]), "")
            _dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
        except ValueError:
            raise InputError(source, f"sidecar key 'date' must be YYYY, YYYY-MM or YYYY-MM-DD "
                                     f"with a year from {MIN_YEAR} to {MAX_YEAR}, got {date!r}") from None
    return data
