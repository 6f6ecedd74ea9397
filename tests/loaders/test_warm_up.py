"""loaders.warm_up: a process that called it builds no table while reading documents."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# In a fresh process: warm up, then read the samples and the genre transcripts, and list the tables built
# while reading them: zero-argument ones (lru_cache of size 1) and those keyed by a data file's words
# (lru_cache of a few entries, one per word list: a chain count's pattern, a firm list's stop words).
_SCRIPT = """
import json, sys
import loaders.mentions
from loaders import InputError, load_path
from loaders.pipeline import warm_up

def tables():
    out = {}
    for name, mod in list(sys.modules.items()):
        if name.startswith("loaders"):
            for k, f in vars(mod).items():
                info = getattr(f, "cache_info", None)
                if info is not None and f.__module__ == name and info().maxsize is not None and info().maxsize <= 8:
                    out[f"{name}.{k}"] = info().misses
    return out

warm_up()
before = tables()
for p in sys.argv[1:]:
    try:
        load_path(p)
    except InputError:
        pass
after = tables()
print(json.dumps(sorted(k for k in after if after[k] != before.get(k))))
"""


def test_after_warm_up_reading_documents_builds_nothing():
    samples = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))
    samples += sorted(str(p) for p in (ROOT / "tests/gold/genres").glob("*.txt"))
    out = subprocess.run([sys.executable, "-c", _SCRIPT, *samples], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    built = json.loads(out.stdout.strip().splitlines()[-1])
    assert built == [], f"built on first use after warm_up(): {built} (call them in loaders.pipeline.warm_up)"


def test_warm_up_reads_its_own_report_as_an_inquiry():
    """The warm-up text must go through the whole pipeline (a refusal would skip the mentions)."""
    from loaders.pipeline import _WARM_UP_TEXT, load_text

    record = load_text(_WARM_UP_TEXT, source="<warm-up>")
    assert record.exchanges and record.entities


def test_warm_up_freezes_the_collector_only_when_asked():
    # gc.freeze() is process-wide: a library user's warm_up() must leave their objects to the
    # collector; the workers (load_many's initializer) and the bench ask for it.
    script = ("import gc\n"
              "from loaders.pipeline import _warm_up_worker, warm_up\n"
              "warm_up()\n"
              "plain = gc.get_freeze_count()\n"
              "_warm_up_worker()\n"
              "print(plain, gc.get_freeze_count())\n")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    plain, worker = map(int, out.stdout.split()[-2:])
    assert plain == 0 and worker > 0, (plain, worker)
