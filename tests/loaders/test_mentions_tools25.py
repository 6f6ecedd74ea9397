"""Session 25 (issue 9, tool recall on unseen reports): kinds of policy tools blind writers mark
and the extractor missed, read by rule rather than listed: funds named by what they pay for,
rules set in parallel clauses after a verb of applying them, a principle a quote names, plans
and lists named by what they cover, and a known tool written with its kind. Short texts written
for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.mention_helpers import run


def _tools(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.text) for m in run(text) if m.type == "PolicyTool"}


@pytest.mark.parametrize("text, tool", [
    ("省里将设立山区水库运行管护补助资金，按考核结果拨付。", "山区水库运行管护补助资金"),
    ("市财政今年安排数字经济发展专项资金。", "数字经济发展专项资金"),
    ("市里拿出1.5亿元作为茶叶品牌建设专项资金。", "茶叶品牌建设专项资金"),
])
def test_a_fund_named_by_what_it_pays_for(text, tool):
    assert _tools(text) == {(tool, tool)}


def test_a_fund_paid_by_several_levels():
    assert _tools("县里统筹中央和省级农村厕所改造奖补资金。") == {("农村厕所改造奖补资金", "省级农村厕所改造奖补资金")}


@pytest.mark.parametrize("text", [
    "区财政已安排专项资金。",  # no purpose
    "省财政安排专项补偿资金，按进度兑付。",  # a modifier, no purpose
    "县里拨付运行维护补助资金。",  # what the money does, told by verbs alone
    "县里争取重点产业专项资金。",  # a generic modifier and a word of kind
    "审计发现部分专项资金结存两年。",  # no verb of setting up or paying in
])
def test_a_fund_with_no_name(text):
    assert _tools(text) == set()


def test_the_level_that_pays_is_in_the_mention_not_the_name():
    assert _tools("县里争取到了省级茶叶产业发展专项资金。") == {("茶叶产业发展专项资金", "省级茶叶产业发展专项资金")}


def test_places_that_pay_name_no_fund():
    assert _tools("镇里争取南川市和自治区补助资金。") == set()


def test_a_known_tool_before_a_fund_keeps_the_tool_with_its_kind():
    assert _tools("县里设立以工代赈专项资金。") == {("以工代赈", "以工代赈专项资金")}


@pytest.mark.parametrize("text, rule", [
    ("窗口推行“一证申领、一站审核、一次兑现”，企业少跑腿。", "一证申领、一站审核、一次兑现"),
    # two clauses are forms of known tools (一次告知, 限时办结), none their own names: still one slogan
    ("补贴兑付推行“一表填报、一次告知、限时办结”，进度网上公开。", "一表填报、一次告知、限时办结"),
])
def test_parallel_clauses_after_a_verb_of_applying_are_one_rule(text, rule):
    assert _tools(text) == {(rule, rule)}


def test_known_tools_named_by_their_names_stay_apart():
    assert {n for n, _ in _tools("今年全面推行“容缺受理、告知承诺、掌上审批”。")} == {"容缺受理", "告知承诺制", "掌上审批"}


@pytest.mark.parametrize("text, tool", [
    ("镇里按照“先建后补”原则拨付。", "先建后补"),
    ("由施工单位按照“谁受益、谁管护”的原则出资。", "谁受益、谁管护"),
])
def test_a_quote_before_its_principle_is_a_tool(text, tool):
    assert {n for n, _ in _tools(text)} == {tool}


@pytest.mark.parametrize("text, tool", [
    ("县里将制定柳溪河生态补水实施方案。", "柳溪河生态补水实施方案"),
    ("州里正在起草湖滨缓冲带项目准入负面清单。", "湖滨缓冲带项目准入负面清单"),
    ("省政府将出台洞庭湖岸线保护责任清单。", "洞庭湖岸线保护责任清单"),
])
def test_a_plan_or_list_named_by_what_it_covers(text, tool):
    assert _tools(text) == {(tool, tool)}


def test_a_count_of_plans_names_none():
    assert _tools("县里将制定两项实施方案。") == set()


@pytest.mark.parametrize("text, law", [
    ("新修改的监督法今年起施行。", "监督法"),
    ("各校贯彻实施义务教育法的情况。", "义务教育法"),
    ("依照《监督法》开展询问。", "监督法"),
])
def test_a_national_law_by_its_short_title(text, law):
    assert {n for n, _ in _tools(text)} == {law}


def test_a_short_title_inside_a_longer_word_is_no_law():
    assert _tools("健全人大监督法律制度。") == set()


def test_a_title_broken_across_lines_of_a_pdf_copy():
    text = "镇里按《中华人民共和国乡村振兴促\n进法》要求编制规划。"
    assert {n for n, _ in _tools(text)} == {"中华人民共和国乡村振兴促进法"}


@pytest.mark.parametrize("text, tool, form", [
    ("我们今年出台了老旧楼房加装电梯补助办法。", "老旧楼房加装电梯补助", "老旧楼房加装电梯补助办法"),
    ("区里统筹“三旧”改造专项资金，补贴租金。", "三旧改造", "“三旧”改造专项资金"),
    ("就居民生活用水阶梯价格制度提出询问。", "阶梯水价", "居民生活用水阶梯价格制度"),
])
def test_a_tool_written_with_its_rules_or_fund(text, tool, form):
    assert _tools(text) == {(tool, form)}


def test_a_quoted_guarantee_product():
    assert _tools("通过“惠农担”提供融资担保。") == {("惠农担", "惠农担")}


def test_a_recommendation_in_one_case_is_no_tool():
    assert _tools("检察院发出诉前检察建议。") == set()
