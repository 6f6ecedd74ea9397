"""Organisation names proposed by a neural tagger (:mod:`loaders.ner`), kept only
when the organisation patterns would accept them.

LAC's ORG spans are noisy ("双汇与", "市工信局", "聚力"), so a span is kept only
when it ends with an organisation suffix and has a content word, or it stands
right before a word that marks a firm ("闻泰科技等企业", "金大地已与…"); places,
government bodies and generic words are dropped. The driver lets a proposal
fill gaps only: it never overrides a dictionary or pattern match.
"""

from __future__ import annotations

from loaders import ner
from loaders.gazetteer import Gazetteer
from loaders.mentions.suffix import organization_suffix_name
from loaders.resolve import Candidate, clean_name

__all__ = ["propose_organizations", "ner_candidates"]


def propose_organizations(gz: Gazetteer, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans in ``text[lo:hi]`` that LAC tags ORG and that pass the organisation filters."""
    p = gz.patterns
    suffixes = tuple(sorted((*p.org_strong, *p.org_weak), key=len, reverse=True))
    out = []
    for s, e in ner.org_spans(text, lo, hi):
        while e > s and text[e - 1] in p.name_trailing_chars:
            e -= 1
        name = text[s:e]
        if (len(name) < p.min_name_length or len(name) > p.max_name_length or name in gz.generic_words
                or name in gz.places or name.endswith(p.government_endings)
                or any(c in name for c in "“”（）()、，")):
            continue
        suffix = next((x for x in suffixes if name.endswith(x)), None)
        followed = e >= hi or text.startswith(p.weak_org_followers, e)
        if suffix is not None:
            # the same checks a pattern-found name passes, confined to LAC's span
            if not organization_suffix_name(gz, text, s, e, hi, suffix):
                continue
        elif not followed or len(name) > 6:
            continue
        out.append((s, e))
    return out


def ner_candidates(gz: Gazetteer, text: str, lo: int, hi: int) -> list[Candidate]:
    """Accepted proposals as candidates (lowest priority)."""
    return [Candidate("Organization", s, e, clean_name(text[s:e], gz), "ner", 3, None, None)
            for s, e in propose_organizations(gz, text, lo, hi)]
