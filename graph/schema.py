"""The graph schema, declared once.

Labels, key properties, property types and relationship types live here and
nowhere else: both stores derive their tables, constraints and MERGE
statements from these declarations, the networkx builder uses them to name
nodes and edges, and the docs test checks the README against them.

Every node has a string key property ``id`` (composite keys such as a
Project's name + city are folded into it by :func:`node_id`), because
LadybugDB tables need exactly one primary key and the Neo4j uniqueness
constraints are then the same one-property constraint on every label.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

__all__ = [
    "Prop",
    "NodeType",
    "RelType",
    "NODES",
    "RELS",
    "KEY",
    "ENTITY_LABELS",
    "DERIVED_RELS",
    "node_type",
    "rel_type",
    "node_id",
    "GLOBAL",
    "OWNED_LABELS",
    "AGGREGATED_RELS",
]

#: The key property of every label.
KEY = "id"

#: Scope used in keys of things that are not bound to a city.
GLOBAL = "*"


@dataclass(frozen=True)
class Prop:
    """A property and its type (LadybugDB type names; Neo4j is schemaless)."""

    name: str
    type: str = "STRING"  # STRING, INT64, DOUBLE, BOOLEAN, STRING[]


@dataclass(frozen=True)
class NodeType:
    label: str
    props: tuple[Prop, ...]
    #: properties searched by the full-text index (Neo4j) / contains-match (LadybugDB)
    text_props: tuple[str, ...] = ("name",)
    doc: str = ""
    #: nodes of this label belong to the document that brought them: they go
    #: when it is replaced, and a store never merges another document's values in
    owned: bool = False
    #: the key is ``city|name`` (see :func:`node_id`): the same name in two
    #: cities is two nodes
    city_scoped: bool = False
    #: relationships that keep a shared node alive once a replaced document
    #: is gone (a Cypher pattern on ``n`` binding ``r``); None: kept always
    held_by: str | None = None

    @cached_property
    def prop_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.props)


@dataclass(frozen=True)
class RelType:
    type: str
    pairs: tuple[tuple[str, str], ...]  # (from label, to label)
    props: tuple[Prop, ...] = ()
    derived: bool = False  # recomputed from MENTIONS/ANSWERED, keeps exchange ids
    doc: str = ""
    #: properties that, with the two ends, tell two relationships of this type
    #: apart (MENTIONS: one per occurrence); empty: one per pair of nodes
    identity: tuple[str, ...] = ()
    #: properties aggregate evidence across documents (the derived edges and
    #: SERVES_IN): stores recompute them for the pairs a batch touches, and
    #: ``exchanges`` keeps the evidence reachable
    aggregated: bool = False

    @cached_property
    def prop_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.props)


def _p(*names: str, type: str = "STRING") -> tuple[Prop, ...]:
    return tuple(Prop(n, type) for n in names)


_ID = (Prop(KEY),)
_ALIASES = (Prop("aliases", "STRING[]"),)

NODES: tuple[NodeType, ...] = (
    NodeType("City", _ID + _p("name", "province"), doc="key: name", held_by="(n)-[r]-()"),
    NodeType(
        "Session",
        _ID + _p("city", "county", "province", "body", "date", "topic", "kind", "sitting")
        + _p("year", "month", "day", type="INT64"),
        text_props=("body", "topic"),
        doc="key: the loaders' session id (one per sitting); body = the standing body, sitting = the sitting as written",
        owned=True,
    ),
    NodeType(
        "Exchange",
        _ID + _p("seq", type="INT64")
        + _p("title", "question", "answer", "session", "document", "date", "city", "department")
        + _p("question_start", "question_end", "answer_start", "answer_end", type="INT64"),
        text_props=("title", "question", "answer"),
        doc="key: the loaders' exchange id; department = key of the (first) answering Department",
        owned=True,
    ),
    NodeType("Person", _ID + _p("name", "city", "role"), doc="key: city|name", city_scoped=True,
             held_by="(n)-[r:ASKED|ANSWERED]->()"),
    # held_by None: a department stays while an exchange or a document names it
    # (checked on properties, see graph.writer)
    NodeType("Department", _ID + _p("name", "city", "type") + _ALIASES, doc="key: canonical name incl. city"),
    NodeType("DepartmentType", _ID + _p("name"), held_by="(n)<-[r:OF_TYPE]-()"),
    NodeType("Project", _ID + _p("name", "city") + _ALIASES, doc="key: city|name", city_scoped=True,
             held_by="(n)<-[r:MENTIONS]-()"),
    NodeType("IndustryChain", _ID + _p("name", "city") + _ALIASES, doc="key: city|name, or *|name when national",
             city_scoped=True, held_by="(n)<-[r:MENTIONS|PART_OF]-()"),
    NodeType("PolicyTool", _ID + _p("name", "category") + _ALIASES, doc="key: name; not city-bound",
             held_by="(n)<-[r:MENTIONS]-()"),
    NodeType("Organization", _ID + _p("name") + _ALIASES, doc="key: name", held_by="(n)<-[r:MENTIONS]-()"),
    NodeType(
        "Document",
        _ID + _p("source", "path", "text", "format", "encoding", "script") + (Prop("departments", "STRING[]"),),
        text_props=(),
        doc="key: sha256 of the bytes; source = the path as given, path = resolved (the document's identity "
            "besides its hash: a new hash at a known path replaces the old version); script = simplified or "
            "traditional; departments = keys of the Departments the document names",
        owned=True,
    ),
)

ENTITY_LABELS = ("Project", "IndustryChain", "PolicyTool", "Organization")

_EXCHANGES = (Prop("exchanges", "STRING[]"), Prop("count", "INT64"))

RELS: tuple[RelType, ...] = (
    RelType("HELD_IN", (("Session", "City"),)),
    RelType("RECORDED_IN", (("Session", "Document"),)),
    RelType("IN_DOCUMENT", (("Exchange", "Document"),)),
    RelType(
        "PART_OF",
        (("Exchange", "Session"), ("IndustryChain", "IndustryChain")),
        (Prop("exchanges", "STRING[]"),),
        doc="exchange in session; member chain in its parent chain (exchanges empty when from the dictionary)",
    ),
    RelType("FOLLOWS", (("Exchange", "Exchange"),), doc="a follow-up (追问) to the exchange it follows"),
    RelType("ASKED", (("Person", "Exchange"),), _p("role")),
    RelType("ANSWERED", (("Person", "Exchange"),), _p("title", "department"),
            doc="every official who answered; department = key of the Department they answered for"),
    RelType("SERVES_IN", (("Person", "Department"),), _p("title") + (Prop("exchanges", "STRING[]"),),
            aggregated=True, doc="title = the latest title; exchanges = the answers given for the department"),
    RelType("LOCATED_IN", (("Department", "City"),)),
    RelType("OF_TYPE", (("Department", "DepartmentType"),)),
    RelType(
        "MENTIONS",
        tuple(("Exchange", label) for label in ENTITY_LABELS) + tuple(("Session", label) for label in ENTITY_LABELS),
        _p("part", "text", "sentence") + _p("start", "end", type="INT64"),
        doc="offsets into the Document's text; `end` is a reserved word in LadybugDB: write m.`end`; "
            "from a Session (part narrative): the report's own text around the exchanges",
        identity=("part", "start", "end"),
    ),
    RelType(
        "WORKS_ON", (("Department", "Project"),), _EXCHANGES, derived=True, aggregated=True,
        doc="project mentioned in exchanges the department answered; count = number of mentions",
    ),
    RelType(
        "USES", (("Department", "PolicyTool"),), _EXCHANGES, derived=True, aggregated=True,
        doc="tool mentioned in exchanges the department answered; count = number of mentions",
    ),
    RelType(
        "ADOPTS",
        (("City", "PolicyTool"),),
        (Prop("first_date"), Prop("sessions", "STRING[]"), Prop("exchanges", "STRING[]")),
        derived=True, aggregated=True,
        doc="tool mentioned in an exchange of a session held in the city; first_date = earliest known session date",
    ),
    RelType("IN_CHAIN", (("Project", "IndustryChain"),), _EXCHANGES, derived=True, aggregated=True,
            doc="project and chain in one sentence; count = number of such sentences"),
)

DERIVED_RELS = tuple(r.type for r in RELS if r.derived)

#: Relationship types whose properties aggregate over documents (derived + SERVES_IN).
AGGREGATED_RELS = tuple(r.type for r in RELS if r.aggregated)

#: Labels whose nodes belong to one document (see ``NodeType.owned``).
OWNED_LABELS = tuple(n.label for n in NODES if n.owned)

_NODE_BY_LABEL = {n.label: n for n in NODES}
_REL_BY_TYPE = {r.type: r for r in RELS}


def node_type(label: str) -> NodeType:
    """Return the declaration of ``label`` (KeyError names the label)."""
    try:
        return _NODE_BY_LABEL[label]
    except KeyError:
        raise KeyError(f"unknown node label {label!r}") from None


def rel_type(name: str) -> RelType:
    try:
        return _REL_BY_TYPE[name]
    except KeyError:
        raise KeyError(f"unknown relationship type {name!r}") from None


def node_id(label: str, name: str, city: str | None = None) -> str:
    """The key of a node.

    >>> node_id("Project", "中原食品实验室", "漯河市")
    '漯河市|中原食品实验室'
    >>> node_id("PolicyTool", "专项债")
    '专项债'
    >>> node_id("IndustryChain", "11+8", None)
    '*|11+8'
    """
    if node_type(label).city_scoped:
        return f"{city or GLOBAL}|{name}"
    return name
