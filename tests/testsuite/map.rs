//! The build-time SVG map: every located room once, where its coordinates put it; every
//! area outline a path; every link to a page that exists.

use crate::common::*;
use scraper::{Html, Selector};
use std::path::Path;

fn build_complete() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let output = mienskip(&[
        "build",
        "--root",
        fixture("complete").to_str().unwrap(),
        "--output",
        site.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    out
}

fn page(site: &Path, path: &str) -> Html {
    Html::parse_document(&std::fs::read_to_string(site.join(path)).unwrap())
}

fn number(element: &scraper::ElementRef, attribute: &str) -> f64 {
    element.value().attr(attribute).unwrap().parse().unwrap()
}

/// The y of a latitude in Web Mercator, computed here independently of the program.
fn mercator_y(lat: f64) -> f64 {
    -(std::f64::consts::FRAC_PI_4 + lat.to_radians() / 2.0)
        .tan()
        .ln()
}

/// The bounding box of an SVG path made of `M x y` / `L x y` commands.
fn path_bounds(d: &str) -> [f64; 4] {
    let numbers: Vec<f64> = d
        .split(['M', 'L', 'Z', ' '])
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    let xs = numbers.iter().step_by(2);
    let ys = numbers.iter().skip(1).step_by(2);
    [
        xs.clone().copied().fold(f64::MAX, f64::min),
        ys.clone().copied().fold(f64::MAX, f64::min),
        xs.copied().fold(f64::MIN, f64::max),
        ys.copied().fold(f64::MIN, f64::max),
    ]
}

#[test]
fn every_located_room_appears_once_at_its_projected_position() {
    let out = build_complete();
    let site = out.path().join("site");
    let html = page(&site, "kaart/index.html");
    let svg = html
        .select(&Selector::parse("svg.kaart").unwrap())
        .next()
        .expect("a map");

    let rooms: Vec<_> = svg
        .select(&Selector::parse("a.kaart-kamer").unwrap())
        .collect();
    let labels: Vec<&str> = rooms
        .iter()
        .map(|a| a.value().attr("aria-label").unwrap())
        .collect();
    // The planned room has no location and is not drawn; the closed one is.
    assert_eq!(labels, ["Buurtkamer De Kamer", "De Oude School"]);

    let areas: Vec<_> = svg
        .select(&Selector::parse("a.kaart-gebied path").unwrap())
        .collect();
    assert_eq!(areas.len(), 2, "every area outline is a path");

    // Noord spans lon 5.70..5.90 and lat 53.20..53.30 (with a hole); De Kamer lies at
    // lat 53.25, lon 5.80: in the middle across, and where Mercator puts 53.25 down it.
    let noord = svg
        .select(&Selector::parse("a.kaart-gebied").unwrap())
        .find(|a| a.value().attr("aria-label") == Some("Teststad Noord"))
        .unwrap();
    let d = noord
        .select(&Selector::parse("path").unwrap())
        .next()
        .unwrap()
        .value()
        .attr("d")
        .unwrap();
    let [min_x, min_y, max_x, max_y] = path_bounds(d);
    let marker = rooms[0]
        .select(&Selector::parse("circle").unwrap())
        .next()
        .unwrap();
    let (cx, cy) = (number(&marker, "cx"), number(&marker, "cy"));
    assert!(
        (cx - (min_x + max_x) / 2.0).abs() < 0.2,
        "x {cx} in {min_x}..{max_x}"
    );
    let fraction =
        (mercator_y(53.25) - mercator_y(53.30)) / (mercator_y(53.20) - mercator_y(53.30));
    let expected_y = min_y + fraction * (max_y - min_y);
    assert!(
        (cy - expected_y).abs() < 0.2,
        "y {cy}, expected {expected_y}"
    );
    assert!(
        (fraction - 0.5).abs() > 0.0001,
        "Mercator is not linear in latitude"
    );

    // The closed room is a square, not a circle: shapes do not rely on colour.
    assert!(rooms[1]
        .select(&Selector::parse("rect").unwrap())
        .next()
        .is_some());

    for link in svg.select(&Selector::parse("a").unwrap()) {
        let href = link.value().attr("href").unwrap();
        let file = site.join(href.trim_start_matches('/')).join("index.html");
        assert!(file.is_file(), "{href} is a page");
    }
}

#[test]
fn room_and_area_pages_have_a_map_and_the_same_content_as_a_list() {
    let out = build_complete();
    let site = out.path().join("site");
    let room = page(&site, "kamers/de-kamer/index.html");
    let current = room
        .select(&Selector::parse("svg.kaart a.huidig").unwrap())
        .next()
        .expect("the room is marked");
    assert_eq!(
        current.value().attr("aria-label"),
        Some("Buurtkamer De Kamer")
    );
    // Beside a room's small map, the rooms of its area as a list (by id), the room itself
    // not a link.
    let closed = page(&site, "kamers/oude-school/index.html");
    let items: Vec<String> = closed
        .select(&Selector::parse(".map-list li").unwrap())
        .map(|li| li.text().collect::<String>())
        .collect();
    assert_eq!(
        items,
        [
            "Dorpskamer Nieuw (Hoofdlocatie, In voorbereiding)",
            "De Oude School (Satellietlocatie, Gesloten)"
        ]
    );
    let links = closed
        .select(&Selector::parse(".map-list a").unwrap())
        .count();
    assert_eq!(links, 1);
    let area = page(&site, "gebieden/zuid/index.html");
    assert!(
        area.select(&Selector::parse("svg.kaart path").unwrap())
            .count()
            >= 1
    );
    let map_page = page(&site, "kaart/index.html");
    let listed: Vec<String> = map_page
        .select(&Selector::parse(".map-area a").unwrap())
        .map(|a| a.text().collect())
        .collect();
    for name in [
        "Teststad Noord",
        "Buurtkamer De Kamer",
        "De Oude School",
        "Dorpskamer Nieuw",
    ] {
        assert!(
            listed.iter().any(|l| l == name),
            "{name} in the list beside the map: {listed:?}"
        );
    }
    // No tile server and no script from elsewhere without `map.tiles`.
    let text = std::fs::read_to_string(site.join("kaart/index.html")).unwrap();
    assert!(!text.contains("tile"), "no tiles");
}

#[test]
fn interactive_layer_only_where_site_yaml_asks_for_it() {
    let root = copy_fixture("complete");
    let config = std::fs::read_to_string(root.path().join("site.yaml")).unwrap();
    write(
        root.path(),
        "site.yaml",
        config.replace("  tiles: none", "  tiles: pdok"),
    );
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let output = mienskip(&[
        "build",
        "--root",
        root.path().to_str().unwrap(),
        "--output",
        site.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let html = page(&site, "kaart/index.html");
    let layer = html
        .select(&Selector::parse(".interactive-map").unwrap())
        .next()
        .expect("an interactive layer");
    assert!(layer
        .value()
        .attr("data-tiles")
        .unwrap()
        .starts_with("https://service.pdok.nl/brt/achtergrondkaart/"));
    assert!(layer
        .value()
        .attr("data-attribution")
        .unwrap()
        .contains("Kadaster"));
    let scripts: Vec<&str> = html
        .select(&Selector::parse("script[src]").unwrap())
        .map(|s| s.value().attr("src").unwrap())
        .collect();
    assert!(
        scripts.contains(&"/vendor/leaflet/leaflet.js"),
        "{scripts:?}"
    );
    assert!(
        site.join("vendor/leaflet/leaflet.js").is_file()
            && site.join("vendor/leaflet/LICENSE").is_file()
    );

    let plain = build_complete();
    assert!(
        !plain.path().join("site/vendor").exists(),
        "no map library without map.tiles"
    );
}
