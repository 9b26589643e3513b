//! The map drawn at build time as SVG: area outlines and room markers in Web Mercator,
//! fitted to the data. No script, no tiles, no request to another host; it prints.

use crate::model::{Area, LatLon, Room, RoomKind, RoomStatus};
use crate::outputs::html::views::Viewer;
use crate::text::escape::xml as escape;
use std::f64::consts::PI;
use std::fmt::Write;

/// Width of the drawing in SVG units; the height follows from the data's shape. Markers
/// and labels keep one size in these units, so a small map uses fewer of them.
pub const FULL_WIDTH: f64 = 800.0;
pub const SMALL_WIDTH: f64 = 360.0;
const MARGIN: f64 = 24.0;

/// Web Mercator x and y (unscaled, y growing southwards) of a point.
pub fn mercator(point: LatLon) -> (f64, f64) {
    let x = (point.lon + 180.0) / 360.0;
    let lat = point.lat.clamp(-85.051_128, 85.051_128).to_radians();
    let y = (1.0 - ((lat.tan() + 1.0 / lat.cos()).ln() / PI)) / 2.0;
    (x, y)
}

/// Fits Mercator coordinates into the drawing.
pub struct Projection {
    pub width: f64,
    min_x: f64,
    min_y: f64,
    scale: f64,
    pub height: f64,
}

impl Projection {
    /// A projection that shows every point, or `None` without points.
    pub fn fit(points: impl IntoIterator<Item = LatLon>, width: f64) -> Option<Projection> {
        let projected: Vec<(f64, f64)> = points.into_iter().map(mercator).collect();
        let first = projected.first()?;
        let (mut min_x, mut min_y, mut max_x, mut max_y) = (first.0, first.1, first.0, first.1);
        for (x, y) in &projected {
            min_x = min_x.min(*x);
            min_y = min_y.min(*y);
            max_x = max_x.max(*x);
            max_y = max_y.max(*y);
        }
        // A single point still gets a small neighbourhood around it.
        let span_x = (max_x - min_x).max(1e-5);
        let span_y = (max_y - min_y).max(1e-5);
        let scale = (width - 2.0 * MARGIN) / span_x.max(span_y);
        let height = (span_y * scale + 2.0 * MARGIN).max(width / 4.0);
        let (cx, cy) = ((min_x + max_x) / 2.0, (min_y + max_y) / 2.0);
        Some(Projection {
            width,
            min_x: cx - (width / 2.0) / scale,
            min_y: cy - (height / 2.0) / scale,
            scale,
            height,
        })
    }

    /// SVG coordinates of a point, rounded to 0.1.
    pub fn project(&self, point: LatLon) -> (f64, f64) {
        let (x, y) = mercator(point);
        let round = |v: f64| (v * 10.0).round() / 10.0;
        (
            round((x - self.min_x) * self.scale),
            round((y - self.min_y) * self.scale),
        )
    }
}

fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The map of the given areas (all when `None`) and their rooms, labelled `title`, with
/// the room `highlight` (if any) marked as the one the page is about.
pub fn draw(
    viewer: &Viewer,
    area_ids: Option<&[&str]>,
    highlight: Option<&str>,
    title: &str,
    width: f64,
) -> Option<String> {
    let site = viewer.site;
    // A page's small map looks its areas' rooms up rather than scanning every room: on a
    // large site that scan, once per room page, was quadratic. Both lists keep the site's
    // order (by id).
    let (areas, rooms): (Vec<&Area>, Vec<&Room>) = match area_ids {
        None => (
            site.areas.iter().collect(),
            site.rooms
                .iter()
                .filter(|r| r.location.is_some())
                .map(|r| &**r)
                .collect(),
        ),
        Some(ids) => {
            let mut areas: Vec<&Area> = ids.iter().filter_map(|id| site.area(id)).collect();
            areas.sort_by(|a, b| a.id.cmp(&b.id));
            areas.dedup_by(|a, b| a.id == b.id);
            let mut rooms: Vec<&Room> = areas
                .iter()
                .flat_map(|a| crate::resolve::Links::ids(&viewer.links.rooms_of_area, &a.id))
                .filter_map(|id| site.room(id))
                .filter(|r| r.location.is_some())
                .collect();
            rooms.sort_by(|a, b| a.id.cmp(&b.id));
            (areas, rooms)
        }
    };
    let outline_points = areas
        .iter()
        .filter_map(|a| a.outline.as_ref())
        .flat_map(|o| o.polygons.iter().flatten().flatten())
        .map(|p| LatLon {
            lat: p[1],
            lon: p[0],
        });
    let room_points = rooms.iter().filter_map(|r| r.location);
    let projection = Projection::fit(outline_points.chain(room_points), width)?;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {:.1}\" role=\"group\" aria-label=\"{}\" class=\"kaart kaart--{}\">",
        projection.width,
        projection.height,
        escape(title),
        // The stylesheet keeps the labels readable on a phone; how depends on the size.
        if width > SMALL_WIDTH { "wide" } else { "small" }
    );
    for area in &areas {
        let Some(outline) = &area.outline else {
            continue;
        };
        let mut d = String::new();
        for ring in outline.polygons.iter().flatten() {
            for (i, p) in ring.iter().enumerate() {
                let (x, y) = projection.project(LatLon {
                    lat: p[1],
                    lon: p[0],
                });
                let _ = write!(d, "{}{x} {y}", if i == 0 { "M" } else { "L" });
            }
            d.push('Z');
        }
        // The map's links are no tab stops (tabindex -1): every area and room is also a link
        // in the list beside the map, so a keyboard user passes the map in one step.
        let link = viewer.area_link(area);
        let _ = write!(
            svg,
            "<a href=\"{}\" class=\"kaart-gebied\" tabindex=\"-1\" aria-label=\"{}\"><title>{}</title><path d=\"{d}\" fill-rule=\"evenodd\"/></a>",
            escape(&link.url),
            escape(&link.name),
            escape(&link.name)
        );
        if let Some([min_lon, min_lat, max_lon, max_lat]) = outline.bounds() {
            let centre = LatLon {
                lat: (min_lat + max_lat) / 2.0,
                lon: (min_lon + max_lon) / 2.0,
            };
            let (x, y) = projection.project(centre);
            let _ = write!(
                svg,
                "<text x=\"{x}\" y=\"{y}\" class=\"kaart-naam\" text-anchor=\"middle\" aria-hidden=\"true\">{}</text>",
                escape(&link.name)
            );
        }
    }
    for room in &rooms {
        let Some(location) = room.location else {
            continue;
        };
        let (x, y) = projection.project(location);
        let link = viewer.room_link(room);
        let current = if highlight == Some(room.id.as_str()) {
            " huidig"
        } else {
            ""
        };
        // Shape and size tell the kinds apart, so the map does not rely on colour alone.
        let (class, shape) = match (room.status, room.kind) {
            (RoomStatus::Closed, _) => (
                "gesloten",
                format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\"/>",
                    round1(x - 6.0),
                    round1(y - 6.0)
                ),
            ),
            (RoomStatus::Planned, _) => (
                "gepland",
                format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"8\"/>"),
            ),
            (RoomStatus::Open, RoomKind::Main) => (
                "hoofdlocatie",
                format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"9\"/>"),
            ),
            (RoomStatus::Open, RoomKind::Satellite) => (
                "satelliet",
                format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"6\"/>"),
            ),
        };
        let _ = write!(
            svg,
            "<a href=\"{}\" class=\"kaart-kamer {class}{current}\" tabindex=\"-1\" aria-label=\"{}\"><title>{}</title>{shape}</a>",
            escape(&link.url),
            escape(&link.name),
            escape(&link.name)
        );
    }
    svg.push_str("</svg>");
    Some(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mercator_of_known_points() {
        let (x, y) = mercator(LatLon { lat: 0.0, lon: 0.0 });
        assert!((x - 0.5).abs() < 1e-12 && (y - 0.5).abs() < 1e-12);
        let (_, y) = mercator(LatLon {
            lat: 53.2,
            lon: 5.8,
        });
        assert!(y < 0.5, "north of the equator is up");
    }

    #[test]
    fn fitted_points_stay_inside_the_drawing() {
        let points = [
            LatLon {
                lat: 53.1,
                lon: 5.7,
            },
            LatLon {
                lat: 53.3,
                lon: 5.9,
            },
        ];
        let projection = Projection::fit(points, FULL_WIDTH).unwrap();
        for p in points {
            let (x, y) = projection.project(p);
            assert!((0.0..=FULL_WIDTH).contains(&x), "{x}");
            assert!((0.0..=projection.height).contains(&y), "{y}");
        }
        assert!(projection.project(points[1]).1 < projection.project(points[0]).1);
    }
}
