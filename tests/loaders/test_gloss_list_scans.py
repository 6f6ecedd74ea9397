"""The pinyin-gloss scan and the firm-list scan written to open with a character set must
find what the plain patterns (a lookbehind, a group of branches first) found."""

import random
import re

from loaders import script
from loaders.gazetteer import get_gazetteer
from loaders.mentions import lists


def _found(rx, text):
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_gloss_scan_matches_the_plain_pattern():
    plain = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[（(]\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}\s?[)）]")
    rnd = random.Random(11)
    alphabet = list("據两（()） jùliǎngx,1")
    texts = ["據(jù)", "两(liǎng )", "a(ju)", "（(ju)"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(30000)]
    hits = 0
    for text in texts:
        assert _found(script._GLOSS, text) == _found(plain, text), text
        hits += bool(_found(plain, text))
    assert hits > 100


def test_org_list_scan_matches_the_plain_pattern():
    p = get_gazetteer().patterns
    org = lists._list_res(p.organization_list_heads, p.project_list_heads)[0]
    heads = "|".join(re.escape(h) for h in sorted(p.organization_list_heads, key=len, reverse=True))
    plain = re.compile(rf"(等|[0-9一二两三四五六七八九十]+家)([^，。；：！？、“”\n]{{0,8}}?)({heads})")
    rnd = random.Random(12)
    alphabet = list("等三十2家龙头，、") + sorted(p.organization_list_heads)[:5]
    hits = 0
    for _ in range(30000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert _found(org, text) == _found(plain, text), text
        hits += bool(_found(plain, text))
    assert hits > 100
