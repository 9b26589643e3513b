#!/usr/bin/env python3
"""Writes data/geo/basemap.geojson: the example site's basemap (map.basemap).

No open road or water data of Leeuwarden could be obtained where this example was made, so
this basemap is drawn by hand: the main roads, water and place names at approximately the
right coordinates, consistent with the (equally approximate) area outlines in data/geo/.
It says so in its `source`. Replace it with real data for a real site, for example from
PDOK (BRT/TOP10NL, CC BY 4.0) or OpenStreetMap (ODbL), reduced to kind road/water/place.

Looked for again on 2026-12-01 (issue #14), in the stored copies of public GitHub
repositories and web pages that can be reached here (no direct internet access, so no
PDOK, CBS, Overpass or Geofabrik download): nothing usable for Leeuwarden.
- Repositories named after Leeuwarden (Gemeente-Leeuwarden/TINA-transcriptie,
  jdhoek/bomen-leeuwarden-osm: monumental trees only, NHL-Water-Apps/Leeuwarden-app:
  bridges and moorings in app code without a licence, clemens-tolboom/ds-leeuwarden:
  sensor pings) hold no roads, water or place positions.
- No CBS/PDOK "wijken en buurten" or OSM extract of Friesland turned up in a search for
  GeoJSON of Leeuwarden, Friesland or its villages; the lists that name Stiens, Grou or
  Mantgum are station codes and place-name lists without coordinates or licence.
- Natural Earth (public domain) has no roads file stored here, and at 1:10 million it
  names only Leeuwarden itself; dr5hn/countries-states-cities-database (ODbL) is stored
  without its cities file.

Usage: python3 scripts/make-basemap.py  (from the repository root)
"""
import json

SOURCE = ("Handgetekende benadering, geen open data: wegen, water en plaatsnamen liggen "
          "ongeveer goed; niet om te navigeren (scripts/make-basemap.py, CC0).")

# (name, [[lon, lat], ...])
ROADS = [
    ("N31 Haak om Leeuwarden", [[5.50, 53.205], [5.56, 53.212], [5.62, 53.216], [5.68, 53.214], [5.735, 53.211], [5.748, 53.198],
                                [5.756, 53.182], [5.775, 53.169], [5.80, 53.164], [5.83, 53.168],
                                [5.855, 53.178], [5.88, 53.183], [5.95, 53.18], [6.02, 53.165],
                                [6.08, 53.15]]),
    ("A32", [[5.80, 53.164], [5.806, 53.14], [5.815, 53.115], [5.82, 53.09], [5.822, 53.04]]),
    ("N355 Harlingerstraatweg", [[5.787, 53.2015], [5.76, 53.2005], [5.72, 53.196], [5.64, 53.19], [5.56, 53.185],
                                 [5.50, 53.18]]),
    ("N355 Groningerstraatweg", [[5.808, 53.2035], [5.83, 53.2065], [5.86, 53.21], [5.90, 53.215],
                                 [5.96, 53.221], [6.02, 53.225], [6.08, 53.23]]),
    ("N357 Stiens", [[5.795, 53.207], [5.791, 53.22], [5.776, 53.24], [5.763, 53.257],
                     [5.755, 53.28], [5.75, 53.31]]),
    ("N356 Dokkum", [[5.818, 53.213], [5.835, 53.235], [5.855, 53.26], [5.885, 53.30]]),
    ("N354 Sneek", [[5.79, 53.19], [5.772, 53.176], [5.748, 53.156], [5.727, 53.136],
                    [5.71, 53.11], [5.69, 53.075]]),
    ("Drachtsterweg", [[5.806, 53.196], [5.825, 53.19], [5.85, 53.183], [5.855, 53.178]]),
]

WATER_LINES = [
    ("Van Harinxmakanaal", [[5.50, 53.185], [5.56, 53.187], [5.62, 53.188], [5.68, 53.187], [5.73, 53.186], [5.765, 53.189],
                            [5.786, 53.1935], [5.80, 53.1928], [5.815, 53.1915], [5.832, 53.185],
                            [5.843, 53.17], [5.85, 53.15], [5.853, 53.13], [5.848, 53.11],
                            [5.842, 53.098]]),
    ("Stadsgracht", [[5.788, 53.2045], [5.792, 53.2066], [5.80, 53.2069], [5.806, 53.2055],
                     [5.808, 53.201], [5.805, 53.1976], [5.797, 53.1967], [5.789, 53.1985],
                     [5.787, 53.2015], [5.788, 53.2045]]),
    ("Dokkumer Ee", [[5.806, 53.2055], [5.813, 53.215], [5.823, 53.228], [5.836, 53.245],
                     [5.851, 53.262], [5.872, 53.29]]),
    ("Potmarge", [[5.806, 53.199], [5.818, 53.1975], [5.83, 53.1935], [5.845, 53.189]]),
    ("Prinses Margrietkanaal", [[5.74, 53.045], [5.78, 53.065], [5.815, 53.083], [5.842, 53.098],
                                [5.87, 53.112], [5.91, 53.132], [5.96, 53.158], [6.02, 53.19], [6.08, 53.215]]),
]

WATER_AREAS = [
    ("Pikmeer", [[5.845, 53.0875], [5.858, 53.0865], [5.862, 53.0925], [5.852, 53.0965],
                 [5.845, 53.0935], [5.845, 53.0875]]),
]

# In order of importance: where names crowd, the earlier ones are shown.
PLACES = [
    ("Grou", 5.836, 53.0985), ("Mantgum", 5.718, 53.126), ("Stiens", 5.757, 53.266),
    ("Wergea", 5.838, 53.148), ("Goutum", 5.80, 53.174), ("Marsum", 5.745, 53.209),
    ("Jelsum", 5.782, 53.235), ("Camminghaburen", 5.848, 53.212), ("Bilgaard", 5.80, 53.222),
    ("Huizum", 5.812, 53.189), ("Prinsentuin", 5.7925, 53.2043), ("Oldehove", 5.7895, 53.2035),
    ("Station", 5.7935, 53.1962), ("Lekkum", 5.822, 53.224), ("Hijum", 5.748, 53.246),
    ("Wirdum", 5.808, 53.152), ("Weidum", 5.762, 53.146), ("Jirnsum", 5.795, 53.073),
    ("Reduzum", 5.785, 53.112), ("Dronryp", 5.643, 53.197), ("Menaam", 5.662, 53.218),
    ("Tytsjerk", 5.907, 53.208), ("Hurdegaryp", 5.94, 53.216), ("Burgum", 6.0, 53.195),
    ("Raerd", 5.735, 53.095), ("Winsum", 5.632, 53.152), ("Easterlittens", 5.655, 53.12),
    ("Warten", 5.905, 53.15), ("Wyns", 5.905, 53.255), ("Feinsum", 5.79, 53.28), ("Heechterp", 5.827, 53.204), ("Vrijheidswijk", 5.817, 53.217),
    ("Westeinde", 5.772, 53.199), ("Zuiderburen", 5.79, 53.178), ("Nijlân", 5.814, 53.183),
]


def feature(kind, name, geometry):
    properties = {"kind": kind}
    if name:
        properties["name"] = name
    return {"type": "Feature", "properties": properties, "geometry": geometry}


features = []
features += [feature("water", n, {"type": "Polygon", "coordinates": [ring]}) for n, ring in WATER_AREAS]
features += [feature("water", n, {"type": "LineString", "coordinates": line}) for n, line in WATER_LINES]
features += [feature("road", n, {"type": "LineString", "coordinates": line}) for n, line in ROADS]
features += [feature("place", n, {"type": "Point", "coordinates": [lon, lat]}) for n, lon, lat in PLACES]
collection = {"type": "FeatureCollection", "source": SOURCE, "features": features}
with open("data/geo/basemap.geojson", "w", encoding="utf-8") as out:
    # One feature per line: small, and an error's line number points at its feature.
    out.write('{"type": "FeatureCollection",\n "source": ' + json.dumps(SOURCE, ensure_ascii=False)
              + ',\n "features": [\n')
    out.write(",\n".join(json.dumps(f, ensure_ascii=False) for f in features))
    out.write("\n]}\n")
