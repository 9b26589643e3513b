#!/usr/bin/env bash
# Builds the example site and the open-data fixture (tests/fixtures/open-data) with the
# release binary into temporary folders, then checks their open data with third-party
# validators:
#   - frictionless validate data/datapackage.json (the Data Package, its schemas and keys)
#   - GDAL's ogrinfo opens every GeoJSON file
#   - Python's geojson, icalendar, rdflib (JSON-LD, as CKAN's DCAT harvester reads it) and csv
#     read everything back; pySHACL checks catalog.jsonld against the DCAT-AP 3.0.1 and
#     DCAT-AP-NL 3.0 shapes in tests/shacl/ (no violation allowed); sqlite3 checks
#     mienskip.sqlite against the CSVs (.ci/check_open_data.py)
#   - datasette inspect accepts mienskip.sqlite, and datasette serves a table with
#     metadata.json
#   - CKAN's DCAT parser (ckanext-dcat, in a virtualenv of its own) reads catalog.jsonld and
#     recognises the licence (.ci/check_ckan_dcat.py)
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
if ! "$PYTHON" -c 'import frictionless, geojson, icalendar, rdflib, pyshacl, datasette' >/dev/null 2>&1; then
    echo "== installing frictionless geojson icalendar rdflib pyshacl datasette (pip)"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check frictionless geojson icalendar rdflib pyshacl datasette
fi
# CKAN's DCAT harvester code with the ckan package but no CKAN site or database. ckan
# declares few of its imports as dependencies, so the ones the parser needs are listed here.
CKAN_VENV="${CKAN_VENV:-${TMPDIR:-/tmp}/mienskip-ckan-venv}"
if ! "$CKAN_VENV/bin/python" -c 'import ckanext.dcat.processors' >/dev/null 2>&1; then
    echo "== installing ckan and ckanext-dcat (pip, in $CKAN_VENV)"
    "$PYTHON" -m venv "$CKAN_VENV"
    "$CKAN_VENV/bin/pip" install --quiet --disable-pip-version-check ckan ckanext-dcat \
        flask flask-babel flask-login flask-wtf flask-multistatic "sqlalchemy<2.1" \
        sqlalchemy-utils psycopg2-binary webassets markdown bleach pyyaml python-dateutil babel \
        jinja2 requests simplejson pysolr redis rq passlib blinker beaker alembic feedgen pyjwt \
        pyutilib polib python-magic tzlocal typing_extensions msgspec dominate nh3 file_keeper \
        packaging
fi
echo "== validators ready after $(($(date +%s) - started)) s: $(ogrinfo --version)," \
    "frictionless $("$PYTHON" -c 'import frictionless; print(frictionless.__version__)')," \
    "geojson $("$PYTHON" -c 'import geojson; print(geojson.__version__)')," \
    "icalendar $("$PYTHON" -c 'import icalendar; print(icalendar.__version__)')," \
    "rdflib $("$PYTHON" -c 'import rdflib; print(rdflib.__version__)')," \
    "pyshacl $("$PYTHON" -c 'import pyshacl; print(pyshacl.__version__)')," \
    "datasette $("$PYTHON" -c 'import datasette.version; print(datasette.version.__version__)')," \
    "ckanext-dcat $("$CKAN_VENV/bin/pip" show ckanext-dcat 2>/dev/null | sed -n 's/^Version: //p')"

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

    echo "== $site: geojson, icalendar, rdflib, pySHACL, csv and sqlite3 read everything back"
    "$PYTHON" .ci/check_open_data.py "$work/$site" "$site"

    echo "== $site: datasette inspect mienskip.sqlite, and a table served with metadata.json"
    "$PYTHON" -m datasette inspect "$data/mienskip.sqlite" --inspect-file "$work/$site-inspect.json"
    "$PYTHON" -c 'import json, sys; t = json.load(open(sys.argv[1]))["mienskip"]["tables"]; print("ok    datasette inspect:", ", ".join(n + " " + str(v["count"]) for n, v in sorted(t.items())))' "$work/$site-inspect.json"
    "$PYTHON" -m datasette "$data/mienskip.sqlite" -m "$data/metadata.json" --get /mienskip/budget.json?_shape=array >/dev/null
    echo "ok    datasette serves /mienskip/budget.json with metadata.json"

    echo "== $site: CKAN's DCAT parser (ckanext-dcat) reads catalog.jsonld"
    case "$site" in example) licence=cc-zero ;; *) licence=cc-by ;; esac
    "$CKAN_VENV/bin/python" .ci/check_ckan_dcat.py "$data/catalog.jsonld" "$licence"
done

# Issue #14: holidays, closures and skipped dates in agenda.ics, expanded as a calendar app
# would (recurring_ical_events), on the exceptions fixture built on 2026-04-20 and on the
# example; UIDs unique.
echo "== exceptions: icalendar and recurring_ical_events expand agenda.ics"
if ! "$PYTHON" -c 'import recurring_ical_events' >/dev/null 2>&1; then
    "$PYTHON" -m pip install --quiet --disable-pip-version-check recurring-ical-events
fi
SOURCE_DATE_EPOCH=1776643200 cargo run --quiet -- build --root tests/fixtures/exceptions --output "$work/exceptions"
"$PYTHON" .ci/check_exceptions_ics.py "$work/exceptions"
"$PYTHON" .ci/check_exceptions_ics.py "$work/example" example

echo "== open data valid ($(($(date +%s) - started)) s in all)"
