#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reduce Natural Earth's 1:110m admin-0 countries to what the map draws.

Usage: make_map.py [SOURCE.geojson] [TARGET.geojson]

Keeps only the geometry and four attributes (ISO_A2, ISO_N3, REGION_UN, NAME),
rounds coordinates to 3 decimals (about 100 m, far below the 1:110m detail)
and writes compact JSON. Natural Earth leaves ISO codes as "-99" for a few
features (France, Norway, ...); the World Bank / UN columns fill those gaps.
Standard library only, so it runs anywhere Python 3 does.
"""
import json
import sys

DEFAULT_SOURCE = "../shared/data/map/ne_110m_admin_0_countries.geojson"
DEFAULT_TARGET = "resources/map/countries.geojson"


def valid(code):
    return code not in (None, "", "-99", "-099")


def iso_a2(props):
    for key in ("ISO_A2", "WB_A2"):
        if valid(props.get(key)) and len(props[key]) == 2:
            return props[key]
    # Norway's ISO code sits only in the alpha-3 columns of NE 4.0.0.
    fallback = {"NOR": "NO", "FRA": "FR", "CYN": "", "SOL": "", "KOS": "XK"}
    return fallback.get(props.get("ADM0_A3"), "")


def iso_n3(props):
    for key in ("ISO_N3", "UN_A3"):
        if valid(props.get(key)):
            return props[key].zfill(3)
    return {"NOR": "578"}.get(props.get("ADM0_A3"), "")


def round_coords(value):
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, list):
        return [round_coords(v) for v in value]
    return value


def dedupe_ring(ring):
    # Rounding can make consecutive vertices equal; drop the repeats.
    out = []
    for point in ring:
        if not out or out[-1] != point:
            out.append(point)
    return out


def reduce_geometry(geometry):
    kind = geometry["type"]
    coords = round_coords(geometry["coordinates"])
    if kind == "Polygon":
        coords = [coords]
    elif kind != "MultiPolygon":
        raise ValueError("unexpected geometry type " + kind)
    polygons = []
    for poly in coords:
        rings = [dedupe_ring(r) for r in poly]
        # A ring needs three distinct corners plus the closing point; NE has a one-point
        # "polygon" in North Korea. Without its outer ring a polygon is dropped whole.
        if len(rings[0]) < 4:
            continue
        polygons.append([r for r in rings if len(r) >= 4])
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def main(argv):
    source = argv[1] if len(argv) > 1 else DEFAULT_SOURCE
    target = argv[2] if len(argv) > 2 else DEFAULT_TARGET
    with open(source, encoding="utf-8") as handle:
        data = json.load(handle)
    features = []
    for feature in data["features"]:
        props = feature["properties"]
        features.append({
            "type": "Feature",
            "properties": {
                "ISO_A2": iso_a2(props),
                "ISO_N3": iso_n3(props),
                "REGION_UN": props.get("REGION_UN", ""),
                "NAME": props.get("NAME", ""),
            },
            "geometry": reduce_geometry(feature["geometry"]),
        })
    features.sort(key=lambda f: f["properties"]["NAME"])
    out = {"type": "FeatureCollection", "features": features}
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False, separators=(",", ":"))
        handle.write("\n")
    print("wrote %d countries to %s" % (len(features), target))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
