"""Graph elements and styles for st-link-analysis (Cytoscape.js), no streamlit.

Big views stay responsive by laying out with fcose (spectral start, no
animation, node sizes ignored), drawing edges as haystack lines (Cytoscape's
cheapest edge type) and dropping edge captions above :data:`BIG`.
"""

from __future__ import annotations

from typing import Any, Callable

from st_link_analysis import EdgeStyle, NodeStyle

from dashboard.data import LABEL_COLORS, Subgraph
from dashboard.data import caption as node_caption
from graph import schema

__all__ = ["BIG", "caption", "elements", "node_styles", "edge_styles", "layout"]

#: Above this many nodes the cheap layout and edge style are used.
BIG = 150

# Icons st-link-analysis ships (frontend/build/icons); nothing is fetched.
_ICONS = {"Person": "person", "City": "place", "Department": "account_balance", "Session": "group",
          "Exchange": "chat", "Project": "factory", "PolicyTool": "request_quote", "IndustryChain": "link",
          "Organization": "business", "DepartmentType": "badge", "Document": "description"}


def caption(node: dict[str, Any]) -> str:
    """A node's short name; a group's (see dashboard.aggregate) is its own ("生态环境（部门 12）")."""
    return str(node["name"]) if "members" in node else node_caption(node)


def _cell(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return ", ".join(map(str, v))
    return v


def elements(graph: Subgraph, rel_name: Callable[[str], str] = str) -> dict[str, list[dict[str, Any]]]:
    """Cytoscape elements; ``rel_name`` gives the shown name of a relationship type (the UI language).

    An edge's ``label`` stays the schema type (the style rules select on it);
    its caption is ``rel``.
    """
    nodes = []
    for uid, n in graph.nodes.items():
        data = {k: _cell(v) for k, v in n.items() if not k.startswith("_") and v is not None}
        data.update({"id": uid, "label": n["_label"], "caption": caption(n)})
        nodes.append({"data": data})
    edges = []
    for eid, e in graph.edges.items():
        data = {k: _cell(v) for k, v in e.items() if not k.startswith("_") and v is not None}
        rel = rel_name(e["_type"]) + (f" ×{e['count']}" if e.get("count") else "")
        data.update({"id": eid, "label": e["_type"], "rel": rel, "source": e["source"], "target": e["target"]})
        edges.append({"data": data})
    return {"nodes": nodes, "edges": edges}


class _Rule:
    """A raw Cytoscape style rule, passed through st-link-analysis's style list."""

    def __init__(self, selector: str, style: dict[str, Any]) -> None:
        self.selector, self.style = selector, style

    def dump(self) -> dict[str, Any]:
        return {"selector": self.selector, "style": self.style}


def node_styles(big: bool = False) -> list[Any]:
    styles: list[Any] = [NodeStyle(n.label, LABEL_COLORS.get(n.label, "#444444"), "caption", _ICONS.get(n.label))
                         for n in schema.NODES]
    # st-link-analysis draws captions at 3.6 px and hides them below 10 px on
    # screen, so a fitted graph showed none or unreadable ones. Captions are
    # 12 px at zoom 1 on a light halo; a big graph, fitted at a small zoom,
    # hides those that would be under 7 px on screen until one zooms in.
    styles.append(_Rule("node", {"font-size": 12, "min-zoomed-font-size": 7 if big else 4,
                                 "text-background-color": "#ffffff", "text-background-opacity": 0.7,
                                 "text-background-padding": "1px"}))
    # A group node (see dashboard.aggregate) is bigger, outlined, and keeps its caption at
    # any zoom: a crowded graph still names its groups; single nodes show theirs when zoomed
    # in, selected or pressed. No caption on hover: Cytoscape has no hover state, and
    # st-link-analysis 0.4 sends every listened event back to Streamlit as a rerun of the page.
    styles.append(_Rule("node[members]", {"width": 46, "height": 46, "border-width": 3, "border-color": "#333333",
                                          "font-size": 13, "font-weight": "bold", "min-zoomed-font-size": 0}))
    styles.append(_Rule("node:selected, node:active", {"min-zoomed-font-size": 0, "font-size": 14}))
    styles.append(_Rule("edge", {"font-size": 9, "min-zoomed-font-size": 7}))
    return styles


def edge_styles(big: bool) -> list[EdgeStyle]:
    # labeled=None: st-link-analysis 0.4.0 warns about the deprecated flag unless it is None.
    return [EdgeStyle(r.type, caption=None if big else "rel", labeled=None, directed=not big,
                      curve_style="haystack" if big else None) for r in schema.RELS]


def layout(n_nodes: int) -> dict[str, Any]:
    if n_nodes > BIG:
        return {"name": "fcose", "quality": "default", "animate": False, "fit": True, "padding": 10,
                "nodeDimensionsIncludeLabels": False, "nodeRepulsion": 9000, "idealEdgeLength": 70,
                "nodeSeparation": 60, "numIter": 2500}
    return {"name": "fcose", "animate": False, "fit": True, "padding": 20,
            "nodeDimensionsIncludeLabels": True, "nodeRepulsion": 6000, "idealEdgeLength": 80}
