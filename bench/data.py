"""The benchmark's inputs: a generated corpus and its extracted records, cached.

One corpus of the largest size is generated per (seed, cities); a smaller
size is its first N files, which the generator makes identical to a corpus
generated with N sessions (each session depends only on seed and index). The
extracted records are cached as JSON lines in file order, keyed by a
fingerprint of the loaders' code and data, so the ingest and query benchmarks
measure the stores, not the extraction again, and a changed loader is
re-run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ROOT", "cache_dir", "corpus_paths", "records_file", "iter_records", "Timed", "ExtractCache"]

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent


def cache_dir() -> Path:
    return Path(os.environ.get("POLICYGRAPH_BENCH_CACHE", ROOT / ".cache" / "bench"))


def corpus_paths(sessions: int, *, cities: int, seed: int, cache: Path | None = None) -> list[Path]:
    """The first ``sessions`` transcripts of the cached corpus (generated if needed)."""
    from corpus import generate

    base = (cache or cache_dir()) / f"corpus-seed{seed}-cities{cities}"
    marker = base / ".sessions"
    have = int(marker.read_text()) if marker.is_file() else 0
    if have < sessions:
        log.info("generating %d sessions into %s", sessions, base)
        generate(base, sessions=sessions, cities=cities, seed=seed)
        marker.write_text(str(sessions))
    paths = sorted(base.glob("*.txt"))
    return paths[:sessions]


def _loaders_fingerprint() -> str:
    h = hashlib.sha256()
    loaders = ROOT / "loaders"
    for p in sorted(loaders.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            st = p.stat()
            h.update(f"{p.relative_to(loaders)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:12]


@dataclass(frozen=True)
class ExtractCache:
    path: Path
    documents: int
    errors: int
    seconds: float
    cached: bool = False


def records_file(paths: list[Path], *, workers: int, cache: Path | None = None) -> ExtractCache:
    """Extract ``paths`` once (all cores) into a JSON-lines cache; reuse it after."""
    from loaders import load_many
    from loaders.records import to_dict

    key = hashlib.sha256("\n".join(str(p) for p in paths).encode()).hexdigest()[:12]
    out = (cache or cache_dir()) / f"records-{_loaders_fingerprint()}-{key}-n{len(paths)}.jsonl"
    meta = out.with_suffix(".json")
    if out.is_file() and meta.is_file():
        m = json.loads(meta.read_text())
        return ExtractCache(out, m["documents"], m["errors"], m["seconds"], cached=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    docs = errors = 0
    t0 = time.perf_counter()
    with tmp.open("w", encoding="utf-8") as fh:
        for item in load_many(paths, workers=workers):
            if isinstance(item, Exception):
                errors += 1
                log.warning("%s", item)
                continue
            fh.write(json.dumps(to_dict(item), ensure_ascii=False) + "\n")
            docs += 1
    seconds = time.perf_counter() - t0
    tmp.replace(out)
    meta.write_text(json.dumps({"documents": docs, "errors": errors, "seconds": seconds}))
    return ExtractCache(out, docs, errors, seconds)


class Timed:
    """Wraps an iterator and adds up the time spent producing its items."""

    def __init__(self, it: Iterator) -> None:
        self._it = it
        self.seconds = 0.0

    def __iter__(self) -> Timed:
        return self

    def __next__(self):
        t0 = time.perf_counter()
        try:
            return next(self._it)
        finally:
            self.seconds += time.perf_counter() - t0


def iter_records(path: Path, limit: int | None = None) -> Iterator:
    """Stream DocumentRecords from a JSON-lines cache (one in memory at a time)."""
    from loaders.records import from_dict

    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            yield from_dict(json.loads(line))
