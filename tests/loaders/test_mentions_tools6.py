"""Policy tools that set H (untuned) showed missing or wrongly found, held by an invented
report (tests/gold/genres/e6b_*, gold written before the extractor ran: 4/3/3 on the first try)."""

from __future__ import annotations

from pathlib import Path

from loaders.evaluate import evaluate
from tests.loaders.mention_helpers import names, run

E6B_GOLD = sorted((Path(__file__).parents[1] / "gold" / "genres").glob("e6b_*.gold.json"))


def test_tools6_transcripts_as_policygraph_eval_scores_them():
    assert E6B_GOLD
    t = evaluate(E6B_GOLD).totals()["PolicyTool"]
    assert t.recall == 1.0 and t.precision == 1.0, (t.tp, t.fp, t.fn, t.misses, t.false_positives)


def test_a_verse_an_outcome_and_a_count_of_steps_are_no_slogans():
    # a numeral before 岁 counts years; 零增长 is an outcome; …部曲 counts the parts of a whole
    text = "他说“三岁看到老”不对，经费保持“零增长”，监督有“四部曲”。"
    assert not names(run(text), "PolicyTool")


def test_a_government_notice_that_rules_is_a_policy_tool_and_one_that_convenes_is_none():
    text = "市政府发布了《某某市禁止销售散装汽油通告》，又发了《关于召开安全生产会议的通告》。"
    assert names(run(text), "PolicyTool") == {"某某市禁止销售散装汽油通告"}


def test_a_rule_ending_in_zhi_that_a_body_adopts_is_a_tool_and_a_mechanism_is_none():
    # (session 16: the congress's own 会议审议问答制 is one of its formats, no tool: congress_asking_words)
    text = "常委会推行会议审议问答制，各部门实行征地拆迁包干责任制，并推行长效监管机制。"
    assert names(run(text), "PolicyTool") == {"征地拆迁包干责任制"}


def test_a_quoted_stance_before_a_principle_word_is_no_tool():
    text = "随着“敢于监督”“勇于担当”理念深入人心，县里推行“项目为王”理念。"
    assert names(run(text), "PolicyTool") == {"项目为王"}


def test_a_quoted_campaign_named_across_a_longer_kind_of_activity_is_a_tool():
    text = "县人大组织开展“守护清水河”主题宣传实践活动。代表们喊出“水清岸绿”，这次活动持续一个月。"
    assert names(run(text), "PolicyTool") == {"守护清水河"}
