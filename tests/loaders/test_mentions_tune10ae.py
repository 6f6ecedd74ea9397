"""Entity kinds the blind set 10a (/work/real/blind10, odd files, outside the repo) showed the
loaders getting wrong, held by invented reports (tests/gold/genres/g10ae_*, gold written before
the extractor ran on them) and by sentences written for these tests."""

from __future__ import annotations

from tests.loaders.mention_helpers import (
    assert_genre_totals, genre_totals as _totals, kinds_test, names, names_test, run,
)


def test_a_split_stop_word_and_a_verb_jieba_tags_a_noun_end_a_site_name():
    # first run: 好中国自由贸易试验区, 贸试验区 and 重点投向海沧生物医药产业园 false
    # the zone's 厦门片区 was unread here (real golds disagree on areas of a new area: 两江新区 for
    # 两江新区渝北片区, so 片区 is no suffix); a free trade zone's piece in a place is read since
    # session 21 (suffix: piece_zone_suffixes, test_ent28), and the text is all right
    assert_genre_totals("g10ae_zone_section_split_verb", Project=(3, 0, 0))


test_site_names_after_split_verbs = names_test("Project", [
    ("我们将用好中国(福建)自由贸易试验区的先行先试优势。", {"中国自由贸易试验区"}),
    ("资金重点投向海沧生物医药产业园。", {"海沧生物医药产业园"}),
    ("就自贸试验区建设开展询问。", set()),
])


def test_a_deputys_employer_is_read_whole_and_is_no_project():
    # first run: 2 of 5 firms, 长信光电集团研发中心 a false Project
    assert_genre_totals("g10ae_deputy_employers", Organization=(5, 0, 0), Project=(0, 0, 0))


test_registered_names = names_test("Organization", [
    # a place opens the registered name, whatever jieba makes of the words inside it
    ("并支持广东英九庄园绿色产业发展有限公司牵头组建联合体。", {"广东英九庄园绿色产业发展有限公司"}),
    ("镇政府已与吉林九台农村商业银行商定贷款办法。", {"吉林九台农村商业银行"}),
    ("目前西安曲江物业服务管理有限公司负责保洁。", {"西安曲江物业服务管理有限公司"}),
    # a legal form right after a list mark: the whole run is the firm's name
    ("市人大代表、思必驰科技股份有限公司副总裁许婷问。", {"思必驰科技股份有限公司"}),
    # a verb or a count in the run makes it a clause, no name
    ("，帮助部分科技有限公司渡过难关。", set()),
    # the body's office in a place is named with it
    ("目前与中国渔业互保协会湛江办事处洽谈。", {"中国渔业互保协会湛江办事处"}),
])


def test_a_count_before_a_trade_opens_no_registered_name():
    # (the walk's own 机械有限公司 is older and left as it was)
    assert "本地一家机械有限公司" not in names(run("，本地一家机械有限公司已停产。"), "Organization")


test_a_centre_before_its_staff_is_a_workplace = names_test("Project", [
    ("市人大代表、恒安集团研发中心主任丁晓燕问。", set()),
    ("何秋菊（涪城区城郊街道卫生服务中心医生）", set()),
    ("晋江市体育中心今年投用。", {"晋江市体育中心"}),
])


def test_phases_of_works_are_projects():
    # first run: 1 right, 川南机场二期 and the firm 康达药业集团 false, 4 missed
    # (session 36: 沱江三桥改造 read, the works in the mention and the bridge its name)
    totals = assert_genre_totals("g10ae_phases_and_works", Project=(5, 0, 0))
    assert totals["Organization"].fp == 0


test_phase_and_works_names = names_test("Project", [
    ("长江存储二期按期推进。", {"长江存储二期"}),
    ("恒安集团二期等产业项目已纳入重点。", {"恒安集团二期"}),
    ("西宁市生活垃圾焚烧发电项目年底投产。", {"西宁市生活垃圾焚烧发电项目"}),
    ("青溪路改造和滨江东路跨河大桥工期后延。", {"青溪路", "滨江东路跨河大桥"}),
    # a phase with no name before it, and a time word, name nothing
    ("今年二期工程资金缺口较大。", set()),
    ("集团二期正在建设。", set()),
])


def test_firms_of_a_list_vouch_for_their_neighbours():
    # first run: 钱顺汽车 and 星宇电机工厂 missed, the plant a false Project
    totals = assert_genre_totals("g10ae_firm_lists", Organization=(6, 0, 0))
    assert totals["Project"].fp == 0


test_firm_lists = names_test("Organization", [
    # jieba reads the brand as a verb, or as single characters
    ("由安踏、361度等链主企业出题。", {"安踏", "361度"}),
    ("支持三环集团、永达陶瓷等龙头企业创建品牌。", {"三环集团", "永达陶瓷"}),
    # with no named firm beside them, short items stay unread
    ("推动研发、生产等企业转型。", set()),
    # stages of a chain and places are no firms
    ("列出了整车、动力电池、电驱电控等环节的目标企业。", set()),
    ("走访了三台、梓潼、江油等县市区的27家养老机构。", set()),
])


def test_site_names_read_past_jiebas_stop_words():
    # first run: none right, 3 false, 4 missed
    totals = assert_genre_totals("g10ae_site_name_words", Project=(4, 0, 0))
    assert totals["Organization"].fp == 0


def test_speech_kinds_and_firm_kinds_are_no_sites():
    # first run: 3 false Projects
    assert_genre_totals("g10ae_not_sites", Project=(0, 0, 0))


test_site_words = names_test("Project", [
    ("以中石油广西石化炼化一体化转型升级项目为龙头。", {"中石油广西石化炼化一体化转型升级项目"}),
    ("重点建设钦州港东航道扩建工程。", {"钦州港东航道扩建工程"}),
    ("加快东湖中学扩建工程建设。", {"东湖中学扩建工程"}),
    # an upgrade as the clause's action, and a school with no works, stay as they were
    ("推动产业转型升级项目化。", set()),
    ("“审批快不快？”园区企业最关心。", set()),
])


def test_a_school_without_works_stays_an_organisation():
    assert names(run("与东湖中学合作办学。"), "Organization") == {"东湖中学"}


def test_a_quoted_list_put_in_force_is_one_tool():
    # first run: 一窗受理 false, the three lists missed
    assert_genre_totals("g10ae_quoted_lists", PolicyTool=(3, 0, 0))


test_applied_slogans = names_test("PolicyTool", [
    ("对超标排放的企业实行“按日计罚、限产整改”。", {"按日计罚、限产整改"}),
    # every part a known tool: those tools
    ("推行“容缺受理、告知承诺、拿地即开工”。", {"容缺受理", "告知承诺制", "拿地即开工"}),
    # a quote describing a named way of working
    ("实行“村不漏户、户不漏草场”的网格化管护。", set()),
])


def test_a_kind_of_training_is_no_tool_a_talent_benefit_is_one():
    # 订单式培养 stays a generic word; 安家补贴 is a talent instrument again (issue 9, session 12)
    assert_genre_totals("g10ae_benefit_kinds", PolicyTool=(2, 0, 0))


def test_an_academys_site_in_a_place_is_named_with_it():
    # first run: 烟台技术转化中心 and 中国科学院 false, the centre missed
    totals = _totals("g10ae_bodies_inside_sites")
    for typ in ("Project", "Organization"):
        t = totals[typ]
        assert t.fp == t.fn == 0, (typ, t.misses, t.false_positives)


test_site_owners = kinds_test([
    ("建设福州大学晋江科教园。", {"Project": {"福州大学晋江科教园"}, "Organization": set()}),
    # a firm before a place still owns the site, which starts after it
    ("由山东金岭投资有限公司栖霞市笏山金矿负责开采。", {"Project": {"栖霞市笏山金矿"}, "Organization": {"山东金岭投资有限公司"}}),
    # a kind of firm is no firm
    ("对保洁公司怎么考核？", {"Project": set(), "Organization": set()}),
])


def test_works_on_lines_and_river_sections_name_the_project():
    # first run: 织金至纳雍高速公路 false, the works on it and the dyke works missed
    assert_genre_totals("g10ae_works_on_lines", Project=(3, 0, 0))


test_works_words = names_test("Project", [
    ("大理至丽江高速公路扩容、大理机场改扩建工程正在推进。", {"大理至丽江高速公路", "大理机场改扩建工程"}),
    ("叙州变电站扩容改造已完成。", {"叙州变电站"}),
    # works before a verb stay the clause's action; works with no site name nothing
    ("宜宾西火车站改造后将新增候车面积。", {"宜宾西火车站"}),
    ("推进扩建工程建设。", set()),
])


def test_a_programme_park_after_a_place_is_that_places_project():
    # first run: both parks missed, 现代农业产业园 a false tool
    totals = assert_genre_totals("g10ae_placed_programme_parks", Project=(2, 0, 0))
    assert totals["PolicyTool"].fp == 0


test_programme_parks = kinds_test([
    ("寿光国家现代农业产业园里的种业研发中心。", {"Project": {"寿光国家现代农业产业园"}, "PolicyTool": set()}),
    # no place before it: the programme
    ("全市推进现代农业产业园建设。", {"Project": set(), "PolicyTool": {"现代农业产业园"}}),
])


def test_vocational_schools_named_by_their_place_are_organisations():
    # first run: the three schools missed
    assert_genre_totals("g10ae_school_names", Organization=(4, 0, 0))
