//! The basemap (`map.basemap`, issue #14): loaded and checked with errors at file and line;
//! drawn muted under the areas of every build-time map, in a wide and a narrow (phone)
//! drawing; names placed without overlaps; a file for the interactive map; directions
//! links on room pages.

use crate::common::*;
use scraper::{ElementRef, Html, Selector};
use std::path::Path;

/// A copy of the example site (site.yaml, content/, data/) that a test may change.
fn example_copy() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root.join("site.yaml"), dir.path().join("site.yaml")).unwrap();
    copy_tree(&root.join("content"), &dir.path().join("content"));
    copy_tree(&root.join("data"), &dir.path().join("data"));
    dir
}

fn built_example() -> tempfile::TempDir {
    let dir = example_copy();
    let output = build_into_site(dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    dir
}

fn page(site: &Path, path: &str) -> Html {
    Html::parse_document(&std::fs::read_to_string(site.join(path)).unwrap())
}

fn select<'a>(element: ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    element.select(&Selector::parse(css).unwrap()).collect()
}

fn number(element: &ElementRef, attribute: &str) -> f64 {
    element.value().attr(attribute).unwrap().parse().unwrap()
}

/// `[width, height]` of an SVG's viewBox.
fn view_box(svg: &ElementRef) -> [f64; 2] {
    let numbers: Vec<f64> = svg
        .value()
        .attr("viewBox")
        .unwrap()
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    [numbers[2], numbers[3]]
}

/// The box of a drawn name, estimated as the program places them (0.62 of the font size
/// per character, centred, 1.2 font sizes high): left, top, right, bottom.
fn label_box(text: &ElementRef) -> [f64; 4] {
    let size = number(text, "font-size");
    let (x, y) = (number(text, "x"), number(text, "y"));
    // A name set on two lines is two `tspan`s: as wide as the longer, twice as high.
    let lines: Vec<String> = match select(*text, "tspan") {
        spans if spans.is_empty() => vec![text.text().collect()],
        spans => spans.iter().map(|t| t.text().collect()).collect(),
    };
    let chars = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64;
    let half = chars * size * 0.62 / 2.0;
    let half_height = size * 0.6 * lines.len() as f64;
    [x - half, y - half_height, x + half, y + half_height]
}

fn overlap(a: [f64; 4], b: [f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Asserts that no two names in `svg` overlap and that each lies inside the drawing;
/// returns how many there are.
fn assert_names_apart(svg: &ElementRef, what: &str) -> usize {
    let [width, height] = view_box(svg);
    let boxes: Vec<([f64; 4], String)> = select(*svg, "text")
        .iter()
        .map(|t| (label_box(t), t.text().collect()))
        .collect();
    for (i, (a, name_a)) in boxes.iter().enumerate() {
        assert!(
            a[0] >= -0.5 && a[1] >= -0.5 && a[2] <= width + 0.5 && a[3] <= height + 0.5,
            "{what}: {name_a} {a:?} leaves the {width}x{height} drawing"
        );
        for (b, name_b) in &boxes[i + 1..] {
            assert!(
                !overlap(*a, *b),
                "{what}: {name_a} {a:?} overlaps {name_b} {b:?}"
            );
        }
    }
    boxes.len()
}

/// Every page of the built example that has a map.
fn map_pages(site: &Path) -> Vec<String> {
    let mut pages = vec!["index.html".to_string(), "kaart/index.html".to_string()];
    for section in ["kamers", "gebieden"] {
        for entry in std::fs::read_dir(site.join(section)).unwrap() {
            let path = entry.unwrap().path().join("index.html");
            if path.exists() {
                pages.push(path.strip_prefix(site).unwrap().display().to_string());
            }
        }
    }
    pages.sort();
    pages
}

#[test]
fn unknown_kinds_and_wrong_shapes_are_errors_at_their_line_in_one_run() {
    let dir = example_copy();
    let file = dir.path().join("data/geo/basemap.geojson");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text
        .replacen("\"kind\": \"road\"", "\"kind\": \"railway\"", 1)
        .replacen(
            "\"kind\": \"place\", \"name\": \"Grou\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [5.836, 53.0985]}",
            "\"kind\": \"place\", \"name\": \"Grou\"}, \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[5.836, 53.0985], [5.84, 53.1]]}",
            1,
        );
    std::fs::write(&file, &text).unwrap();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let output = check(dir.path());
    let err = stderr(&output);
    assert_ne!(output.status.code(), Some(0), "{err}");
    let railway = format!("data/geo/basemap.geojson:{}: error:", line_of("railway"));
    assert!(err.contains(&railway), "{railway} not in {err}");
    assert!(
        err.contains("`kind` is \"railway\"; it must be one of road, water, place"),
        "{err}"
    );
    let grou = format!("data/geo/basemap.geojson:{}: error:", line_of("\"Grou\""));
    assert!(err.contains(&grou), "{grou} not in {err}");
    assert!(
        err.contains("a place is a LineString, but it must be a Point"),
        "{err}"
    );
}

#[test]
fn a_missing_basemap_file_is_site_yaml_s_error_and_too_many_features_meet_the_limit() {
    let dir = example_copy();
    let yaml = std::fs::read_to_string(dir.path().join("site.yaml")).unwrap();
    let line = yaml.lines().position(|l| l.contains("basemap:")).unwrap() + 1;
    std::fs::remove_file(dir.path().join("data/geo/basemap.geojson")).unwrap();
    let err = stderr(&check(dir.path()));
    assert!(
        err.contains(&format!("site.yaml:{line}: error: `basemap` names data/geo/basemap.geojson, which does not exist")),
        "{err}"
    );

    let place = r#"{"type":"Feature","properties":{"kind":"place","name":"P"},"geometry":{"type":"Point","coordinates":[5.8,53.2]}}"#;
    let many = vec![place; 5_001].join(",\n");
    write(
        dir.path(),
        "data/geo/basemap.geojson",
        format!("{{\"type\":\"FeatureCollection\",\"source\":\"test\",\"features\":[{many}]}}"),
    );
    let output = check(dir.path());
    let err = stderr(&output);
    assert_ne!(output.status.code(), Some(0));
    assert!(
        err.contains("5001 features, more than the limit of 5000"),
        "{err}"
    );
    write(
        dir.path(),
        "data/geo/basemap.geojson",
        format!(
            "{{\"type\":\"FeatureCollection\",\"source\":\"test\",\"features\":[{}]}}",
            vec![place; 5_000].join(",\n")
        ),
    );
    let output = check(dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn every_map_draws_the_basemap_muted_under_its_areas_and_names_its_source() {
    let dir = built_example();
    let site = dir.path().join("site");
    let pages = map_pages(&site);
    assert!(pages.len() > 10, "{pages:?}");
    for path in &pages {
        let html = page(&site, path);
        let svgs = select(html.root_element(), "svg.kaart");
        assert_eq!(svgs.len(), 2, "{path}: a wide and a narrow drawing");
        for svg in &svgs {
            // Document order is drawing order: the basemap first, then areas, rooms, names.
            let children: Vec<String> = svg
                .children()
                .filter_map(ElementRef::wrap)
                .map(|c| {
                    let class = c.value().attr("class").unwrap_or("");
                    class.split(' ').next().unwrap_or("").to_string()
                })
                .collect();
            assert_eq!(
                children.first().map(String::as_str),
                Some("kaart-ondergrond"),
                "{path}: {children:?}"
            );
            let first_area = children.iter().position(|c| c == "kaart-gebied");
            let first_room = children.iter().position(|c| c == "kaart-kamer").unwrap();
            assert!(
                first_area.is_none_or(|a| a > 0 && a < first_room),
                "{path}: {children:?}"
            );
            assert_eq!(
                children.last().map(String::as_str),
                Some("kaart-namen"),
                "{path}"
            );
            let ground = select(*svg, "g.kaart-ondergrond")[0];
            assert_eq!(ground.value().attr("aria-hidden"), Some("true"));
            assert!(
                !select(ground, "path.kaart-weg").is_empty(),
                "{path}: roads"
            );
            // Every wide map of Leeuwarden itself has water (the phone's, cropped to a
            // neighbourhood, and the villages' may not).
            let water = !select(ground, "path.kaart-waterlijn").is_empty()
                || !select(ground, "path.kaart-water").is_empty();
            let wide = svg.value().attr("class").unwrap().contains("kaart--wide");
            assert!(water || !wide || path.contains("mantgum"), "{path}: water");
        }
        let source: String = select(html.root_element(), ".map-figure__source")[0]
            .text()
            .collect();
        assert!(
            source.starts_with("Ondergrond: Handgetekende benadering"),
            "{path}: {source}"
        );
    }
    // Muted: the areas are see-through over the basemap, which is lighter than they are.
    let css = std::fs::read_to_string(site.join("style.css")).unwrap();
    let rule = |selector: &str| {
        let start = css
            .find(&format!("\n{selector} {{"))
            .unwrap_or_else(|| panic!("{selector}"));
        css[start..].split('}').next().unwrap().to_string()
    };
    assert!(rule(".kaart-gebied path").contains("fill-opacity: 0.45"));
    assert!(rule(".kaart-weg").contains("stroke: #c2b9aa"));
    // The full map names places from the basemap, and both parts of Grou's MultiPolygon
    // may carry its name; on the example the wide map names both.
    let html = page(&site, "kaart/index.html");
    let wide = select(html.root_element(), "svg.kaart--wide")[0];
    let names: Vec<String> = select(wide, "text")
        .iter()
        .map(|t| t.text().collect())
        .collect();
    for place in ["Grou", "Mantgum", "Stiens", "Camminghaburen"] {
        assert!(names.iter().any(|n| n == place), "{place} in {names:?}");
    }
    assert_eq!(
        names
            .iter()
            .filter(|n| *n == "Grou en omliggende dorpen")
            .count(),
        2,
        "{names:?}"
    );
}

#[test]
fn no_two_names_overlap_on_any_map_of_the_example() {
    let dir = built_example();
    let site = dir.path().join("site");
    let mut total = 0;
    for path in map_pages(&site) {
        let html = page(&site, &path);
        for svg in select(html.root_element(), "svg.kaart") {
            total += assert_names_apart(&svg, &path);
        }
    }
    assert!(total > 50, "{total} names");
}

#[test]
fn a_crowd_of_places_is_thinned_out_without_overlaps() {
    let dir = example_copy();
    // Eighty places on a few streets of the centre, each name long.
    let places: Vec<String> = (0..80)
        .map(|i| {
            let lon = 5.79 + (i % 10) as f64 * 0.002;
            let lat = 53.198 + (i / 10) as f64 * 0.001;
            format!(r#"{{"type":"Feature","properties":{{"kind":"place","name":"Plein {i}"}},"geometry":{{"type":"Point","coordinates":[{lon},{lat}]}}}}"#)
        })
        .collect();
    write(
        dir.path(),
        "data/geo/basemap.geojson",
        format!(
            "{{\"type\":\"FeatureCollection\",\"source\":\"test\",\"features\":[{}]}}",
            places.join(",\n")
        ),
    );
    let output = build_into_site(dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let site = dir.path().join("site");
    for path in [
        "kaart/index.html",
        "gebieden/centrum/index.html",
        "kamers/de-klomp/index.html",
    ] {
        let html = page(&site, path);
        for svg in select(html.root_element(), "svg.kaart") {
            let places = select(svg, "text.kaart-plaats").len();
            // The full map has no room left in the centre; the centre's own maps have.
            if path != "kaart/index.html" {
                assert!(
                    places > 0 && places < 80,
                    "{path}: {places} of 80 places named"
                );
            }
            assert_names_apart(&svg, path);
        }
    }
}

#[test]
fn the_narrow_drawing_keeps_names_and_tap_areas_large_and_shows_where_the_rooms_are() {
    let dir = built_example();
    let site = dir.path().join("site");
    for path in map_pages(&site) {
        let html = page(&site, &path);
        let narrow = select(html.root_element(), "svg.kaart--narrow");
        assert_eq!(narrow.len(), 1, "{path}");
        let svg = narrow[0];
        let [width, height] = view_box(&svg);
        // Shown 250 px wide or more on a 320 px screen: a scale of 0.83 or more.
        assert_eq!(width, 300.0, "{path}");
        let scale = 250.0 / width;
        for text in select(svg, "text") {
            assert!(
                number(&text, "font-size") * scale >= 12.0,
                "{path}: {}",
                text.html()
            );
        }
        for room in select(svg, "a.kaart-kamer") {
            let hit = select(room, "circle.kaart-raak");
            assert_eq!(hit.len(), 1, "{path}");
            assert!(2.0 * number(&hit[0], "r") * scale >= 24.0, "{path}");
            let (x, y) = (number(&hit[0], "cx"), number(&hit[0], "cy"));
            assert!(
                (0.0..=width).contains(&x) && (0.0..=height).contains(&y),
                "{path}: a room outside the drawing"
            );
        }
        if path == "kaart/index.html" {
            // Portrait, like the phone, and cropped to the rooms: no wider than needed.
            assert!(height > width, "{path}: {width}x{height}");
        }
    }
    // The keyboard passes the map: a skip link before it, no tab stop inside it.
    let html = page(&site, "kamers/bilgaard/index.html");
    let skip = select(html.root_element(), "a.skip-map")[0];
    assert_eq!(skip.value().attr("href"), Some("#na-de-kaart"));
    assert_eq!(select(html.root_element(), "#na-de-kaart").len(), 1);
    for link in select(html.root_element(), "svg.kaart a") {
        assert_eq!(link.value().attr("tabindex"), Some("-1"));
    }
}

#[test]
fn room_pages_link_to_directions_without_loading_anything_and_the_interactive_map_gets_the_basemap()
{
    let dir = built_example();
    let site = dir.path().join("site");
    let html = page(&site, "kamers/bilgaard/index.html");
    let links: Vec<&str> = select(html.root_element(), ".directions a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(links.len(), 2, "{links:?}");
    assert_eq!(links[0], "geo:53.218000,5.800000?q=53.218000,5.800000");
    assert!(
        links[1].starts_with("https://www.openstreetmap.org/directions?to=53.218000%2C5.800000"),
        "{}",
        links[1]
    );
    // Nothing from OpenStreetMap is loaded: it is only ever a link.
    let text = std::fs::read_to_string(site.join("kamers/bilgaard/index.html")).unwrap();
    assert!(
        !text.contains("src=\"https://"),
        "no resource from another host"
    );

    let file: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(site.join("kaart/ondergrond.geojson")).unwrap(),
    )
    .unwrap();
    assert!(file["source"].as_str().unwrap().contains("Handgetekende"));
    let features = file["features"].as_array().unwrap();
    let kinds: std::collections::BTreeSet<&str> = features
        .iter()
        .map(|f| f["properties"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["place", "road", "water"]
    );
}

#[test]
fn nothing_drawn_reaches_past_the_edge_of_its_drawing() {
    // A browser clips it on screen, but the page would measure wider than a phone.
    let dir = built_example();
    let site = dir.path().join("site");
    for path in map_pages(&site) {
        let html = page(&site, &path);
        for svg in select(html.root_element(), "svg.kaart") {
            let [width, height] = view_box(&svg);
            for drawn in select(svg, "path") {
                let d = drawn.value().attr("d").unwrap();
                let numbers: Vec<f64> = d
                    .split(['M', 'L', 'Z', ' '])
                    .filter(|s| !s.is_empty())
                    .map(|s| s.parse().unwrap())
                    .collect();
                for xy in numbers.chunks(2) {
                    assert!(
                        (-1.05..=width + 1.05).contains(&xy[0])
                            && (-1.05..=height + 1.05).contains(&xy[1]),
                        "{path}: {xy:?} outside {width}x{height} in {}",
                        &d[..d.len().min(80)]
                    );
                }
            }
        }
    }
}
