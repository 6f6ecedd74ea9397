"""attribution._People keeps its index of posts up to date as people are added: the same
answers as building it again from everyone named before each lookup."""

from __future__ import annotations

import random

from loaders.attribution import _People
from loaders.turns import Speaker


def _rebuilt(people: _People, head: str) -> Speaker | None:
    hits = [sp for sp in people.by_name.values() if sp.title and head in {sp.title, (sp.department or "") + sp.title}]
    return hits[0] if len(hits) == 1 else None


def test_lookups_by_post_as_if_built_each_time():
    rng = random.Random(11)
    names = ["王明", "李强", "张华", "赵刚", "刘洋", "陈静"]
    titles = [None, "局长", "副市长", "主任", "副局长"]
    departments = [None, "市住建局", "市发改委", "县教育局"]
    roles = [None, None, "委员", "市人大代表"]
    heads = ["局长", "副市长", "主任", "市住建局局长", "县教育局副局长", "市发改委主任", "副局长"]
    for _ in range(200):
        people = _People()
        for _ in range(rng.randint(1, 30)):
            if rng.random() < 0.6:
                people.add(Speaker(name=rng.choice(names), role=rng.choice(roles), title=rng.choice(titles),
                                   department=rng.choice(departments)))
            else:
                head = rng.choice(heads)
                assert people.by_title(head) == _rebuilt(people, head)
        assert [people.by_title(h) for h in heads] == [_rebuilt(people, h) for h in heads]
