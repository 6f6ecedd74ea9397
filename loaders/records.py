"""Extraction records: what the loaders hand to everything downstream.

Plain frozen dataclasses, JSON-serialisable through :func:`to_dict` /
:func:`from_dict`. Every offset (``start``/``end``, ``*_start``/``*_end``)
refers to :attr:`DocumentRecord.text`, the normalised text of the document
(noise removed, punctuation folded), so ``record.text[m.start:m.end] == m.text``
always holds and a viewer can highlight the exact characters.

The JSON form printed by ``policygraph extract --format json`` is
:func:`to_dict` of a :class:`DocumentRecord`; its documented keys
(source, session{city, province, body, date, topic}, exchanges[{id, seq,
title, follow_up_of, asker{name, role}, respondent{name, title, department,
department_type}|null, respondents[{…same keys…}], question, answer,
mentions[{type, name, text, part, start, end, sentence}]}], script,
mentions[…narrative…]) are a contract other tools read: add keys, never rename
or remove them. The top-level ``mentions`` are those in the report's own text
around the exchanges (``part`` "narrative"): a brief that quotes nobody still
says which tools and projects the sitting was about.
``respondents`` lists every official who answered, in order; its first item
is ``respondent`` (kept so readers of the older contract keep working).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "ENTITY_TYPES",
    "POLICY_CATEGORIES",
    "PARTS",
    "Mention",
    "Asker",
    "Respondent",
    "Exchange",
    "Department",
    "Entity",
    "Session",
    "DocumentRecord",
    "to_dict",
    "from_dict",
]

#: Mention/entity types the loaders produce (graph labels of the same name).
ENTITY_TYPES = ("Project", "IndustryChain", "PolicyTool", "Organization")

#: Categories a PolicyTool can have.
POLICY_CATEGORIES = (
    "finance",
    "land",
    "approval",
    "talent",
    "innovation",
    "service",
    "investment promotion",
)

Part = Literal["question", "answer", "narrative"]
#: Where a mention stands: in a question, in an answer, or in the report's own
#: narrative around the exchanges (DocumentRecord.mentions).
PARTS = ("question", "answer", "narrative")


def _check_span(owner: str, start: int, end: int) -> None:
    if start < 0 or end < start:
        raise ValueError(f"{owner}: bad offsets start={start} end={end}")


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity inside a question or an answer.

    Attributes:
        type: one of :data:`ENTITY_TYPES`.
        name: canonical name after resolution (quotes and 《》 stripped).
        text: the surface text exactly as in the normalised document.
        part: ``"question"`` or ``"answer"``.
        start, end: offsets into :attr:`DocumentRecord.text`.
        sentence: the sentence the mention stands in (for evidence display).
        category: PolicyTool category (one of :data:`POLICY_CATEGORIES`), else None.
    """

    type: str
    name: str
    text: str
    part: str
    start: int
    end: int
    sentence: str
    category: str | None = None

    def __post_init__(self) -> None:
        if self.type not in ENTITY_TYPES:
            raise ValueError(f"Mention: unknown type {self.type!r}")
        if self.part not in PARTS:
            raise ValueError(f"Mention: unknown part {self.part!r}")
        _check_span("Mention", self.start, self.end)


@dataclass(frozen=True)
class Asker:
    name: str | None
    role: str | None = None  # 市人大常委会委员, 市人大常委会副主任, 人大代表 …


@dataclass(frozen=True)
class Respondent:
    name: str | None
    title: str | None = None  # 局长, 副局长, 主任 …
    department: str | None = None  # canonical, with city: 漯河市发展和改革委员会
    department_type: str | None = None  # cross-city type in full words: 发展和改革
    department_text: str | None = None  # surface form used in the text: 市发改委


@dataclass(frozen=True)
class Exchange:
    """One question and its answer (answer None when the text lacks it)."""

    id: str
    seq: int
    title: str | None
    follow_up_of: str | None
    asker: Asker
    respondent: Respondent | None
    question: str
    answer: str | None
    question_start: int
    question_end: int
    answer_start: int | None = None
    answer_end: int | None = None
    mentions: tuple[Mention, ...] = ()
    respondents: tuple[Respondent, ...] = ()

    def __post_init__(self) -> None:
        _check_span(f"Exchange {self.id}", self.question_start, self.question_end)
        # One source of truth for "who answered": respondent is respondents[0].
        if self.respondent is not None and not self.respondents:
            object.__setattr__(self, "respondents", (self.respondent,))
        if self.respondents and self.respondent != self.respondents[0]:
            raise ValueError(f"Exchange {self.id}: respondent must be respondents[0]")
        if (self.answer is None) != (self.answer_start is None):
            raise ValueError(f"Exchange {self.id}: answer and answer offsets disagree")
        if self.answer_start is not None:
            _check_span(f"Exchange {self.id}", self.answer_start, self.answer_end or 0)


@dataclass(frozen=True)
class Department:
    """A city department as resolved from speaker labels and questions."""

    name: str  # canonical with city: 揭阳市发展和改革局
    city: str | None
    type: str | None  # 发展和改革
    aliases: tuple[str, ...] = ()  # 市发改局, 发改局 …


@dataclass(frozen=True)
class Entity:
    """A resolved entity (one per canonical name and scope in a document).

    ``city`` is None for entities that are not city-bound: every PolicyTool,
    national IndustryChains, and Organizations. ``parent`` names the chain an
    IndustryChain belongs to (绿色石化 → 一化一海五优特).
    """

    type: str
    name: str
    city: str | None
    aliases: tuple[str, ...] = ()
    category: str | None = None
    parent: str | None = None

    def __post_init__(self) -> None:
        if self.type not in ENTITY_TYPES:
            raise ValueError(f"Entity: unknown type {self.type!r}")


@dataclass(frozen=True)
class Session:
    """The sitting the transcript records.

    ``date`` is ISO ``YYYY-MM-DD`` when year, month and day are known, ``YYYY``
    or ``YYYY-MM`` when only those are known, and None when the year is
    unknown (it is never guessed). ``month``/``day`` keep what the text says
    even when the year is missing.
    """

    id: str
    city: str | None
    province: str | None
    body: str | None  # the standing body, its place in full: 漯河市人大常委会, 某镇人大主席团
    date: str | None
    topic: str | None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    kind: str | None = None  # 专题询问, 评议询问 …
    # The county-level place whose congress sat (福安市, a county-level city in 宁德市; 桐庐县;
    # 南湖区), when the report names it; ``city`` stays the prefecture, so sittings group by city.
    county: str | None = None
    # The sitting as the text names it (市八届人大常委会第十四次会议), None when it names only an organ.
    sitting: str | None = None


@dataclass(frozen=True)
class DocumentRecord:
    """Everything extracted from one source document."""

    source: str
    sha256: str  # of the raw bytes
    text: str  # normalised text all offsets refer to
    session: Session
    exchanges: tuple[Exchange, ...]
    departments: tuple[Department, ...] = ()
    entities: tuple[Entity, ...] = ()
    encoding: str | None = None
    format: str | None = None  # txt, html, docx, pdf
    script: str | None = None  # "simplified" or "traditional": how the source was written
    mentions: tuple[Mention, ...] = ()  # part "narrative": the report's text outside the exchanges


def to_dict(record: Any) -> Any:
    """Return the JSON-ready form of a record (tuples become lists)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


def from_dict(data: dict[str, Any]) -> DocumentRecord:
    """Rebuild a :class:`DocumentRecord` from :func:`to_dict` output."""
    s = data["session"]
    session = Session(**{f.name: s.get(f.name) for f in dataclasses.fields(Session)})
    exchanges = []
    for e in data["exchanges"]:
        resp = e.get("respondent")
        exchanges.append(
            Exchange(
                id=e["id"],
                seq=e["seq"],
                title=e.get("title"),
                follow_up_of=e.get("follow_up_of"),
                asker=Asker(**e["asker"]),
                respondent=Respondent(**resp) if resp else None,
                question=e["question"],
                answer=e.get("answer"),
                question_start=e["question_start"],
                question_end=e["question_end"],
                answer_start=e.get("answer_start"),
                answer_end=e.get("answer_end"),
                mentions=tuple(Mention(**m) for m in e.get("mentions", ())),
                respondents=tuple(Respondent(**r) for r in e.get("respondents") or ()),
            )
        )
    return DocumentRecord(
        source=data["source"],
        sha256=data["sha256"],
        text=data["text"],
        session=session,
        exchanges=tuple(exchanges),
        departments=tuple(
            Department(d["name"], d.get("city"), d.get("type"), tuple(d.get("aliases", ())))
            for d in data.get("departments", ())
        ),
        entities=tuple(
            Entity(
                x["type"], x["name"], x.get("city"), tuple(x.get("aliases", ())),
                x.get("category"), x.get("parent"),
            )
            for x in data.get("entities", ())
        ),
        encoding=data.get("encoding"),
        format=data.get("format"),
        script=data.get("script"),
        mentions=tuple(Mention(**m) for m in data.get("mentions") or ()),
    )
