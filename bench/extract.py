"""Extraction throughput: the full loader pipeline next to ``jieba.lcut``.

Both run on the same documents in the same process, so the ratio says how
much the pipeline costs over plain segmentation on this machine, whatever the
machine. Throughput is in MB of UTF-8 text per second (the decoded,
normalised text the loaders produce), so GBK files count like UTF-8 ones.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ExtractResult", "FileSizeResult", "bench_extract", "bench_file_sizes"]


@dataclass(frozen=True)
class ExtractResult:
    documents: int
    errors: int
    megabytes: float
    pipeline_seconds: float  # load_path one file after another, one process
    jieba_seconds: float  # jieba.lcut on the same texts, one process
    parallel_seconds: float  # load_many(workers=cores)
    workers: int
    #: loaders vs the generator's gold sidecars: type -> (tp, fp, fn); exchange field -> (right, total)
    entity_scores: dict = field(default_factory=dict)
    exchange_scores: dict = field(default_factory=dict)
    # CPU seconds of this process for the two one-process runs: on a shared machine the
    # wall clock measures the neighbours too; the ratio uses these
    pipeline_cpu: float = 0.0
    jieba_cpu: float = 0.0

    @property
    def vs_jieba(self) -> float:
        """Pipeline MB/s over jieba's, by CPU time (wall clock for results recorded without it)."""
        if self.pipeline_cpu > 0 and self.jieba_cpu > 0:
            return self.jieba_cpu / self.pipeline_cpu
        return self.jieba_seconds / self.pipeline_seconds

    @property
    def pipeline_mbps(self) -> float:
        return self.megabytes / self.pipeline_seconds

    @property
    def jieba_mbps(self) -> float:
        return self.megabytes / self.jieba_seconds

    @property
    def parallel_mbps(self) -> float:
        return self.megabytes / self.parallel_seconds


def bench_extract(paths: list[Path], *, workers: int | None = None) -> ExtractResult:
    import jieba

    from loaders import InputError, load_many, load_path
    from loaders.pipeline import warm_up

    workers = workers or os.cpu_count() or 1
    jieba.setLogLevel(60)
    jieba.initialize()
    warm_up(freeze=True)  # the loaders' tables and automata, as jieba.initialize() builds jieba's
    texts: list[str] = []
    records = []
    errors = 0
    pipeline = pipeline_cpu = jieba_s = jieba_cpu = 0.0
    # Each document's pipeline run is followed by jieba.lcut on its text, so both sides see
    # the machine in the same state: run one after the other, a neighbour's burst (or a slower
    # clock) lands on one side only, and the ratio swung by a third between runs on our
    # shared hosts. The pipeline still reads every document first with cold caches, as a
    # user's first load does.
    for p in paths:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            record = load_path(p)
        except InputError:
            errors += 1
            continue
        t1, c1 = time.perf_counter(), time.process_time()
        jieba.lcut(record.text)
        t2, c2 = time.perf_counter(), time.process_time()
        pipeline, pipeline_cpu = pipeline + t1 - t0, pipeline_cpu + c1 - c0
        jieba_s, jieba_cpu = jieba_s + t2 - t1, jieba_cpu + c2 - c1
        texts.append(record.text)
        records.append((p, record))
    t0 = time.perf_counter()
    for _ in load_many(paths, workers=workers):
        pass
    parallel = time.perf_counter() - t0
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    entity_scores, exchange_scores = _score(records)
    return ExtractResult(len(texts), errors, mb, pipeline, jieba_s, parallel, workers, entity_scores, exchange_scores,
                         pipeline_cpu, jieba_cpu)


def _score(records: list) -> tuple[dict, dict]:
    """Score the records against the ``.gold.json`` sidecars the generator wrote (when present)."""
    try:
        from loaders.evaluate import EvalReport, read_gold, score_record
    except ImportError:
        return {}, {}
    files = []
    for path, record in records:
        gold_path = path.with_name(path.name[: -len(path.suffix)] + ".gold.json")
        if gold_path.is_file():
            files.append(score_record(read_gold(gold_path), record))
    if not files:
        return {}, {}
    report = EvalReport(files)
    entities = {t: (s.tp, s.fp, s.fn) for t, s in report.totals().items()}
    return entities, dict(report.exchange_totals())


@dataclass(frozen=True)
class FileSizeResult:
    """One file of about ``megabytes`` MB: the pipeline on it, and jieba.lcut on its text."""

    megabytes: float  # UTF-8 size of the normalised text
    exchanges: int
    mentions: int
    pipeline_seconds: float  # load_path on the one file, one process
    jieba_seconds: float  # jieba.lcut on the record's text, same process
    # CPU seconds of this process: on a machine shared with other work the wall-clock
    # figures measure the neighbours too; ratios and growth use these
    pipeline_cpu: float = 0.0
    jieba_cpu: float = 0.0

    @property
    def pipeline_mbps(self) -> float:
        return self.megabytes / self.pipeline_seconds

    @property
    def jieba_mbps(self) -> float:
        return self.megabytes / self.jieba_seconds


def _big_text(texts: list[str], megabytes: float) -> str:
    """The documents' texts one after another (from the first again when they run
    out) until the UTF-8 size reaches ``megabytes``: one long report of many sessions."""
    out, size, i = [], 0, 0
    while size < megabytes * 1e6:
        t = texts[i % len(texts)]
        out.append(t)
        size += len(t.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out)


def bench_file_sizes(paths: list[Path], sizes_mb: tuple[float, ...], work_dir: Path,
                     say=lambda msg: None) -> list[FileSizeResult]:
    """Extraction time of single files of growing size (does it grow linearly?).

    Each file is written to ``work_dir`` as UTF-8, read back by ``load_path`` like
    any input, and deleted after; ``jieba.lcut`` then segments the same text in
    the same process, so the ratio is the pipeline's cost over plain segmentation.
    """
    import gc

    import jieba

    from loaders import load_path
    from loaders.pipeline import warm_up
    from loaders.read import read_file

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [read_file(p)[1].text for p in paths]
    if not texts:
        return []

    warm_up(freeze=True)  # the loaders' tables and automata, as jieba.initialize() builds jieba's
    work_dir.mkdir(parents=True, exist_ok=True)
    out = []
    for mb in sizes_mb:
        path = work_dir / f"extract-{mb:g}MB.txt"
        path.write_text(_big_text(texts, mb), encoding="utf-8")
        try:
            say(f"extract: one file of {mb:g} MB")
            gc.collect()
            t0, c0 = time.perf_counter(), time.process_time()
            record = load_path(path)
            pipeline, pipeline_cpu = time.perf_counter() - t0, time.process_time() - c0
            text = record.text
            mentions = sum(len(e.mentions) for e in record.exchanges)
            exchanges = len(record.exchanges)
            del record
            gc.collect()
            t0, c0 = time.perf_counter(), time.process_time()
            jieba.lcut(text)
            jieba_s, jieba_cpu = time.perf_counter() - t0, time.process_time() - c0
        finally:
            path.unlink(missing_ok=True)
        out.append(FileSizeResult(len(text.encode("utf-8")) / 1e6, exchanges, mentions, pipeline, jieba_s,
                                  pipeline_cpu, jieba_cpu))
    return out
