"""Entity kinds the blind set 9c (/work/real/blind9c, outside the repo) showed the loaders
getting wrong, held by invented reports (tests/gold/genres/g9ce_*, gold written before the
extractor ran on them) and by sentences written for these tests."""

from __future__ import annotations

from tests.loaders.mention_helpers import assert_genre_totals, names_test


def test_a_group_before_its_legal_form_keeps_the_whole_name():
    # first run: both firms cut at 集团 (2 false, 2 missed)
    assert_genre_totals("g9ce_group_legal_form", Organization=(2, 0, 0))


test_group_and_legal_form = names_test("Organization", [
    ("由嘉兴市城市建设投资集团有限公司接盘续建。", {"嘉兴市城市建设投资集团有限公司"}),
    ("由嘉兴市城市建设投资控股集团有限公司负责运营。", {"嘉兴市城市建设投资控股集团有限公司"}),
    ("要推进城市建设投资集团有限公司改革。", set()),
])


def test_a_goal_verb_before_a_name_is_no_part_of_it():
    # first run: 力争工业项目 false (a goal verb before a generic kind of project)
    assert_genre_totals("g9ce_goal_verb_before_name", Project=(1, 0, 0))


test_goal_verbs_before_projects = names_test("Project", [
    ("力争工业项目审批时间压减到20个工作日。", set()),
    # (the phase of a site is named by the site since session 35: the mention is 嘉兴港区二期)
    ("力争嘉兴港区二期项目年内开工。", {"嘉兴港区"}),
])


def test_a_growth_verb_before_a_chain_is_no_part_of_it():
    # first run: 做强轨道交通装备产业链 and 做大航空动力产业集群 false, both chains missed
    assert_genre_totals("g9ce_chain_growth_verbs", IndustryChain=(2, 0, 0))


test_growth_verbs_before_chains = names_test("IndustryChain", [
    ("依托龙头企业，做强清洁能源装备产业链。", {"清洁能源装备产业链"}),
    ("做大做强数字经济产业链。", {"数字经济产业链"}),
    ("壮大新能源汽车产业集群。", {"新能源汽车产业集群"}),
])


def test_a_length_before_a_site_is_no_part_of_its_name():
    # first run: 26公里通村公路 false
    assert_genre_totals("g9ce_length_before_site", Project=(1, 0, 0))


test_lengths_before_sites = names_test("Project", [
    ("对18公里机耕路进行拓宽硬化。", set()),
    ("新建3.5公里滨江大道。", {"滨江大道"}),
    ("312国道信阳段改线工程年底完工。", {"312国道信阳段改线工程"}),
])


def test_a_car_park_named_by_its_road_is_a_project():
    # first run: 越城区环城西路 false, both car parks and the hospital campus missed; the campus
    # (院区) is found since session 12 by its institution (loaders/mentions/campuses.py: as a
    # suffix 院区 also ended '患者往新院区')
    assert_genre_totals("g9ce_parking_and_campus_sites", Project=(3, 0, 0))


test_car_parks = names_test("Project", [
    ("解放北路立体停车楼年底前投用。", {"解放北路立体停车楼"}),
    ("新建公共停车场3个。", set()),
    ("小区没有停车场。", set()),
])


def test_works_on_an_irrigation_district_name_the_project():
    # first run: 青山水库 false, both irrigation district projects missed
    assert_genre_totals("g9ce_irrigation_district_works", Project=(2, 0, 0))


test_bare_irrigation_districts_name_nothing = names_test("Project", [
    ("全市灌区灌溉水利用系数提高。", set()),
    ("大中型灌区续建配套与节水改造是重点。", set()),
])


def test_a_qualifier_or_verb_before_a_firm_is_no_part_of_it():
    # first run: 结合岳阳城投物业有限公司, 部分小区物业公司 and 部分物业公司 false, the firm missed
    assert_genre_totals("g9ce_qualifier_before_firm", Organization=(1, 0, 0))


test_qualifiers_and_verbs_before_firms = names_test("Organization", [
    ("部分小区物业公司服务差。", set()),
    ("结合首钢京唐钢铁公司的转型安置职工。", {"首钢京唐钢铁公司"}),
])


def test_a_limited_liability_firm_keeps_its_firm_words():
    # first run: 有限责任公司 false, both firms missed (投资 before 有限责任 stopped the walk)
    assert_genre_totals("g9ce_limited_liability_firms", Organization=(2, 0, 0))


test_limited_liability_firms = names_test("Organization", [
    ("由昆明滇池投资有限责任公司负责运营。", {"昆明滇池投资有限责任公司"}),
    ("成立有限责任公司。", set()),
])


def test_a_station_named_by_its_place_is_a_project():
    # first run: all four missed; still 向家坝水电站 (jieba reads 向 as a preposition) is not
    # right (the works 扩容改造 before 已完成 are read since session 10: works_subject_adverbs);
    # session 16: one proper word before 水电站 names it (proper_word_site_suffixes), all four right
    assert_genre_totals("g9ce_stations", Project=(4, 0, 0))


test_stations = names_test("Project", [
    ("宜宾西火车站改造后将新增候车面积。", {"宜宾西火车站"}),
    ("新建充电站50座。", set()),
    ("乡镇变电站全部改造。", set()),
])
