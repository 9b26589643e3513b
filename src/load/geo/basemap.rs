//! Reading the basemap (`map.basemap`): a GeoJSON FeatureCollection of roads, water and
//! places under `data/`, checked feature by feature so that every problem is reported.

use super::super::files::{self, Refusal};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::limits::{MAX_BASEMAP_BYTES, MAX_BASEMAP_FEATURES, MAX_BASEMAP_POSITIONS};
use crate::messages::Message;
use crate::model::{BaseFeature, BaseKind, Basemap};
use geojson::{GeoJson, GeometryValue};
use std::path::Path;

/// Reads the basemap `file` (relative to `data/`) that `site.yaml` names on `line`.
/// Returns the basemap and a hash of the file's bytes (the preview notices a change by it).
pub fn load_basemap(
    root: &Path,
    file: &str,
    line: usize,
    diags: &mut Diagnostics,
) -> (Option<Basemap>, u64) {
    let relative = format!("data/{file}");
    let bytes = match files::read(root, &relative, MAX_BASEMAP_BYTES) {
        Ok(bytes) => bytes,
        Err(Refusal::Missing) => {
            diags.push(Diagnostic::error(
                "site.yaml",
                Some(line),
                crate::msg!("basemap-missing-file", file = relative.as_str()),
            ));
            return (None, 0);
        }
        Err(refusal @ (Refusal::Outside | Refusal::Git)) => {
            let message = match refusal {
                Refusal::Git => crate::msg!("basemap-link-git", file = relative.as_str()),
                _ => crate::msg!("basemap-link-outside", file = relative.as_str()),
            };
            diags.push(Diagnostic::error("site.yaml", Some(line), message));
            return (None, 0);
        }
        Err(refusal) => {
            diags.push(Diagnostic::error(
                &relative,
                None,
                refusal.message(crate::msg!("basemap-fix-simplify")),
            ));
            return (None, 0);
        }
    };
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
    let Some(text) = super::super::read::decode_text(&relative, bytes, diags) else {
        return (None, hash);
    };
    (parse(&relative, &text, diags), hash)
}

/// Checks and converts the basemap's text; `None` (with errors in `diags`) when any
/// feature is wrong, so that a half-read basemap is never drawn.
pub fn parse(relative: &str, text: &str, diags: &mut Diagnostics) -> Option<Basemap> {
    let errors_before = diags.error_count();
    let json: serde_json::Value = match serde_json::from_str(text) {
        Ok(json) => json,
        Err(e) => {
            diags.push(Diagnostic::error(
                relative,
                Some(e.line()),
                crate::msg!("geojson-invalid-json", detail = e.to_string()),
            ));
            return None;
        }
    };
    let collection = match serde_json::from_value::<GeoJson>(json) {
        Ok(GeoJson::FeatureCollection(fc)) => fc,
        Ok(other) => {
            let message = match other {
                GeoJson::Geometry(_) => crate::msg!("basemap-is-geometry"),
                _ => crate::msg!("basemap-is-feature"),
            };
            diags.push(Diagnostic::error(relative, Some(1), message));
            return None;
        }
        Err(e) => {
            diags.push(Diagnostic::error(
                relative,
                Some(1),
                crate::msg!("geojson-invalid", detail = e.to_string()),
            ));
            return None;
        }
    };
    if collection.features.len() > MAX_BASEMAP_FEATURES {
        diags.push(Diagnostic::error(
            relative,
            Some(1),
            crate::msg!(
                "basemap-too-many-features",
                count = collection.features.len(),
                limit = MAX_BASEMAP_FEATURES
            ),
        ));
        return None;
    }
    let source = collection
        .foreign_members
        .as_ref()
        .and_then(|m| m.get("source"))
        .and_then(|s| s.as_str())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    if source.is_none() {
        diags.push(Diagnostic::warning(
            relative,
            Some(1),
            crate::msg!("basemap-no-source"),
        ));
    }
    let lines = feature_lines(text);
    let mut positions = 0usize;
    let mut features = Vec::new();
    for (index, feature) in collection.features.into_iter().enumerate() {
        let at = lines.get(index).copied().unwrap_or(1);
        let mut fail = |message: Message| {
            diags.push(Diagnostic::error(
                relative,
                Some(at),
                crate::msg!(
                    "basemap-feature",
                    number = index + 1,
                    problem = message.text()
                ),
            ))
        };
        let property = |key: &str| feature.properties.as_ref().and_then(|p| p.get(key));
        let kind = match property("kind") {
            Some(serde_json::Value::String(word)) => match BaseKind::parse(word) {
                Some(kind) => kind,
                None => {
                    fail(crate::msg!(
                        "basemap-kind-unknown",
                        kind = crate::diagnostics::quote_value(word),
                        allowed = BaseKind::WORDS.join(", ")
                    ));
                    continue;
                }
            },
            _ => {
                fail(crate::msg!(
                    "basemap-kind-missing",
                    allowed = BaseKind::WORDS.join(", ")
                ));
                continue;
            }
        };
        let name = match property("name") {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(n)) if !n.trim().is_empty() => {
                Some(n.trim().to_string())
            }
            Some(_) => {
                fail(crate::msg!("basemap-name-not-text"));
                continue;
            }
        };
        let Some(geometry) = feature.geometry else {
            fail(crate::msg!("basemap-no-geometry"));
            continue;
        };
        let mut converted = BaseFeature {
            kind,
            name,
            lines: Vec::new(),
            polygons: Vec::new(),
            point: None,
        };
        let type_name = geometry.value.type_name();
        let shape_ok = match (kind, geometry.value) {
            (BaseKind::Road | BaseKind::Water, GeometryValue::LineString { coordinates }) => {
                converted.lines = vec![line(&coordinates)];
                true
            }
            (BaseKind::Road | BaseKind::Water, GeometryValue::MultiLineString { coordinates }) => {
                converted.lines = coordinates.iter().map(|l| line(l)).collect();
                true
            }
            (BaseKind::Water, GeometryValue::Polygon { coordinates }) => {
                converted.polygons = vec![coordinates.iter().map(|r| line(r)).collect()];
                true
            }
            (BaseKind::Water, GeometryValue::MultiPolygon { coordinates }) => {
                converted.polygons = coordinates
                    .iter()
                    .map(|p| p.iter().map(|r| line(r)).collect())
                    .collect();
                true
            }
            (BaseKind::Place, GeometryValue::Point { coordinates }) => {
                converted.point = Some(position(&coordinates));
                true
            }
            _ => false,
        };
        if !shape_ok {
            fail(match kind {
                BaseKind::Road => crate::msg!("basemap-road-shape", shape = type_name),
                BaseKind::Water => crate::msg!("basemap-water-shape", shape = type_name),
                BaseKind::Place => crate::msg!("basemap-place-shape", shape = type_name),
            });
            continue;
        }
        if kind == BaseKind::Place && converted.name.is_none() {
            fail(crate::msg!("basemap-place-needs-name"));
            continue;
        }
        match check_positions(&mut converted) {
            Ok(count) => positions += count,
            Err(message) => {
                fail(message);
                continue;
            }
        }
        features.push(converted);
    }
    if positions > MAX_BASEMAP_POSITIONS {
        diags.push(Diagnostic::error(
            relative,
            Some(1),
            crate::msg!(
                "basemap-too-many-positions",
                count = positions,
                limit = MAX_BASEMAP_POSITIONS
            ),
        ));
    }
    if diags.error_count() > errors_before {
        return None;
    }
    Some(Basemap { source, features })
}

/// `[lon, lat]` of a position; one with fewer than two numbers is outside the world (NaN)
/// and reported as such.
fn position(p: &geojson::Position) -> [f64; 2] {
    match p.as_slice() {
        [lon, lat, ..] => [*lon, *lat],
        _ => [f64::NAN, f64::NAN],
    }
}

fn line(positions: &[geojson::Position]) -> Vec<[f64; 2]> {
    positions.iter().map(position).collect()
}

/// Checks every position of a converted feature (inside the world, lines of two or more,
/// closed rings of four or more) and counts them.
fn check_positions(feature: &mut BaseFeature) -> Result<usize, Message> {
    let in_world = |p: &[f64; 2]| p[0].abs() <= 180.0 && p[1].abs() <= 90.0;
    let outside = |p: &[f64; 2]| super::outside_the_world(p[0], p[1]);
    let mut count = 0;
    if let Some(p) = &feature.point {
        if !in_world(p) {
            return Err(outside(p));
        }
        count += 1;
    }
    for line in &feature.lines {
        if line.len() < 2 {
            return Err(crate::msg!("basemap-line-too-short"));
        }
        for p in line {
            if !in_world(p) {
                return Err(outside(p));
            }
        }
        count += line.len();
    }
    for ring in feature.polygons.iter().flatten() {
        if ring.len() < 4 || ring.first() != ring.last() {
            return Err(crate::msg!("geojson-ring-too-short"));
        }
        for p in ring {
            if !in_world(p) {
                return Err(outside(p));
            }
        }
        count += ring.len();
    }
    Ok(count)
}

/// The line on which each feature starts, in order: where `"type": "Feature"` stands (the
/// closing quote keeps "FeatureCollection" out). A best guess for the messages; a file
/// written otherwise still gets its errors, at line 1.
fn feature_lines(text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut line = 1;
    let mut rest = text;
    while let Some(at) = rest.find("\"Feature\"") {
        line += rest[..at].matches('\n').count();
        lines.push(line);
        rest = &rest[at + "\"Feature\"".len()..];
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> (Option<Basemap>, Diagnostics) {
        let mut diags = Diagnostics::new();
        let map = parse("data/geo/basemap.geojson", text, &mut diags);
        (map, diags)
    }

    #[test]
    fn reads_roads_water_and_places() {
        let (map, diags) = parsed(
            r#"{"type":"FeatureCollection","source":"Hand-drawn","features":[
{"type":"Feature","properties":{"kind":"road","name":"Ring"},"geometry":{"type":"LineString","coordinates":[[5.7,53.1],[5.8,53.2]]}},
{"type":"Feature","properties":{"kind":"water"},"geometry":{"type":"Polygon","coordinates":[[[5.7,53.1],[5.8,53.1],[5.8,53.2],[5.7,53.1]]]}},
{"type":"Feature","properties":{"kind":"place","name":"Grou"},"geometry":{"type":"Point","coordinates":[5.83,53.09]}}]}"#,
        );
        assert!(!diags.has_errors(), "{diags:?}");
        let map = map.unwrap();
        assert_eq!(map.source.as_deref(), Some("Hand-drawn"));
        let kinds: Vec<_> = map.features.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, [BaseKind::Road, BaseKind::Water, BaseKind::Place]);
        assert_eq!(map.features[2].point, Some([5.83, 53.09]));
    }

    #[test]
    fn every_wrong_feature_is_reported_with_its_line() {
        let (map, diags) = parsed("{\"type\":\"FeatureCollection\",\"source\":\"x\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{\"kind\":\"railway\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[5.7,53.1],[5.8,53.2]]}},\n{\"type\":\"Feature\",\"properties\":{\"kind\":\"place\",\"name\":\"A\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[5.7,53.1],[5.8,53.2]]}}]}");
        assert!(map.is_none());
        let found = diags.sorted();
        let lines: Vec<Option<usize>> = found.iter().map(|d| d.line).collect();
        assert_eq!(lines, [Some(2), Some(3)]);
        let texts: Vec<String> = found.iter().map(|d| d.message.text()).collect();
        let place = crate::msg!("basemap-place-shape", shape = "LineString").text();
        assert!(texts[0].contains("\"railway\""), "{texts:?}");
        assert!(texts[1].ends_with(&place), "{texts:?}");
    }
}
