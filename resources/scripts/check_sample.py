#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate the bundled sample workspace source (resources/sample/*.json), the
country list and the gazetteer copy.  Exit status 0 when everything holds,
1 with a list of problems otherwise.

Checks: every file parses; uids and theme keys are unique; every reference
resolves (themes, sources, actors, events, groups, countries); every priority,
offer, interest, participation, membership, respondent group and partnership
(and each history step) cites an existing source; weights and strengths lie in
[0, 1]; dates are ISO dates; group mentions never exceed respondents; every city
has en/zh/es names, coordinates in range and a time zone; the 18 members of the
tourism cluster are present; zh texts contain no Traditional characters (they
survive OpenCC t2s unchanged); the gazetteer keeps its columns and has
Simplified Chinese names; countries.json has every ISO 3166-1 code once with
names in three languages and a region.

Usage: check_sample.py [--resources DIR] [--opencc CMD]
Python 3 standard library only (plus the opencc executable).
"""
import argparse
import csv
import datetime
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = "/work/shared/seeds"  # checked only where present (the seeds are not shipped)

CLUSTER = ["city:anyang", "city:campeche", "city:durango", "city:guanajuato", "city:lishui", "city:luoyang",
           "city:mexico-city", "city:morelia", "inst:ancmpm", "city:oaxaca", "city:puebla", "city:quanzhou",
           "city:queretaro", "city:rio-de-janeiro", "city:san-luis-potosi", "city:san-miguel-de-allende",
           "city:xochimilco", "city:zacatecas"]
ROOTS = ["public_health", "drr_resilience", "tourism_heritage_creative", "agriculture_value_chain",
         "ecommerce_smart_city", "transport_air_quality", "waste_green_energy", "cross_cutting"]
STAGES = {"proposed", "candidate", "contacted", "exploratory_exchange", "friendship_mou", "pilot_project",
          "formal_agreement", "active", "dormant", "closed"}
ROLES = {"organizer", "partner", "speaker", "participant", "moderator", "donor", "recipient"}
EVENT_KINDS = {"webinar", "meeting", "forum", "training", "donation", "exchange"}
SOURCE_KINDS = {"survey", "webinar", "meeting", "report", "news", "document"}
CATEGORIES = {"un_agency", "city_association", "training_institute", "university", "business_council", "ngo",
              "government", "other"}
MEMBER_ROLES = {"member", "speaks_for"}  # "home" comes from home_city; repeating it would break UNIQUE in the store
CITY_KINDS = {"city", "borough", "province"}


class Checker:
    def __init__(self):
        self.problems = []

    def fail(self, where, msg):
        self.problems.append(f"{where}: {msg}")

    def need(self, cond, where, msg):
        if not cond:
            self.fail(where, msg)
        return cond


def load(path, ck):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        ck.fail(path, f"cannot parse: {exc}")
        return None


def is_date(s):
    if not isinstance(s, str):
        return False
    try:
        datetime.date.fromisoformat(s)
        return len(s) == 10
    except ValueError:
        return False


def localized(obj, ck, where, required=("en", "zh", "es")):
    if not ck.need(isinstance(obj, dict), where, "not a localized object"):
        return
    for lang in required:
        ck.need(isinstance(obj.get(lang), str) and obj[lang].strip(), where, f"missing '{lang}' text")
    for k, v in obj.items():
        ck.need(k in ("en", "zh", "es", "native") and isinstance(v, str), where, f"bad language key or value '{k}'")


def simplified_check(texts, cmd, ck):
    """texts: list of (where, text). Each must be unchanged by opencc t2s."""
    texts = [(w, t) for w, t in texts if t]
    if not texts:
        return
    if any("\n" in t for _, t in texts):
        ck.fail("zh", "text with a newline")
        return
    payload = "\n".join(t for _, t in texts) + "\n"
    try:
        res = subprocess.run([cmd, "-c", "t2s"], input=payload.encode("utf-8"), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        ck.fail("opencc", f"cannot run: {exc}")
        return
    out = res.stdout.decode("utf-8").split("\n")
    for (where, text), conv in zip(texts, out):
        if conv != text:
            diff = "".join(a for a, b in zip(text, conv) if a != b)
            ck.fail(where, f"Traditional characters in zh text: {diff}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--resources", default=os.path.join(HERE, ".."))
    ap.add_argument("--opencc", default="opencc")
    args = ap.parse_args()
    res = os.path.abspath(args.resources)
    ck = Checker()
    zh_texts = []

    # Countries.
    countries = load(os.path.join(res, "countries", "countries.json"), ck)
    codes = set()
    if countries is not None:
        iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"] \
            if os.path.exists("/usr/share/iso-codes/json/iso_3166-1.json") else None
        for c in countries.get("countries", []):
            w = f"countries.json {c.get('code')}"
            ck.need(c.get("code") not in codes, w, "duplicate code")
            codes.add(c.get("code"))
            ck.need(len(c.get("code3", "")) == 3 and len(c.get("numeric", "")) == 3, w, "bad code3/numeric")
            localized(c.get("names"), ck, w)
            ck.need(bool(c.get("region")) and bool(c.get("subregion")), w, "missing region/subregion")
            zh_texts.append((w, (c.get("names") or {}).get("zh", "")))
        if iso is not None:
            ck.need(codes == {e["alpha_2"] for e in iso}, "countries.json", "codes differ from iso-codes ISO 3166-1")

    # Gazetteer copy.
    gpath = os.path.join(res, "gazetteer", "cities15000.tsv")
    try:
        with open(gpath, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        header = rows[0]
        ck.need(header[:2] == ["geonameid", "name"] and "name_zh" in header, gpath, "unexpected header")
        bad = [i for i, r in enumerate(rows[1:], 2) if len(r) != len(header)]
        ck.need(not bad, gpath, f"rows with a wrong column count: {bad[:5]}")
        zi = header.index("name_zh")
        zh_texts += [(f"{gpath}:{i}", r[zi]) for i, r in enumerate(rows[1:], 2) if len(r) == len(header)]
    except OSError as exc:
        ck.fail(gpath, f"cannot read: {exc}")

    sd = os.path.join(res, "sample")
    docs = {n: load(os.path.join(sd, n + ".json"), ck) for n in
            ("themes", "sources", "actors", "events", "statements", "partnerships")}
    if any(d is None for d in docs.values()):
        return report(ck)

    # Themes: unique keys, parents first, roots in cluster order.
    themes = {}
    for t in docs["themes"]["themes"]:
        w = f"theme {t.get('key')}"
        ck.need(t.get("key") not in themes, w, "duplicate key")
        ck.need(t.get("parent") is None or t["parent"] in themes, w, "parent unknown or after the child")
        localized(t.get("names"), ck, w)
        zh_texts.append((w, t["names"].get("zh", "")))
        themes[t["key"]] = t
    ck.need([k for k, t in themes.items() if t["parent"] is None] == ROOTS, "themes", "roots differ from the 8 clusters")

    uids = set()

    def unique(uid, w):
        ck.need(isinstance(uid, str) and uid, w, "missing uid")
        ck.need(uid not in uids, w, "duplicate uid")
        uids.add(uid)

    sources = {}
    for s in docs["sources"]["sources"]:
        w = f"source {s.get('uid')}"
        unique(s.get("uid"), w)
        ck.need(s.get("kind") in SOURCE_KINDS, w, f"bad kind {s.get('kind')}")
        ck.need(is_date(s.get("date")), w, "bad date")
        localized(s.get("titles"), ck, w)
        ck.need(bool(s.get("citation")), w, "missing citation")
        if s.get("seed") and os.path.isdir(SEEDS):
            ck.need(os.path.exists(os.path.join(SEEDS, s["seed"])), w, f"seed file {s['seed']} not found")
        zh_texts.append((w, s["titles"].get("zh", "")))
        sources[s["uid"]] = s

    def src(ref, w, required=True):
        if ref is None and not required:
            return
        ck.need(ref in sources, w, f"unknown source {ref!r}")

    a = docs["actors"]
    cities = {c["uid"]: c for c in a["cities"]}
    insts = {i["uid"]: i for i in a["institutions"]}
    for c in a["cities"]:
        w = f"city {c.get('uid')}"
        unique(c.get("uid"), w)
        ck.need(c["uid"].startswith("city:"), w, "uid must start with city:")
        ck.need(c.get("kind", "city") in CITY_KINDS, w, "bad kind")
        ck.need(c.get("country") in codes, w, f"unknown country {c.get('country')}")
        ck.need(c.get("parent") is None or c["parent"] in cities, w, "unknown parent")
        localized(c.get("names"), ck, w)
        lat, lon = c.get("lat"), c.get("lon")
        ck.need(isinstance(lat, (int, float)) and -90 <= lat <= 90 and isinstance(lon, (int, float))
                and -180 <= lon <= 180, w, "bad lat/lon")
        ck.need(isinstance(c.get("timezone"), str) and "/" in c["timezone"], w, "missing timezone")
        ck.need(c.get("geonameid") is not None or c.get("geo_note"), w, "no geonameid and no geo_note")
        ps = c.get("population_source")
        ck.need(c.get("population") is None or ps == "gazetteer" or ps in sources, w, "population without a source")
        ck.need(c.get("population") is None or c["population"] > 0, w, "bad population")
        ck.need(c.get("area_km2") is None or c["area_km2"] > 0, w, "bad area")
        for key in ("profile", "heritage", "sectors"):
            if key in c:
                localized(c[key], ck, f"{w} {key}")
                zh_texts.append((f"{w} {key}", c[key].get("zh", "")))
        ck.need(bool(c.get("profile")), w, "missing profile")
        ck.need(bool(c.get("sources")), w, "no sources")
        for s in c.get("sources", []):
            src(s, w)
        zh_texts.append((w + " name", c["names"].get("zh", "")))
        seen = set()
        for al in c.get("aliases", []):
            key = (al.get("text"), al.get("lang"))
            ck.need(al.get("lang") in ("en", "zh", "es") and al.get("text") and key not in seen, w, f"bad alias {key}")
            seen.add(key)
    for i in a["institutions"]:
        w = f"institution {i.get('uid')}"
        unique(i.get("uid"), w)
        ck.need(i["uid"].startswith("inst:"), w, "uid must start with inst:")
        ck.need(i.get("category") in CATEGORIES, w, f"bad category {i.get('category')}")
        ck.need(i.get("country") is None or i["country"] in codes, w, f"unknown country {i.get('country')}")
        ck.need(i.get("home_city") is None or i["home_city"] in cities, w, "home_city is not a city")
        localized(i.get("names"), ck, w)
        localized(i.get("profile"), ck, f"{w} profile")
        zh_texts += [(w + " name", i["names"].get("zh", "")), (w + " profile", i["profile"].get("zh", ""))]
        ck.need(bool(i.get("sources")), w, "no sources")
        for s in i.get("sources", []):
            src(s, w)
    actors = set(cities) | set(insts)
    triples = set()
    for m in a["memberships"]:
        w = f"membership {m.get('institution')}->{m.get('city')}"
        ck.need(m.get("institution") in insts, w, "unknown institution")
        ck.need(m.get("city") in cities, w, "unknown city")
        ck.need(m.get("role") in MEMBER_ROLES, w, f"bad role {m.get('role')}")
        src(m.get("source"), w)
        t = (m.get("institution"), m.get("city"), m.get("role"))
        ck.need(t not in triples, w, "duplicate membership")
        triples.add(t)
    for uid in CLUSTER:
        ck.need(uid in actors, "cluster", f"member {uid} missing")

    events = {}
    for e in docs["events"]["events"]:
        w = f"event {e.get('uid')}"
        unique(e.get("uid"), w)
        ck.need(e.get("kind") in EVENT_KINDS, w, f"bad kind {e.get('kind')}")
        ck.need(is_date(e.get("date")), w, "bad date")
        ck.need(e.get("end_date") is None or (is_date(e["end_date"]) and e["end_date"] >= e["date"]), w, "bad end_date")
        src(e.get("source"), w)
        ck.need(e.get("location") is None or e["location"] in cities, w, "unknown location")
        localized(e.get("titles"), ck, w)
        zh_texts.append((w, e["titles"].get("zh", "")))
        ck.need(bool(e.get("participations")), w, "no participations")
        for p in e.get("participations", []):
            pw = f"{w} participation {p.get('actor')}"
            ck.need(p.get("actor") in actors, pw, "unknown actor")
            ck.need(p.get("role") in ROLES, pw, f"bad role {p.get('role')}")
            src(p.get("source"), pw)
        events[e["uid"]] = e

    st = docs["statements"]
    groups = {}
    for g in st["respondent_groups"]:
        w = f"group {g.get('uid')}"
        unique(g.get("uid"), w)
        src(g.get("source"), w)
        ck.need(g.get("event") is None or g["event"] in events, w, "unknown event")
        ck.need(g.get("country") is None or g["country"] in codes, w, "unknown country")
        ck.need(isinstance(g.get("respondents"), int) and g["respondents"] > 0, w, "respondents must be > 0")
        groups[g["uid"]] = g

    def holder(o, w, a_key, g_key):
        has_a, has_g = o.get(a_key) is not None, o.get(g_key) is not None
        ck.need(has_a != has_g, w, f"exactly one of {a_key}/{g_key}")
        if has_a:
            ck.need(o[a_key] in actors, w, f"unknown actor {o[a_key]}")
        if has_g:
            ck.need(o[g_key] in groups, w, f"unknown group {o[g_key]}")
            m = o.get("mentions")
            ck.need(m is None or 0 <= m <= groups[o[g_key]]["respondents"], w, "mentions exceed respondents")
        else:
            ck.need(o.get("mentions") in (None, 0), w, "mentions only for groups")

    for kind in ("priorities", "offers"):
        for n, s in enumerate(st[kind]):
            w = f"{kind}[{n}] {s.get('actor') or s.get('group')} {s.get('theme')}"
            holder(s, w, "actor", "group")
            ck.need(s.get("theme") in themes, w, "unknown theme")
            ck.need(isinstance(s.get("weight"), (int, float)) and 0 <= s["weight"] <= 1, w, "weight outside [0,1]")
            src(s.get("source"), w)
            ck.need(is_date(s.get("date")), w, "bad date")
    for n, i in enumerate(st["interests"]):
        w = f"interests[{n}] {i.get('from') or i.get('from_group')}->{i.get('to') or i.get('to_country')}"
        holder(i, w, "from", "from_group")
        ck.need((i.get("to") is None) != (i.get("to_country") is None), w, "exactly one of to/to_country")
        if i.get("to") is not None:
            ck.need(i["to"] in actors and i["to"] != i.get("from"), w, "bad target")
        if i.get("to_country") is not None:
            ck.need(i["to_country"] in codes, w, "unknown country")
        ck.need(isinstance(i.get("strength"), (int, float)) and 0 <= i["strength"] <= 1, w, "strength outside [0,1]")
        for t in i.get("themes", []):
            ck.need(t in themes, w, f"unknown theme {t}")
        src(i.get("source"), w)
        ck.need(is_date(i.get("date")), w, "bad date")

    for p in docs["partnerships"]["partnerships"]:
        w = f"partnership {p.get('uid')}"
        unique(p.get("uid"), w)
        ck.need(p.get("a") in actors and p.get("b") in actors and p.get("a") != p.get("b"), w, "bad a/b")
        for o in p.get("others", []) + ([p["facilitator"]] if p.get("facilitator") else []):
            ck.need(o in actors, w, f"unknown party {o}")
        for t in p.get("themes", []):
            ck.need(t in themes, w, f"unknown theme {t}")
        src(p.get("source"), w)
        hist = p.get("history", [])
        ck.need(bool(hist), w, "no history")
        for h in hist:
            ck.need(h.get("stage") in STAGES, w, f"bad stage {h.get('stage')}")
            ck.need(is_date(h.get("date")), w, "bad history date")
            src(h.get("source"), w + " history")
        dates = [h.get("date", "") for h in hist]
        ck.need(dates == sorted(dates), w, "history not in date order")

    simplified_check(zh_texts, args.opencc, ck)
    print(f"checked: {len(codes)} countries, {len(themes)} themes, {len(sources)} sources, {len(cities)} cities, "
          f"{len(insts)} institutions, {len(a['memberships'])} memberships, {len(events)} events, {len(groups)} groups, "
          f"{len(st['priorities'])} priorities, {len(st['offers'])} offers, {len(st['interests'])} interests, "
          f"{len(docs['partnerships']['partnerships'])} partnerships")
    return report(ck)


def report(ck):
    if ck.problems:
        print(f"{len(ck.problems)} problem(s):")
        for p in ck.problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
