"""A street named as a place of the city (某路一带, 在某路、某路等地设置…): no works are named there."""

from __future__ import annotations

import functools
import re

from loaders.datafiles import alternation
from loaders.gazetteer import Gazetteer

__all__ = ["street_as_place"]


def street_as_place(gz: Gazetteer, text: str, e: int, hi: int) -> bool:
    """Whether a street name ending at ``e`` is followed by a word placing something at it (一带, 等地 …),
    maybe after more streets of a 、-list (某路、某路等地): ``street_place_words`` in entity_patterns.yaml."""
    p = gz.patterns
    return _street_place_re(p.street_suffixes, p.street_place_words).match(text, e, hi) is not None


@functools.lru_cache(maxsize=8)
def _street_place_re(suffixes: tuple[str, ...], words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:、[\u4e00-\u9fff]{{1,8}}?(?:{alternation(suffixes)}))*(?:{alternation(words)})")
