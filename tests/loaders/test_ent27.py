"""Entity rules of session 27 (helper ent): a town the report names in full (某县某镇, 某镇人大) opens
sites by its short name elsewhere in the report, though jieba splits it or reads it as a verb. Held by
invented reports (tests/gold/genres/g27e_*, gold written before the extractor ran on them) and by
sentences written for these tests."""

from __future__ import annotations

from loaders.gazetteer import get_gazetteer
from loaders.mentions.suffix import local_towns
from tests.loaders.mention_helpers import assert_genre_totals, genre_entities_test, kinds_test, names_test


#: names no rule reads yet and names read that the gold does not hold, per genre text
KNOWN_MISSES: dict[str, dict[str, set[str]]] = {}
KNOWN_FALSE = {
    # a service window and late opening hours read as the national tools they are aliases of (一窗受理,
    # 延时错时服务), at main too: channels named by what they are, unmarked (tests/gold/README.md)
    "g27e_lines_halls_and_parks": {"PolicyTool": {"一窗受理", "延时错时服务"}},
}


test_every_entity_of_each_genre_right = genre_entities_test("g27e_", KNOWN_MISSES, KNOWN_FALSE)


def test_towns_named_in_full_give_their_short_names():
    gz = get_gazetteer()
    text = ("青川县保和镇人大主席团召开会议，邀请镇政府负责人到会。邻近的樟下镇人大代表列席。"
            "石泉县凤栖畲族乡人大主席团也派员旁听，请问镇政府、由镇党委牵头的事项如何落实？")
    assert local_towns(gz, text) == {"保和", "樟下", "凤栖"}


def test_kinds_and_verbs_before_a_town_word_name_no_town():
    gz = get_gazetteer()
    # 请问/镇政府, 由/镇党委, 增加/乡政府: a verb or a word of the clause before any town's body
    assert local_towns(gz, "请问镇政府今年有何安排？其余问题由镇党委会后答复，将增加乡政府网站公开渠道。") == set()
    # a town's body with no county before it and no name opening the clause
    assert local_towns(gz, "全镇人大代表都到了，各乡镇人大主席团也派员参加。") == set()


test_a_town_named_in_full_opens_its_sites = names_test("Project", [
    # jieba splits the town's name (樟/下) and the walk stopped inside it
    ("青川县樟下镇人大召开会议。樟下五金小微园一期已完成主体结构。", {"樟下五金小微园"}),
    # jieba reads the town's name as a verb (保和) and the walk stopped at it
    ("青川县保和镇人大召开会议。我们将把保和高山有机茶园纳入示范园区。", {"保和高山有机茶园"}),
    ("青川县保和镇人大召开会议。镇里正在保和农产品加工园建设冷库。", {"保和农产品加工园"}),
])

test_a_town_the_report_does_not_name_opens_nothing = names_test("Project", [
    # no town 樟下 named in full: the walk's name as before (a trade word and the park)
    ("樟下五金小微园一期已完成主体结构。", {"五金小微园"}),
    ("我们将把保和高山有机茶园纳入示范园区。", set()),
])


# --- an irrigation district or a reservoir named by a word jieba does not know --------------------

test_a_named_site_opened_by_an_unknown_word = names_test("Project", [
    # a word and a single character (鹰嘴/岩), a word and a single character (羊角/子)
    ("今年鹰嘴岩灌区续建配套与节水改造项目已全面开工。", {"鹰嘴岩灌区续建配套与节水改造项目"}),
    ("羊角子水库除险加固工程汛前完成主体。", {"羊角子水库除险加固工程"}),
    # a river's two characters jieba split before the district (犁/河, 沔/河)
    ("我们正在实施沔河灌区续建配套与节水改造项目。", {"沔河灌区续建配套与节水改造项目"}),
])

test_kinds_and_sizes_of_sites_name_none = names_test("Project", [
    ("全市大中型灌区都已纳入改造计划。", set()),
    ("重点灌区和山区小水库实行专人管护，中型灌区续建配套与节水改造项目明年再安排一批。", set()),
    # rural drinking water works named by their kind (人/饮: a common word jieba split)
    ("今年新建人饮工程3处，解决了两个村的饮水困难。", set()),
])


# --- a school being built is a project --------------------------------------------------------

test_a_school_being_built = kinds_test([
    # a build word before the school; the name may open with a zone's short name the walk strips
    ("城东学位紧张，新建的高新区实验小学什么时候能招生？", {"Project": {"高新区实验小学"}, "Organization": set()}),
    ("在建的丽水市第九中学年底主体完工。", {"Project": {"丽水市第九中学"}, "Organization": set()}),
    # the clause goes on to the school's completion, a list's count between
    ("丽水市第十二小学等4所学校明年秋季投入使用。", {"Project": {"丽水市第十二小学"}, "Organization": set()}),
])

test_a_school_that_is_a_body_stays_one = kinds_test([
    # works on one of its buildings: the school a body
    ("丽水市第二中学新建的教学楼也已投入使用。", {"Project": set(), "Organization": {"丽水市第二中学"}}),
    ("我们以丽水市实验小学为龙头组建3个教育集团。", {"Project": set(), "Organization": {"丽水市实验小学"}}),
    # a completion word in another clause
    ("丽水市第一中学选派骨干教师支教，新校舍年底竣工。", {"Project": set(), "Organization": {"丽水市第一中学"}}),
    # a build word before a name opened by no place or zone
    ("新建的实验小学什么时候能招生？", {"Project": set(), "Organization": set()}),
])


# --- a line to a county by its fast road, a hall of public services, a science park ---------------

test_lines_halls_and_parks = names_test("Project", [
    ("龙泉至庆元快速通道已纳入全市交通重点项目。", {"龙泉至庆元快速通道"}),
    ("今年我们在缙云市民之家增设服务专区。", {"缙云市民之家"}),
    # a science park jieba cuts into characters: a strong suffix, one content word before it
    ("市里还在云溪科创园建设中试熟化平台。", {"云溪科创园"}),
])

test_kinds_of_lines_halls_and_parks_name_none = names_test("Project", [
    ("城区至景区快速通道还在做前期研究。", set()),
    ("各地市民之家都实行了延时服务。", set()),
    ("建设一批科创园的计划正在编制。", set()),
])


# --- a national institute is a body -----------------------------------------------------------

test_a_national_institute_is_a_body = kinds_test([
    ("今年我们在中国竹藤工程研究院、浙江农林大学等单位试点。",
     {"Project": set(), "Organization": {"中国竹藤工程研究院", "浙江农林大学"}}),
    # a city's institute stays a site, as the guideline names it
    ("丽水生态产业研究院已完成中试项目11个。", {"Project": {"丽水生态产业研究院"}, "Organization": set()}),
])


# --- a valley of data named by a common word ---------------------------------------------------

test_a_valley_of_data_named_by_a_common_word = names_test("Project", [
    ("樱桃国际大数据谷将开放80个应用场景。", {"樱桃国际大数据谷"}),
    ("樱桃数据谷周边两个片区已经作为试点。", {"樱桃数据谷"}),
    ("建设一个数据谷不是一朝一夕的事，要打造数据谷，建好大数据谷。", set()),
])


test_the_voucher_for_computing_power = names_test("PolicyTool", [
    ("今年市里将发放算力券500万元。", {"算力券"}),
    ("对租用算力的企业发放算力补贴券。", {"算力券"}),
])


# --- a scenic area named by a word jieba cuts into an adjective and a noun -----------------------

test_a_scenic_area_named_by_an_unknown_word = names_test("Project", [
    ("今年将与红石崖景区同步提升周边道路。", {"红石崖景区"}),
    ("绿石滩景区新建停车场两处。", {"绿石滩景区"}),
])

test_kinds_and_sizes_of_scenic_areas_name_none = names_test("Project", [
    ("全市各大景区都开通了旅游专线，热门景区实行分时预约。", set()),
    ("大景区带小景区，老景区焕新。", set()),
])


# --- a road numbered on a town's grid or named by a date, with its works or a site on it ----------

test_works_and_sites_on_numbered_roads = names_test("Project", [
    ("纬五路雨污管网改造工程已进场施工。", {"纬五路雨污管网改造工程"}),
    ("我们在经三路改造工程中同步铺设管线。", {"经三路改造工程"}),
    ("一段短片记录了八一路夜市油烟扑面的场景。", {"八一路夜市"}),
])

test_a_numbered_road_alone_names_none = names_test("Project", [
    # the road alone is the place of a complaint; 一路 of a manner, 五一/路过
    ("纬五路雨季积水严重，排水改造什么时候完工？", set()),
    ("队员沿路一路巡查一路整改。五一路过往车辆多。", set()),
])


test_a_battery_maker_named_in_a_list = names_test("Organization", [
    # a national battery maker with no firm suffix, named beside a carmaker (organizations.tsv)
    ("园区配套企业同理想汽车、中创新航洽谈供货。", {"理想汽车", "中创新航"}),
])


# --- a way of serving before the platform that carries it out ------------------------------------

test_a_way_of_serving_before_its_platform = names_test("PolicyTool", [
    ("下一步将依托一网通办平台，把两项许可合并办理。", {"一网通办"}),
    # a facility or an office named after a tool stays no mention of it (session 12)
    ("在全域旅游预约平台上线专区，设立一网通办服务中心。", set()),
])


# --- an old town whose name opens with a position character --------------------------------------

test_an_old_town_named_from_a_position_character = names_test("Project", [
    ("委员：上坊古镇开街已经三年。", {"上坊古镇"}),
    ("今年我们启动了上坊古镇夜游提升项目，推出实景演出。", {"上坊古镇夜游提升项目"}),
    # the part opening on the name
    ("上坊古镇开街已经三年。", {"上坊古镇"}),
])

test_a_position_word_inside_a_clause_opens_no_old_town = names_test("Project", [
    ("游客到古镇上坊间走走。", set()),
    ("镇上古镇不少。", set()),
])


# --- a national cultural park and its stretch in one place -----------------------------------------

test_a_national_cultural_park_and_its_stretch = names_test("Project", [
    ("今年我们启动了长城国家文化公园秦皇岛段建设。", {"长城国家文化公园秦皇岛段"}),
    ("推进长征国家文化公园建设。", {"长征国家文化公园"}),
    ("国家文化公园建设是一项系统工程。", set()),
])
