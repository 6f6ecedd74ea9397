#!/usr/bin/env python3
"""Write loaders/data/scan_chars.txt: the characters most frequent in our genre texts
(tests/gold/genres/*.txt, written for this project), most frequent first, one per line.

loaders/mentions/scan.py orders its automaton's first characters by this list, so that the
lookup pyahocorasick makes at its root for every character of a part (among ~550 children,
one by one) stops early for the common ones. The list only steers speed: any list gives the
same hits. Run from the repository root: python3 tools/build_scan_chars.py [COUNT]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "loaders/data/scan_chars.txt"
HEADER = """# Characters most frequent in the genre texts, most frequent first (tools/build_scan_chars.py).
# Only the speed of loaders/mentions/scan.py depends on it: its automaton looks these up first.
"""


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    freq: Counter[str] = Counter()
    for p in sorted((ROOT / "tests/gold/genres").glob("*.txt")):
        freq.update(c for c in p.read_text(encoding="utf-8") if not c.isspace() and c != "#")
    chars = [c for c, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:count]]
    OUT.write_text(HEADER + "".join(c + "\n" for c in chars), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(chars)} characters")


if __name__ == "__main__":
    main()
