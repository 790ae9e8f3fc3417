#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a seed corpus for fuzz_tablereaders into the folder given as argument (see README.md).
Each seed is a mode byte followed by a payload, as fuzz_tablereaders.cpp expects."""
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "io")
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
seeds = {}

for name in sorted(os.listdir(DATA)):
    path = os.path.join(DATA, name)
    if name.endswith((".xlsx", ".ods", ".docx")):
        raw = open(path, "rb").read()
        seeds["raw-" + name] = b"\x00" + raw
        z = zipfile.ZipFile(path)
        names = z.namelist()
        if "xl/worksheets/sheet1.xml" in names:
            sheet = z.read("xl/worksheets/sheet1.xml")
            if "xl/sharedStrings.xml" in names:
                seeds["sst-" + name] = b"\x01" + z.read("xl/sharedStrings.xml") + b"|||" + sheet
            if "xl/styles.xml" in names:
                seeds["styles-" + name] = b"\x02" + z.read("xl/styles.xml") + b"|||" + sheet
        if "content.xml" in names:
            seeds["content-" + name] = b"\x03" + z.read("content.xml")

csv = {
    "comma": b"a,b,c\r\n1,\"x,y\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",2,3\r\n",
    "semicolon-1252": "Ciudad;País\nQuerétaro;1,5\n".encode("cp1252"),
    "tab-utf16": "\ufeffname\tcity\n洛阳\tCN\n".encode("utf-16-le"),
    "gb18030": "城市,省\n洛阳,河南\n".encode("gb18030"),
    "sep-line": b"sep=;\na;b\n",
    "bom-utf8": "\ufeffa,b\n\"open".encode("utf-8"),
}
for name, data in csv.items():
    for selector in (0x00, 0x04, 0x24, 0x10, 0x14, 0x40):
        seeds[f"csv-{name}-{selector:02x}"] = bytes([selector]) + data

for name, data in seeds.items():
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
print(f"{len(seeds)} seeds in {out}")
