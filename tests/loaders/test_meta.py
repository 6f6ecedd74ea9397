"""Sidecar and option values are checked with one-line errors (loaders/meta.py)."""

from __future__ import annotations

import json

import pytest

from loaders import InputError, load_path
from loaders.meta import MAX_YEAR, MIN_YEAR, check_sidecar, check_year


@pytest.mark.parametrize("meta, key", [
    ({"city": 5}, "city"), ({"province": ["广东省"]}, "province"), ({"publisher": ""}, "publisher"),
    ({"year": -5}, "year"), ({"year": "二〇二四"}, "year"), ({"year": True}, "year"), ({"year": 20240}, "year"),
    ({"date": "2024-13-01"}, "date"), ({"date": 20240101}, "date"), ({"date": "-005-10-28"}, "date"),
])
def test_bad_sidecar_values_are_refused_naming_the_key(tmp_path, sample_paths, meta, key):
    doc = tmp_path / "a.txt"
    doc.write_bytes(sample_paths[0].read_bytes())
    (tmp_path / "a.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_path(doc)
    msg = str(err.value)
    assert msg.startswith(f"{tmp_path / 'a.meta.json'}: sidecar key '{key}'") and "\n" not in msg


def test_good_sidecar_values_pass():
    meta = {"city": "漯河市", "province": "河南省", "year": "2024", "date": "2024-10-28", "publisher": None}
    assert check_sidecar(dict(meta), "x.meta.json") == meta


def test_year_range():
    assert check_year(MIN_YEAR, "y") == MIN_YEAR and check_year(str(MAX_YEAR), "y") == MAX_YEAR
    for bad in (MIN_YEAR - 1, MAX_YEAR + 1, "２０２４", 2024.0):
        with pytest.raises(ValueError):
            check_year(bad, "--year")
