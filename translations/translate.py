#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Refreshes the interface catalogues and fills them from the translation memory.

1. Runs lupdate on every *.cpp / *.h under app/, core/ and ui/ with the options the build uses
   (-locations none -no-obsolete), so translations/citybridge_{en,zh_CN,es}.ts hold exactly the current strings.
2. Fills every zh_CN and es message from translations/memory/{zh_CN,es}.json and the numerus forms of the
   English catalogue from translations/memory/en.json (or, for the usual "word(s)" spelling, derives them).
3. Runs lupdate once more so the files are written in lupdate's own layout (the build's update_translations
   target then produces no difference), and prints every string that still lacks a translation.

Memory keys are "context\\u0004source", with "\\u0004disambiguation" appended when the message has one.
A value is a string, or for %n messages a list of plural forms (zh_CN: 1, es: 2, en: 2). When a key is
missing but the same source text has one translation under another context, that one is used: contexts
move when a tr() call moves between classes, the wording does not.

Exit status: 0 when everything is translated, 1 when strings are missing or a translation is malformed,
2 when lupdate cannot be run. Running it twice gives the same files.
"""

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, "translations")
MEMORY_DIR = os.path.join(TS_DIR, "memory")
SOURCE_DIRS = ("app", "core", "ui")
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete"]
# Language of each catalogue -> number of plural forms Qt uses for it.
CATALOGUES = {"en": 2, "zh_CN": 1, "es": 2}
TRANSLATED = ("zh_CN", "es")
SEP = "\u0004"

PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
ACCELERATOR = re.compile(r"&(?![&\s]|[a-zA-Z]+;|#\d+;)")
HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")


def find_lupdate(explicit=None):
    candidates = [explicit, os.environ.get("LUPDATE")]
    for query in ("QT_HOST_BINS", "QT_INSTALL_BINS", "QT_HOST_LIBEXECS"):
        for tool in ("qtpaths6", "qmake6"):
            exe = shutil.which(tool)
            if not exe:
                continue
            args = [exe, "--query", query] if tool == "qtpaths6" else [exe, "-query", query]
            try:
                out = subprocess.run(args, capture_output=True, text=True, check=False).stdout.strip()
            except OSError:
                continue
            if out:
                candidates.append(os.path.join(out, "lupdate"))
    candidates += ["/usr/lib/qt6/bin/lupdate", "/usr/lib/qt6/libexec/lupdate", shutil.which("lupdate6")]
    for path in candidates:
        if path and os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def source_files():
    files = []
    for folder in SOURCE_DIRS:
        for pattern in ("*.cpp", "*.h"):
            files += glob.glob(os.path.join(ROOT, folder, "**", pattern), recursive=True)
    return sorted(files)


def run_lupdate(lupdate, ts_files, verbose):
    """Runs lupdate over the sources into ts_files, exactly as the build's update_translations does."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(source_files()) + "\n")
    try:
        args = [lupdate]
        for folder in SOURCE_DIRS:
            args += ["-I", os.path.join(ROOT, folder)]
        args += ["@" + lst.name] + LUPDATE_OPTIONS + ["-ts"] + ts_files
        proc = subprocess.run(args, capture_output=True, text=True, check=False)
    finally:
        os.unlink(lst.name)
    if verbose:
        sys.stderr.write(proc.stdout + proc.stderr)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise RuntimeError("lupdate failed with exit code %d" % proc.returncode)


def memory_key(context, source, comment):
    key = context + SEP + source
    return key + SEP + comment if comment else key


def load_memory(language):
    path = os.path.join(MEMORY_DIR, language + ".json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def by_source(memory):
    """source(+disambiguation) -> the distinct translations it has under any context."""
    index = {}
    for key, value in memory.items():
        parts = key.split(SEP)
        rest = SEP.join(parts[1:])
        index.setdefault(rest, [])
        if value not in index[rest]:
            index[rest].append(value)
    return index


def derive_english_plural(source):
    """'%n city(ies)' -> ['%n city', '%n cities']; None when the source has no '(s)'-style ending."""
    pattern = re.compile(r"([A-Za-z]+)\((s|es|ies)\)")
    if not pattern.search(source):
        return None

    def singular(m):
        return m.group(1)

    def plural(m):
        word, ending = m.group(1), m.group(2)
        if ending == "ies" and word.endswith("y"):
            return word[:-1] + "ies"
        return word + ending

    return [pattern.sub(singular, source), pattern.sub(plural, source)]


def check_text(source, text):
    """Problems of one translated form compared with its source: placeholders, accelerator, HTML tags."""
    problems = []
    if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
        problems.append("placeholders %s vs %s" % (sorted(set(PLACEHOLDER.findall(source))),
                                                   sorted(set(PLACEHOLDER.findall(text)))))
    if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
        problems.append("keyboard accelerator (&) present in only one of source and translation")
    if sorted(t.lower() for t in HTML_TAG.findall(source)) != sorted(t.lower() for t in HTML_TAG.findall(text)):
        problems.append("HTML tags differ")
    return problems


def normalize_value(value, numerus, forms):
    """The memory value as a list of forms (numerus) or a string; None when its shape is wrong."""
    if numerus:
        if isinstance(value, str) and forms == 1:
            value = [value]
        if not isinstance(value, list) or len(value) != forms or not all(isinstance(v, str) and v for v in value):
            return None
        return value
    return value if isinstance(value, str) and value else None


def existing_translation(translation, numerus):
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    if numerus:
        forms = [f.text or "" for f in translation.findall("numerusform")]
        return forms if forms and all(forms) else None
    return translation.text or None


def set_translation(message, value, numerus):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if numerus:
        translation.text = None
        for form in value:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value


def fill(language, path, report, sync=False):
    """Fills one catalogue from memory; returns (filled, missing, bad) lists of message descriptions."""
    forms = CATALOGUES[language]
    memory = load_memory(language)
    index = by_source(memory)
    tree = ET.parse(path)
    filled, missing, bad, borrowed = 0, [], [], []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            numerus = message.get("numerus") == "yes"
            where = "%s | %s%s" % (name, source, (" | " + comment) if comment else "")
            if language == "en" and not numerus:
                continue  # the source text is the English interface
            key = memory_key(name, source, comment)
            value = memory.get(key)
            if value is None:
                others = index.get(key.split(SEP, 1)[1], [])
                if len(others) == 1:
                    value = others[0]
                    borrowed.append(where)
            if value is None and language == "en":
                value = derive_english_plural(source)
            if value is None:
                value = existing_translation(message.find("translation"), numerus)
                if value is not None:
                    report("%s: kept the .ts translation of [%s]; add it to memory/%s.json" % (language, where, language))
            value = normalize_value(value, numerus, forms) if value is not None else None
            if value is None:
                missing.append(where)
                continue
            problems = []
            for form in (value if numerus else [value]):
                problems += check_text(source, form)
            if problems:
                bad.append("%s: %s" % (where, "; ".join(problems)))
                continue
            set_translation(message, value, numerus)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for where in borrowed:
        report("%s: [%s] filled from the same text under another context" % (language, where))
    current = {memory_key(c.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
               for c in tree.getroot().iter("context") for m in c.findall("message")}
    if sync and language in TRANSLATED:
        sync_memory(language, memory, tree, current)
        memory = load_memory(language)
    unused = set(memory) - current
    return filled, missing, bad, len(unused)


def sync_memory(language, memory, tree, current):
    """Keys the memory like the catalogue: an entry moves to the context lupdate now gives its text.

    Entries whose text is nowhere in the catalogue stay (a string may be back, or not yet visible to lupdate)."""
    texts = {key.split(SEP, 1)[1] for key in current}
    synced = {key: value for key, value in memory.items() if key in current or key.split(SEP, 1)[1] not in texts}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            value = existing_translation(translation, message.get("numerus") == "yes")
            if value is not None:
                synced[memory_key(name, message.findtext("source") or "", message.findtext("comment") or "")] = value
    with open(os.path.join(MEMORY_DIR, language + ".json"), "w", encoding="utf-8") as f:
        json.dump(synced, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lupdate", help="the lupdate executable (default: Qt 6's)")
    parser.add_argument("--no-lupdate", action="store_true", help="only fill the .ts files, do not re-extract")
    parser.add_argument("--sync-memory", action="store_true",
                        help="rewrite memory keys to the contexts lupdate gives now (after tr() calls moved)")
    parser.add_argument("-v", "--verbose", action="store_true", help="show lupdate's output and borrowed entries")
    args = parser.parse_args()

    def report(line):
        if args.verbose:
            print(line, file=sys.stderr)

    ts_files = [os.path.join(TS_DIR, "citybridge_%s.ts" % lang) for lang in CATALOGUES]
    lupdate = None
    if not args.no_lupdate:
        lupdate = find_lupdate(args.lupdate)
        if not lupdate:
            print("lupdate (Qt 6 Linguist tools) not found; pass --lupdate PATH", file=sys.stderr)
            return 2
        try:
            run_lupdate(lupdate, ts_files, args.verbose)
        except (RuntimeError, OSError) as e:
            print(e, file=sys.stderr)
            return 2

    status = 0
    results = {}
    for language, path in zip(CATALOGUES, ts_files):
        results[language] = fill(language, path, report, args.sync_memory)
    if lupdate:
        # lupdate rewrites the files in its own layout and keeps every translation.
        run_lupdate(lupdate, ts_files, False)

    for language in CATALOGUES:
        filled, missing, bad, unused = results[language]
        kind = "plural forms" if language == "en" else "strings"
        print("%s: %d %s translated, %d missing, %d malformed, %d memory entries unused"
              % (language, filled, kind, len(missing), len(bad), unused))
        for where in missing:
            print("  missing  %s" % where)
        for where in bad:
            print("  malformed  %s" % where)
        if missing or bad:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
