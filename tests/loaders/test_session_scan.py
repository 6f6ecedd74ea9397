"""session._NAMED_COMMITTEES, tried only before each 人大常委会 (and its 第…届), finds exactly what
the plain pattern finds scanning the whole text."""

import random

import loaders.session as S


def _found(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_same_matches_on_random_texts():
    rnd = random.Random(7)
    alphabet = list("市区县州旗盟第十一二三届人大常委会南湖河城 在")
    for _ in range(40000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert _found(S._NAMED_COMMITTEES.finditer(text)) == _found(S._NAMED_COMMITTEE.finditer(text)), text


def test_same_matches_on_named_committees():
    texts = ["漯河市人大常委会召开会议", "南湖区第十届人大常委会第三次会议", "在南湖区十届人大常委会上",
             "市人大常委会", "某某县第二十三届人大常委会和某某市人大常委会", "旗人大常委会", "第十届人大常委会",
             "北京市海淀区人大常委会"]
    for text in texts:
        assert _found(S._NAMED_COMMITTEES.finditer(text)) == _found(S._NAMED_COMMITTEE.finditer(text)), text
    assert [m.group(1) for m in S._NAMED_COMMITTEES.finditer("南湖区第十届人大常委会")] == ["南湖区"]
