"""attribution._place_leader tries only the lengths of leaders' titles: the same answers as
a split of the phrase at every character."""

from __future__ import annotations

import random

from loaders.attribution.readings import _place_leader
from loaders.attribution.people import title_set
from loaders.departments import leader_office
from loaders.places import is_place
from loaders.turns import Speaker


def _plain(head: str) -> Speaker | None:
    for i in range(2, len(head) - 1):
        place, post = head[:i], head[i:]
        office = leader_office(post)
        if office and place.endswith(office[0]) and post in title_set() and is_place(place):
            return Speaker(title=post, department=place + office[1:])
    return None


def test_same_as_a_split_at_every_character():
    rng = random.Random(11)
    places = ["萨尔图区", "长沙县", "漯河市", "广东省", "某镇", "城关镇", "阿拉善左旗", "市", "县", "区", ""]
    posts = ["区长", "副县长", "县长", "常务副市长", "市长", "副省长", "镇长", "局长", "委员", "长", "副", ""]
    heads = []
    for _ in range(3000):
        place = rng.choice(places)
        # mostly the post of the place's own level (萨尔图区区长), else any
        post = (rng.choice(["", "副", "常务副"]) + place[-1:] + "长") if rng.random() < 0.5 else rng.choice(posts)
        heads.append(rng.choice(["", "", "", "会上", "县"]) + place + post + rng.choice(["", "", "说", "长"]))
    got = [_place_leader(h) for h in heads]
    assert got == [_plain(h) for h in heads]
    assert sum(g is not None for g in got) > 100
