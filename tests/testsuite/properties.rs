//! Properties that must hold for any input: CSV cells survive a round trip and formulas are
//! made inert, outlines come out with RFC 7946 orientation, amounts survive formatting and
//! parsing, and the YAML loader never panics.

use mienskip::load::fields::Reader;
use mienskip::load::yaml::{self, Node, Value};
use mienskip::model::Outline;
use mienskip::outputs::data::csv::{write, Dialect};
use mienskip::outputs::data::geojson::{outline_geometry, signed_area};
use mienskip::outputs::data::tables::{Cell, Column, Kind, Table};
use mienskip::text::money::plain_amount;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn one_column_table(values: &[String]) -> Table {
    Table {
        name: "test",
        title: "Test",
        description: "Test",
        columns: vec![Column {
            name: "text",
            kind: Kind::Text,
            title: "Tekst",
            description: "Tekst",
            references: None,
            values: &[],
            required: false,
        }],
        primary_key: &[],
        rows: values.iter().map(|v| vec![Cell::Text(v.clone())]).collect(),
        places: None,
        is_budget: false,
    }
}

fn read_back(bytes: &[u8], delimiter: u8) -> Vec<String> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(bytes);
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["text"]
    );
    reader
        .records()
        .map(|r| r.unwrap().get(0).unwrap().to_string())
        .collect()
}

fn is_formula_like(text: &str) -> bool {
    matches!(
        text.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n')
    )
}

/// Text with a good share of CSV and formula trouble: delimiters, quotes, line ends.
fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[=+@\\-\t\r\n\",; 'a-z0-9é€]{0,20}",]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn csv_cells_round_trip_and_formulas_get_one_quote(values in prop::collection::vec(nasty_text(), 1..8)) {
        let table = one_column_table(&values);
        for (dialect, delimiter) in [(Dialect::Rfc4180, b','), (Dialect::DutchExcel, b';')] {
            let read = read_back(&write(&table, dialect), delimiter);
            prop_assert_eq!(read.len(), values.len());
            for (written, read) in values.iter().zip(&read) {
                if is_formula_like(written) {
                    prop_assert_eq!(read, &format!("'{written}"));
                } else {
                    prop_assert_eq!(read, written);
                }
            }
        }
    }

    #[test]
    fn outlines_are_oriented_the_rfc_7946_way(
        center in (-170.0f64..170.0, -80.0f64..80.0),
        outer in prop::collection::vec((0.0f64..1.0, 0.5f64..1.0), 3..40),
        hole in prop::option::of(prop::collection::vec((0.0f64..1.0, 0.1f64..0.3), 3..12)),
        reverse_outer in any::<bool>(),
        reverse_hole in any::<bool>(),
    ) {
        // A star-shaped ring (points by angle around the centre) is always simple; the
        // hole lies inside every outer point's radius, so it is inside the outer ring.
        let ring = |points: &[(f64, f64)], scale: f64, reverse: bool| -> Vec<[f64; 2]> {
            let mut angles: Vec<(f64, f64)> = points.to_vec();
            angles.sort_by(|a, b| a.0.total_cmp(&b.0));
            angles.dedup_by(|a, b| (a.0 - b.0).abs() < 1e-3);
            let mut ring: Vec<[f64; 2]> = angles
                .iter()
                .map(|(t, r)| {
                    let angle = t * std::f64::consts::TAU;
                    [center.0 + scale * r * angle.cos(), center.1 + scale * r * angle.sin()]
                })
                .collect();
            if reverse {
                ring.reverse();
            }
            ring.push(ring[0]);
            ring
        };
        let outer_ring = ring(&outer, 5.0, reverse_outer);
        prop_assume!(outer_ring.len() >= 4 && signed_area(&outer_ring).abs() > 1e-3);
        let mut rings = vec![outer_ring];
        if let Some(hole) = &hole {
            let hole_ring = ring(hole, 5.0, reverse_hole);
            prop_assume!(hole_ring.len() >= 4 && signed_area(&hole_ring).abs() > 1e-3);
            rings.push(hole_ring);
        }
        let expected_rings = rings.len();
        let outline = Outline { polygons: vec![rings] };
        let geometry = outline_geometry(&outline).expect("a polygon");
        let geojson::GeometryValue::Polygon { coordinates } = geometry.value else {
            panic!("one polygon gives a Polygon");
        };
        prop_assert_eq!(coordinates.len(), expected_rings);
        for (index, ring) in coordinates.iter().enumerate() {
            let points: Vec<[f64; 2]> = ring.iter().map(|p| [p[0], p[1]]).collect();
            prop_assert_eq!(points.first(), points.last(), "the ring is closed");
            let area = signed_area(&points);
            if index == 0 {
                prop_assert!(area > 0.0, "outer ring counter-clockwise, area {}", area);
            } else {
                prop_assert!(area < 0.0, "hole clockwise, area {}", area);
            }
        }
    }

    #[test]
    fn amounts_round_trip(cents in -10_000_000_000_000i64..10_000_000_000_000i64) {
        let amount = Decimal::new(cents, 2);
        let text = plain_amount(amount);
        let mut reader = Reader::new("data/budgets/test.yaml");
        let node = Node {
            value: Value::Scalar { text: text.clone(), quoted: false },
            line: 1,
        };
        let parsed = reader.money(&node, "amounts");
        prop_assert_eq!(parsed, Some(amount), "{} read back", text);
        prop_assert!(reader.diags.sorted().is_empty());
    }

    #[test]
    fn the_yaml_loader_never_panics(text in any::<String>()) {
        let _ = yaml::parse(&text, 2);
    }

    #[test]
    fn the_yaml_loader_never_panics_on_yaml_like_text(
        text in "([-:{}\\[\\],&*!|>'\"#%@ \n\ta-z0-9]|---|\\.\\.\\.){0,200}"
    ) {
        match yaml::parse(&text, 2) {
            Ok(_) => {}
            Err(e) => prop_assert!(e.line >= 2 && !e.message.text().is_empty()),
        }
    }
}
