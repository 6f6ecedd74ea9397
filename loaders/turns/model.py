"""What a label reading gives: :class:`Speaker`, :class:`Label` (a label's kind, speaker and end),
:class:`Turn` (a speaker turn and its paragraphs) and :class:`OfficialsLookup` (the officials a report names, as
the label passes ask for them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

__all__ = ["Speaker", "NOBODY", "OfficialsLookup", "Label", "Turn"]


@dataclass(frozen=True)
class Speaker:
    name: str | None = None
    role: str | None = None  # asker role: 市人大常委会委员
    title: str | None = None  # respondent title: 副局长
    department: str | None = None  # department surface: 市发改局


# The speaker naming nobody, compared against (``label.speaker == NOBODY``): one instance, where
# ``== Speaker()`` built a frozen dataclass per test (~4,900 of them reading 50 reports, ~1 % of it).
NOBODY = Speaker()


class OfficialsLookup(Protocol):
    """The officials a report names with their post, as the label passes ask for them
    (:class:`loaders.attribution.Officials`, which imports this module: the caller passes it)."""

    def __call__(self, head: str) -> Speaker | None:
        """"袁局长", "副市长": the one official the report names so."""

    def by_post(self, department: str, title: str) -> str | None:
        """The name of the one person the report names with ``title`` in an office like ``department``."""


@dataclass(frozen=True)
class Label:
    kind: str  # question | follow_up | answer | speaker (side unknown) | other
    speaker: Speaker
    end: int  # offset in the paragraph where the speech begins
    narrative: bool = False
    addressee: Speaker | None = None  # narrative "X向Y提问": Y
    bare: bool = False  # a bare "姓名：" (trusted only for people the document names elsewhere)
    declaration: bool = False  # a line that only names the speaker of the next bare 问/答
    also: tuple[Speaker, ...] = ()  # "市水利局局长X、市财政局局长Y：": more officials answering together
    short: str | None = None  # "袁局长：": a surname and a post, resolved from the people the report names


@dataclass(frozen=True)
class Turn:
    """A speaker turn: label at ``start``, speech from ``body_start`` to ``end``.

    ``paragraphs`` are the (start, end) spans of the turn's paragraphs; the
    first starts at ``start``. Offsets index the normalised text.
    """

    kind: str
    speaker: Speaker
    start: int
    body_start: int
    end: int
    paragraphs: tuple[tuple[int, int], ...]
    narrative: bool = False
    addressee: Speaker | None = None
