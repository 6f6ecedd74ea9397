"""Departments and the session's city, round 21 (names invented): the nationalities commission
and the old economic commission by their short names (民委, 经委) with no city written twice, a
word linking a list before an office's place (以及市政府), and a member's given name that is a
city's short name (委员徐海东) no evidence of the session's city."""

from __future__ import annotations

import pytest

from loaders.departments import find_departments, resolve_department
from loaders.session import detect_city


@pytest.mark.parametrize(("surface", "city", "name", "dtype"), [
    ("国家民委", "荆门市", "国家民委", "民族宗教"),
    ("市民委", "荆门市", "荆门市民族宗教事务局", "民族宗教"),
    ("省民委", "荆门市", "湖北省民族宗教事务局", "民族宗教"),
    ("市经委", "荆门市", "荆门市经济委员会", "工业和信息化"),
    ("县经委", "荆门市", "县经济委员会", "工业和信息化"),
    ("以及市政府", "荆门市", "荆门市人民政府", "人民政府"),
    ("及区住建局", "荆门市", "区住房和城乡建设局", "住房和城乡建设"),
    ("和县住建局", "荆门市", "和县住房和城乡建设局", "住房和城乡建设"),  # 和县: a county, no link word
    ("和平区政府", "天津市", "和平区人民政府", "人民政府"),
])
def test_short_commissions_and_linked_offices(surface, city, name, dtype):
    d = resolve_department(surface, city)
    assert (d.name, d.type) == (name, dtype)


@pytest.mark.parametrize("text", [
    "社区居民委员会主任郝丽君说",
    "村民委员会换届",
    "全市民委托律师代为维权",
    "区教委员工食堂",
    "市人大财经委主任蒙建成",
])
def test_short_commission_inside_a_longer_word_is_none(text):
    assert find_departments(text) == []


def test_short_commissions_found_in_text():
    assert [s for _, _, s in find_departments("市民委主任滕某和市经委副主任覃某到会")] == ["市民委", "市经委"]


def test_member_given_name_is_no_city():
    text = ("11月14日，市人大常委会召开会议，就醴陵市农村供水工作开展专题询问。"
            "常委会委员徐海东首先发问：“…？”徐海东追问：“…？”徐海东最后建议，逐村销号。")
    assert detect_city(text) == "株洲市"


def test_city_short_name_in_running_text_still_counts():
    assert detect_city("海东市人民政府近日召开会议。会上，海东各县区汇报了工作。") == "海东市"


# --- entities (names invented) ---

def _found(text: str) -> list[tuple[str, str]]:
    from loaders.gazetteer import get_gazetteer
    from loaders.mentions import find_candidates

    return [(c.type, c.name) for c in find_candidates(get_gazetteer(), text, 0, len(text), None)]


@pytest.mark.parametrize(("text", "firm"), [
    ("由施工单位湖南路达交通建设有限公司负责。", "湖南路达交通建设有限公司"),
    ("市场运营方荆门市兴达商贸有限公司每月上报。", "荆门市兴达商贸有限公司"),
    ("中标单位江苏华坤建设集团进场。", "江苏华坤建设集团"),
])
def test_a_firms_role_before_its_name_is_no_part_of_it(text, firm):
    assert ("Organization", firm) in _found(text)


@pytest.mark.parametrize("text", [
    "辖内银行加大信贷投放。",
    "提供法律、税务“一站式”咨询。",
    "新建育苗工厂两座，新建茶叶加工厂一座。",
])
def test_generic_words_are_no_entities(text):
    assert _found(text) == []


def test_a_plant_named_by_a_brand_stays():
    assert ("Project", "星宇电机工厂") in _found("红杉生物建成星宇电机工厂。")


@pytest.mark.parametrize(("text", "org"), [
    ("依托中南林业大学醴陵研究院开展育种。", "中南林业大学醴陵研究院"),
    ("华中农大学院联合东山农业大学临湘研究院等单位揭榜。", "东山农业大学临湘研究院"),
])
def test_a_universitys_institute_in_a_place_is_an_organisation(text, org):
    assert ("Organization", org) in _found(text)


def test_an_institute_of_no_university_stays_a_project():
    assert ("Project", "揭阳新材料技术研究院") in _found("建设揭阳新材料技术研究院。")


@pytest.mark.parametrize(("text", "road"), [
    ("今年将开工建设柳湾至石桥公路，全长12公里。", "柳湾至石桥公路"),
    ("修建宋家至李桥公路。", "宋家至李桥公路"),
])
def test_a_road_between_two_villages(text, road):
    assert ("Project", road) in _found(text)


def test_a_road_between_kinds_of_place_is_none_of_this_rule():
    assert not any(n.startswith("乡镇") for _, n in _found("从乡镇至村公路还没有硬化。"))


@pytest.mark.parametrize(("text", "works"), [
    ("推进G318浦口至林溪段改扩建工程。", "G318浦口至林溪段改扩建工程"),
    ("加快沪昆高速醴陵至株洲段改扩建工程建设。", "沪昆高速醴陵至株洲段改扩建工程"),
    ("醴陵至浏阳段改扩建项目已开工。", "醴陵至浏阳段改扩建项目"),
    ("实施澧阳平原灌区续建配套与现代化改造工程。", "澧阳平原灌区续建配套与现代化改造工程"),
])
def test_works_on_a_section_between_places(text, works):
    assert ("Project", works) in _found(text)


def test_a_section_told_with_no_works_is_none():
    assert _found("醴陵至浏阳段正在施工。") == []


@pytest.mark.parametrize(("text", "org"), [
    ("醴陵市职业教育中心学校与企业共建实训基地。", "醴陵市职业教育中心学校"),
    ("天水卫生学校开设护理专业。", "天水卫生学校"),
])
def test_a_school_named_by_its_place(text, org):
    assert ("Organization", org) in _found(text)


@pytest.mark.parametrize("text", [
    "全县农村学校都配备了校车。",
    "民办学校要规范收费。",
    "今年已为新设学校核增教师编制。",
    "乡镇寄宿制学校条件改善。",
])
def test_a_kind_of_school_is_none(text):
    assert _found(text) == []


@pytest.mark.parametrize(("text", "org"), [
    ("目前荆门城发物业已经接管47个小区。", "荆门城发物业"),
    ("我们还与湖南沅江水业合作，新建两座泵站。", "湖南沅江水业"),
])
def test_a_firm_named_by_its_trade_word(text, org):
    assert ("Organization", org) in _found(text)


@pytest.mark.parametrize("text", ["城市物业已经改革。", "老旧小区物业已经进场。", "国有物业已经接管。"])
def test_a_kind_of_property_service_is_none(text):
    assert _found(text) == []



@pytest.mark.parametrize(("text", "site"), [
    ("建设东湖低空经济试飞基地。", "东湖低空经济试飞基地"),
    ("开放七星路夜市。", "七星路夜市"),
    ("办好白沙村文化市集。", "白沙村文化市集"),
])
def test_sites_named_by_their_work_or_trade(text, site):
    assert ("Project", site) in _found(text)


@pytest.mark.parametrize("text", ["城区夜市管理混乱。", "搞活夜市。", "加强食品安全监管平台建设。"])
def test_a_kind_of_site_is_none(text):
    assert _found(text) == []


def test_chains_counted_by_kind_with_link_alone():
    text = "围绕冶金、建材两条主导链和生物医药、电子信息、现代农业等六条特色链精准发力。"
    assert {n for t, n in _found(text) if t == "IndustryChain"} == {
        "冶金产业链", "建材产业链", "生物医药产业链", "电子信息产业链", "现代农业产业链"}


def test_a_chain_list_closed_by_deng():
    assert {n for _, n in _found("培育动力电池、光伏、储能等三条产业链。")} == {"动力电池产业链", "光伏产业链", "储能产业链"}


def test_one_link_counted_names_no_chain():
    assert _found("打通上下游这一条链。") == []


def test_a_zones_bare_word_opens_no_chain_name():
    assert ("IndustryChain", "碳基材料产业链") in _found("高新区碳基材料产业链上游原料已经本地供应。")


def test_a_zones_chains_in_general_are_none():
    assert not any(t == "IndustryChain" for t, _ in _found("对益阳高新区产业链建设情况开展询问。"))
    assert ("IndustryChain", "澧县葡萄产业链") in _found("澧县葡萄产业链年产值10亿元。")


def test_a_kind_of_postdoctoral_base_is_none_a_named_one_stays():
    assert not any(t == "Project" for t, _ in _found("今年还与某工业大学共建博士后创新基地。"))
    assert ("Project", "湘潭电机博士后创新基地") in _found("设立湘潭电机博士后创新基地。")


@pytest.mark.parametrize(("text", "tool"), [
    ("设立了2亿元科技成果转化引导基金。", "科技成果转化引导基金"),
    ("给予每人1000元的培训补贴。", "职业培训补贴"),
])
def test_national_funds_and_subsidies(text, tool):
    assert ("PolicyTool", tool) in _found(text)


@pytest.mark.parametrize(("text", "works"), [
    ("推进黔凯高速扩容工程。", "黔凯高速扩容工程"),
    ("推进沅辰高速改扩建工程。", "沅辰高速改扩建工程"),
])
def test_works_on_an_expressway_named_by_its_places(text, works):
    assert ("Project", works) in _found(text)


@pytest.mark.parametrize("text", ["经济高速发展。", "实现高速增长。", "在高速路口设卡。", "修建环城高速。"])
def test_high_speed_as_a_word_is_none(text):
    assert _found(text) == []
