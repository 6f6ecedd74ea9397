"""Entity families (session 16, second round): generic words the genre golds showed read as
names — parts of a town named by what they are, counts and classes of works, facilities named
after a tool, the congress's own ways of asking — and an app named before a kind of platform.
Held by invented reports (tests/gold/genres/g17e_*, gold written before the extractor ran on
them) and by sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.loaders.genre_helpers import genre_golds
from tests.loaders.mention_helpers import assert_genre_totals, kinds_test, names_test

G17E = genre_golds("g17e_")


def test_the_round_has_its_genres():
    assert len(G17E) >= 1


@pytest.mark.parametrize("gold", G17E, ids=lambda p: p.name[:-10])
def test_every_entity_of_each_genre_right(gold):
    stem = gold.name[:-len(".gold.json")]
    totals = assert_genre_totals(stem)
    for kind, t in totals.items():
        assert t.fp == 0 and t.fn == 0, (stem, kind, t.misses, t.false_positives)


def test_town_parts_and_outlets_first_run():
    # at main b0d9a0c: Project 1 of 2, 5 false; PolicyTool 3 of 3, 4 false
    assert_genre_totals("g17e_town_parts_and_outlets", Project=(2, 0, 0), PolicyTool=(3, 0, 0))


test_town_parts = names_test("Project", [
    ("委员询问城区农贸市场改造资金的落实情况。", set()),
    ("由城区水厂管网延伸供水，明年覆盖所有乡镇。", set()),
    ("明年将实施老城区排涝泵站改造工程。", set()),
    ("全州茶园面积不小，品牌没几个。", set()),
    ("主城区停车场建设滞后。", set()),
    # a direction may name one plant
    ("城东污水处理厂二期工程下月通水。", {"城东污水处理厂二期工程"}),
])

test_counts_and_classes_of_works = names_test("Project", [
    ("今年已启动12处集中供水工程，年底前解决缺水。", set()),
    ("新建三座千吨万人水厂，偏远的村建设单村供水工程。", set()),
    ("12处水源改造工程已全部完工。", set()),
])

test_outlets_named_after_tools = names_test("PolicyTool", [
    ("全县农村互助养老点建了四十多个。", set()),
    ("医养结合机构的床位为什么还是一床难求？", set()),
    ("年底前每个街道至少建成一个普惠托育点。", set()),
    ("货车超限超载屡禁不止，治超站点够不够？", set()),
    # the tool named for itself stays
    ("我们大力发展农村互助养老，推进医养结合。", {"互助养老", "医养结合"}),
])

test_congress_asking_formats = names_test("PolicyTool", [
    ("邻水县人大常委会组织开展“代表问部门”活动。", set()),
    ("今年常委会推行会议审议问答制，审议发言前先由部门负责人回答。", set()),
    ("预算审查会上的“一连串追问”", set()),
    ("县里推行“局长问政”机制。", set()),
    # a tool beside them stays
    ("常委会推行会议审议问答制，部门实行征地拆迁包干责任制。", {"征地拆迁包干责任制"}),
])

test_apps_before_a_kind_of_platform = kinds_test([
    ("推广“水库管家”智慧平台，水源地一屏可查。", {"Project": {"水库管家"}, "PolicyTool": set()}),
    ("上线“渝快办”信息系统。", {"Project": {"渝快办"}, "PolicyTool": set()}),
])
