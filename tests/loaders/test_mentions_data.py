"""The domain data files, the gazetteer built from them, and extraction robustness."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.gazetteer import DATA_DIR, DataFileError, get_gazetteer, load_entries
from loaders.mentions import extract_mentions
from loaders.records import POLICY_CATEGORIES

FILES = ("policy_tools.tsv", "industry_chains.tsv", "organizations.tsv", "generic_words.txt", "entity_patterns.yaml")


@pytest.fixture()
def data_copy(tmp_path):
    for name in FILES:
        shutil.copy(DATA_DIR / name, tmp_path / name)
    shutil.copy(DATA_DIR / "cities.tsv", tmp_path / "cities.tsv")
    return tmp_path


def test_shipped_data_is_valid_and_broad():
    entries, generic, patterns = load_entries()
    tools = [e for e in entries if e.type == "PolicyTool"]
    assert len(tools) >= 80
    assert {e.category for e in tools} == set(POLICY_CATEGORIES)
    names = {e.name for e in tools}
    for must in ("专项债", "超长期国债", "揭榜挂帅", "先使用后付费", "拿地即开工", "标准地", "工改工", "三旧改造",
                 "容缺受理", "告知承诺制", "一网通办", "绿色通道", "首台套", "科技贷", "知识产权质押融资",
                 "飞地经济", "链长制", "以商招商", "亩均论英雄", "放管服", "最多跑一次", "帮办代办"):
        assert must in names, must
    chains = {e.name: e for e in entries if e.type == "IndustryChain"}
    members = [e.name for e in chains.values() if e.parent == "一化一海五优特"]
    assert len(members) == 7
    assert chains["11+8"].city == "漯河市"
    assert {"服务", "项目", "企业", "政策", "机制", "平台", "产业链"} <= generic
    assert "实验室" in patterns.project_strong and "大学" in patterns.org_strong


@pytest.mark.parametrize("name, line, bad", [
    ("policy_tools.tsv", "新工具\t\tmoney\n", "unknown category"),
    ("policy_tools.tsv", "只有名字\n", "columns"),
    ("industry_chains.tsv", "某链\t\tregion\t\t\n", "scope"),
    ("industry_chains.tsv", "某链\t\tcity\t不存在的链\t某市\n", "unknown parent"),
    ("generic_words.txt", "两个 词\n", "one word per line"),
    ("policy_tools.tsv", "新专项债\t专项债券\tfinance\n", "already PolicyTool '专项债'"),
    ("organizations.tsv", "双汇\t\n", "already Organization '双汇'"),
])
def test_bad_rows_raise_with_file_and_line(data_copy, name, line, bad):
    path = data_copy / name
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.append(line)
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_entries(data_copy)
    assert bad in str(err.value)
    assert str(err.value).startswith(name)
    if "parent" not in bad:
        assert f"{name}:{len(lines)}:" in str(err.value)


def test_bad_yaml_raises(data_copy):
    (data_copy / "entity_patterns.yaml").write_text("project_suffixes: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="entity_patterns.yaml"):
        load_entries(data_copy)


def test_generic_word_may_not_be_a_dictionary_entry(data_copy):
    with (data_copy / "policy_tools.tsv").open("a", encoding="utf-8") as fh:
        fh.write("服务\t\tservice\n")
    with pytest.raises(DataFileError, match=r"policy_tools.tsv:\d+: '服务' is listed in generic_words"):
        load_entries(data_copy)


def test_gazetteer_is_cached_by_data_hash(data_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path / "cache"))
    g1 = get_gazetteer(data_copy)
    assert get_gazetteer(data_copy) is g1
    with (data_copy / "policy_tools.tsv").open("a", encoding="utf-8") as fh:
        fh.write("云上审批\t\tapproval\n")
    g2 = get_gazetteer(data_copy)
    assert g2 is not g1 and g2.digest != g1.digest
    assert g2.entry_for("PolicyTool", "云上审批") is not None
    assert g1.entry_for("PolicyTool", "云上审批") is None


def test_userdict_is_jieba_format(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path / "cache"))
    gz = get_gazetteer()
    lines = gz.userdict_path.read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        word, freq, tag = line.split(" ")
        assert word and int(freq) > 0 and tag in ("nz", "nt")
    assert any(line.startswith("揭榜挂帅 ") for line in lines)
    # the private tokenizer keeps our names whole; the global jieba.dt is untouched
    assert "先使用后付费" in gz.tokenizer().lcut("探索先使用后付费模式", HMM=False)


_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)
_ZH = st.text(alphabet=st.sampled_from(list("“”（）()、，。；：项目实验室产业园大学集团链群专项债“揭榜挂帅”机制等企业 \n市县区号贷")),
              max_size=80)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_TEXT, _ZH), cut=st.integers(min_value=0, max_value=120))
def test_arbitrary_text_gives_valid_mentions(text, cut):
    cut = min(cut, len(text))
    parts = [("e1", "question", 0, cut), ("e1", "answer", cut, len(text))]
    result = extract_mentions(text, parts, "青川市")
    for m in result.mentions["e1"]:
        assert text[m.start:m.end] == m.text
        assert 0 <= m.start < m.end <= len(text)
        assert m.name and m.name.strip() == m.name
    assert {e.name for e in result.entities} >= {m.name for m in result.mentions["e1"]}
