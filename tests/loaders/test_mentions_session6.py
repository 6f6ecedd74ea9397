"""Entity rules added in session 6 (issue 9) from the misses on real sets F and G, on short
texts written for these tests (expectations written before the extractor ran on them)."""

from __future__ import annotations

import pytest

from tests.loaders.mention_helpers import names, run


@pytest.mark.parametrize("text, tools", [
    # rural reform and poverty programmes named in the central documents' words
    ("打赢脱贫攻坚战以后，我们巩固精准脱贫成果，规范土地经营权流转，推进农业产业结构调整和社会主义新农村建设。",
     {"脱贫攻坚战", "精准脱贫", "土地流转", "农业结构调整", "新农村建设"}),
    # accountability rules and the land-use quota rule
    ("各县实行行政首长负责制和目标责任考核制，落实党政同责，用地指标实行增存挂钩。",
     {"行政首长负责制", "目标考核制", "党政同责", "增存挂钩"}),
    # the congress's own supervision formats and the courts' enforcement instruments
    ("代表们可以依法提出质询案；常委会坚持代表接待日制度。法院对失信被执行人限制高消费。",
     {"质询案", "代表接待日", "限制高消费"}),
])
def test_seventh_batch_of_national_instruments(text, tools):
    assert names(run(text), "PolicyTool") == tools


def test_a_form_the_report_writes_resolves_to_the_canonical_tool():
    ms = run("扩大农业保险覆盖面，推进“四好”公路建设，破解“执行难”。")
    assert names(ms, "PolicyTool") == {"政策性农业保险", "四好农村路", "基本解决执行难"}
    assert {m.text for m in ms} >= {"农业保险"}


@pytest.mark.parametrize("text, tools", [
    # what a government holds to, quoted: 理念, 目标任务, 目标
    ("树立“项目为王”理念，紧扣“两地五区”目标任务，围绕“有呼必应、无事不扰”目标优化服务。",
     {"项目为王", "两地五区", "有呼必应、无事不扰"}),
    # an activity named in quotes, with a few words of kind before 活动
    ("常委会开展“代表+”助推活动，组织“局长进站”询问活动。", {"代表+", "局长进站"}),
    # a generic word in quotes stays none (面对面 is the inquiry's own format)
    ("组织代表与部门负责人“面对面”询问活动。", set()),
])
def test_quoted_names_before_what_the_text_calls_them(text, tools):
    assert names(run(text), "PolicyTool") == tools


@pytest.mark.parametrize("text", [
    # an ordinal and numeral idioms count nothing: no slogan
    "农村饮水安全被列为约见的“第一问”。",
    "把优化营商环境作为“一盘棋”协同推进，“一竿子插到底”跟踪问效。",
    # the subject of the inquiry, not an instrument
    "县人大常委会对农村人居环境整治工作开展专题询问，聚焦人居环境整治中的短板。",
])
def test_ordinals_idioms_and_subjects_are_no_tools(text):
    assert names(run(text), "PolicyTool") == set()
