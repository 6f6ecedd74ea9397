"""The suffix rules skip a hit whose two to four characters before it end with a stop word
(loaders/mentions/suffix.py): three look-ups in a set, where a str.endswith of the tuple of
stop words compared each one. Both answer alike wherever the hit stands in its part."""

from __future__ import annotations

import random

from loaders.gazetteer import get_gazetteer
from loaders.mentions.suffix import stop_ending_set, stop_endings


def _set_test(stops: frozenset[str], text: str, lo: int, ss: int) -> bool:
    k = ss - lo  # (as suffix_candidates asks it)
    return ((k >= 2 and text[ss - 2:ss] in stops) or (k >= 3 and text[ss - 3:ss] in stops)
            or (k >= 4 and text[ss - 4:ss] in stops))


def test_the_set_answers_as_the_tuple_of_stop_words():
    gz = get_gazetteer()
    words, stops = stop_endings(gz), stop_ending_set(gz)
    rnd = random.Random(16)
    pool = [w for w in words] + ["项目", "产业", "中心", "建设", "市", "的", "推", "进"]
    held = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randrange(1, 5)))
        ss = rnd.randrange(1, len(text) + 1)
        lo = rnd.randrange(0, ss)
        want = text.endswith(words, max(lo, ss - 4), ss)
        assert _set_test(stops, text, lo, ss) == want, (text, lo, ss)
        held += want
    assert 1000 < held < 19000  # both answers were seen many times
