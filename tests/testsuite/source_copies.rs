//! The copy of a budget's source (`source_file`) published beside the open data, and a
//! line's place in a source without page numbers (`section`): the link on every budget page
//! and in every budget CSV leads to a file the build wrote, with the bytes of the copy and
//! its SHA-256 in `SHA256SUMS`; a copy that is missing, of another kind than its name says,
//! of a kind a browser would run, or in the open data's own place is refused on its line.

use crate::common::*;
use scraper::{Html, Selector};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The copy of the source, as the editor saved it.
const LETTER: &str =
    "Tekstkopie van de brief.\n\nBudget\nDe structurele middelen (€90.000) worden ingezet.\n";

/// The open-data fixture (base path `/buurt/`, languages nl and fy) whose plan names a text
/// copy of its source and whose first line names its paragraph.
fn site_with_copy() -> tempfile::TempDir {
    let dir = copy_fixture("open-data");
    let path = dir.path().join("data/budgets/plan.yaml");
    let plan = std::fs::read_to_string(&path)
        .unwrap()
        .replace(
            "status: planned\n",
            "source_file: documents/brief-2022.txt\nstatus: planned\n",
        )
        .replace(
            "    area: noord\n",
            "    area: noord\n    section: paragraaf Budget\n",
        );
    write(dir.path(), "data/budgets/plan.yaml", plan);
    write(dir.path(), "data/documents/brief-2022.txt", LETTER);
    dir
}

/// The file a root-relative or absolute address of the fixture leads to.
fn file_of(site: &Path, address: &str) -> PathBuf {
    let path = address
        .strip_prefix("https://data.example.nl")
        .unwrap_or(address)
        .strip_prefix("/buurt/")
        .unwrap_or_else(|| panic!("{address} is not under the site's base path"));
    site.join(path)
}

fn csv_rows(bytes: &[u8]) -> Vec<BTreeMap<String, String>> {
    csv::Reader::from_reader(bytes)
        .deserialize()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn the_copy_is_published_and_every_link_to_it_resolves() {
    let dir = site_with_copy();
    let (_out, site) = build_ok(dir.path());
    let published = site.join("data/documents/brief-2022.txt");
    assert_eq!(std::fs::read_to_string(&published).unwrap(), LETTER);
    // Listed with its SHA-256, relative to data/, as `sha256sum -c` reads it.
    let sums = std::fs::read_to_string(site.join("data/SHA256SUMS")).unwrap();
    let line = format!(
        "{}  documents/brief-2022.txt",
        sha256_hex(LETTER.as_bytes())
    );
    assert!(sums.lines().any(|l| l == line), "{sums}");

    // The pages: the document's page and its year's, in both languages, link to the copy
    // as plain text, with its kind and size; the line shows its paragraph.
    let copy = Selector::parse(".source-copy a").unwrap();
    let place = Selector::parse("th[scope=row] .line-source").unwrap();
    for page in [
        "begroting/documenten/plan/index.html",
        "begroting/2024/index.html",
        "fy/begroting/documenten/plan/index.html",
        "begroting/index.html",
    ] {
        let html = Html::parse_document(&std::fs::read_to_string(site.join(page)).unwrap());
        let links: Vec<_> = html.select(&copy).collect();
        assert_eq!(links.len(), 1, "{page}: one link to the copy");
        let href = links[0].value().attr("href").unwrap();
        assert_eq!(href, "/buurt/data/documents/brief-2022.txt", "{page}");
        assert_eq!(file_of(&site, href), published);
        assert_eq!(links[0].value().attr("type"), Some("text/plain"), "{page}");
        let around: String = links[0]
            .parent()
            .unwrap()
            .children()
            .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
            .collect();
        assert!(around.contains("TXT"), "{page}: {around}");
        if page != "begroting/index.html" {
            let places: Vec<String> = html
                .select(&place)
                .map(|e| e.text().collect::<String>())
                .collect();
            assert!(
                places.iter().any(|p| p.ends_with("paragraaf Budget")),
                "{page}: {places:?}"
            );
        }
    }

    // Every budget CSV names the copy's address in each of the plan's rows and the
    // paragraph on its first line; the realisation has no copy.
    for file in [
        "data/budget.csv",
        "data/budget-2024.csv",
        "data/budget-2025.csv",
    ] {
        let rows = csv_rows(&std::fs::read(site.join(file)).unwrap());
        for row in &rows {
            match row["budget"].as_str() {
                "plan" => {
                    assert_eq!(
                        row["source_file"],
                        "https://data.example.nl/buurt/data/documents/brief-2022.txt",
                        "{file}"
                    );
                    assert_eq!(file_of(&site, &row["source_file"]), published);
                    let section = if row["line"] == "1" {
                        "paragraaf Budget"
                    } else {
                        ""
                    };
                    assert_eq!(row["section"], section, "{file}: line {}", row["line"]);
                }
                _ => assert_eq!(
                    (row["source_file"].as_str(), row["section"].as_str()),
                    ("", "")
                ),
            }
        }
    }

    // The package names the copy among the sources and describes both columns.
    let package: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.join("data/datapackage.json")).unwrap())
            .unwrap();
    let sources: Vec<&str> = package["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert!(
        sources.contains(&"https://data.example.nl/buurt/data/documents/brief-2022.txt"),
        "{sources:?}"
    );
    let budget = named(&package["resources"], "budget");
    for column in ["source_file", "section"] {
        let field = named(&budget["schema"]["fields"], column);
        assert!(!field["description"].as_str().unwrap().is_empty());
    }

    // And the database.
    let db = rusqlite::Connection::open(site.join("data/mienskip.sqlite")).unwrap();
    let (file, section): (String, String) = db
        .query_row(
            "SELECT source_file, section FROM budget WHERE budget = 'plan' AND line = 1 AND year = 2024",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (file.as_str(), section.as_str()),
        (
            "https://data.example.nl/buurt/data/documents/brief-2022.txt",
            "paragraaf Budget"
        )
    );
}

/// `mienskip check` of the fixture with the plan naming `file` and the files `extra`
/// written: its exit status 1 and its problems.
fn refused(file: &str, extra: &[(&str, &[u8])]) -> String {
    let dir = copy_fixture("open-data");
    let path = dir.path().join("data/budgets/plan.yaml");
    let plan = std::fs::read_to_string(&path).unwrap().replace(
        "status: planned\n",
        &format!("source_file: {file}\nstatus: planned\n"),
    );
    write(dir.path(), "data/budgets/plan.yaml", plan);
    for (path, bytes) in extra {
        write(dir.path(), path, bytes);
    }
    let output = check(dir.path());
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(!text.contains("panicked"), "{text}");
    text
}

#[test]
fn a_copy_that_is_not_what_it_should_be_is_refused_on_its_line() {
    let at = "data/budgets/plan.yaml:3";
    let text = refused("documents/weg.pdf", &[]);
    assert!(
        text.contains(at)
            && text
                .contains("`source_file` names data/documents/weg.pdf: that file does not exist"),
        "{text}"
    );
    let text = refused(
        "documents/plan.pdf",
        &[(
            "data/documents/plan.pdf",
            b"<html><script>alert(1)</script>",
        )],
    );
    assert!(
        text.contains(at) && text.contains("its contents are not a pdf file"),
        "{text}"
    );
    let text = refused(
        "documents/plan.html",
        &[("data/documents/plan.html", b"<script>alert(1)</script>")],
    );
    assert!(
        text.contains(at)
            && text.contains(
                "\"documents/plan.html\" is not a pdf, txt, csv, odt, ods, docx or xlsx file"
            ),
        "{text}"
    );
    // Directly in data/ it would take the place of the budget table; in data/versies/ of a
    // version's file.
    for (file, written) in [
        ("budget.csv", "data/budget.csv"),
        (
            "versies/data-1/budget.csv",
            "data/versies/data-1/budget.csv",
        ),
    ] {
        let text = refused(file, &[(written, b"budget,year\r\n")]);
        assert!(
            text.contains(at) && text.contains("must be in a folder of its own under data/"),
            "{text}"
        );
    }
}

/// The build cache takes nothing stale: a copy changed to other bytes of the same length
/// (which the site's `Debug` text, shortening the bytes to their number, would not show) is
/// published anew, with its new SHA-256.
#[test]
fn a_changed_copy_of_the_same_length_is_not_taken_from_the_cache() {
    let dir = site_with_copy();
    let work = tempfile::tempdir().unwrap();
    let (site, cache) = (work.path().join("site"), work.path().join("cache"));
    let cached_build = || {
        let output = mienskip(&[
            "build",
            "--root",
            dir.path().to_str().unwrap(),
            "--output",
            site.to_str().unwrap(),
            "--cache",
            cache.to_str().unwrap(),
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    };
    cached_build();
    let changed = LETTER.replace("Tekstkopie", "Tekstkapie");
    assert_eq!(changed.len(), LETTER.len());
    write(dir.path(), "data/documents/brief-2022.txt", &changed);
    cached_build();
    let published = std::fs::read_to_string(site.join("data/documents/brief-2022.txt")).unwrap();
    assert_eq!(published, changed);
    let sums = std::fs::read_to_string(site.join("data/SHA256SUMS")).unwrap();
    assert!(
        sums.contains(&format!(
            "{}  documents/brief-2022.txt",
            sha256_hex(changed.as_bytes())
        )),
        "{sums}"
    );
}

/// Issue #16's last point: the example site's two budgets carry, on every row of
/// `budget.csv`, where in the source the line is printed (a figure, or the letter's
/// paragraph), the budget's notes, and a link to the published copy of the source, which is
/// the text of the seed behind a header that says what it is.
#[test]
fn the_example_budgets_carry_their_place_notes_and_source_links() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_out, site) = build_ok(root);
    let rows = csv_rows(&std::fs::read(site.join("data/budget.csv")).unwrap());
    let mut seen = std::collections::BTreeSet::new();
    for row in &rows {
        let budget = row["budget"].as_str();
        seen.insert(budget.to_string());
        assert!(!row["budget_notes"].is_empty(), "{budget}: notes");
        assert!(
            !row["figure"].is_empty() || !row["section"].is_empty(),
            "{budget} line {}: no place in the source",
            row["line"]
        );
        let copy = &row["source_file"];
        let path = copy
            .strip_prefix("https://kamers.example.nl/")
            .unwrap_or_else(|| panic!("{budget}: {copy}"));
        let text = std::fs::read_to_string(site.join(path)).unwrap();
        assert!(
            text.starts_with("Tekstkopie van een openbaar document"),
            "{path}"
        );
        // The copy holds the figures the lines come from.
        let printed = match budget {
            "uitvoeringsplan-sociale-basis" => {
                assert!(row["source_url"].starts_with("https://www.leeuwarden.nl/"));
                "Figuur 4: overzicht financiën pijler 1"
            }
            "buurt-en-dorpskamers-structureel" => {
                assert_eq!(row["section"], "paragraaf Budget");
                "De structurele \nmiddelen (€90.000)"
            }
            other => panic!("unexpected budget {other}"),
        };
        assert!(text.contains(printed), "{path}: {printed:?}");
    }
    assert_eq!(seen.len(), 2, "{seen:?}");
}
