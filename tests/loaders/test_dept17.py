"""Department resolution, round 17: national offices without a city in front, typed by their
field; offices renamed or merged since 2010 typed as their successor; posts of national offices."""

from __future__ import annotations

import pytest

from loaders.departments import department_types, resolve_department
from loaders.turns import parse_head


@pytest.mark.parametrize(("surface", "name", "dtype"), [
    ("国家发展改革委", "国家发展改革委", "发展和改革"),
    ("国家发展和改革委员会", "国家发展和改革委员会", "发展和改革"),
    ("财政部", "财政部", "财政"),
    ("生态环境部", "生态环境部", "生态环境"),
    ("农业农村部", "农业农村部", "农业农村"),
    ("国家林草局", "国家林草局", "林业"),
    ("国家医保局", "国家医保局", "医疗保障"),
    ("国家粮食和物资储备局", "国家粮食和物资储备局", "粮食和物资储备"),
    ("国家能源局", "国家能源局", "能源"),
    ("国家市场监管总局", "国家市场监管总局", "市场监督管理"),
    ("市场监管总局", "市场监管总局", "市场监督管理"),
    ("国家体育总局", "国家体育总局", "体育"),
    ("国家质检总局", "国家质检总局", "市场监督管理"),
    ("审计署", "审计署", "审计"),
    ("国务院办公厅", "国务院办公厅", "政府办公室"),
    ("国务院扶贫办", "国务院扶贫办", "乡村振兴"),
    ("国务院国资委", "国务院国资委", "国有资产监督管理"),
    ("国务院", "国务院", "人民政府"),
    ("中央网信办", "中央网信办", "网信"),
    # a ministry's department (司) or bureau speaks for the ministry
    ("生态环境部固体废物与化学品司", "生态环境部", "生态环境"),
    ("农业农村部渔业渔政管理局", "农业农村部", "农业农村"),
    # a ministry the table names (the industry ministries before 1998)
    ("冶金工业部", "冶金工业部", "工业和信息化"),
    ("国家计委", "国家计委", "发展和改革"),
    # national bureaus typed by the local office doing their work; the supreme court and procuratorate
    ("国家知识产权局", "国家知识产权局", "市场监督管理"),
    ("国家中医药局", "国家中医药局", "卫生健康"),
    ("国家铁路局", "国家铁路局", "交通运输"),
    ("国家外汇管理局", "国家外汇管理局", "金融"),
    ("最高人民法院", "最高人民法院", "审判"),
    ("最高人民检察院", "最高人民检察院", "检察"),
])
def test_national_office_has_no_city_and_its_field(surface, name, dtype):
    d = resolve_department(surface, "长沙市")
    assert (d.name, d.city, d.type) == (name, None, dtype)


@pytest.mark.parametrize(("surface", "name"), [
    ("国家高新区管委会", "长沙市国家高新区管委会"),  # a city's zone named national
    ("市发改委", "长沙市发展和改革委员会"),
    ("市财政局", "长沙市财政局"),
    ("高新区人力资源部", "高新区人力资源部"),  # a zone's department, no ministry
])
def test_city_offices_keep_their_city(surface, name):
    assert resolve_department(surface, "长沙市").name == name


def test_a_national_rank_is_no_office():
    d = resolve_department("国家级开发区管委会", "长沙市")
    assert d is None or d.city == "长沙市"


# Offices renamed or merged across 2010–2026, typed by their successor's field.
HISTORIC = [
    ("市卫计委", "卫生健康"), ("市卫生和计划生育委员会", "卫生健康"), ("县卫生局", "卫生健康"),
    ("市食品药品监督管理局", "市场监督管理"), ("市食药监局", "市场监督管理"), ("区工商局", "市场监督管理"),
    ("市质监局", "市场监督管理"), ("县扶贫办", "乡村振兴"), ("县扶贫开发办公室", "乡村振兴"),
    ("市金融工作局", "金融"), ("市金融办", "金融"), ("旗农牧局", "农业农村"), ("县农牧业局", "农业农村"),
    ("市规划局", "自然资源"), ("市国土资源局", "自然资源"), ("县国土局", "自然资源"), ("县安监局", "应急管理"),
    ("市安全生产监督管理局", "应急管理"), ("市环保局", "生态环境"), ("市环境保护局", "生态环境"),
    ("市城乡规划局", "自然资源"), ("市建委", "住房和城乡建设"), ("县建设局", "住房和城乡建设"),
    ("市经信委", "工业和信息化"), ("市经济和信息化委员会", "工业和信息化"), ("区经信局", "工业和信息化"),
    ("市经委", "工业和信息化"), ("市计划委员会", "发展和改革"), ("市发展计划委员会", "发展和改革"),
    ("市文广新局", "文化和旅游"), ("市文体旅游局", "文化和旅游"), ("市人事局", "人力资源和社会保障"),
    ("市劳动和社会保障局", "人力资源和社会保障"), ("市港航管理局", "港口"), ("市港航局", "港口"),
    ("市交通运输和港航管理局", "交通运输"),
    # combined county bureaus: typed by the first field they name
    ("县自然资源和规划局", "自然资源"), ("县卫生健康和体育局", "卫生健康"), ("县发展改革和粮食局", "发展和改革"),
]


@pytest.mark.parametrize(("surface", "dtype"), HISTORIC)
def test_historic_and_joined_offices_typed_by_field(surface, dtype):
    assert resolve_department(surface, "岳阳市").type == dtype


def test_types_stay_in_the_vocabulary():
    assert {t for _, t in HISTORIC} <= department_types()


@pytest.mark.parametrize(("head", "dept", "title"), [
    ("生态环境部固体废物与化学品司司长甘立群", "生态环境部固体废物与化学品司", "司长"),
    ("财政部预算司副司长甘立群", "财政部预算司", "副司长"),
    ("国家发展改革委副主任阎思远", "国家发展改革委", "副主任"),
    ("财政部副部长褚明轩", "财政部", "副部长"),
])
def test_posts_of_national_offices(head, dept, title):
    sp = parse_head(head).speaker
    assert (sp.department, sp.title) == (dept, title)
    assert resolve_department(sp.department, None).city is None


def test_office_named_twice_answers_for_the_first():
    from loaders.turns import office_named_twice, parse_label

    sp = parse_head("县发展和改革局（县粮食和物资储备局）局长向德明回答").speaker
    assert (sp.department, sp.title, sp.name) == ("县发展和改革局", "局长", "向德明")
    assert office_named_twice("张三（市发改委主任）") is None  # a post in brackets, no second office
    lab = parse_label("县发展和改革局（县粮食和物资储备局）局长向德明回答：“仓容够用。”")
    assert lab.speaker.department == "县发展和改革局"


def test_an_office_named_twice_is_one_line():
    from loaders.normalize import split_inline_turns

    line = "县发展和改革局（县粮食和物资储备局）局长向德明回答：“仓容够用。”"
    assert split_inline_turns([line], lambda rest: True) == [line]
    # a bracketed signature after a sentence end still cuts
    signed = "这个问题怎么解决？（市人大代表 王力）答：我们将…"
    assert len(split_inline_turns([signed], lambda rest: rest.startswith("答"))) == 2


def test_an_official_of_two_offices_answers_for_the_first():
    sp = parse_head("县发改局局长、县粮食和物资储备局局长向德明").speaker
    assert sp.department == "县发改局"
    assert resolve_department(sp.department, "常德市").type == "发展和改革"


def test_an_official_of_two_offices_told_answers_for_the_first():
    from loaders.attribution.speakers import _first_of_two_posts

    sp = _first_of_two_posts("县发改局局长、县粮食和物资储备局局长段红卫")
    assert (sp.name, sp.department) == ("段红卫", "县发改局")
    # after a government's own post the office named last answers (the several officials' reading)
    assert _first_of_two_posts("市政府副秘书长、市住建局局长王卫东") is None
    assert _first_of_two_posts("市人大代表、市发改委主任李强") is None


@pytest.mark.parametrize(("surface", "name", "dtype"), [
    ("旗农牧局", "旗农牧局", "农业农村"),  # a banner's bureau, no bureau of the session's city
    ("旗教育局", "旗教育局", "教育"),
    ("县农牧业局", "县农牧业局", "农业农村"),
])
def test_a_banner_s_office_keeps_its_level(surface, name, dtype):
    d = resolve_department(surface, "鄂尔多斯市")
    assert (d.name, d.type) == (name, dtype)
