"""Entity rules of session 36 (helper ent25): facilities named by what they do, which a verb of setting
them up or linking to them vouches for (设立某某服务驿站, 接入某某监测预警系统), sites of water works named
by a river's bank, a lake or a canal (某河南岸生态廊道, 某湖排涝泵站, 某湖滨湖慢行绿道), a site's works told
with no head (某灌区节水改造), a firm after a clause's 由 that jieba joined to its name, an institute
named by a region of provinces, and a list of chains before a vague count (几条产业链). Held by an
invented report (tests/gold/genres/g36e_*, gold written before the extractor ran on it) and by
sentences written for these tests."""

from __future__ import annotations

from tests.loaders.mention_helpers import genre_entities_test, names_test, run

#: names no rule reads yet, per genre text
KNOWN_MISSES = {
    # jieba cuts the canal's name into characters (南/干渠): the walk drops the lone 南
    "g36e_set_up_facilities": {"Project": {"南干渠配套支渠"}},
}

test_every_entity_of_each_genre_right = genre_entities_test("g36e_", KNOWN_MISSES)


test_facilities_a_verb_sets_up = names_test("Project", [
    ("司法局在园区设立了企业合规服务驿站，每周有律师坐班。", {"企业合规服务驿站"}),
    ("全县易涝点已经全部接入城市内涝风险监测预警系统。", {"城市内涝风险监测预警系统"}),
    ("我们将把涉企纠纷纳入矛盾纠纷多元化解信息平台，限时反馈。", {"矛盾纠纷多元化解信息平台"}),
    ("下一步将把停车泊位信息平台接入城市大脑，方便查询。", {"停车泊位信息平台"}),
    # a known tool inside a longer name of what the facility does
    ("市中院在港区设立了涉外商事巡回审判点。", {"涉外商事巡回审判点"}),
])

test_kinds_and_generic_facilities_name_none = names_test("Project", [
    ("全县已建成村级法律服务站一百二十个。", set()),  # counted after: a kind
    ("今年在十二个乡镇开通医保经办服务站。", set()),  # counted before the verb of setting up
    ("部门之间搭建交流合作平台，定期会商。", set()),  # 搭建 sets up a kind
    ("所有定点药店都已接入医保系统。", set()),  # too few words before the suffix
    ("下一步建立服务平台，方便企业办事。", set()),
    ("申报材料以后都放到企业服务平台上。", set()),  # generic words only
])

test_water_sites_named_by_a_bank_or_a_lake = names_test("Project", [
    ("清溪河南岸生态廊道明年五月完工。", {"清溪河南岸生态廊道"}),
    ("白鹭湖排涝泵站今年汛前投入运行。", {"白鹭湖排涝泵站"}),
    ("区里正在推进玄武湖滨湖慢行绿道建设。", {"玄武湖滨湖慢行绿道"}),
    ("正在推进七星河灌区节水改造，两年完成。", {"七星河灌区"}),
    ("正在推进十八溪灌区续建配套，两年完成。", {"十八溪灌区"}),
    # the riverside of any town names no site
    ("新修的滨江绿道晚上一片漆黑。", set()),
])


def test_site_and_head_alone_name_the_site():
    """某河南岸生态廊道项目: the name is the site's, the mention keeps the head as the text writes it."""
    got = [m for m in run("清溪河南岸生态廊道项目明年五月完工。") if m.type == "Project"]
    assert [(m.name, m.text) for m in got] == [("清溪河南岸生态廊道", "清溪河南岸生态廊道项目")]


def test_works_after_a_site_are_in_the_mention():
    got = [m for m in run("正在推进七星河灌区节水改造，两年完成。") if m.type == "Project"]
    assert [(m.name, m.text) for m in got] == [("七星河灌区", "七星河灌区节水改造")]


test_firm_after_a_clause_opener = names_test("Organization", [
    ("由青峰集团牵头，组建创新联合体。", {"青峰集团"}),
    # 向 opens places: 向家坝 stays whole
    ("向家坝水电站的调度由省里安排。", set()),
])

test_institute_of_a_region_is_a_body = names_test("Organization", [
    ("联合华东建材研究院组建创新联合体。", {"华东建材研究院"}),
])

test_chains_before_a_vague_count = names_test("IndustryChain", [
    ("我们重点抓机床、汽车零部件、新型建材几条产业链。", {"机床产业链", "汽车零部件产业链", "新型建材产业链"}),
])


def test_a_stage_after_the_works_head_names_the_works():
    """某某清淤工程三期: the works are the project; the mention keeps the stage as written."""
    got = [m for m in run("总投资九亿元的南湖水源地生态清淤工程三期已于六月开工。") if m.type == "Project"]
    assert [(m.name, m.text) for m in got] == [("南湖水源地生态清淤工程", "南湖水源地生态清淤工程三期")]


test_a_college_being_set_up_is_a_project = names_test("Project", [
    ("镇里正在联合县里筹建茶艺职业学院，学生毕业直接进企业。", {"茶艺职业学院"}),
])

test_a_university_named_by_a_common_word_city = names_test("Organization", [
    # 大同, 中山: prefectures whose short names jieba reads as common words
    ("县里将加强与大同大学等高校的合作。", {"大同大学"}),
    ("我们和中山大学签订了合作协议。", {"中山大学"}),
])

test_works_words_and_split_verbs_of_set_up_facilities = names_test("Project", [
    # a works word (修复) after the verb of setting up is what the facility does
    ("检察院和水务部门共建湿地修复教育基地，定期开放。", {"湿地修复教育基地"}),
    # jieba splits 用好 (用/好)
    ("今后要用好财政资金直达监控系统。", {"财政资金直达监控系统"}),
])

test_a_quoted_app_before_an_online_platform = names_test("Project", [
    ("退费标准将在“青禾e家”线上平台同步公开。", {"青禾e家"}),
])

test_corridors_belts_and_kinds_of_showcase = names_test("Project", [
    # 沿线 after a corridor's name opened by a road-like code is no line's head
    ("画面：G50科创走廊沿线的一处商业综合体。", {"G50科创走廊"}),
    ("将在青龙湾科创带规划建设标准厂房。", {"青龙湾科创带"}),
    # land in one piece is a kind of showcase, no name
    ("每个县打造十万亩的连片示范区。", set()),
])
