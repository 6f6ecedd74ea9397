"""Every message, label, type and category in the UI language; engine errors translated; the ingest page."""

from __future__ import annotations

import re

import pytest

from dashboard.messages import explain_input, explain_query
from tests.dashboard.helpers import PAGES, apptest, problems

# About 200⁴ sentence pairs on the samples: minutes of work, stopped at the timeout.
_HEAVY = ("MATCH ()-[m1:MENTIONS]->(), ()-[m2:MENTIONS]->(), ()-[m3:MENTIONS]->(), ()-[m4:MENTIONS]->() "
          "WHERE m1.sentence + m2.sentence = m3.sentence + m4.sentence RETURN count(*) AS n")


def _console(at, cypher: str, params: str = "{}"):
    at.switch_page(PAGES["console"]).run()
    at.text_area(key="console_cypher").input(cypher).run()
    at.text_area(key="console_params").input(params).run()
    at.button(key="console_run").click().run()
    return at


def _details(at) -> list[str]:
    return [str(c.value) for c in at.code]


@pytest.mark.parametrize("lang,cypher,summary,raw", [
    ("zh", "MATCH (n) DETACH DELETE n", "已拒绝：控制台只读", "refused"),
    ("en", "MATCH (n) DETACH DELETE n", "Refused: the console is read-only", "refused"),
    ("zh", "MATCH (n) RETURN n.name +", "语法错误", "syntax error"),
    ("en", "MATCH (n) WHERE RETURN n", "Syntax error", "syntax error"),
    ("zh", "MATCH (n RETURN n", "语法错误", "neither a variable"),
])
def test_console_errors_are_translated_with_the_raw_text_behind_a_toggle(samples_db, app_env, lang, cypher,
                                                                         summary, raw):
    app_env(samples_db, lang=lang)
    at = _console(apptest().run(), cypher)
    assert not at.exception
    assert len(at.error) == 1 and at.error[0].value.startswith(summary)
    if lang == "zh":
        assert not re.search(r"[A-Za-z]{4,}", at.error[0].value), at.error[0].value
    assert len(at.expander) == 1
    assert any(raw in d.lower() for d in _details(at))


@pytest.mark.parametrize("lang,words", [("zh", "秒仍未完成"), ("en", "ran longer than")])
def test_console_timeout_is_real_and_gives_no_cli_advice(samples_db, app_env, monkeypatch, lang, words):
    monkeypatch.setenv("PG_CONSOLE_TIMEOUT", "0.3")
    app_env(samples_db, lang=lang)
    at = _console(apptest().run(), _HEAVY)
    assert not at.exception
    assert len(at.error) == 1 and words in at.error[0].value and "0.3" in at.error[0].value
    shown = at.error[0].value + " ".join(_details(at))
    assert "--timeout" not in shown and "timeout" in " ".join(_details(at))


def test_relationship_types_categories_and_missing_values_in_chinese(samples_db, app_env):
    app_env(samples_db)
    at = apptest().run()
    rels = at.dataframe[3].value
    assert "提及" in set(rels.iloc[:, 0]) and not any(re.fullmatch(r"[A-Z_]+", str(v)) for v in rels.iloc[:, 0])
    at.switch_page(PAGES["trace"]).run()
    at.selectbox(key="trace_tool").set_value("先使用后付费").run()
    at.session_state["trace_tabs"] = "政策扩散（两个及以上城市）"  # the tool table with categories
    at.run()
    assert problems(at) == []
    cats = {str(v) for d in at.dataframe for c in d.value.columns if c == "类别" for v in d.value[c]}
    assert cats and cats <= {"财政金融", "土地", "审批", "人才", "科技创新", "服务", "招商引资", "其他"}
    for page in PAGES.values():
        at.switch_page(page).run()
        for d in at.dataframe:
            assert "None" not in d.value.astype(str).to_numpy().ravel().tolist(), page
    at.switch_page(PAGES["explore"]).run()
    at.text_input(key="explore_q").input("中原食品实验室").run()
    md = "\n".join(str(m.value) for m in at.markdown)
    assert "<b>提及</b>" in md and "<b>MENTIONS</b>" not in md
    assert "推进项目" in at.multiselect(key="explore_types").options


def test_ingest_counts_uploader_and_version(one_sample_db, app_env, sample_paths):
    app_env(one_sample_db)
    at = apptest().run().switch_page(PAGES["ingest"]).run()
    assert "将文件拖放到此处" in "\n".join(str(m.value) for m in at.markdown)  # the uploader's own texts
    version = re.search(r"图版本 (\d+)", at.sidebar.caption[0].value).group(1)
    second = sample_paths[1]
    at.file_uploader(key="ingest_files_0").set_value([
        (second.name, second.read_bytes(), "text/plain"),
        (sample_paths[0].name, sample_paths[0].read_bytes(), "text/plain"),
        ("empty.txt", b"", "text/plain"),
    ]).run()
    at.button(key="ingest_go").click().run()
    assert not at.exception
    assert "新增 1 个，替换 0 个，未变化 1 个，失败 1 个" in at.warning[0].value
    assert at.error[0].value == "empty.txt：文件为空。"
    assert any("empty file" in d for d in _details(at))
    # The files left the uploader, and the sidebar shows the new graph version at once.
    assert at.file_uploader(key="ingest_files_1").value in (None, [])
    assert at.button(key="ingest_go").disabled
    new_version = re.search(r"图版本 (\d+)", at.sidebar.caption[0].value).group(1)
    assert int(new_version) == int(version) + 1
    at.file_uploader(key="ingest_files_1").set_value([(second.name, second.read_bytes(), "text/plain")]).run()
    at.button(key="ingest_go").click().run()
    assert "新增 0 个，替换 0 个，未变化 1 个，失败 0 个" in at.success[0].value


def test_messages_cover_what_the_query_layer_and_loaders_say():
    assert explain_query("too many rows: more than 10000 (add LIMIT or raise --max-rows)").fields == {"n": "10000"}
    assert explain_query("refused: the console is read-only and CREATE writes "
                         "(open the store for writing with `policygraph ingest`)").raw == \
        "refused: the console is read-only and CREATE writes"
    assert explain_input("PDF has no text layer").key == "in_pdf"
    assert explain_input("binary data or unknown text encoding").key == "in_encoding"
    assert explain_input("something new").key == "in_other"
