"""Mention extraction and resolution on small invented texts.

The names here (白鹭湾, 星澜, 云岭 …) are in none of the data files: they must be
found by the patterns, as they will be in transcripts from cities never seen.
"""

from __future__ import annotations

import pytest

from loaders.mentions import extract_mentions, sentence_bounds
from loaders.records import ENTITY_TYPES, POLICY_CATEGORIES

GENERIC = ("服务", "项目", "企业", "政策", "机制", "平台", "产业链", "产业集群", "中心", "基地", "实验室")


def run(text: str, city: str | None = "青川市", part: str = "answer"):
    """Extract from the whole text as one answer of exchange e1."""
    result = extract_mentions(text, [("e1", part, 0, len(text))], city)
    return result, list(result.mentions["e1"])


def names(mentions, typ: str) -> set[str]:
    return {m.name for m in mentions if m.type == typ}


def test_unlisted_names_are_found_by_patterns():
    text = ("一是加快白鹭湾智能装备产业园建设，推动星澜实验室与云岭大学共建联合创新中心。"
            "二是引进鼎盛新材料有限公司，围绕低空经济产业链和新能源汽车产业集群招引项目。"
            "三是实行“青苗人才计划”，推行“拎包入住”服务模式。")
    _, ms = run(text)
    assert names(ms, "Project") == {"白鹭湾智能装备产业园", "星澜实验室"}
    assert names(ms, "Organization") == {"云岭大学", "鼎盛新材料有限公司"}
    assert names(ms, "IndustryChain") == {"低空经济产业链", "新能源汽车产业集群"}
    assert names(ms, "PolicyTool") == {"青苗人才计划", "拎包入住"}
    cats = {m.name: m.category for m in ms if m.type == "PolicyTool"}
    assert cats["青苗人才计划"] == "talent"
    assert all(c in POLICY_CATEGORIES for c in cats.values())


def test_generic_words_are_never_entities():
    text = ("我们将加快项目建设，优化服务，完善机制，支持企业发展，落实政策，建设平台，"
            "提升产业链，壮大产业集群，建设中心和基地，新建实验室，打造创新平台和研发中心。")
    _, ms = run(text)
    assert ms == []
    for word in GENERIC:
        _, ms = run(f"全力推进{word}。")
        assert ms == [], word


def test_offsets_sentences_and_parts():
    q = "请问：如何推进“标准地”改革？"
    a = "我们在青川高新区推行标准地出让；同时争取超长期国债和专项债券支持。\n下一步继续用好“揭榜挂帅”机制。"
    text = q + "\n" + a
    parts = [("e1", "question", 0, len(q)), ("e1", "answer", len(q) + 1, len(text))]
    result = extract_mentions(text, parts, "青川市")
    ms = result.mentions["e1"]
    assert ms, "nothing found"
    for m in ms:
        assert text[m.start:m.end] == m.text
        assert m.type in ENTITY_TYPES
        assert m.text in m.sentence
        a0, b0 = sentence_bounds(text, m.start, m.end)
        assert text[a0:b0].strip() == m.sentence
        assert not any(c in m.sentence[:-1] for c in "。；？\n")
        span = parts[0] if m.part == "question" else parts[1]
        assert span[2] <= m.start < m.end <= span[3]
    by_part = {(m.part, m.name) for m in ms if m.type == "PolicyTool"}
    assert ("question", "标准地") in by_part and ("answer", "标准地") in by_part
    assert {"超长期国债", "专项债", "揭榜挂帅"} <= {m.name for m in ms}
    sentence = next(m.sentence for m in ms if m.name == "超长期国债")
    assert sentence == "同时争取超长期国债和专项债券支持。"


def test_quotes_stripped_and_quoted_offsets_point_inside():
    _, ms = run("推广“园区贷”，探索“先使用后付费”新模式，建成“海鹰号”养殖平台。")
    got = {m.name: m for m in ms}
    assert got["园区贷"].type == "PolicyTool" and got["园区贷"].category == "finance"
    assert got["先使用后付费"].category == "innovation"
    assert got["海鹰号"].type == "Project"
    assert all("“" not in m.name and "”" not in m.name for m in ms)


def test_no_overlapping_mentions_and_nested_names_belong_to_the_longer():
    _, ms = run("以中石油广东石化炼化一体化项目为龙头，联合中行青川分行发布方案。")
    assert names(ms, "Project") == {"中石油广东石化炼化一体化项目"}
    assert names(ms, "Organization") == {"中行青川分行"}
    spans = sorted((m.start, m.end) for m in ms)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_short_form_resolves_to_long_form_within_document():
    text = "依托江北星澜实验室建设中试基地。引导企业加强与星澜实验室合作。"
    result, ms = run(text)
    assert {m.name for m in ms if m.type == "Project"} == {"江北星澜实验室"}
    assert {m.text for m in ms if m.type == "Project"} == {"江北星澜实验室", "星澜实验室"}
    ent = [e for e in result.entities if e.type == "Project"]
    assert len(ent) == 1 and ent[0].city == "青川市" and "星澜实验室" in ent[0].aliases


def test_short_form_stays_when_long_form_absent():
    _, ms = run("引导企业加强与星澜实验室合作。")
    assert names(ms, "Project") == {"星澜实验室"}


def test_policy_tool_is_one_entity_across_cities():
    r1, _ = run("今年发行专项债券12亿元。", city="青川市")
    r2, _ = run("争取地方专项债支持园区建设。", city="白河市")
    t1 = [(e.type, e.name, e.city, e.category) for e in r1.entities if e.type == "PolicyTool"]
    t2 = [(e.type, e.name, e.city, e.category) for e in r2.entities if e.type == "PolicyTool"]
    assert t1 == t2 == [("PolicyTool", "专项债", None, "finance")]
    # the dictionary forms are the aliases, whichever form a text used, so the
    # shared node's aliases don't depend on which document was loaded last
    (a1,) = [e.aliases for e in r1.entities]
    (a2,) = [e.aliases for e in r2.entities]
    assert a1 == a2
    assert {"专项债券", "地方专项债"} <= set(a1)


def test_projects_are_city_bound_organizations_are_not():
    r, _ = run("推动云岭大学与白鹭湾智能装备产业园合作。", city="青川市")
    by = {e.type: e for e in r.entities}
    assert by["Project"].city == "青川市"
    assert by["Organization"].city is None


def test_quoted_only_alias_needs_quotes():
    _, ms = run("加强两新组织党建工作。")
    assert names(ms, "PolicyTool") == set()
    _, ms = run("抓好“两新”“两重”政策机遇。")
    assert names(ms, "PolicyTool") == {"两新", "两重"}


def test_city_scoped_chain_only_in_its_city():
    text = "推动绿色石化、海洋经济发展。"
    _, ms = run(text, city="揭阳市")
    assert names(ms, "IndustryChain") == {"绿色石化", "海洋经济"}
    r, ms = run(text, city="漯河市")
    assert names(ms, "IndustryChain") == set()
    r, _ = run(text, city="揭阳市")
    chains = {e.name: e for e in r.entities}
    assert chains["绿色石化"].parent == "一化一海五优特" and chains["绿色石化"].city == "揭阳市"


def test_organisations_from_lists_before_a_head_noun():
    _, ms = run("招引青川恒达、白河宏远等龙头企业落户。")
    assert {"青川恒达", "白河宏远"} <= names(ms, "Organization")


def test_government_bodies_are_not_organisations():
    _, ms = run("联合市人民银行、金融监管局等金融管理机构出台措施。")
    assert names(ms, "Organization") == set()


def test_parts_outside_text_are_rejected():
    with pytest.raises(ValueError):
        extract_mentions("短文本", [("e1", "answer", 0, 99)], None)


def test_empty_parts_give_empty_result():
    result = extract_mentions("任何文本", [], "青川市")
    assert result.mentions == {} and result.entities == ()


def test_city_chain_named_by_pattern_in_another_city_is_not_bound_to_it():
    r, ms = run("培育绿色石化产业集群。", city="漯河市")
    assert names(ms, "IndustryChain") == {"绿色石化产业集群"}
    assert all(e.city is None for e in r.entities)
    r, ms = run("培育绿色石化产业集群。", city="揭阳市")
    assert names(ms, "IndustryChain") == {"绿色石化"}


def test_ner_flag_off_by_default(monkeypatch):
    monkeypatch.delenv("POLICYGRAPH_NER", raising=False)
    from loaders import ner

    assert ner.enabled() is False and ner.enabled(True) is True
    monkeypatch.setenv("POLICYGRAPH_NER", "1")
    assert ner.enabled() is True


def test_capacity_and_industry_words_inside_project_names():
    _, ms = run("加快推进青川年产5万吨再生铝项目和白河休闲食品产业园建设。")
    assert names(ms, "Project") == {"青川年产5万吨再生铝项目", "白河休闲食品产业园"}


def test_descriptors_of_tools_are_not_projects():
    _, ms = run("今年已上报第二批再贷款项目71个，设置企业帮代办专区。")
    assert names(ms, "Project") == set()
    assert names(ms, "PolicyTool") == {"再贷款", "帮办代办"}
