"""Question tables whose cells a page copy set apart with runs of spaces, and their askers
written by name alone under a heading that gives the seat (询问代表, 询问委员)."""

from loaders import load_text
from loaders.tables import relabel_tables

GAP = "\u3000\u3000"


def _table(gap: str, asker_heading: str = "询问代表") -> str:
    rows = [("序号", asker_heading, "询问内容", "应询人", "答复要点"),
            ("1", "孔令和", "路灯谁修？", "局长 钱进", "本月修好。"),
            ("2", "孔令和（追问）", "修好后谁管？", "副局长 孙平", "街道管。")]
    return "情况如下：\n" + "\n".join(gap.join(r) for r in rows) + "\n以上。"


def test_cells_cut_by_runs_of_spaces_read_as_a_table_half_or_full_width():
    for gap in ("  ", "   ", GAP):
        assert relabel_tables(_table(gap)).split("\n") == [
            "情况如下：", "代表 孔令和：路灯谁修？", "局长 钱进：本月修好。", "代表 孔令和追问：修好后谁管？", "副局长 孙平：街道管。",
            "以上。"]


def test_the_heading_gives_the_seat_of_askers_named_alone():
    assert relabel_tables(_table(GAP, "询问委员")).split("\n")[1] == "委员 孔令和：路灯谁修？"
    # 询问人 gives no seat: the name stays alone
    assert relabel_tables(_table(GAP, "询问人")).split("\n")[1] == "孔令和：路灯谁修？"


def test_an_asker_cell_with_a_seat_or_post_of_its_own_keeps_it():
    text = f"询问代表{GAP}询问内容{GAP}应询人{GAP}答复要点\n县人大代表 孔令和{GAP}路灯谁修？{GAP}局长 钱进{GAP}本月修好。"
    assert relabel_tables(text).split("\n")[0] == "县人大代表 孔令和：路灯谁修？"


def test_prose_with_a_wide_gap_is_no_table():
    text = "询问内容  答复内容  应询人都已公布。\n委员们  很关心。"
    assert relabel_tables(text) == text  # a heading row needs its cells all column words
    text = "会议议程如下。  委员们提问，局长作答。\n序号  询问人"
    assert relabel_tables(text) == text


def test_a_row_with_other_cells_ends_the_table():
    text = _table(GAP).replace("\n以上。", f"\n附：{GAP}会后书面答复的事项另行通报。")
    assert relabel_tables(text).split("\n")[-1] == f"附：{GAP}会后书面答复的事项另行通报。"


def test_a_spaced_table_of_deputies_reads_as_exchanges():
    r = load_text("某县人大常委会召开代表询问会。\n" + _table(GAP), source="t")
    assert [(e.asker.name, e.asker.role, e.respondent.name, e.follow_up_of is not None) for e in r.exchanges] == [
        ("孔令和", "代表", "钱进", False), ("孔令和", "代表", "孙平", True)]


def test_an_answer_clause_that_defers_reports_no_answer():
    text = ("委员 王大明：村道窄，何时拓宽？\n乡村建设办公室主任 卞志强：会后对接，书面答复。\n"
            "委员 李小红：还有吗？\n乡村建设办公室主任 卞志强：没有了。\n")
    r = load_text(text, source="t")
    assert r.exchanges[0].answer is None and r.exchanges[1].answer == "没有了。"


def test_a_spaced_table_copied_to_one_line_is_cut_by_its_heading():
    # the rows joined by one space, the lede before the heading by the gap its blank line left
    flat = "某乡召开代表询问会，情况如下：  " + " ".join(GAP.join(r) for r in [
        ("序号", "询问代表", "询问内容", "应询人", "答复要点"), ("1", "孔令和", "路灯谁修？", "局长 钱进", "本月修好。"),
        ("2", "孔令和（追问）", "修好后谁管？", "副局长 孙平", "街道管。")])
    assert relabel_tables(flat).split("\n") == [
        "某乡召开代表询问会，情况如下：", "代表 孔令和：路灯谁修？", "局长 钱进：本月修好。", "代表 孔令和追问：修好后谁管？",
        "副局长 孙平：街道管。"]
