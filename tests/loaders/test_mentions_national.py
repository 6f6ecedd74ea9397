"""National instruments and patterns added in session 4 (issue 9), on short texts written
for these tests (expectations written before the extractor ran on them)."""

from __future__ import annotations

from loaders.mentions import extract_mentions


def run(text: str, city: str | None = "青川市"):
    result = extract_mentions(text, [("e1", "answer", 0, len(text))], city)
    return list(result.mentions["e1"])


def names(ms, typ: str) -> set[str]:
    return {m.name for m in ms if m.type == typ}


def test_strategies_tax_reforms_and_social_assistance_from_the_dictionary():
    text = ("我县深入实施乡村振兴战略和就业优先战略，落实营改增和六税两费减免，"
            "推进棚改和城中村改造，做好城乡低保、临时救助和特困供养，扩大公益性岗位。")
    assert names(run(text), "PolicyTool") == {
        "乡村振兴战略", "就业优先战略", "营改增", "六税两费减免", "棚户区改造", "城中村改造",
        "最低生活保障", "临时救助", "特困人员救助供养", "公益性岗位"}


def test_environment_housing_and_legal_service_instruments():
    text = ("全市推进三改一拆和煤改气，落实湾长制，开展散乱污整治；发放公积金贷款，建设公租房；"
            "推行一村一法律顾问，深化诉源治理，加强三调联动。")
    assert names(run(text), "PolicyTool") == {
        "三改一拆", "煤改气", "湾长制", "散乱污整治", "住房公积金贷款", "公共租赁住房",
        "一村一法律顾问", "诉源治理", "三调联动"}


def test_congress_supervision_formats_are_named_once():
    ms = run("镇人大开展代表约见活动，推行站点问政，探索建立政府部门负责人进站工作机制。")
    assert names(ms, "PolicyTool") == {"代表约见", "站点问政", "政府部门负责人进站"}


def test_bare_livelihood_matters_are_a_programme_only_quoted_or_by_year():
    assert names(run("这是一场关乎民生实事的询问，体现了为民办实事的决心。"), "PolicyTool") == set()
    assert names(run("代表询问了2024年度民生实事的完成情况。"), "PolicyTool") == {"民生实事"}
    assert names(run("今年确定“民生实事”12件。"), "PolicyTool") == {"民生实事"}


def test_coal_to_electricity_is_its_own_instrument():
    got = names(run("推进北方地区冬季清洁取暖，今年完成煤改电两万户。"), "PolicyTool")
    assert got == {"清洁取暖", "煤改电"}
