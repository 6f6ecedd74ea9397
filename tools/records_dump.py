"""Write the JSON record of every input, one file each, for a byte-for-byte comparison.

A change meant to keep behaviour (a speed-up) must leave every record as it was: dump
the records with the checkout before the change and with the one after, then diff the
two folders. The loaders imported are those of the checkout this file is in.

    python tools/records_dump.py /tmp/before tests/gold/genres samples   # in the old checkout
    python tools/records_dump.py /tmp/after tests/gold/genres samples    # in the new one
    diff -r -q /tmp/before /tmp/after && echo identical

A refused input is written as its error message (paths relative to the checkout).
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    sys.path.insert(0, str(ROOT))
    logging.disable(logging.CRITICAL)
    from loaders import InputError, iter_paths, load_path
    from loaders.records import to_dict

    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    n, t0 = 0, time.process_time()
    for p in iter_paths(argv[1:]):
        shown = str(p.resolve().relative_to(ROOT)) if p.resolve().is_relative_to(ROOT) else str(p)
        try:
            record = to_dict(load_path(p))
            record["source"] = shown
        except InputError as e:
            record = {"error": str(e).replace(str(ROOT), "")}
        (out / (shown.replace("/", "_") + ".json")).write_text(
            json.dumps(record, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")
        n += 1
    print(f"{n} records in {out} ({time.process_time() - t0:.1f} CPU s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
