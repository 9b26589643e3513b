//! What residents ran into (issue #14): one "Meerjarenplan" heading on an area page with
//! the body's headings nested under "Over dit gebied", areas listed by name, the welcome
//! sheet's breadcrumb through Gebieden, initiatives in every area said in words, map links
//! that are no tab stops, charts with a phone drawing, and Dutch text marked `lang="nl"`
//! on the English pages where it stands in for a translation. Built from the example site.

use crate::common::*;
use scraper::{ElementRef, Html, Selector};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The example site, built once for this module.
fn site() -> &'static Path {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &SITE.get_or_init(|| build_ok(example_root())).1
}

fn page(path: &str) -> Html {
    crate::common::page(site(), path)
}

fn text(e: &ElementRef) -> String {
    e.text().collect::<String>().trim().to_string()
}

/// The languages that apply to `e`: its own `lang` or the nearest ancestor's.
fn language(e: &ElementRef) -> String {
    std::iter::once(**e)
        .chain(e.ancestors())
        .find_map(|n| n.value().as_element().and_then(|el| el.attr("lang")))
        .unwrap_or("")
        .to_string()
}

#[test]
fn area_page_has_one_meerjarenplan_h2_and_the_body_nests_under_its_section() {
    let html = page("gebieden/noord/index.html");
    let h2s: Vec<String> = select(&html, "h2").iter().map(text).collect();
    let plan: Vec<&String> = h2s.iter().filter(|h| h.contains("eerjarenplan")).collect();
    assert_eq!(plan.len(), 1, "{h2s:?}");
    assert_ne!(
        plan[0], "Meerjarenplan",
        "the stage section names itself apart"
    );
    // The body's "## Meerjarenplan" is an h3 inside "Over dit gebied".
    let about = select(&html, "section#over").pop().expect("section#over");
    let inner: Vec<String> = about
        .select(&Selector::parse("h3").unwrap())
        .map(|e| text(&e))
        .collect();
    assert!(inner.iter().any(|h| h == "Meerjarenplan"), "{inner:?}");
    assert!(about.select(&Selector::parse("h2").unwrap()).count() == 1);
}

#[test]
fn statement_pages_keep_their_own_heading_levels() {
    // A statement page's body sits directly under its h1: its `##` stay h2.
    let html = page("toegankelijkheid/index.html");
    assert!(!select(&html, "main .prose h2").is_empty());
}

#[test]
fn areas_are_listed_by_name() {
    for (path, css) in [
        ("gebieden/index.html", "main h2 a"),
        ("kaart/index.html", ".map-area h3 a"),
        ("agenda/index.html", "a[data-area]"),
    ] {
        let html = page(path);
        let names: Vec<String> = select(&html, css)
            .iter()
            .map(|a| {
                a.value()
                    .attr("data-name")
                    .map(String::from)
                    .unwrap_or_else(|| text(a))
            })
            .collect();
        assert!(names.len() >= 8, "{path}: {names:?}");
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted, "{path}");
        // Names, not ids.
        assert!(
            names.contains(&"Leeuwarden Noord".to_string()),
            "{path}: {names:?}"
        );
        assert!(!names.iter().any(|n| n == "noord"), "{path}");
    }
}

#[test]
fn welcome_sheet_breadcrumb_goes_through_gebieden() {
    let html = page("gebieden/noord/welkom/index.html");
    let crumbs: Vec<String> = select(&html, "nav.breadcrumbs li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(crumbs.len(), 4, "{crumbs:?}");
    assert_eq!(crumbs[1], "Gebieden");
    assert_eq!(crumbs[2], "Leeuwarden Noord");
    let links: Vec<&str> = select(&html, "nav.breadcrumbs a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(links, ["/", "/gebieden/", "/gebieden/noord/"]);
}

#[test]
fn an_initiative_in_every_area_says_so_instead_of_listing_them() {
    let html = page("initiatieven/index.html");
    let areas = select(&html, "section:last-of-type .link-list a").len();
    assert_eq!(areas, 8);
    for card in select(&html, ".card") {
        let links = card
            .select(&Selector::parse(".card__where a").unwrap())
            .count();
        assert!(links < areas, "a card lists every area: {}", text(&card));
    }
    let everywhere: Vec<String> = select(&html, ".card__where a[href='/gebieden/']")
        .iter()
        .map(text)
        .collect();
    assert!(!everywhere.is_empty());
    assert!(
        everywhere.iter().all(|t| t == "alle 8 gebieden"),
        "{everywhere:?}"
    );
}

#[test]
fn map_links_are_reached_from_the_list_not_by_tabbing_through_the_map() {
    let html = page("kaart/index.html");
    let links = select(&html, "svg.kaart a");
    assert!(links.len() >= 18);
    assert!(links
        .iter()
        .all(|a| a.value().attr("tabindex") == Some("-1")));
    // Every area and room of the map is a link in the list.
    let listed: Vec<&str> = select(&html, ".map-area a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    for a in &links {
        let href = a.value().attr("href").unwrap();
        assert!(listed.contains(&href), "{href} is only on the map");
    }
    // The map no longer scrolls sideways on a phone (a narrow drawing is shown instead,
    // see basemap.rs), so it is no tab stop; a skip link before it passes it.
    let region = select(&html, ".map-scroll").pop().expect(".map-scroll");
    assert_eq!(region.value().attr("tabindex"), None);
    let skip = select(&html, "a.skip-map").pop().expect("a skip link");
    assert_eq!(skip.value().attr("href"), Some("#na-de-kaart"));
}

#[test]
fn budget_charts_have_a_phone_drawing_with_its_own_ids() {
    let html = page("begroting/2025/index.html");
    let wide = select(&html, "svg.chart--wide");
    let narrow = select(&html, "svg.chart--narrow");
    assert!(!wide.is_empty());
    assert_eq!(wide.len(), narrow.len());
    for svg in &narrow {
        let view_box = svg.value().attr("viewBox").unwrap();
        let width: f64 = view_box.split(' ').nth(2).unwrap().parse().unwrap();
        assert!(width <= 300.0, "{view_box}");
    }
    let mut ids: Vec<&str> = select(&html, "[id]")
        .iter()
        .filter_map(|e| e.value().attr("id"))
        .collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate ids");
}

#[test]
fn dutch_fallbacks_on_english_pages_are_marked_lang_nl() {
    let html = page("en/index.html");
    assert_eq!(
        select(&html, "html").pop().unwrap().value().attr("lang"),
        Some("en")
    );
    // The example's site.yaml gives an English title and description (a site without
    // them: translations_whole.rs), so these are English.
    let h1 = select(&html, "main h1").pop().unwrap();
    assert_eq!(text(&h1), "Neighbourhood and village rooms Leeuwarden");
    assert_eq!(language(&h1), "en");
    let lead = select(&html, "main .lead").into_iter().next().unwrap();
    assert_eq!(language(&lead), "en", "{}", text(&lead));
    let name = select(&html, ".site-name a").pop().unwrap();
    assert_eq!(language(&name), "en");
    // The footer's statement pages have no English titles in the example.
    let footer: Vec<(String, String)> = select(&html, ".footer-nav a")
        .iter()
        .map(|a| (text(a), language(a)))
        .collect();
    let toegankelijkheid = footer
        .iter()
        .find(|(t, _)| t == "Toegankelijkheid")
        .expect("footer link");
    assert_eq!(toegankelijkheid.1, "nl");
    // The English interface's own links stay English.
    assert!(footer.iter().any(|(_, l)| l == "en"), "{footer:?}");

    let statement = page("en/toegankelijkheid/index.html");
    let h1 = select(&statement, "main h1").pop().unwrap();
    assert_eq!(language(&h1), "nl");
    let body = select(&statement, "main .prose").pop().unwrap();
    assert_eq!(language(&body), "nl");
    let crumb = select(&statement, "nav.breadcrumbs [aria-current=page]")
        .pop()
        .unwrap();
    assert_eq!(language(&crumb), "nl");

    // In Dutch nothing is marked twice.
    let dutch = page("index.html");
    let h1 = select(&dutch, "main h1").pop().unwrap();
    assert_eq!(h1.value().attr("lang"), None);
}
