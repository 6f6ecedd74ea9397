"""Find entities by name: Chinese, aliases, or pinyin (tones and spaces ignored).

The index is a small DataFrame built once per graph version from the names
of the searchable labels; a query in Latin letters is matched against each
name's full pinyin (``zhongyuanshipinshiyanshi``) and its initials
(``zyspsys``), so ``zhongyuan`` and ``ZYSP`` both find 中原食品实验室.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd
import yaml
from pypinyin import Style, load_phrases_dict, pinyin

__all__ = ["normalise", "pinyin_keys", "needs_pinyin", "build_index", "search"]

_STRIP = re.compile(r"[\s\"'“”‘’《》「」『』()（）·・\-_]+")
_LATIN = re.compile(r"^[a-z0-9]+$")
_PHRASES = Path(__file__).with_name("data") / "pinyin_phrases.yaml"
_MAX_VARIANTS = 16


@functools.lru_cache(maxsize=1)
def _load_phrases() -> None:
    # Place names pypinyin misreads (漯河 is luò hé, not tà hé); loaded on first use.
    data = yaml.safe_load(_PHRASES.read_text(encoding="utf-8")) or {}
    load_phrases_dict({k: [[s] for s in v] for k, v in data.items()})


def normalise(text: str) -> str:
    """Fold full-width forms and case, drop spaces, quotes and brackets.

    >>> normalise("“先使用 后付费”")
    '先使用后付费'
    >>> normalise("ＡＢＣ")
    'abc'
    """
    return _STRIP.sub("", unicodedata.normalize("NFKC", text or "")).lower()


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a name, without tones or spaces.

    A character with several readings gives several variants, joined by
    ``|`` (at most 16), so a search matches whichever reading is meant.

    >>> pinyin_keys("中原食品实验室")
    ('zhongyuanshipinshiyanshi', 'zyspsys')
    >>> pinyin_keys("漯河")
    ('luohe', 'lh')
    """
    _load_phrases()
    readings = pinyin(normalise(name), style=Style.NORMAL, heteronym=True, errors="default")
    variants = ["".join(combo) for combo in itertools.islice(itertools.product(*readings), _MAX_VARIANTS)]
    full = "|".join(dict.fromkeys(normalise(v) for v in variants))
    initials = "|".join(dict.fromkeys(normalise("".join(w[:1] for w in combo))
                                      for combo in itertools.islice(itertools.product(*readings), _MAX_VARIANTS)))
    return full, initials


def needs_pinyin(query: str) -> bool:
    """Whether ``query`` is matched against pinyin (Latin letters and digits only).

    >>> needs_pinyin("ZYSP"), needs_pinyin("中原")
    (True, False)
    """
    return bool(_LATIN.match(normalise(query)))


def build_index(nodes: Iterable[Mapping[str, Any]], *, with_pinyin: bool = True) -> pd.DataFrame:
    """One row per node: label, key, name, city, and the normalised search keys.

    Pinyin is the slow part (seconds for tens of thousands of names): without
    ``with_pinyin`` its columns are empty, which serves every query that
    :func:`needs_pinyin` says does not need them.
    """
    rows = []
    for n in nodes:
        name = n.get("name") or str(n.get("_key", ""))
        aliases = [a for a in (n.get("aliases") or ()) if a]
        full, initials = pinyin_keys(name) if with_pinyin else ("", "")
        rows.append({
            "label": n["_label"], "key": n["_key"], "name": name, "city": n.get("city"),
            "norm": normalise(name), "aliases": "|".join(normalise(a) for a in aliases),
            "pinyin": full, "initials": initials,
        })
    return pd.DataFrame(rows, columns=["label", "key", "name", "city", "norm", "aliases", "pinyin", "initials"])


def search(index: pd.DataFrame, query: str, *, labels: Iterable[str] = (), limit: int = 50) -> pd.DataFrame:
    """Matches of ``query`` in ``index``, best first.

    Score: exact name 0, name prefix 1, name contains 2, alias contains 3,
    pinyin prefix 4, pinyin/initials contains 5; then shorter names first.
    """
    q = normalise(query)
    cols = ["label", "key", "name", "city"]
    if not q or index.empty:
        return pd.DataFrame(columns=cols)
    df = index if not labels else index[index["label"].isin(list(labels))]
    score = pd.Series(99, index=df.index)
    score = score.mask(df["aliases"].str.contains(q, regex=False), 3)
    score = score.mask(df["norm"].str.contains(q, regex=False), 2)
    score = score.mask(df["norm"].str.startswith(q), 1)
    score = score.mask(df["norm"] == q, 0)
    if _LATIN.match(q):
        py = df["pinyin"].str.contains(q, regex=False) | df["initials"].str.contains(q, regex=False)
        score = score.mask((score == 99) & py, 5)
        prefix = ("|" + df["pinyin"]).str.contains("|" + q, regex=False) | \
            ("|" + df["initials"]).str.contains("|" + q, regex=False)
        score = score.mask((score == 5) & prefix, 4)
    hits = df.assign(_score=score, _len=df["name"].str.len())
    hits = hits[hits["_score"] < 99].sort_values(["_score", "_len", "name"])
    return hits[cols].head(limit).reset_index(drop=True)
