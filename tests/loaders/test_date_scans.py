"""dates' whole-text patterns rewritten for speed (a leading character set, an anchor
character): they must find exactly what the plain patterns they replace found."""

import random
import re

import loaders.dates as D

_Y = r"(?:(?:19|20)\d{2}|[一二][〇零○OＯ0０一二三四五六七八九]{3})"
_REFERENCE = {
    "_FULL": re.compile(rf"(?P<y>{_Y})\s*年\s*(?P<m>{D._N})\s*月\s*(?P<d>{D._N})\s*{D._DAYMARK}"),
    "_STAMP": re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?![\d.])"),
    "_COMPACT": re.compile(r"(?<![\d.:：∶/-])(?P<m>1[0-2]|0?[1-9])(?P<d>[0-3]?\d)(?=日?(?:[上下]午|晚上|早上))"),
}
_ALPHABET = list("0123456789一二三〇零○十年月日号上下午晚早 .-/:：∶a")


def _found(rx, text):
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def test_same_matches_on_random_texts():
    rnd = random.Random(9)
    for _ in range(30000):
        text = "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 16)))
        for name, reference in _REFERENCE.items():
            assert _found(getattr(D, name), text) == _found(reference, text), (name, text)


def test_same_matches_on_dated_lines():
    texts = ["2019年7月30日上午", "2119年7月30日", "1819年7月3日", "二〇一九年十二月三日", "二0一三年 5 月 6 号", "12019年7月3日",
             "发布时间：2020-05-06 10:30", "1.2020-05-06", "v2019/5/6", "1029上午", "12日上午", "3.1029下午",
             "10月29日晚上", "于1112早上", "1231日上午召开"]
    for text in texts:
        for name, reference in _REFERENCE.items():
            assert _found(getattr(D, name), text) == _found(reference, text), (name, text)
    assert _found(D._COMPACT, "1029上午") == [((0, 4), {"m": "10", "d": "29"})]
