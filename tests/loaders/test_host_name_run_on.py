"""A broadcast 问政 whose host's lines open "主持人X：" (the name run on after the word, no bracket,
no credits line) has X as the host who asks, and presses, the officials."""

from loaders import load_text

TEXT = ("《问政某城》第四期 节目文字稿\n主办：某市人大常委会 某市广播电视台\n播出时间：2023年6月2日 20:00 某市电视台新闻综合频道\n\n"
        "主持人苗某川：大家好，这里是《问政某城》。先看一段片子。\n\n"
        "主持人苗某川：柏局长，片子里那条巷子的改造，怎么做了一半就停了？\n\n"
        "市住房和城乡建设局局长柏某：主要是施工单位组织不力，我们已责令十天内恢复施工。\n\n"
        "主持人苗某川：十天以后如果还没动工，怎么办？\n\n"
        "市住房和城乡建设局局长柏某：欢迎媒体随时去看，到时没动工我来节目上交账。\n")


def test_the_host_named_after_the_word_asks_and_presses():
    xs = load_text(TEXT, source="t").exchanges
    assert [(x.asker.name, x.respondent.name, x.follow_up_of is not None) for x in xs] == \
        [("苗某川", "柏某", False), ("苗某川", "柏某", True)]
