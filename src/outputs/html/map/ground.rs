//! The basemap under a drawn map: water, then roads, muted, as one path per kind; only
//! what falls inside the drawing, with points closer than a unit merged, so a room's
//! small map carries only its neighbourhood.

use super::clip;
use super::labels::{around, Wanted};
use super::Projection;
use crate::model::{BaseKind, Basemap, LatLon};
use std::fmt::Write;

/// The water and road layers, as SVG, for the drawing `projection` describes.
pub fn layers(basemap: &Basemap, projection: &Projection) -> String {
    let mut water_areas = String::new();
    let mut water_lines = String::new();
    let mut roads = String::new();
    for feature in &basemap.features {
        match feature.kind {
            BaseKind::Place => {}
            BaseKind::Water => {
                for ring in feature.polygons.iter().flatten() {
                    path(&mut water_areas, ring, projection, true);
                }
                for line in &feature.lines {
                    path(&mut water_lines, line, projection, false);
                }
            }
            BaseKind::Road => {
                for line in &feature.lines {
                    path(&mut roads, line, projection, false);
                }
            }
        }
    }
    let mut svg = String::from("<g class=\"kaart-ondergrond\" aria-hidden=\"true\">");
    for (class, d) in [
        ("kaart-water", water_areas),
        ("kaart-waterlijn", water_lines),
        ("kaart-weg", roads),
    ] {
        if !d.is_empty() {
            let _ = write!(svg, "<path class=\"{class}\" d=\"{d}\"/>");
        }
    }
    svg.push_str("</g>");
    svg
}

/// Appends one line or ring to a path's `d`: only its part inside the drawing, with points
/// closer than a unit merged.
fn path(d: &mut String, points: &[[f64; 2]], projection: &Projection, closed: bool) {
    let projected: Vec<(f64, f64)> = points
        .iter()
        .map(|p| projection.project(LatLon::of_position(*p)))
        .collect();
    let frame = super::drawing_box(projection);
    if closed {
        let ring = clip::ring(&projected, &frame);
        if ring.len() >= 3 {
            write_points(d, &ring);
            d.push('Z');
        }
    } else {
        for piece in clip::line(&projected, &frame) {
            write_points(d, &piece);
        }
    }
}

/// `M x y L x y ...`, leaving out points within a unit of the last one written (but never
/// the end).
pub fn write_points(d: &mut String, points: &[(f64, f64)]) {
    let mut last: Option<(f64, f64)> = None;
    for (i, &(x, y)) in points.iter().enumerate() {
        let end = i + 1 == points.len();
        if let Some((lx, ly)) = last {
            if !end && (x - lx).abs() < 1.0 && (y - ly).abs() < 1.0 {
                continue;
            }
        }
        let _ = write!(d, "{}{x} {y}", if last.is_none() { "M" } else { "L" });
        last = Some((x, y));
    }
}

/// The place names inside the drawing, in the basemap's order (the editor's priority).
pub fn place_labels(basemap: &Basemap, projection: &Projection, size: f64) -> Vec<Wanted> {
    basemap
        .features
        .iter()
        .filter(|f| f.kind == BaseKind::Place)
        .filter_map(|f| {
            let point = f.point?;
            let name = f.name.as_ref()?;
            let (x, y) = projection.project(LatLon::of_position(point));
            let inside =
                (0.0..=projection.width).contains(&x) && (0.0..=projection.height).contains(&y);
            inside.then(|| Wanted {
                candidates: around(name, size, x, y, 2.0),
                text: name.clone(),
                size,
                class: "kaart-plaats",
                leader: false,
            })
        })
        .collect()
}

/// Where the interactive map finds the basemap, relative to the site's root: beside the
/// full map page.
pub fn file_path() -> String {
    let map = crate::resolve::routes::Route::Section(crate::resolve::routes::Section::Map);
    format!("{}ondergrond.geojson", map.path())
}

/// The basemap as GeoJSON for the interactive map: written again from what was checked
/// (kind and name only), so nothing else of the editor's file is published.
pub fn file(basemap: &Basemap) -> crate::output::OutputFile {
    use serde_json::{json, Value};
    let features: Vec<Value> = basemap
        .features
        .iter()
        .map(|f| {
            let geometry = if let Some(p) = f.point {
                json!({ "type": "Point", "coordinates": p })
            } else if !f.polygons.is_empty() {
                json!({ "type": "MultiPolygon", "coordinates": f.polygons })
            } else {
                json!({ "type": "MultiLineString", "coordinates": f.lines })
            };
            json!({
                "type": "Feature",
                "properties": { "kind": f.kind.as_str(), "name": f.name },
                "geometry": geometry,
            })
        })
        .collect();
    let collection = json!({
        "type": "FeatureCollection",
        "source": basemap.source,
        "features": features,
    });
    crate::output::OutputFile::new(file_path(), collection.to_string())
}
