"""Session 24 (issue 9, set 32 open): national instruments added to policy_tools.tsv and the
kind a quoted tool is named with kept in its written form; short texts written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.mention_helpers import names, run


@pytest.mark.parametrize("text, tool, form", [
    ("区工信局兑现了技改贷款贴息两千万元。", "技改贷款贴息", "技改贷款贴息"),
    ("合作银行推出专利质押融资产品。", "专利质押融资", "专利质押融资"),
    ("污水厂三期按BOT模式引入社会资本。", "BOT模式", "BOT模式"),
    ("法院审理破坏林地案件时推行生态修复性司法。", "生态修复性司法", "生态修复性司法"),
    ("镇里把河(湖)长制落到每条支流。", "河长制", "河(湖)长制"),
    # (the level that pays is in the mention: session 26, mentions._levels_that_pay)
    ("县里争取省级生态补偿资金一千万元。", "生态补偿", "省级生态补偿资金"),
    ("财政局对专项资金开展全过程绩效管理。", "预算绩效管理", "全过程绩效管理"),
    ("村里给困难户发放水费补贴。", "水费补贴", "水费补贴"),
    ("调整水价前要先开价格听证会。", "价格听证", "价格听证会"),
])
def test_national_instruments_of_session24(text, tool, form):
    ms = [m for m in run(text) if m.type == "PolicyTool"]
    assert {m.name for m in ms} == {tool}
    assert {m.text for m in ms} == {form}


@pytest.mark.parametrize("text, tool, form", [
    # the kind right after the quote is part of what the text writes (readers write 护林员制度)
    ("林业站建立“护林员”制度，每片山林有人巡。", "护林员", "护林员”制度"),
    ("两院推行“法院+检察”协作机制。", "法院+检察", "法院+检察”协作机制"),
    ("园区探索“平台+院校+企业”运营模式。", "平台+院校+企业", "平台+院校+企业”运营模式"),
])
def test_a_quoted_tool_keeps_its_kind_in_the_written_form(text, tool, form):
    ms = [m for m in run(text) if m.type == "PolicyTool"]
    assert names(ms, "PolicyTool") == {tool}
    assert {m.text for m in ms} == {form}


@pytest.mark.parametrize("text, tool, form", [
    # a known tool's kind after the quoted first part stays in the mention (readers write 放管服改革)
    ("乡镇深化“放管服”改革，材料能减就减。", "放管服", "“放管服”改革"),
    # a tail that only begins a kind word is left out (“首问负责”制度: 首问负责制 is the known name)
    ("窗口落实“首问负责”制度。", "首问负责制", "“首问负责”"),
])
def test_a_known_quoted_tool_keeps_its_kind_tail(text, tool, form):
    ms = [m for m in run(text) if m.type == "PolicyTool"]
    assert names(ms, "PolicyTool") == {tool}
    assert {m.text for m in ms} == {form}
