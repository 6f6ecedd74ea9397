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
"""

from __future__ import annotations

from typing import Callable

from loaders.gazetteer import Gazetteer
from loaders.mentions import campuses, circles, codes, instituted, platforms, quoted, roads, slogans
from loaders.mentions.campuses import campus_candidates
from loaders.mentions.circles import circle_candidates
from loaders.mentions.codes import code_candidates
from loaders.mentions.documents import document_candidates
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

__all__ = ["Extractor", "EXTRACTORS", "extractors_for"]

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
    (road_candidates, roads.may_find),
    (unmarked_programme_candidates, unmarked_may_find),
    (platform_candidates, platforms.may_find),
    (chain_list_candidates, chain_list_may_find),
    (campus_candidates, campuses.may_find),
)

#: Every extractor, in order: what find_candidates runs when not told which.
EXTRACTORS: tuple[Extractor, ...] = tuple(extract for extract, _ in GATED)


def extractors_for(gz: Gazetteer, text: str) -> tuple[Extractor, ...]:
    """The extractors that may find something somewhere in ``text``, in their order."""
    n = len(text)
    return tuple(extract for extract, gate in GATED if gate is None or gate(gz, text, 0, n))
