"""loaders.occurrences: the offsets str.find finds and the counts str.count gives, whether a
word's first character is listed or scanned; and attribution.People.named, which asks it of
every new name, no longer reads a long report once per person."""

from __future__ import annotations

import itertools
import random

from loaders.attribution.people import People
from loaders.occurrences import Occurrences


def _found(text: str, word: str) -> list[int]:
    """The definition: str.find from the text's start, each search after the last word found."""
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + len(word))
    return out


def test_offsets_and_counts_as_find_and_count() -> None:
    rng = random.Random(9)
    for _ in range(300):
        text = "".join(rng.choice("王王李局长，") for _ in range(rng.randint(0, 80)))
        where = Occurrences(text, scans=rng.choice([0, 0.3, 2]))
        for _ in range(40):
            word = "".join(rng.choice("王李局长，") for _ in range(rng.randint(1, 4)))
            if rng.random() < 0.3:  # a caller that stops early (named looks at the first eight)
                k = rng.randint(0, 3)
                assert list(itertools.islice(where.starts(word), k)) == _found(text, word)[:k]
            elif rng.random() < 0.5:
                assert where.count(word) == text.count(word), (text, word)
            else:
                assert list(where.starts(word)) == _found(text, word), (text, word)


def _report(people: int) -> tuple[str, list[str]]:
    """A long report naming ``people`` different officials, each with a post once, then bare."""
    surnames, given = "王李张刘陈杨黄赵吴周", "明强华刚洋静伟芳敏军磊涛"
    names = [s + a + b for s in surnames for a in given for b in given][:people]
    rng = random.Random(3)
    rng.shuffle(names)
    parts = [f"市财政局副局长{n}介绍了预算执行情况，会议进行了审议。" for n in names]
    parts += [f"{n}表示，将抓紧落实。" for n in names]
    return "".join(parts), names


def test_named_finds_each_post_without_a_scan_per_person() -> None:
    text, names = _report(1400)
    people = People(text)
    found = [people.named(n) for n in names]
    assert all(sp is not None and sp.name == n and sp.title == "副局长" for sp, n in zip(found, names))
    # Each name's first mention stands anywhere in the report: a scan from the text's start per
    # name read ~700 reports' worth; now each first character costs at most three.
    read = sum(people._where._spent.values())
    assert read <= 3 * len(text) * len({n[0] for n in names}) < 700 * len(text)
    assert [people.count(n) for n in names[:50]] == [text.count(n) for n in names[:50]]


def test_an_empty_word_stands_nowhere() -> None:
    where = Occurrences("王李", scans=0)
    assert list(where.starts("")) == [] and where.count("") == 3  # as str.count
