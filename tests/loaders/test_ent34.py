"""Entity rules of session 23 (helper ent23; blind sets 19-28 open for entities): a field of work
named by what is done (医养结合, 互助养老, 城乡供水一体化 …) is a topic of the report, no policy tool,
unless the text quotes it; a street named as the place where something happens (某路一带, 某路、某路等地)
names no works, nor does a count of units of a kind (800套人才公寓); a place jieba cut after its first
character opens a name (、上/栗 经济开发区); a sitting's venue line and a kind of area's schools name no
body; a firm's short word (药企) or a place right after 与 makes two names, no fields joined in one. Held by invented reports (tests/gold/genres/g34_*, gold written before the
extractor ran on them) and by sentences written for these tests."""

from __future__ import annotations

from tests.loaders.mention_helpers import genre_entities_test, names_test

test_every_entity_of_each_genre_right = genre_entities_test("g34_")


# --- a field of work named unquoted is a topic; quoted, it is the tool ------------------------------

test_a_field_of_work_is_no_tool_unless_quoted = names_test("PolicyTool", [
    # (保护性耕作, the national tillage programme, is read unquoted since session 27: tests/loaders/test_entities_s27.py)
    ("全县推进城乡供水一体化，推广保护性耕作八万亩。", {"保护性耕作"}),
    ("草原上落实禁牧休牧和草畜平衡，老旧厂房做数字化改造。", set()),
    ("区里把社区嵌入式养老和医养结合作为今年的重点。", set()),
    # quoted, the field is named as the tool the report speaks of
    ("区里把“社区嵌入式养老”写进了三年规划。", {"社区嵌入式养老"}),
    ("推行‘互助养老’，低龄老人照看高龄老人。", {"互助养老"}),
    # a tool of the same reports that is no field of work stays read unquoted
    ("今年统筹专项债资金建设养老设施。", {"专项债"}),
])

test_works_named_by_a_field_are_no_projects = names_test("Project", [
    # the field's word, tagged as a dictionary form, vouched for a proper name while it was a tool
    ("区里正在推进医养结合服务中心试点。", set()),
    ("企业智能化改造项目今年完成了三十个。", set()),
    # a place before the same words still names the site
    ("青川区医养结合服务中心已投入使用。", {"青川区医养结合服务中心"}),
])

test_a_way_of_being_made_over_names_no_works = names_test("Project", [
    ("有的。对智能化改造项目，区里按投入给补助。", set()),  # 智能化: jieba's nr, no brand
])

test_a_site_named_by_a_field_without_a_place_is_none = names_test("Project", [
    ("二是申报地理标志产品保护示范区，把牌子打出去。", set()),
])


# --- a street named as the place where something happens is no works ---------------------------------

test_a_street_named_as_a_place_is_no_project = names_test("Project", [
    ("清早槐荫路一带摊点占道，行人只能走车道。", set()),
    ("将在临川路、枫桥路等地设置便民疏导点。", set()),
    ("城北的枫桥路附近新开了两家超市。", set()),
    # its works or their head after it name the project
    ("翠屏大道提升改造工程年底完工。", {"翠屏大道提升改造工程"}),
])


# --- a count of units of a kind is no site -------------------------------------------------------------

test_a_count_of_units_is_no_project = names_test("Project", [
    ("今年还有600套人才公寓交付使用。", set()),
    ("区里说有300间人才公寓空着。", set()),
])


# --- a place whose first character jieba cut off as a word of its own opens the name ------------------

test_a_place_cut_after_its_first_character_opens_the_name = names_test("Project", [
    ("南充高新区、顺庆经济开发区新建标准厂房。", {"南充高新区", "顺庆经济开发区"}),
    ("今年，上栗经济开发区招来了三家企业。", {"上栗经济开发区"}),
])


# --- a venue line and the schools of a kind of area name no body --------------------------------------

test_a_venue_and_a_kind_of_school_are_no_organisations = names_test("Organization", [
    ("地点：青川广播电视台演播厅", set()),
    ("代表关心山区学校的老师留不住的问题。", set()),
    ("偏远学校的校车问题也要解决。", set()),
    # a broadcaster named in the report's own sentences is still read
    ("青川广播电视台全程直播了这次询问。", {"青川广播电视台"}),
])


# --- a party and a college joined by 与 are two names ---------------------------------------------------

test_a_party_joined_to_a_college_is_no_part_of_it = names_test("Organization", [
    ("将支持骨干药企与宣城中医药学院共建研发中心。", {"宣城中医药学院"}),  # a place after 与
    ("鼓励本地车企与华岳工程学院开展合作。", {"华岳工程学院"}),  # 车企: a party, no field of the name
    # two fields joined by 与 still name one institution
    ("青川大学材料科学与工程学院今年扩招。", {"青川大学材料科学与工程学院"}),
])
