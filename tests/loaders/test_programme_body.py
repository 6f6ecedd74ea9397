"""A broadcast 问政 programme's body: the standing committee when its opening names the committee as an
organiser, else (the station runs it alone, the committee named at most in its guests' seats) the
programme by its station, as the blind writers wrote it."""

import pytest

from loaders import load_text

QA = ("\n主持人：林某局长，短片里的垃圾堆了半个月，为什么没人清？\n\n"
      "林某平（市城市管理局局长）：这是我们监管不到位，三天之内清理干净。\n")


def _body(opening: str) -> str | None:
    return load_text(opening + QA, source="t").session.body


ALONE = [
    ("《问政青川》第五期 节目文字稿\n播出时间：2019年4月2日 20:00 青川电视台新闻综合频道\n"
     "现场嘉宾：市人大常委会委员韦某、市人大代表毛某\n", "青川电视台《问政青川》"),
    ("《民声直通车》2021年第二期 节目文字稿\n播出：2021年3月9日 19:30 某区融媒体中心 客户端同步直播\n现场嘉宾：区人大代表毛某\n", "某区融媒体中心《民声直通车》"),
]

ORGANISED = [
    "《问政青川》第五期 节目文字稿\n主办：青川市人大常委会 青川广播电视台\n播出时间：2019年4月2日 20:00 青川电视台新闻综合频道\n",
    "青川市人大常委会《问政青川》第五期 节目文字稿\n播出时间：2019年4月2日 20:00 青川电视台新闻综合频道\n",
    "《问政青川》第五期 节目文字稿\n播出时间：2019年4月2日 20:00 青川电视台新闻综合频道\n"
    "主持人：各位观众晚上好！欢迎收看由青川市人大常委会和青川广播电视台联合推出的《问政青川》。\n",
]


@pytest.mark.parametrize("opening,body", ALONE)
def test_a_programme_its_station_runs_alone_is_the_body(opening, body):
    assert _body(opening) == body


@pytest.mark.parametrize("opening", ORGANISED)
def test_a_programme_a_committee_organises_has_the_committee(opening):
    assert _body(opening) == "青川市人大常委会"
