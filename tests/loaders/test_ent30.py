"""Entity rules of session 30 (helper ent22, session 22 of the night; blind sets 19-26 open for
entities): firms whose place jieba cuts across words, trade suffixes of firms (酒业, 乳业 …), a school
that leads the work, and a hub's capacity works. Held by invented reports (tests/gold/genres/g30_*,
gold written before the extractor ran on them) and by sentences written for these tests."""

from __future__ import annotations

from tests.loaders.mention_helpers import genre_entities_test, kinds_test, names_test

# (g30_breeding_centre_and_kinds_of_groups: the list's second group is a trade jieba cuts into characters,
# 肉/业, read as an unknown brand that vouches for its 、-neighbour; no rule tells such a trade from a brand yet)
# (g30_works_verb_after_site: a direction alone, 城北, before a plant is no evidence the walk takes yet)
test_every_entity_of_each_genre_right = genre_entities_test(
    "g30_", known_misses={"g30_works_verb_after_site": {"Project": {"城北污水处理厂"}}},
    known_false={"g30_breeding_centre_and_kinds_of_groups": {"Organization": {"乳业集团", "肉业集团"}}})


# --- a firm opened by a place jieba cut across two words --------------------------------------------

test_a_place_cut_across_words_opens_a_firm = names_test("Organization", [
    ("今年联合广水文旅投资集团推出夜游联票。", {"广水文旅投资集团"}),  # 广/水文/旅
    ("今年联合建邺文旅投资集团推出夜游联票。", {"建邺文旅投资集团"}),  # 建/邺/文/旅
    # a common word opening the same words names no firm
    ("今年联合有关文旅投资集团推出夜游联票。", set()),
])

test_a_level_opening_a_name_is_no_place = names_test("Project", [
    # 市/中医: the level 市 and the first character after it are no place (a district's short name)
    ("市中医医院高新区新院区下月开诊。", {"市中医医院高新区新院区"}),
])

test_a_village_before_a_phase_names_no_site = names_test("Project", [
    # 福/山村: a place word of its own after the cut place, then the phase of the village's works
    ("镇建设管理所所长：福山村一期管网已完工。", set()),
])


# --- a firm named by its trade: 酒业, 乳业, 茶业, 纸业, 种业 ---------------------------------------------

test_a_trade_suffix_names_a_firm = names_test("Organization", [
    ("同时依托云岫酒业的老窖池开发研学线路。", {"云岫酒业"}),
    ("全县与青川种业有限公司签订了制种协议。", {"青川种业有限公司"}),
    # the trade alone, or after a common word, is no firm
    ("全县酒业发展迅速。", set()),
    ("推动酒业、乳业高质量发展。", set()),
    ("现代种业的发展要靠科技。", set()),
])


# --- a school that leads the work names itself ---------------------------------------------------

test_a_school_before_leading_is_named = names_test("Organization", [
    ("由城南实验学校牵头组织学生参观。", {"城南实验学校"}),
])


# --- works raising a hub's capacity name the project ----------------------------------------------

test_capacity_works_name_the_hub_project = names_test("Project", [
    ("徐家河水利枢纽扩能工程已完成初步设计。", {"徐家河水利枢纽扩能工程"}),
])


# --- kinds of firms, branches and works named by common words are none -----------------------------

test_a_kind_of_firm_is_no_firm = names_test("Organization", [
    ("物业和环卫公司互相推诿。", set()),  # 环卫 (jieba's abbreviation) and 公司
    ("今年将成立街区运营公司，统一招商。", set()),
    ("协调各家银行设立小微企业专营支行。", set()),
    # a place, a name the data know or a brand jieba does not know still opens a firm
    ("与青川城投公司签订协议。", {"青川城投公司"}),
    ("青川农商银行城南支行开业。", {"青川农商银行城南支行"}),
])

test_kinds_of_works_are_no_projects = names_test("Project", [
    ("对技改备案项目实行容缺受理。", set()),  # 技改: jieba's abbreviation opens no brand
    ("果渣综合利用项目正在做前期。", set()),
    ("茶叶初制加工中心正在做前期。", set()),
    ("酒旅专区也将在年内上线。", set()),
])


# --- a stop word jieba joined into a word of its own still ends the clause before a name -------------

test_a_stop_word_inside_a_word_ends_the_clause = names_test("Organization", [
    # 路由 (a word: a router) hides 由 before the city's firm
    ("这条货运环线路由邵阳城投集团负责建设。", {"邵阳城投集团"}),
    # with no place after it the word stays inside the name as before
    ("青川路由器集团负责建设。", {"青川路由器集团"}),
])

test_a_verb_pair_jieba_reads_as_a_name_stops_the_walk = names_test("Project", [
    ("建立健全农村公路养护工程考核机制。", set()),
    ("建立健全青川水库管护机制。", {"青川水库"}),
])


# --- works named by a district of a town or a river's banks, and two works joined ------------------

test_a_district_developed_as_a_whole_names_its_works = names_test("Project", [
    ("株洲西站片区综合开发项目今年下半年开工。", {"株洲西站片区综合开发项目"}),
    ("湘江沿岸片区有机更新项目已完成房屋征收。", {"湘江沿岸片区有机更新项目"}),
    # works of a kind with no place name none
    ("加快开发项目建设。", set()),
    ("推进旅游资源综合开发项目。", set()),
])

test_two_works_joined_name_one_project = names_test("Project", [
    ("渌水流域生态保护与综合治理工程今年安排子项目9个。", {"渌水流域生态保护与综合治理工程"}),
    ("同时推进酒埠江水库保护和修复工程。", {"酒埠江水库保护和修复工程"}),
    # a joiner before a site's name, no works word, still ends the works before it
    ("青川水库除险加固和邵阳河治理工程同步推进。", {"青川水库", "邵阳河治理工程"}),
    ("加强生态保护和修复工程建设。", set()),
])


# --- works named from one site to another, counts before a kind, a vocational centre -------------------

test_works_from_a_site_name_one_project = names_test("Project", [
    ("白鹭湖水库到城关集镇供水管网延伸工程说了两年。", {"白鹭湖水库到城关集镇供水管网延伸工程"}),
    ("白鹭湖水库至城关集镇供水管网延伸工程已经开工。", {"白鹭湖水库至城关集镇供水管网延伸工程"}),
    # a site and works with no route word between them stay two
    ("白鹭湖水库和城关集镇供水管网延伸工程同步推进。", {"白鹭湖水库", "城关集镇供水管网延伸工程"}),
])

test_a_count_before_a_kind_names_no_body = names_test("Organization", [
    ("带动片区三所薄弱学校提升办学水平。", set()),
])

test_a_vocational_centre_is_a_school = kinds_test([
    ("衡阳市蒸湘职业教育中心已与本地车企共建实训基地。",
     {"Organization": {"衡阳市蒸湘职业教育中心"}, "Project": set()}),
])


# --- a breeding centre, and a group named by its trade alone --------------------------------------

test_a_breeding_centre_names_its_works = names_test("Project", [
    ("今年建设巴彦淖尔市肉羊繁育中心，明年投入使用。", {"巴彦淖尔市肉羊繁育中心"}),
    # the kind alone names none
    ("今年建设肉羊繁育中心，明年投入使用。", set()),
])

test_a_group_named_by_its_trade_alone_is_a_kind = names_test("Organization", [
    ("我们推动乳业集团与合作社签订保底协议。", set()),
    ("我们推动青川乳业集团与合作社签订保底协议。", {"青川乳业集团"}),
])


# --- a verb of the clause between a site and its works ends the site's name --------------------------

test_a_verb_before_the_works_leaves_the_site_alone = names_test("Project", [
    ("白鹭湖水库完成除险加固，已通过蓄水验收。", {"白鹭湖水库"}),
    ("青川湿地公园开始改造。", {"青川湿地公园"}),
    # an object of the works between them stays in the name, and so does a section
    ("青川污水处理厂管网改造工程完工。", {"青川污水处理厂管网改造工程"}),
    ("312国道信阳段改线工程年底完工。", {"312国道信阳段改线工程"}),
])
