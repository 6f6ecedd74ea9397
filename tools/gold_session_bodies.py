"""Rewrite the gold files' session ``body`` to the standing body (session 26's convention).

Before session 26 a gold's ``body`` was the sitting as written (市八届人大常委会第十四次会议);
it is now the standing body, its place in full (漯河市人大常委会), and the sitting moves to
``sitting``. Each gold is rewritten in place, only its ``"body": …`` entry (the rest of the
file keeps its layout):

    python tools/gold_session_bodies.py tests/gold            # rewrite every *.gold.json below
    python tools/gold_session_bodies.py --dry-run tests/gold  # print what would change

The standing body is ``loaders.bodies.standing_body`` of the old value with the gold's city
and province; where the gold does not give them (or the place is a bare level word, 县十八届…),
the loaders' reading of the gold's source fills them in, and the line printed says so: check
those by reading the text. ``OVERRIDES`` holds bodies read by hand where the gazetteer does not
know the place (a district renamed after it was built).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# gold file (relative to the repository) → the standing body, read in its text by hand
OVERRIDES = {
    "tests/gold/heldout/pidu_2024.gold.json": "成都市郫都区人大常委会",  # 郫县 renamed 郫都区 (2016)
}


def main(argv: list[str]) -> int:
    dry = "--dry-run" in argv
    roots = [a for a in argv if a != "--dry-run"]
    if not roots:
        print(__doc__)
        return 2
    sys.path.insert(0, str(ROOT))
    logging.disable(logging.CRITICAL)
    from loaders import load_path
    from loaders.bodies import is_sitting, standing_body
    from loaders.evaluate import read_gold

    for root in roots:
        for path in sorted(Path(root).rglob("*.gold.json")):
            raw = path.read_text(encoding="utf-8")
            session = json.loads(raw).get("session") or {}
            old = session.get("body")
            if not isinstance(old, str) or "sitting" in session:
                continue
            rel = path.resolve().relative_to(ROOT).as_posix()
            city, province, county, filled = session.get("city"), session.get("province"), None, []
            if rel in OVERRIDES:
                new, filled = OVERRIDES[rel], ["by hand"]
            else:
                try:
                    rec = load_path(read_gold(path).source).session
                except Exception:  # noqa: BLE001 (a source the loaders refuse: the gold's fields alone)
                    rec = None
                if rec is not None:
                    if city is None and rec.city:
                        city, filled = rec.city, filled + [f"city {rec.city}"]
                    if province is None and rec.province:
                        province, filled = rec.province, filled + [f"province {rec.province}"]
                    county = rec.county
                new = standing_body(old, city=city, province=province, county=county)
                if county:
                    filled.append(f"county {county}")
                # (only what the new body took from the text is worth checking)
                filled = [f for f in filled if f.split()[-1] in (new or "") and f.split()[-1] not in old]
            if new == old and not is_sitting(old):
                continue  # an organ already named in full: nothing to rewrite (a second run changes nothing)
            entry = f'"body": {json.dumps(new, ensure_ascii=False)}'
            if is_sitting(old):
                entry += f', "sitting": {json.dumps(old, ensure_ascii=False)}'
            text, n = re.subn(r'"body":\s*' + re.escape(json.dumps(old, ensure_ascii=False)), lambda _: entry, raw, count=1)
            if n != 1:
                print(f"{rel}: body not found as written, left", file=sys.stderr)
                continue
            print(f"{rel}: {old} → {new}" + (f"  (from the text: {', '.join(filled)})" if filled else ""))
            if not dry:
                path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
