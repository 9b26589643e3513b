//! Whole translations (issue #14, part 5): the site's title and description per language
//! from `site.yaml`, text that falls back to the site's language marked `lang="nl"` so that
//! a screen reader switches voice, statement pages and the footer on /fy/ and /en/, and
//! known facilities shown in each language and published as schema.org `amenityFeature`.
//! Built from the `complete` fixture with a title in Frisian only (no English) and a
//! description in English only (no Frisian), so that both ways round are seen.

use crate::common::*;
use scraper::{ElementRef, Html};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const TITLE_NL: &str = "Buurtkamers Teststad";
const TITLE_FY: &str = "Buertkeamers Teststêd";
const DESCRIPTION_NL: &str = "Een testsite waarin elke sleutel voorkomt.";
const DESCRIPTION_EN: &str = "A test site in which every key appears.";

/// `site.yaml` of the `complete` fixture with `title` and `description` per language.
fn site_yaml(title: &str, description: &str) -> String {
    let fixture = std::fs::read_to_string(fixture("complete").join("site.yaml")).unwrap();
    fixture
        .lines()
        .map(|line| {
            if line.starts_with("title:") {
                title.to_string()
            } else if line.starts_with("description:") {
                description.to_string()
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The fixture, changed as the module's doc says and with a room whose facilities mix
/// known words, other spellings of them and a word mienskip does not know; built once.
fn site() -> &'static Path {
    static SITE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, site) = SITE.get_or_init(|| {
        let root = copy_fixture("complete");
        let yaml = site_yaml(
            &format!("title:\n  nl: {TITLE_NL}\n  fy: {TITLE_FY}"),
            &format!("description: {{ nl: {DESCRIPTION_NL}, en: {DESCRIPTION_EN} }}"),
        );
        write(root.path(), "site.yaml", yaml);
        let room = root.path().join("content/rooms/de-kamer.md");
        let text = std::fs::read_to_string(&room).unwrap().replace(
            "facilities: [spreekkamer, rolstoeltoegankelijk, koffie, wifi]",
            "facilities: [spreekkamer, Rolstoeltoegankelijk, koffie, wifi, WC, biljart, coffee]",
        );
        std::fs::write(&room, text).unwrap();
        let output = build_into_site(root.path());
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let site = root.path().join("site");
        (root, site)
    });
    site
}

fn page(path: &str) -> Html {
    crate::common::page(site(), path)
}

fn one<'a>(html: &'a Html, css: &str) -> ElementRef<'a> {
    let found = select(html, css);
    assert_eq!(found.len(), 1, "one `{css}`, found {}", found.len());
    found[0]
}

/// The language a screen reader reads an element in: its own `lang` or its nearest
/// ancestor's.
fn language_of(element: ElementRef) -> String {
    std::iter::once(element)
        .chain(element.ancestors().filter_map(ElementRef::wrap))
        .find_map(|e| e.value().attr("lang"))
        .expect("the html element has lang")
        .to_string()
}

#[test]
fn the_title_is_in_each_language_or_marked_as_dutch() {
    // Frisian has a title of its own: shown as Frisian text.
    let fy = page("fy/index.html");
    for css in ["head > title", "main h1", ".site-name a"] {
        let element = one(&fy, css);
        assert_eq!(folded_text(element), TITLE_FY, "{css}");
        assert_eq!(language_of(element), "fy", "{css}");
    }
    // English has none: the Dutch title, marked Dutch everywhere it is shown.
    let en = page("en/index.html");
    for css in ["head > title", "main h1", ".site-name a"] {
        let element = one(&en, css);
        assert_eq!(folded_text(element), TITLE_NL, "{css}");
        assert_eq!(language_of(element), "nl", "{css}");
    }
    assert_eq!(language_of(one(&en, "main")), "en");
    // On another page the site's name in the header says so too.
    let page_fy = page("fy/kamers/index.html");
    assert_eq!(folded_text(one(&page_fy, ".site-name a")), TITLE_FY);
    let page_en = page("en/kamers/index.html");
    let name = one(&page_en, ".site-name a");
    assert_eq!(
        (folded_text(name).as_str(), language_of(name).as_str()),
        (TITLE_NL, "nl")
    );
    // Dutch keeps its own, without a lang of its own.
    let nl = page("index.html");
    let h1 = one(&nl, "main h1");
    assert_eq!(folded_text(h1), TITLE_NL);
    assert_eq!(h1.value().attr("lang"), None);
}

#[test]
fn the_description_is_in_each_language_or_marked_as_dutch() {
    let en = page("en/index.html");
    let lead = one(&en, ".intro .lead");
    assert_eq!(folded_text(lead), DESCRIPTION_EN);
    assert_eq!(language_of(lead), "en");
    let meta = one(&en, "meta[name=description]");
    assert_eq!(meta.value().attr("content"), Some(DESCRIPTION_EN));
    // Frisian has none: the Dutch one, marked.
    let fy = page("fy/index.html");
    let lead = one(&fy, ".intro .lead");
    assert_eq!(folded_text(lead), DESCRIPTION_NL);
    assert_eq!(lead.value().attr("lang"), Some("nl"));
}

#[test]
fn statement_pages_and_footer_are_translated_or_marked_as_dutch() {
    // toegankelijkheid has a Frisian translation and no English one.
    let fy = page("fy/toegankelijkheid/index.html");
    let h1 = one(&fy, "main h1");
    assert_eq!(language_of(h1), "fy");
    assert_ne!(folded_text(h1), "Toegankelijkheid");
    assert_eq!(language_of(one(&fy, "main .prose")), "fy");
    let en = page("en/toegankelijkheid/index.html");
    let h1 = one(&en, "main h1");
    assert_eq!(
        (folded_text(h1).as_str(), language_of(h1).as_str()),
        ("Toegankelijkheid", "nl")
    );
    assert_eq!(language_of(one(&en, "main .prose")), "nl");
    // The footer's link to it, on every page of each language.
    for (path, language) in [
        ("fy/kamers/index.html", "fy"),
        ("en/kamers/index.html", "nl"),
    ] {
        let html = page(path);
        let link = one(&html, ".footer-nav a[href$='toegankelijkheid/']");
        assert_eq!(language_of(link), language, "{path}");
    }
    // The rest of the footer is the theme's, in the page's language.
    let en = page("en/kamers/index.html");
    let title = one(&en, ".footer-nav__title");
    assert_eq!(language_of(title), "en");
    assert_eq!(folded_text(title), "More on this site");
}

/// The facilities a room page lists, with the language of each.
fn facilities(path: &str) -> Vec<(String, String)> {
    let html = page(path);
    select(&html, "#voorzieningen li")
        .into_iter()
        .map(|li| (folded_text(li), language_of(li)))
        .collect()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn known_facilities_are_translated_once_and_other_words_shown_as_written() {
    assert_eq!(
        facilities("en/kamers/de-kamer/index.html"),
        pairs(&[
            ("consultation room", "en"),
            ("wheelchair accessible", "en"),
            ("coffee", "en"),
            ("wifi", "en"),
            ("toilet", "en"),
            ("biljart", "nl"),
        ])
    );
    assert_eq!(
        facilities("fy/kamers/de-kamer/index.html"),
        pairs(&[
            ("sprekkeamer", "fy"),
            ("tagonklik mei in rolstoel", "fy"),
            ("kofje", "fy"),
            ("wifi", "fy"),
            ("húske", "fy"),
            ("biljart", "nl"),
        ])
    );
    // In Dutch, one spelling per facility too.
    assert_eq!(
        facilities("kamers/de-kamer/index.html"),
        pairs(&[
            ("spreekkamer", "nl"),
            ("rolstoeltoegankelijk", "nl"),
            ("koffie", "nl"),
            ("wifi", "nl"),
            ("toilet", "nl"),
            ("biljart", "nl"),
        ])
    );
}

/// The page's schema.org place: the JSON-LD block whose type is CivicStructure.
fn place(path: &str) -> serde_json::Value {
    let html = page(path);
    select(&html, "script[type='application/ld+json']")
        .into_iter()
        .map(|s| serde_json::from_str::<serde_json::Value>(&s.inner_html()).unwrap())
        .find(|v| v["@type"] == "CivicStructure")
        .expect("a CivicStructure")
}

#[test]
fn known_facilities_are_amenity_features_in_the_pages_language() {
    for (path, names) in [
        (
            "en/kamers/de-kamer/index.html",
            [
                "consultation room",
                "wheelchair accessible",
                "coffee",
                "wifi",
                "toilet",
            ],
        ),
        (
            "kamers/de-kamer/index.html",
            [
                "spreekkamer",
                "rolstoeltoegankelijk",
                "koffie",
                "wifi",
                "toilet",
            ],
        ),
    ] {
        let features = place(path)["amenityFeature"].clone();
        let features = features.as_array().expect("a list");
        let found: Vec<&str> = features
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(found, names, "{path}");
        for feature in features {
            assert_eq!(feature["@type"], "LocationFeatureSpecification");
            assert_eq!(feature["value"], true);
        }
    }
    // A room without facilities has none.
    assert!(place("kamers/oude-school/index.html")
        .get("amenityFeature")
        .is_none());
}

#[test]
fn open_data_keeps_the_words_as_written_and_adds_one_spelling() {
    let csv = std::fs::read_to_string(site().join("data/rooms.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (written, codes) = (column("facilities"), column("facility_codes"));
    let row = reader
        .records()
        .map(Result::unwrap)
        .find(|r| &r[0] == "de-kamer")
        .unwrap();
    assert_eq!(
        &row[written],
        "spreekkamer;Rolstoeltoegankelijk;koffie;wifi;WC;biljart;coffee"
    );
    assert_eq!(
        &row[codes],
        "spreekkamer;rolstoeltoegankelijk;koffie;wifi;toilet"
    );
    // The Data Package describes the new column.
    let package: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site().join("data/datapackage.json")).unwrap())
            .unwrap();
    let rooms = named(&package["resources"], "rooms");
    let fields = rooms["schema"]["fields"].as_array().unwrap();
    let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), headers.len());
    assert_eq!(names, headers.iter().collect::<Vec<_>>());
}

#[test]
fn the_catalogue_gives_the_title_in_every_language_it_has() {
    let catalog: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site().join("data/catalog.jsonld")).unwrap())
            .unwrap();
    let titles: Vec<(&str, &str)> = catalog["dct:title"]
        .as_array()
        .expect("one title per language")
        .iter()
        .map(|t| {
            (
                t["@language"].as_str().unwrap(),
                t["@value"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(titles, [("nl", TITLE_NL), ("fy", TITLE_FY)]);
}

/// `mienskip check` of the fixture with these `title` and `description` lines, in Dutch
/// and English, asserting exit status 1.
fn errors_for(title: &str, description: &str) -> String {
    let root = copy_fixture("complete");
    write(root.path(), "site.yaml", site_yaml(title, description));
    let path = root.path().to_str().unwrap();
    let mut both = String::new();
    for language in ["nl", "en"] {
        let output = mienskip(&["--lang", language, "check", "--root", path]);
        let text = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{text}");
        assert!(!text.contains("panicked"), "{text}");
        both.push_str(&format!("--- {language}\n{text}"));
    }
    both
}

#[test]
fn a_language_the_site_does_not_have_is_an_error_with_the_fix() {
    let text = errors_for(
        "title: { nl: Buurtkamers, de: Nachbarschaftsräume }",
        "description: Een testsite.",
    );
    assert!(
        text.contains("site.yaml:1: error: `title` has a text in the language \"de\", which is not a language of the site; use one of the languages in `languages` (nl, fy, en), or add \"de\" there first"),
        "{text}"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn per_language_mistakes_are_all_reported() {
    let text = errors_for(
        "title:\n  fy: Buertkeamers\n  fy: Buertkeamers Teststêd\n  en:",
        "description:\n  - Een testsite.",
    );
    for expected in [
        "`title` has two texts in the language \"fy\" (the first on line 2); keep one",
        "`title` has an empty text in the language \"en\"",
        "`title` has no text in \"nl\", the site's language",
        "`description` must be one text or a text per language",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    insta::assert_snapshot!(text);
}

#[test]
fn a_plain_title_is_the_title_in_every_language_marked_as_dutch() {
    let root = copy_fixture("complete");
    let output = build_into_site(root.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let html = std::fs::read_to_string(root.path().join("site/fy/index.html")).unwrap();
    let fy = Html::parse_document(&html);
    let h1 = one(&fy, "main h1");
    assert_eq!(
        (folded_text(h1).as_str(), language_of(h1).as_str()),
        (TITLE_NL, "nl")
    );
}
