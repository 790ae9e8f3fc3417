#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds resources/text/t2s.txt: single-character Traditional -> Simplified pairs, from OpenCC (Apache-2.0).

Runs Debian's `opencc -c t2s` over the CJK Unified Ideographs block and keeps every character that changes
into exactly one character. Search keys use the table so that 洛陽 finds 洛阳.
"""
import subprocess
import sys

chars = [chr(c) for c in range(0x4E00, 0xA000)]
text = "\n".join(chars)
out = subprocess.run(["opencc", "-c", "t2s"], input=text.encode(), capture_output=True, check=True).stdout.decode()
pairs = []
for source, target in zip(chars, out.split("\n")):
    if target != source and len(target) == 1:
        pairs.append(source + target)
with open(sys.argv[1] if len(sys.argv) > 1 else "text/t2s.txt", "w", encoding="utf-8") as f:
    f.write("# Traditional->Simplified character pairs generated from OpenCC t2s (Apache-2.0) by scripts/make_t2s.py\n")
    for i in range(0, len(pairs), 32):
        f.write(" ".join(pairs[i:i + 32]) + "\n")
print(len(pairs), "pairs")
