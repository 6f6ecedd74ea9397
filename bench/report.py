"""Format a :class:`~bench.run.BenchResult` as a Markdown section for BENCHMARKS.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.child import ONE_HOP
from bench.run import BenchResult

__all__ = ["to_markdown", "append_report", "HEADER"]

HEADER = (
    "# Benchmarks\n\n"
    "Written by `policygraph bench` (see the README section *corpus*). Each run appends a\n"
    "section with the machine, the versions and the exact command; ratios are measured\n"
    "against a baseline in the same run, so they compare across machines better than\n"
    "absolute figures do. The corpus is generated (`policygraph generate`), deterministic\n"
    "for its seed.\n"
)

#: Aims from the issues (reported, never asserted in tests).
AIM_BATCH_RATIO = 50.0  # batched vs one row per transaction, Neo4j (issue 10)
AIM_TIME_RATIO = 10.5  # 10x the sessions in at most 10.5x the time (issue 10)
AIM_FRESH_10K = {"embedded": 60.0, "neo4j": 90.0}  # seconds for 10 000 sessions into a fresh store
AIM_ADD_SECONDS = 5.0  # 50 more documents into a store holding 10 000 sessions
AIM_RSS_MIB = 1024.0  # peak RSS of the ingest process
AIM_P95_GROWTH = 3.0  # one-hop queries' p95 from the small to the large size
AIM_EXTRACT_VS_JIEBA = 1.0  # issue 9: many documents at least as fast as jieba.lcut on the same text
AIM_FILE_VS_JIEBA = 1.0  # one large file: the pipeline at least as fast as jieba.lcut on it
AIM_PAGE_SECONDS = 2.0  # first warm render of each dashboard page at 10 000 sessions (issue 12)
AIM_FILE_GROWTH = 1.5  # extraction time / size, largest file over smallest: linear within 50 %


#: How the two sides of the ratio are measured (bench/child.py, ``_baseline``).
BASELINE_METHOD = (
    "Both sides write the same documents (the table's count; as many before them prepare the store) "
    "into a fresh store holding the preparing documents, written batched. Before its timed runs each "
    "side has an untimed one, after the server's plan cache was cleared, that sends the same statements "
    "(the one-row side: one document per transaction), so neither side pays planning or inherits the "
    "other's plans. Timed end to end, commits and the wait for the full-text index included; batched: "
    "the median of 3 runs (one takes a fraction of a second), one row per transaction: one run. "
    "Batched is what `ingest` does with these documents (fewer than a batch: one transaction); the "
    "baseline writes one document at a time, every statement with one row in its own transaction."
)


def _f(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{x:,.{digits}f}"


def _extract(res: BenchResult) -> list[str]:
    e = res.extract
    if e is None:
        return []
    return [
        "### Extract",
        "",
        f"{e.documents} generated documents, {e.megabytes:.2f} MB of UTF-8 text ({e.errors} input errors). "
        "One process: each document read by `load_path` (caches cold, as on a first load), then "
        "`jieba.lcut` on its text, so both sides see the machine alike; the ratio uses CPU seconds.",
        "",
        "| pipeline, 1 process | `jieba.lcut`, 1 process | pipeline / jieba (CPU s) | pipeline, "
        f"{e.workers} workers (`load_many`) | speed-up |",
        "|---:|---:|---:|---:|---:|",
        f"| {e.pipeline_mbps:.3f} MB/s | {e.jieba_mbps:.3f} MB/s | {e.vs_jieba:.2f} | "
        f"{e.parallel_mbps:.3f} MB/s | {e.pipeline_seconds / e.parallel_seconds:.2f}× |",
        "",
    ] + _quality(e)


def _cpu(r, which: str) -> float:
    """CPU seconds of a file-size run (wall clock for results recorded without them)."""
    cpu = getattr(r, f"{which}_cpu", 0.0)
    return cpu if cpu > 0 else getattr(r, f"{which}_seconds")


def _file_growth(a, b) -> float:
    return (_cpu(b, "pipeline") / _cpu(a, "pipeline")) / (b.megabytes / a.megabytes)


def _file_sizes(res: BenchResult) -> list[str]:
    rows = res.file_sizes
    if not rows:
        return []
    base = rows[0]
    out = ["### Extract by file size", "",
           "One file of many generated sessions one after another, read by `load_path` (one process); "
           "`jieba.lcut` on the same text in the same process. Seconds are wall clock / CPU of the "
           "process; MB/s, the ratio and the growth (time ratio over size ratio against the smallest "
           "file, 1.00 is linear) use CPU seconds, which other work on a shared machine does not inflate.", "",
           "| file | exchanges | mentions | pipeline s (wall / CPU) | pipeline MB/s | `jieba.lcut` s (wall / CPU) | "
           "jieba MB/s | pipeline / jieba | growth |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        growth = _file_growth(base, r)
        out.append(f"| {r.megabytes:.1f} MB | {r.exchanges:,} | {r.mentions:,} | "
                   f"{r.pipeline_seconds:.1f} / {_cpu(r, 'pipeline'):.1f} | {r.megabytes / _cpu(r, 'pipeline'):.3f} | "
                   f"{r.jieba_seconds:.1f} / {_cpu(r, 'jieba'):.1f} | {r.megabytes / _cpu(r, 'jieba'):.3f} | "
                   f"{_cpu(r, 'jieba') / _cpu(r, 'pipeline'):.2f} | {growth:.2f} |")
    return out + [""]


def _quality(e) -> list[str]:
    if not e.entity_scores:
        return []
    out = ["Loaders vs the generator's gold sidecars on the same documents (`loaders.evaluate`):", "",
           "| type | tp | fp | fn | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for t, (tp, fp, fn) in e.entity_scores.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out.append(f"| {t} | {tp:,} | {fp:,} | {fn:,} | {p:.3f} | {r:.3f} | {f1:.3f} |")
    fields = ", ".join(f"{k} {r:,}/{n:,}" for k, (r, n) in e.exchange_scores.items())
    return out + ["", f"Exchanges right: {fields}.", ""]


def _ingest(res: BenchResult) -> list[str]:
    out: list[str] = []
    if res.baseline:
        out += ["### Ingest: batched vs one row per transaction", "",
                "| store | documents | relationships | one row per tx (rel/s) | batched (rel/s) | ratio |",
                "|---|---:|---:|---:|---:|---:|"]
        for store, b in res.baseline.items():
            one, bat = b["one_row"], b["batched"]
            r1 = one["relationships"] / one["seconds"]
            rb = bat["relationships"] / bat["seconds"]
            out.append(f"| {store} | {bat['documents']} | {bat['relationships']:,} | {r1:,.0f} | {rb:,.0f} | {rb / r1:.1f}× |")
        out += ["", BASELINE_METHOD, ""]
    if any(res.sizes.values()):
        out += ["### Ingest by corpus size (pre-extracted records, one writer, fresh store)", "",
                "| store | sessions | seconds | client CPU s | rows → graph s | in transactions s | batches | "
                "documents/s | relationships/s | nodes | relationships | add 50 docs (s) | peak RSS (MiB) | failed |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for store, by_size in res.sizes.items():
            for size, r in sorted(by_size.items()):
                add = r.get("add") or {}
                out.append(
                    f"| {store} | {size:,} | {r['seconds']:.1f} | {_f(r.get('cpu_seconds'))} | {_f(r.get('build_seconds'))} | "
                    f"{_f(r.get('write_seconds'))} | {r.get('batches', '–')} | {r['documents'] / r['seconds']:,.1f} | "
                    f"{r['relationships'] / r['seconds']:,.0f} | {r['nodes']:,} | {r['relationships']:,} | "
                    f"{_f(add.get('seconds'), 2)} | {r['peak_rss_mib']:,.0f} | {r['failed']} |"
                )
        out.append("")
        ratios = _time_ratios(res)
        if ratios:
            out += ["| store | sizes | time ratio | size ratio |", "|---|---|---:|---:|"]
            for store, (a, b, t) in ratios.items():
                out.append(f"| {store} | {b:,} / {a:,} | {t:.2f} | {b / a:.0f} |")
            out.append("")
    return out


def _bulk(res: BenchResult) -> list[str]:
    if not res.bulk:
        return []
    out = ["### Neo4j, empty store: bulk path (`export --format csv` + `neo4j-admin database import full`)", "",
           "Records → networkx → CSV files; the import tool offline into a new home of the test server; then "
           "the server started on it and the constraints, indexes and full-text index created and online.", "",
           "| sessions | networkx + export csv s | neo4j-admin import s | start + schema s | total s | nodes | "
           "relationships | transactional ingest s |", "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size, b in sorted(res.bulk.items()):
        tx = (res.sizes.get("neo4j") or {}).get(size) or {}
        out.append(f"| {size:,} | {b['export_seconds']:.1f} | {b['import_seconds']:.1f} | "
                   f"{b['start_schema_seconds']:.1f} | {b['seconds']:.1f} | {b['nodes']:,} | {b['relationships']:,} | "
                   f"{_f(tx.get('seconds'))} |")
    return out + [""]


def _e2e(res: BenchResult) -> list[str]:
    e = res.e2e
    if not e:
        return []
    return ["### End to end: raw files → embedded store (`ingest --workers N` as a library call)", "",
            "| documents | workers | seconds | waiting for extraction s | rows → graph s | in transactions s | "
            "peak RSS (MiB) | failed |", "|---:|---:|---:|---:|---:|---:|---:|---:|",
            f"| {e['documents']:,} | {e['workers']} | {e['seconds']:.1f} | {e['read_seconds']:.1f} | "
            f"{e['build_seconds']:.1f} | {e['write_seconds']:.1f} | {e['peak_rss_mib']:,.0f} | {e['failed']} |", ""]


def _time_ratios(res: BenchResult) -> dict[str, tuple[int, int, float]]:
    out = {}
    for store, by_size in res.sizes.items():
        sizes = sorted(by_size)
        if len(sizes) >= 2:
            a, b = sizes[0], sizes[-1]
            out[store] = (a, b, by_size[b]["seconds"] / by_size[a]["seconds"])
    return out


def _growth(res: BenchResult) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for store, by_size in res.sizes.items():
        sizes = sorted(by_size)
        if len(sizes) < 2:
            continue
        qa = by_size[sizes[0]].get("queries") or {}
        qb = by_size[sizes[-1]].get("queries") or {}
        for name in qa:
            if "p95_ms" in qa[name] and "p95_ms" in qb.get(name, {}):
                out.setdefault(store, {})[name] = qb[name]["p95_ms"] / max(qa[name]["p95_ms"], 1e-6)
    return out


def _queries(res: BenchResult) -> list[str]:
    stores = [s for s, by in res.sizes.items() if any("queries" in r for r in by.values())]
    if not stores:
        return []
    picks = next((r["picks"] for s in stores for r in res.sizes[s].values() if r.get("picks")), {})
    out = ["### Query latency (ms; warm, " + f"{res.config.reps} runs each)", "",
           "Parameters (picked from the data at the smallest size, reused at the larger): "
           + ", ".join(f"`{k}={v}`" for k, v in picks.items()) + ".", ""]
    growth = _growth(res)
    for store in stores:
        by_size = res.sizes[store]
        sizes = sorted(s for s in by_size if "queries" in by_size[s])
        head = "| query | one-hop | " + " | ".join(f"p50 @{s:,} | p95 @{s:,} | rows @{s:,}" for s in sizes) + " | p95 growth |"
        out += [f"**{store}**", "", head, "|---|---|" + "---:|" * (3 * len(sizes) + 1)]
        names = sorted({n for s in sizes for n in by_size[s]["queries"]})
        for name in names:
            cells = []
            for s in sizes:
                q = by_size[s]["queries"].get(name, {})
                if "error" in q:
                    cells += [f"error: {q['error'][:60]}", "", ""]
                else:
                    cells += [_f(q.get("p50_ms")), _f(q.get("p95_ms")), str(q.get("rows", "–"))]
            g = growth.get(store, {}).get(name)
            out.append(f"| {name} | {'yes' if name in ONE_HOP else ''} | " + " | ".join(cells) + f" | {_f(g, 2) + '×' if g else '–'} |")
        out.append("")
    return out


def _dashboard_runs(res: BenchResult) -> dict[str, dict[int, dict[str, Any]]]:
    """store -> size -> the dashboard result of that run."""
    return {s: {size: r["dashboard"] for size, r in sorted(by.items()) if "dashboard" in r}
            for s, by in res.sizes.items() if any("dashboard" in r for r in by.values())}


def _dashboard(res: BenchResult) -> list[str]:
    runs = _dashboard_runs(res)
    if not runs:
        return []
    from dashboard.timing import PAGES

    cols = [(store, size) for store, by in runs.items() for size in by]
    out = ["### Dashboard: first render of each page (seconds, warm)", "",
           "Median of each page's script run in a new session with the result cache cleared, after every page "
           "was rendered once (`dashboard/timing.py`); the browser's drawing is not included. "
           f"Aim ≤ {AIM_PAGE_SECONDS:g} s.", "",
           "| page | " + " | ".join(f"{store} @{size:,}" for store, size in cols) + " |",
           "|---|" + "---:|" * len(cols)]
    errors = [f"- {store} @{size:,}: {runs[store][size]['error']}" for store, size in cols if "error" in runs[store][size]]
    for page in PAGES:
        cells = [_f(runs[store][size].get("pages", {}).get(page), 2) for store, size in cols]
        out.append(f"| {page} | " + " | ".join(cells) + " |")
    what = next((d["what"] for by in runs.values() for d in by.values() if d.get("what")), {})
    notes = [f"{page}: {text}" for page, text in what.items()]
    return out + [""] + ([("What the pages showed: " + "; ".join(notes) + "."), ""] if notes else []) \
        + (["Errors:", ""] + errors + [""] if errors else [])


def _profiles(res: BenchResult) -> list[str]:
    out: list[str] = []
    for store, by_size in res.profiles.items():
        for size, prof in sorted(by_size.items()):
            out += [f"### Profile: ingest of {prof['documents']} more documents into {store} holding {size:,} sessions",
                    "",
                    f"cProfile, {prof['seconds']:.1f} s under the profiler; top functions by own time:",
                    "",
                    "| function | calls | own s | cumulative s |", "|---|---:|---:|---:|"]
            for r in prof["top"]:
                out.append(f"| `{r['function']}` | {r['ncalls']:,} | {r['tottime']:.2f} | {r['cumtime']:.2f} |")
            if prof.get("ours"):
                out += ["", "Project functions by cumulative time:", "",
                        "| function | calls | own s | cumulative s |", "|---|---:|---:|---:|"]
                for r in prof["ours"]:
                    out.append(f"| `{r['function']}` | {r['ncalls']:,} | {r['tottime']:.2f} | {r['cumtime']:.2f} |")
            out.append("")
    return out


def _aims(res: BenchResult) -> list[str]:
    lines = []
    e = res.extract
    if e is not None:
        r = e.vs_jieba
        lines.append(f"- extract ≥ `jieba.lcut` (documents): {'met' if r >= AIM_EXTRACT_VS_JIEBA else 'missed'} ({r:.2f}).")
    if res.file_sizes:
        worst = min(_cpu(f, "jieba") / _cpu(f, "pipeline") for f in res.file_sizes)
        lines.append(f"- one file, extract ≥ `jieba.lcut` at every size: "
                     f"{'met' if worst >= AIM_FILE_VS_JIEBA else 'missed'} (worst {worst:.2f}).")
        a, b = res.file_sizes[0], res.file_sizes[-1]
        if b.megabytes > a.megabytes:
            g = _file_growth(a, b)
            lines.append(f"- extraction time grows linearly with file size ({a.megabytes:.0f} → {b.megabytes:.0f} MB): "
                         f"growth {g:.2f} (aim ≤ {AIM_FILE_GROWTH}): {'met' if g <= AIM_FILE_GROWTH else 'missed'}.")
    for store, b in res.baseline.items():
        one, bat = b["one_row"], b["batched"]
        ratio = (bat["relationships"] / bat["seconds"]) / (one["relationships"] / one["seconds"])
        aim = f" (aim ≥ {AIM_BATCH_RATIO:.0f}× on Neo4j)" if store == "neo4j" else ""
        verdict = ("met" if ratio >= AIM_BATCH_RATIO else "missed") if store == "neo4j" else "reported"
        lines.append(f"- batched vs one row per transaction, {store}: {ratio:.1f}×{aim}: {verdict}.")
    for store, (a, b, t) in _time_ratios(res).items():
        aim = AIM_TIME_RATIO * (b / a) / 10
        lines.append(f"- ingest time {b:,}/{a:,} on {store}: {t:.2f} (aim ≤ {aim:.1f}): {'met' if t <= aim else 'missed'}.")
    for store, by_size in res.sizes.items():
        big = by_size.get(10_000)
        if big and store in AIM_FRESH_10K:
            ok = big["seconds"] <= AIM_FRESH_10K[store]
            lines.append(f"- 10 000 sessions into a fresh {store} store: {big['seconds']:.1f} s "
                         f"(aim ≤ {AIM_FRESH_10K[store]:.0f} s): {'met' if ok else 'missed'}.")
        if big and big.get("add"):
            t = big["add"]["seconds"]
            lines.append(f"- 50 more documents into {store} holding 10 000 sessions: {t:.2f} s "
                         f"(aim ≤ {AIM_ADD_SECONDS:.0f} s): {'met' if t <= AIM_ADD_SECONDS else 'missed'}.")
        if by_size:
            rss = max(r["peak_rss_mib"] for r in by_size.values())
            lines.append(f"- peak RSS of the ingest process, {store}: {rss:,.0f} MiB (aim ≤ {AIM_RSS_MIB:,.0f}): "
                         f"{'met' if rss <= AIM_RSS_MIB else 'missed'}.")
    if res.e2e:
        e = res.e2e
        share = e["read_seconds"] / e["seconds"] if e["seconds"] else 0
        lines.append(f"- end to end with {e['workers']} workers: {share:.0%} of the time waiting for extraction "
                     f"({'bound by extraction' if share >= 0.5 else 'bound by writing'}).")
    for store, g in _growth(res).items():
        hop = {n: v for n, v in g.items() if n in ONE_HOP}
        if hop:
            worst = max(hop, key=hop.get)
            ok = hop[worst] < AIM_P95_GROWTH
            lines.append(f"- one-hop p95 growth on {store}: worst {worst} {hop[worst]:.2f}× (aim < 3×): {'met' if ok else 'missed'}.")
    for store, by_size in _dashboard_runs(res).items():
        size = max(by_size)
        pages = by_size[size].get("pages") or {}
        if pages:
            worst = max(pages, key=pages.get)
            ok = pages[worst] <= AIM_PAGE_SECONDS
            lines.append(f"- first warm render of every dashboard page on {store} at {size:,} sessions: slowest {worst} "
                         f"{pages[worst]:.2f} s (aim ≤ {AIM_PAGE_SECONDS:g} s): {'met' if ok else 'missed'}.")
    return (["### Aims", ""] + lines + [""]) if lines else []


def to_markdown(res: BenchResult) -> str:
    m, cfg = res.machine, res.config
    lines = [
        f"## {res.started} — `{cfg.command}`",
        "",
        f"- Machine: {m.cpu}, {m.cores} cores, {m.ram_gib} GiB RAM, {m.os}",
        f"- Python {m.python}; ladybug {m.ladybug}; neo4j driver {m.neo4j_driver}"
        + (f"; server {res.neo4j_server}" if res.neo4j_server else "") + f"; jieba {m.jieba}",
        f"- Corpus: `policygraph generate --sessions {res.corpus.get('sessions')} --cities {cfg.cities} --seed {cfg.seed}` "
        f"({res.corpus.get('megabytes', 0):.1f} MB); sizes {', '.join(f'{s:,}' for s in cfg.sizes)}"
        + (" (quick)" if cfg.quick else ""),
    ]
    if res.records:
        r = res.records
        lines.append(f"- Records for ingest: {r['documents']:,} extracted, {r['errors']} input errors "
                     f"({r['seconds']:.0f} s with {cfg.workers} workers" + (", cached from an earlier run)" if r.get("cached") else ")"))
    lines.append(f"- Total time: {res.seconds:.0f} s")
    lines.append("")
    for part in (_extract(res), _file_sizes(res), _ingest(res), _bulk(res), _e2e(res), _queries(res), _dashboard(res), _profiles(res), _aims(res)):
        lines += part
    if res.errors:
        lines += ["### Errors", ""] + [f"- {e}" for e in res.errors] + [""]
    return "\n".join(lines) + "\n"


def append_report(res: BenchResult, path: Path, extra: str = "") -> str:
    text = to_markdown(res) + (extra + "\n" if extra else "")
    path = Path(path)
    prefix = "" if path.is_file() and path.stat().st_size else HEADER + "\n"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(prefix + text + "\n")
    return text
