"""Entities, round 24 (names invented): kinds told as if sites or tools name nothing (a base of
rice-field co-farming, tea gardens up the mountains, the parks of two places, a people's villages
by kind, posts, service channels and works named by what they are, the congress's forum with an
office's head, a drop of water); a known firm after a verb in a list is the firm alone."""

from __future__ import annotations

import pytest

from loaders.gazetteer import get_gazetteer
from loaders.mentions import find_candidates
from loaders.mentions.gates import extractors_for


def _found(text: str) -> list[tuple[str, str]]:
    gz = get_gazetteer()
    return [(c.type, text[c.start:c.end])
            for c in find_candidates(gz, text, 0, len(text), None, extractors=extractors_for(gz, text))]


@pytest.mark.parametrize("text", [
    "镇里对成片八十亩以上的稻虾共作示范基地每亩奖励一百元。",  # 稻/虾: a common pair, no brand
    "代表问，高山茶园的机耕路什么时候硬化？",  # 高山: land by its height, no hill's name
    "人才公寓在临江、石狮两地园区周边各建一栋。",  # 两地: the parks of both places
    "乡里将结合苗族特色村寨保护项目修建消防水池。",  # a people's villages by kind
])
def test_kinds_told_as_sites_are_no_project(text):
    assert not any(t == "Project" for t, _ in _found(text))


@pytest.mark.parametrize("text, word", [
    ("林业站今年新聘生态护林员三百名。", "生态护林员"),  # a post
    ("社保类事项已经全部全程网办。", "全程网办"),  # a service channel, like 掌上办
    ("街道为八十户老人家里做了适老化改造。", "适老化改造"),  # works named by what they are
    ("区人大常委会开展“代表·主任面对面”活动。", "代表·主任面对面"),  # the congress's own forum
    ("推广滴灌，让“一滴水”多结果。", "一滴水"),  # a drop of water, no slogan
])
def test_kinds_told_as_tools_are_no_tool(text, word):
    assert not any(t == "PolicyTool" and word in n for t, n in _found(text))


def test_known_firm_after_a_verb_in_a_list_is_the_firm():
    found = _found("新开的货运专线优先服务比亚迪等企业。")
    assert ("Organization", "比亚迪") in found
    assert not any(t == "Organization" and n != "比亚迪" for t, n in found)


def test_named_hill_still_names_a_garden():
    # a hill jieba knows by name still vouches for the site (area_words hold only land by kind)
    assert ("Project", "天目山生态茶园") in _found("委员问天目山生态茶园的游步道何时修好？")


@pytest.mark.parametrize("text, name", [
    ("委员问，呼兰河干流堤防工程建设进度如何？", "呼兰河干流堤防工程"),  # jieba's 工程建设
    ("她说，牡丹江生态治理工程进度已经过半。", "牡丹江生态治理工程"),  # jieba's 工程进度
])
def test_works_named_before_what_is_said_of_them(text, name):
    assert ("Project", name) in _found(text)


def test_works_of_a_kind_before_progress_stay_none():
    # no place or proper name before the suffix: a kind of works, whatever follows it
    assert not any(t == "Project" for t, _ in _found("全市水利工程建设进度总体正常。"))


def test_engineer_is_no_works():
    assert not any(t == "Project" for t, _ in _found("松江县水利局工程师李某回答。"))


@pytest.mark.parametrize("text, name", [
    ("以南岗区实验小学为龙头组建教育集团。", "南岗区实验小学"),
    ("县里正在建设方正县第二实验小学。", "方正县第二实验小学"),
])
def test_experimental_schools_named_by_their_place(text, name):
    assert ("Organization", name) in _found(text)


@pytest.mark.parametrize("name", ["中国一重", "中国一汽", "潍柴动力"])
def test_state_makers_named_without_a_suffix(name):
    assert ("Organization", name) in _found(f"本地配套企业与{name}等龙头企业开展对接。")


def test_a_river_reach_is_part_of_the_works_name():
    found = _found("委员问，洮河中上游水土保持综合治理工程什么时候完工？")
    assert ("Project", "洮河中上游水土保持综合治理工程") in found


def test_a_reach_with_no_river_before_it_stays_out():
    # a position word after no river's name ends the walk as before
    assert not any(n.startswith("上游") for _, n in _found("上游水土保持综合治理工程什么时候完工？"))


def test_firm_after_a_preposition_whose_first_character_reads_as_a_verb():
    # jieba reads 盛 of the invented 盛丰 as a verb after 在: the preposition's object is the firm
    found = _found("我们在盛丰农机装备有限公司等企业试行信用监管。")
    assert ("Organization", "盛丰农机装备有限公司") in found


def test_firm_after_a_verb_of_two_in_a_list_keeps_the_verb_out():
    found = _found("通过发展舍饲养殖、扶持阿荣旗乳业有限公司等龙头企业收购鲜奶。")
    assert not any(n.startswith("扶持") for _, n in found)


@pytest.mark.parametrize("text, name", [
    ("今年为企业办理税费减免三亿元。", "税收减免"),  # the fiscal instrument by another of its names
    ("今年的保费补贴什么时候到账？", "农业保险保费补贴"),
])
def test_fiscal_instruments_by_their_short_names(text, name):
    gz = get_gazetteer()
    got = {(c.type, c.name) for c in find_candidates(gz, text, 0, len(text), None,
                                                    extractors=extractors_for(gz, text))}
    assert ("PolicyTool", name) in got


@pytest.mark.parametrize("text, name", [
    ("中卫数据中心集群的上架率逐年提高。", "中卫数据中心集群"),  # a site, not a chain of 集群
    ("西夏区青少年综合实践基地今年接待学生两万人次。", "西夏区青少年综合实践基地"),  # jieba's verb 实践
    ("石嘴山旅游集散中心明年投用。", "石嘴山旅游集散中心"),  # jieba's 集散
])
def test_sites_named_by_what_they_are_for(text, name):
    found = _found(text)
    assert ("Project", name) in found
    assert not any(t == "IndustryChain" for t, _ in found)


def test_clusters_of_data_centres_by_kind_name_none():
    assert not any(t == "Project" for t, _ in _found("全国数据中心集群之间的时延还在压降。"))


@pytest.mark.parametrize("text, name", [
    ("我们依托“渝快办”万州分厅新上线事项八十项。", "渝快办"),  # no app word after it
    ("群众在“粤省事”“豫事办”上都能查到。", "粤省事"),  # a run of quotes, the first not before 上
])
def test_provincial_apps_quoted(text, name):
    assert ("Project", name) in _found(text)


def test_quoted_three_characters_ending_like_an_app_need_a_sign():
    # an unknown quote ending in 办 with no app word or use around it stays no app
    assert not any(t == "Project" for t, _ in _found("群众盼的是“马上办”。"))


def test_zone_for_protecting_and_using_land():
    found = _found("我们在镇赉盐碱地保护利用示范区推广耐盐碱水稻。")
    assert ("Project", "镇赉盐碱地保护利用示范区") in found


def test_using_a_site_stays_out_of_its_name():
    # 利用 alone, with no 保护 before it, still ends the walk (利用某景区客流)
    assert not any(n.startswith("利用") for _, n in _found("利用长白山景区客流带动民宿。"))
