"""Which pattern extractors may find anything in a document, asked once per document.

Most extractors can match only where a fixed word or mark stands: a quote mark, 《, 钟, a
programme word, a campus head, a road letter before a digit. Each such extractor's module
has a ``may_find(gz, text, lo, hi)`` test of it, and an extractor finds nothing in a range
where its test fails. The tests only ask whether some fixed string lies inside the range,
so a test that fails on a whole document fails on every part of it: there,
:func:`loaders.mentions.find_candidates` does not call the extractor at all (most documents
have no 《, no campus, no road code, no circle: a dozen calls per part, each with its own
scan, made for nothing). Where the test holds, the extractor runs as before on every part.
tests/loaders/test_mention_gates.py checks that an extractor finds nothing where its test fails.

Within a document the same holds per part: each gate's fixed strings (:func:`gate_marks`) are
keys of the automaton :mod:`.scan` passes over every part anyway, which tells which of them the
part holds, and an extractor none of whose strings the part holds is not called there (three
parts in four hold no quote mark, no rule's head, no platform's suffix: a call each, with its
own test, made for nothing).
"""

from __future__ import annotations

import re
import string
from typing import Callable, Iterable

from loaders.gazetteer import Gazetteer
from loaders.mentions import campuses, circles, codes, funds, instituted, platforms, quoted, roads, slogans
from loaders.mentions.campuses import campus_candidates
from loaders.mentions.circles import circle_candidates
from loaders.mentions.codes import code_candidates
from loaders.mentions.documents import document_candidates
from loaders.mentions.funds import fund_candidates
from loaders.mentions.instituted import instituted_candidates
from loaders.mentions.lists import (chain_list_candidates, chain_list_may_find, leader_candidates, leader_may_find,
                                    list_candidates)
from loaders.mentions.platforms import platform_candidates
from loaders.mentions.quoted import quoted_candidates
from loaders.mentions.roads import road_candidates
from loaders.mentions.slogans import slogan_candidates
from loaders.mentions.titles import (title_candidates, titles_may_find, unmarked_may_find,
                                     unmarked_programme_candidates)
from loaders.resolve import Candidate

__all__ = ["Extractor", "GATED", "EXTRACTORS", "extractors_for", "gate_marks", "gate_bits"]

Extractor = Callable[[Gazetteer, str, int, int], list[Candidate]]
Gate = Callable[[Gazetteer, str, int, int], bool]

#: The pattern extractors in the order find_candidates runs them (their candidates' order
#: settles ties in the longest-first choice), each with its test, or None: the firm lists and
#: the laws' titles match in most documents (等, 法), and have no single fixed word to look for.
GATED: tuple[tuple[Extractor, Gate | None], ...] = (
    (quoted_candidates, quoted.may_find),
    (list_candidates, None),
    (code_candidates, codes.may_find),
    (leader_candidates, leader_may_find),
    (slogan_candidates, slogans.may_find),
    (title_candidates, titles_may_find),
    (circle_candidates, circles.may_find),
    (document_candidates, None),
    (instituted_candidates, instituted.may_find),
    (fund_candidates, funds.may_find),
    (road_candidates, roads.may_find),
    (unmarked_programme_candidates, unmarked_may_find),
    (platform_candidates, platforms.may_find),
    (chain_list_candidates, chain_list_may_find),
    (campus_candidates, campuses.may_find),
)

#: Every extractor, in order: what find_candidates runs when not told which.
EXTRACTORS: tuple[Extractor, ...] = tuple(extract for extract, _ in GATED)


def extractors_for(gz: Gazetteer, text: str, present: int = -1) -> tuple[Extractor, ...]:
    """The extractors that may find something somewhere in ``text``, in their order. ``present``:
    the gate bits (:func:`gate_bits`) the scans of the parts to be read found, ORed (all by
    default). An extractor with strings none of those parts holds is run on no part whatever its
    test says of the whole text, so the test is not asked (most of them read the whole text,
    with a pattern, to find nothing)."""
    n = len(text)
    bits = gate_bits(gz)
    out = []
    for extract, gate in GATED:
        if gate is not None:
            bit = bits.get(extract)
            if (bit is not None and not present & bit) or not gate(gz, text, 0, n):
                continue
        out.append(extract)
    return tuple(out)


#: Strings one of which lies in every range a gate accepts, per gated extractor: the gate's own
#: fixed words, or for a pattern (a digit before a capital, a road letter before a digit) every
#: pair it may match. None: no such strings (the gate holds everywhere).
_MARKS: dict[Extractor, Callable[[Gazetteer], tuple[str, ...] | None]] = {
    quoted_candidates: lambda gz: ("“", "‘", "'"),
    code_candidates: lambda gz: ("+", "＋", *_pairs(codes.DIGIT_CAPITAL, string.printable)),
    leader_candidates: lambda gz: gz.patterns.leader_words,
    slogan_candidates: lambda gz: gz.patterns.slogan_heads or None,
    title_candidates: lambda gz: ("《",),
    circle_candidates: lambda gz: ("钟",),
    instituted_candidates: lambda gz: gz.patterns.institution_heads + gz.patterns.subsidy_heads,
    fund_candidates: lambda gz: gz.patterns.fund_heads,
    road_candidates: lambda gz: ("至", *_pairs(roads.code_sign(gz.patterns.road_code_letters),
                                             {*string.printable, *"".join(gz.patterns.road_code_letters)})),
    unmarked_programme_candidates: lambda gz: tuple(w[-2:] for w in gz.patterns.unmarked_programme_heads),
    platform_candidates: lambda gz: (gz.patterns.placed_platform_suffixes + gz.patterns.set_up_facility_suffixes
                                     + gz.patterns.works_carry_heads),
    chain_list_candidates: lambda gz: (*gz.patterns.chain_count_heads, "产业") if gz.patterns.chain_count_heads else None,
    campus_candidates: lambda gz: gz.patterns.campus_heads,
    # (no document test, as their heads are in most documents; but a part holding none of them,
    # half the parts, has no list to read and no title)
    list_candidates: lambda gz: _list_heads(gz),
    document_candidates: lambda gz: _document_marks(),
}


def _list_heads(gz: Gazetteer) -> tuple[str, ...] | None:
    """Every firm list's pattern ends with a firm head, every works list's with a project head
    (lists.list_candidates' patterns); with either list empty its pattern may match anywhere."""
    p = gz.patterns
    if not p.organization_list_heads or not p.project_list_heads:
        return None
    return p.organization_list_heads + p.project_list_heads


def _document_marks() -> tuple[str, ...] | None:
    """A law's title is in 《》 or “” (as documents.document_candidates reads it), or unmarked before one
    of the heads."""
    from loaders.mentions.documents import legal_rules

    rules = legal_rules()
    heads = (*rules.national_heads, *rules.unmarked_heads)
    return ("《", "“", *heads) if heads else None


def _pairs(rx: re.Pattern[str], chars: Iterable[str]) -> tuple[str, ...]:
    """The two-character strings of ``chars`` that ``rx`` (a pattern of two character sets) matches."""
    return tuple(a + b for a in sorted(chars) for b in sorted(chars) if rx.fullmatch(a + b))


def gate_marks(gz: Gazetteer) -> dict[str, int]:
    """Each gate's strings (:data:`_MARKS`), with the bits (:func:`gate_bits`) of the extractors
    whose gates hold where the string lies."""
    out: dict[str, int] = {}
    for extract, bit in gate_bits(gz).items():
        for mark in _MARKS[extract](gz) or ():
            out[mark] = out.get(mark, 0) | bit
    return out


def gate_bits(gz: Gazetteer) -> dict[Extractor, int]:
    """A bit per gated extractor that has strings (:data:`_MARKS`); the others have none, and run
    on every part of a document whose gate holds."""
    got = _BITS.get(gz.digest)
    if got is None:
        got = _BITS[gz.digest] = {extract: 1 << i for i, (extract, marks) in enumerate(_MARKS.items())
                                  if marks(gz) is not None}
    return got


_BITS: dict[str, dict[Extractor, int]] = {}
