"""Checks a built site's open data with third-party Python readers.

Usage: check_open_data.py SITE_DIR (example|fixture)

- every GeoJSON file loads with the `geojson` package and is valid (`is_valid`, `errors()`),
  has no `crs`, at most six decimals, outer rings counter-clockwise and holes clockwise;
- every .ics file parses with `icalendar`; events have UID, DTSTAMP and a zoned DTSTART;
  the calendar of all rooms has repeating events (RRULE), and for the fixture the rules
  expand (python-dateutil) to the dates the content says;
- `catalog.jsonld` parses as JSON-LD with `rdflib` (what CKAN's DCAT harvester uses) into a
  dcat:Catalog whose every dcat:Dataset has a title, publisher, contact point and theme, and
  whose every dcat:Distribution has a licence, media type, format and absolute download URL;
- `catalog.jsonld` conforms to the vendored SHACL shapes of DCAT-AP 3.0.1 (mandatory,
  recommended, range) and DCAT-AP-NL 3.0 (tests/shacl/) with pySHACL: no violation;
- every CSV reads back with the `csv` module (and its Excel twin as `;` with decimal comma
  and a BOM), and a few values are compared with the content;
- `mienskip.sqlite` opens with `sqlite3`: one table per CSV with as many rows, no broken
  foreign key, the budget sums as in budget.csv, per-year budget files that add up to it, and
  every column described in `_columns` and in Datasette's metadata.json.

Prints one line per check and ends with `N passed, 0 failed`; exits 1 on any failure.
"""

import csv
import io
import json
import pathlib
import re
import sys
from datetime import date, datetime
from decimal import Decimal

import sqlite3

import geojson
import icalendar
import pyshacl
import rdflib
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF
from dateutil.rrule import rrulestr

SITE = pathlib.Path(sys.argv[1])
KIND = sys.argv[2]
DATA = SITE / "data"
passed = 0
failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok    {what}")
    else:
        failed += 1
        print(f"FAIL  {what}")


def read_csv(name):
    raw = (DATA / f"{name}.csv").read_bytes()
    text = raw.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    return raw, rows


def read_excel_csv(name):
    raw = (DATA / f"{name}.excel.csv").read_bytes()
    text = raw.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    return raw, rows


# --- GeoJSON -----------------------------------------------------------------------------

def signed_area(ring):
    total = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        total += x1 * y2 - x2 * y1
    return total / 2


def decimals(number):
    text = repr(number)
    if "e" in text or "E" in text:
        return 0 if abs(number) < 1e-6 else 99
    return len(text.split(".")[1]) if "." in text else 0


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


geo_files = sorted(DATA.glob("*.geojson"))
check(
    [f.name for f in geo_files] == ["areas.geojson", "initiatives.geojson", "rooms.geojson"],
    f"GeoJSON files: {[f.name for f in geo_files]}",
)
for path in geo_files:
    text = path.read_text(encoding="utf-8")
    obj = geojson.loads(text)
    check(obj.is_valid, f"{path.name}: geojson.is_valid ({obj.errors() or 'no errors'})")
    raw = json.loads(text)
    check("crs" not in raw, f"{path.name}: no crs member")
    positions = []
    orientation_ok = True
    for feature in raw["features"]:
        geometry = feature["geometry"]
        if geometry["type"] == "Point":
            positions.append(geometry["coordinates"])
        for polygon in polygons_of(geometry):
            for index, ring in enumerate(polygon):
                positions.extend(ring)
                area = signed_area(ring)
                if (index == 0 and area <= 0) or (index > 0 and area >= 0):
                    orientation_ok = False
    check(orientation_ok, f"{path.name}: outer rings counter-clockwise, holes clockwise")
    check(
        all(decimals(x) <= 6 for p in positions for x in p),
        f"{path.name}: {len(positions)} positions, none with more than six decimals",
    )
    check(
        all(-180 <= p[0] <= 180 and -90 <= p[1] <= 90 for p in positions),
        f"{path.name}: positions are [longitude, latitude]",
    )

# --- iCalendar ---------------------------------------------------------------------------

ics_files = [DATA / "agenda.ics"] + sorted(SITE.glob("kamers/*/agenda.ics"))
all_rrules = {}
for path in ics_files:
    raw = path.read_bytes()
    calendar = icalendar.Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    timezones = list(calendar.walk("VTIMEZONE"))
    lines = raw.split(b"\r\n")
    good = (
        len(timezones) == 1
        and all(e.get("UID") and e.get("DTSTAMP") for e in events)
        and all(e.decoded("DTSTART").tzinfo is not None for e in events)
        and b"\n" not in raw.replace(b"\r\n", b"")
        and all(len(line) <= 75 for line in lines)
    )
    check(good, f"{path.relative_to(SITE)}: parses, {len(events)} events, CRLF, lines <= 75 octets")
    if path.name == "agenda.ics" and path.parent == DATA:
        for event in events:
            if "RRULE" in event:
                all_rrules[str(event["UID"])] = (event, event["RRULE"].to_ical().decode())
check(len(all_rrules) > 0, f"data/agenda.ics: {len(all_rrules)} repeating events (RRULE)")


def occurrences(event, count):
    start = event.decoded("DTSTART")
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    return [d.date() for d in rule[:count]] if count else [d.date() for d in rule]


if KIND == "fixture":
    by_title = {str(e["SUMMARY"]): (e, r) for e, r in all_rrules.values()}
    expected = {
        "Koffieochtend": (
            {"FREQ": ["WEEKLY"], "INTERVAL": [2], "BYDAY": ["WE"]},
            [date(2024, 1, 3), date(2024, 1, 17), date(2024, 1, 31)],
        ),
        "Eetclub": (
            {"FREQ": ["MONTHLY"], "BYDAY": ["-1TH"]},
            [date(2021, 1, 28), date(2021, 2, 25), date(2021, 3, 25)],
        ),
        "Spelletjesmiddag": (
            {"FREQ": ["MONTHLY"], "BYDAY": ["1WE"]},
            [date(2024, 2, 7), date(2024, 3, 6), date(2024, 4, 3)],
        ),
        "Taalcafé": (
            {"FREQ": ["WEEKLY"], "BYDAY": ["MO", "TH"]},
            [date(2021, 1, 4), date(2021, 1, 7), date(2021, 1, 11)],
        ),
    }
    for title, (parts, dates) in expected.items():
        event, _ = by_title.get(title, (None, ""))
        rule = {k: [str(v) if k == "BYDAY" else v for v in vs] for k, vs in event["RRULE"].items()} if event is not None else {}
        check(
            all(rule.get(k) == v for k, v in parts.items()),
            f"{title}: RRULE has {';'.join(k + '=' + ','.join(map(str, v)) for k, v in parts.items())}",
        )
        if event is not None:
            got = occurrences(event, len(dates))
            check(got == dates, f"{title}: first occurrences {[d.isoformat() for d in got]}")
    walk, _ = by_title["Zomerwandeling"]
    summer = occurrences(walk, 0)
    check(
        summer[0] == date(2025, 6, 7) and summer[-1] == date(2025, 8, 30) and len(summer) == 13,
        f"Zomerwandeling: {len(summer)} Saturdays from {summer[0]} to {summer[-1]} (UNTIL honoured)",
    )
    text = (DATA / "agenda.ics").read_text(encoding="utf-8")
    check("Oude inloop" not in text, "closed room's activity left out of agenda.ics")
    long_title = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(text).walk("VEVENT")]
    check(
        any(t.startswith("Koffie, thee & gezelligheid; één lange titel") for t in long_title),
        "folded and escaped long title reads back unchanged",
    )

# --- DCAT (JSON-LD) ----------------------------------------------------------------------

graph = rdflib.Graph()
graph.parse(DATA / "catalog.jsonld", format="json-ld")
catalogs = list(graph.subjects(RDF.type, DCAT.Catalog))
datasets = list(graph.subjects(RDF.type, DCAT.Dataset))
distributions = list(graph.subjects(RDF.type, DCAT.Distribution))
check(len(catalogs) == 1 and len(datasets) == 7, f"catalog.jsonld: {len(graph)} triples, 1 catalog, {len(datasets)} datasets")
check(
    all(
        graph.value(d, DCTERMS.title) is not None
        and graph.value(d, DCTERMS.title).language == "nl"
        and graph.value(graph.value(d, DCTERMS.publisher), FOAF.name) is not None
        and graph.value(d, DCAT.contactPoint) is not None
        and graph.value(d, DCAT.theme) is not None
        and graph.value(d, DCTERMS.modified) is not None
        for d in datasets
    ),
    "catalog.jsonld: every dataset has a Dutch title, publisher, contact point, theme and modified date",
)
check(
    len(distributions) >= 15
    and all(
        graph.value(d, DCTERMS.license) is not None
        and graph.value(d, DCAT.mediaType) is not None
        # The EU file-type list has no SQLite code; its media type says what it is.
        and (graph.value(d, DCTERMS.format) is not None or str(graph.value(d, DCAT.mediaType)).endswith("/vnd.sqlite3"))
        and str(graph.value(d, DCAT.downloadURL)).startswith("http")
        and (DATA / str(graph.value(d, DCAT.downloadURL)).split("/data/", 1)[1]).is_file()
        for d in distributions
    ),
    f"catalog.jsonld: {len(distributions)} distributions with licence, media type, format and a download URL of a built file",
)

# --- SHACL: DCAT-AP 3 and DCAT-AP-NL 3 ---------------------------------------------------

SHACL = pathlib.Path(__file__).resolve().parent.parent / "tests" / "shacl"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
for name, files in [
    ("DCAT-AP 3.0.1", ["dcat-ap-3.0.1/shapes.ttl", "dcat-ap-3.0.1/shapes_recommended.ttl", "dcat-ap-3.0.1/range.ttl"]),
    ("DCAT-AP-NL 3.0", [
        "dcat-ap-nl-3.0/dcat-ap-nl-SHACL.ttl",
        "dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik.ttl",
        "dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl",
        "dcat-ap-nl-3.0/dcat-ap-nl-SHACL-aanbevolen.ttl",
    ]),
]:
    shapes = rdflib.Graph()
    for file in files:
        shapes.parse(SHACL / file, format="turtle")
    # No inference: the catalogue states the class of every value itself.
    _, report, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    severities = {}
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = str(report.value(result, SH.resultSeverity)).split("#")[1]
        severities.setdefault(severity, []).append(result)
    for result in severities.get("Violation", [])[:20]:
        print(f"      {report.value(result, SH.focusNode)} {report.value(result, SH.resultPath)}: {report.value(result, SH.resultMessage)}")
    warned = sorted({str(report.value(r, SH.resultPath)).rsplit("/", 1)[-1] for r in severities.get("Warning", [])})
    check(
        not severities.get("Violation"),
        f"catalog.jsonld: {name} shapes, {len(severities.get('Violation', []))} violations "
        f"({len(severities.get('Warning', []))} warnings: {', '.join(warned) or 'none'})",
    )

licences = set(graph.objects(None, DCTERMS.license))
check(
    licences and all((l, RDF.type, DCTERMS.LicenseDocument) in graph and graph.value(l, DCTERMS.title) for l in licences),
    f"catalog.jsonld: licences {sorted(map(str, licences))} typed dct:LicenseDocument with a title",
)

# --- CSV ---------------------------------------------------------------------------------

NUMBER_COLUMNS = {
    "lat", "lon", "amount", "hours", "rate", "room_count", "initiative_count",
    "open_room_count", "host_volunteers", "activity_count", "pillar", "plan_stage",
    "interval", "monthly", "number", "line", "year",
}
YEARS = sorted(p.name[len("budget-"):-len(".csv")] for p in DATA.glob("budget-*.csv") if not p.name.endswith(".excel.csv"))
for name in ["rooms", "areas", "initiatives", "organisations", "activities", "budget"] + [f"budget-{y}" for y in YEARS]:
    raw, rows = read_csv(name)
    excel_raw, excel_rows = read_excel_csv(name)
    check(
        not raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""),
        f"{name}.csv: no BOM, CRLF line ends",
    )
    check(excel_raw.startswith(b"\xef\xbb\xbf"), f"{name}.excel.csv: BOM")
    same = len(rows) == len(excel_rows) and all(
        all(
            (e[k] == r[k].replace(".", ",")) if k in NUMBER_COLUMNS else e[k] == r[k]
            for k in r
        )
        for r, e in zip(rows, excel_rows)
    )
    check(same, f"{name}.csv and {name}.excel.csv: {len(rows)} rows, same values (decimal comma)")
    dangerous = [
        v for row in rows for k, v in row.items()
        if k not in NUMBER_COLUMNS and v[:1] in ("=", "+", "-", "@", "\t", "\r", "\n")
    ]
    check(not dangerous, f"{name}.csv: no text cell starts like a formula {dangerous[:3]}")

budget = read_csv("budget")[1]
if KIND == "fixture":
    rooms = {r["id"]: r for r in read_csv("rooms")[1]}
    check(rooms["formule"]["name"] == "'=SUM(1)", "rooms.csv: =SUM(1) made inert")
    check(rooms["formule"]["phone"] == "'+31581234567", "rooms.csv: +31 58 123 4567 in E.164, made inert")
    check(rooms["formule"]["summary"] == "'-x", "rooms.csv: -x made inert")
    check(rooms["de-kamer"]["lat"] == "53.251235", "rooms.csv: latitude rounded to six decimals")
    check(rooms["nieuwe-kamer"]["lat"] == "" and rooms["oude-school"]["status"] == "closed",
          "rooms.csv: planned room without place and closed room are in")
    orgs = {r["id"]: r for r in read_csv("organisations")[1]}
    check(orgs["thuis"]["name"] == "'@home", "organisations.csv: @home made inert")
    amounts = [r["amount"] for r in budget]
    check("-250.10" in amounts and "-0.99" in amounts, "budget.csv: negative amounts stay plain numbers")
    hours = [r for r in budget if r["item"] == "Vrijwilligersuren" and r["year"] == "2025"]
    check(hours and hours[0]["hours"] == "100.25" and hours[0]["rate"] == "8.80" and hours[0]["amount"] == "882.20",
          "budget.csv: hours x rate = 882.20")
    features = json.loads((DATA / "rooms.geojson").read_text())["features"]
    check(sorted(f["properties"]["id"] for f in features) == ["de-kamer", "formule", "oude-school"],
          "rooms.geojson: rooms with a place, closed one included, planned one left out")
else:
    rooms = {r["id"]: r for r in read_csv("rooms")[1]}
    check(rooms["bilgaard"]["name"] == "Buurtkamer Bilgaard", "rooms.csv: Bilgaard by name")
    check(rooms["nylan"]["name"] == "Buurthuis Nylân", "rooms.csv: UTF-8 names read back")
    sums = {}
    for row in budget:
        if row["budget"] == "uitvoeringsplan-sociale-basis" and row["direction"] == "expense":
            sums[row["year"]] = sums.get(row["year"], Decimal(0)) + Decimal(row["amount"])
    check(
        sums == {"2024": Decimal("365000.00"), "2025": Decimal("400000.00"), "2026": Decimal("260000.00")},
        f"budget.csv: uitvoeringsplan-sociale-basis expenses per year {dict((k, str(v)) for k, v in sorted(sums.items()))}",
    )

# --- SQLite ------------------------------------------------------------------------------

TABLES = ["rooms", "areas", "initiatives", "organisations", "activities", "budget"]
db = sqlite3.connect(f"file:{DATA / 'mienskip.sqlite'}?mode=ro", uri=True)
names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
check(set(TABLES) <= set(names) and "_columns" in names, f"mienskip.sqlite: tables {names}")
check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "mienskip.sqlite: integrity_check ok")
for name in TABLES:
    rows = read_csv(name)[1]
    count = db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
    check(count == len(rows), f"mienskip.sqlite: {name} has {count} rows, {name}.csv {len(rows)}")
broken = db.execute("PRAGMA foreign_key_check").fetchall()
keys = db.execute("SELECT \"table\", \"from\" FROM pragma_foreign_key_list('budget')").fetchall()
check(not broken and len(keys) == 5, f"mienskip.sqlite: budget has {len(keys)} foreign keys, none broken ({broken[:3]})")
rooms_key = db.execute("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('rooms')").fetchall()
check(rooms_key == [("areas", "area", "id")], f"mienskip.sqlite: rooms.area references areas.id {rooms_key}")
joined = db.execute("SELECT count(*) FROM rooms JOIN areas ON rooms.area = areas.id").fetchone()[0]
check(joined == len(read_csv("rooms")[1]), f"mienskip.sqlite: every room joins its area ({joined})")
csv_sum = sum(Decimal(r["amount"]) for r in budget)
sql_sum = Decimal(str(db.execute("SELECT round(sum(amount), 2) FROM budget").fetchone()[0])).quantize(Decimal("0.01"))
check(sql_sum == csv_sum, f"mienskip.sqlite: sum(amount) {sql_sum} = budget.csv {csv_sum}")
by_year = {}
for row in budget:
    by_year[row["year"]] = by_year.get(row["year"], 0) + 1
year_files = sorted(p.name for p in DATA.glob("budget-*.csv") if not p.name.endswith(".excel.csv"))
check(
    year_files == [f"budget-{y}.csv" for y in sorted(by_year)]
    and all(len(read_csv(f"budget-{y}")[1]) == n and all(r["year"] == y for r in read_csv(f"budget-{y}")[1]) for y, n in by_year.items()),
    f"budget-<year>.csv: {year_files}, each with the rows of its year",
)
described = dict(((t, c), d) for t, c, d in db.execute("SELECT table_name, column_name, description FROM _columns"))
header_ok = all(
    all((name, column) in described and described[(name, column)] for column in read_csv(name)[1][0].keys())
    for name in TABLES if read_csv(name)[1]
)
check(header_ok, f"mienskip.sqlite: _columns describes every column of every table ({len(described)})")
metadata = json.loads((DATA / "metadata.json").read_text(encoding="utf-8"))
tables_meta = metadata["databases"]["mienskip"]["tables"]
check(
    metadata.get("license") and metadata.get("license_url") and metadata.get("source_url")
    and all(tables_meta[n]["description"] and tables_meta[n]["columns"] for n in TABLES),
    "metadata.json: licence, source and every table described for Datasette",
)
db.close()

# --- changes.csv (issue #16: field-level changes from Git) ---------------------------------
# The example site is built inside mienskip's own repository, so its rows come from that
# history; the fixture is no repository and has none. Each row names a full commit id, a
# date, a known kind and change, and never an e-mail address.
changes_text = (DATA / "changes.csv").read_text(encoding="utf-8")
changes = list(csv.DictReader(io.StringIO(changes_text)))
check(
    all(
        re.fullmatch(r"[0-9a-f]{40}", r["commit"]) and r["commit"].startswith(r["commit_short"])
        and date.fromisoformat(r["date"])
        and r["kind"] in {"room", "area", "initiative", "organisation", "page", "budget"}
        and r["change"] in {"added", "changed", "removed"} and r["field"]
        for r in changes
    )
    and not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", "".join(r["author"] + r["message"] for r in changes)),
    f"changes.csv: {len(changes)} rows, each with a commit, a date, a kind and a field, no e-mail address",
)
if KIND == "example":
    check(len(changes) > 0, "changes.csv: the example's history gives rows")

print(f"{KIND}: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
