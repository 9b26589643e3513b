//! GeoJSON files (RFC 7946) of the datasets that have places: `rooms.geojson` (rooms with a
//! location, closed ones included), `areas.geojson` (areas with an outline) and
//! `initiatives.geojson` (initiatives with a location).
//!
//! Positions are `[longitude, latitude]` with at most six decimals; outer rings run
//! counter-clockwise and holes clockwise, whatever the editor's file had; there is no `crs`.
//! A feature's properties are the columns of the dataset's CSV.

use crate::model::geometry::Ring;
use crate::model::{LatLon, Outline};
use crate::output::OutputFile;
use crate::outputs::data::tables::{round6, Place, Table};
use geojson::{Feature, Geometry, GeometryValue, JsonObject, Position};

/// One GeoJSON file per table that has places, made when the iterator reaches it.
///
/// Each feature is written out as soon as it is made, rather than the whole collection
/// built as a tree first: at N = 10,000 the trees of the three files were about 45 MB at the
/// build's peak. The text is the one `FeatureCollection`'s own serialisation gives: the
/// collection's two members, then its features side by side.
pub fn render(tables: &[Table]) -> impl Iterator<Item = OutputFile> + '_ {
    tables.iter().filter_map(|table| {
        let places = table.places.as_ref()?;
        let mut text = br#"{"type":"FeatureCollection","features":["#.to_vec();
        let mut first = true;
        for (row, place) in table.rows.iter().zip(places) {
            let Some(geometry) = place.as_ref().and_then(geometry) else {
                continue;
            };
            let properties: JsonObject = table
                .columns
                .iter()
                .zip(row)
                .map(|(column, cell)| (column.name.to_string(), cell.json()))
                .collect();
            let feature = Feature {
                bbox: None,
                geometry: Some(geometry),
                id: None,
                properties: Some(properties),
                foreign_members: None,
            };
            if !first {
                text.push(b',');
            }
            first = false;
            serde_json::to_writer(&mut text, &feature).expect("GeoJSON serialises");
        }
        text.extend_from_slice(b"]}\n");
        Some(OutputFile::new(
            format!("{}{}.geojson", crate::outputs::data::DATA_DIR, table.name),
            text,
        ))
    })
}

/// The geometry of a place, or `None` when nothing of it is left after rounding.
pub fn geometry(place: &Place) -> Option<Geometry> {
    match place {
        Place::Point(point) => Some(point_geometry(*point)),
        Place::Outline(outline) => outline_geometry(outline),
    }
}

pub fn point_geometry(point: LatLon) -> Geometry {
    Geometry::new(GeometryValue::new_point([
        round6(point.lon),
        round6(point.lat),
    ]))
}

/// A Polygon for an outline of one polygon, a MultiPolygon for more, oriented the RFC 7946
/// way and rounded to six decimals.
pub fn outline_geometry(outline: &Outline) -> Option<Geometry> {
    let mut polygons: Vec<Vec<Vec<Position>>> = Vec::new();
    for rings in &outline.polygons {
        let mut polygon = Vec::new();
        for (index, ring) in rings.iter().enumerate() {
            let Some(mut ring) = rounded_ring(ring) else {
                if index == 0 {
                    break;
                }
                continue;
            };
            let outer = index == 0;
            let counter_clockwise = signed_area(&ring) > 0.0;
            if outer != counter_clockwise {
                ring.reverse();
            }
            polygon.push(ring.into_iter().map(Position::from).collect());
        }
        if !polygon.is_empty() {
            polygons.push(polygon);
        }
    }
    match polygons.len() {
        0 => None,
        1 => Some(Geometry::new(GeometryValue::Polygon {
            coordinates: polygons.pop().expect("one polygon"),
        })),
        _ => Some(Geometry::new(GeometryValue::MultiPolygon {
            coordinates: polygons,
        })),
    }
}

/// The ring with every position rounded to six decimals, repeated positions removed and
/// closed again; `None` when fewer than three distinct positions remain.
fn rounded_ring(ring: &Ring) -> Option<Ring> {
    let mut points: Ring = Vec::with_capacity(ring.len());
    for p in ring {
        let p = [round6(p[0]), round6(p[1])];
        if points.last() != Some(&p) {
            points.push(p);
        }
    }
    while points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    if points.len() < 3 || signed_area(&points) == 0.0 {
        return None;
    }
    points.push(points[0]);
    Some(points)
}

/// The planar signed area of a ring in degrees (shoelace formula); positive when
/// the ring runs counter-clockwise with longitude to the right and latitude up.
pub fn signed_area(ring: &[[f64; 2]]) -> f64 {
    let n = ring.len();
    if n < 3 {
        return 0.0;
    }
    let mut sum = 0.0;
    for i in 0..n {
        let a = ring[i];
        let b = ring[(i + 1) % n];
        sum += a[0] * b[1] - b[0] * a[1];
    }
    sum / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(clockwise: bool) -> Ring {
        let mut ring = vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]];
        if clockwise {
            ring.reverse();
        }
        ring
    }

    #[test]
    fn rings_are_oriented() {
        let outline = Outline {
            // A clockwise outer ring with a counter-clockwise hole: both the wrong way round.
            polygons: vec![vec![
                square(true),
                square(false)
                    .iter()
                    .map(|p| [0.25 + p[0] * 0.5, 0.25 + p[1] * 0.5])
                    .collect(),
            ]],
        };
        let geometry = outline_geometry(&outline).unwrap();
        let GeometryValue::Polygon { coordinates } = geometry.value else {
            panic!("a polygon");
        };
        let rings: Vec<Ring> = coordinates
            .iter()
            .map(|r| r.iter().map(|p| [p[0], p[1]]).collect())
            .collect();
        assert!(signed_area(&rings[0]) > 0.0);
        assert!(signed_area(&rings[1]) < 0.0);
        assert_eq!(rings[0].first(), rings[0].last());
    }

    #[test]
    fn rounding_to_six_decimals() {
        let g = point_geometry(LatLon {
            lat: 53.123456789,
            lon: 5.1234564,
        });
        assert_eq!(
            serde_json::to_string(&g).unwrap(),
            r#"{"type":"Point","coordinates":[5.123456,53.123457]}"#
        );
    }
}
