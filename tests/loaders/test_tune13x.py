"""Session 12 (tune13x): exchange layouts and phrasings met on blind set 13a and the open
blind sets 11 and 12 (invented texts; golds in tests/gold/genres/g13x_*, written first)."""

from __future__ import annotations

from loaders.tables import relabel_tables


def test_a_row_of_empty_leading_cells_keeps_its_columns():
    table = "序号｜询问人｜询问内容｜应询人｜答复内容\n1｜委员 甲乙丙｜问什么？｜市水利局局长 丁戊｜答这些。\n｜｜｜市财政局局长 己庚｜补充。\n"
    lines = relabel_tables(table).split("\n")
    assert "市财政局局长 己庚：补充。" in lines
    # a row with too few cells still ends the table
    assert "｜补充" in relabel_tables(table.replace("｜｜｜市财政局", "｜市财政局"))


def test_a_flattened_table_keeps_the_empty_cells_of_a_second_answer_row():
    flat = ("询问情况如下。 序号｜询问人｜询问内容｜应询人｜答复内容 1｜委员 甲乙丙｜问什么？｜市水利局局长 丁戊｜答这些。"
            " ｜｜｜市财政局局长 己庚｜补充。 2｜委员 辛壬｜还问？｜市水利局局长 丁戊｜再答。")
    lines = relabel_tables(flat).split("\n")
    assert "市财政局局长 己庚：补充。" in lines and "委员 辛壬：还问？" in lines


OPENING = "2023年4月12日，韶关市浈江区人大常委会举办代表·局长面对面活动。\n"


def _who(text: str) -> list[tuple[str | None, str | None]]:
    from loaders import load_text

    return [(e.asker.name, e.respondent.name) for e in load_text(OPENING + text, source="t.txt").exchanges]


def test_a_seat_label_takes_the_signature_only_from_a_member():
    # "代表问：…（区人大代表 X）" names the asker; an official's signature under a member's
    # label names nobody who asks (the seat and the signature disagree)
    assert _who("代表问：公交站台什么时候建？（区人大代表 温丽芳）\n局长答：区交通运输局局长 曾国华介绍，年底建成。\n") \
        == [("温丽芳", "曾国华")]
    assert _who("代表问：公交站台什么时候建？（区交通运输局局长 曾国华）\n答：年底建成。\n")[0][0] != "曾国华"


def test_a_bare_name_told_after_a_post_label_must_have_answered_before():
    # "局长答：X表示，…" takes X's post from an earlier answer; a name never seen with a
    # post stays unread by this rule
    got = _who("代表问：公交站台什么时候建？——提问代表：区人大代表 温丽芳\n局长答：区交通运输局局长 曾国华介绍，年底建成。\n"
               "代表问：线路能不能延长？——提问代表：区人大代表 邓志明\n局长答：曾国华表示，下月延长。\n")
    assert got == [("温丽芳", "曾国华"), ("邓志明", "曾国华")]
