//! Reading area outlines from GeoJSON files under `data/` (and, in `basemap`, the map's
//! roads, water and places).

mod basemap;
pub use basemap::load_basemap;

use super::files::{self, Refusal};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::model::{Area, Outline};
use geojson::{GeoJson, Geometry, GeometryValue};
use rayon::prelude::*;
use std::path::Path;

use crate::limits::MAX_GEOJSON_BYTES;
pub use crate::limits::MAX_OUTLINE_POSITIONS;

/// Loads the outline of every area that names a `geometry` file.
pub fn load_outlines(root: &Path, areas: &mut [Area], diags: &mut Diagnostics) {
    let results: Vec<(Option<Outline>, Diagnostics)> = areas
        .par_iter()
        .map(|area| {
            let mut file_diags = Diagnostics::new();
            let outline = area
                .geometry_file
                .as_ref()
                .and_then(|file| load_outline(root, area, &file.id, file.line, &mut file_diags));
            (outline, file_diags)
        })
        .collect();
    for (area, (outline, file_diags)) in areas.iter_mut().zip(results) {
        area.outline = outline;
        diags.extend(file_diags);
    }
}

fn load_outline(
    root: &Path,
    area: &Area,
    file: &str,
    line: usize,
    diags: &mut Diagnostics,
) -> Option<Outline> {
    let relative = format!("data/{file}");
    // A missing file or a link out of the site is the `geometry` line's fault, reported
    // there; a file too large or unreadable is reported at the file itself.
    let bytes = match files::read(root, &relative, MAX_GEOJSON_BYTES) {
        Ok(bytes) => bytes,
        Err(Refusal::Missing) => {
            diags.push(Diagnostic::error(
                &area.path,
                Some(line),
                crate::msg!("geometry-missing-file", file = relative.as_str()),
            ));
            return None;
        }
        Err(refusal @ (Refusal::Outside | Refusal::Git)) => {
            // Nothing of the link's target is said.
            let message = match refusal {
                Refusal::Git => crate::msg!("geometry-link-git", file = relative.as_str()),
                _ => crate::msg!("geometry-link-outside", file = relative.as_str()),
            };
            diags.push(Diagnostic::error(&area.path, Some(line), message));
            return None;
        }
        Err(refusal) => {
            diags.push(Diagnostic::error(
                &relative,
                None,
                refusal.message(crate::msg!("geometry-fix-simplify")),
            ));
            return None;
        }
    };
    let text = super::read::decode_text(&relative, bytes, diags)?;
    let json: serde_json::Value = match serde_json::from_str(&text) {
        Ok(json) => json,
        Err(e) => {
            diags.push(Diagnostic::error(
                &relative,
                Some(e.line()),
                crate::msg!("geojson-invalid-json", detail = e.to_string()),
            ));
            return None;
        }
    };
    let fail = |diags: &mut Diagnostics, message: Message| {
        diags.push(Diagnostic::error(&relative, Some(1), message));
        None
    };
    let geometry: Geometry = match serde_json::from_value::<GeoJson>(json) {
        Ok(GeoJson::Geometry(g)) => g,
        Ok(GeoJson::Feature(f)) => match f.geometry {
            Some(g) => g,
            None => return fail(diags, crate::msg!("outline-no-geometry")),
        },
        Ok(GeoJson::FeatureCollection(fc)) if fc.features.len() == 1 => {
            match fc.features.into_iter().next().and_then(|f| f.geometry) {
                Some(g) => g,
                None => return fail(diags, crate::msg!("outline-no-geometry")),
            }
        }
        Ok(GeoJson::FeatureCollection(fc)) => {
            return fail(
                diags,
                crate::msg!("outline-too-many-features", count = fc.features.len()),
            )
        }
        Err(e) => {
            return fail(
                diags,
                crate::msg!("geojson-invalid", detail = e.to_string()),
            )
        }
    };
    let polygons = match geometry.value {
        GeometryValue::Polygon { coordinates } => vec![coordinates],
        GeometryValue::MultiPolygon { coordinates } => coordinates,
        other => {
            return fail(
                diags,
                crate::msg!("outline-not-polygon", shape = other.type_name()),
            )
        }
    };
    let positions: usize = polygons.iter().flatten().map(Vec::len).sum();
    if positions > MAX_OUTLINE_POSITIONS {
        return fail(
            diags,
            crate::msg!(
                "outline-too-many-positions",
                count = positions,
                limit = MAX_OUTLINE_POSITIONS
            ),
        );
    }
    let mut outline = Outline::default();
    for rings in polygons {
        let mut converted = Vec::new();
        for ring in rings {
            let mut points = Vec::new();
            for position in ring {
                let (lon, lat) = match position.as_slice() {
                    [lon, lat, ..] => (*lon, *lat),
                    _ => return fail(diags, crate::msg!("geojson-position-too-short")),
                };
                if !(lon.abs() <= 180.0 && lat.abs() <= 90.0) {
                    return fail(diags, outside_the_world(lon, lat));
                }
                points.push([lon, lat]);
            }
            if points.len() < 4 || points.first() != points.last() {
                return fail(diags, crate::msg!("geojson-ring-too-short"));
            }
            converted.push(points);
        }
        outline.polygons.push(converted);
    }
    Some(outline)
}

/// A position outside the world: usually coordinates of another system (RD) or swapped.
fn outside_the_world(lon: f64, lat: f64) -> Message {
    crate::msg!(
        "geojson-position-outside-world",
        lon = lon.to_string(),
        lat = lat.to_string()
    )
}
