"""Dictionary matches: every name and alias of the data files, found by Aho-Corasick.

Short forms (three characters or fewer) count only where jieba, with our
dictionary, cuts the text at both ends (京东 is not in 京东方), unless quoted;
quoted-only aliases (``~X`` in the data files) count only inside “ ”.
"""

from __future__ import annotations

from typing import Any, Iterable

from loaders.gazetteer import DictEntry, Gazetteer
from loaders.mentions.walker import CLOSE_Q, LATIN, OPEN_Q, word_cuts
from loaders.resolve import Candidate

__all__ = ["dictionary_candidates"]

#: the jieba tags the gazetteer gives our own names (a two-character name of ours is no common word)
_OUR_TAGS = ("nz", "nt")


def _common_word(gz: Gazetteer, w: str) -> bool:
    return len(w) >= 2 and gz.tags().get(w) not in (None, *_OUR_TAGS)


def _quoted_at(text: str, s: int, e: int) -> bool:
    return s > 0 and e < len(text) and text[s - 1] in OPEN_Q and text[e] in CLOSE_Q


def _on_boundaries(gz: Gazetteer, text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether jieba (with our dictionary) cuts the text at ``s`` and at ``e``."""
    cuts = word_cuts(gz, text, max(lo, s - 4), min(hi, e + 4))
    return s in cuts and e in cuts


def dictionary_candidates(gz: Gazetteer, text: str, lo: int, hi: int, city: str | None,
                          hits: Iterable[tuple[int, Any]] | None = None) -> list[Candidate]:
    """Dictionary entries named in ``text[lo:hi]`` (overlaps included; the driver settles them).
    ``hits``: the automaton's hits in the slice when a scan shared with the suffixes found them
    (:mod:`.scan`)."""
    out = []
    heads = gz.patterns.known_tool_heads
    # iterate over a slice: pyahocorasick's iter(text, lo, hi) converts the whole
    # string on every call, which made a document's extraction quadratic in its size
    for end_idx, (form, targets) in (gz.automaton.iter(text[lo:hi]) if hits is None else hits):
        s, e = lo + end_idx - len(form) + 1, lo + end_idx + 1
        if LATIN.match(form[0]) and s > 0 and LATIN.match(text[s - 1]):
            continue  # TEMU inside a longer Latin word
        if LATIN.match(form[-1]) and e < len(text) and LATIN.match(text[e]):
            continue
        if text.startswith(gz.patterns.office_words_after_tool, e, hi) and not (
                form.endswith(gz.patterns.platform_kept_tool_endings) and text.startswith("平台", e, hi)) and not (
                form.endswith(gz.patterns.office_kept_tool_endings) and text.startswith("办公室", e, hi)):
            # 财政局政府和社会资本合作中心主任: the name of an office, not the tool (依托一网通办平台: a way
            # of serving before the platform that carries it out is the tool; 河长制办公室: the office of a
            # responsibility system names the system)
            continue
        quoted = _quoted_at(text, s, e)
        # a tool's head after a short form vouches for its end (专项债额度: jieba reads 债额)
        # (one C-level startswith of them all first: most hits have no head after them)
        headed = next((h for h in heads if text.startswith(h, e, hi) and not form.endswith(h)), None) \
            if len(form) <= 3 and not quoted and text.startswith(heads, e, hi) else None
        # short forms must be whole words (京东 is not in 京东方, 两重 not in 两重性)
        if len(form) <= 3 and not quoted and not _on_boundaries(gz, text, s, e + len(headed or ""), lo, hi):
            continue
        if (len(form) <= 3 and not quoted and not headed and e < hi and _common_word(gz, text[e - 1:e + 1])
                and _common_word(gz, form[:-1])):
            continue  # 科技贷款 reads 科技/贷款 (再贷款项目 stays: 再贷 is no word); jieba's cut after 科技贷 is ours
        if (len(form) <= 3 and not quoted and s > lo and _common_word(gz, text[s - 1:s + 1])
                and _common_word(gz, form[1:])):
            continue  # 预留用地 reads 预留/用地, not 预/留用地: jieba's cut before 留用地 is ours
        for idx, quoted_only in targets:
            entry: DictEntry = gz.entries[idx]
            if quoted_only and not quoted:
                continue
            if entry.scope == "city" and entry.city != city:
                continue
            end = e
            if entry.type == "PolicyTool" and not quoted:
                # 首台套保险补偿机制, 职务科技成果赋权改革: the head the text gives the tool is part
                # of the mention (the entity keeps its canonical name)
                head = next((h for h in heads if text.startswith(h, e, hi) and not form.endswith(h)), None) \
                    if text.startswith(heads, e, hi) else None
                end = e + len(head) if head else e
            out.append(Candidate(entry.type, s, end, entry.name, "dict", 0, entry.category, entry))
    return out
