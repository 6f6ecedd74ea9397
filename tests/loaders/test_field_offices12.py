"""Offices the department table does not list, typed by a field word in their name
(loaders/data/department_keywords.tsv): a type outside the fixed vocabulary is never right."""

import pytest

from loaders.departments import resolve_department


@pytest.mark.parametrize("surface, kind", [
    ("县河长制办公室", "水利"),
    ("市河长办", "水利"),
    ("县房地产管理局", "住房和城乡建设"),
    ("市房地局", "住房和城乡建设"),
    ("县农粮局", "农业农村"),
    ("县侨办", "外事"),
    ("市外事侨务办公室", "外事"),
    # the older keywords keep their place
    ("市房管局", "住房和城乡建设"),
    ("县农机局", "农业农村"),
    ("市水务局", "水利"),
])
def test_an_office_named_by_its_field_takes_the_fields_type(surface, kind):
    assert resolve_department(surface, "某市").type == kind
