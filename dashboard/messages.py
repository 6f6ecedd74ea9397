"""Engine and loader messages → a key of ``i18n/strings.yaml`` and its fields (no streamlit).

The query layer and the loaders speak English, one line each, with advice
for CLI users ("raise --timeout"). The dashboard shows a translated summary
of its own and keeps the original behind a details toggle, cleaned of the
advice that only the CLI can follow.

>>> explain_query("timeout: the query ran longer than 30 s and was stopped (raise --timeout or narrow the MATCH)")
Explained(key='err_timeout', fields={'seconds': '30'}, raw='timeout: the query ran longer than 30 s and was stopped')
>>> explain_input("no recognisable exchange (no question/answer speaker turns found)").key
'in_no_exchange'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Explained", "explain_query", "explain_input", "cli_advice_removed"]


@dataclass(frozen=True)
class Explained:
    key: str  # a key of i18n/strings.yaml
    fields: dict = field(default_factory=dict)
    raw: str = ""  # the original message, without CLI-only advice


# First match wins; the query layer starts its messages with these words.
_QUERY = (
    # The guard refuses a word it cannot place ("n is neither a variable …"): a typo, not a write.
    (re.compile(r"neither a variable", re.I), "err_syntax"),
    (re.compile(r"^refused\b|read-only|AccessMode", re.I), "err_refused"),
    (re.compile(r"one statement at a time", re.I), "err_one_statement"),
    (re.compile(r"^timeout\b|timed? ?out|stopped after the", re.I), "err_timeout"),
    (re.compile(r"^too many rows", re.I), "err_rows"),
    (re.compile(r"^memory\b|memory limit|OutOfMemory", re.I), "err_memory"),
    (re.compile(r"^empty query", re.I), "err_empty"),
    (re.compile(r"syntax error|SyntaxError|Parser exception|Invalid input", re.I), "err_syntax"),
    (re.compile(r"parameter|\$\w+", re.I), "err_params"),
    (re.compile(r"cannot open|unavailable|could not connect|locked", re.I), "err_store"),
)

_INPUT = (
    (re.compile(r"no recognisable exchange"), "in_no_exchange"),
    (re.compile(r"sidecar"), "in_sidecar"),
    (re.compile(r"^empty file"), "in_empty"),
    (re.compile(r"binary data|encoding|invalid .* bytes"), "in_encoding"),
    (re.compile(r"unsupported (file type|format)|is a directory"), "in_type"),
    (re.compile(r"HTML"), "in_html"),
    (re.compile(r"\.docx"), "in_docx"),
    (re.compile(r"PDF"), "in_pdf"),
    (re.compile(r"no text left"), "in_noise"),
    (re.compile(r"cannot read"), "in_read"),
)

# "(raise --timeout or narrow the MATCH)", "(add LIMIT or raise --max-rows)",
# "(open the store for writing with `policygraph ingest`)": advice for a shell.
_CLI_ADVICE = re.compile(r"\s*\((?:[^()]*--[a-z-]+|[^()]*`policygraph [^`]*`)[^()]*\)")


def cli_advice_removed(text: str) -> str:
    """``text`` without parenthesised advice that names a CLI option or command.

    >>> cli_advice_removed("too many rows: more than 10 (add LIMIT or raise --max-rows)")
    'too many rows: more than 10'
    """
    return _CLI_ADVICE.sub("", text).strip()


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def explain_query(message: str) -> Explained:
    """The summary key and fields for a console or store error message."""
    raw = cli_advice_removed(_one_line(message))
    for pattern, key in _QUERY:
        if pattern.search(raw):
            fields: dict = {}
            if key == "err_timeout":
                m = re.search(r"(\d+(?:\.\d+)?)\s*s\b", raw)
                fields["seconds"] = m.group(1) if m else "?"
            elif key == "err_rows":
                m = re.search(r"more than (\d+)", raw)
                fields["n"] = m.group(1) if m else "?"
            return Explained(key, fields, raw)
    return Explained("err_other", {}, raw)


def explain_input(reason: str) -> Explained:
    """The summary key for a loader's reason why a file could not be read."""
    raw = _one_line(reason)
    for pattern, key in _INPUT:
        if pattern.search(raw):
            return Explained(key, {}, raw)
    return Explained("in_other", {}, raw)
