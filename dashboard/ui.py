"""Streamlit glue shared by the pages: language, the store, cached results.

The store lives in one :class:`~dashboard.holder.StoreHolder` per process
(``st.cache_resource``). Results are cached with ``st.cache_data`` keyed by
the store's identity, the graph version and the arguments; an ingest bumps
the version, so every session sees the new graph without a restart.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Callable

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import ScriptControlException

from dashboard import data, i18n, settings as settings_mod
from dashboard.holder import StoreHolder, injected_store

__all__ = ["lang", "t", "label_name", "rel_name", "category_name", "shown", "sidebar", "holder", "fetch", "deferred",
           "guarded",
           "fail", "show_error", "FETCHERS", "store_label"]

log = logging.getLogger(__name__)


def lang() -> str:
    if "lang" not in st.session_state:
        st.session_state["lang"] = settings_mod.from_env().lang
    return st.session_state["lang"]


def t(key: str, **fields: Any) -> str:
    return i18n.t(key, lang(), **fields)


@st.cache_resource(show_spinner=False)
def _holder(ident: str, _settings: settings_mod.StoreSettings, _store: Any) -> StoreHolder:
    return StoreHolder(_settings, _store)


def holder() -> StoreHolder:
    injected = injected_store()
    s = settings_mod.from_env()
    ident = f"external:{id(injected)}" if injected is not None else s.ident
    return _holder(ident, s, injected)


def label_name(label: str) -> str:
    """A graph label in the UI language (Project → 项目)."""
    key = f"label_{label}"
    return t(key) if key in i18n.strings() else label


def rel_name(rel: str) -> str:
    """A relationship type in the UI language (WORKS_ON → 推进项目)."""
    key = f"rel_{rel}"
    return t(key) if key in i18n.strings() else rel


def category_name(value: Any) -> Any:
    """A policy-tool category in the UI language (finance → 财政金融); anything else as it is."""
    key = f"cat_{str(value).replace(' ', '_')}"
    return t(key) if isinstance(value, str) and key in i18n.strings() else value


def shown(value: Any) -> Any:
    """A table cell: a dash for a missing value instead of "None" or "nan"."""
    if value is None or (isinstance(value, float) and value != value):
        return t("none_value")
    return value


def show_error(explained: Any) -> None:
    """A translated one-line summary, and the original message behind a details toggle."""
    st.error(t(explained.key, **explained.fields))
    if explained.raw:
        with st.expander(t("error_details")):
            st.code(explained.raw, language=None, wrap_lines=True)


def store_label(h: StoreHolder) -> str:
    if h.ident.startswith("external:"):
        return f"{h.kind}"
    if h.settings.kind == "neo4j":
        return f"Neo4j {h.settings.uri or ''}".strip()
    return f"LadybugDB {h.settings.db}"


def _named(store: Any, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    import queries

    return queries.run_named(store, name, params)


def _diffusion() -> Any:
    import queries.diffusion

    return queries.diffusion


def _search_index(store: Any, with_pinyin: bool = True) -> Any:
    from dashboard.search import build_index

    return build_index(data.search_names(store), with_pinyin=with_pinyin)


def _with_properties(store: Any, nodes: dict, edges: dict, keep: list[str], types: list[str]) -> Any:
    return data.with_properties(store, data.Subgraph(nodes=nodes, edges=edges), keep=keep, types=types)


#: What :func:`fetch` may compute and cache, by name.
FETCHERS: dict[str, Callable[..., Any]] = {
    "overview": data.overview,
    "search_index": _search_index,
    "neighbourhood": lambda store, label, key, depth, types, cap: data.neighbourhood(
        store, label, key, depth=depth, types=tuple(types), max_nodes=cap),
    "neighbour_keys": lambda store, label, key, depth, types, cap: data.neighbour_keys(
        store, label, key, depth=depth, types=tuple(types), max_nodes=cap),
    # A grouped view's drawn nodes and edges travel as JSON (part of the cache key).
    "with_properties": _with_properties,
    # The node's edges and their end nodes travel as JSON (part of the cache key).
    "evidence": lambda store, nodes, edges, uid: data.evidence_for(
        store, data.Subgraph(nodes=nodes, edges=edges), uid),
    "policy_tools": data.policy_tools,
    "tool_timeline": data.tool_timeline,
    "tool_departments": data.tool_departments,
    "city_names": data.city_names,
    "city_provinces": lambda store: {r["city"]: r["province"] for r in data.run(store, "overview-cities")},
    "department_types": lambda store: {r["name"]: r["type"] for r in data.run(store, "department-types")},
    "adoptions": lambda store: _diffusion().adoptions(store),
    "diffusion_files": lambda store: _diffusion().file_bytes(_diffusion().diffusion(store)),
    "named": _named,
    "shared_departments": lambda store, params: data.run(store, "shared-departments", params),
}


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(_h: StoreHolder, ident: str, version: int, name: str, args_json: str) -> Any:
    with _h.reading() as store:
        return FETCHERS[name](store, *json.loads(args_json))


def fetch(name: str, *args: Any) -> Any:
    """``FETCHERS[name](store, *args)``, cached until the graph changes."""
    h = holder()
    return _cached(h, h.ident, h.version, name, json.dumps(args, ensure_ascii=False))


def deferred(name: str, *args: Any, pick: Callable[[Any], Any] = lambda x: x) -> Callable[[], Any]:
    """``pick(fetch(name, *args))`` computed only when called (a download button's data, made on click).

    The holder and graph version are those of this page run: the click is
    served outside the script run, where :func:`holder` has no session.
    """
    h = holder()
    version, args_json = h.version, json.dumps(args, ensure_ascii=False)
    return lambda: pick(_cached(h, h.ident, version, name, args_json))


def fail(exc: BaseException) -> None:
    """Show an error as a translated line (never a traceback), the original behind a toggle; end the page."""
    from dashboard.messages import explain_query

    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    log.warning("dashboard error: %s: %s", type(exc).__name__, msg)
    show_error(explain_query(msg))
    st.stop()


_LANG_NAMES = {"zh": "中文", "en": "English"}


def _set_lang() -> None:
    st.session_state["lang"] = st.session_state["lang_pick"]


def sidebar() -> None:
    """Language switch, which store is shown, and a refresh button."""
    # Widget state does not survive a page switch, so the choice is kept in
    # the plain "lang" key and the radio ("lang_pick") is re-seeded from it.
    st.session_state["lang_pick"] = lang()
    st.sidebar.radio("语言 / Language", list(_LANG_NAMES), format_func=_LANG_NAMES.__getitem__,
                     key="lang_pick", horizontal=True, on_change=_set_lang)
    h = holder()
    if st.sidebar.button(t("refresh"), key="refresh", help=t("refresh_help")):
        h.refresh()
    st.sidebar.caption(t("store_caption", store=store_label(h), version=h.version))


def guarded(fn: Callable[[], Any]) -> Callable[[], Any]:
    """Run a page's main() after the sidebar; a failure becomes one st.error line."""

    def run() -> Any:
        sidebar()
        try:
            return fn()
        except ScriptControlException:
            raise  # st.stop / st.rerun / page switches are control flow, not errors
        except Exception as exc:  # noqa: BLE001 - the page must show a message, not a traceback
            fail(exc)

    return run
