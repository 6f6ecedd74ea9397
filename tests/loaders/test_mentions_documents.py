"""Named laws, regulations and rules as PolicyTool (loaders/mentions/documents.py), on
sentences written for these tests."""

from __future__ import annotations

import shutil

import pytest

from loaders import load_text
from loaders.datafiles import DATA_DIR, DataFileError
from loaders.mentions.documents import legal_rules
from tests.loaders.mention_helpers import names, run


@pytest.mark.parametrize("text, tools", [
    # title-marked laws, regulations, rules and decisions
    ("根据《中华人民共和国中小企业促进法》和《优化营商环境条例》，我市出台了《青川市物业管理条例》。",
     {"中华人民共和国中小企业促进法", "优化营商环境条例", "青川市物业管理条例"}),
    ("县政府印发《青川县农村宅基地管理暂行办法》《青川县城乡居民医保实施细则》，"
     "并执行《国务院关于修改部分行政法规的决定》。",
     {"青川县农村宅基地管理暂行办法", "青川县城乡居民医保实施细则", "国务院关于修改部分行政法规的决定"}),
    ("贯彻实施《中华人民共和国民法典》，落实中央《八项规定》。", {"中华人民共和国民法典", "八项规定"}),
    # an edition aside is dropped from the name, the mention keeps it
    ("修订后的《青川市城市绿化条例（2023年修订）》已施行。", {"青川市城市绿化条例"}),
    # unmarked: opened by the jurisdiction that made it
    ("去年石家庄市优化营商环境条例正式施行。", {"石家庄市优化营商环境条例"}),
    ("依据中华人民共和国水污染防治法和河南省水污染防治条例开展检查。",
     {"中华人民共和国水污染防治法", "河南省水污染防治条例"}),
    # quoted with a plain head
    ("加快推进“青川湖湿地保护条例”立法调研。", {"青川湖湿地保护条例"}),
])
def test_named_laws_and_regulations_are_policy_tools(text, tools):
    assert names(run(text), "PolicyTool") == tools


@pytest.mark.parametrize("text", [
    # short forms of a title named before, pronoun forms
    "《条例》实施以来，该条例执行良好，《办法》《实施细则》同步修订。",
    "按照《相关规定》和《补充规定》，《配套办法》《这些规定》也要落实。",
    # programme, newspaper and report titles; whole sentences in marks
    "《问政青川》《落实进行时》栏目播出后，会议听取了《关于全市物业管理工作情况的报告》和《政府工作报告》。",
    "他在《如何把条例落到实处，关键在执行的决定》一文中写道。",
    # decisions acting once on people or a meeting
    "市政府印发《关于表彰2024年度优秀企业的决定》和《关于召开全市优化营商环境大会的决定》。",
    # 法 that is no law; a verb after a law's short name; a clause, not a name
    "推广《青川学习方法》，用好“四步工作法”，“如何为消费做加法”成为话题。",
    "中华人民共和国依法治国，青川市落实条例要求，依法办事。",
])
def test_what_is_no_named_law(text):
    assert names(run(text), "PolicyTool") == set()


def test_law_verb_after_a_national_law_is_not_part_of_its_name():
    assert names(run("中华人民共和国水污染防治法规定，县级以上政府负责。"), "PolicyTool") == {"中华人民共和国水污染防治法"}


def test_mention_spans_the_title_as_written_and_a_short_form_is_the_same_law():
    text = "就贯彻实施《中华人民共和国道路交通安全法》进行询问。检查组对《道路交通安全法》开展执法检查。"
    ms = [m for m in run(text) if m.type == "PolicyTool"]
    assert [m.text for m in ms] == ["中华人民共和国道路交通安全法", "道路交通安全法"]
    assert {m.name for m in ms} == {"中华人民共和国道路交通安全法"}


def test_traditional_script_is_named_in_simplified_and_shown_as_written():
    text = ("青川市人大常委會專題詢問\n2025年6月12日，青川市人大常委會第十九次會議對《青川市城市市容和環境衛生管理條例》"
            "實施情況進行專題詢問。\n市人大常委會委員林志華問：《青川市生活垃圾分類管理辦法》落實得怎麼樣？\n"
            "市城市管理局局長王海濤答：我們依據中華人民共和國固體廢物污染環境防治法開展整治。\n")
    rec = load_text(text, source="t.txt", year=2025)
    tools = [m for ex in rec.exchanges for m in ex.mentions if m.type == "PolicyTool"]
    tools += [m for m in rec.mentions if m.type == "PolicyTool"]
    by_name = {m.name: m.text for m in tools}
    assert by_name == {"青川市城市市容和环境卫生管理条例": "青川市城市市容和環境衛生管理條例",
                       "青川市生活垃圾分类管理办法": "青川市生活垃圾分類管理辦法",
                       "中华人民共和国固体废物污染环境防治法": "中華人民共和國固體廢物污染環境防治法"}


def test_a_broken_rules_file_is_one_line_naming_it(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    path = data / "legal_documents.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("heads: [法,", "heads: [1,"), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"^legal_documents\.yaml: 'heads' must be a non-empty list of words$"):
        legal_rules(str(data))
