"""Session 12 (neg13): a people's congress group deliberation that a government leader only
came to hear, and a bureau joining commerce and investment promotion (invented texts; golds in
tests/gold/genres/g13n_*, written first)."""

from __future__ import annotations

import pytest

from loaders import load_text
from loaders.departments import resolve_department
from loaders.evaluate import evaluate
from loaders.exchanges import _sums_up_views, deliberation_heard
from tests.loaders.genre_helpers import assert_exchanges_right, genre_golds

G13N = genre_golds("g13n_")
NEGATIVE = [g for g in G13N if g.stem.startswith("g13n_group_")]

HEARD = ("出席江城市九届人大三次会议的某区代表团举行分组审议。副市长甲乙丙到团听取意见。\n\n"
         "市人大代表丁戊说：“村里的路什么时候能修好？”\n\n")


def test_there_are_g13n_genres():
    assert G13N


@pytest.mark.parametrize("gold", NEGATIVE, ids=lambda p: p.stem)
def test_g13n_negative_gives_no_exchange(gold):
    (f,) = evaluate([gold]).files
    assert f.exchanges_gold == 0 and f.exchanges_found == 0


@pytest.mark.parametrize("gold", [g for g in G13N if g not in NEGATIVE], ids=lambda p: p.stem)
def test_g13n_genre_fully_aligned(gold):
    assert_exchanges_right(gold)


def test_a_commerce_and_investment_bureau_is_commerce():
    assert resolve_department("县商务和投资促进局", None).type == "商务"
    assert resolve_department("市商务投资促进局", None).type == "商务"
    assert resolve_department("市投资促进局", None).type == "招商"


def test_a_station_of_a_branch_bureau_speaks_for_the_bureau():
    d = resolve_department("泉州市晋江生态环境局东石环保所", None)
    assert d is not None and d.type == "生态环境" and d.name == "泉州市晋江生态环境局"
    assert resolve_department("市财政局经建处", None).name == "市财政局"  # as before


def test_a_leader_summing_up_the_views_answers_nobody():
    assert _sums_up_views("代表们的意见建议都很中肯，她将一一记录下来，带回市政府认真研究吸纳。")
    assert _sums_up_views("各位代表提出的意见和建议，市政府将认真梳理、转交有关部门办理。")
    # views of one member, or measures after the pledge, answer that member
    assert not _sums_up_views("这条建议很好，我们将认真研究。")
    assert not _sums_up_views("大家的意见我们会带回研究。明年将新建污水管网30公里。")
    assert not _sums_up_views("听取代表发言之后，我们水利部门也会竭尽所能，解决好饮水问题。")


def test_only_a_deliberation_met_by_listeners_is_heard():
    assert deliberation_heard(HEARD)
    assert not deliberation_heard(HEARD.replace("分组审议", "专题会议"))  # no deliberation
    assert not deliberation_heard(HEARD + "随后进行专题询问。")  # an inquiry seats offices
    assert not deliberation_heard(HEARD.replace("到团听取意见", "到团"))  # nobody met


def test_a_pledge_alone_leaves_no_exchange_but_an_answer_keeps_it():
    pledge = HEARD + "甲乙丙在听取发言后表示，代表们的意见建议将带回市政府认真研究吸纳。\n"
    rec = load_text(pledge, source="pledge.txt")
    assert not rec.exchanges  # the sitting recorded, with what it names
    answered = HEARD + "甲乙丙回应说，这条路已列入今年计划，年底前修通。\n"
    rec = load_text(answered, source="answered.txt")
    assert [e.asker.name for e in rec.exchanges] == ["丁戊"]
    assert rec.exchanges[0].answer
