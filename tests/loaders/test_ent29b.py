"""Entity rules of session 29b (helper ent21b, session 21 of the night; blind set 26 open for entities):
works named without quotes by a place jieba cuts into pieces, and plant kinds missing from the
suffix data. Held by invented reports (tests/gold/genres/g29b_*, gold written before the extractor
ran on them) and by sentences written for these tests."""

from __future__ import annotations

from tests.loaders.mention_helpers import genre_entities_test, kinds_test, names_test

test_every_entity_of_each_genre_right = genre_entities_test("g29b_")


# --- a name jieba cut into pieces still vouches for the works it opens -------------------------------

test_a_river_cut_into_characters_opens_works = names_test("Project", [
    ("蒲集河综合整治工程今年完工。", {"蒲集河综合整治工程"}),
    ("苇集河综合整治工程已完成主体。", {"苇集河综合整治工程"}),
    # a common word before the river word names no river: no works read
    ("全县综合整治工程今年完工。", set()),
])

test_a_town_split_from_its_zhen_opens_a_site = names_test("Project", [
    ("今年依托白马镇蔬菜产业示范基地带动农户增收。", {"白马镇蔬菜产业示范基地"}),
    # the town's 镇 alone after a common word names no site
    ("各乡镇蔬菜产业示范基地建设进展顺利。", set()),
])



# --- a heating plant named by its place or its number ---------------------------------------------

test_a_heating_plant_named_by_its_place = names_test("Project", [
    ("今年鹤岗市第二热源厂新增两台锅炉。", {"鹤岗市第二热源厂"}),
    # the kind alone, or a power firm's plant, names no works
    ("新建热源厂一座。", set()),
    ("全市热电厂运行平稳。", set()),
])


# --- a kind of subsidised housing after a name of its own is an estate's kind, no tool -------------

test_a_named_estate_of_a_housing_kind_is_works = names_test("Project", [
    ("锦桐苑人才公寓主体已经完工。", {"锦桐苑人才公寓"}),
    ("柳湾新城公租房项目年底竣工。", {"柳湾新城公租房项目"}),
    # the kind alone, or after a level, names no estate
    ("全市人才公寓建设加快。", set()),
    ("市本级公租房项目年底竣工。", set()),
])

test_the_housing_kind_alone_stays_a_tool = names_test("PolicyTool", [
    ("全市人才公寓建设加快。", {"人才公寓"}),
    ("锦桐苑人才公寓主体已经完工。", set()),
])


# --- works for a chain in a zone: the zone and the chain are each named ------------------------------

test_a_zone_before_a_chain_is_named_alone = kinds_test([
    ("对青川经开区光伏产业链配套项目等重点项目逐个明确责任人。",
     {"Project": {"青川经开区"}, "IndustryChain": {"光伏产业链"}}),
    ("推进青川高新区电子信息产业链建设。", {"Project": {"青川高新区"}, "IndustryChain": {"电子信息产业链"}}),
    # works with no chain in them stay one listed project
    ("对青川经开区污水处理厂扩建项目等重点项目逐个明确责任人。",
     {"Project": {"青川经开区污水处理厂扩建项目"}, "IndustryChain": set()}),
])


# --- a plant a city numbers among its kind: the ordinal is its name ---------------------------------

test_a_numbered_plant_names_its_works = names_test("Project", [
    ("第一热源厂替代项目已完成可研。", {"第一热源厂替代项目"}),
    ("后续准备在第二热源厂替代项目上引入社会资本。", {"第二热源厂替代项目"}),
    ("第四水厂扩建工程年底通水。", {"第四水厂扩建工程"}),
    # a count of plants, or an ordinal before no plant's kind, names none
    ("新建两个污水处理厂扩建工程。", set()),
    ("第二批示范基地建设项目已经启动。", set()),
])


# --- a trade's capital (one thing's name and 都) opening a centre's name ----------------------------

test_a_trade_capital_opens_a_centre = names_test("Project", [
    ("下一步将依托中国伞都设计中心，为中小企业提供打样服务。", {"中国伞都设计中心"}),
    ("依托中国袜都检测中心开展检测。", {"中国袜都检测中心"}),
    # 都 after a word of two characters, or before a verb, is the adverb
    ("企业都检测合格。", set()),
    ("产品都检测中心", set()),
])
