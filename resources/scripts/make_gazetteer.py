#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Copy the GeoNames cities15000 gazetteer into resources/gazetteer/ with
Simplified Chinese names.

Input : /work/shared/data/gazetteer/cities15000_en_zh_es.tsv (GeoNames, CC BY 4.0)
Output: resources/gazetteer/cities15000.tsv, same columns and row order; only the
        name_zh column changes: Traditional characters are converted to
        Simplified with OpenCC's t2s configuration (the `opencc` command, Debian
        package opencc; tables Apache-2.0).  All names go through one opencc
        process, one name per line, so the run is fast and deterministic.

Usage: make_gazetteer.py [--in PATH] [--out PATH] [--opencc CMD]
Python 3 standard library only (plus the opencc executable).
"""
import argparse
import csv
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_IN = "/work/shared/data/gazetteer/cities15000_en_zh_es.tsv"
DEFAULT_OUT = os.path.join(HERE, "..", "gazetteer", "cities15000.tsv")


def to_simplified(texts, opencc="opencc"):
    """Convert a list of strings with `opencc -c t2s`; returns a list of equal length."""
    if any("\n" in t for t in texts):
        raise ValueError("names must not contain newlines")
    payload = "\n".join(texts) + "\n"
    try:
        res = subprocess.run([opencc, "-c", "t2s"], input=payload.encode("utf-8"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    except FileNotFoundError:
        sys.exit("opencc not found: install Debian package 'opencc'")
    except subprocess.CalledProcessError as exc:
        sys.exit("opencc failed: " + exc.stderr.decode("utf-8", "replace"))
    lines = res.stdout.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(texts):
        sys.exit(f"opencc returned {len(lines)} lines for {len(texts)} names")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--in", dest="src", default=DEFAULT_IN)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--opencc", default="opencc")
    args = ap.parse_args()

    with open(args.src, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    zh = header.index("name_zh")
    for i, r in enumerate(body, start=2):
        if len(r) != len(header):
            sys.exit(f"{args.src}:{i}: {len(r)} columns, expected {len(header)}")

    idx = [i for i, r in enumerate(body) if r[zh]]
    converted = to_simplified([body[i][zh] for i in idx], args.opencc)
    changed = 0
    for i, s in zip(idx, converted):
        if body[i][zh] != s:
            changed += 1
            body[i][zh] = s

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n",
                       escapechar=None)
        w.writerow(header)
        w.writerows(body)
    print(f"wrote {len(body)} cities to {args.out}; {changed} of {len(idx)} Chinese names simplified")


if __name__ == "__main__":
    main()
