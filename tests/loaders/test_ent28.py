"""Entity rules of session 28 (helper ent, session 21 of the night; blind set 25 open): no entity opens
with the verb of the clause it stands in, nor with its subject. Held by invented reports
(tests/gold/genres/g28e_*, gold written before the extractor ran on them) and by sentences written for
these tests."""

from __future__ import annotations

from loaders.gazetteer import get_gazetteer
from loaders.mentions.suffix import local_towns
from tests.loaders.mention_helpers import genre_entities_test, kinds_test, names_test

#: names no rule reads yet and names read that the gold does not hold, per genre text
KNOWN_MISSES: dict[str, dict[str, set[str]]] = {
    # a numeral jieba cuts off a name it does not know (三/垟, 七/都 of a place), at main too
    "g28e_verbs_before_sites": {"Project": {"三垟湿地公园", "七都物流园二期"}},
}
KNOWN_FALSE = {
    "g28e_verbs_before_sites": {"Project": {"垟湿地公园"}},
}


test_every_entity_of_each_genre_right = genre_entities_test("g28e_", KNOWN_MISSES, KNOWN_FALSE)


# --- a seat or a post, then its verb: the clause's subject and verb are no part of a name -------------

test_a_seat_and_its_verb_open_no_name = kinds_test([
    ("会前组织部分委员赴青川大学实地调研。", {"Organization": {"青川大学"}, "Project": set()}),
    ("代表走访瓯海智造产业园时反映了停车问题。", {"Project": {"瓯海智造产业园"}, "Organization": set()}),
    ("副局长考察青川数字产业园后提出三条意见。", {"Project": {"青川数字产业园"}, "Organization": set()}),
])

test_a_seat_before_a_name_word_stays_in_the_name = kinds_test([
    # no verb after the seat: the name holds it (a facility named after members)
    ("青川市人大代表联络站已覆盖全部乡镇。", {"Project": set(), "Organization": set()}),
    # a trade word jieba calls a verb after a place and a noun is still a word of the name
    ("青川绿色食品加工产业园今年新入驻企业5家。", {"Project": {"青川绿色食品加工产业园"}, "Organization": set()}),
])


# --- a verb of doing a thing well (做好, 管好): never a word of a name ------------------------------

test_a_verb_of_doing_well_ends_the_name = kinds_test([
    ("今后将协助市城管局做好公园日常养护。", {"Project": set(), "Organization": set()}),
    ("区农业农村局管好青川现代农业产业园的运营。", {"Project": {"青川现代农业产业园"}, "Organization": set()}),
])


# --- a word of going to or through a place: the name starts after it ----------------------------------

test_a_word_of_going_opens_no_name = kinds_test([
    ("对首次经青川港中转的外贸企业给予运费补贴。", {"Project": {"青川港"}, "Organization": set()}),
    ("今年将组织企业赴瓯海智造产业园对接。", {"Project": {"瓯海智造产业园"}, "Organization": set()}),
])

test_a_word_of_the_name_after_jing_stays = kinds_test([
    # 经 before a verb or a numeral is the name's own (经开区, 经十路)
    ("南宁经开区今年新签约项目12个。", {"Project": {"南宁经开区"}, "Organization": set()}),
])


# --- a body joined by 与 to a college is no field of the college's name ------------------------------

test_a_body_joined_to_a_college_is_no_part_of_it = kinds_test([
    ("将会同人社部门与青川农业大学开展订单式培训。", {"Organization": {"青川农业大学"}, "Project": set()}),
    ("由市科技局与青川农业大学共建。", {"Organization": {"青川农业大学"}, "Project": set()}),
    # two fields joined by 与 still name one institute or school
    ("青川大学食品科学与工程学院今年扩招。", {"Organization": {"青川大学食品科学与工程学院"}, "Project": set()}),
])


# --- a hospital or a school affiliated to a university is a body -------------------------------------

test_an_affiliated_hospital_is_a_body = kinds_test([
    ("并与青川医科大学附属仁和医院结成对口帮扶关系。", {"Organization": {"青川医科大学附属仁和医院"}, "Project": set()}),
    ("青川师范大学附属中学扩大招生。", {"Organization": {"青川师范大学附属中学"}, "Project": set()}),
])


# --- a building of a hospital or a school named by it is works on it, a project -----------------------

test_a_building_named_by_its_institution = kinds_test([
    ("青川县中医院门诊综合楼建成后，将承担推广任务。", {"Project": {"青川县中医院门诊综合楼"}, "Organization": set()}),
    ("青川县人民医院住院楼改造工程明年开工。", {"Project": {"青川县人民医院住院楼改造工程"}, "Organization": set()}),
    # the institution alone, or a count of its patients, stays the body
    ("青川县人民医院门诊量增长两成。", {"Project": set(), "Organization": {"青川县人民医院"}}),
])


# --- a quote opening with a negation or a modal is a clause said -------------------------------------

test_a_quoted_clause_with_its_negation_names_no_tool = names_test("PolicyTool", [
    ("要把古镇保护和商户增收统筹起来，“不会搞一刀切”。", set()),
    ("做到“决不让一户掉队”。", set()),
    # a bare 不 opens names of tools
    ("全面推行“不见面审批”改革。", {"不见面审批"}),
    ("推行“不来即享”服务。", {"不来即享"}),
])


# --- the provinces' government service apps are projects by name, quoted or not ----------------------

test_a_province_app_named_plain = names_test("Project", [
    ("涉企高频事项已全部接入渝快办，年内推行免申即享。", {"渝快办"}),
    ("分红方案在村务公开栏和浙里办上同步公示。", {"浙里办"}),
    ("分红方案在“浙里办”上同步公示。", {"浙里办"}),
    # a two-character app only quoted (京通 opens a road's name: the road's works, no app)
    ("京通快速路拓宽工程明年完工。", {"京通快速路拓宽工程"}),
    ("市民可在“京通”上预约。", {"京通"}),
])


# --- a quoted app, what it serves, then its head -------------------------------------------------------

test_a_quoted_app_before_a_described_head = names_test("Project", [
    ("下一步将把政策申报搬到“青川通”掌上平台。", {"青川通"}),
    ("今年还上线了“川陕通”跨境贸易服务平台，报关时间缩短一半。", {"川陕通"}),
    # a tool's name before the platform that runs it stays a tool (its ending), a slogan too
    ("我们推出了“园区贷”服务平台。", set()),
    ("建立“一企一策”服务平台。", set()),
])


# --- a town's name ending in 市, named after its county ----------------------------------------------

def test_a_town_name_ending_in_shi_after_its_county():
    gz = get_gazetteer()
    assert local_towns(gz, "松阳县古市镇人大召开会议。") == {"古市"}
    # no county before it: a name ending in 市 is no town's (a city and its towns, 各市镇)
    assert local_towns(gz, "古市镇人大召开会议，各市镇代表参加。") == set()


test_a_town_ending_in_shi_opens_its_sites = names_test("Project", [
    ("松阳县古市镇人大召开会议。古市老街保护利用工程已经推进了两年。", {"古市老街保护利用工程"}),
    ("古市老街保护利用工程已经推进了两年。", set()),
])


# --- a town named with its kind opens a site ---------------------------------------------------------

test_a_town_named_with_its_kind_opens_a_site = names_test("Project", [
    # jieba joins the kind to the name's last character (西/城镇)
    ("尤溪县西城镇人大召开会议。西城镇集镇污水处理厂扩容改造工程纳入了县级重点。", {"西城镇集镇污水处理厂扩容改造工程"}),
    ("尤溪县西城镇人大召开会议。西城镇污水处理厂年内完工。", {"西城镇污水处理厂"}),
    # no town of that name in the report: none, as before
    ("西城镇污水处理厂年内完工。", set()),
])


# --- a form the data write with half-width brackets matches full-width ones ---------------------------

test_a_bracketed_form_in_full_width = names_test("PolicyTool", [
    ("下一步还将对首台（套）装备给予奖励。", {"首台套"}),
    ("下一步还将对首台(套)装备给予奖励。", {"首台套"}),
])


# --- a quoted numbered slogan ending in 化 that the text calls a reform --------------------------------

test_a_numbered_slogan_ending_in_hua_called_a_reform = names_test("PolicyTool", [
    ("全市正在深化“一证四化”审批制度改革。", {"一证四化"}),
    # a manner of the work (…化) stays none, with or without a programme word after it
    ("实行“连锁化”托管。", set()),
    ("推行“连锁化”经营模式。", set()),
])


# --- a free trade zone's piece in one place ------------------------------------------------------------

test_a_zone_piece_in_one_place = names_test("Project", [
    ("我们将依托中国（浙江）自由贸易试验区温州片区，吸引外贸企业落户。", {"中国自由贸易试验区温州片区"}),
    # no place before 片区: the zone alone, as before
    ("中国（浙江）自由贸易试验区挂牌三年。", {"中国自由贸易试验区"}),
])


def test_a_zone_piece_keeps_its_written_form():
    from tests.loaders.mention_helpers import run
    ms = [m for m in run("依托中国（浙江）自由贸易试验区温州片区建设。") if m.type == "Project"]
    assert [m.text for m in ms] == ["中国（浙江）自由贸易试验区温州片区"]


test_a_national_carmaker_named_bare = names_test("Organization", [
    ("据他介绍，长安汽车同7家本地企业签了配套协议。", {"长安汽车"}),
])


# --- a verb's complement jieba cuts off is no word of a name ------------------------------------------

test_a_verb_complement_opens_no_name = names_test("Project", [
    # jieba tags 串联 a place word; 起 completes it
    ("绿道将串联起青川古城景区。", {"青川古城景区"}),
    ("绿道将串联起东湖湿地公园和老城区。", {"东湖湿地公园"}),
    # a name's own 起 opens a word (起步区)
    ("青川县起步区道路工程年内完工。", {"青川县起步区道路工程"}),
])


# --- a railway's spur line is the section of the railway's site -------------------------------------

test_a_railway_spur_line = names_test("Project", [
    ("今年将加快推进青川港龙游作业区铁路专用线建设。", {"青川港龙游作业区铁路专用线"}),
])


# --- what works secure, before their head -------------------------------------------------------------

test_works_securing_before_their_head = names_test("Project", [
    ("县水利局负责人表示，青川县农村供水保障工程已完成管网铺设。", {"青川县农村供水保障工程"}),
    # a clause's verb before a site stays outside it
    ("要保障青川产业园建设用地。", {"青川产业园"}),
    ("全市正在实施农村供水保障工程。", set()),
])


# --- a phase between the works and their head ---------------------------------------------------------

test_a_phase_between_works_and_head = names_test("Project", [
    ("青川县城东污水处理厂建设三期项目年内开工。", {"青川县城东污水处理厂建设三期项目"}),
])


# --- quotes before a word of goods or routes on sale name products ---------------------------------

test_quoted_products_name_no_tool = names_test("PolicyTool", [
    ("推出“茶园+民宿”“茶园+研学”两类产品。", set()),
    ("推出“红色研学+酒厂体验”精品线路。", set()),
    # a product with a name of its own, no things joined by +, is left to the other rules (a loan's: a tool)
    ("推出“科创贷”产品。", {"科创贷"}),
    ("推出“钛企贷”产品。", {"钛企贷"}),
    # no product word after it: a way of working, as before
    ("实行“公司+合作社+农户”模式。", {"公司+合作社+农户"}),
])


# --- an amount before a trade inside a site's name -------------------------------------------------

test_an_amount_before_a_trade_in_a_site_name = names_test("Project", [
    ("同时加快青川石英砂百亿元产业示范区的道路配套。", {"青川石英砂百亿元产业示范区"}),
    # opening the name, the amount is stripped and the kind names none
    ("打造千亿元产业集群。", set()),
    ("建设百亿元产业园区。", set()),
])


# --- a quoted code of digits alone before a chain word ----------------------------------------------

test_a_quoted_digit_code_names_chains = names_test("IndustryChain", [
    ("县里围绕“25417”现代制造业集群体系引进零部件配套企业。", {"25417"}),
    ("二是健全“3579”现代产业体系招商服务。", {"3579"}),
    # unquoted, a number before a chain word is a count or a year
    ("全市4567家企业融入产业链。", set()),
])


# --- a line named by its ends that opens at an expressway --------------------------------------------

test_a_line_opening_at_an_expressway = names_test("Project", [
    # jieba's adverb 高速 ended the walk: the line opened at 大 (a false name and a miss)
    ("今年争取专项债，鹤大高速至镜泊湖旅游公路已列入项目储备。", {"鹤大高速至镜泊湖旅游公路"}),
    # settlements at both ends, as before
    ("完成松多至石桥公路改造。", {"松多至石桥公路"}),
])
