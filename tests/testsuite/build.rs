//! Building whole sites: every page of SITE.md exists in every language, a failed build
//! leaves the previous site untouched, and two builds give identical bytes.

use crate::common::*;
use scraper::Selector;

#[test]
fn complete_fixture_builds_every_page_in_every_language() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let output = build_to(&fixture("complete"), &site);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let pages = [
        "index.html",
        "kamers/index.html",
        "kamers/de-kamer/index.html",
        "kamers/oude-school/index.html",
        "kamers/nieuwe-kamer/index.html",
        "gebieden/index.html",
        "gebieden/noord/index.html",
        "gebieden/noord/welkom/index.html",
        "initiatieven/index.html",
        "initiatieven/repair-cafe/index.html",
        "organisaties/index.html",
        "organisaties/welzijn/index.html",
        "vrijwilligerswerk/index.html",
        "agenda/index.html",
        "kennisbank/index.html",
        "begroting/index.html",
        "begroting/2024/index.html",
        "begroting/2025/index.html",
        "begroting/documenten/plan/index.html",
        "kaart/index.html",
        "open-data/index.html",
        "toegankelijkheid/index.html",
        "404.html",
    ];
    for language_prefix in ["", "fy/", "en/"] {
        for path in pages {
            let file = format!("{language_prefix}{path}");
            let html = page(&site, &file);
            let lang = Selector::parse("html").unwrap();
            let expected = match language_prefix {
                "" => "nl",
                other => other.trim_end_matches('/'),
            };
            assert_eq!(
                html.select(&lang).next().unwrap().value().attr("lang"),
                Some(expected),
                "{file}"
            );
            assert_eq!(texts(&html, "h1").len(), 1, "{file} has one h1");
        }
    }
    for file in [
        "sitemap.xml",
        "robots.txt",
        "feed.xml",
        ".well-known/security.txt",
        "style.css",
    ] {
        assert!(site.join(file).is_file(), "{file}");
    }

    let room = page(&site, "kamers/de-kamer/index.html");
    assert_eq!(texts(&room, "h1"), ["Buurtkamer De Kamer"]);
    let body = texts(&room, "main").join(" ");
    for expected in [
        "Voorbeeldstraat 1",
        "8900 AA",
        "Koffieochtend",
        "Gastvrouw of gastheer",
        "Sociaal werker Welzijn",
        "Repair Café Noord",
    ] {
        assert!(
            body.contains(expected),
            "room page lacks {expected}: {body}"
        );
    }
    // The Markdown body is rendered, with its footnote.
    assert!(!texts(&room, "main strong").is_empty());

    let english = page(&site, "en/kamers/de-kamer/index.html");
    assert_eq!(texts(&english, "h1"), ["Community room De Kamer"]);
    let frisian_area = page(&site, "fy/gebieden/noord/index.html");
    assert_eq!(texts(&frisian_area, "h1"), ["Teststêd Noard"]);
    let frisian_room = page(&site, "fy/kamers/de-kamer/index.html");
    assert_eq!(
        texts(&frisian_room, "h1"),
        ["Buurtkamer De Kamer"],
        "untranslated text falls back"
    );

    let json_ld = Selector::parse("script[type=\"application/ld+json\"]").unwrap();
    let script = room
        .select(&json_ld)
        .next()
        .expect("room JSON-LD")
        .text()
        .collect::<String>();
    let value: serde_json::Value = serde_json::from_str(&script).unwrap();
    assert_eq!(value["@type"], "CivicStructure");
    assert_eq!(value["openingHoursSpecification"][0]["opens"], "09:00");
    assert_eq!(value["event"][3]["startDate"], "2025-03-15T13:00");

    let closed = texts(&page(&site, "kamers/oude-school/index.html"), "main").join(" ");
    assert!(
        closed.contains("2022"),
        "closed room shows its closing date: {closed}"
    );

    let sitemap = std::fs::read_to_string(site.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://kamers.example.nl/fy/kamers/de-kamer/</loc>"));
}

#[test]
fn budget_year_pages_show_exact_totals() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let output = build_to(&fixture("complete"), &site);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let year = texts(&page(&site, "begroting/2025/index.html"), "main").join(" ");
    // 50000.50 + 1300 - 250.10 + 100 h x 8.80 = 51930.40
    assert!(year.contains("€ 51.930,40"), "{year}");
    assert!(year.contains("€ 880"), "{year}");
}

#[test]
fn failed_build_leaves_previous_site_untouched() {
    let root = copy_fixture("complete");
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let first = build_to(root.path(), &site);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = tree(&site);
    assert!(before.len() > 50);

    write(
        root.path(),
        "content/rooms/de-kamer.md",
        "---\nname: Kapot\nkind: main\narea: nergens\n---\n",
    );
    let second = build_to(root.path(), &site);
    assert_eq!(second.status.code(), Some(1));
    assert!(
        stderr(&second).contains("nothing was written"),
        "{}",
        stderr(&second)
    );
    assert!(tree(&site) == before, "the previous site changed");
    let siblings: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(siblings, ["site"], "no temporary folders are left behind");
}

#[test]
fn two_builds_are_byte_identical() {
    let out = tempfile::tempdir().unwrap();
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    for target in [&a, &b] {
        let output = build_to(&fixture("complete"), target);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let (ta, tb) = (tree(&a), tree(&b));
    assert_eq!(ta.len(), tb.len());
    for ((pa, ba), (pb, bb)) in ta.iter().zip(&tb) {
        assert_eq!(pa, pb);
        assert!(ba == bb, "{pa} differs between builds");
    }
}

#[test]
fn check_writes_nothing() {
    let root = copy_fixture("minimal");
    let output = check(root.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!root.path().join("site").exists());
}

#[test]
fn site_theme_overrides_a_template_and_a_string() {
    let root = copy_fixture("minimal");
    write(
        root.path(),
        "themes/default/templates/404.html",
        "<!doctype html><html lang=\"{{ lang }}\"><title>x</title><h1>Eigen 404</h1></html>",
    );
    write(root.path(), "themes/default/static/extra.txt", "extra");
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let output = build_to(root.path(), &site);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(texts(&page(&site, "404.html"), "h1"), ["Eigen 404"]);
    assert_eq!(
        std::fs::read_to_string(site.join("extra.txt")).unwrap(),
        "extra"
    );
}

#[test]
fn broken_template_is_an_error_naming_the_file() {
    let root = copy_fixture("minimal");
    write(root.path(), "themes/default/templates/404.html", "{% if %}");
    let output = check(root.path());
    assert_eq!(
        output.status.code(),
        Some(1),
        "check compiles the theme too"
    );
    assert!(
        stderr(&output).starts_with("themes/default/templates/404.html:1: error:"),
        "{}",
        stderr(&output)
    );
    let out = tempfile::tempdir().unwrap();
    let output = build_to(root.path(), &out.path().join("site"));
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with("themes/default/templates/404.html:1: error:"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn open_data_page_lists_every_file_with_its_size_columns_and_json_ld() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let output = build_to(&fixture("complete"), &site);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let html = page(&site, "open-data/index.html");
    let links = Selector::parse("ul.file-list a").unwrap();
    let hrefs: Vec<String> = html
        .select(&links)
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    for file in [
        "rooms.csv",
        "rooms.excel.csv",
        "rooms.geojson",
        "budget.csv",
        "agenda.ics",
        "datapackage.json",
        "catalog.jsonld",
    ] {
        let href = format!("/data/{file}");
        assert!(hrefs.contains(&href), "{href} listed");
        assert!(
            site.join(href.trim_start_matches('/')).is_file(),
            "{href} exists"
        );
    }
    // The size shown is the real size of the file.
    let size = std::fs::metadata(site.join("data/rooms.csv"))
        .unwrap()
        .len();
    let shown = if size < 1000 {
        format!("{size} B")
    } else {
        format!("{:.1} kB", size as f64 / 1000.0).replace('.', ",")
    };
    let listing = texts(&html, "ul.file-list li").join(" | ");
    assert!(
        listing.contains(&format!("rooms.csv (CSV, {shown})")),
        "{listing}"
    );
    // Every column of budget.csv is explained.
    let columns = texts(&html, "#dataset-budget code");
    for column in [
        "budget",
        "year",
        "amount",
        "in_kind",
        "hours",
        "rate",
        "organisation",
    ] {
        assert!(
            columns.iter().any(|c| c == column),
            "{column} in {columns:?}"
        );
    }
    let json_ld = Selector::parse("script[type=\"application/ld+json\"]").unwrap();
    let script: String = html.select(&json_ld).next().unwrap().text().collect();
    let value: serde_json::Value = serde_json::from_str(&script).unwrap();
    assert_eq!(value["@type"], "DataCatalog");
    assert_eq!(value["dataset"].as_array().unwrap().len(), 7);
    assert_eq!(value["dataset"][0]["@type"], "Dataset");
    assert_eq!(
        value["license"],
        "https://creativecommons.org/licenses/by/4.0/"
    );
}

#[test]
fn untranslated_text_is_marked_with_its_language() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let output = build_to(&fixture("complete"), &site);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let lang_of_body = |path: &str| {
        let html = page(&site, path);
        let selector = Selector::parse("#over div[lang]").unwrap();
        let element = html
            .select(&selector)
            .next()
            .unwrap_or_else(|| panic!("{path}"));
        element.value().attr("lang").unwrap().to_string()
    };
    assert_eq!(lang_of_body("en/kamers/de-kamer/index.html"), "en");
    assert_eq!(lang_of_body("fy/kamers/de-kamer/index.html"), "nl");
    assert_eq!(lang_of_body("fy/gebieden/noord/index.html"), "fy");
}

#[test]
fn a_theme_file_that_takes_a_generated_files_place_is_an_error() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        "themes/default/static/robots.txt",
        "User-agent: *\n",
    );
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let run = build_to(site.path(), &target);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr(&run).contains("two files would be published as robots.txt"),
        "{}",
        stderr(&run)
    );
    assert!(!target.exists(), "nothing is published");
    // The theme's other static files still override the built-in ones without a clash.
    std::fs::remove_file(site.path().join("themes/default/static/robots.txt")).unwrap();
    write(
        site.path(),
        "themes/default/static/style.css",
        "body { color: black }\n",
    );
    let run = build_to(site.path(), &target);
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(
        std::fs::read_to_string(target.join("style.css")).unwrap(),
        "body { color: black }\n"
    );
}
