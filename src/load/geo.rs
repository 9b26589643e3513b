//! Reading area outlines from GeoJSON files under `data/` (and, in `basemap`, the map's
//! roads, water and places).

mod basemap;
pub use basemap::load_basemap;

use super::files::{self, Refusal};
use crate::diagnostics::{Diagnostic, Diagnostics};
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

/// What a `geometry` line that names a link out of the site is told; nothing of the target.
pub const OUTSIDE_LINK: &str = "which is a link to a place outside the site folder; mienskip reads only files inside the site, so put the GeoJSON file itself there instead of a link";

/// What a `geometry` line that names a link into `.git` is told.
pub const GIT_LINK: &str = "which is a link into the repository's .git folder; mienskip does not read it, so put the GeoJSON file itself there instead of a link";

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
                format!("`geometry` names {relative}, which does not exist; check the file name"),
            ));
            return None;
        }
        Err(refusal @ (Refusal::Outside | Refusal::Git)) => {
            let message = match refusal {
                Refusal::Git => format!("`geometry` names {relative}, {GIT_LINK}"),
                _ => format!("`geometry` names {relative}, {OUTSIDE_LINK}"),
            };
            diags.push(Diagnostic::error(&area.path, Some(line), message));
            return None;
        }
        Err(refusal) => {
            diags.push(Diagnostic::error(
                &relative,
                None,
                refusal.message("simplify the outline in your drawing tool (for example QGIS \"Simplify\" or mapshaper -simplify)"),
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
                format!("this is not valid JSON: {e}"),
            ));
            return None;
        }
    };
    let fail = |diags: &mut Diagnostics, message: String| {
        diags.push(Diagnostic::error(&relative, Some(1), message));
        None
    };
    let geometry: Geometry = match serde_json::from_value::<GeoJson>(json) {
        Ok(GeoJson::Geometry(g)) => g,
        Ok(GeoJson::Feature(f)) => match f.geometry {
            Some(g) => g,
            None => {
                return fail(
                    diags,
                    "the Feature has no geometry; draw the area's outline".into(),
                )
            }
        },
        Ok(GeoJson::FeatureCollection(fc)) if fc.features.len() == 1 => {
            match fc.features.into_iter().next().and_then(|f| f.geometry) {
                Some(g) => g,
                None => {
                    return fail(
                        diags,
                        "the Feature has no geometry; draw the area's outline".into(),
                    )
                }
            }
        }
        Ok(GeoJson::FeatureCollection(fc)) => {
            return fail(
                diags,
                format!(
                "the FeatureCollection has {} features; an area's file holds exactly one outline",
                fc.features.len()
            ),
            )
        }
        Err(e) => return fail(diags, format!("this is not valid GeoJSON: {e}")),
    };
    let polygons = match geometry.value {
        GeometryValue::Polygon { coordinates } => vec![coordinates],
        GeometryValue::MultiPolygon { coordinates } => coordinates,
        other => {
            return fail(
                diags,
                format!(
                    "the outline is a {}, but an area needs a Polygon or MultiPolygon",
                    other.type_name()
                ),
            )
        }
    };
    let positions: usize = polygons.iter().flatten().map(Vec::len).sum();
    if positions > MAX_OUTLINE_POSITIONS {
        return fail(
            diags,
            format!("the outline has {positions} positions, more than the limit of {MAX_OUTLINE_POSITIONS}; simplify it in your drawing tool (for example QGIS \"Simplify\" or mapshaper -simplify) to a few thousand"),
        );
    }
    let mut outline = Outline::default();
    for rings in polygons {
        let mut converted = Vec::new();
        for ring in rings {
            let mut points = Vec::new();
            for position in ring {
                let (lon, lat) =
                    match position.as_slice() {
                        [lon, lat, ..] => (*lon, *lat),
                        _ => return fail(
                            diags,
                            "a position has fewer than two numbers; write [longitude, latitude]"
                                .into(),
                        ),
                    };
                if !(lon.abs() <= 180.0 && lat.abs() <= 90.0) {
                    return fail(
                        diags,
                        format!("the position [{lon}, {lat}] is outside the world; GeoJSON is [longitude, latitude] in WGS84 degrees"),
                    );
                }
                points.push([lon, lat]);
            }
            if points.len() < 4 || points.first() != points.last() {
                return fail(
                    diags,
                    "a ring needs at least four positions and must end where it starts".into(),
                );
            }
            converted.push(points);
        }
        outline.polygons.push(converted);
    }
    Some(outline)
}
