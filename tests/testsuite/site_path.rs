//! Links written in texts from the site's root (`/begroting/`) on a site whose address has a
//! path (`base_url: https://gemeente.github.io/kamers/`): they mean this site's page, so
//! the build puts the path in front, in the pages (parsed as HTML) and in the JSON twins'
//! `description_html`, and the link check reads them the same way. A site at the root of
//! its host publishes them as written.

use crate::common::*;
use scraper::{Html, Selector};
use std::path::Path;

const ROOM: &str = "\
Zie de [begroting](/begroting/), [de kamer zelf](/kamers/kamer/#open) en
![Plattegrond](/plattegrond.png). Elders: [gemeente](https://www.example.nl/),
[terug](../) en [andere host](//cdn.example.nl/x.png).
";

/// A small PNG, for the picture.
fn png() -> Vec<u8> {
    let image = image::RgbImage::from_pixel(4, 4, image::Rgb([30, 90, 160]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    image.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

/// The minimal site at `base_url`, with links from the root in a room and in a page and
/// its English translation; built into `site/`, with no warning from the link check.
fn built(base_url: &str) -> tempfile::TempDir {
    let site = copy_fixture("minimal");
    let root = site.path();
    write(
        root,
        "site.yaml",
        format!("title: Buurtkamers Klein\nbase_url: {base_url}\nlanguages: [nl, en]\npublisher: {{ name: Gemeente Klein }}\n"),
    );
    write(root, "themes/default/static/plattegrond.png", png());
    write(root, "content/rooms/kamer.md", minimal_room("", ROOM));
    write(
        root,
        "content/pages/over.md",
        "---\ntitle: Over\n---\nDe [begroting](/begroting/) en [de kamer](/kamers/kamer/).\n",
    );
    write(
        root,
        "content/pages/over.en.md",
        "---\ntitle: About\n---\nThe [budget](/en/begroting/) and [the room](/kamers/kamer/).\n",
    );
    let checked = check(root);
    assert_eq!(checked.status.code(), Some(0), "{}", stderr(&checked));
    assert_eq!(warning_lines(&stderr(&checked)), Vec::<&str>::new());
    let output = build_into_site(root);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    site
}

/// The `href` of every link and the `src` of every picture in the page's main text, by the
/// link's text or the picture's `alt`.
fn addresses(page: &Path) -> Vec<(String, String)> {
    let html = Html::parse_document(&std::fs::read_to_string(page).unwrap());
    let links = Selector::parse("main a[href], main img[src]").unwrap();
    html.select(&links)
        .map(|e| {
            let value = e.value();
            match value.attr("href") {
                Some(href) => (e.text().collect::<String>(), href.to_string()),
                None => (
                    value.attr("alt").unwrap_or("").to_string(),
                    value.attr("src").unwrap().to_string(),
                ),
            }
        })
        .collect()
}

fn address_of(found: &[(String, String)], name: &str) -> String {
    found
        .iter()
        .find(|(text, _)| text == name)
        .unwrap_or_else(|| panic!("no {name} in {found:#?}"))
        .1
        .clone()
}

#[test]
fn links_from_the_root_in_texts_lead_into_a_site_under_a_path() {
    let site = built("https://gemeente.github.io/kamers/");
    let out = site.path().join("site");
    let room = addresses(&out.join("kamers/kamer/index.html"));
    for (name, expected) in [
        ("begroting", "/kamers/begroting/"),
        ("de kamer zelf", "/kamers/kamers/kamer/#open"),
        ("Plattegrond", "/kamers/plattegrond.png"),
        ("gemeente", "https://www.example.nl/"),
        ("terug", "../"),
        ("andere host", "//cdn.example.nl/x.png"),
    ] {
        assert_eq!(address_of(&room, name), expected, "{name}");
    }
    // Each leads to a file the build wrote (the site's folder is served at /kamers/).
    for name in ["begroting", "de kamer zelf", "Plattegrond"] {
        let address = address_of(&room, name);
        let inside = address.strip_prefix("/kamers/").unwrap();
        let inside = inside.split('#').next().unwrap();
        let file = if inside.ends_with('/') {
            out.join(inside).join("index.html")
        } else {
            out.join(inside)
        };
        assert!(file.is_file(), "{name}: {}", file.display());
    }
    // The page and its translation: a link from the root means the site's root in every
    // language.
    let over = addresses(&out.join("over/index.html"));
    assert_eq!(address_of(&over, "begroting"), "/kamers/begroting/");
    assert_eq!(address_of(&over, "de kamer"), "/kamers/kamers/kamer/");
    let about = addresses(&out.join("en/over/index.html"));
    assert_eq!(address_of(&about, "budget"), "/kamers/en/begroting/");
    assert_eq!(address_of(&about, "the room"), "/kamers/kamers/kamer/");
    // The room's JSON twin carries the same text.
    let twin: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("kamers/kamer/index.json")).unwrap())
            .unwrap();
    let description = twin["description_html"].as_str().unwrap();
    let fragment = Html::parse_fragment(description);
    let hrefs: Vec<&str> = fragment
        .select(&Selector::parse("a[href]").unwrap())
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert_eq!(
        hrefs[..2],
        ["/kamers/begroting/", "/kamers/kamers/kamer/#open"]
    );
}

#[test]
fn a_site_at_the_root_of_its_host_publishes_the_links_as_written() {
    let site = built("https://klein.example.nl/");
    let room = addresses(&site.path().join("site/kamers/kamer/index.html"));
    assert_eq!(address_of(&room, "begroting"), "/begroting/");
    assert_eq!(address_of(&room, "de kamer zelf"), "/kamers/kamer/#open");
    assert_eq!(address_of(&room, "Plattegrond"), "/plattegrond.png");
}
