//! Finding a room by postcode and by name (issue #14): areas' `postcodes` and `places`
//! checked with file and line, a postcode claimed by two areas named in both files, the
//! generated postcode pages and their links, the postcode box without JavaScript, and the
//! search index's records (read from Pagefind's own fragment files) holding places,
//! postcodes, streets, a sentence per item and the Frisian forms of Dutch words. The
//! browser side (the box with script, ranking, "dichtbij mij") is .ci/browser/find.mjs.

use crate::common::{build_into_site, check, copy_fixture, pagefind_fragments, stderr, write};
use scraper::{Html, Selector};
use std::path::Path;

const NOORD: &str = "---
name: Teststad Noord
geometry: geo/noord.geojson
geometry_approximate: true
postcodes: [\"8913\", \"8914 ab\"]
places: [Camminghaburen, Bilgaard]
summary: Het noorden van Teststad.
---
In Noord werken bewoners aan ontmoeting.
";

fn zuid(postcodes: &str) -> String {
    format!("---\nname: Teststad Zuid\ngeometry: geo/zuid.geojson\npostcodes: {postcodes}\n---\n")
}

/// The complete fixture with Noord's postcodes and places and Zuid's `postcodes`.
fn site_with(zuid_postcodes: &str) -> tempfile::TempDir {
    let dir = copy_fixture("complete");
    write(dir.path(), "content/areas/noord.md", NOORD);
    write(dir.path(), "content/areas/zuid.md", zuid(zuid_postcodes));
    dir
}

fn page(root: &Path, relative: &str) -> Html {
    let path = root.join("site").join(relative);
    Html::parse_document(
        &std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    )
}

fn attr(html: &Html, selector: &str, name: &str) -> Vec<String> {
    html.select(&Selector::parse(selector).unwrap())
        .filter_map(|e| e.value().attr(name).map(str::to_string))
        .collect()
}

fn text(html: &Html, selector: &str) -> String {
    html.select(&Selector::parse(selector).unwrap())
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn bad_and_doubly_claimed_postcodes_are_errors_with_file_and_line() {
    let dir = site_with(r#"["89133", "8913", "0913", "8915", "8915", "8915 SS", "8914 AB"]"#);
    let out = check(dir.path());
    assert!(!out.status.success());
    let err = stderr(&out);
    for expected in [
        "content/areas/zuid.md:4: error: `postcodes` has \"89133\", which is not a Dutch postcode: it must have four digits and, if more, exactly two letters; write four digits like \"8913\"",
        "content/areas/zuid.md:4: error: `postcodes` has \"0913\", which is not a Dutch postcode: it starts with 0",
        "content/areas/zuid.md:4: error: `postcodes` lists 8915 twice (first on line 4); keep one",
        "content/areas/zuid.md:4: error: `postcodes` has \"8915 SS\", which is not a Dutch postcode: it ends in SA, SD or SS",
        // Both files named: the one with the error and the one that claimed it first.
        "content/areas/zuid.md:4: error: `postcodes` lists 8913, which content/areas/noord.md (line 5) also claims for area `noord`",
        // "8914 ab" as written in Noord is the same postcode as "8914 AB".
        "content/areas/zuid.md:4: error: `postcodes` lists 8914 AB, which content/areas/noord.md (line 5) also claims",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    // All problems in one run.
    assert_eq!(err.matches(": error: `postcodes`").count(), 6, "{err}");
}

#[test]
fn places_must_be_named_once() {
    let dir = site_with(r#"["8915"]"#);
    write(
        dir.path(),
        "content/areas/noord.md",
        NOORD.replace("[Camminghaburen, Bilgaard]", "[Bilgaard, bilgaard, \"\"]"),
    );
    let out = check(dir.path());
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains(
            "content/areas/noord.md:6: error: `places` lists \"bilgaard\" twice; keep one"
        ),
        "{err}"
    );
    assert!(err.contains("`places` has an empty name"), "{err}");
}

#[test]
fn postcode_pages_lead_to_their_area() {
    // Zuid claims one six-character postcode inside Noord's 8913: allowed, the more precise
    // claim wins for its addresses; and one inside its own 8915, which is only a warning.
    let dir = site_with(r#"["8913 AB", "8915", "8915 CD"]"#);
    let out = build_into_site(dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("content/areas/zuid.md:4: warning: `postcodes` lists 8915 CD, which already lies in 8915 (line 4) of this area; remove 8915 CD"),
        "{}",
        stderr(&out)
    );
    let root = dir.path();

    let whole = page(root, "postcode/8913/index.html");
    assert_eq!(
        attr(&whole, "[data-postcode-area]", "href"),
        ["/gebieden/noord/"]
    );
    assert!(text(&whole, "h1").contains("8913"));
    assert!(text(&whole, ".page-head").contains("Camminghaburen"));
    // The part of 8913 that Zuid claims, with its page and area.
    let parts = attr(&whole, "#delen a", "href");
    assert_eq!(parts, ["/postcode/8913ab/", "/gebieden/zuid/"]);
    // The rooms of the area.
    assert!(attr(&whole, "#kamers a", "href").contains(&"/kamers/de-kamer/".to_string()));

    let six = page(root, "postcode/8913ab/index.html");
    assert_eq!(
        attr(&six, "[data-postcode-area]", "href"),
        ["/gebieden/zuid/"]
    );
    assert!(text(&six, "h1").contains("8913 AB"));
    assert!(attr(&six, ".page-head a", "href").contains(&"/postcode/8913/".to_string()));

    let frisian = page(root, "fy/postcode/8914ab/index.html");
    assert_eq!(
        attr(&frisian, "[data-postcode-area]", "href"),
        ["/fy/gebieden/noord/"]
    );
    assert_eq!(
        attr(&frisian, "html", "lang"),
        ["fy"],
        "the Frisian page is in Frisian"
    );

    // The list of postcodes the script reads: every page, none twice.
    let list: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("site/postcode/postcodes.json")).unwrap())
            .unwrap();
    assert_eq!(
        list["postcodes"],
        serde_json::json!(["8913", "8913ab", "8914", "8914ab", "8915", "8915cd"])
    );
    // 8914 has a page although only 8914 AB is claimed: the page of the four digits says
    // the postcode is divided.
    let divided = page(root, "postcode/8914/index.html");
    assert!(attr(&divided, "[data-postcode-area]", "href").is_empty());
    assert_eq!(
        attr(&divided, "#delen a", "href"),
        ["/postcode/8914ab/", "/gebieden/noord/"]
    );
    assert!(!root.join("site/postcode/1234/index.html").exists());

    // Search engines find them too: every postcode page, in every language, in the sitemap.
    let sitemap = std::fs::read_to_string(root.join("site/sitemap.xml")).unwrap();
    let locs: Vec<&str> = sitemap
        .lines()
        .filter_map(|l| l.trim().strip_prefix("<loc>")?.strip_suffix("</loc>"))
        .filter(|l| l.contains("/postcode/"))
        .collect();
    for slug in [
        "", "8913/", "8913ab/", "8914/", "8914ab/", "8915/", "8915cd/",
    ] {
        let address = format!("https://kamers.example.nl/postcode/{slug}");
        assert!(locs.contains(&address.as_str()), "{address} in {locs:?}");
    }
    assert!(
        locs.iter().any(|l| l.ends_with("/fy/postcode/8913ab/")),
        "{locs:?}"
    );

    // The open data carries them: areas.csv and each area's JSON twin.
    let mut areas = csv::Reader::from_path(root.join("site/data/areas.csv")).unwrap();
    let headers = areas.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (postcodes, places) = (column("postcodes"), column("places"));
    let rows: Vec<csv::StringRecord> = areas.records().map(Result::unwrap).collect();
    let row = |id: &str| rows.iter().find(|r| &r[0] == id).unwrap().clone();
    assert_eq!(&row("noord")[postcodes], "8913;8914 AB");
    assert_eq!(&row("noord")[places], "Camminghaburen;Bilgaard");
    assert_eq!(&row("zuid")[postcodes], "8913 AB;8915;8915 CD");
    let twin: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root.join("site/gebieden/noord/index.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(twin["postcodes"], serde_json::json!(["8913", "8914 AB"]));
    assert_eq!(
        twin["places"],
        serde_json::json!(["Camminghaburen", "Bilgaard"])
    );
}

#[test]
fn the_postcode_box_works_without_javascript() {
    let dir = site_with(r#"["8915"]"#);
    let out = build_into_site(dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let root = dir.path();
    for (file, action) in [
        ("index.html", "/postcode/"),
        ("gebieden/index.html", "/postcode/"),
        ("fy/index.html", "/fy/postcode/"),
    ] {
        let html = page(root, file);
        assert_eq!(
            attr(&html, "form[data-postcode-form]", "action"),
            [action],
            "{file}"
        );
        assert_eq!(
            attr(&html, "form[data-postcode-form]", "method"),
            ["get"],
            "{file}"
        );
        assert_eq!(
            attr(&html, "form[data-postcode-form] input", "name"),
            ["postcode"]
        );
        // The label is tied to the box.
        assert_eq!(
            attr(&html, "form[data-postcode-form] label", "for"),
            ["postcode-invoer"]
        );
    }
    // Where the form lands without script: every area with its postcodes, linked.
    let list = page(root, "postcode/index.html");
    let links = attr(&list, ".postcode-list a", "href");
    for expected in [
        "/gebieden/noord/",
        "/postcode/8913/",
        "/postcode/8914ab/",
        "/gebieden/zuid/",
        "/postcode/8915/",
    ] {
        assert!(
            links.contains(&expected.to_string()),
            "{expected} in {links:?}"
        );
    }
    assert!(text(&list, ".postcode-list").contains("Camminghaburen"));
    // Unknown postcodes: a way on to every area.
    assert!(attr(&list, "main a", "href").contains(&"/gebieden/".to_string()));
    // The area page names its places and links its postcodes.
    let area = page(root, "gebieden/noord/index.html");
    assert!(text(&area, ".area-places").contains("Camminghaburen, Bilgaard"));
    assert!(attr(&area, "#gebied a", "href").contains(&"/postcode/8914ab/".to_string()));
    // The search page's list without script names each area's places.
    let search = page(root, "zoeken/index.html");
    assert!(text(&search, ".search-all").contains("Teststad Noord (Camminghaburen, Bilgaard)"));
    assert!(attr(&search, ".search-all a", "href").contains(&"/postcode/".to_string()));
    // "Dichtbij mij" is there for the script, hidden without it.
    let home = page(root, "index.html");
    assert_eq!(attr(&home, "[data-nearby]", "hidden"), [""]);
    assert_eq!(
        attr(&home, "[data-nearby]", "data-geojson"),
        ["/data/rooms.geojson"]
    );
}

fn record<'a>(all: &'a [serde_json::Value], url: &str) -> &'a serde_json::Value {
    all.iter()
        .find(|f| f["url"] == url)
        .unwrap_or_else(|| panic!("{url} is indexed"))
}

#[test]
fn the_search_index_knows_places_postcodes_streets_and_speaks_in_sentences() {
    let dir = site_with(r#"["8915"]"#);
    let out = build_into_site(dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let root = dir.path();
    let all = pagefind_fragments(&root.join("site"));

    let noord = record(&all, "/gebieden/noord/");
    let content = noord["content"].as_str().unwrap();
    for word in ["Camminghaburen", "Bilgaard", "8913", "8914 AB"] {
        assert!(content.contains(word), "{word} in {content}");
    }
    // No marker of Pagefind's is left in the text.
    assert!(!content.contains("___"), "{content}");
    assert_eq!(
        noord["meta"]["sentence"],
        "Gebied met Camminghaburen en Bilgaard, postcode 8913 en 8914 AB."
    );

    let room = record(&all, "/kamers/de-kamer/");
    let content = room["content"].as_str().unwrap();
    assert!(
        content.contains("Voorbeeldstraat 1"),
        "the street: {content}"
    );
    assert!(
        content.contains("Koffieochtend"),
        "the activities: {content}"
    );
    assert_eq!(
        room["meta"]["sentence"],
        "Hoofdlocatie in Teststad Noord, open op maandag t/m zaterdag."
    );
    assert_eq!(room["meta"]["kind"], "room");
    let initiative = record(&all, "/initiatieven/repair-cafe/");
    let sentence = initiative["meta"]["sentence"].as_str().unwrap();
    assert!(sentence.starts_with("Initiatief in "), "{sentence}");

    // The Frisian index has the Frisian forms of the room's Dutch words, and the English
    // index the English ones; the Dutch index has neither.
    let frisian = record(&all, "/fy/kamers/de-kamer/")["content"]
        .as_str()
        .unwrap();
    assert!(frisian.contains("kofje"), "{frisian}");
    let english = record(&all, "/en/kamers/de-kamer/")["content"]
        .as_str()
        .unwrap();
    assert!(english.contains("coffee"), "{english}");
    assert!(!content.contains("kofje") && !content.contains("coffee"));
    // Frisian is indexed with the Dutch stemmer, as nl-fy; the search page names it.
    let entry: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root.join("site/pagefind/pagefind-entry.json")).unwrap(),
    )
    .unwrap();
    assert!(entry["languages"]["nl-fy"]["page_count"].as_u64().unwrap() > 0);
    assert_eq!(
        attr(&page(root, "fy/zoeken/index.html"), "#zoeken", "data-index"),
        ["nl-fy"]
    );

    // Each example the search page offers is a word of some record in its language.
    for (file, prefix) in [("zoeken/index.html", "/"), ("fy/zoeken/index.html", "/fy/")] {
        let hint = text(&page(root, file), ".search-examples");
        let examples = hint.split_once(':').unwrap().1.trim().trim_end_matches('.');
        let examples: Vec<&str> = examples.split(", ").collect();
        assert_eq!(examples, ["Camminghaburen", "Eetclub", "8913"], "{file}");
        for example in examples {
            assert!(
                all.iter().any(|f| {
                    f["url"].as_str().unwrap().starts_with(prefix)
                        && (prefix != "/" || !f["url"].as_str().unwrap().starts_with("/fy/"))
                        && f["content"].as_str().unwrap().contains(example)
                }),
                "{file}: {example} is in a record"
            );
        }
    }
}
