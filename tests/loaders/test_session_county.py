"""A county's sitting keeps its prefecture as ``city`` (sittings group by city) and names the
county-level place in ``county``; the eval takes either as the gold's city."""
import json

import pytest

from loaders import load_path
from loaders.evaluate import read_gold, score_record
from loaders.session import detect_session

SHA = "0" * 64


@pytest.mark.parametrize(("text", "city", "county"), [
    # the sitting named with its county
    ("2022年6月8日，桐庐县第十五届人大常委会第五次会议开展专题询问。", "杭州市", "桐庐县"),
    # a county-level city: its name as written, though the gazetteer still has 京山县
    ("2021年3月2日，京山市第九届人大常委会第三次会议举行专题询问。", "荆门市", "京山市"),
    # the sitting written without its place, the committee named elsewhere
    ("长兴县人大常委会开展专题询问。\n2023年9月1日，县十八届人大常委会第十三次会议在县行政中心举行。", "湖州市", "长兴县"),
    # a district's sitting
    ("2020年4月2日，越城区九届人大常委会第十四次会议开展专题询问。", "绍兴市", "越城区"),
    # a city's sitting has none
    ("2024年10月28日，漯河市八届人大常委会第十四次会议开展专题询问。", "漯河市", None),
    ("漯河市人大常委会开展专题询问。2024年10月28日，市八届人大常委会第十四次会议举行。", "漯河市", None),
])
def test_county_of_the_sitting(text, city, county):
    s = detect_session(text, sha256=SHA)
    assert (s.city, s.county) == (city, county)


def test_a_township_named_like_another_citys_county_is_no_county():
    # 永兴 is a county of 郴州; a township 永兴镇 of 遵义 opens this sitting's name
    s = detect_session("遵义市凤冈县永兴镇人大主席团开展询问。2020年1月8日，永兴镇第十八届人民代表大会第二次会议召开。",
                       sha256=SHA)
    assert s.county != "永兴县"


def test_a_county_given_by_the_user_is_placed_in_its_prefecture():
    s = detect_session("2022年6月8日，县十五届人大常委会第五次会议开展专题询问。", sha256=SHA, city="桐庐县")
    assert (s.city, s.county) == ("杭州市", "桐庐县")


@pytest.mark.parametrize(("gold_city", "wrong"), [("杭州市", False), ("桐庐县", False), ("金华市", True)])
def test_eval_takes_the_county_or_its_prefecture_as_the_city(tmp_path, gold_city, wrong):
    src = tmp_path / "t.txt"
    src.write_text("2022年6月8日，桐庐县第十五届人大常委会第五次会议开展专题询问。\n"
                   "县人大常委会委员王立群问：县农业农村局如何推进高标准农田建设？\n"
                   "县农业农村局局长陈建华答：我们将加大投入，今年新建高标准农田两万亩。\n", encoding="utf-8")
    gold = tmp_path / "t.gold.json"
    gold.write_text(json.dumps({"source": "t.txt", "session": {"city": gold_city}, "exchanges": []},
                               ensure_ascii=False), encoding="utf-8")
    score = score_record(read_gold(gold), load_path(src))
    assert bool([e for e in score.session_errors if e.startswith("city")]) == wrong
