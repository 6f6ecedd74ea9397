"""Entity kinds the blind set 11a (/work/real/blind11, odd files, outside the repo) showed the
loaders getting wrong, held by invented reports (tests/gold/genres/g11e_*, gold written before
the extractor ran on them) and by sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.mention_helpers import genre_totals as _totals, names, run


def test_the_congress_formats_and_facilities_named_by_kind_are_no_tools():
    # first run: 1 right, 19 false (回头看, 代表·局长面对面, 人才公寓, 公益性岗位, 产业引导基金 …);
    # session 12 made the five fiscal and talent instruments of the text tools again (issue 9);
    # session 16 left 互助养老 out (named only by its 互助养老点, a facility of that kind); session 26 made
    # 高标准农田(建设) a tool (the blind writers of sets 31 to 36 marked it in 4 of the 6 texts naming it)
    t = _totals("g11e_descriptive_programmes")["PolicyTool"]
    assert (t.tp, t.fp, t.fn) == (8, 0, 0), (t.misses, t.false_positives)


@pytest.mark.parametrize("text", [
    "会议要求年底前由代表开展“回头看”，并建立“问题清单”和“履职清单”。",
    "区人大常委会组织代表·局长面对面活动，实行“回头看”“再询问”。",
    "由市人大常委会组织的“人大代表问政·城市停车”直播活动在电视台举行。",
    "今年开发公益性岗位1200个，推行掌上办。",
])
def test_no_tool_in(text):
    assert names(run(text), "PolicyTool") == set()


@pytest.mark.parametrize("text, want", [
    ("高校毕业生可以申请人才公寓和购房补贴，开发公益性岗位1200个。", {"人才公寓", "购房补贴"}),
    ("对经营户给予贷款贴息，产业引导基金也向乡村旅游倾斜。", {"贷款贴息", "产业引导基金"}),
    ("给新引进的博士发放人才安家补贴，衔接资金优先保障。", {"安家补贴", "乡村振兴衔接资金"}),
])
def test_fiscal_and_talent_instruments_are_tools(text, want):
    # issue 9: policy_tools.tsv grows with "common fiscal and talent instruments" (session 12)
    assert names(run(text), "PolicyTool") == want


def test_old_estate_renewal_stays_a_tool_and_farmland_works_are_none():
    # 老旧小区改造: the one reader of real reports who met it marked it; 高标准农田 is a programme since
    # session 26 (blind writers of sets 31 to 36: 4 of 6 texts), 雨污分流 stays works
    assert names(run("推进老旧小区改造和高标准农田建设。"), "PolicyTool") == {"老旧小区改造", "高标准农田建设"}
    assert names(run("推进雨污分流改造。"), "PolicyTool") == set()


def test_a_quoted_list_of_measures_told_as_clauses_is_no_tool():
    # first run: 2 false (each list whole); the slogans in pairs of short steps stay tools
    t = _totals("g11e_measure_clauses")["PolicyTool"]
    assert (t.tp, t.fp, t.fn) == (3, 0, 0), (t.misses, t.false_positives)


@pytest.mark.parametrize("text, want", [
    ("实行“禁止新增化肥使用、推广有机肥替代”等措施。", set()),
    ("乡镇采取“加强夜间巡查、严格追责问效”等举措。", set()),
    ("推行“一窗受理、集成服务”。", {"一窗受理、集成服务"}),
    ("推行“政府补一点、村集体筹一点、老人出一点”的模式。", {"政府补一点、村集体筹一点、老人出一点"}),
])
def test_quoted_lists(text, want):
    assert names(run(text), "PolicyTool") == want


def test_a_speakers_verb_ends_a_site_name():
    # first run: 洋河新区 false (the works after it missed), 怀来新区 missed (jieba's 怀来 is a verb:
    # still missed)
    t = _totals("g11e_asked_about_sites")["Project"]
    assert (t.tp, t.fp, t.fn) == (3, 0, 1), (t.misses, t.false_positives)


@pytest.mark.parametrize("text, want", [
    ("区人大常委会委员王建军询问滨河新区综合管廊项目为何迟迟未能贯通。", {"滨河新区综合管廊项目"}),
    ("区人大代表马志成问及用地情况，称张掖高铁物流园二期用地手续办了近半年。", {"张掖高铁物流园"}),
    ("代表陈友明关心白沙工业园入园企业的用电。", {"白沙工业园"}),
    ("下一步将会同科技城新区管委会在园区设立专窗。", set()),
    # (a stage after the works head names the works; the mention keeps 二期: session 36)
    ("推进甘河工业园区餐厨垃圾资源化利用项目二期建设。", {"甘河工业园区餐厨垃圾资源化利用项目"}),
    ("利用琅琊台景区客流发展渔家乐。", {"琅琊台景区"}),
    ("建设柳林镇万亩高标准农田示范区。", {"柳林镇万亩高标准农田示范区"}),
    ("全县新建万亩示范区3个。", set()),
])
def test_site_names_around_speakers_verbs(text, want):
    assert names(run(text), "Project") == want


def test_scenic_and_protected_areas_named_by_a_place():
    # first run: 1 right, 7 missed; 片区 and 院区 stay no suffixes (see entity_patterns.yaml)
    t = _totals("g11e_scenic_and_part_sites")["Project"]
    assert (t.tp, t.fp, t.fn) == (5, 0, 3), (t.misses, t.false_positives)


@pytest.mark.parametrize("text, want", [
    ("齐云山景区的游客在减少。", {"齐云山景区"}),
    ("清凉峰国家级自然保护区周边不得新建民宿。", {"清凉峰国家级自然保护区"}),
    ("全市新增4A级景区两家，国家级自然保护区一处。", set()),
    ("城东片区的老厂房也将腾退改造。", set()),
])
def test_scenic_sites(text, want):
    assert names(run(text), "Project") == want


def test_deputies_schools_clinics_banks_and_an_institute_its_head_speaks_for():
    # written after the rules (gold first, then run): 6 right, 1 false (农业科学研究院 without the
    # 市 its clause opens with), 3 missed (临桂农商行, 平乐中学: the report's own counties by their
    # short names; 市农业科学研究院)
    t = _totals("g11e_deputy_posts_and_bodies")["Organization"]
    assert (t.tp, t.fp, t.fn) == (9, 0, 0), (t.misses, t.false_positives)


@pytest.mark.parametrize("text, want", [
    ("常委会委员、哈尔滨工业大学教授邢晓东关注冰雪装备产业。", {"哈尔滨工业大学"}),
    ("镇人大代表、新河中学教师许晓红关注教育投入。", {"新河中学"}),
    ("市人大代表、霍山县下符桥镇卫生院院长龚玉芬就此发问。", {"霍山县下符桥镇卫生院"}),
    ("我们联合工商银行宜昌分行、宜昌农商行推出贷款。", {"工商银行宜昌分行", "宜昌农商行"}),
    ("推行培养模式，由安踏体育用品有限公司、恒安集团等企业提供实训岗位。", {"安踏体育用品有限公司", "恒安集团"}),
    ("，帮助部分科技有限公司渡过难关。", set()),
    ("市南繁科学技术研究院院长、市农业农村局副局长陈光辉回应。", {"市南繁科学技术研究院"}),
    ("全县乡镇卫生院都已建成，各地农商行要加大投放。", set()),
])
def test_bodies_named_in_speakers_phrases_and_answers(text, want):
    assert names(run(text), "Organization") == want


def test_works_named_after_a_site_and_markets_named_cheng():
    # written after the rules (gold first, then run): 6 right, 1 false (域铁路S3号线: the walk
    # dropped 市 of jieba's 市/域), 1 missed; now all right
    t = _totals("g11e_works_after_sites")["Project"]
    assert (t.tp, t.fp, t.fn) == (7, 0, 0), (t.misses, t.false_positives)


@pytest.mark.parametrize("text, want", [
    ("现在我们调整了思路，广丰老城区有机更新项目整体采用总承包。", {"广丰老城区有机更新项目"}),
    ("推动董家口港区液化天然气项目等与本地配套企业对接。", {"董家口港区液化天然气项目"}),
    ("并加快建设大庆高新区人才创新港。", {"大庆高新区人才创新港"}),
    ("地铁3号线延时运营至23点。", {"地铁3号线"}),
    ("同时在晋江国际鞋纺城建设数字化展示中心。", {"晋江国际鞋纺城"}),
    ("回到晋江城区，在县城买房，进城务工，推进城市更新。", set()),
])
def test_works_and_markets(text, want):
    assert names(run(text), "Project") == want


def test_institutes_and_labs_named_by_two_fields_joined_by_yu():
    # first run (gold first): both institutes right; the lab whose first field ends in 开发 (a stop
    # word) missed, its second half and the zone false; 政府与社会资本合作 missed (the data's alias
    # was 政府和…): now a tool
    totals = _totals("g11e_joined_fields")
    assert tuple((totals[k].tp, totals[k].fp, totals[k].fn) for k in ("Organization", "Project", "PolicyTool")) \
        == ((2, 0, 0), (0, 2, 1), (1, 0, 0))


@pytest.mark.parametrize("text, typ, want", [
    ("同时联合中国科学院长春光学精密机械与物理研究所建设中试基地。", "Organization",
     {"中国科学院长春光学精密机械与物理研究所"}),
    ("宁夏大学食品科学与工程学院牵头。", "Organization", {"宁夏大学食品科学与工程学院"}),
    ("白云鄂博稀土资源研究与综合利用全国重点实验室今年将启动攻关。", "Project",
     {"白云鄂博稀土资源研究与综合利用全国重点实验室"}),
    ("推动政府与社会资本合作。", "Organization", set()),
])
def test_joined_fields(text, typ, want):
    assert names(run(text), typ) == want


def test_titles_inside_quoted_questions_and_national_instruments():
    # first run (gold first; the quote fix of documents.py already in): 3 right, 6 missed (the
    # national instruments the data lacked and 《…若干措施》); now all right
    t = _totals("g11e_titles_and_national_tools")["PolicyTool"]
    assert (t.tp, t.fp, t.fn) == (9, 0, 0), (t.misses, t.false_positives)


@pytest.mark.parametrize("text, want", [
    # a quoted question holding a title: the title inside counts (the whole quote used to hide it)
    ("“请问市住建局，《哈尔滨市物业管理条例》施行一年多了？”", {"哈尔滨市物业管理条例"}),
    ("市政府将在年内出台《泉州市促进民营经济高质量发展若干措施》。", {"泉州市促进民营经济高质量发展若干措施"}),
    ("我们制定了《若干措施》。", set()),
    # a phase or stage of a known tool names that tool
    ("工地全部实行竣工联合验收，做好易地扶贫搬迁后续扶持。", {"联合验收", "易地扶贫搬迁"}),
])
def test_titles_and_stage_forms(text, want):
    assert names(run(text), "PolicyTool") == want


def test_a_road_naming_a_subdistrict_or_community_is_its_place():
    # gold first: 1 of 2 roads right, 阳明路 missed (after 加快), 国有物业公司 false (a kind of firm);
    # the sentence of 南京东路街道 and 上海路社区 was added after that run, the gold unchanged: both
    # false, now none; 国有物业公司 is no firm since session 14 (firm_owner_kinds: 国有 describes a firm)
    totals = _totals("g11e_streets_named_by_roads")
    p, o = totals["Project"], totals["Organization"]
    assert (p.tp, p.fp, p.fn) == (1, 0, 1) and (o.tp, o.fp, o.fn) == (0, 0, 0), (p.misses, o.false_positives)


@pytest.mark.parametrize("text, want", [
    ("询问会在上海路街道代表之家举行。", set()),
    ("他问，延安北路街道有十几个小区物业撤场，如何兜底？", set()),
    ("年底前完成象山北路雨污管网更新。", {"象山北路"}),
])
def test_roads_and_their_subdistricts(text, want):
    assert names(run(text), "Project") == want


def test_parks_named_by_their_trade_alone_stay_false_and_reserved_land_is_no_tool():
    # gold first: 3 right, 2 false (新能源汽车零部件产业园, 智能制造产业园), 留用地 a false tool inside
    # 预留用地. The tool is gone; the trade parks stay: requiring a proper name before 产业园 (5 false
    # ones fewer on the blind sets) lost 山海协作产业园 and 花桥国际商务城数字经济产业园 of heldout/
    totals = _totals("g11e_trade_parks")
    p, t = totals["Project"], totals["PolicyTool"]
    assert (p.tp, p.fp, p.fn) == (3, 2, 0) and (t.tp, t.fp, t.fn) == (1, 0, 0), (p.false_positives, t.false_positives)


@pytest.mark.parametrize("text, typ, want", [
    ("推动中韩产业园和临港产业园区建设。", "Project", {"中韩产业园", "临港产业园区"}),
    ("为园区预留用地800亩。", "PolicyTool", set()),
    ("落实征地留用地政策。", "PolicyTool", {"留用地"}),
])
def test_trade_parks_and_reserved_land(text, typ, want):
    assert names(run(text), typ) == want
