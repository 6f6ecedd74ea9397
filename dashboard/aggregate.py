"""Aggregate a graph before drawing it: one node per group of similar nodes (no streamlit).

A national neighbourhood has hundreds of departments, cities and exchanges;
drawn one by one they are an unreadable cloud, and a node cap silently drops
most of them. Grouped first — departments by type, cities by province,
projects by chain (by city when the view shows no chain), exchanges,
sessions and people by city — every node is accounted for in a few dozen
nodes. A group node carries its members' label (so it has their colour), a
caption with the group and its size, and ``members``; an expanded group is
drawn as its members again. Edges between the same two drawn nodes merge into
one with a ``count``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from dashboard.data import Subgraph, relevance
from dashboard.data import caption as caption_of

__all__ = ["GROUP_PROPERTY", "GROUP_KEY", "Group", "Aggregated", "group_of", "aggregate", "group_uid"]

#: The node property a label is grouped by (Project: its chain, see group_of).
GROUP_PROPERTY = {"Department": "type", "City": "province", "Project": "city", "Exchange": "city",
                  "Session": "city", "Person": "city"}
#: Key prefix of group nodes (no stored key starts with it).
GROUP_KEY = "group|"


@dataclass(frozen=True)
class Group:
    uid: str
    label: str
    value: str
    members: tuple[str, ...]  # uids
    names: tuple[str, ...]  # their captions


@dataclass
class Aggregated:
    graph: Subgraph
    groups: dict[str, Group] = field(default_factory=dict)  # drawn (collapsed) groups by uid
    expandable: dict[str, Group] = field(default_factory=dict)  # every group of 2+ members, collapsed or not
    left_out: dict[str, int] = field(default_factory=dict)  # nodes of each label the cap left out


def group_uid(label: str, value: str) -> str:
    return f"{label}:{GROUP_KEY}{value}"


def _chains(g: Subgraph) -> dict[str, str]:
    """Project uid → the name of an industry chain the view links it to."""
    out = {}
    for e in g.edges.values():
        if e["_type"] == "IN_CHAIN" and g.nodes.get(e["target"], {}).get("_label") == "IndustryChain":
            out.setdefault(e["source"], str(g.nodes[e["target"]].get("name") or g.nodes[e["target"]]["_key"]))
    return out


def group_of(uid: str, node: Mapping[str, Any], chains: Mapping[str, str]) -> str | None:
    """The group value of a node, or None (not grouped).

    >>> group_of("Department:d", {"_label": "Department", "type": "财政"}, {})
    '财政'
    >>> group_of("Project:p", {"_label": "Project", "city": "漯河市"}, {"Project:p": "食品产业链"})
    '食品产业链'
    """
    label = node["_label"]
    if label == "Project" and uid in chains:
        return chains[uid]
    prop = GROUP_PROPERTY.get(label)
    value = node.get(prop) if prop else None
    return str(value) if value not in (None, "") else None


def aggregate(g: Subgraph, *, focal: str | None = None, expanded: frozenset[str] | set[str] = frozenset(),
              min_members: int = 2, max_nodes: int = 150,
              caption: Callable[[str, str, int], str] = lambda label, value, n: f"{value} ×{n}") -> Aggregated:
    """``g`` with each group of ``min_members`` or more (not in ``expanded``) drawn as one node.

    ``focal`` is never grouped. If the result still has more than
    ``max_nodes`` nodes, nodes are kept by relevance to the focal node's
    label (then groups before single nodes, bigger first) and the rest are
    counted in ``left_out``.
    """
    chains = _chains(g)
    members: dict[tuple[str, str], list[str]] = defaultdict(list)
    for uid, n in g.nodes.items():
        if uid == focal:
            continue
        value = group_of(uid, n, chains)
        if value is not None:
            members[(n["_label"], value)].append(uid)
    expandable = {group_uid(lab, v): Group(group_uid(lab, v), lab, v, tuple(uids), tuple(caption_of(g.nodes[u]) for u in uids))
                  for (lab, v), uids in members.items() if len(uids) >= min_members}
    collapsed = {u: grp for u, grp in expandable.items() if u not in expanded}
    rep = {m: u for u, grp in collapsed.items() for m in grp.members}

    order = relevance(g.nodes[focal]["_label"]) if focal in g.nodes else ()
    rank = {lab: i for i, lab in enumerate(order)}
    drawn: dict[str, dict[str, Any]] = {}
    for uid, n in g.nodes.items():
        if uid not in rep:
            drawn[uid] = n
    for u, grp in collapsed.items():
        drawn[u] = {"_label": grp.label, "_key": f"{GROUP_KEY}{grp.value}", "name": caption(grp.label, grp.value,
                    len(grp.members)), "members": len(grp.members), "group": grp.value}

    def weight(u: str) -> tuple:
        n = drawn[u]
        return (u != focal, rank.get(n["_label"], len(rank)), -int(n.get("members", 1)), u)

    keep = sorted(drawn, key=weight)[:max_nodes]
    left: Counter = Counter()
    for u in sorted(drawn, key=weight)[max_nodes:]:
        left[drawn[u]["_label"]] += int(drawn[u].get("members", 1))
    kept = set(keep)

    out = Subgraph(truncated=g.truncated or bool(left), left_out=dict(g.left_out))
    for u in keep:
        out.nodes[u] = drawn[u]
    merged: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for e in g.edges.values():
        s, t = rep.get(e["source"], e["source"]), rep.get(e["target"], e["target"])
        if s == t or s not in kept or t not in kept:
            continue
        merged[(e["_type"], s, t)].append(e)
    for (typ, s, t), edges in merged.items():
        # A single edge keeps its properties (the exchanges behind it: the evidence).
        out.add_edge(edges[0] if len(edges) == 1 else {"_type": typ, "count": len(edges)}, s, t)
    for lab, n in left.items():
        out.left_out[lab] = out.left_out.get(lab, 0) + n
    return Aggregated(out, {u: grp for u, grp in collapsed.items() if u in kept}, expandable, dict(left))
