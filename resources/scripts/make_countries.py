#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate resources/countries/countries.json (every ISO 3166-1 country).

Inputs (read-only):
  /usr/share/iso-codes/json/iso_3166-1.json          Debian iso-codes (LGPL-2.1+)
  /usr/share/locale/{zh_CN,es}/LC_MESSAGES/iso_3166-1.mo  its gettext catalogs
  /work/shared/data/map/ne_110m_admin_0_countries.geojson Natural Earth (public domain)

Names: English is common_name where iso-codes has one, else name; zh/es are the
catalog translations of that same string (falling back to the translation of
`name`).  A short, explicit correction table fixes catalog entries that are
untranslated or misspelt; every correction is listed below so it can be reviewed.

Regions: UN region and subregion (REGION_UN, SUBREGION) from Natural Earth,
joined by ISO_A2, then ISO_N3, then ADM0_A3.  Territories missing from the
1:110m map (small islands and micro-states) or tagged "Seven seas" take their
UN M49 region from the fixed table M49_GAPS, so the output is deterministic.

Usage: make_countries.py [--iso PATH] [--locale-dir DIR] [--ne PATH] [--out PATH]
Python 3 standard library only.
"""
import argparse
import gettext
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "countries", "countries.json")

# Corrections to the gettext catalogs (untranslated, wrong or misspelt entries).
NAME_FIXES = {
    "en": {
        "CD": "Democratic Republic of the Congo",
        "FM": "Micronesia",
        "PS": "Palestine",
        "VA": "Holy See",
        "VG": "British Virgin Islands",
        "VI": "United States Virgin Islands",
        "BN": "Brunei",
    },
    "zh": {
        "BO": "玻利维亚",
        "VA": "梵蒂冈",
        "GT": "危地马拉",
        "KH": "柬埔寨",
        "BW": "博茨瓦纳",
        "LC": "圣卢西亚",
        "SM": "圣马力诺",
        "BD": "孟加拉国",
        "KG": "吉尔吉斯斯坦",
        "PF": "法属波利尼西亚",
    },
    "es": {
        "KR": "Corea del Sur",
        "KP": "Corea del Norte",
        "SY": "Siria",
        "IR": "Irán",
        "DZ": "Argelia",
        "CI": "Costa de Marfil",
        "TN": "Túnez",
        "SR": "Surinam",
        "SX": "San Martín (parte neerlandesa)",
        "CD": "República Democrática del Congo",
        "FM": "Micronesia",
        "PS": "Palestina",
        "VA": "Santa Sede",
        "VG": "Islas Vírgenes Británicas",
        "VI": "Islas Vírgenes de los Estados Unidos",
        "KM": "Comoras",
        "BN": "Brunéi",
    },
}

# UN M49 region/subregion for ISO entries absent from the 1:110m Natural Earth map.
C = ("Americas", "Caribbean")
M49_GAPS = {
    "AW": C, "AI": C, "AG": C, "BQ": C, "BL": C, "BB": C, "CW": C, "KY": C, "DM": C,
    "GP": C, "GD": C, "KN": C, "LC": C, "MF": C, "MS": C, "MQ": C, "SX": C, "TC": C,
    "VC": C, "VG": C, "VI": C,
    "BM": ("Americas", "Northern America"), "PM": ("Americas", "Northern America"),
    "BV": ("Americas", "South America"), "GF": ("Americas", "South America"),
    "GS": ("Americas", "South America"),
    "AX": ("Europe", "Northern Europe"), "FO": ("Europe", "Northern Europe"),
    "GG": ("Europe", "Northern Europe"), "IM": ("Europe", "Northern Europe"),
    "JE": ("Europe", "Northern Europe"), "SJ": ("Europe", "Northern Europe"),
    "AD": ("Europe", "Southern Europe"), "GI": ("Europe", "Southern Europe"),
    "MT": ("Europe", "Southern Europe"), "SM": ("Europe", "Southern Europe"),
    "VA": ("Europe", "Southern Europe"),
    "LI": ("Europe", "Western Europe"), "MC": ("Europe", "Western Europe"),
    "TF": ("Africa", "Eastern Africa"), "KM": ("Africa", "Eastern Africa"),
    "IO": ("Africa", "Eastern Africa"), "MU": ("Africa", "Eastern Africa"),
    "YT": ("Africa", "Eastern Africa"), "RE": ("Africa", "Eastern Africa"),
    "SC": ("Africa", "Eastern Africa"),
    "CV": ("Africa", "Western Africa"), "SH": ("Africa", "Western Africa"),
    "ST": ("Africa", "Middle Africa"),
    "BH": ("Asia", "Western Asia"),
    "HK": ("Asia", "Eastern Asia"), "MO": ("Asia", "Eastern Asia"),
    "MV": ("Asia", "Southern Asia"),
    "SG": ("Asia", "South-Eastern Asia"),
    "CC": ("Oceania", "Australia and New Zealand"), "CX": ("Oceania", "Australia and New Zealand"),
    "HM": ("Oceania", "Australia and New Zealand"), "NF": ("Oceania", "Australia and New Zealand"),
    "FM": ("Oceania", "Micronesia"), "GU": ("Oceania", "Micronesia"), "KI": ("Oceania", "Micronesia"),
    "MH": ("Oceania", "Micronesia"), "MP": ("Oceania", "Micronesia"), "NR": ("Oceania", "Micronesia"),
    "PW": ("Oceania", "Micronesia"), "UM": ("Oceania", "Micronesia"),
    "AS": ("Oceania", "Polynesia"), "CK": ("Oceania", "Polynesia"), "NU": ("Oceania", "Polynesia"),
    "PN": ("Oceania", "Polynesia"), "PF": ("Oceania", "Polynesia"), "TK": ("Oceania", "Polynesia"),
    "TO": ("Oceania", "Polynesia"), "TV": ("Oceania", "Polynesia"), "WF": ("Oceania", "Polynesia"),
    "WS": ("Oceania", "Polynesia"),
}


def load_catalog(locale_dir, lang):
    path = os.path.join(locale_dir, lang, "LC_MESSAGES", "iso_3166-1.mo")
    with open(path, "rb") as fh:
        return gettext.GNUTranslations(fh)


def translate(cat, primary, fallback):
    """Translation of `primary`, else of `fallback`, else `primary` itself."""
    t = cat.gettext(primary)
    if t != primary:
        return t
    if fallback != primary:
        t = cat.gettext(fallback)
        if t != fallback:
            return t
    return primary


def region_index(ne_path):
    with open(ne_path, encoding="utf-8") as fh:
        features = json.load(fh)["features"]
    by_a2, by_n3, by_a3 = {}, {}, {}
    for f in features:
        p = f["properties"]
        if p.get("ISO_A2") not in (None, "-99"):
            by_a2[p["ISO_A2"]] = p
        if p.get("ISO_N3") not in (None, "-99"):
            by_n3[p["ISO_N3"]] = p
        if p.get("ADM0_A3"):
            by_a3[p["ADM0_A3"]] = p
    return by_a2, by_n3, by_a3


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--locale-dir", default="/usr/share/locale")
    ap.add_argument("--ne", default="/work/shared/data/map/ne_110m_admin_0_countries.geojson")
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()

    with open(args.iso, encoding="utf-8") as fh:
        entries = json.load(fh)["3166-1"]
    cats = {"zh": load_catalog(args.locale_dir, "zh_CN"), "es": load_catalog(args.locale_dir, "es")}
    by_a2, by_n3, by_a3 = region_index(args.ne)

    out, gaps = [], []
    for e in sorted(entries, key=lambda x: x["alpha_2"]):
        code = e["alpha_2"]
        en = e.get("common_name", e["name"])
        names = {
            "en": NAME_FIXES["en"].get(code, en),
            "zh": NAME_FIXES["zh"].get(code, translate(cats["zh"], en, e["name"])),
            "es": NAME_FIXES["es"].get(code, translate(cats["es"], en, e["name"])),
        }
        p = by_a2.get(code) or by_n3.get(e["numeric"]) or by_a3.get(e["alpha_3"])
        if p and not p["REGION_UN"].startswith("Seven seas"):
            region, subregion = p["REGION_UN"], p["SUBREGION"]
        elif code in M49_GAPS:
            region, subregion = M49_GAPS[code]
        else:
            gaps.append(code)
            region, subregion = "", ""
        out.append({"code": code, "code3": e["alpha_3"], "numeric": e["numeric"],
                    "names": names, "region": region, "subregion": subregion})
    if gaps:
        sys.exit("no region for: " + ", ".join(gaps))

    doc = {"source": "Debian iso-codes (ISO 3166-1, LGPL-2.1+) with its zh_CN/es gettext catalogs; "
                     "UN regions from Natural Earth 4.0.0 (public domain) and UN M49 for small territories",
           "countries": out}
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"wrote {len(out)} countries to {args.out}")


if __name__ == "__main__":
    main()
