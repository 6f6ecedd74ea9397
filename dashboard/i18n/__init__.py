"""UI strings in Chinese and English, kept as data in ``strings.yaml``.

Each key maps to ``{zh: ..., en: ...}``; :func:`t` formats the text of the
chosen language with ``str.format`` fields.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

__all__ = ["LANGS", "strings", "t"]

LANGS = ("zh", "en")
_FILE = Path(__file__).with_name("strings.yaml")


@functools.lru_cache(maxsize=1)
def strings() -> dict[str, dict[str, str]]:
    data = yaml.safe_load(_FILE.read_text(encoding="utf-8"))
    for key, texts in data.items():
        missing = [lang for lang in LANGS if not isinstance(texts, dict) or lang not in texts]
        if missing:
            raise ValueError(f"{_FILE}: key {key!r} lacks {', '.join(missing)}")
    return data


def t(key: str, lang: str = "zh", **fields: Any) -> str:
    """The text of ``key`` in ``lang``.

    >>> t("page_overview", "en")
    'Overview'
    """
    text = strings()[key][lang if lang in LANGS else "zh"]
    return text.format(**fields) if fields else text
