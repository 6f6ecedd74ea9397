"""Session 12 (tune13x): exchange layouts and phrasings met on blind set 13a and the open
blind sets 11 and 12 (invented texts; golds in tests/gold/genres/g13x_*, written first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.tables import relabel_tables
from tests.loaders.genre_helpers import assert_exchanges_right

GENRES = Path(__file__).parents[1] / "gold" / "genres"
G13X = sorted(GENRES.glob("g13x_*.gold.json"))


def test_there_are_g13x_genres():
    assert G13X


@pytest.mark.parametrize("gold", G13X, ids=lambda p: p.stem)
def test_g13x_genre_fully_aligned(gold):
    assert_exchanges_right(gold)


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
