"""Write a generated corpus: transcripts, ``.meta.json`` sidecars, gold sidecars.

One session at a time, straight to disk: memory does not grow with the
number of sessions. Each session draws from its own ``random.Random`` seeded
by (seed, index), so the output is byte-identical for a seed and does not
depend on hash order or on how many sessions came before.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpus.catalog import load_catalog
from corpus.compose import Planner
from corpus.layouts import gold, render
from corpus.world import build_world

__all__ = ["GenerateSummary", "generate", "GenerateError"]

log = logging.getLogger(__name__)


class GenerateError(ValueError):
    """Bad arguments or an output folder that cannot be written (one-line message)."""


@dataclass(frozen=True)
class GenerateSummary:
    out_dir: Path
    sessions: int
    cities: int
    seed: int
    bytes: int  # total size of the transcripts
    exchanges: int
    layouts: dict[str, int]
    encodings: dict[str, int]
    years: tuple[int, int]  # first and last year present


def _encode(text: str, encoding: str) -> tuple[bytes, str]:
    try:
        return text.encode(encoding), encoding
    except UnicodeEncodeError:  # a character outside GBK: keep the file readable
        return text.encode("utf-8"), "utf-8"


def generate(
    out_dir: str | Path,
    *,
    sessions: int,
    cities: int,
    seed: int,
    neighbour_effect: float | None = None,
    progress: Callable[[int], None] | None = None,
) -> GenerateSummary:
    """Write ``sessions`` transcripts across ``cities`` cities into ``out_dir``.

    Each transcript ``NNNNN_YYYYMMDD.txt`` comes with ``.meta.json`` (publisher,
    and the year when the text does not state it, sometimes the city) and
    ``.gold.json`` (what the generator put in, the format of tests/gold).
    ``neighbour_effect`` switches the tools' diffusion to a yearly hazard with
    that log-odds increase per earlier-adopting neighbour
    (:func:`corpus.world.build_world`).

    Raises:
        GenerateError: sessions < 1, cities out of range, or out_dir not writable.
    """
    if sessions < 1:
        raise GenerateError("--sessions must be at least 1")
    catalog = load_catalog()
    try:
        world = build_world(catalog, cities=cities, seed=seed, neighbour_effect=neighbour_effect)
    except ValueError as exc:
        raise GenerateError(f"--cities: {exc}") from exc
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GenerateError(f"{out}: cannot create the output folder ({exc.strerror})") from exc
    planner = Planner(world, seed)
    width = max(5, len(str(sessions - 1)))
    layouts: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    total_bytes = exchanges = 0
    years = [9999, 0]
    for i in range(sessions):
        plan = planner.plan(i)
        text = render(plan, seed, catalog.fragments)
        data, encoding = _encode(text, plan.encoding)
        stem = f"{i:0{width}d}_{plan.year:04d}{plan.month:02d}{plan.day:02d}"
        meta: dict[str, object] = {"publisher": f"{plan.city.city.short}日报"}
        if not plan.year_in_text:
            meta["year"] = plan.year
        if plan.city_in_meta:
            meta["city"] = plan.city.city.name
            meta["province"] = plan.city.city.province
        try:
            (out / f"{stem}.txt").write_bytes(data)
            (out / f"{stem}.meta.json").write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")
            (out / f"{stem}.gold.json").write_text(
                json.dumps(gold(plan, f"{stem}.txt"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        except OSError as exc:
            raise GenerateError(f"{out}: cannot write ({exc.strerror})") from exc
        layouts[plan.layout] += 1
        encodings[encoding] += 1
        total_bytes += len(data)
        exchanges += len(plan.exchanges)
        years = [min(years[0], plan.year), max(years[1], plan.year)]
        if progress is not None:
            progress(i + 1)
    log.info("generated %d sessions (%d bytes) in %s", sessions, total_bytes, out)
    return GenerateSummary(
        out_dir=out, sessions=sessions, cities=cities, seed=seed, bytes=total_bytes, exchanges=exchanges,
        layouts=dict(sorted(layouts.items())), encodings=dict(sorted(encodings.items())), years=(years[0], years[1]),
    )
