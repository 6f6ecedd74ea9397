"""session._county_named looks for a city's own full place names (places.full_names_in) with
wordscan.occurrences instead of scanning every place name: the hits it counts are the same."""

import random

from loaders.places import full_names_in, place_automaton, place_scan, places
from loaders.wordscan import occurrences


def _counted(hits, city):
    """The hits _county_named reads: full names, each a county of ``city`` or a place named ``city``."""
    return [(end, value) for end, value in hits if value[2] and value[1].prefecture == city]


def test_full_names_in_holds_every_full_name_of_the_city():
    for city in ("漯河市", "揭阳市", "杭州市", "北京市"):
        words = full_names_in(city)
        assert words, city
        expected = sorted((w, v) for w, v in place_automaton().items() if v[2] and v[1].prefecture == city)
        assert sorted(words) == expected
    assert full_names_in(None) == () and full_names_in("不是一个城市") == ()


def _piece(rnd, names, others, filler):
    r = rnd.random()
    if r < 0.25 and names:
        return rnd.choice(names)
    if r < 0.35 and others:
        return rnd.choice(others)
    if r < 0.45 and names:
        return rnd.choice(names)[:-1]  # a short name, or half of one
    return "".join(rnd.choice(filler) for _ in range(rnd.randint(1, 6)))


def test_same_hits_as_the_whole_scan_on_random_texts():
    rnd = random.Random(27)
    cities = sorted({p.prefecture for p in places()})
    filler = list("的和在县市区镇人大常委会代表询问工作推进项目，。、 ")
    for _ in range(300):
        city = rnd.choice(cities)
        names = [w for w, _ in full_names_in(city)]
        others = [w for w, _ in full_names_in(rnd.choice(cities))]
        text = "".join(_piece(rnd, names, others, filler) for _ in range(rnd.randint(0, 40)))
        assert occurrences(full_names_in(city), text) == _counted(place_scan().iter(text), city), (city, text)


def test_overlapping_and_nested_names():
    # a county's name inside a longer one, and a name run into itself: every occurrence, the longer first
    text = "漯河市郾城区郾城区人大漯河市"
    city = "漯河市"
    assert occurrences(full_names_in(city), text) == _counted(place_scan().iter(text), city)
    assert [end for end, _ in occurrences(full_names_in(city), text)] == [2, 5, 8, 13]
