//! Reading the basemap (`map.basemap`): a GeoJSON FeatureCollection of roads, water and
//! places under `data/`, checked feature by feature so that every problem is reported.

use super::super::files::{self, Refusal};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::limits::{MAX_BASEMAP_BYTES, MAX_BASEMAP_FEATURES, MAX_BASEMAP_POSITIONS};
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
                format!("`basemap` names {relative}, which does not exist; check the file name"),
            ));
            return (None, 0);
        }
        Err(refusal @ (Refusal::Outside | Refusal::Git)) => {
            let message = match refusal {
                Refusal::Git => format!("`basemap` names {relative}, {}", super::GIT_LINK),
                _ => format!("`basemap` names {relative}, {}", super::OUTSIDE_LINK),
            };
            diags.push(Diagnostic::error("site.yaml", Some(line), message));
            return (None, 0);
        }
        Err(refusal) => {
            diags.push(Diagnostic::error(
                &relative,
                None,
                refusal.message("keep only main roads, water and place names and simplify the lines (for example mapshaper -simplify)"),
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
                format!("this is not valid JSON: {e}"),
            ));
            return None;
        }
    };
    let collection = match serde_json::from_value::<GeoJson>(json) {
        Ok(GeoJson::FeatureCollection(fc)) => fc,
        Ok(other) => {
            let what = match other {
                GeoJson::Geometry(_) => "a Geometry",
                _ => "a single Feature",
            };
            diags.push(Diagnostic::error(relative, Some(1), format!("the basemap is {what}; write a FeatureCollection whose features each have a `kind` (road, water or place)")));
            return None;
        }
        Err(e) => {
            diags.push(Diagnostic::error(
                relative,
                Some(1),
                format!("this is not valid GeoJSON: {e}"),
            ));
            return None;
        }
    };
    if collection.features.len() > MAX_BASEMAP_FEATURES {
        diags.push(Diagnostic::error(relative, Some(1), format!("the basemap has {} features, more than the limit of {MAX_BASEMAP_FEATURES}; keep only the main roads, water and place names", collection.features.len())));
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
        diags.push(Diagnostic::warning(relative, Some(1), "the basemap has no `source`; add a member \"source\" to the FeatureCollection that says where the data comes from and under which licence (it is shown beside the map)".to_string()));
    }
    let lines = feature_lines(text);
    let mut positions = 0usize;
    let mut features = Vec::new();
    for (index, feature) in collection.features.into_iter().enumerate() {
        let at = lines.get(index).copied().unwrap_or(1);
        let mut fail = |message: String| {
            diags.push(Diagnostic::error(
                relative,
                Some(at),
                format!("feature {}: {message}", index + 1),
            ))
        };
        let property = |key: &str| feature.properties.as_ref().and_then(|p| p.get(key));
        let kind = match property("kind") {
            Some(serde_json::Value::String(word)) => match BaseKind::parse(word) {
                Some(kind) => kind,
                None => {
                    fail(format!(
                        "`kind` is \"{word}\"; it must be one of {}",
                        BaseKind::WORDS.join(", ")
                    ));
                    continue;
                }
            },
            _ => {
                fail(format!(
                    "the feature has no `kind`; add a property \"kind\" with one of {}",
                    BaseKind::WORDS.join(", ")
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
                fail("`name` is not a text; write the name between quotes".into());
                continue;
            }
        };
        let Some(geometry) = feature.geometry else {
            fail("the feature has no geometry".into());
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
            let wanted = match kind {
                BaseKind::Road => "a LineString or MultiLineString",
                BaseKind::Water => "a Polygon, MultiPolygon, LineString or MultiLineString",
                BaseKind::Place => "a Point",
            };
            fail(format!(
                "a {} is a {type_name}, but it must be {wanted}",
                kind.as_str()
            ));
            continue;
        }
        if kind == BaseKind::Place && converted.name.is_none() {
            fail(
                "a place needs a `name`; add the name of the village, neighbourhood or landmark"
                    .into(),
            );
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
        diags.push(Diagnostic::error(relative, Some(1), format!("the basemap has {positions} positions, more than the limit of {MAX_BASEMAP_POSITIONS}; simplify its lines (for example mapshaper -simplify) or keep fewer roads")));
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
fn check_positions(feature: &mut BaseFeature) -> Result<usize, String> {
    let in_world = |p: &[f64; 2]| p[0].abs() <= 180.0 && p[1].abs() <= 90.0;
    let outside = |p: &[f64; 2]| {
        format!("the position [{}, {}] is outside the world; GeoJSON is [longitude, latitude] in WGS84 degrees", p[0], p[1])
    };
    let mut count = 0;
    if let Some(p) = &feature.point {
        if !in_world(p) {
            return Err(outside(p));
        }
        count += 1;
    }
    for line in &feature.lines {
        if line.len() < 2 {
            return Err("a line needs at least two positions".into());
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
            return Err("a ring needs at least four positions and must end where it starts".into());
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
        let text = format!("{diags:?}");
        assert_eq!(diags.error_count(), 2, "{text}");
        assert!(text.contains("railway"), "{text}");
        assert!(text.contains("must be a Point"), "{text}");
        let lines: Vec<Option<usize>> = diags.sorted().iter().map(|d| d.line).collect();
        assert_eq!(lines, [Some(2), Some(3)]);
    }
}
