//! The example site (Leeuwarden, from the seeds) builds, and its budget pages show the
//! totals printed in seed 004.

use crate::common::*;
use scraper::{Html, Selector};

#[test]
fn example_site_builds_with_seed_004_totals() {
    let root = example_root();
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let output = build_to(root, &site);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(warnings_of(&output), Vec::<String>::new());

    for (year, total) in [
        (2024, "€ 365.000"),
        (2025, "€ 400.000"),
        (2026, "€ 260.000"),
    ] {
        let html =
            std::fs::read_to_string(site.join(format!("begroting/{year}/index.html"))).unwrap();
        let document = Html::parse_document(&html);
        let main = Selector::parse("main").unwrap();
        let text: String = document.select(&main).next().unwrap().text().collect();
        assert!(text.contains(total), "{year} lacks {total}");
    }
    for room in [
        "bilgaard",
        "de-klomp",
        "heechterp-schieringen",
        "dorpskamer-grou",
        "oude-ambachtsschool",
        "nylan",
        "mfc-westenkwartier",
        "eeltjeshiem",
        "dorpskamer-stiens",
        "dorpskamer-mantgum",
    ] {
        assert!(
            site.join(format!("kamers/{room}/index.html")).is_file(),
            "{room}"
        );
    }
    // Issue #14: each page of a room that is not closed names a way to reach someone (a
    // link in its contact section: an e-mail address, a phone number, a website or the
    // organisation), and two rooms show a photo with alt text in several widths.
    let contact_link = Selector::parse("section#contact a[href]").unwrap();
    let photo = Selector::parse("img[srcset]").unwrap();
    let mut photos = Vec::new();
    for entry in std::fs::read_dir(site.join("kamers")).unwrap() {
        let page = entry.unwrap().path().join("index.html");
        let Ok(html) = std::fs::read_to_string(&page) else {
            continue;
        };
        let document = Html::parse_document(&html);
        let id = page
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy();
        let source = std::fs::read_to_string(root.join(format!("content/rooms/{id}.md")));
        let closed = source.unwrap().contains("\nstatus: closed\n");
        assert!(
            closed || document.select(&contact_link).next().is_some(),
            "{} has no contact",
            page.display()
        );
        if let Some(img) = document.select(&photo).next() {
            let alt = img.value().attr("alt").unwrap_or("");
            assert!(alt.len() > 10, "{}: alt text {alt:?}", page.display());
            photos.push(page);
        }
    }
    assert!(photos.len() >= 2, "rooms with a photo: {photos:?}");
    let areas = std::fs::read_dir(root.join("content/areas"))
        .unwrap()
        .filter(|e| {
            let name = e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .into_owned();
            name.ends_with(".md") && name.matches('.').count() == 1
        })
        .count();
    assert_eq!(areas, 8, "the 8 wijkteam areas");
}
