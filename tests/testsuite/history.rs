//! Dates, changes and versions from Git (issue #16): a fixture repository made with the
//! `git` command line, three commits at fixed dates and a `data-2025-01` tag, built and
//! read back: `modified` in the JSON twins, the CSV, the footer, the sitemap and the DCAT
//! catalogue, the rows of `changes.csv` and `/wijzigingen/`, the versioned folder and its
//! hashes; a rebuild a day later changes only what shows the build date; a copy outside Git
//! and a shallow clone give one warning.

use crate::common::*;
use scraper::{Html, Selector};
use std::path::Path;
use std::process::{Command, Output};

const EMAIL: &str = GIT_EMAIL;
/// 2025-04-01T00:00:00Z: after the three commits.
const EPOCH: i64 = 1_743_465_600;

/// The minimal fixture as a repository: the files on 2025-01-10 (tagged `data-2025-01`),
/// a budget amount changed on 2025-02-10, the room renamed on 2025-03-10. Returns the
/// folder and the three commits' ids.
fn repository() -> (tempfile::TempDir, [String; 3]) {
    let dir = copy_fixture("minimal");
    let root = dir.path();
    let first = "2025-01-10T10:00:00+00:00";
    git(root, &["init", "-q", "-b", "main"], first);
    git(root, &["add", "-A"], first);
    git(root, &["commit", "-q", "-m", "Eerste versie"], first);
    let c1 = git(root, &["rev-parse", "HEAD"], first);
    git(root, &["tag", "data-2025-01"], first);

    let second = "2025-02-10T10:00:00+00:00";
    let budget = std::fs::read_to_string(root.join("data/budgets/plan.yaml")).unwrap();
    let budget = budget
        .replace("amounts: { 2024: 100.50 }", "amounts: { 2024: 120.50 }")
        .replace("amounts: { 2024: 150 }", "amounts: { 2024: 170 }");
    write(root, "data/budgets/plan.yaml", budget);
    git(root, &["commit", "-q", "-am", "Koffie duurder"], second);
    let c2 = git(root, &["rev-parse", "HEAD"], second);

    let third = "2025-03-10T10:00:00+00:00";
    let room = std::fs::read_to_string(root.join("content/rooms/kamer.md")).unwrap();
    write(
        root,
        "content/rooms/kamer.md",
        room.replace("name: Buurtkamer Noord", "name: Buurtkamer Noord-West"),
    );
    git(
        root,
        &[
            "commit",
            "-q",
            "-am",
            "Nieuwe naam <script>alert(1)</script>",
        ],
        third,
    );
    let c3 = git(root, &["rev-parse", "HEAD"], third);
    (dir, [c1, c2, c3])
}

/// `mienskip build` of `root` into `out`, with `SOURCE_DATE_EPOCH` as given (or unset).
fn build(root: &Path, out: &Path, epoch: Option<i64>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mienskip"));
    command.args(["--lang", "en"]);
    command.args([
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    match epoch {
        Some(epoch) => command.env("SOURCE_DATE_EPOCH", epoch.to_string()),
        None => command.env_remove("SOURCE_DATE_EPOCH"),
    };
    let output = command.output().expect("mienskip runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    output
}

fn read(site: &Path, path: &str) -> String {
    std::fs::read_to_string(site.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The rows of a CSV file as maps from column to value.
fn csv_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap()
}

/// The date in the footer's "laatst gewijzigd" of a page.
fn footer_date(html: &str) -> String {
    let document = Html::parse_document(html);
    let time = Selector::parse(".footer-meta time").unwrap();
    let found: Vec<String> = document
        .select(&time)
        .filter_map(|t| t.value().attr("datetime").map(str::to_string))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found[0].clone()
}

#[test]
fn dates_changes_and_versions_come_from_git() {
    let (repo, [c1, c2, c3]) = repository();
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let output = build(repo.path(), &site, Some(EPOCH));
    assert_eq!(warnings_of(&output), Vec::<String>::new());

    // The JSON twins.
    let room = json(&read(&site, "kamers/kamer/index.json"));
    assert_eq!(room["modified"], "2025-03-10");
    let area = json(&read(&site, "gebieden/noord/index.json"));
    assert_eq!(area["modified"], "2025-01-10");

    // The CSV column.
    let rooms = csv_rows(&read(&site, "data/rooms.csv"));
    assert_eq!(rooms[0]["modified"], "2025-03-10");
    let areas = csv_rows(&read(&site, "data/areas.csv"));
    assert_eq!(areas[0]["modified"], "2025-01-10");

    // The footer: an item's page its own date, a page over everything the newest.
    assert_eq!(
        footer_date(&read(&site, "kamers/kamer/index.html")),
        "2025-03-10"
    );
    assert_eq!(
        footer_date(&read(&site, "gebieden/noord/index.html")),
        "2025-01-10"
    );
    assert_eq!(
        footer_date(&read(&site, "begroting/documenten/plan/index.html")),
        "2025-02-10"
    );
    assert_eq!(footer_date(&read(&site, "index.html")), "2025-03-10");

    // The sitemap.
    let sitemap = read(&site, "sitemap.xml");
    assert!(
        sitemap.contains(
            "<loc>https://klein.example.nl/kamers/kamer/</loc>\n    <lastmod>2025-03-10</lastmod>"
        ),
        "{sitemap}"
    );
    assert!(sitemap.contains(
        "<loc>https://klein.example.nl/gebieden/noord/</loc>\n    <lastmod>2025-01-10</lastmod>"
    ));

    // The catalogue: each dataset the latest of its rows.
    let catalog = json(&read(&site, "data/catalog.jsonld"));
    let modified = |name: &str| {
        catalog["dcat:dataset"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| {
                d["dct:identifier"]
                    .as_str()
                    .unwrap()
                    .ends_with(&format!("#{name}"))
            })
            .unwrap_or_else(|| panic!("{name}"))["dct:modified"]["@value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(modified("rooms"), "2025-03-10");
    assert_eq!(modified("areas"), "2025-01-10");
    assert_eq!(modified("budget"), "2025-02-10");
    assert_eq!(catalog["dct:modified"]["@value"], "2025-03-10");
    let package = json(&read(&site, "data/datapackage.json"));
    assert_eq!(package["created"], "2025-03-10T10:00:00Z");

    // changes.csv, newest first (within a commit, by file), field by field.
    let changes = csv_rows(&read(&site, "data/changes.csv"));
    let rows: Vec<[&str; 7]> = changes
        .iter()
        .map(|r| {
            [
                r["date"].as_str(),
                r["commit"].as_str(),
                r["kind"].as_str(),
                r["id"].as_str(),
                r["field"].as_str(),
                r["old"].as_str(),
                r["new"].as_str(),
            ]
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            [
                "2025-03-10",
                &c3,
                "room",
                "kamer",
                "name",
                "Buurtkamer Noord",
                "Buurtkamer Noord-West"
            ],
            [
                "2025-02-10",
                &c2,
                "budget",
                "plan",
                "lines.Koffie.amounts.2024",
                "100.50",
                "120.50"
            ],
            [
                "2025-02-10",
                &c2,
                "budget",
                "plan",
                "totals.[1].amounts.2024",
                "150",
                "170"
            ],
            ["2025-01-10", &c1, "area", "noord", "(file)", "", "Noord"],
            [
                "2025-01-10",
                &c1,
                "room",
                "kamer",
                "(file)",
                "",
                "Buurtkamer Noord"
            ],
            ["2025-01-10", &c1, "budget", "plan", "(file)", "", "Plan"],
        ]
        .into_iter()
        .map(|r| r.map(|s| s as &str))
        .collect::<Vec<_>>()
    );
    assert_eq!(changes[0]["commit_short"], &c3[..10]);
    assert_eq!(changes[0]["author"], "Redactie \"Noord\" & Co");
    assert_eq!(changes[3]["change"], "added");

    // /wijzigingen/: one section per commit, newest first; untrusted text escaped; no
    // e-mail address anywhere.
    let page = read(&site, "wijzigingen/index.html");
    assert!(!page.contains("<script>alert"), "the message is escaped");
    assert!(
        page.contains("Redactie &quot;Noord&quot; &amp; Co"),
        "the author is shown, escaped"
    );
    let document = Html::parse_document(&page);
    let headings: Vec<String> = document
        .select(&Selector::parse("main section.change h2").unwrap())
        .map(|h| h.text().collect::<String>())
        .collect();
    assert_eq!(headings.len(), 3, "{headings:?}");
    assert!(headings[0].contains("10 maart 2025"), "{headings:?}");
    assert!(headings[0].contains("Nieuwe naam <script>alert(1)</script>"));
    let first_row: Vec<String> = document
        .select(&Selector::parse("main section.change tbody tr").unwrap())
        .next()
        .unwrap()
        .children()
        .filter_map(scraper::ElementRef::wrap)
        .map(|cell| cell.text().collect::<String>())
        .collect();
    assert_eq!(
        first_row,
        [
            "Kamer: Buurtkamer Noord-West",
            "name",
            "Buurtkamer Noord",
            "Buurtkamer Noord-West"
        ]
    );
    let feed = read(&site, "wijzigingen/feed.xml");
    assert_eq!(feed.matches("<entry>").count(), 3);
    assert!(feed.contains("<updated>2025-03-10T10:00:00Z</updated>"));
    assert!(feed.contains("Nieuwe naam &lt;script&gt;"));
    for file in [
        "wijzigingen/index.html",
        "wijzigingen/feed.xml",
        "data/changes.csv",
    ] {
        assert!(!read(&site, file).contains(EMAIL), "{file}");
    }

    // The version at the tag: the data as it was, with its own checksums.
    let version = site.join("data/versies/data-2025-01");
    let sums = read(&version, "SHA256SUMS");
    let mut listed = 0;
    for line in sums.lines() {
        let (hash, name) = line.split_once("  ").unwrap();
        let bytes = std::fs::read(version.join(name)).unwrap();
        assert_eq!(hash, sha256_hex(&bytes), "{name}");
        listed += 1;
    }
    assert!(listed >= 10, "{sums}");
    let package = json(&read(&version, "datapackage.json"));
    assert_eq!(package["created"], "2025-01-10T10:00:00Z");
    // A version names itself and its own files, never today's, so a citation stays true.
    let id = package["id"].as_str().unwrap();
    assert!(
        id.ends_with("/data/versies/data-2025-01/datapackage.json"),
        "{id}"
    );
    let catalogue = read(&version, "catalog.jsonld");
    let catalogue: serde_json::Value = serde_json::from_str(&catalogue).unwrap();
    let mut downloads = Vec::new();
    collect_strings(&catalogue, "dcat:downloadURL", &mut downloads);
    assert!(!downloads.is_empty());
    for url in &downloads {
        assert!(url.contains("/data/versies/data-2025-01/"), "{url}");
    }
    for resource in package["resources"].as_array().unwrap() {
        let path = resource["path"].as_str().unwrap();
        let bytes = std::fs::read(version.join(path)).unwrap();
        assert_eq!(
            resource["hash"],
            format!("sha256:{}", sha256_hex(&bytes)),
            "{path}"
        );
        assert_eq!(resource["bytes"], bytes.len(), "{path}");
    }
    let budget = csv_rows(&read(&version, "budget.csv"));
    let koffie = budget.iter().find(|r| r["item"] == "Koffie").unwrap();
    assert_eq!(koffie["amount"], "100.50");
    let rooms = csv_rows(&read(&version, "rooms.csv"));
    assert_eq!(rooms[0]["name"], "Buurtkamer Noord");
    assert_eq!(rooms[0]["modified"], "2025-01-10");
    let open_data = read(&site, "open-data/index.html");
    assert!(open_data.contains("/data/versies/data-2025-01/datapackage.json"));

    // A rebuild a day later of the same commit: only what shows the build date differs.
    let later = out.path().join("later");
    build(repo.path(), &later, Some(EPOCH + 86_400));
    let before = tree(&site);
    let after = tree(&later);
    let names = |t: &[(String, Vec<u8>)]| t.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&before), names(&after));
    let differing: Vec<String> = before
        .iter()
        .zip(&after)
        .filter(|(a, b)| a.1 != b.1)
        .map(|(a, _)| a.0.clone())
        .collect();
    assert_eq!(differing, BUILD_DATE_FILES, "{differing:?}");
    // On the open-data page, only that date.
    let retrieved = |site: &Path, day: &str, iso: &str| {
        read(site, "open-data/index.html")
            .replace(&format!("datetime=\"{iso}\""), "")
            .replace(day, "")
    };
    assert_eq!(
        retrieved(&site, "1 april 2025", "2025-04-01"),
        retrieved(&later, "2 april 2025", "2025-04-02")
    );
}

/// The files that show the build date as the build date: the open-data page's "retrieved
/// on" in its citations, security.txt's expiry, and the service worker, whose version is
/// the hash of the others.
/// What a rebuild a day later may change: the files that show the build date, and the room
/// page, whose "afwijkende openingstijden" cover the weeks from the build date on.
const BUILD_DATE_FILES: &[&str] = &[
    ".well-known/security.txt",
    "kamers/kamer/index.html",
    "open-data/index.html",
    "sw.js",
];

#[test]
fn outside_git_one_warning_unless_the_date_is_given() {
    let copy = copy_fixture("minimal");
    let out = tempfile::tempdir().unwrap();
    let output = build(copy.path(), &out.path().join("a"), None);
    let found = warnings_of(&output);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("not the top of a Git repository"),
        "{found:?}"
    );
    // There is no `.git` to name: the warning is about the folder of site.yaml.
    assert!(found[0].starts_with("site.yaml: warning: "), "{found:?}");
    // SOURCE_DATE_EPOCH says when the sources last changed: nothing to warn about.
    let output = build(copy.path(), &out.path().join("b"), Some(EPOCH));
    assert_eq!(warnings_of(&output), Vec::<String>::new());
    let room = json(&read(&out.path().join("b"), "kamers/kamer/index.json"));
    assert_eq!(room["modified"], "2025-04-01");
}

#[test]
fn a_shallow_clone_gives_one_warning_and_the_build_date() {
    let (repo, _) = repository();
    let clones = tempfile::tempdir().unwrap();
    let url = format!("file://{}", repo.path().display());
    git(
        clones.path(),
        &["clone", "-q", "--depth", "1", &url, "shallow"],
        "2025-04-01T00:00:00+00:00",
    );
    let shallow = clones.path().join("shallow");
    let out = tempfile::tempdir().unwrap();
    let output = build(&shallow, &out.path().join("site"), Some(EPOCH));
    let found = warnings_of(&output);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("shallow"), "{found:?}");
    let room = json(&read(&out.path().join("site"), "kamers/kamer/index.json"));
    assert_eq!(room["modified"], "2025-04-01");
    let changes = read(&out.path().join("site"), "data/changes.csv");
    assert_eq!(changes.lines().count(), 1, "only the header: {changes}");
}

#[test]
fn an_uncommitted_change_is_as_new_as_the_build_and_unsafe_tags_are_skipped() {
    let (repo, _) = repository();
    let root = repo.path();
    git(root, &["tag", "data-Bad_Name"], "2025-04-01T00:00:00+00:00");
    let area = std::fs::read_to_string(root.join("content/areas/noord.md")).unwrap();
    write(
        root,
        "content/areas/noord.md",
        area.replace("Noord", "Noord (nieuw)"),
    );
    let out = tempfile::tempdir().unwrap();
    let output = build(root, &out.path().join("site"), Some(EPOCH));
    let area = json(&read(&out.path().join("site"), "gebieden/noord/index.json"));
    assert_eq!(area["modified"], "2025-04-01");
    let room = json(&read(&out.path().join("site"), "kamers/kamer/index.json"));
    assert_eq!(room["modified"], "2025-03-10");
    let found = warnings_of(&output);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("is not published as a version"),
        "{found:?}"
    );
    assert!(found[0].contains("data-Bad_Name"), "{found:?}");
    assert!(!out.path().join("site/data/versies/data-Bad_Name").exists());
    assert!(out
        .path()
        .join("site/data/versies/data-2025-01/SHA256SUMS")
        .exists());
}

/// Every string (or `@id`) under `key` anywhere in `value`.
fn collect_strings(value: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if k == key {
                    match v {
                        serde_json::Value::String(s) => out.push(s.clone()),
                        serde_json::Value::Object(o) => {
                            if let Some(serde_json::Value::String(s)) = o.get("@id") {
                                out.push(s.clone());
                            }
                        }
                        _ => collect_strings(v, key, out),
                    }
                } else {
                    collect_strings(v, key, out);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, key, out)),
        _ => {}
    }
}
