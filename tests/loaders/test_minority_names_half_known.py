"""A Tibetan or Mongolian given name of four characters, written with no surname, one half a part the
list knows and the other half a part it lacks, is read whole (not cut to three characters, as a Han
name would be); a known part run into the words after it is no such name."""

import pytest

from loaders import load_text
from loaders.turns import minority_name

NAMES = ["格桑朗杰", "卓玛拉宗", "乌云塔娜", "哈斯额布", "朗杰次仁"]


def _askers(name: str) -> list[str]:
    text = ("某自治区人大常委会专题询问草原保护工作\n9月26日，自治区人大常委会举行专题询问。\n"
            f"一、关于禁牧。常委会委员{name}就禁牧区偷牧问题进行询问。自治区林业和草原局局长岳某平回答说，已开展专项整治。\n"
            f"二、关于补助。{name}委员没有就此打住：补助资金有没有按时发放？岳某平答复，已全部发放到户。\n")
    return [x.asker.name for x in load_text(text, source="t").exchanges]


@pytest.mark.parametrize("name", NAMES)
def test_a_name_half_known_is_read_whole(name):
    assert _askers(name) == [name, name]


@pytest.mark.parametrize("run", ["扎西表示", "巴图再问", "卓玛还说", "次仁指出", "委员卓玛", "再问扎西", "格桑就此"])
def test_a_known_part_run_into_words_is_no_name(run):
    assert not minority_name(run)
