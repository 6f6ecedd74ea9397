"""Policy tools that unseen real reports (session 8, /work/real/tools8, outside the repo) wrote
in forms the loaders missed, held by invented reports (tests/gold/genres/p8_*, gold written
before the extractor ran: 2 of 8 tools and 2 false ones on the first try)."""

from __future__ import annotations

from pathlib import Path

from loaders.evaluate import evaluate
from tests.loaders.mention_helpers import names, run

P8_GOLD = sorted((Path(__file__).parents[1] / "gold" / "genres").glob("p8_*.gold.json"))


def test_tools8_transcripts_as_policygraph_eval_scores_them():
    assert len(P8_GOLD) >= 3
    t = evaluate(P8_GOLD).totals()["PolicyTool"]
    assert t.recall == 1.0 and t.precision == 1.0, (t.tp, t.fp, t.fn, t.misses, t.false_positives)


def test_a_quote_holding_the_first_part_of_a_known_tool_names_the_whole_tool():
    # “七五”普法, “河长”制: the quotes hold only the numbered or first part, the rest follows them
    text = "县里全面完成“七五”普法，推行“河长”制，落实“双减”政策。"
    assert names(run(text), "PolicyTool") == {"七五普法", "河长制", "双减"}


def test_a_quote_before_a_word_that_makes_no_known_tool_stays_as_it_was():
    # “两会”期间 is a time; “三变”试点 is no known name (三变试点): the quote rules decide alone
    assert not names(run("“两会”期间代表提出建议。"), "PolicyTool")


def test_a_five_year_programme_title_is_a_tool_with_its_draft_and_year_asides_dropped():
    text = ("会议审议了《青山县法治宣传教育第八个五年规划(2021—2025年)(草案)》和"
            "《青山县国土空间总体规划(2021—2035年)》，通过了《关于加强法治宣传教育的决议(草案)》。")
    assert names(run(text), "PolicyTool") == {"青山县法治宣传教育第八个五年规划"}


def test_a_draft_programme_title_without_a_place_or_years_is_still_one_offices_paper():
    assert not names(run("局里印发了《普法工作实施方案(征求意见稿)》。"), "PolicyTool")


def test_environmental_inspection_and_state_enterprise_reform_are_known_tools():
    text = "督促整改生态环保督察反馈的问题；中央生态环境保护督察组进驻；深化国资国企改革。"
    assert names(run(text), "PolicyTool") == {"生态环境保护督察", "中央环保督察", "国资国企改革"}


def test_a_clear_water_goal_is_no_numbered_slogan_and_a_numbered_pair_still_is():
    text = "这次询问为了“一江清水出澜江”，守护“一湖清水”，每条支流实行“一河一策”，共抓长江大保护。"
    assert names(run(text), "PolicyTool") == {"一河一策", "长江大保护"}


def test_deputies_voting_on_the_years_projects_names_the_voting_mechanism():
    # the mechanism written as what the deputies do (a real report of set I wrote it so)
    text = "县政府去年的十件实事，都是年初经人大代表票决选出的。"
    assert "民生实事项目人大代表票决制" in names(run(text), "PolicyTool")
