#!/usr/bin/env python3
"""Writes sitrep's country-centers.tsv: one point per country, the area centroid of its largest
polygon in Natural Earth's 1:50m admin-0 countries (public domain), as packaged by the npm module
world-atlas (countries-50m.json, TopoJSON). A country's point is where a map puts "somewhere in
Syria" and where GeoNames and geoparsing gold put a country: its middle, not its capital.
The largest polygon, not all of them, so that Alaska or French Guiana do not pull the point off.

Usage: npm pack world-atlas@2 && tar xzf world-atlas-2.0.2.tgz
       tools/country-centers.py package/countries-50m.json > sitrep-core/src/main/resources/org/sitrep/geo/country-centers.tsv
"""
import json
import math
import sys


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points):
    """Longitudes made continuous along the ring, so that a ring across the antimeridian stays whole."""
    out = [points[0]]
    for x, y in points[1:]:
        prev = out[-1][0]
        while x - prev > 180:
            x -= 360
        while x - prev < -180:
            x += 360
        out.append((x, y))
    return out


def area_centroid(points):
    """Signed area and centroid of a ring on an equirectangular plane scaled by cos(mean latitude)."""
    points = unwrap(points)
    mean_lat = sum(p[1] for p in points) / len(points)
    k = math.cos(math.radians(mean_lat))
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        x0, x1 = x0 * k, x1 * k
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, points[0][1], points[0][0]
    return abs(a) / 2, cy / (3 * a), cx / (3 * a) / k


def main(path):
    topo = json.load(open(path, encoding="utf-8"))
    arcs = decode_arcs(topo)
    print("# isoNumeric\tlat\tlon\tname  (area centroid of the largest polygon; Natural Earth 1:50m via world-atlas, public domain)")
    for geometry in topo["objects"]["countries"]["geometries"]:
        if "id" not in geometry or not geometry.get("arcs"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        best = None
        if any(y < -85 for polygon in polygons for _, y in ring(arcs, polygon[0])):
            continue  # a polygon around the pole has no middle on this plane: Antarctica keeps the builder's point
        for polygon in polygons:
            area, lat, lon = area_centroid(ring(arcs, polygon[0]))
            if best is None or area > best[0]:
                best = (area, lat, lon)
        lon = (best[2] + 180) % 360 - 180
        print(f"{int(geometry['id'])}\t{best[1]:.4f}\t{lon:.4f}\t{geometry['properties']['name']}")


if __name__ == "__main__":
    main(sys.argv[1])
