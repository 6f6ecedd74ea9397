"""Canonical departments, aliases and cross-city types."""

from __future__ import annotations

import pytest

from loaders.departments import department_table, find_departments, resolve_department


@pytest.mark.parametrize("surface,city,name,dtype", [
    ("市发改委", "漯河市", "漯河市发展和改革委员会", "发展和改革"),
    ("市发改局", "揭阳市", "揭阳市发展和改革局", "发展和改革"),
    ("市科技局", "漯河市", "漯河市科学技术局", "科学技术"),
    ("市工信局", "揭阳市", "揭阳市工业和信息化局", "工业和信息化"),
    ("市经信局", "温州市", "温州市经济和信息化局", "工业和信息化"),
    ("市自然资源和规划局", "漯河市", "漯河市自然资源和规划局", "自然资源"),
    ("市自规局", "杭州市", "杭州市自然资源和规划局", "自然资源"),
    ("市人社局", "揭阳市", "揭阳市人力资源和社会保障局", "人力资源和社会保障"),
    ("市政务和数据局", "揭阳市", "揭阳市政务服务和数据管理局", "政务服务和数据"),
    ("市政数局", "广州市", "广州市政务服务和数据管理局", "政务服务和数据"),
    ("市大数据局", "贵阳市", "贵阳市大数据局", "政务服务和数据"),
    ("市投促局", "成都市", "成都市投资促进局", "招商"),
    ("市招商办", "揭阳市", "揭阳市招商办", "招商"),
    ("市审批局", "株洲市", "株洲市行政审批服务局", "行政审批"),
    ("市市场监管局", "A市", "A市市场监督管理局", "市场监督管理"),
    ("市场监管局", "A市", "A市市场监督管理局", "市场监督管理"),
    ("市卫健委", "B市", "B市卫生健康委员会", "卫生健康"),
    ("揭阳市发改局", None, "揭阳市发展和改革局", "发展和改革"),
    ("省发改委", "漯河市", "河南省发展和改革委员会", "发展和改革"),
    # Not in the table: still a department, its type is the name without place and suffix.
    ("市乡村振兴局", "C市", "C市乡村振兴局", "乡村振兴"),
    ("市海洋经济发展局", "D市", "D市海洋经济发展局", "海洋与渔业"),
])
def test_resolve(surface, city, name, dtype):
    d = resolve_department(surface, city)
    assert d is not None and (d.name, d.type) == (name, dtype)
    assert surface in d.aliases or surface == d.name


@pytest.mark.parametrize("surface", ["市人大常委会", "市委", "市政协", "项目", "", "企业"])
def test_not_departments(surface):
    assert resolve_department(surface, "漯河市") is None


def test_same_type_across_cities():
    assert resolve_department("市发改委", "漯河市").type == resolve_department("市发改局", "揭阳市").type


def test_find_departments_in_text():
    text = "请问市科技局赵国强同志：市发改委如何，市委也结合我市实际部署，揭阳市市场监管局和市乡村振兴局"
    assert [s for _, _, s in find_departments(text)] == ["市科技局", "市发改委", "揭阳市市场监管局", "市乡村振兴局"]
    assert all(text[a:b] == s for a, b, s in find_departments(text))


def test_table_is_well_formed():
    rows = department_table()
    types = {r.type for r in rows}
    for t in ("发展和改革", "科学技术", "工业和信息化", "教育", "自然资源", "人力资源和社会保障", "农业农村",
              "商务", "政务服务和数据", "招商", "行政审批", "生态环境", "市场监督管理", "财政",
              "住房和城乡建设", "交通运输", "水利", "文化和旅游", "卫生健康", "民政", "司法", "公安",
              "应急管理", "审计", "统计", "医疗保障", "退役军人事务", "城市管理", "林业", "粮食和物资储备"):
        assert t in types
    aliases = [a for r in rows for a in r.aliases]
    assert len(aliases) == len(set(aliases)), "an alias must name one department"


@pytest.mark.parametrize("surface,dtype", [
    # Not in the table, typed by a word of their name (data/department_keywords.tsv).
    ("区科创局", "科学技术"),
    ("县文体旅游广电局", "文化和旅游"),
    ("省质量技术监督局", "市场监督管理"),
    ("市农牧业局", "农业农村"),
    ("市交运局", "交通运输"),
    ("市交警支队", "公安"),
    ("区旅文局", "文化和旅游"),
    ("实验区交建局", "交通运输"),
    # "X部门": a department named by its field.
    ("市卫生部门", "卫生健康"),
    ("县交通部门", "交通运输"),
])
def test_unlisted_offices_take_their_type_from_their_name(surface, dtype):
    d = resolve_department(surface, "E市")
    assert d is not None and d.type == dtype


@pytest.mark.parametrize("surface", ["市相关部门", "市直部门", "市场部门", "近两年你局", "我局", "贵单位"])
def test_a_department_without_a_field_is_none(surface):
    assert resolve_department(surface, "E市") is None


def test_a_character_glued_to_a_known_name_is_no_place():
    # "以至于财政厅副厅长…": 于 is the sentence, not a place.
    assert resolve_department("于财政厅", None).type == "财政"
    assert resolve_department("市生态环境局临川分局", "抚州市").type == "生态环境"


def test_a_province_names_a_city_bureau_as_a_ting_in_running_text():
    # 人力资源社会保障局 is in the table; a province calls it 厅, also when found in free text.
    (found,) = find_departments("云南省人力资源社会保障厅将采取哪些措施")
    assert found[2].endswith("省人力资源社会保障厅")
    assert resolve_department(found[2], None).type == "人力资源和社会保障"


def test_offices_named_by_their_field_where_a_clause_begins():
    from loaders.departments import find_field_offices

    text = "“公安消防部门是如何加强高层建筑消防的？”“相关部门如何解决？”“职能部门是否到位？”"
    assert [f[2] for f in find_field_offices(text)] == ["公安消防部门"]
    # Fire services moved from public security to emergency management.
    assert resolve_department("公安消防部门", None).type == "应急管理"
