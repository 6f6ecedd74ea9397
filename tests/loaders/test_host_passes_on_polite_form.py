"""A host passing on what a member of the public called by surname and a polite form said in the
street ("一位在站口等公交的陈阿姨说：“…？”") asks for them, unnamed: the polite forms are the public's
words as 市民, 网友 are (data/turn_words.tsv passed_on)."""

import pytest

from loaders import load_text

OPENING = ("《问政某区》第二期 节目文字稿\n主持人：喻某\n播出时间：2021年4月3日 20:00 某区融媒体中心 直播\n"
           "现场嘉宾：区人大代表翁某；区交通委副主任佘某\n\n")


@pytest.mark.parametrize("who", ["陈阿姨", "老陈大爷", "开出租车的陈师傅"])
def test_the_publics_question_passed_on_is_theirs_unnamed(who):
    text = (OPENING + f"主持人：节目开始前，我们在地铁站口采访了一些人。一位在站口等车的{who}说：“电瓶车到底让我们停哪里？”"
            "这个问题请区交通委回答。\n\n佘某（区交通委副主任）：今年已经在站口新增600个停车泊位。\n")
    xs = load_text(text, source="t").exchanges
    assert [(x.asker.name, x.respondent.name) for x in xs] == [(None, "佘某")]
