"""Session 12 (dept13): bureaus joining fields, township and zone economic offices, short office
names, district courts, joint answers, division heads, offices read inside a phrase, a subdistrict's offices, an office a question was put to, officials in charge (invented texts; golds in tests/gold/genres/g13d_*)."""

from __future__ import annotations

import pytest

from loaders.departments import keyword_type, resolve_department


@pytest.mark.parametrize("surface,dtype", [
    ("区教育科技体育局", "教育"),  # the first field named, with or without 和
    ("市科技工业信息化局", "科学技术"),
    ("县农业农村和水利局", "农业农村"),
    ("区公安消防大队", "应急管理"),  # 消防 types an office wherever it stands (its successor)
    ("农业科技园区管委会", "园区"),  # a zone's word anywhere still makes it the zone's
    ("市生态移民局", "乡村振兴"),  # (the longer word at the same place: file order)
    ("区财税局", "财政"),
    ("北滘镇经济发展办公室", "发展和改革"),
    ("镇经发办", "发展和改革"),
    ("高新区管委会经济发展局", "发展和改革"),
    ("管委会经济发展局", "发展和改革"),
    ("市交委", "交通运输"),
    ("市交管支队", "公安"),
    ("区住房城乡建委", "住房和城乡建设"),
    ("市人才发展中心", "人力资源和社会保障"),
    ("市委网信办", "网信"),
    ("市煤炭工业局", "能源"),
    ("南康区家具产业促进局", "工业和信息化"),
    ("海淀法院", "审判"),
    ("东城检察院", "检察"),
    ("最高人民法院", "审判"),
    ("审议的东城法院", "审判"),  # words of the sentence before the office: after a 的
    ("一位市发展和改革委员会", "发展和改革"),  # after a person counted
    ("街道经济发展办", "发展和改革"),  # a subdistrict's office
])

def test_field_types(surface, dtype):
    assert resolve_department(surface, "唐山市").type == dtype


@pytest.mark.parametrize("surface,name", [
    ("云湖区人民政府", "宜昌市云湖区人民政府"),  # a place the gazetteer does not know stays a place
    ("一位市发展和改革委员会", "宜昌市发展和改革委员会"),
])
def test_words_before_an_office(surface, name):
    assert resolve_department(surface, "宜昌市").name == name


def test_names_keep_their_place():
    assert resolve_department("市委网信办", "唐山市").name == "唐山市委网络安全和信息化委员会办公室"
    assert resolve_department("管委会招商服务局", "鄂尔多斯市").name == "鄂尔多斯市管委会招商服务局"


@pytest.mark.parametrize("surface", ["市委办", "市委组织部", "县委宣传部"])
def test_party_offices_stay_outside_government(surface):
    # only a known office after 市委 is split off (市委网信办)
    assert resolve_department(surface, "唐山市") is None


def test_keyword_type_first_named():
    assert keyword_type("教育科技体育局") == "教育"
    assert keyword_type("文化广电旅游体育局") == "文化和旅游"


def test_joint_answer_keeps_an_unknown_office_whole():
    from loaders.attribution.people import People
    from loaders.attribution.speakers import _several_officials

    text = "街道经济发展办主任谭志豪坦言，…。谭志豪和街道建设和水利办主任区家明分别作答。"
    found = _several_officials("谭志豪和街道建设和水利办主任区家明", People(text))
    assert [(sp.name, sp.department) for sp in found] == [("谭志豪", "街道经济发展办"), ("区家明", "街道建设和水利办")]
