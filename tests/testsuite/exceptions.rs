//! Exceptions everywhere a date is shown (issue #14): national holidays, room closures and
//! skipped dates in the room page, the agenda, `activities.csv`, the JSON-LD and
//! `agenda.ics`, on tests/fixtures/exceptions built on 2026-04-20; and the loader's messages
//! for closures, `skip` and `id` written wrong.

use crate::common::{self, page, texts};
use scraper::{Html, Selector};
use std::path::Path;
use std::process::Output;

/// 2026-04-20 00:00 UTC: Koningsdag (Monday 27 April) is a week later.
const BUILD_EPOCH: &str = "1776643200";

fn build(root: &Path, out: &Path) -> Output {
    let output = common::mienskip_at(
        &[
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ],
        BUILD_EPOCH,
    );
    assert!(output.status.success(), "{}", common::stderr(&output));
    output
}

fn built() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    build(&common::fixture("exceptions"), out.path());
    out
}

fn attrs(html: &Html, selector: &str, attr: &str) -> Vec<String> {
    let selector = Selector::parse(selector).unwrap();
    html.select(&selector)
        .filter_map(|e| e.value().attr(attr).map(str::to_string))
        .collect()
}

#[test]
fn the_room_page_lists_holidays_and_closures_of_the_coming_weeks() {
    let out = built();
    let html = page(out.path(), "kamers/oranje/index.html");
    let rows: Vec<(String, String)> = attrs(&html, "#afwijkend tbody tr", "data-from")
        .into_iter()
        .zip(attrs(&html, "#afwijkend tbody tr", "data-to"))
        .collect();
    let pairs: Vec<(&str, &str)> = rows.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    // Koningsdag, Bevrijdingsdag, the painting week (Hemelvaartsdag inside it), the team
    // day with other hours, Tweede Pinksterdag; Eerste Pinksterdag is a Sunday, when the
    // room is shut anyway.
    assert_eq!(
        pairs,
        [
            ("2026-04-27", "2026-04-27"),
            ("2026-05-05", "2026-05-05"),
            ("2026-05-11", "2026-05-15"),
            ("2026-05-20", "2026-05-20"),
            ("2026-05-25", "2026-05-25"),
        ]
    );
    let cells = texts(&html, "#afwijkend tbody td");
    assert_eq!(cells[0], "gesloten");
    assert_eq!(cells[1], "Koningsdag");
    assert_eq!(cells[5], "Schilderwerk");
    assert_eq!(cells[6], "09:00–12:00");
    assert_eq!(cells[7], "Teamdag");
    assert_eq!(cells[9], "Tweede Pinksterdag");
    let intro = texts(&html, "#afwijkend p").join(" ");
    assert!(
        intro.contains("8 weken (tot en met 14 juni 2026)"),
        "{intro}"
    );

    // The Frisian page names the holiday from its own catalogue.
    let fy = page(out.path(), "fy/kamers/oranje/index.html");
    assert_eq!(texts(&fy, "#afwijkend tbody td")[1], "Keningsdei");

    // "open now" gets a year of the same facts, and the holiday names it may need.
    let data = attrs(&html, "#open-nu", "data-exceptions").pop().unwrap();
    let year: serde_json::Value = serde_json::from_str(&data).unwrap();
    let first = &year[0];
    assert_eq!(first["from"], "2026-04-27");
    assert_eq!(first["holiday"], "koningsdag");
    assert!(first.get("opens").is_none(), "closed all day: {first}");
    let teamdag = year
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["note"] == "Teamdag")
        .unwrap();
    assert_eq!(
        (teamdag["opens"].as_str(), teamdag["closes"].as_str()),
        (Some("09:00"), Some("12:00"))
    );
    assert_eq!(
        attrs(&html, "#open-nu", "data-holiday-koningsdag"),
        ["Koningsdag"]
    );

    // Activities: the past lecture has moved to "geweest"; Koffieochtend says when it is off.
    let coming = texts(
        &html,
        "#activiteiten ul.activities:not(.activities--past) .activities__title",
    );
    assert_eq!(coming, ["Koffieochtend", "Breiclub", "Open dag"]);
    assert_eq!(texts(&html, "#geweest"), ["Geweest"]);
    assert_eq!(
        texts(&html, ".activities--past .activities__title"),
        ["Lezing"]
    );
    let off = attrs(&html, ".activities__cancelled time", "datetime");
    assert_eq!(
        &off[..4],
        ["2026-04-27", "2026-05-04", "2026-05-11", "2026-05-25"],
        "Koffieochtend: Koningsdag, skipped, painting week, Tweede Pinksterdag"
    );

    // A room open on holidays has none to list.
    let open = page(out.path(), "kamers/altijd-open/index.html");
    assert!(texts(&open, "#afwijkend tbody tr").is_empty());
    assert!(texts(&open, "#afwijkend p")[0].contains("gewone openingstijden"));
}

#[test]
fn the_agenda_leaves_out_holidays_closures_skips_and_the_past() {
    let out = built();
    let html = page(out.path(), "agenda/index.html");
    let day = |date: &str| -> Vec<String> {
        texts(
            &html,
            &format!("section[aria-labelledby=\"dag-{date}\"] li"),
        )
    };
    // Koningsdag: only the room that is open on holidays.
    let kings = day("2026-04-27");
    assert_eq!(kings.len(), 1, "{kings:?}");
    assert!(kings[0].contains("Maandagkoffie"), "{kings:?}");
    // Skipped.
    assert!(!day("2026-05-04")
        .iter()
        .any(|i| i.contains("Koffieochtend")));
    // An ordinary Monday has both.
    assert_eq!(day("2026-04-20").len(), 2);
    // The painting week, and the team day closing at 12:00 before the Breiclub starts.
    assert!(!day("2026-05-13").iter().any(|i| i.contains("Breiclub")));
    assert!(!day("2026-05-20").iter().any(|i| i.contains("Breiclub")));
    assert!(day("2026-04-22").iter().any(|i| i.contains("Breiclub")));
    // The past lecture is not coming up.
    assert!(!texts(&html, "#agenda-dagen li")
        .iter()
        .any(|i| i.contains("Lezing")));
}

#[test]
fn activities_csv_and_the_json_ld_carry_the_exceptions() {
    let out = built();
    let csv = std::fs::read_to_string(out.path().join("data/activities.csv")).unwrap();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let koffie: Vec<&str> = lines
        .find(|l| l.contains(",Koffieochtend,"))
        .unwrap()
        .split(',')
        .collect();
    assert_eq!(koffie[column("id")], "koffie");
    assert_eq!(koffie[column("skip")], "2026-05-04");
    assert_eq!(
        koffie[column("cancelled")],
        "2026-04-27;2026-05-04;2026-05-11;2026-05-25"
    );
    assert_eq!(
        koffie[column("uid")],
        "oranje-koffie@uitzondering.example.nl"
    );

    // The datapackage documents the new columns.
    let package: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.path().join("data/datapackage.json")).unwrap(),
    )
    .unwrap();
    let resource = common::named(&package["resources"], "activities");
    let fields: Vec<&str> = resource["schema"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    for name in ["id", "skip", "cancelled"] {
        assert!(fields.contains(&name), "{fields:?}");
    }

    // The room's JSON twin has the closures as written and the activity's id and skip.
    let twin: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.path().join("kamers/oranje/index.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(twin["holidays"], "default");
    assert_eq!(twin["closures"][0]["from"], "2026-05-11");
    assert_eq!(twin["closures"][0]["to"], "2026-05-15");
    assert_eq!(twin["closures"][1]["opens"], "09:00");
    assert_eq!(twin["closures"][1]["note"], "Teamdag");
    assert_eq!(twin["activities"][0]["id"], "koffie");
    assert_eq!(twin["activities"][0]["skip"][0], "2026-05-04");

    let html = page(out.path(), "kamers/oranje/index.html");
    let script = texts(&html, "script[type=\"application/ld+json\"]").join("");
    let ld: serde_json::Value = serde_json::from_str(&script).unwrap();
    let special = ld["specialOpeningHoursSpecification"].as_array().unwrap();
    let kings = special
        .iter()
        .find(|s| s["validFrom"] == "2026-04-27")
        .unwrap();
    assert_eq!(
        (&kings["opens"], &kings["closes"]),
        (&"00:00".into(), &"00:00".into())
    );
    let team = special
        .iter()
        .find(|s| s["validFrom"] == "2026-05-20")
        .unwrap();
    assert_eq!(
        (&team["opens"], &team["closes"]),
        (&"09:00".into(), &"12:00".into())
    );
    let painting = special
        .iter()
        .find(|s| s["validFrom"] == "2026-05-11")
        .unwrap();
    assert_eq!(painting["validThrough"], "2026-05-15");
}

/// The `UID`s of `agenda.ics`, and the `EXDATE` values of the event with `uid`.
fn calendar(out: &Path) -> (Vec<String>, String) {
    let text = std::fs::read_to_string(out.join("data/agenda.ics")).unwrap();
    let unfolded = text.replace("\r\n ", "");
    let uids: Vec<String> = unfolded
        .lines()
        .filter_map(|l| l.strip_prefix("UID:").map(str::to_string))
        .collect();
    (uids, unfolded)
}

#[test]
fn agenda_ics_has_exdates_and_uids_that_survive_a_new_title() {
    let out = built();
    let (uids, text) = calendar(out.path());
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "{uids:?}");
    let koffie = text
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("UID:oranje-koffie@"))
        .unwrap();
    assert!(koffie.contains("RRULE:FREQ=WEEKLY;BYDAY=MO"), "{koffie}");
    for date in ["20260427", "20260504", "20260511", "20260525"] {
        assert!(
            koffie.contains(&format!("EXDATE;TZID=Europe/Amsterdam:{date}T100000\r\n")),
            "no EXDATE {date}: {koffie}"
        );
    }
    assert!(
        !koffie.contains("EXDATE;TZID=Europe/Amsterdam:20260420"),
        "{koffie}"
    );

    // Renaming an activity (and moving another) keeps every UID.
    let site = common::copy_fixture("exceptions");
    let file = site.path().join("content/rooms/oranje.md");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("Breiclub", "Handwerkclub")
        .replace("Koffieochtend", "Koffie en krant");
    std::fs::write(&file, text).unwrap();
    let renamed = tempfile::tempdir().unwrap();
    build(site.path(), renamed.path());
    assert_eq!(calendar(renamed.path()).0, uids);
}

fn check_room(extra: &str) -> String {
    let site = common::copy_fixture("exceptions");
    let file = site.path().join("content/rooms/oranje.md");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace(
            "closures:\n  - { from: 2026-05-11, to: 2026-05-15, note: Schilderwerk }\n  - { date: 2026-05-20, from: \"09:00\", to: \"12:00\", note: Teamdag }\n",
            extra,
        );
    std::fs::write(&file, text).unwrap();
    common::stderr(&common::check(site.path()))
}

#[test]
fn closures_skip_and_id_written_wrong_are_reported_with_their_line() {
    // The room's `closures:` is on line 21 of the fixture; this replaces it.
    let stderr = check_room(concat!(
        "holidays: dicht\n",
        "closures:\n",
        "  - { date: 2026-13-01 }\n",
        "  - { from: 2026-06-10, to: 2026-06-01 }\n",
        "  - { date: 2026-06-02, from: 2026-06-02, to: 2026-06-05 }\n",
        "  - { from: \"09:00\", to: \"12:00\" }\n",
        "  - { date: 2026-06-03, nota: Feest }\n",
        "  - { note: Zomaar }\n",
    ));
    let expect = [
        "content/rooms/oranje.md:21: error: `holidays` is \"dicht\", which is not one of: default, open, closed",
        "content/rooms/oranje.md:23: error: `date` is \"2026-13-01\", which is not a date",
        "content/rooms/oranje.md:24: error: `to` (2026-06-01) is before `from` (2026-06-10)",
        "content/rooms/oranje.md:25: error: a closure with a `date` is closed all day, or open with other hours",
        "content/rooms/oranje.md:26: error: `from` and `to` are times, but the closure has no `date`",
        "content/rooms/oranje.md:27: error: unknown key `nota` in a `closures` entry; did you mean `note`?",
        "content/rooms/oranje.md:28: error: a closure needs a `date: 2025-12-24`",
    ];
    for line in expect {
        assert!(stderr.contains(line), "no\n{line}\nin\n{stderr}");
    }

    // An id twice, an id that is not one, a skip date that is not in the schedule.
    let site = common::copy_fixture("exceptions");
    let file = site.path().join("content/rooms/oranje.md");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace(
            "  - { title: Breiclub, days: [wo],",
            "  - { id: koffie, title: Breiclub, skip: [2026-05-05], days: [wo],",
        )
        .replace(
            "  - { title: Open dag,",
            "  - { id: Open Dag, title: Open dag,",
        );
    std::fs::write(&file, text).unwrap();
    let output = common::check(site.path());
    assert!(!output.status.success());
    let stderr = common::stderr(&output);
    for line in [
        "content/rooms/oranje.md:18: warning: `skip` names 2026-05-05, but the activity does not take place on that date anyway",
        "content/rooms/oranje.md:20: error: `id` is \"Open Dag\"; write lowercase letters",
        "content/rooms/oranje.md:18: error: two activities have `id: koffie` (the first on line 12)",
    ] {
        assert!(stderr.contains(line), "no\n{line}\nin\n{stderr}");
    }
}

#[test]
fn a_one_off_activity_on_a_closed_day_is_a_warning() {
    let site = common::copy_fixture("exceptions");
    let file = site.path().join("content/rooms/oranje.md");
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "  - { title: Open dag, date: 2026-05-06,",
        "  - { title: Vrijmarkt, date: 2026-04-27, from: \"10:00\", to: \"14:00\" }\n  - { title: Open dag, date: 2026-05-06,",
    );
    std::fs::write(&file, text).unwrap();
    let output = common::mienskip_at(
        &["check", "--root", site.path().to_str().unwrap()],
        BUILD_EPOCH,
    );
    assert!(output.status.success());
    let stderr = common::stderr(&output);
    assert!(
        stderr.contains("content/rooms/oranje.md:20: warning: `Vrijmarkt` on 2026-04-27 is not shown in the agenda: the room is closed on national holidays (koningsdag); if it does take place, add a closure with its hours, like `{ date: 2026-04-27, from: \"10:00\", to: \"14:00\" }`, or `holidays: open` to the room"),
        "{stderr}"
    );
}
