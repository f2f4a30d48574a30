"""Build-time tool: turn Natural Earth 110m TopoJSON into the bundled SVG path file.

Not imported by the app.  Run once by hand when the geometry should change:

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    pip install pycountry            # only for this step; not a dependency of chancery
    python -m chancery.web.build_map /tmp/package/countries-110m.json src/chancery/web/static/world-110m.json

The output maps ISO alpha-3 codes to ``{"name", "d"}`` (an SVG path in an equirectangular projection,
960x420 viewBox, Antarctica left out) and carries the numeric->alpha-3 table it used.
"""

from __future__ import annotations

import json
import sys
from typing import Any

WIDTH, TOP, BOTTOM = 960.0, 84.0, -60.0  # latitudes kept
HEIGHT = round(WIDTH * (TOP - BOTTOM) / 360.0, 1)

# features Natural Earth leaves without an ISO numeric code
_BY_NAME = {"Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], idx: list[int]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for i in idx:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    return out


def _project(lon: float, lat: float) -> tuple[float, float]:
    lat = max(BOTTOM, min(TOP, lat))
    return (lon + 180.0) * WIDTH / 360.0, (TOP - lat) * WIDTH / 360.0


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep longitudes continuous across the antimeridian (the part past +-180 is clipped by the viewBox)."""
    out: list[tuple[float, float]] = []
    for lon, lat in ring:
        if out:
            prev = out[-1][0]
            while lon - prev > 180:
                lon -= 360
            while prev - lon > 180:
                lon += 360
        out.append((lon, lat))
    return out


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        pts, last = [], None
        for lon, lat in _unwrap(ring):
            x, y = _project(lon, lat)
            p = (round(x, 1), round(y, 1))
            if p != last:
                pts.append(p)
                last = p
        if len(pts) < 3:
            continue
        parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in pts) + "Z")
    return "".join(parts)


def build(topo: dict[str, Any]) -> dict[str, Any]:
    import pycountry  # build-time only

    arcs = _decode_arcs(topo)
    countries: dict[str, dict[str, str]] = {}
    numeric: dict[str, str] = {}
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name", "")
        num = g.get("id")
        code = None
        if num:
            c = pycountry.countries.get(numeric=str(num).zfill(3))
            code = c.alpha_3 if c else None
            if code:
                numeric[str(num).zfill(3)] = code
        code = code or _BY_NAME.get(name)
        if code is None or code == "ATA":
            continue
        if g["type"] == "Polygon":
            polys = [g["arcs"]]
        elif g["type"] == "MultiPolygon":
            polys = g["arcs"]
        else:
            continue
        rings = [_ring(arcs, r) for poly in polys for r in poly]
        d = _path(rings)
        if code in countries:
            countries[code]["d"] += d
        else:
            countries[code] = {"name": name, "d": d}
    return {
        "_notice": "Natural Earth 110m admin-0 countries (public domain), via the npm package world-atlas 2.0.2;"
        " equirectangular projection; keyed by ISO 3166-1 alpha-3 (numeric->alpha-3 from pycountry).",
        "viewBox": f"0 0 {WIDTH:g} {HEIGHT:g}",
        "numeric_to_alpha3": dict(sorted(numeric.items())),
        "countries": dict(sorted(countries.items())),
    }


def main(argv: list[str]) -> None:
    src, dst = argv
    with open(src, encoding="utf-8") as fh:
        topo = json.load(fh)
    with open(dst, "w", encoding="utf-8") as fh:
        json.dump(build(topo), fh, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1:])
