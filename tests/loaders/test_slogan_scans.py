"""The slogan patterns written to open with the numeral set must find what the plain
forms ((?:X){2,3} and {num}{1,2}) found: the same spans and groups."""

import random
import re

from loaders.gazetteer import get_gazetteer
from loaders.mentions import slogans


def _plain():
    p = get_gazetteer().patterns
    num = "[" + "".join(sorted(p.policy_slogan_chars)) + "]"
    alt = "|".join(map(re.escape, sorted(p.slogan_heads, key=len, reverse=True)))
    return (re.compile(rf"((?:{num}[\u4e00-\u9fff]{{1,2}}?){{2,3}})(?:{alt})"),
            re.compile(rf"{num}{{1,2}}大[\u4e00-\u9fff]{{2,4}}?(?:{alt})"), p)


def _found(rx, text):
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_same_matches_as_the_plain_patterns():
    slogan, bundle, p = _plain()
    new_slogan = slogans._slogan_re(p.policy_slogan_chars, p.slogan_heads)
    new_bundle = slogans._bundle_re(p.policy_slogan_chars, p.slogan_heads)
    heads = sorted(p.slogan_heads)[:6]
    alphabet = sorted(p.policy_slogan_chars)[:8] + list("清绿县乡大美城，") + heads
    rnd = random.Random(5)
    texts = ["四清一绿行动", "百县千乡工程", "十大民生工程", "五大提升行动", "一二三四五六工程"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 10))) for _ in range(20000)]
    for text in texts:
        assert _found(new_slogan, text) == _found(slogan, text), text
        assert _found(new_bundle, text) == _found(bundle, text), text
    assert _found(new_slogan, "开展四清一绿行动")  # (the alphabet does build slogans)
