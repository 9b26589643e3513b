//! The agenda: how each kind of schedule expands into dated items, which rooms take part,
//! and that times stay the local times editors wrote across the change to and from summer
//! time in Europe/Amsterdam, with the right UTC offset on each item.

use crate::common;

use jiff::civil::{date, Date};
use mienskip::model::Site;
use mienskip::outputs::html::agenda::{agenda_from, zoned_stamp, AgendaDay};
use mienskip::outputs::html::views::Viewer;
use mienskip::resolve::urls::Urls;
use std::path::Path;

const SITE: &str = "title: Agenda\nbase_url: https://agenda.example.nl/\npublisher: { name: Gemeente }\ntimezone: Europe/Amsterdam\n";

const ROOM: &str = r#"---
name: Buurtkamer Open
kind: main
area: noord
status: open
address: { street: Straat 1, city: Stad }
location: { lat: 53.2, lon: 5.8 }
activities:
  - { title: Zondagskoffie, days: [zo], from: "10:00", to: "12:00" }
  - { title: Schaken, days: [wo], interval: 2, starts: 2025-03-05, from: "19:00", to: "21:00" }
  - { title: Repair, days: [za], monthly: 1, from: "13:00", to: "16:00" }
  - { title: Bingo, days: [vr], monthly: -1, from: "14:00", to: "16:00" }
  - { title: Open dag, date: 2025-03-30, from: "13:00", to: "16:00" }
  - { title: Vroege wandeling, date: 2025-03-30, from: "02:30", to: "04:00" }
  - { title: Nachtwandeling, date: 2025-10-26, from: "02:30", to: "03:30" }
  - { title: Cursus, days: [di], starts: 2025-03-11, ends: 2025-04-01, from: "10:00", to: "11:00" }
  - { title: Vroeg, days: [zo], from: "08:00", to: "09:00" }
---
"#;

const CLOSED_ROOM: &str = r#"---
name: Buurtkamer Dicht
kind: satellite
area: zuid
status: closed
closed: 2024-01-01
address: { street: Straat 2, city: Stad }
location: { lat: 53.2, lon: 5.8 }
activities:
  - { title: Vroeger, days: [ma, di, wo, do, vr, za, zo], from: "10:00", to: "11:00" }
---
"#;

const PLANNED_ROOM: &str = r#"---
name: Buurtkamer Straks
kind: satellite
area: zuid
status: planned
activities:
  - { title: Later, days: [ma, di, wo, do, vr, za, zo], from: "10:00", to: "11:00" }
---
"#;

fn write_site(root: &Path) {
    common::write(root, "site.yaml", SITE);
    common::write(root, "content/areas/noord.md", "---\nname: Noord\n---\n");
    common::write(root, "content/areas/zuid.md", "---\nname: Zuid\n---\n");
    common::write(root, "content/rooms/open.md", ROOM);
    common::write(root, "content/rooms/dicht.md", CLOSED_ROOM);
    common::write(root, "content/rooms/straks.md", PLANNED_ROOM);
}

fn site() -> Site {
    let dir = tempfile::tempdir().unwrap();
    write_site(dir.path());
    let checked = mienskip::check(dir.path());
    assert!(
        !checked.has_errors(),
        "the test site is valid: {:?}",
        checked.diagnostics
    );
    checked.site.expect("a site")
}

/// `(date, from, title, start)` for every item, in agenda order.
fn items(site: &Site, start: Date, days: i64) -> Vec<(String, String, String, String)> {
    let urls = Urls::new(&site.config.base_url, &site.config.language);
    let links = mienskip::resolve::Links::new(site);
    let viewer = Viewer {
        site,
        urls: &urls,
        language: "nl",
        links: &links,
    };
    let agenda: Vec<AgendaDay> = agenda_from(&viewer, start, days);
    for day in &agenda {
        assert!(!day.items.is_empty(), "days without items are left out");
        for item in &day.items {
            assert_eq!(item.date, day.date);
            assert_eq!(item.area.id, "noord");
            assert_eq!(item.activity.room.id, "open");
        }
    }
    agenda
        .iter()
        .flat_map(|d| {
            d.items.iter().map(|i| {
                (
                    i.date.clone(),
                    i.activity.from.clone(),
                    i.activity.title.clone(),
                    i.start.clone(),
                )
            })
        })
        .collect()
}

fn dates_of(items: &[(String, String, String, String)], title: &str) -> Vec<String> {
    items
        .iter()
        .filter(|i| i.2 == title)
        .map(|i| i.0.clone())
        .collect()
}

fn start_of(items: &[(String, String, String, String)], title: &str, on: &str) -> String {
    items
        .iter()
        .find(|i| i.2 == title && i.0 == on)
        .map(|i| i.3.clone())
        .unwrap_or_else(|| panic!("{title} on {on} is in the agenda"))
}

#[test]
fn weekly_every_sunday() {
    let items = items(&site(), date(2025, 3, 1), 42);
    assert_eq!(
        dates_of(&items, "Zondagskoffie"),
        [
            "2025-03-02",
            "2025-03-09",
            "2025-03-16",
            "2025-03-23",
            "2025-03-30",
            "2025-04-06"
        ]
    );
}

#[test]
fn every_other_week_counts_from_its_start() {
    let items = items(&site(), date(2025, 3, 1), 42);
    assert_eq!(
        dates_of(&items, "Schaken"),
        ["2025-03-05", "2025-03-19", "2025-04-02"]
    );
}

#[test]
fn monthly_first_and_last() {
    let items = items(&site(), date(2025, 3, 1), 61);
    assert_eq!(
        dates_of(&items, "Repair"),
        ["2025-03-01", "2025-04-05"],
        "the first Saturday of March and April 2025"
    );
    assert_eq!(
        dates_of(&items, "Bingo"),
        ["2025-03-28", "2025-04-25"],
        "the last Friday of March and April 2025"
    );
}

#[test]
fn once_is_once() {
    let items = items(&site(), date(2025, 1, 1), 365);
    assert_eq!(dates_of(&items, "Open dag"), ["2025-03-30"]);
}

#[test]
fn starts_and_ends_bound_a_series() {
    let items = items(&site(), date(2025, 3, 1), 60);
    assert_eq!(
        dates_of(&items, "Cursus"),
        ["2025-03-11", "2025-03-18", "2025-03-25", "2025-04-01"]
    );
}

#[test]
fn only_open_rooms_take_part() {
    // The closed and the planned room have an activity every day; neither may show.
    let items = items(&site(), date(2025, 3, 1), 14);
    assert!(items.iter().all(|i| i.2 != "Vroeger" && i.2 != "Later"));
}

#[test]
fn a_day_runs_by_start_time() {
    let items = items(&site(), date(2025, 3, 30), 1);
    let titles: Vec<&str> = items.iter().map(|i| i.2.as_str()).collect();
    assert_eq!(
        titles,
        ["Vroege wandeling", "Vroeg", "Zondagskoffie", "Open dag"]
    );
}

#[test]
fn the_agenda_starts_on_the_day_asked_and_keeps_to_its_length() {
    let items = items(&site(), date(2025, 3, 3), 7);
    assert!(items
        .iter()
        .all(|i| i.0.as_str() >= "2025-03-03" && i.0.as_str() <= "2025-03-09"));
    assert_eq!(dates_of(&items, "Zondagskoffie"), ["2025-03-09"]);
}

#[test]
fn ten_oclock_stays_ten_oclock_when_summer_time_starts() {
    // Summer time starts on Sunday 30 March 2025 at 02:00 in Europe/Amsterdam.
    let items = items(&site(), date(2025, 3, 23), 15);
    for on in ["2025-03-23", "2025-03-30", "2025-04-06"] {
        let item = items
            .iter()
            .find(|i| i.2 == "Zondagskoffie" && i.0 == on)
            .unwrap();
        assert_eq!(item.1, "10:00", "the time shown is the local time on {on}");
    }
    for (on, start) in [
        ("2025-03-23", "2025-03-23T10:00:00+01:00"),
        ("2025-03-30", "2025-03-30T10:00:00+02:00"),
        ("2025-04-06", "2025-04-06T10:00:00+02:00"),
    ] {
        assert_eq!(start_of(&items, "Zondagskoffie", on), start);
    }
    // 02:30 does not exist that night: the clocks go from 02:00 to 03:00.
    assert_eq!(
        start_of(&items, "Vroege wandeling", "2025-03-30"),
        "2025-03-30T03:30:00+02:00"
    );
}

#[test]
fn ten_oclock_stays_ten_oclock_when_summer_time_ends() {
    // Summer time ends on Sunday 26 October 2025 at 03:00 in Europe/Amsterdam.
    let items = items(&site(), date(2025, 10, 19), 15);
    for (on, start) in [
        ("2025-10-19", "2025-10-19T10:00:00+02:00"),
        ("2025-10-26", "2025-10-26T10:00:00+01:00"),
        ("2025-11-02", "2025-11-02T10:00:00+01:00"),
    ] {
        assert_eq!(start_of(&items, "Zondagskoffie", on), start);
    }
    assert!(items
        .iter()
        .filter(|i| i.2 == "Zondagskoffie")
        .all(|i| i.1 == "10:00"));
    // 02:30 happens twice that night; the agenda means the first time, still summer time.
    assert_eq!(
        start_of(&items, "Nachtwandeling", "2025-10-26"),
        "2025-10-26T02:30:00+02:00"
    );
}

#[test]
fn stamps_carry_the_offset_of_their_own_date() {
    let tz = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap();
    let ten = jiff::civil::time(10, 0, 0, 0);
    assert_eq!(
        zoned_stamp(date(2026, 3, 28), ten, &tz),
        "2026-03-28T10:00:00+01:00"
    );
    assert_eq!(
        zoned_stamp(date(2026, 3, 29), ten, &tz),
        "2026-03-29T10:00:00+02:00"
    );
    assert_eq!(
        zoned_stamp(date(2026, 10, 25), ten, &tz),
        "2026-10-25T10:00:00+01:00"
    );
    // Each stamp names the same instant as jiff's own zoned time.
    let zoned = date(2026, 3, 29)
        .at(10, 0, 0, 0)
        .to_zoned(tz.clone())
        .unwrap();
    assert_eq!(zoned.offset().seconds(), 2 * 3600);
    let parsed: jiff::Timestamp = zoned_stamp(date(2026, 3, 29), ten, &tz).parse().unwrap();
    assert_eq!(parsed, zoned.timestamp());
}

#[test]
fn the_published_agenda_starts_on_the_build_date_in_the_sites_time_zone() {
    // 29 March 2025 23:30 UTC is already 30 March 00:30 in Leeuwarden.
    let dir = tempfile::tempdir().unwrap();
    write_site(dir.path());
    let out = dir.path().join("out");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mienskip"))
        .args(["--lang", "en"])
        .args(["build", "--root"])
        .arg(dir.path())
        .arg("--output")
        .arg(&out)
        .env("SOURCE_DATE_EPOCH", "1743291000")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", common::stderr(&output));
    let html = std::fs::read_to_string(out.join("agenda/index.html")).unwrap();
    let first_day = html.find("id=\"dag-").map(|i| &html[i..i + 19]);
    assert_eq!(first_day, Some("id=\"dag-2025-03-30\""));
    assert!(html.contains("<time datetime=\"2025-03-30T10:00:00+02:00\">10:00</time>"));
    // The area's own agenda page holds only that area's items.
    let noord = std::fs::read_to_string(out.join("agenda/noord/index.html")).unwrap();
    assert!(noord.contains("Zondagskoffie"));
    let zuid = std::fs::read_to_string(out.join("agenda/zuid/index.html")).unwrap();
    assert!(!zuid.contains("Zondagskoffie"));
}
