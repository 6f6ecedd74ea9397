"""A tiny Cypher tokenizer: just enough to see code outside strings and comments.

The dialect step, the read-only guard and the parameter check all need to
know which characters are Cypher code and which are string literals,
comments or backquoted names, so that ``RETURN 'CREATE'`` is not a write and
``'$x'`` is not a parameter. A full parser would be overkill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Token", "tokenize", "parameters", "strip_comments", "unterminated"]

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.)*(?:'|\Z)|"(?:[^"\\]|\\.)*(?:"|\Z))
  | (?P<quoted>`[^`]*(?:`|\Z))
  | (?P<param>\$(?:[A-Za-z_][A-Za-z0-9_]*|`[^`]*`|[0-9]+))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<number>0[xX][0-9A-Fa-f]+|0[oO][0-7]+|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)
  | (?P<symbol>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str  # space, comment, string, quoted, param, word, number, symbol
    text: str
    start: int


def tokenize(cypher: str) -> list[Token]:
    """Split ``cypher`` into tokens; the texts concatenate back to the input."""
    return [Token(m.lastgroup or "symbol", m.group(), m.start()) for m in _TOKEN.finditer(cypher)]


def strip_comments(cypher: str) -> str:
    """``cypher`` with every comment replaced by one space.

    The console runs the text without its comments, so the engine and the
    read-only check can never disagree on where a comment ends (``//`` up to
    a ``\\r``? a U+2028?): the text in question is simply not there.

    >>> strip_comments("MATCH (n) // all\\nRETURN n /* x */ LIMIT 1")
    'MATCH (n)  \\nRETURN n   LIMIT 1'
    """
    return "".join(" " if t.kind == "comment" else t.text for t in tokenize(cypher))


def unterminated(cypher: str) -> Token | None:
    """The first string, backquoted name or block comment that never closes, if any.

    >>> unterminated("RETURN 'abc") is not None, unterminated("RETURN 'a''b'") is None
    (True, True)
    """
    for t in tokenize(cypher):
        if t.kind == "string" and (len(t.text) < 2 or t.text[-1] != t.text[0] or _escaped_end(t.text)):
            return t
        if t.kind == "quoted" and (len(t.text) < 2 or not t.text.endswith("`")):
            return t
        if t.kind == "comment" and t.text.startswith("/*") and not t.text.endswith("*/"):
            return t
    return None


def _escaped_end(text: str) -> bool:
    """True when the closing quote of a string token is itself escaped (``'abc\\'``)."""
    body = text[1:-1]
    trailing = len(body) - len(body.rstrip("\\"))
    return trailing % 2 == 1


def parameters(cypher: str) -> set[str]:
    """Names of the ``$parameters`` used in ``cypher`` (outside strings and comments).

    >>> sorted(parameters("MATCH (n) WHERE n.name = $name AND n.x <> '$no' RETURN $`odd one`"))
    ['name', 'odd one']
    """
    return {t.text[1:].strip("`") for t in tokenize(cypher) if t.kind == "param"}
