"""Session 14 (realQ): shapes of real published pages (set Q) that defeated the loaders,
each as an invented genre text (golds in tests/gold/genres/g15q_*)."""

from __future__ import annotations

from loaders.attribution import find_utterances


def test_asker_introduced_by_occupation_asks_the_official_named_before():
    text = ("昨天，省人大宁波代表团审议报告，省建设厅副厅长许文山到会。率先向许文山发问的是宁波明达建材公司董事长陶明华，"
            "她发现补助迟迟没有拨付。“这笔钱卡在哪里？”\n许文山回答，资金已经下达到县里。\n")
    asks = [u for u in find_utterances(text) if u.kind == "question"]
    assert [u.speaker.name for u in asks] == ["陶明华"]
    assert "（人大代表）" in asks[0].speaker.role
    assert asks[0].addressee is not None and asks[0].addressee.name == "许文山"
