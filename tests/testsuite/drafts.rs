//! Drafts (`draft: true`) and review dates (`reviewed`, `review_after_days`): a draft is
//! checked but leaves no trace in a build, is published with `--drafts` under a banner, and
//! a published file may not point at one; an item nobody checked for too long gets a
//! warning.

use crate::common::*;
use std::path::Path;
use std::process::Output;

/// A room in the minimal fixture's area, with a location, an activity and `extra` keys.
fn room(name: &str, extra: &str) -> String {
    format!(
        "---\nname: {name}\nkind: satellite\narea: noord\nstatus: open\naddress: {{ street: Geheimstraat 2, city: Klein }}\nlocation: {{ lat: 53.21, lon: 5.81 }}\ncontact: {{ email: geheim@example.nl }}\nactivities:\n  - {{ title: Geheime koffie, days: [wo], from: \"10:00\", to: \"11:00\" }}\n{extra}---\nNog niet klaar.\n"
    )
}

/// The minimal fixture with a draft room `concept` ("Kamer Geheim") and its translation.
fn site_with_draft_room() -> tempfile::TempDir {
    let site = copy_fixture("minimal");
    let root = site.path();
    write(root, "site.yaml", "title: Buurtkamers Klein\nbase_url: https://klein.example.nl/\npublisher: { name: Gemeente Klein }\nlanguages: [nl, en]\n");
    write(
        root,
        "content/rooms/concept.md",
        room("Kamer Geheim", "draft: true\n"),
    );
    write(
        root,
        "content/rooms/concept.en.md",
        "---\nname: Secret Room\n---\nNot ready.\n",
    );
    site
}

fn build(root: &Path, out: &Path, drafts: bool) -> Output {
    let mut args = vec![
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ];
    if drafts {
        args.push("--drafts");
    }
    mienskip(&args)
}

fn read(out: &Path, path: &str) -> String {
    std::fs::read_to_string(out.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `id` column of a CSV file.
fn csv_column(text: &str, column: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let at = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == column)
        .unwrap_or_else(|| panic!("no column {column}"));
    reader
        .records()
        .map(|r| r.unwrap()[at].to_string())
        .collect()
}

/// Every `href` on an HTML page.
fn links(html: &str) -> Vec<String> {
    let page = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse("a[href]").unwrap();
    page.select(&selector)
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect()
}

/// The pages Pagefind indexed, by url, read from its gzipped fragment files.
fn search_urls(out: &Path) -> Vec<String> {
    let mut urls: Vec<String> = pagefind_fragments(out)
        .iter()
        .map(|json| json["url"].as_str().unwrap().to_string())
        .collect();
    urls.sort();
    urls
}

/// The SUMMARY of every event in a calendar.
fn summaries(ics: &str) -> Vec<String> {
    ics.lines()
        .filter_map(|l| l.strip_prefix("SUMMARY:"))
        .map(|s| s.trim_end().to_string())
        .collect()
}

/// The `<loc>` of every page in the sitemap.
fn sitemap(out: &Path) -> Vec<String> {
    let text = read(out, "sitemap.xml");
    text.split("<loc>")
        .skip(1)
        .map(|s| s.split("</loc>").next().unwrap().to_string())
        .collect()
}

#[test]
fn a_draft_is_in_no_output_and_in_every_one_with_drafts() {
    let site = site_with_draft_room();
    let out = tempfile::tempdir().unwrap();
    let plain = out.path().join("plain");
    let output = build(site.path(), &plain, false);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stderr(&output).contains("warning:"), "{}", stderr(&output));

    // Pages: none of its own, no link to it, not in the sitemap or the search index.
    assert!(plain.join("kamers/kamer/index.html").exists());
    assert!(!plain.join("kamers/concept").exists());
    assert!(!plain.join("en/kamers/concept").exists());
    for page in [
        "index.html",
        "kamers/index.html",
        "gebieden/noord/index.html",
        "kaart/index.html",
        "zoeken/index.html",
        "en/kamers/index.html",
    ] {
        let found = links(&read(&plain, page));
        assert!(
            found.iter().any(|l| l.contains("/kamers/kamer/")),
            "{page}: {found:?}"
        );
        assert!(
            !found.iter().any(|l| l.contains("/kamers/concept/")),
            "{page}: {found:?}"
        );
    }
    let pages = sitemap(&plain);
    assert!(
        pages.contains(&"https://klein.example.nl/kamers/kamer/".to_string()),
        "{pages:?}"
    );
    assert!(!pages.iter().any(|p| p.contains("concept")), "{pages:?}");
    let indexed = search_urls(&plain);
    assert!(
        indexed.contains(&"/kamers/kamer/".to_string()),
        "{indexed:?}"
    );
    assert!(
        !indexed.iter().any(|u| u.contains("concept")),
        "{indexed:?}"
    );

    // Open data: no row, no feature, no twin, no event.
    assert_eq!(csv_column(&read(&plain, "data/rooms.csv"), "id"), ["kamer"]);
    assert!(
        !csv_column(&read(&plain, "data/activities.csv"), "room").contains(&"concept".to_string())
    );
    let geojson: serde_json::Value =
        serde_json::from_str(&read(&plain, "data/rooms.geojson")).unwrap();
    let ids: Vec<&str> = geojson["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["kamer"]);
    let area: serde_json::Value =
        serde_json::from_str(&read(&plain, "gebieden/noord/index.json")).unwrap();
    assert!(!area.to_string().contains("concept"), "{area}");
    assert!(!summaries(&read(&plain, "data/agenda.ics")).contains(&"Geheime koffie".to_string()));
    let db = rusqlite::Connection::open(plain.join("data/mienskip.sqlite")).unwrap();
    let rooms: i64 = db
        .query_row("SELECT count(*) FROM rooms WHERE id = 'concept'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(rooms, 0);
    drop(db);
    // Nothing anywhere names it.
    for (path, bytes) in tree(&plain) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("Geheim") && !text.contains("Secret Room"),
            "{path}"
        );
    }

    // With --drafts, it is everywhere, its pages under a banner that says so in words.
    let preview = out.path().join("preview");
    let output = build(site.path(), &preview, true);
    assert!(output.status.success(), "{}", stderr(&output));
    let html = read(&preview, "kamers/concept/index.html");
    let page = scraper::Html::parse_document(&html);
    let banner = scraper::Selector::parse(".notice--draft").unwrap();
    let text: String = page
        .select(&banner)
        .next()
        .expect("a banner")
        .text()
        .collect();
    assert!(text.contains("Concept."), "{text}");
    let robots = scraper::Selector::parse("meta[name=robots]").unwrap();
    assert_eq!(
        page.select(&robots).next().unwrap().value().attr("content"),
        Some("noindex")
    );
    let english = read(&preview, "en/kamers/concept/index.html");
    assert!(
        english.contains("Secret Room") && english.contains("Draft."),
        "{english}"
    );
    // A published page has no banner.
    assert!(!read(&preview, "kamers/kamer/index.html").contains("notice--draft"));
    assert_eq!(
        csv_column(&read(&preview, "data/rooms.csv"), "id"),
        ["concept", "kamer"]
    );
    assert!(summaries(&read(&preview, "data/agenda.ics")).contains(&"Geheime koffie".to_string()));
    assert!(links(&read(&preview, "kamers/index.html"))
        .iter()
        .any(|l| l.contains("/kamers/concept/")));
    assert!(sitemap(&preview)
        .iter()
        .any(|p| p.ends_with("/kamers/concept/")));
    assert!(search_urls(&preview).contains(&"/kamers/concept/".to_string()));

    // `check` reports what `build` does: nothing, for a draft nobody points at.
    let output = check(site.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn serve_shows_drafts_with_the_banner() {
    let site = site_with_draft_room();
    let (mut child, base, _lines) = start_serve(site.path());
    let body = ureq::get(&format!("{base}/kamers/concept/"))
        .call()
        .map(|mut r| r.body_mut().read_to_string().unwrap());
    child.kill().unwrap();
    child.wait().unwrap();
    let body = body.expect("the draft's page is served");
    let page = scraper::Html::parse_document(&body);
    let banner = scraper::Selector::parse(".notice--draft strong").unwrap();
    let word: String = page
        .select(&banner)
        .next()
        .expect("a banner")
        .text()
        .collect();
    assert_eq!(word, "Concept.");
}

/// `mienskip check` on the minimal fixture with `changes`, in Dutch and then in English,
/// asserting exit status `code` in both.
fn messages_for(changes: &[(&str, &str)], code: i32) -> String {
    let site = copy_fixture("minimal");
    for (path, text) in changes {
        write(site.path(), path, text);
    }
    let root = site.path().to_str().unwrap();
    let mut both = String::new();
    for language in ["nl", "en"] {
        let output = mienskip(&["--lang", language, "check", "--root", root]);
        let text = stderr(&output);
        assert_eq!(output.status.code(), Some(code), "{text}");
        both.push_str(&format!("--- {language}\n{text}"));
    }
    both
}

#[test]
fn a_published_room_in_a_draft_area_is_an_error_naming_both_files() {
    let text = messages_for(
        &[
            (
                "content/areas/noord.md",
                "---\nname: Noord\ndraft: true\n---\n",
            ),
            // A draft in a draft area is fine; only the published room is wrong.
            (
                "content/rooms/concept.md",
                &room("Kamer Geheim", "draft: true\n"),
            ),
        ],
        1,
    );
    insta::assert_snapshot!(text);
}

#[test]
fn a_link_to_a_draft_is_an_error_in_every_language() {
    let text = messages_for(
        &[
            ("site.yaml", "title: Buurtkamers Klein\nbase_url: https://klein.example.nl/\npublisher: { name: Gemeente Klein }\nlanguages: [nl, en]\n"),
            ("content/rooms/concept.md", &room("Kamer Geheim", "draft: true\n")),
            ("content/pages/over.md", "---\ntitle: Over\n---\nZie [de nieuwe kamer](/kamers/concept/).\n"),
            ("content/pages/over.en.md", "---\ntitle: About\n---\nSee ![the room](/en/kamers/concept/).\n"),
            // The draft's own text may link to other drafts and to published pages.
            ("content/pages/geheim.md", "---\ntitle: Geheim\ndraft: true\n---\nZie [de kamer](/kamers/concept/) en [Noord](/gebieden/noord/).\n"),
        ],
        1,
    );
    insta::assert_snapshot!(text);
}

/// The warnings of a check (the build date is 2025-11-23, see `common::mienskip`).
fn warnings(root: &Path) -> Vec<String> {
    let output = check(root);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    warnings_of(&output)
}

#[test]
fn an_item_nobody_checked_for_a_year_gets_a_warning() {
    let site = copy_fixture("minimal");
    let root = site.path();
    // Committed on 2024-06-01, long before the build date: due, by its last change.
    git(
        root,
        &["init", "-q", "-b", "main"],
        "2024-06-01T10:00:00+00:00",
    );
    git(root, &["add", "-A"], "2024-06-01T10:00:00+00:00");
    git(
        root,
        &["commit", "-q", "-m", "Eerste versie"],
        "2024-06-01T10:00:00+00:00",
    );
    let found = warnings(root);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("content/rooms/kamer.md")
            && found[0].contains(
                "not reviewed since its last change on 2024-06-01, 540 days ago (more than 365)"
            )
            && found[0].contains("add `reviewed: 2025-11-23`"),
        "{found:?}"
    );

    // An old review date is due too, at its line.
    let text = std::fs::read_to_string(root.join("content/rooms/kamer.md")).unwrap();
    let reviewed = |date: &str| {
        text.replacen(
            "status: open\n",
            &format!("status: open\nreviewed: {date}\n"),
            1,
        )
    };
    write(root, "content/rooms/kamer.md", reviewed("2024-09-01"));
    let found = warnings(root);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("content/rooms/kamer.md:6")
            && found[0].contains("last reviewed on 2024-09-01, 448 days ago (more than 365)"),
        "{found:?}"
    );
    // site.yaml decides how long a review lasts.
    let config = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    write(
        root,
        "site.yaml",
        format!("{config}review_after_days: 500\n"),
    );
    assert_eq!(warnings(root), Vec::<String>::new());
    write(root, "site.yaml", &config);

    // A fresh review, or a fresh commit, is not due.
    write(root, "content/rooms/kamer.md", reviewed("2025-06-01"));
    assert_eq!(warnings(root), Vec::<String>::new());
    let text = text.replacen(
        "status: open\n",
        "status: open\nsummary: Open op maandag.\n",
        1,
    );
    write(root, "content/rooms/kamer.md", &text);
    git(
        root,
        &["commit", "-q", "-am", "Gecontroleerd"],
        "2025-10-01T10:00:00+00:00",
    );
    assert_eq!(warnings(root), Vec::<String>::new());

    // A planned room is not kept up to date yet: no warning, however old.
    write(
        root,
        "content/rooms/kamer.md",
        text.replace("status: open", "status: planned").replace(
            "status: planned\n",
            "status: planned\nreviewed: 2020-01-01\n",
        ),
    );
    assert_eq!(warnings(root), Vec::<String>::new());
}

#[test]
fn the_review_date_is_on_the_page_and_in_the_open_data() {
    let site = copy_fixture("minimal");
    let root = site.path();
    let text = std::fs::read_to_string(root.join("content/rooms/kamer.md")).unwrap();
    write(
        root,
        "content/rooms/kamer.md",
        text.replacen("status: open\n", "status: open\nreviewed: 2025-10-01\n", 1),
    );
    let out = tempfile::tempdir().unwrap();
    let output = build(root, out.path(), false);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = scraper::Html::parse_document(&read(out.path(), "kamers/kamer/index.html"));
    let time = scraper::Selector::parse("footer time[datetime='2025-10-01']").unwrap();
    let shown: String = page
        .select(&time)
        .next()
        .expect("the review date")
        .text()
        .collect();
    assert_eq!(shown, "1 oktober 2025");
    let footer = scraper::Selector::parse(".footer-meta").unwrap();
    let meta: String = page.select(&footer).next().unwrap().text().collect();
    assert!(
        meta.contains("Laatst gecontroleerd op 1 oktober 2025."),
        "{meta}"
    );
    let twin: serde_json::Value =
        serde_json::from_str(&read(out.path(), "kamers/kamer/index.json")).unwrap();
    assert_eq!(twin["reviewed"], "2025-10-01");
    assert_eq!(
        csv_column(&read(out.path(), "data/rooms.csv"), "reviewed"),
        ["2025-10-01"]
    );
    // An area without one has an empty cell and no line on its page.
    assert_eq!(
        csv_column(&read(out.path(), "data/areas.csv"), "reviewed"),
        [""]
    );
    assert!(!read(out.path(), "gebieden/noord/index.html").contains("gecontroleerd"));
}
