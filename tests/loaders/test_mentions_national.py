"""National instruments and patterns added in session 4 (issue 9), on short texts written
for these tests (expectations written before the extractor ran on them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import load_path
from loaders.evaluate import evaluate
from loaders.gazetteer import get_gazetteer
from tests.loaders.mention_helpers import names, run


@pytest.mark.parametrize("text, tools", [
    ("我县深入实施乡村振兴战略和就业优先战略，落实营改增和六税两费减免，"
     "推进棚改和城中村改造，做好城乡低保、临时救助和特困供养，扩大公益性岗位。",
     {"乡村振兴战略", "就业优先战略", "营改增", "六税两费减免", "棚户区改造", "城中村改造",
      "最低生活保障", "临时救助"}),  # (特困供养, 公益性岗位: a benefit and a post, none since session 11)
    ("我县落实禁牧休牧和草畜平衡，推进农村危房改造和雨污分流，严格四不两直检查，"
     "开展全国文明城市创建，推行社区嵌入式养老和双向转诊，深化繁简分流和诉调对接。",
     # (雨污分流: a way of piping; 禁牧休牧, 草畜平衡, 社区嵌入式养老: fields of work, no tools unquoted
     # since session 23)
     {"农村危房改造", "四不两直", "全国文明城市创建", "双向转诊", "繁简分流", "诉调对接"}),
])
def test_national_programmes_of_both_batches(text, tools):
    assert names(run(text), "PolicyTool") == tools


def test_an_office_named_after_an_audit_is_no_tool():
    assert names(run("审计局经济责任审计中心副主任发问。"), "PolicyTool") == set()


def test_environment_housing_and_legal_service_instruments():
    text = ("全市推进三改一拆和煤改气，落实湾长制，开展散乱污整治；发放公积金贷款，建设公租房；"
            "推行一村一法律顾问，深化诉源治理，加强三调联动。")
    assert names(run(text), "PolicyTool") == {
        "三改一拆", "煤改气", "湾长制", "散乱污整治", "住房公积金贷款",  # (公租房: housing, no tool since session 23)
        "一村一法律顾问", "诉源治理", "三调联动"}


def test_congress_supervision_formats_are_no_tools_and_a_named_mechanism_is_one():
    # (代表约见 and 站点问政, the congress's own ways of asking, are generic words since session 15)
    ms = run("镇人大开展代表约见活动，推行站点问政，探索建立政府部门负责人进站工作机制。")
    assert names(ms, "PolicyTool") == {"政府部门负责人进站"}


def test_livelihood_matters_are_no_programme_and_their_vote_is_one():
    # (quoted or by year they were a tool through session 14; a generic word since session 15: the
    # open sets' golds mark none of 7)
    assert names(run("这是一场关乎民生实事的询问，体现了为民办实事的决心。"), "PolicyTool") == set()
    assert names(run("代表询问了2024年度民生实事的完成情况。"), "PolicyTool") == set()
    assert names(run("今年确定“民生实事”12件，实行民生实事项目票决制。"), "PolicyTool") == {"民生实事项目人大代表票决制"}


def test_coal_to_electricity_is_its_own_instrument():
    got = names(run("推进北方地区冬季清洁取暖，今年完成煤改电两万户。"), "PolicyTool")
    assert got == {"清洁取暖", "煤改电"}


def test_programme_titles_in_book_marks_are_tools_papers_are_not():
    ms = run("省政府印发《青川省山区群众增收三年行动方案(2025—2027年)》，落实《青川市教育发展规划纲要》。")
    assert names(ms, "PolicyTool") == {"青川省山区群众增收三年行动方案", "青川市教育发展规划纲要"}
    assert any(m.text.endswith("(2025—2027年)") for m in ms)  # the mention is the whole title
    ms = run("代表依据《监督法》和《青川市水资源保护条例》发问，会后形成《关于校园周边治理的建议》，"
             "列入《青川市人大常委会2025年监督工作计划》，联合银行发布《支持外贸稳定增长行动方案》。")
    # a named law or regulation is a tool (loaders/mentions/documents.py), the congress's own too (session 25)
    assert names(ms, "PolicyTool") == {"监督法", "青川市水资源保护条例"}


def test_service_circles_named_by_a_travel_time():
    ms = run("打造“15分钟养老服务圈”和十分钟健身圈，整合资源建设‘15分钟法律服务圈’，"
             "但离家15分钟的范围内还没有药店，一刻钟便民生活圈仍在建设。")
    assert names(ms, "PolicyTool") == {"15分钟养老服务圈", "十分钟健身圈", "15分钟法律服务圈", "一刻钟便民生活圈"}


def test_quoted_revolutions_and_strategies_are_campaigns():
    ms = run("自开展“城管革命”以来，市容明显改观；我县实施“人才强县”战略。")
    assert names(ms, "PolicyTool") == {"城管革命", "人才强县"}


def test_bodies_of_a_zone_and_events_of_a_body_are_no_projects():
    ms = run("县人大常委会召开项目工作专题询问会。鹭湖新区人大常委会首次开展专题询问，"
             "青川经济开发区党工委负责人表示，将加强人大代表联系群众工作站和代表联络站建设。")
    assert names(ms, "Project") == set()


def test_a_government_word_before_a_park_is_no_part_of_it():
    ms = run("论坛在青川举办政府鹭山郊野公园入选绿色低碳典型案例。")
    assert names(ms, "Project") == {"鹭山郊野公园"}


def test_places_listed_before_dengdi_and_hospital_grades_are_no_organisations():
    ms = run("委员们深入河曲、保德、原平等地的供热企业调研，还将加快推进三级中医医院建设。")
    assert names(ms, "Organization") == set()



def test_five_year_periods_are_no_tools_and_a_named_plan_is_one():
    # (十三五规划, “十五五”规划 were tools through session 14; generic words since session 15: the
    # open sets' golds mark none of 6)
    got = names(run("“十二五”期间完成投资，十三五规划纲要提出的目标已实现，正在编制“十五五”规划。"), "PolicyTool")
    assert got == set()
    # (a bare period before a noun is a time too, not only before 期间/以来)
    assert names(run("全区“十二五”新增床位两千张，十一五规划提出的目标已经完成。"), "PolicyTool") == set()
    assert names(run("印发《某市“十四五”城市更新专项规划》。"), "PolicyTool") == {"某市十四五城市更新专项规划"}


def test_a_tool_in_an_office_name_is_no_mention_of_the_tool():
    ms = run("区财政局政府和社会资本合作中心主任发问，请问如何用好政府和社会资本合作模式？")
    tools = [m for m in ms if m.type == "PolicyTool"]
    assert [m.name for m in tools] == ["政府和社会资本合作"] and tools[0].start > 20


def test_the_poverty_to_revitalisation_transition_is_a_goal_and_no_tool():
    # a tool of the data until session 11; no gold of the four blind writers marked it (0 of 4)
    got = names(run("紧盯脱贫攻坚与乡村振兴的有效衔接，做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接。"), "PolicyTool")
    assert got == set()


ENTITY_GOLD = sorted((Path(__file__).parents[1] / "gold" / "entities").glob("*.gold.json"))


def test_entity_transcripts_as_policygraph_eval_scores_them():
    """tests/gold/entities: invented reports dense in instruments (gold written first)."""
    assert len(ENTITY_GOLD) >= 2
    report = evaluate(ENTITY_GOLD)
    tools = report.totals()["PolicyTool"]
    assert tools.recall >= 0.9 and tools.precision >= 0.9, (tools.false_positives, tools.misses)
    assert report.totals()["Project"].precision == 1.0
    generic = get_gazetteer().generic_words
    for gold in ENTITY_GOLD:
        rec = load_path(gold.with_name(gold.name.replace(".gold.json", ".txt")))
        assert not {e.name for e in rec.entities} & generic


def test_the_verb_before_a_run_of_single_quotes_makes_each_a_tool():
    ms = run("局长回答：“今年推出‘青禾贷’‘链上通’两款产品，还将推行‘周末不打烊’。”")
    assert names(ms, "PolicyTool") == {"青禾贷", "链上通", "周末不打烊"}


def test_a_quoted_slogan_before_a_special_work_names_the_campaign():
    ms = run("市人大常委会启动“代表评环境，助力更宜居”专项工作，召开“代表评环境，助力更宜居”专题询问会。")
    assert names(ms, "PolicyTool") == {"代表评环境，助力更宜居"}


def test_tourist_islands_and_industrial_belts_named_by_a_place():
    ms = run("符合鹭岛国际旅游岛的定位，加快青川河临港产业带建设。")
    assert names(ms, "Project") == {"鹭岛国际旅游岛", "青川河临港产业带"}


def test_business_environment_items_of_the_third_batch_and_zero_tolerance():
    ms = run("我市推行涉企收费目录清单和行政裁量权基准，开展清理拖欠企业账款，推动个转企，对违法行为“零容忍”。")
    assert names(ms, "PolicyTool") == {"涉企收费目录清单", "行政裁量权基准", "清理拖欠企业账款", "个转企"}


def test_numbered_bundles_of_programmes_are_tools_counts_of_tasks_are_not():
    ms = run("全面推进十大民生工程和五大提升行动，打好三大攻坚战，完成两大任务。")
    assert names(ms, "PolicyTool") == {"十大民生工程", "五大提升行动", "三大攻坚战"}
    assert names(ms, "Project") == set()


def test_list_neighbours_of_a_found_name_share_its_suffix():
    ms = run("专家来自华东医院、仁济医院、中山医院，还走访了乡镇卫生院、村卫生室。")
    assert names(ms, "Organization") == {"华东医院", "仁济医院", "中山医院"}


def test_grass_roots_instruments_and_a_quoted_only_reporting_channel():
    assert names(run("他随手拍下照片发给我们。"), "PolicyTool") == set()
    ms = run("通过市民“随手拍”反映问题，推行四下基层和领导包案，设立积分超市，公开小微权力清单。")
    assert names(ms, "PolicyTool") == {"随手拍", "四下基层", "领导包案", "积分超市", "小微权力清单"}
