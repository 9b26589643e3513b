//! The open data under `site/data/` and beside the pages, read back as a user's tools would:
//! CSV with the `csv` crate, GeoJSON with the `geojson` crate, iCalendar as text, budgets
//! summed with `rust_decimal`. The fixture `tests/fixtures/open-data` has outlines drawn the
//! wrong way round, a hole, a MultiPolygon, a closed and a planned room, formula-like names,
//! negative amounts, hours x rate, and activities of every schedule kind.

use crate::common::*;
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// A built site in a temporary folder.
struct Built {
    _dir: tempfile::TempDir,
    site: PathBuf,
}

impl Built {
    fn bytes(&self, path: &str) -> Vec<u8> {
        std::fs::read(self.site.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }
    fn text(&self, path: &str) -> String {
        String::from_utf8(self.bytes(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }
    fn json(&self, path: &str) -> Value {
        serde_json::from_slice(&self.bytes(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }
    /// A GeoJSON file, read with the `geojson` crate.
    fn geojson(&self, path: &str) -> geojson::FeatureCollection {
        let parsed: geojson::GeoJson = self
            .text(path)
            .parse()
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        parsed.try_into().unwrap_or_else(|e| panic!("{path}: {e}"))
    }
}

fn build(root: &Path) -> Built {
    let (_dir, site) = build_ok(root);
    Built { _dir, site }
}

fn fixture_site() -> Built {
    build(&fixture("open-data"))
}

/// Header and records of a CSV file, read with the `csv` crate.
fn read_csv(bytes: &[u8], delimiter: u8) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            let record = r.unwrap();
            header
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_string))
                .collect()
        })
        .collect();
    (header, rows)
}

fn by_id(rows: &[BTreeMap<String, String>]) -> BTreeMap<String, BTreeMap<String, String>> {
    rows.iter().map(|r| (r["id"].clone(), r.clone())).collect()
}

const DATASETS: [&str; 6] = [
    "rooms",
    "areas",
    "initiatives",
    "organisations",
    "activities",
    "budget",
];

/// Every dataset: [`DATASETS`] and `changes`, which is empty outside a Git repository (its
/// rows are tested in `history`).
const ALL_DATASETS: [&str; 7] = [
    "rooms",
    "areas",
    "initiatives",
    "organisations",
    "activities",
    "budget",
    "changes",
];

#[test]
fn csv_is_rfc_4180_with_inert_formulas_and_plain_numbers() {
    let built = fixture_site();
    for name in DATASETS {
        let bytes = built.bytes(&format!("data/{name}.csv"));
        assert!(!bytes.starts_with(b"\xef\xbb\xbf"), "{name}.csv has a BOM");
        assert!(
            bytes.ends_with(b"\r\n"),
            "{name}.csv does not end with CRLF"
        );
        for (i, b) in bytes.iter().enumerate() {
            if *b == b'\n' {
                assert_eq!(bytes[i - 1], b'\r', "{name}.csv has a bare LF at {i}");
            }
        }
        let (header, rows) = read_csv(&bytes, b',');
        assert!(!rows.is_empty(), "{name}.csv is empty");
        for row in &rows {
            for (column, value) in row {
                if ["=", "+", "-", "@", "\t", "\r", "\n"]
                    .iter()
                    .any(|p| value.starts_with(p))
                {
                    // Only number columns may start with a minus sign.
                    assert!(
                        ["amount", "monthly", "lat", "lon", "hours"].contains(&column.as_str())
                            && value.parse::<f64>().is_ok(),
                        "{name}.csv: {column} = {value:?} is not inert"
                    );
                }
            }
        }
        let must_hold: &[&str] = match name {
            "rooms" => &[
                "id",
                "name",
                "kind",
                "status",
                "area",
                "street",
                "postcode",
                "city",
                "lat",
                "lon",
                "location_approximate",
                "opened",
                "closed",
                "url",
            ],
            "areas" => &[
                "id",
                "name",
                "cbs_codes",
                "room_count",
                "initiative_count",
                "url",
            ],
            "initiatives" => &[
                "id", "title", "status", "areas", "rooms", "pillar", "started", "ended", "url",
            ],
            "organisations" => &["id", "name", "kind", "website", "url"],
            "activities" => &[
                "room", "title", "days", "from", "to", "date", "interval", "monthly", "starts",
                "ends",
            ],
            _ => &[
                "budget",
                "year",
                "status",
                "direction",
                "group",
                "item",
                "amount",
                "in_kind",
                "hours",
                "rate",
                "area",
                "room",
                "initiative",
                "organisation",
            ],
        };
        for column in must_hold {
            assert!(
                header.iter().any(|h| h == column),
                "{name}.csv lacks {column}"
            );
        }
    }

    let (_, rooms) = read_csv(&built.bytes("data/rooms.csv"), b',');
    let rooms = by_id(&rooms);
    assert_eq!(rooms.len(), 4, "closed and planned rooms stay in the CSV");
    let formula = &rooms["formule"];
    assert_eq!(formula["name"], "'=SUM(1)");
    assert_eq!(formula["phone"], "'+31581234567", "E.164, made inert");
    assert_eq!(formula["summary"], "'-x");
    assert_eq!(formula["street"], "'@home 1");
    let kamer = &rooms["de-kamer"];
    assert_eq!(kamer["lat"], "53.251235");
    assert_eq!(kamer["lon"], "5.801235");
    assert_eq!(kamer["location_approximate"], "true");
    assert_eq!(kamer["facilities"], "koffie;wifi");
    assert_eq!(kamer["organisations"], "welzijn;min");
    assert_eq!(kamer["host_volunteers"], "4");
    assert_eq!(kamer["closed"], "");
    assert_eq!(
        kamer["url"],
        "https://data.example.nl/buurt/kamers/de-kamer/"
    );
    assert_eq!(rooms["oude-school"]["status"], "closed");
    assert_eq!(rooms["oude-school"]["closed"], "2022-09-01");
    assert_eq!(rooms["nieuwe-kamer"]["lat"], "");
    assert_eq!(rooms["nieuwe-kamer"]["manager"], "");

    let (_, organisations) = read_csv(&built.bytes("data/organisations.csv"), b',');
    let organisations = by_id(&organisations);
    assert_eq!(organisations["min"]["name"], "'-x");
    assert_eq!(organisations["thuis"]["name"], "'@home");
    let (_, initiatives) = read_csv(&built.bytes("data/initiatives.csv"), b',');
    let initiatives = by_id(&initiatives);
    assert_eq!(initiatives["repair-cafe"]["title"], "'+31 58");
    assert_eq!(initiatives["repair-cafe"]["pillar"], "2");
    assert_eq!(initiatives["moestuin"]["areas"], "zuid;oost");

    let (_, areas) = read_csv(&built.bytes("data/areas.csv"), b',');
    let areas = by_id(&areas);
    assert_eq!(areas["noord"]["cbs_codes"], "WK999901;BU99990101");
    assert_eq!(areas["noord"]["room_count"], "2");
    assert_eq!(areas["zuid"]["room_count"], "1");
    assert_eq!(areas["zuid"]["open_room_count"], "0");
    assert_eq!(areas["oost"]["initiative_count"], "1");
    assert_eq!(areas["noord"]["team_phone"], "'+31580000000");

    let (_, budget) = read_csv(&built.bytes("data/budget.csv"), b',');
    let amounts: Vec<&str> = budget.iter().map(|r| r["amount"].as_str()).collect();
    assert!(amounts.contains(&"-250.10"), "{amounts:?}");
    assert!(amounts.contains(&"-0.99"), "{amounts:?}");
    assert!(amounts.contains(&"45000.00"), "{amounts:?}");
    for amount in &amounts {
        let (_, cents) = amount.split_once('.').expect("a decimal point");
        assert_eq!(cents.len(), 2, "{amount}");
    }
    let correction = budget.iter().find(|r| r["amount"] == "-250.10").unwrap();
    assert_eq!(correction["item"], "'=Correctie");
    assert_eq!(correction["year"], "2025");
    assert_eq!(correction["in_kind"], "false");
    assert_eq!(correction["hours"], "");
    let hours: Vec<_> = budget
        .iter()
        .filter(|r| r["item"] == "Vrijwilligersuren")
        .collect();
    assert_eq!(hours.len(), 2);
    assert_eq!(
        (
            hours[0]["hours"].as_str(),
            hours[0]["rate"].as_str(),
            hours[0]["amount"].as_str(),
            hours[0]["in_kind"].as_str()
        ),
        ("4687.5", "8.80", "41250.00", "true")
    );
    assert_eq!(
        (hours[1]["hours"].as_str(), hours[1]["amount"].as_str()),
        ("100.25", "882.20")
    );
    let income = budget.iter().find(|r| r["direction"] == "income").unwrap();
    assert_eq!(income["organisation"], "thuis");
    assert_eq!(income["group"], "");

    let (_, activities) = read_csv(&built.bytes("data/activities.csv"), b',');
    let koffie = activities
        .iter()
        .find(|r| r["title"] == "Koffieochtend")
        .unwrap();
    assert_eq!(
        (
            koffie["days"].as_str(),
            koffie["interval"].as_str(),
            koffie["starts"].as_str(),
            koffie["ends"].as_str(),
            koffie["from"].as_str()
        ),
        ("wo", "2", "2024-01-03", "2030-12-31", "10:00")
    );
    let eetclub = activities.iter().find(|r| r["title"] == "Eetclub").unwrap();
    assert_eq!(eetclub["monthly"], "-1");
    assert_eq!(eetclub["interval"], "");
    let taal = activities
        .iter()
        .find(|r| r["title"] == "Taalcafé")
        .unwrap();
    assert_eq!(taal["days"], "ma;do");
    let open = activities
        .iter()
        .find(|r| r["title"] == "Open dag")
        .unwrap();
    assert_eq!(open["date"], "2025-03-15");
    assert_eq!(open["days"], "");
    let old = activities
        .iter()
        .find(|r| r["title"] == "Oude inloop")
        .unwrap();
    assert_eq!(
        old["uid"], "",
        "closed rooms' activities are not in the agenda"
    );
    let hyperlink = activities
        .iter()
        .find(|r| r["room"] == "formule" && r["kind"] == "once")
        .unwrap();
    assert_eq!(hyperlink["title"], "'=HYPERLINK(\"x\")");
}

#[test]
fn excel_twins_have_a_bom_semicolons_and_decimal_commas() {
    let built = fixture_site();
    for name in DATASETS {
        let plain = built.bytes(&format!("data/{name}.csv"));
        let excel = built.bytes(&format!("data/{name}.excel.csv"));
        let body = excel
            .strip_prefix(b"\xef\xbb\xbf".as_slice())
            .unwrap_or_else(|| panic!("{name}.excel.csv has no BOM"));
        assert!(
            body.starts_with(b"id;") || body.starts_with(b"room;") || body.starts_with(b"budget;"),
            "{name}.excel.csv is not ;-separated"
        );
        let (plain_header, plain_rows) = read_csv(&plain, b',');
        let (excel_header, excel_rows) = read_csv(body, b';');
        assert_eq!(plain_header, excel_header);
        assert_eq!(plain_rows.len(), excel_rows.len());
    }
    let (_, budget) = read_csv(&built.bytes("data/budget.excel.csv")[3..], b';');
    let amounts: Vec<&str> = budget.iter().map(|r| r["amount"].as_str()).collect();
    assert!(amounts.contains(&"-250,10"), "{amounts:?}");
    assert!(amounts.contains(&"50000,50"), "{amounts:?}");
    let hours = budget
        .iter()
        .find(|r| r["item"] == "Vrijwilligersuren")
        .unwrap();
    assert_eq!(
        (hours["hours"].as_str(), hours["rate"].as_str()),
        ("4687,5", "8,80")
    );
    let (_, rooms) = read_csv(&built.bytes("data/rooms.excel.csv")[3..], b';');
    let rooms = by_id(&rooms);
    assert_eq!(rooms["de-kamer"]["lat"], "53,251235");
    assert_eq!(rooms["de-kamer"]["facilities"], "koffie;wifi");
    assert_eq!(rooms["formule"]["name"], "'=SUM(1)");
    assert_eq!(
        rooms["de-kamer"]["url"], "https://data.example.nl/buurt/kamers/de-kamer/",
        "only number columns get a decimal comma"
    );
}

#[test]
fn budget_csv_adds_up_to_every_declared_total_to_the_cent() {
    let root = fixture("open-data");
    let site = mienskip::check(&root).site.expect("the fixture is valid");
    let built = fixture_site();
    let (_, rows) = read_csv(&built.bytes("data/budget.csv"), b',');
    let mut checked = 0;
    for budget in &site.budgets {
        for total in &budget.totals {
            for (year, (declared, _)) in &total.amounts {
                let sum: Decimal = rows
                    .iter()
                    .filter(|r| r["budget"] == budget.id && r["year"] == year.to_string())
                    .filter(|r| r["direction"] == total.direction.as_str())
                    .filter(|r| total.group.as_ref().is_none_or(|g| &r["group"] == g))
                    .filter(|r| total.in_kind.is_none_or(|k| r["in_kind"] == k.to_string()))
                    .map(|r| Decimal::from_str(&r["amount"]).unwrap())
                    .sum();
                assert_eq!(
                    sum, *declared,
                    "{} {year} {:?}: budget.csv sums to {sum}, the file declares {declared}",
                    budget.id, total
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 11, "every declared total and year is checked");
    // And per year, direction and group, straight from the rows.
    let mut sums: BTreeMap<(String, String, String, String), Decimal> = BTreeMap::new();
    for r in &rows {
        *sums
            .entry((
                r["budget"].clone(),
                r["year"].clone(),
                r["direction"].clone(),
                r["group"].clone(),
            ))
            .or_default() += Decimal::from_str(&r["amount"]).unwrap();
    }
    let key = |b: &str, y: &str, d: &str, g: &str| (b.into(), y.into(), d.into(), g.into());
    assert_eq!(
        sums[&key("plan", "2025", "expense", "Pijler 2: Ontmoeting")],
        Decimal::from_str("1932.10").unwrap()
    );
    assert_eq!(
        sums[&key("realisatie", "2024", "expense", "Pijler 1: Maatwerk")],
        Decimal::from_str("44321.00").unwrap()
    );
}

#[test]
fn example_budget_csv_gives_the_plan_totals() {
    let built = build(Path::new(env!("CARGO_MANIFEST_DIR")));
    let (_, rows) = read_csv(&built.bytes("data/budget.csv"), b',');
    let mut sums: BTreeMap<String, Decimal> = BTreeMap::new();
    for r in rows
        .iter()
        .filter(|r| r["budget"] == "uitvoeringsplan-sociale-basis" && r["direction"] == "expense")
    {
        *sums.entry(r["year"].clone()).or_default() += Decimal::from_str(&r["amount"]).unwrap();
    }
    let printed: Vec<(String, String)> = sums
        .iter()
        .map(|(y, s)| (y.clone(), format!("{s:.2}")))
        .collect();
    assert_eq!(
        printed,
        [
            ("2024".to_string(), "365000.00".to_string()),
            ("2025".to_string(), "400000.00".to_string()),
            ("2026".to_string(), "260000.00".to_string()),
        ]
    );
    // The example's data package names every dataset, then each budget year, then the
    // database.
    let package = built.json("data/datapackage.json");
    let names: Vec<&str> = package["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names[..ALL_DATASETS.len()], ALL_DATASETS);
    assert_eq!(
        names[ALL_DATASETS.len()..],
        [
            "budget-2023",
            "budget-2024",
            "budget-2025",
            "budget-2026",
            "mienskip"
        ]
    );
    // Every line is an expense of a plan: the Fiscal Data Package says so on the measure.
    let amount = &package["model"]["measures"]["amount"];
    assert_eq!(amount["direction"], "expenditure");
    assert_eq!(amount["phase"], "approved");
    // The publisher is named by its TOOI identifier in the catalogue.
    let catalog = built.json("data/catalog.jsonld");
    let publisher = &catalog["dcat:dataset"][0]["dct:publisher"];
    assert_eq!(
        publisher["@id"],
        "https://identifier.overheid.nl/tooi/id/gemeente/gm0080"
    );
    assert_eq!(
        publisher["dct:type"]["@id"],
        "http://purl.org/adms/publishertype/LocalAuthority"
    );
}

/// The planar signed area of a ring; positive when counter-clockwise.
fn signed_area(ring: &[Vec<f64>]) -> f64 {
    ring.windows(2)
        .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
        .sum::<f64>()
        / 2.0
}

fn rings(polygon: &[Vec<geojson::Position>]) -> Vec<Vec<Vec<f64>>> {
    polygon
        .iter()
        .map(|ring| ring.iter().map(|p| vec![p[0], p[1]]).collect())
        .collect()
}

/// Every number in a JSON text, as written.
fn numbers_in(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Number(n) => out.push(n.to_string()),
        Value::Array(items) => items.iter().for_each(|v| numbers_in(v, out)),
        Value::Object(map) => map.values().for_each(|v| numbers_in(v, out)),
        _ => {}
    }
}

#[test]
fn geojson_follows_rfc_7946() {
    let built = fixture_site();
    for name in ["rooms", "areas", "initiatives"] {
        let text = built.text(&format!("data/{name}.geojson"));
        let raw: Value = serde_json::from_str(&text).unwrap();
        assert!(raw.get("crs").is_none(), "{name}.geojson has a crs");
        let mut coordinates = Vec::new();
        for feature in raw["features"].as_array().unwrap() {
            numbers_in(&feature["geometry"]["coordinates"], &mut coordinates);
        }
        for number in &coordinates {
            let decimals = number.split_once('.').map_or(0, |(_, d)| d.len());
            assert!(
                decimals <= 6 && !number.contains('e'),
                "{name}.geojson: {number}"
            );
        }
        // Properties are the CSV's columns.
        let (header, _) = read_csv(&built.bytes(&format!("data/{name}.csv")), b',');
        let collection: geojson::FeatureCollection = text
            .parse::<geojson::GeoJson>()
            .unwrap()
            .try_into()
            .unwrap();
        for feature in &collection.features {
            let keys: BTreeSet<&String> = feature.properties.as_ref().unwrap().keys().collect();
            assert_eq!(
                keys,
                header.iter().collect::<BTreeSet<_>>(),
                "{name}.geojson"
            );
        }
    }

    let areas = built.geojson("data/areas.geojson");
    let area = |id: &str| {
        areas
            .features
            .iter()
            .find(|f| f.property("id").and_then(Value::as_str) == Some(id))
            .unwrap_or_else(|| panic!("{id} not in areas.geojson"))
    };
    assert_eq!(
        areas.features.len(),
        2,
        "an area without outline has no feature"
    );
    // Noord: a clockwise outer ring with a counter-clockwise hole in the editor's file.
    let noord = area("noord").geometry.as_ref().unwrap();
    let geojson::GeometryValue::Polygon { coordinates } = &noord.value else {
        panic!("noord is a Polygon");
    };
    let noord = rings(coordinates);
    assert_eq!(noord.len(), 2, "the hole is kept");
    assert!(signed_area(&noord[0]) > 0.0, "outer ring counter-clockwise");
    assert!(signed_area(&noord[1]) < 0.0, "hole clockwise");
    assert_eq!(noord[0][0], vec![5.7, 53.2], "rounded to six decimals");
    assert_eq!(noord[0].first(), noord[0].last());
    // Zuid: a MultiPolygon of two parts, one of them clockwise in the file.
    let zuid = area("zuid").geometry.as_ref().unwrap();
    let geojson::GeometryValue::MultiPolygon { coordinates } = &zuid.value else {
        panic!("zuid stays a MultiPolygon");
    };
    assert_eq!(coordinates.len(), 2);
    for polygon in coordinates {
        let polygon = rings(polygon);
        assert!(
            signed_area(&polygon[0]) > 0.0,
            "outer ring counter-clockwise"
        );
    }
    let first = rings(&coordinates[0]);
    assert!(
        first[0].contains(&vec![5.701235, 53.191235]),
        "{:?}",
        first[0]
    );

    let rooms = built.geojson("data/rooms.geojson");
    let ids: Vec<&str> = rooms
        .features
        .iter()
        .map(|f| f.property("id").and_then(Value::as_str).unwrap())
        .collect();
    assert_eq!(
        ids,
        ["de-kamer", "formule", "oude-school"],
        "the planned room has no place"
    );
    let kamer = &rooms.features[0];
    let geojson::GeometryValue::Point { coordinates } = &kamer.geometry.as_ref().unwrap().value
    else {
        panic!("a room is a Point");
    };
    assert_eq!(
        (coordinates[0], coordinates[1]),
        (5.801235, 53.251235),
        "longitude first"
    );
    assert_eq!(kamer.property("lat"), Some(&serde_json::json!(53.251235)));
    assert_eq!(
        kamer.property("facilities"),
        Some(&serde_json::json!(["koffie", "wifi"]))
    );
    assert_eq!(
        rooms.features[2].property("status").and_then(Value::as_str),
        Some("closed")
    );
    assert_eq!(
        rooms.features[1].property("name").and_then(Value::as_str),
        Some("=SUM(1)"),
        "GeoJSON is no spreadsheet: text stays as written"
    );

    let initiatives = built.geojson("data/initiatives.geojson");
    assert_eq!(
        initiatives.features.len(),
        1,
        "only initiatives with a location"
    );
}

/// The content lines of an iCalendar text, unfolded.
fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in text.split("\r\n") {
        if let Some(rest) = line.strip_prefix(' ') {
            lines.last_mut().unwrap().push_str(rest);
        } else if !line.is_empty() {
            lines.push(line.to_string());
        }
    }
    lines
}

/// The events of a calendar, each as its unfolded lines.
fn events(text: &str) -> Vec<Vec<String>> {
    let mut events = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in unfold(text) {
        match line.as_str() {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => events.push(current.take().unwrap()),
            _ => {
                if let Some(event) = current.as_mut() {
                    event.push(line);
                }
            }
        }
    }
    events
}

fn event<'a>(events: &'a [Vec<String>], summary: &str) -> &'a Vec<String> {
    events
        .iter()
        .find(|e| e.iter().any(|l| l == &format!("SUMMARY:{summary}")))
        .unwrap_or_else(|| panic!("no event {summary}"))
}

fn value<'a>(event: &'a [String], name: &str) -> Option<&'a str> {
    event.iter().find_map(|l| {
        l.strip_prefix(name)
            .and_then(|rest| rest.strip_prefix(':').or_else(|| rest.strip_prefix(';')))
    })
}

#[test]
fn icalendar_has_rules_zones_and_folded_lines() {
    let built = fixture_site();
    let bytes = built.bytes("data/agenda.ics");
    assert!(bytes.ends_with(b"END:VCALENDAR\r\n"));
    for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
        if line.is_empty() {
            continue;
        }
        let line = line.strip_suffix(b"\r").expect("CRLF line ends");
        assert!(line.len() <= 75, "line {i} has {} octets", line.len());
        assert!(
            std::str::from_utf8(line).is_ok(),
            "line {i} was folded inside a UTF-8 sequence"
        );
    }
    let text = built.text("data/agenda.ics");
    assert!(text.contains("\r\n "), "the long title is folded");
    let lines = unfold(&text);
    for expected in [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Amsterdam",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
    ] {
        assert!(lines.iter().any(|l| l == expected), "no {expected}");
    }
    let events = events(&text);
    assert_eq!(
        events.len(),
        9,
        "seven activities of De Kamer, two of =SUM(1)"
    );

    let koffie = event(&events, "Koffieochtend");
    assert_eq!(
        value(koffie, "UID"),
        Some("de-kamer-20240103T1000@data.example.nl"),
        "from the room and the first occurrence, not the title (issue #14)"
    );
    assert_eq!(value(koffie, "DTSTAMP"), Some("20251123T000000Z"));
    assert_eq!(
        value(koffie, "DTSTART"),
        Some("TZID=Europe/Amsterdam:20240103T100000")
    );
    assert_eq!(
        value(koffie, "DTEND"),
        Some("TZID=Europe/Amsterdam:20240103T120000")
    );
    let rule = value(koffie, "RRULE").unwrap();
    assert!(
        rule.starts_with("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        "{rule}"
    );
    assert!(rule.ends_with(";UNTIL=20301231T225959Z"), "{rule}");

    // Each activity's rule and first start:
    // - without `starts`, the first occurrence on or after the room's opening (2021-01-01);
    // - `ends` in summer time: the end of 31 August in Amsterdam is 21:59:59 UTC;
    // - without `starts` in a room without `opened`: from 2024-01-01, never the build date.
    for (title, rule, start) in [
        ("Eetclub", "FREQ=MONTHLY;BYDAY=-1TH", "20210128T173000"),
        (
            "Spelletjesmiddag",
            "FREQ=MONTHLY;BYDAY=1WE",
            "20240207T140000",
        ),
        ("Taalcafé", "FREQ=WEEKLY;BYDAY=MO,TH", "20210104T140000"),
        (
            "Zomerwandeling",
            "FREQ=WEEKLY;BYDAY=SA;UNTIL=20250831T215959Z",
            "20250607T093000",
        ),
        ("Inloop", "FREQ=WEEKLY;BYDAY=TU", "20240102T090000"),
    ] {
        let activity = event(&events, title);
        assert_eq!(value(activity, "RRULE"), Some(rule), "{title}");
        let start = format!("TZID=Europe/Amsterdam:{start}");
        assert_eq!(value(activity, "DTSTART"), Some(start.as_str()), "{title}");
    }
    let inloop = event(&events, "Inloop");
    assert_eq!(
        value(inloop, "UID"),
        Some("formule-20240102T0900@data.example.nl")
    );
    let open = event(&events, "Open dag");
    assert_eq!(value(open, "RRULE"), None, "a dated activity happens once");
    assert_eq!(
        value(open, "DTSTART"),
        Some("TZID=Europe/Amsterdam:20250315T130000")
    );
    // Text is escaped.
    event(
        &events,
        "Koffie\\, thee & gezelligheid\\; één lange titel met accenten: café\\, crème brûlée\\, naïef — om te vouwen",
    );
    assert_eq!(
        value(koffie, "LOCATION"),
        Some("Buurtkamer De Kamer\\, Voorbeeldstraat 1\\, 8900 AA Teststad")
    );
    assert!(!text.contains("Oude inloop"), "closed rooms are left out");

    // Every room has its own calendar beside its page.
    let own = built.text("kamers/de-kamer/agenda.ics");
    assert_eq!(self::events(&own).len(), 7);
    assert!(own.contains("BEGIN:VTIMEZONE"));
    let closed = built.text("kamers/oude-school/agenda.ics");
    assert!(closed.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(self::events(&closed).len(), 0);
    assert!(built.site.join("kamers/nieuwe-kamer/agenda.ics").is_file());
}

#[test]
fn data_package_describes_every_csv() {
    let built = fixture_site();
    let package = built.json("data/datapackage.json");
    assert_eq!(package["profile"], "data-package");
    assert_eq!(package["countryCode"], "NL");
    for source in package["sources"].as_array().unwrap() {
        assert!(source["path"]
            .as_str()
            .unwrap()
            .starts_with("https://data.example.nl/buurt/begroting/documenten/"));
    }
    assert_eq!(package["licenses"][0]["name"], "CC-BY-4.0");
    assert_eq!(
        package["licenses"][0]["path"],
        "https://creativecommons.org/licenses/by/4.0/"
    );
    let resources = package["resources"].as_array().unwrap();
    let names: Vec<&str> = resources
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "rooms",
            "areas",
            "initiatives",
            "organisations",
            "activities",
            "budget",
            "changes",
            "budget-2024",
            "budget-2025",
            "mienskip"
        ]
    );
    let database = resources.last().unwrap();
    assert_eq!(database["path"], "mienskip.sqlite");
    assert_eq!(database["mediatype"], "application/vnd.sqlite3");
    for resource in &resources[..resources.len() - 1] {
        let name = resource["name"].as_str().unwrap();
        assert_eq!(resource["path"], format!("{name}.csv"));
        assert_eq!(resource["profile"], "tabular-data-resource");
        let fields = resource["schema"]["fields"].as_array().unwrap();
        let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        let (header, _) = read_csv(&built.bytes(&format!("data/{name}.csv")), b',');
        assert_eq!(names, header, "{name}: schema and CSV columns");
        for field in fields {
            assert!(!field["title"].as_str().unwrap().is_empty());
            assert!(!field["description"].as_str().unwrap().is_empty());
        }
        assert!(!resource["schema"]["primaryKey"]
            .as_array()
            .unwrap()
            .is_empty());
    }
    let resource = |name: &str| resources.iter().find(|r| r["name"] == name).unwrap();
    let field = |resource: &Value, name: &str| named(&resource["schema"]["fields"], name).clone();
    let rooms = resource("rooms");
    assert_eq!(field(rooms, "lat")["type"], "number");
    assert_eq!(field(rooms, "opened")["type"], "date");
    assert_eq!(field(rooms, "location_approximate")["type"], "boolean");
    assert_eq!(field(rooms, "name")["title"], "Naam");
    assert_eq!(
        rooms["schema"]["foreignKeys"],
        serde_json::json!([{ "fields": ["area"], "reference": { "resource": "areas", "fields": ["id"] } }])
    );
    assert!(
        resource("initiatives")["schema"]
            .get("foreignKeys")
            .is_none(),
        "list columns have no foreign keys"
    );
    let budget = resource("budget");
    assert_eq!(field(budget, "amount")["type"], "number");
    assert_eq!(
        budget["schema"]["primaryKey"],
        serde_json::json!(["budget", "line", "year"])
    );
    // area, room, initiative, organisation (the funder) and owner.
    let keys = budget["schema"]["foreignKeys"].as_array().unwrap();
    assert_eq!(keys.len(), 5);
    assert!(keys
        .iter()
        .any(|k| k["fields"] == serde_json::json!(["owner"])
            && k["reference"]["resource"] == "organisations"));
    // Fiscal Data Package model.
    let model = &package["model"];
    assert_eq!(model["measures"]["amount"]["source"], "amount");
    assert_eq!(model["measures"]["amount"]["currency"], "EUR");
    // Income and expense, plan and actuals are mixed here: the measure cannot say one
    // direction or phase, so it says none (the example site's budgets say both).
    assert!(model["measures"]["amount"].get("direction").is_none());
    assert!(model["measures"]["amount"].get("phase").is_none());
    let dimensions = model["dimensions"].as_object().unwrap();
    assert!(
        !serde_json::to_string(model)
            .unwrap()
            .contains("valueMapping"),
        "no made-up value mappings"
    );
    for (dimension, source) in [
        ("fiscal-year", "year"),
        ("direction", "direction"),
        ("phase", "status"),
        ("funding-source", "organisation"),
    ] {
        let attributes = dimensions[dimension]["attributes"].as_object().unwrap();
        assert!(
            attributes.values().any(|a| a["source"] == source),
            "{dimension} from {source}"
        );
    }
    assert_eq!(
        dimensions["classification"]["attributes"]["code"]["source"],
        "group"
    );
}

#[test]
fn catalog_is_dcat_ap_json_ld() {
    let built = fixture_site();
    let catalog = built.json("data/catalog.jsonld");
    assert_eq!(catalog["@context"]["dcat"], "http://www.w3.org/ns/dcat#");
    assert_eq!(catalog["@context"]["dct"], "http://purl.org/dc/terms/");
    assert_eq!(catalog["@type"], "dcat:Catalog");
    let datasets = catalog["dcat:dataset"].as_array().unwrap();
    assert_eq!(datasets.len(), ALL_DATASETS.len());
    let soci = "http://publications.europa.eu/resource/authority/data-theme/SOCI";
    let gove = "http://publications.europa.eu/resource/authority/data-theme/GOVE";
    let mut files = BTreeSet::new();
    for dataset in datasets {
        assert_eq!(dataset["@type"], "dcat:Dataset");
        assert_eq!(dataset["dct:title"]["@language"], "nl");
        assert!(!dataset["dct:description"]["@value"]
            .as_str()
            .unwrap()
            .is_empty());
        assert_eq!(dataset["dct:publisher"]["@type"], "foaf:Agent");
        assert_eq!(dataset["dct:publisher"]["foaf:name"], "Gemeente Teststad");
        assert_eq!(
            dataset["dcat:contactPoint"]["vcard:hasEmail"]["@id"],
            "mailto:opendata@example.nl"
        );
        assert_eq!(dataset["dct:modified"]["@value"], "2025-11-23");
        let themes: Vec<&str> = dataset["dcat:theme"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["@id"].as_str().unwrap())
            .collect();
        assert!(themes.contains(&soci));
        let is_budget = dataset["dct:title"]["@value"]
            .as_str()
            .unwrap()
            .starts_with("Begroting");
        assert_eq!(themes.contains(&gove), is_budget);
        assert_eq!(dataset["dct:creator"], dataset["dct:publisher"]);
        // Where the data is: the box around every outline and place, as WKT.
        let bbox = dataset["dct:spatial"]["dcat:bbox"]["@value"]
            .as_str()
            .unwrap();
        assert!(
            bbox.starts_with("POLYGON((") && bbox.ends_with("))"),
            "{bbox}"
        );
        assert_eq!(dataset["dcat:landingPage"]["@type"], "foaf:Document");
        for distribution in dataset["dcat:distribution"].as_array().unwrap() {
            assert_eq!(distribution["@type"], "dcat:Distribution");
            // DCAT-AP-NL's licence list, typed, with the title CKAN's licence list uses.
            let licence = &distribution["dct:license"];
            assert_eq!(
                licence["@id"],
                "https://definities.geostandaarden.nl/dcat-ap-nl/id/waardelijst/licenties/naamsvermelding40"
            );
            assert_eq!(licence["@type"], "dct:LicenseDocument");
            assert_eq!(licence["dct:title"], "Creative Commons Attribution");
            assert_eq!(distribution["dcat:mediaType"]["@type"], "dct:MediaType");
            let url = distribution["dcat:downloadURL"]["@id"].as_str().unwrap();
            assert_eq!(distribution["dcat:accessURL"]["@id"], url);
            let path = url
                .strip_prefix("https://data.example.nl/buurt/")
                .unwrap_or_else(|| panic!("{url} is not absolute"));
            assert!(built.site.join(path).is_file(), "{path} does not exist");
            assert!(distribution["dcat:mediaType"]["@id"]
                .as_str()
                .unwrap()
                .starts_with("https://www.iana.org/assignments/media-types/"));
            if path != "data/mienskip.sqlite" {
                assert!(distribution["dct:format"]["@id"]
                    .as_str()
                    .unwrap()
                    .starts_with("http://publications.europa.eu/resource/authority/file-type/"));
            }
            files.insert(path.to_string());
        }
    }
    for expected in [
        "data/rooms.csv",
        "data/rooms.excel.csv",
        "data/rooms.geojson",
        "data/areas.geojson",
        "data/initiatives.geojson",
        "data/agenda.ics",
        "data/budget.excel.csv",
        "data/budget-2024.csv",
        "data/budget-2025.csv",
        "data/mienskip.sqlite",
    ] {
        assert!(files.contains(expected), "no distribution {expected}");
    }
}

#[test]
fn every_item_page_has_a_json_twin() {
    let built = fixture_site();
    for (section, ids) in [
        (
            "kamers",
            &["de-kamer", "formule", "nieuwe-kamer", "oude-school"][..],
        ),
        ("gebieden", &["noord", "oost", "zuid"][..]),
        ("initiatieven", &["moestuin", "repair-cafe"][..]),
        ("organisaties", &["min", "thuis", "welzijn"][..]),
    ] {
        for id in ids {
            assert!(built
                .site
                .join(format!("{section}/{id}/index.html"))
                .is_file());
            let json = built.json(&format!("{section}/{id}/index.json"));
            assert_eq!(json["id"], *id, "{section}/{id}");
            assert_eq!(
                json["url"],
                format!("https://data.example.nl/buurt/{section}/{id}/")
            );
        }
    }
    let kamer = built.json("kamers/de-kamer/index.json");
    assert_eq!(kamer["area"], "noord");
    assert_eq!(
        kamer["location"],
        serde_json::json!({ "lat": 53.251235, "lon": 5.801235 })
    );
    assert_eq!(kamer["activities"].as_array().unwrap().len(), 7);
    assert_eq!(kamer["activities"][0]["interval"], 2);
    assert_eq!(kamer["activities"][1]["monthly"], -1);
    assert_eq!(kamer["budget_lines"][0]["amounts"]["2024"], "1250.25");
    let noord = built.json("gebieden/noord/index.json");
    assert_eq!(noord["geometry"]["type"], "Polygon");
    assert_eq!(noord["rooms"], serde_json::json!(["de-kamer", "formule"]));
    let thuis = built.json("organisaties/thuis/index.json");
    assert_eq!(thuis["name"], "@home");
    assert_eq!(thuis["budget_lines"][0]["amounts"]["2025"], "2500.75");
    // Keys come in a fixed order.
    let text = built.text("kamers/de-kamer/index.json");
    assert!(text.find("\"id\"").unwrap() < text.find("\"name\"").unwrap());
}

#[test]
fn open_data_is_byte_identical_between_builds() {
    let first = fixture_site();
    let second = fixture_site();
    let data = |b: &Built| {
        tree(&b.site)
            .into_iter()
            .filter(|(p, _)| p.starts_with("data/") || p.ends_with(".json") || p.ends_with(".ics"))
            .collect::<Vec<_>>()
    };
    let a = data(&first);
    assert!(a.len() > 20);
    assert!(a == data(&second), "two builds differ");
}

#[test]
fn datasets_list_every_file_and_column() {
    let root = fixture("open-data");
    let site = mienskip::check(&root).site.expect("the fixture is valid");
    let datasets = mienskip::outputs::data::datasets(&site);
    let built = fixture_site();
    let names: Vec<&str> = datasets.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ALL_DATASETS);
    for dataset in &datasets {
        assert!(!dataset.title.is_empty() && !dataset.description.is_empty());
        let (header, _) = read_csv(&built.bytes(&format!("data/{}.csv", dataset.name)), b',');
        let columns: Vec<&str> = dataset.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(columns, header);
        for file in &dataset.files {
            assert!(built.site.join(&file.path).is_file(), "{}", file.path);
            assert_eq!(
                file.url,
                format!("https://data.example.nl/buurt/{}", file.path)
            );
        }
    }
    let json = serde_json::to_value(&datasets).unwrap();
    assert_eq!(json[0]["columns"][0]["type"], "string");
    assert_eq!(json[0]["files"][2]["media_type"], "application/geo+json");
}

/// `data/mienskip.sqlite` read back with SQLite itself, and `budget-<year>.csv`.
mod sqlite {
    use super::*;
    use rusqlite::{Connection, OpenFlags};

    fn open(built: &Built) -> Connection {
        Connection::open_with_flags(
            built.site.join("data/mienskip.sqlite"),
            OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .unwrap()
    }

    #[test]
    fn every_dataset_is_a_table_with_the_rows_of_its_csv() {
        let built = fixture_site();
        let db = open(&built);
        for name in DATASETS {
            let (header, rows) = read_csv(&built.bytes(&format!("data/{name}.csv")), b',');
            let count: i64 = db
                .query_row(&format!("SELECT count(*) FROM \"{name}\""), [], |r| {
                    r.get(0)
                })
                .unwrap();
            assert_eq!(count as usize, rows.len(), "{name}");
            let columns: Vec<String> = db
                .prepare(&format!(
                    "SELECT name FROM pragma_table_info('{name}') ORDER BY cid"
                ))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert_eq!(columns, header, "{name}: columns");
            // Every column is described, in Dutch.
            let described: i64 = db
                .query_row(
                    "SELECT count(*) FROM _columns WHERE table_name = ?1 AND description <> ''",
                    [name],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(described as usize, header.len(), "{name}: _columns");
        }
        let room: String = db
            .query_row("SELECT name FROM rooms WHERE id = 'formule'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(
            room, "=SUM(1)",
            "the database holds the value, not the CSV's guard"
        );
    }

    #[test]
    fn keys_hold_and_the_budget_sums_as_in_budget_csv() {
        let built = fixture_site();
        let db = open(&built);
        let primary: Vec<String> = db
            .prepare("SELECT name FROM pragma_table_info('budget') WHERE pk > 0 ORDER BY pk")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(primary, ["budget", "line", "year"]);
        let rooms_key: (String, String, String) = db
            .query_row(
                "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('rooms')",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(rooms_key, ("areas".into(), "area".into(), "id".into()));
        let broken: i64 = db
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(broken, 0);
        let thuis: i64 = db
            .query_row(
                "SELECT count(*) FROM budget JOIN organisations ON budget.organisation = organisations.id WHERE organisations.id = 'thuis'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(thuis > 0, "budget.organisation joins organisations.id");
        let (_, rows) = read_csv(&built.bytes("data/budget.csv"), b',');
        let csv_sum: Decimal = rows
            .iter()
            .map(|r| Decimal::from_str(&r["amount"]).unwrap())
            .sum();
        let sql_sum: f64 = db
            .query_row("SELECT sum(amount) FROM budget", [], |r| r.get(0))
            .unwrap();
        assert_eq!(format!("{sql_sum:.2}"), csv_sum.to_string());
    }

    #[test]
    fn the_database_is_byte_identical_between_builds() {
        let first = fixture_site().bytes("data/mienskip.sqlite");
        let second = fixture_site().bytes("data/mienskip.sqlite");
        assert!(first.starts_with(b"SQLite format 3\0"));
        assert_eq!(
            u16::from_be_bytes([first[16], first[17]]),
            4096,
            "page size"
        );
        assert_eq!((first[18], first[19]), (1, 1), "rollback journal, not WAL");
        assert!(first == second, "two builds of the same content differ");
    }

    #[test]
    fn datasette_metadata_describes_every_table() {
        let built = fixture_site();
        let metadata = built.json("data/metadata.json");
        assert_eq!(metadata["license"], "CC-BY-4.0");
        assert_eq!(
            metadata["license_url"],
            "https://creativecommons.org/licenses/by/4.0/"
        );
        let tables = &metadata["databases"]["mienskip"]["tables"];
        for name in DATASETS {
            let (header, _) = read_csv(&built.bytes(&format!("data/{name}.csv")), b',');
            let columns = tables[name]["columns"].as_object().unwrap();
            let names: Vec<&String> = columns.keys().collect();
            assert_eq!(names.len(), header.len(), "{name}");
            assert!(columns.values().all(|d| !d.as_str().unwrap().is_empty()));
        }
    }

    #[test]
    fn budget_is_also_split_by_year() {
        let built = fixture_site();
        let (header, all) = read_csv(&built.bytes("data/budget.csv"), b',');
        let mut total = 0;
        for year in ["2024", "2025"] {
            let (year_header, rows) =
                read_csv(&built.bytes(&format!("data/budget-{year}.csv")), b',');
            assert_eq!(year_header, header);
            assert!(!rows.is_empty() && rows.iter().all(|r| r["year"] == year));
            let expected: Vec<_> = all.iter().filter(|r| r["year"] == year).collect();
            assert_eq!(rows.iter().collect::<Vec<_>>(), expected);
            // And its twin for Dutch spreadsheets.
            let excel = built.bytes(&format!("data/budget-{year}.excel.csv"));
            assert!(excel.starts_with("\u{feff}".as_bytes()));
            let (_, excel_rows) = read_csv(&excel[3..], b';');
            assert_eq!(excel_rows.len(), rows.len());
            total += rows.len();
        }
        assert_eq!(total, all.len());
        assert!(!built.site.join("data/budget-2023.csv").exists());
    }
}

/// `publisher.uri` in `site.yaml`: the catalogue's publisher and creator where given, and
/// an error with its line when it is not an address.
mod publisher_uri {
    use super::*;

    fn with_publisher(publisher: &str) -> tempfile::TempDir {
        let dir = copy_fixture("open-data");
        let text = std::fs::read_to_string(dir.path().join("site.yaml")).unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with("publisher:"))
            .unwrap()
            .to_string();
        write(
            dir.path(),
            "site.yaml",
            text.replace(&line, &format!("publisher: {publisher}")),
        );
        dir
    }

    #[test]
    fn names_the_publisher_in_the_catalogue() {
        let dir = with_publisher(
            "{ name: Gemeente Teststad, url: https://www.example.nl/, uri: https://identifier.overheid.nl/tooi/id/gemeente/gm9999 }",
        );
        let built = build(dir.path());
        let catalog = built.json("data/catalog.jsonld");
        for node in [&catalog, &catalog["dcat:dataset"][5]] {
            for key in ["dct:publisher", "dct:creator"] {
                assert_eq!(
                    node[key]["@id"], "https://identifier.overheid.nl/tooi/id/gemeente/gm9999",
                    "{key}"
                );
            }
        }
    }

    #[test]
    fn a_uri_that_is_not_an_address_is_an_error_on_its_line() {
        let dir = with_publisher("{ name: Gemeente Teststad, uri: gm9999 }");
        let output = check(dir.path());
        assert_eq!(output.status.code(), Some(1));
        let text = stderr(&output);
        assert!(
            text.contains("site.yaml:9")
                && text.contains("`uri` is \"gm9999\"; it must be the full address"),
            "{text}"
        );
    }
}

/// The open-data fixture with provenance on the plan: a source address, notes, and a page,
/// figure and note on its first line.
fn provenance_site() -> Built {
    let dir = copy_fixture("open-data");
    let path = dir.path().join("data/budgets/plan.yaml");
    let plan = std::fs::read_to_string(&path).unwrap();
    let plan = plan
        .replace(
            "status: planned\n",
            "source_url: https://www.example.nl/plan.pdf?versie=2&taal=nl\nnotes: |\n  Het totaal staat\n  niet in de bron.\n\n  Latere jaren ontbreken.\nstatus: planned\n",
        )
        .replace(
            "    area: noord\n",
            "    area: noord\n    page: 21\n    figure: \"Figuur 4\"\n    note: Inclusief btw.\n",
        );
    write(dir.path(), "data/budgets/plan.yaml", plan);
    let built = build(dir.path());
    // The source folder is not needed after the build; keep the output's folder alive.
    drop(dir);
    built
}

#[test]
fn budget_rows_carry_source_page_figure_notes_owner_and_funder() {
    let site = provenance_site();
    // One line in a cell: paragraphs follow each other.
    let expected_notes = "Het totaal staat niet in de bron. Latere jaren ontbreken.";
    for file in ["data/budget.csv", "data/budget-2024.csv"] {
        let (header, rows) = read_csv(&site.bytes(file), b',');
        for column in [
            "owner",
            "source",
            "source_url",
            "page",
            "figure",
            "note",
            "budget_notes",
        ] {
            assert!(header.iter().any(|h| h == column), "{file}: no {column}");
        }
        let find = |line: &str, year: &str| {
            rows.iter()
                .find(|r| r["budget"] == "plan" && r["line"] == line && r["year"] == year)
                .unwrap_or_else(|| panic!("{file}: no plan line {line} in {year}"))
        };
        let first = find("1", "2024");
        assert_eq!(first["page"], "21");
        assert_eq!(first["figure"], "Figuur 4");
        assert_eq!(first["note"], "Inclusief btw.");
        assert_eq!(first["area"], "noord");
        assert_eq!(first["owner"], "welzijn");
        assert_eq!(
            first["source_url"],
            "https://www.example.nl/plan.pdf?versie=2&taal=nl"
        );
        assert_eq!(
            first["source"],
            "Uitvoeringsplan Teststad 2024-2025, tabel 1"
        );
        assert_eq!(first["budget_notes"], expected_notes);
        // A line without them leaves page, figure and note empty but keeps the budget's.
        let other = find("2", "2024");
        assert_eq!(
            (
                other["page"].as_str(),
                other["figure"].as_str(),
                other["note"].as_str()
            ),
            ("", "", "")
        );
        assert_eq!(other["room"], "de-kamer");
        assert_eq!(other["budget_notes"], expected_notes);
        // The funder of the income line.
        let income = find("5", "2024");
        assert_eq!(income["organisation"], "thuis");
        assert_eq!(income["direction"], "income");
        // The realisation names no owner and no address.
        let actual = rows.iter().find(|r| r["budget"] == "realisatie").unwrap();
        assert_eq!(
            (actual["owner"].as_str(), actual["source_url"].as_str()),
            ("", "")
        );
    }
    // The same in the database.
    let db = rusqlite::Connection::open(site.site.join("data/mienskip.sqlite")).unwrap();
    let (page, figure, owner, url): (String, String, String, String) = db
        .query_row(
            "SELECT page, figure, owner, source_url FROM budget WHERE budget = 'plan' AND line = 1 AND year = 2024",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (page.as_str(), figure.as_str(), owner.as_str(), url.as_str()),
        (
            "21",
            "Figuur 4",
            "welzijn",
            "https://www.example.nl/plan.pdf?versie=2&taal=nl"
        )
    );
    // The package's sources: the address where given, else the budget's page; the new
    // columns are described.
    let package = site.json("data/datapackage.json");
    let sources = package["sources"].as_array().unwrap();
    let plan = sources
        .iter()
        .find(|s| s["title"] == "Uitvoeringsplan Teststad 2024-2025, tabel 1")
        .unwrap();
    assert_eq!(
        plan["path"],
        "https://www.example.nl/plan.pdf?versie=2&taal=nl"
    );
    let actual = sources
        .iter()
        .find(|s| s["title"] == "Jaarverslag Teststad 2024, bijlage 2")
        .unwrap();
    assert!(actual["path"]
        .as_str()
        .unwrap()
        .ends_with("/begroting/documenten/realisatie/"));
    let budget = named(&package["resources"], "budget");
    for name in [
        "owner",
        "source_url",
        "page",
        "figure",
        "note",
        "budget_notes",
    ] {
        let field = budget["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .unwrap_or_else(|| panic!("no field {name}"));
        assert!(!field["description"].as_str().unwrap().is_empty(), "{name}");
    }
}

/// Lower-case hex SHA-256, computed here rather than taken from the code under test.
#[test]
fn sha256sums_and_package_hashes_match_every_data_file() {
    let site = fixture_site();
    let data = site.site.join("data");
    // Every file in data/ (subfolders included), by its path relative to data/.
    let files: BTreeMap<String, Vec<u8>> = tree(&data)
        .into_iter()
        .map(|(path, bytes)| (path.replace('\\', "/"), bytes))
        .collect();
    // `sha256sum -c SHA256SUMS`, in Rust: `<64 hex>  <path>` per line, every file but itself.
    let sums = site.text("data/SHA256SUMS");
    let mut listed = BTreeSet::new();
    for line in sums.lines() {
        let (hash, path) = line
            .split_once("  ")
            .unwrap_or_else(|| panic!("bad line {line:?}"));
        assert_eq!(hash.len(), 64, "{line}");
        assert!(hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        let bytes = files
            .get(path)
            .unwrap_or_else(|| panic!("{path} is listed but missing"));
        assert_eq!(hash, sha256_hex(bytes), "{path}");
        assert!(listed.insert(path.to_string()), "{path} listed twice");
    }
    let expected: BTreeSet<String> = files
        .keys()
        .filter(|p| *p != "SHA256SUMS")
        .cloned()
        .collect();
    assert_eq!(listed, expected);
    for file in [
        "datapackage.json",
        "catalog.jsonld",
        "mienskip.sqlite",
        "budget.csv",
        "agenda.ics",
    ] {
        assert!(listed.contains(file), "{file} not in SHA256SUMS");
    }
    // Every resource of the package: `bytes` and `sha256:<hex>` of the file at its path.
    let package = site.json("data/datapackage.json");
    let resources = package["resources"].as_array().unwrap();
    assert!(resources.len() > 6);
    for resource in resources {
        let path = resource["path"].as_str().unwrap();
        let bytes = &files[path];
        assert_eq!(
            resource["bytes"].as_u64(),
            Some(bytes.len() as u64),
            "{path}"
        );
        assert_eq!(
            resource["hash"].as_str(),
            Some(format!("sha256:{}", sha256_hex(bytes)).as_str()),
            "{path}"
        );
    }
}
