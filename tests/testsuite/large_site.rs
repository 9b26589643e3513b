//! A site larger than the home page and the agenda can list in full: the home page lists
//! its areas with counts and the first of the week's activities, the agenda shows whole
//! days up to its limit, and every area's agenda still has all of its four weeks.

use crate::common::*;
use scraper::{Html, Selector};
use std::path::Path;

/// 2025-11-19, a Wednesday: the agenda's four weeks hold four Tuesdays.
const WEDNESDAY: &str = "1763510400";

/// `mienskip build` of `root` into `out` on [`WEDNESDAY`].
fn build_at(root: &Path, out: &Path) -> std::process::Output {
    mienskip_at(
        &[
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ],
        WEDNESDAY,
    )
}

/// Rooms beyond the home page's limit (300), each with a weekly activity, in three areas.
const ROOMS: usize = 330;
const AREAS: [&str; 3] = ["noord", "oost", "zuid"];

fn large_site(root: &Path) {
    write(
        root,
        "site.yaml",
        "title: Buurtkamers Groot\nbase_url: https://groot.example.nl/\npublisher: { name: Gemeente Groot }\n",
    );
    for area in AREAS {
        write(
            root,
            &format!("content/areas/{area}.md"),
            format!("---\nname: Gebied {area}\n---\n"),
        );
    }
    for n in 0..ROOMS {
        let area = AREAS[n % AREAS.len()];
        // Every tenth room is closed: it is not counted as open and has no agenda.
        let status = if n % 10 == 9 {
            "closed\nclosed: 2024-06-01"
        } else {
            "open"
        };
        write(
            root,
            &format!("content/rooms/kamer-{n:03}.md"),
            format!(
                "---\nname: Kamer {n}\nkind: main\narea: {area}\nstatus: {status}\naddress: {{ street: Dorpsstraat {n} }}\nlocation: {{ lat: 53.2, lon: 5.8 }}\nactivities:\n  - {{ title: Koffie {n}, days: [di], from: \"10:00\", to: \"11:00\", starts: 2025-01-01 }}\n---\nWelkom.\n"
            ),
        );
    }
}

fn count(html: &Html, selector: &str) -> usize {
    html.select(&Selector::parse(selector).unwrap()).count()
}

#[test]
fn a_large_site_keeps_its_home_page_and_agenda_short() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    large_site(&root);
    let out = dir.path().join("site");
    let run = build_at(&root, &out);
    assert!(run.status.success(), "{}", stderr(&run));

    // The home page: the areas with how many rooms are open, not every room.
    let home = page(&out, "index.html");
    assert_eq!(count(&home, ".area-grid"), 0, "no list of every room");
    let areas = texts(&home, ".home-areas li");
    let open_per_area = ROOMS / AREAS.len() - ROOMS / AREAS.len() / 10;
    for area in AREAS {
        assert!(
            areas.contains(&format!("Gebied {area} ({open_per_area} open)")),
            "{area} with its open rooms: {areas:?}"
        );
    }
    // The week: the first 40 activities, and a link to the rest.
    assert_eq!(count(&home, ".home-week .agenda-list li"), 40);
    let more = Selector::parse(".home-week a[href=\"/agenda/\"]").unwrap();
    assert!(home.select(&more).next().is_some(), "a link to the agenda");

    // The agenda: one Tuesday of 297 open rooms fits, two more Tuesdays too; the fourth
    // would pass 1,000, so three whole days are shown, with a note and no filter script.
    let agenda = page(&out, "agenda/index.html");
    let open_rooms = open_per_area * AREAS.len();
    assert_eq!(count(&agenda, ".agenda-day"), 3);
    assert_eq!(count(&agenda, "li[data-area]"), 3 * open_rooms);
    assert_eq!(count(&agenda, "#agenda-ingekort"), 1);
    assert_eq!(count(&agenda, "nav[data-complete]"), 0);
    let note = texts(&agenda, "#agenda-ingekort").join(" ");
    assert!(
        note.contains(&format!("{} van de {}", 3 * open_rooms, 4 * open_rooms)),
        "{note}"
    );

    // Each area's agenda has all of its four weeks.
    for area in AREAS {
        let own = page(&out, &format!("agenda/{area}/index.html"));
        assert_eq!(count(&own, "li[data-area]"), 4 * open_per_area, "{area}");
        assert_eq!(count(&own, "#agenda-ingekort"), 0);
    }
}

#[test]
fn a_small_site_lists_every_room_and_the_whole_agenda() {
    let root = fixture("complete");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let run = build_at(&root, &out);
    assert!(run.status.success(), "{}", stderr(&run));
    let home = page(&out, "index.html");
    assert_eq!(count(&home, ".area-grid"), 1);
    let agenda = page(&out, "agenda/index.html");
    assert_eq!(count(&agenda, "#agenda-ingekort"), 0);
    assert_eq!(count(&agenda, "nav[data-complete]"), 1);
}
