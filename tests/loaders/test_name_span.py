"""A name before a few words of manner ends where jieba's words say (loaders/name_span.py),
and a not-a-name word that is a whole given name after a surname is a name (王建设)."""

from __future__ import annotations

import pytest

from loaders.name_span import runs_into_next_word
from loaders.turns import not_a_name


@pytest.mark.parametrize(("name", "after"), [
    ("李强没", "有回避"), ("王芳一", "口气问了两个问题"), ("马红还", "是不放心"), ("孙涛当", "即回应"),
    ("张伟直", "言"), ("刘伟再", "次追问"), ("何平不", "再回避"), ("马红对", "此提问"),
])
def test_last_character_opens_the_next_word(name, after):
    assert runs_into_next_word(name, after)


@pytest.mark.parametrize(("name", "after"), [
    ("王建设", "没有回避"), ("邓立新", "没有回避"), ("孙立新", "当即回应"), ("刘德华", "表示"),
    ("李强", "没有回避"), ("赵建新", ""),
])
def test_whole_names_stay_whole(name, after):
    assert not runs_into_next_word(name, after)


def test_a_given_name_word_after_a_surname_is_a_name():
    assert not not_a_name("王建设")
    assert not_a_name("项目建设") and not_a_name("建设局") and not_a_name("王代表")


def test_a_name_written_whole_elsewhere_stays_whole():
    from loaders.name_span import swallowed_next_word

    text = "县人大常委会主任杜立民主持询问。杜立民要求县政府建立台账。"
    assert not swallowed_next_word("杜立民", "主持询问", text)  # 民主, but 杜立民要求 shows the name
    assert swallowed_next_word("李强没", "有回避", "市住建局局长李强没有回避：“…”")
