"""Pages cut off mid-sentence: a repost or a search result keeps the first N characters.

A member's question the cut leaves unfinished ("葛洪义代表：在钓鱼执") neither asks nor proposes
yet, but it was put: the page lost the rest, not the question.
"""

from __future__ import annotations

__all__ = ["cut_off"]

# What a whole text may end with: a sentence's end, a closing quotation or bracket, an ellipsis.
_ENDS = "。！？!?”’」』）)…—.；;"


def cut_off(text: str, end: int) -> bool:
    """Whether ``text[:end]`` runs to the text's last words and stops in mid-sentence."""
    tail = text[end:].strip()
    if tail:
        return False
    last = text[:end].rstrip()
    return bool(last) and last[-1] not in _ENDS
