//! A pull request's preview (`build --drafts --base-url`, issue #17): the example site built
//! for a sub-path of another host keeps every address of its own under that sub-path, in
//! the pages (parsed as HTML), the sitemap and the feed (parsed as XML), and the open data's
//! catalogues (parsed as JSON).

use crate::common::*;
use quick_xml::events::Event;
use scraper::Html;
use std::path::Path;

const ORIGIN: &str = "https://owner.github.io";
const PATH: &str = "/repo/pr-voorbeeld/pr-7/";

/// Every problem with `value`, an address found in `file`: one on the site's host or
/// site-absolute (`/x`) must be under the sub-path; a relative one must stay under it.
fn check_address(file: &str, value: &str, problems: &mut Vec<String>) {
    let value = value.trim();
    let inside = if let Some(rest) = value.strip_prefix(ORIGIN) {
        rest.starts_with(PATH)
    } else if value.starts_with("//") {
        true // another host
    } else if value.starts_with('/') {
        value.starts_with(PATH)
    } else {
        true
    };
    if !inside {
        problems.push(format!("{file}: {value}"));
    }
}

/// The page's address (`/repo/pr-voorbeeld/pr-7/kamers/x/`) of `relative` (`kamers/x/index.html`).
fn page_url(relative: &str) -> url::Url {
    let base = url::Url::parse(&format!("{ORIGIN}{PATH}")).unwrap();
    base.join(relative).unwrap()
}

#[test]
fn a_preview_under_a_sub_path_keeps_every_address_under_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let base = format!("{ORIGIN}{PATH}");
    let output = mienskip(&[
        "build",
        "--drafts",
        "--base-url",
        &base,
        "--root",
        root.to_str().unwrap(),
        "--output",
        site.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let mut problems = Vec::new();
    let mut seen = 0;
    let mut under = 0;
    for entry in walkdir::WalkDir::new(&site) {
        let entry = entry.unwrap();
        let relative = entry
            .path()
            .strip_prefix(&site)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if relative.ends_with(".html") {
            let html = std::fs::read_to_string(entry.path()).unwrap();
            let page = page_url(&relative);
            for element in Html::parse_document(&html).root_element().descendants() {
                let Some(element) = element.value().as_element() else {
                    continue;
                };
                for (name, value) in element.attrs() {
                    let values: Vec<&str> = if name == "srcset" {
                        value
                            .split(',')
                            .filter_map(|c| c.split_whitespace().next())
                            .collect()
                    } else if ["href", "src", "action", "content", "poster"].contains(&name)
                        || name.starts_with("data-")
                    {
                        vec![value]
                    } else {
                        continue;
                    };
                    for value in values {
                        // A relative address is resolved against the page, as a browser does.
                        let absolute = match page.join(value) {
                            Ok(url) if !value.contains(':') && !value.starts_with('#') => {
                                url.to_string()
                            }
                            _ => value.to_string(),
                        };
                        if ["href", "src"].contains(&name) {
                            seen += 1;
                            under += absolute.starts_with(&base) as usize;
                        }
                        check_address(&relative, &absolute, &mut problems);
                    }
                }
            }
        } else if relative.ends_with(".xml") {
            let xml = std::fs::read_to_string(entry.path()).unwrap();
            let mut reader = quick_xml::Reader::from_str(&xml);
            // The element whose text is read: only addresses are checked, not titles.
            let mut element = Vec::new();
            loop {
                match reader.read_event().unwrap() {
                    Event::Start(e) | Event::Empty(e) => {
                        element = e.local_name().as_ref().to_vec();
                        for attribute in e.attributes() {
                            let attribute = attribute.unwrap();
                            let value = std::str::from_utf8(&attribute.value).unwrap();
                            check_address(&relative, value, &mut problems);
                        }
                    }
                    Event::Text(t) if [&b"loc"[..], b"id", b"uri"].contains(&&element[..]) => {
                        let text = std::str::from_utf8(&t).unwrap().to_string();
                        check_address(&relative, &text, &mut problems);
                    }
                    Event::Eof => break,
                    _ => {}
                }
            }
        } else if relative.starts_with("data/") && relative.ends_with(".json")
            || relative.ends_with(".jsonld")
            || relative.ends_with(".webmanifest")
        {
            let json: serde_json::Value =
                serde_json::from_slice(&std::fs::read(entry.path()).unwrap()).unwrap();
            let mut stack = vec![&json];
            while let Some(value) = stack.pop() {
                match value {
                    serde_json::Value::String(s) => check_address(&relative, s, &mut problems),
                    serde_json::Value::Array(a) => stack.extend(a),
                    serde_json::Value::Object(o) => stack.extend(o.values()),
                    _ => {}
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "outside {PATH}:\n{}",
        problems.join("\n")
    );
    // The pages did link to themselves (the check above saw their addresses).
    assert!(under > 10_000 && seen > under, "{under} of {seen}");

    // The sitemap, the feed and the catalogue name the preview's pages and files.
    let sitemap = std::fs::read_to_string(site.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains(&format!("<loc>{base}kamers/bilgaard/</loc>")));
    let feed = std::fs::read_to_string(site.join("feed.xml")).unwrap();
    assert!(feed.contains(&format!("href=\"{base}feed.xml\"")));
    let catalog = std::fs::read_to_string(site.join("data/catalog.jsonld")).unwrap();
    assert!(catalog.contains(&format!("{base}data/rooms.csv")));
    // A link written in a text as an address on the site (`/begroting/` in over.md) moves
    // along with the preview.
    let over = std::fs::read_to_string(site.join("over/index.html")).unwrap();
    assert!(
        over.contains(&format!("href=\"{PATH}begroting/\"")),
        "{over}"
    );
}

#[test]
fn a_base_url_that_is_not_an_address_is_refused() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let output = mienskip(&[
        "build",
        "--base-url",
        "pr-7/",
        "--root",
        root.to_str().unwrap(),
        "--output",
        site.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("`--base-url` is \"pr-7/\"; it must be a full address"),
        "{}",
        stderr(&output)
    );
    assert!(!site.exists());
}
