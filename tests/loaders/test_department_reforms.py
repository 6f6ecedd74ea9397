"""Department types across the 2013 and 2018 institutional reforms, levels and scripts.

A report from 2012 names a 卫生局 or a 人口计生委, one from 2016 a 卫生计生委, one from
2020 a 卫健委: a user tracing health policy across years wants them in one type. Bodies
renamed or merged take the type of their successor; combined county and zone bureaus
take the type of their main field. The forms below are the ones met in reports of every
level; the sentences are ours.
"""

from __future__ import annotations

import pytest

from loaders.departments import find_departments, leader_office, resolve_department

# (surface, expected type)
RENAMED = [
    # health: 卫生局 + 人口计生委 → 卫生计生委 (2013) → 卫健委 (2018); the ageing office joined in 2018
    ("市卫生局", "卫生健康"), ("市人口计生委", "卫生健康"), ("市人口和计划生育委员会", "卫生健康"),
    ("县人口计生局", "卫生健康"), ("市卫生计生委", "卫生健康"), ("区卫计局", "卫生健康"),
    ("市老龄办", "卫生健康"), ("县疾控中心", "卫生健康"), ("市疾病预防控制中心", "卫生健康"),
    # market regulation: 工商 + 质监 + 食药监 → 市场监管局 (2018, some places earlier)
    ("市食品药品监督管理局", "市场监督管理"), ("市质量技术监督局", "市场监督管理"), ("市工商局", "市场监督管理"),
    ("市市场监管局", "市场监督管理"), ("市市监局", "市场监督管理"),
    # 安监局 → 应急管理局
    ("市安监局", "应急管理"), ("市应急管理局", "应急管理"),
    # 规划局 + 国土资源局 → 自然资源(和规划)局
    ("市规划局", "自然资源"), ("市国土资源局", "自然资源"), ("县国土规划局", "自然资源"),
    ("市自然资源和规划局", "自然资源"), ("市自然资源分局", "自然资源"), ("市不动产登记中心", "自然资源"),
    ("市环保局", "生态环境"), ("市生态环境局", "生态环境"),
    ("市农业局", "农业农村"), ("市农机局", "农业农村"), ("市农业农村局", "农业农村"),
    ("市水务局", "水利"),
    # culture, radio-TV, press and tourism
    ("市文广新局", "文化和旅游"), ("市文化广电新闻出版局", "文化和旅游"), ("市新闻出版广电局", "文化和旅游"),
    ("市文化局", "文化和旅游"), ("县文体局", "文化和旅游"), ("市文化广电旅游体育局", "文化和旅游"),
    # permits halls and data
    ("市行政服务中心", "政务服务和数据"), ("市民服务中心", "政务服务和数据"), ("市数据局", "政务服务和数据"),
    ("市政务服务和大数据管理局", "政务服务和数据"),
    ("市物价局", "发展和改革"), ("市发改委", "发展和改革"),
    ("市经委", "工业和信息化"), ("省经贸委", "工业和信息化"), ("市工信局", "工业和信息化"),
    ("市人事局", "人力资源和社会保障"), ("市劳动和社会保障局", "人力资源和社会保障"),
    ("市社保局", "人力资源和社会保障"), ("市人社局", "人力资源和社会保障"),
    ("市法制办", "司法"), ("市政府法制办", "司法"),
    ("市民防局", "人民防空"), ("市民宗局", "民族宗教"),
    ("市科工局", "科学技术"),
    ("市住建局", "住房和城乡建设"), ("县城乡建设局", "住房和城乡建设"), ("市住建委", "住房和城乡建设"),
    ("市住房公积金管理中心", "住房和城乡建设"),
    ("市交通运输局", "交通运输"), ("市医保局", "医疗保障"), ("市退役军人事务局", "退役军人事务"),
    ("市卫健委", "卫生健康"), ("市城管委", "城市管理"), ("市网信办", "网信"),
]

# County and zone bureaus that join several fields: typed by the main one.
COMBINED = [
    ("县规划建设局", "住房和城乡建设"), ("区建设和交通局", "住房和城乡建设"), ("开发区经济发展局", "发展和改革"),
    ("区社会事业局", "社会事业"), ("区社会事务局", "社会事业"), ("区农林水利局", "农业农村"),
    ("区综合执法局", "城市管理"), ("县行政审批局", "行政审批"), ("区城管执法局", "城市管理"),
]

TOWNSHIP = [
    ("镇农技站", "农业农村"), ("镇财政所", "财政"), ("镇派出所", "公安"), ("镇司法所", "司法"),
    ("镇国土所", "自然资源"), ("镇便民服务中心", "政务服务和数据"), ("镇政府", "人民政府"),
]

PROVINCE = [
    ("省卫生厅", "卫生健康"), ("省国土资源厅", "自然资源"), ("省工商局", "市场监督管理"),
    ("广西壮族自治区食品药品监督管理局", "市场监督管理"), ("新疆维吾尔自治区发改委", "发展和改革"),
]

# Traditional script from mirror sites, and the place written in front.
WRITTEN = [
    ("市衛生局", "卫生健康"), ("市國土資源局", "自然资源"), ("市發改委", "发展和改革"), ("市衛健委", "卫生健康"),
    ("市規劃局", "自然资源"), ("湖南省長沙市國土資源局", "自然资源"),
    ("南京市鼓楼区卫生局", "卫生健康"), ("县政府办", "政府办公室"), ("长沙县国土资源局", "自然资源"),
]


@pytest.mark.parametrize("surface,dtype", RENAMED + COMBINED + TOWNSHIP + PROVINCE + WRITTEN)
def test_type_across_reforms(surface, dtype):
    d = resolve_department(surface, "甲市")
    assert d is not None and d.type == dtype, (surface, d)


def test_traditional_name_is_simplified_and_keeps_the_written_alias():
    d = resolve_department("市衛生局", "甲市")
    assert d.name == "甲市卫生健康局"
    assert "市衛生局" in d.aliases


def test_province_name_stays_in_front():
    d = resolve_department("广西壮族自治区食品药品监督管理局", "南宁市")
    assert d.name == "广西壮族自治区食品药品监督管理局"


@pytest.mark.parametrize("surface", ["财经委", "市人大财经委", "法工委", "教科文卫委", "团市委", "山东省", "广西壮族自治区"])
def test_not_departments(surface):
    assert resolve_department(surface, "甲市") is None


def test_old_names_found_in_a_sentence():
    text = "市人口计生委主任甲回答了提问，市文广新局局长乙、市物价局副局长丙作了补充。"
    found = [s for _, _, s in find_departments(text)]
    assert found == ["市人口计生委", "市文广新局", "市物价局"]
    assert [resolve_department(s, None).type for s in found] == ["卫生健康", "文化和旅游", "发展和改革"]


def test_congress_finance_committee_is_not_found_as_economy_commission():
    # "经委" is no alias: it would be found inside the congress's 财经委.
    assert find_departments("财经委副主任甲问道") == []


@pytest.mark.parametrize("text,want", [
    # one bureau joining two fields: the whole name, typed by the first field
    ("请问区农业农村和水利局局长甲", [("区农业农村和水利局", "农业农村")]),
    ("县教育体育和科技局局长乙回答", [("县教育体育和科技局", "教育")]),
    ("市交通运输和港口管理局局长丙", [("市交通运输和港口管理局", "交通运输")]),
    ("县民政和人社局局长丁", [("县民政和人社局", "民政")]),
    # two offices joined: both, neither swallowed as the other's place
    ("请市发改委和住建局回答", [("市发改委", "发展和改革"), ("住建局", "住房和城乡建设")]),
    ("市住建局与市自然资源和规划局", [("市住建局", "住房和城乡建设"), ("市自然资源和规划局", "自然资源")]),
    ("请市发改委和市住建局回答", [("市发改委", "发展和改革"), ("市住建局", "住房和城乡建设")]),
    # township offices
    ("镇财政所所长戊答道", [("财政所", "财政")]),
    ("县网信办主任己", [("县网信办", "网信")]),
    ("请县交通建设局回答", [("县交通建设局", "交通运输")]),
    ("请市市政公用局回答", [("市市政公用局", "城市管理")]),
])
def test_offices_found_with_their_types(text, want):
    found = [(s, resolve_department(s, None).type) for _, _, s in find_departments(text)]
    assert found == want


@pytest.mark.parametrize("surface,dtype", [
    ("县市场和质量监督管理局", "市场监督管理"), ("县经济和科技信息化局", "工业和信息化"),
    ("市工业和商务局", "工业和信息化"), ("市住房保障和房产管理局", "住房和城乡建设"),
    ("县数据资源管理局", "政务服务和数据"), ("市旅发委", "文化和旅游"), ("县消防大队", "应急管理"),
    ("市市容环境卫生管理局", "城市管理"), ("市港航局", "港口"), ("市水文局", "水利"), ("县教科局", "教育"),
    ("县国税局", "税务"), ("县地税局", "税务"),
    ("区建交委", "住房和城乡建设"), ("市城建局", "住房和城乡建设"), ("县交通建设局", "交通运输"),
    ("市城乡规划建设委员会", "住房和城乡建设"), ("县住房和城乡规划建设局", "住房和城乡建设"), ("市建管委", "住房和城乡建设"),
    ("市城乡规划局", "自然资源"), ("市市政公用局", "城市管理"), ("市食安办", "市场监督管理"), ("市安委办", "应急管理"),
])
def test_joined_and_short_names(surface, dtype):
    assert resolve_department(surface, "甲市").type == dtype


@pytest.mark.parametrize("title,office", [
    ("副市长", "市人民政府"), ("常务副县长", "县人民政府"), ("区长", "区人民政府"), ("副省长", "省人民政府"),
    ("副州长", "州人民政府"), ("副旗长", "旗人民政府"), ("镇长", "镇人民政府"), ("副乡长", "乡人民政府"),
    ("局长", None), ("市长助理", None), (None, None),
])
def test_leader_office(title, office):
    assert leader_office(title) == office


@pytest.mark.parametrize("surface,name", [
    ("自治区人民政府", "广西壮族自治区人民政府"), ("自治区卫生厅", "广西壮族自治区卫生健康厅"),
    ("旗政府", "旗人民政府"), ("自治区政府办公厅", "广西壮族自治区人民政府办公室"),
])
def test_place_named_by_its_kind(surface, name):
    d = resolve_department(surface, "南宁市")
    assert d is not None and d.name == name


# Our own transcript: a vice mayor asked about a bureau's work answers for the government.
LEADERS = """甲市人大常委会专题询问实录

2021年6月10日，甲市十届人大常委会第三十次会议举行专题询问。

委员张大明问：全市老旧小区改造进度滞后，市住建局有什么具体措施？

副市长李小红：老旧小区改造是民生工程，市政府高度重视，今年将完成改造一百个小区。

委员王建国问：乡村道路养护资金不足，请问如何解决？

市交通运输局局长赵明亮：我们将积极争取上级资金，完善养护机制。

委员刘芳问：镇里的农技推广怎么加强？

副镇长陈刚回答：我们将在每个村配备农技员。

委员何平问：自治区在食品安全上有何举措？

自治区人民政府副主席林海回答：我们将加强监管。
"""


def test_leaders_answer_for_their_government():
    from loaders.pipeline import load_text

    rec = load_text(LEADERS, source="leaders.txt")
    got = [(e.respondent.name, e.respondent.department_type) for e in rec.exchanges]
    assert got == [("李小红", "人民政府"), ("赵明亮", "交通运输"), ("陈刚", "人民政府"), ("林海", "人民政府")]


# Our own 2012 transcript in traditional script, as mirror sites copy it.
TRADITIONAL_2012 = """甲市人大常委會專題詢問實錄

2012年6月10日，甲市人大常委會第三十次會議舉行專題詢問。

委員張大明問：全市醫療衛生服務體系建設滯後，請問市衛生局有什麼具體措施？

市衛生局局長李小紅：我們將加快鄉鎮衛生院建設，今年完成改造一百個衛生室。

委員王建國問：人口計生工作如何加強？

市人口計生委主任趙明亮：我們將完善服務體系。
"""


def test_traditional_2012_offices_meet_their_successor_type():
    from loaders.pipeline import load_text

    rec = load_text(TRADITIONAL_2012, source="trad2012.txt")
    assert [e.respondent.department_type for e in rec.exchanges] == ["卫生健康", "卫生健康"]
