#!/usr/bin/env bash
# Builds the example site and the open-data fixture (tests/fixtures/open-data) with the
# release binary into temporary folders, then checks their open data with third-party
# validators:
#   - frictionless validate data/datapackage.json (the Data Package, its schemas and keys)
#   - GDAL's ogrinfo opens every GeoJSON file
#   - Python's geojson, icalendar, rdflib (JSON-LD, as CKAN's DCAT harvester reads it) and csv
#     read everything back (.ci/check_open_data.py)
# Installs GDAL (apt) and the Python packages (pip) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TERM_COLOR=never
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1763856000}"
PYTHON="${PYTHON:-python3}"

started=$(date +%s)
if ! command -v ogrinfo >/dev/null 2>&1; then
    echo "== installing gdal-bin (ogrinfo)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq gdal-bin >/dev/null
fi
if ! "$PYTHON" -c 'import frictionless, geojson, icalendar, rdflib' >/dev/null 2>&1; then
    echo "== installing frictionless geojson icalendar rdflib (pip)"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check frictionless geojson icalendar rdflib
fi
echo "== validators ready after $(($(date +%s) - started)) s: $(ogrinfo --version)," \
    "frictionless $("$PYTHON" -c 'import frictionless; print(frictionless.__version__)')," \
    "geojson $("$PYTHON" -c 'import geojson; print(geojson.__version__)')," \
    "icalendar $("$PYTHON" -c 'import icalendar; print(icalendar.__version__)')," \
    "rdflib $("$PYTHON" -c 'import rdflib; print(rdflib.__version__)')"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== building the example site and the open-data fixture (release)"
cargo run --quiet -- build --root . --output "$work/example"
cargo run --quiet -- build --root tests/fixtures/open-data --output "$work/fixture"

for site in example fixture; do
    data="$work/$site/data"
    echo "== $site: frictionless validate datapackage.json"
    (cd "$data" && "$PYTHON" -m frictionless validate datapackage.json)

    echo "== $site: ogrinfo on every GeoJSON file"
    for file in "$data"/*.geojson; do
        summary=$(ogrinfo -ro -al -so "$file")
        count=$(printf '%s\n' "$summary" | sed -n 's/^Feature Count: //p')
        geometry=$(printf '%s\n' "$summary" | sed -n 's/^Geometry: //p')
        echo "ok    $(basename "$file"): ${count:-?} features, ${geometry:-no geometry}"
    done

    echo "== $site: geojson, icalendar, rdflib and csv read everything back"
    "$PYTHON" .ci/check_open_data.py "$work/$site" "$site"
done

echo "== open data valid ($(($(date +%s) - started)) s in all)"
