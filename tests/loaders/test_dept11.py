"""Session 11 (dept11): mass organisations' heads, a zone's 部 departments, heating and
resettlement offices (invented texts; golds in tests/gold/genres/g11d_*)."""

from __future__ import annotations

import pytest

from loaders.departments import resolve_department


@pytest.mark.parametrize("surface,dtype", [
    ("高新区人力资源部", "人力资源和社会保障"),  # a zone's department named 部, typed by its field
    ("经开区财政金融部", "财政"),
    ("市供热管理办公室", "城市管理"),
    ("县供暖办", "城市管理"),
    ("市生态移民局", "乡村振兴"),
    ("市生态环境局", "生态环境"),
])
def test_field_types(surface, dtype):
    assert resolve_department(surface, "吴忠市").type == dtype


@pytest.mark.parametrize("surface", ["区总工会", "区妇联", "区残联", "团区委", "市人力资源部", "高新区组织部", "高新区党群工作部"])
def test_no_government_office(surface):
    # mass organisations are outside government; a 部 is a zone's office only after a zone
    assert resolve_department(surface, "吴忠市") is None
