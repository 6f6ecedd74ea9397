"""attribution.People keeps its indexes (by post, by a name's first character) up to date as
people are added: the same answers as a scan of everyone named before each lookup."""

from __future__ import annotations

import random

from loaders.attribution.people import People, title_set
from loaders.attribution.words import speaker_words
from loaders.turns import is_congress_role
from loaders.turns import Speaker


def _rebuilt(people: People, head: str) -> Speaker | None:
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
        people = People()
        for _ in range(rng.randint(1, 30)):
            if rng.random() < 0.6:
                people.add(Speaker(name=rng.choice(names), role=rng.choice(roles), title=rng.choice(titles),
                                   department=rng.choice(departments)))
            else:
                head = rng.choice(heads)
                assert people.by_title(head) == _rebuilt(people, head)
        assert [people.by_title(h) for h in heads] == [_rebuilt(people, h) for h in heads]


def _scanned_surname_title(people: People, head: str) -> Speaker | None:
    """by_surname_title as a scan of everyone (the definition)."""
    if len(head) > 10:
        return None
    for t in [head[-n:] for n in range(len(head) - 1, 0, -1) if head[-n:] in title_set()]:
        if 1 <= len(head) - len(t) <= 2:
            surname = head[: -len(t)]
            hits = [sp for n, sp in people.by_name.items() if n.startswith(surname) and (sp.title or "").endswith(t)]
            # (a name cut short, of the same office as the longer one it opens, is no second official)
            hits = [h for h in hits if not any(o.name != h.name and o.name.startswith(h.name)
                                               and o.department == h.department for o in hits)] if len(hits) > 1 else hits
            if len(hits) == 1:
                return hits[0]
    if 2 <= len(head) <= 4 and (seat := next((w for w in speaker_words().member_seats if head.endswith(w)), None)) \
            and 1 <= len(head) - len(seat) <= 2:
        surname = head[:-len(seat)]
        hits = [sp for n, sp in people.by_name.items()
                if n.startswith(surname) and sp.role and is_congress_role(sp.role) and sp.role.endswith(seat)]
        if len(hits) == 1:
            return hits[0]
    return None


def test_lookups_by_surname_as_a_scan_of_everyone():
    rng = random.Random(12)
    names = ["王明", "王强", "李强", "欧阳华", "欧阳明", "张华", "王", "赵刚刚", "王副华"]  # (王副局长: two splits)
    titles = [None, "局长", "副市长", "主任", "副局长", "长"]
    roles = [None, None, "委员", "市人大代表", "代表"]
    heads = ["王局长", "李局长", "欧阳主任", "欧阳局长", "王委员", "张代表", "欧阳委员", "王副市长", "王长", "李长",
             "王明委员", "张主任", "赵副局长", "王", "王副局长"]
    checked = 0
    for _ in range(300):
        people = People()
        for _ in range(rng.randint(1, 25)):
            if rng.random() < 0.6:
                people.add(Speaker(name=rng.choice(names), role=rng.choice(roles), title=rng.choice(titles),
                                   department=rng.choice([None, "市住建局"])))
            else:
                head = rng.choice(heads)
                got = people.by_surname_title(head)
                assert got == _scanned_surname_title(people, head)
                checked += got is not None
    assert checked > 100
