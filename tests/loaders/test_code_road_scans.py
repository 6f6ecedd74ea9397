"""The chain-code and road scans written to open with a character set must find what the
plain patterns (a lookbehind first) found: the same spans."""

import random
import re

from loaders.gazetteer import get_gazetteer
from loaders.mentions import codes, roads


def _found(rx, text):
    return [m.span() for m in rx.finditer(text)]


def test_code_scan_matches_code():
    rnd = random.Random(3)
    alphabet = list("0123459AXNab+＋.% 链")
    texts = ["“1+5+N”现代产业体系", "415X先进制造业集群", "“11+8”产业链", "4231 X", "a1+2", "12AB+3", "1.2+3"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(30000)]
    for text in texts:
        assert _found(codes._CODE_SCAN, text) == _found(codes.CODE, text), text
    assert _found(codes._CODE_SCAN, "415X先进制造业集群") == [(0, 4)]


def test_road_scan_matches_the_plain_pattern():
    p = get_gazetteer().patterns
    letters, heads, stops = p.road_code_letters, p.road_code_heads, p.road_name_stop_chars  # as road_candidates
    rx = roads._road_re(letters, heads, stops)
    plain = re.compile(rx.pattern.replace(f"[{''.join(letters)}](?<![A-Za-z0-9].)",
                                          f"(?<![A-Za-z0-9])[{''.join(letters)}]"))
    assert plain.pattern != rx.pattern
    rnd = random.Random(4)
    alphabet = list(letters[:3]) + list("0123a 高速线") + list(heads[:4])
    for _ in range(30000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert _found(rx, text) == _found(plain, text), text
