"""Session 13 (dept14): a new area's managing committee, a zone's personnel bureau, the office of
the second of two officials answering together (invented texts; golds in tests/gold/genres/g14d_*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.departments import resolve_department
from tests.loaders.genre_helpers import assert_exchanges_right

GENRES = Path(__file__).parents[1] / "gold" / "genres"
G14D = sorted(GENRES.glob("g14d_*.gold.json"))


def test_there_are_g14d_genres():
    assert len(G14D) == 3


@pytest.mark.parametrize("gold", G14D, ids=lambda p: p.stem)
def test_g14d_genre_all_right(gold):
    assert_exchanges_right(gold)


@pytest.mark.parametrize("surface,dtype", [
    ("贵安新区管委会", "园区"),  # a new area's committee is a zone's
    ("贵安新区管理委员会", "园区"),
    ("新区社会事业局", "社会事业"),  # a new area's own bureau keeps its field
    ("开发区组织人事局", "人力资源和社会保障"),
    ("市退役军人事务服务中心", "退役军人事务"),  # 军人事务 holds 人事: 退役军人 comes first
    ("副局长李明与区教育局", "教育"),  # the second of two officials: the office after 与
    ("县农业农村和水利局", "农业农村"),  # one bureau joining two fields, not an office after 和
])
def test_field_types(surface, dtype):
    assert resolve_department(surface, "唐山市").type == dtype


@pytest.mark.parametrize("surface,name", [
    ("副主任张伟和市人力资源和社会保障局", "唐山市人力资源和社会保障局"),
    ("张伟、市财政局", "唐山市财政局"),
])
def test_office_after_another_official(surface, name):
    assert resolve_department(surface, "唐山市").name == name


def test_no_office_after_an_office():
    # 市发改委和市住建局 names two offices: the first still types it, the rule reads no official before 和
    assert resolve_department("市发改委和市住建局", "唐山市").type == "发展和改革"
