"""Entity rules of session 19 (helper ent): projects named by their site when a phase or works with
no head follow it. Held by invented reports (tests/gold/genres/g25e_*, gold written before the
extractor ran on them) and by sentences written for these tests."""

from __future__ import annotations

from tests.loaders.mention_helpers import assert_genre_totals, genre_entities_test, names, names_test, run


#: names no rule reads yet, per genre text (so that a fix or a new loss shows)
KNOWN_MISSES = {
    # 云/岫/山 and 凤/栖/湖: jieba splits a hill's and a lake's name it does not know into characters
    # (栖 a verb), which give the walk no evidence of a name
    "g25e_phase_and_works_tails": {"Project": {"云岫山旅游环线公路", "凤栖湖游客服务中心"}},
    # 闸 (a sluice) is no project suffix: a sluice numbered after its river names nothing yet
    "g25e_numbered_reaches_of_split_rivers": {"Project": {"沣河三号闸"}},
}


test_every_entity_of_each_genre_right = genre_entities_test("g25e_", KNOWN_MISSES)


test_site_named_before_phase_or_works = names_test("Project", [
    # a phase with no head: the site
    ("青禾智能装备产业园二期已完成主体结构。", {"青禾智能装备产业园"}),
    # works with no head, the longest works word first (提质改造, not 改造)
    ("今年加快翠屏山旅游环线公路提质改造，年内完成。", {"翠屏山旅游环线公路"}),
    ("同时推进白鹭湖游客服务中心改扩建，明年投入使用。", {"白鹭湖游客服务中心"}),
    # works then a phase (某机场二期扩建): both off
    ("川南机场二期扩建正在推进。", {"川南机场"}),
    # with a head the works are the project's own name
    ("城东污水处理厂二期工程下月通水。", {"城东污水处理厂二期工程"}),
    ("白沙渡污水处理厂一期工程下月通水。", {"白沙渡污水处理厂一期工程"}),
])


def test_the_mention_keeps_the_written_words():
    (m,) = [m for m in run("青禾智能装备产业园二期已完成主体结构。") if m.type == "Project"]
    assert (m.name, m.text) == ("青禾智能装备产业园", "青禾智能装备产业园二期")


def test_a_firms_phase_stays():
    # 某集团二期 names no site: the phase stays in its name
    got = {m.name for m in run("康达药业集团二期正在安装设备。") if m.type == "Project"}
    assert got == {"康达药业集团二期"}


# ---------------------------------------------------------------- districts jieba did not know


def test_a_district_jieba_did_not_know_stays_whole():
    from loaders.gazetteer import get_gazetteer
    gz = get_gazetteer()
    assert "禹会区" in gz.cut("由禹会区医养康复服务中心统一托管")
    assert gz.tags()["禹会区"] == "ns"
    # two common words stay two words; a qualifier the walker drops is no district's start
    assert gz.cut("东方市场附近")[:2] == ("东方", "市场")
    assert gz.cut("新建区级养老服务中心")[:2] == ("新建", "区级")


test_sites_opened_by_a_district = names_test("Project", [
    ("今年由禹会区医养康复服务中心统一托管社区站点。", {"禹会区医养康复服务中心"}),
    ("淮上区滨河体育公园十月开放。", {"淮上区滨河体育公园"}),
    # 健身 names what the facility is for
    ("龙子湖区全民健身中心正在做内部装修。", {"龙子湖区全民健身中心"}),
    # a kind with no place stays none
    ("明年还将新建区级养老服务中心两处。", set()),
    ("全民健身中心还不够。", set()),
])


# ---------------------------------------------------------------- lines named by their two ends


test_lines_between_settlements = names_test("Project", [
    # ends jieba splits (石/门坎) or knows as a place's name (青冈), a tourist road's head
    ("县人大代表韦光荣就青冈至石门坎旅游公路建设进度进行询问。", {"青冈至石门坎旅游公路"}),
    # the numeral 多 ends the walk at once: the two characters before 至 that open a word
    ("今年已完成松多至花园村通村公路硬化12公里。", {"松多至花园村通村公路"}),
    ("今年已完成岩脚至龙潭村通村公路硬化8.2公里。", {"岩脚至龙潭村通村公路"}),
    # kinds of area, each one common word, name no line (城区 is also a district's name)
    ("城区至景区公路的路灯年底前装好。", set()),
    ("县城至机场公路正在拓宽。", set()),
    ("加快实施乡镇至村通村公路。", set()),
])


# ---------------------------------------------------------------- a goal set for a known tool, quoted


test_goal_then_known_tool = names_test("PolicyTool", [
    ("局里的目标是“力争签约当月实现拿地即开工”。", {"拿地即开工"}),
    ("我们的承诺是“年底前全面推行一网通办”。", {"一网通办"}),
    # a tool coined on a known one stays whole (no verb before the known form)
    ("推出“专精特新贷”，首批放款两亿元。", {"专精特新贷"}),
])


# ---------------------------------------------------------------- named programmes, regimes and funds


test_named_instruments = names_test("PolicyTool", [
    ("今年纳入暖房子工程的老旧住宅68万平方米。", {"暖房子工程"}),
    ("我们设立了特病单议机制。", {"特病单议"}),
    ("全市农贸市场已全面落实索证索票制度。", {"索证索票"}),
    ("研发费用后补助今年兑现两千万元。", {"研发投入后补助"}),
    ("河道治理用上了水污染防治专项资金。", {"水污染防治专项资金"}),
    # a benefit named by what it is stays none
    ("已开展职业伤害保障试点，平台企业按单缴费。", set()),
])


# ---------------------------------------------------------------- a landmark of four characters


test_four_character_landmarks = names_test("Project", [
    ("秦始皇陵景区周边今年新增停车位八百个。", {"秦始皇陵景区"}),
    ("每年七八月份到布达拉宫景区的游客特别多。", {"布达拉宫景区"}),
    # three characters, as before
    ("每年到塔尔寺景区的游客特别多。", {"塔尔寺景区"}),
    # a common word before the suffix names none
    ("节假日景区周边停车难。", set()),
])


# ---------------------------------------------------------------- tourist apps named by their place


def test_tourist_apps_named_by_their_place():
    ms = run("我们依托“一码游黔东南”开设投诉专区；“一部手机游凯里”下月试运行。")
    assert {m.name for m in ms if m.type == "Project"} == {"一码游黔东南", "一部手机游凯里"}
    assert not any(m.type == "PolicyTool" for m in ms)


def test_a_numbered_slogan_stays_a_tool():
    # no place after the lead: a slogan of the kind the app rule leaves alone
    assert names(run("推行“一码通办”，群众少跑腿。"), "Project") == set()


# ---------------------------------------------------------------- named co-operatives


test_named_cooperatives = names_test("Organization", [
    ("其中海伦市金穗水稻种植专业合作社带动农户六百户。", {"海伦市金穗水稻种植专业合作社"}),
    ("同时支持青冈县丰源杂粮专业合作社建设烘干仓储设施。", {"青冈县丰源杂粮专业合作社"}),
    # the kind, by its trade or its members, has no proper name
    ("全市农民专业合作社发展到四千多家。", set()),
    ("鼓励农户加入茶叶专业合作社。", set()),
])


# ---------------------------------------------------------------- a numbered stretch of a split river


test_numbered_reach_of_a_split_river = names_test("Project", [
    ("今年实施淠河二河段堤防加固工程，十月完工。", {"淠河二河段堤防加固工程"}),
    ("清水河二桥年底通车。", {"清水河二桥"}),
    # a numeral after 河 that opens no name stays a count
    ("沿河三村的道路已硬化。", set()),
])
