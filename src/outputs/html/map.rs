//! The map drawn at build time as SVG: the basemap (water, roads, place names) muted,
//! area outlines and room markers in Web Mercator, fitted to the data, with names placed
//! without overlaps. Each map comes twice: a wide drawing and a narrow one for a phone,
//! cropped to the rooms, whose names and markers keep their size there. No script, no
//! tiles, no request to another host; it prints.

mod clip;
pub mod ground;
pub mod labels;

use crate::model::{Area, LatLon, Room, RoomKind, RoomStatus};
use crate::outputs::html::views::Viewer;
use crate::text::escape::xml as escape;
use labels::{Rect, Wanted};
use std::f64::consts::PI;
use std::fmt::Write;

/// Width of the drawing in SVG units; the height follows from the data's shape. Markers
/// and labels keep one size in these units, so a small map uses fewer of them.
pub const FULL_WIDTH: f64 = 800.0;
pub const SMALL_WIDTH: f64 = 360.0;
/// The phone's drawing: shown at 250 to 300 px wide on a 320 px screen (a scale of 0.83
/// or more), so names of 15 units stay above 12 px and markers' 30-unit tap areas above
/// 24 px.
pub const NARROW_WIDTH: f64 = 300.0;
const MARGIN: f64 = 24.0;
/// Half the least width, in degrees of longitude, the phone's drawing shows around rooms.
const MIN_SPAN_DEGREES: f64 = 0.011;

/// The size and lettering of one drawing.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub width: f64,
    /// The tallest the drawing may be; wider data gets a lower one.
    pub max_height: f64,
    /// Area names, in SVG units.
    pub name_size: f64,
    /// Place names from the basemap.
    pub place_size: f64,
    /// Radius of the invisible tap area around each room marker.
    pub hit_radius: f64,
    /// The phone's drawing: cropped to the rooms where there are several.
    pub narrow: bool,
}

impl Frame {
    pub fn wide(width: f64) -> Frame {
        Frame {
            width,
            max_height: width * 0.7,
            name_size: 15.0,
            // A room's small map is shown at about 0.9 of its size beside the page.
            place_size: if width <= SMALL_WIDTH { 14.0 } else { 13.0 },
            hit_radius: 12.0,
            narrow: false,
        }
    }

    pub const NARROW: Frame = Frame {
        width: NARROW_WIDTH,
        max_height: 440.0,
        name_size: 16.0,
        place_size: 15.0,
        hit_radius: 15.0,
        narrow: true,
    };
}

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
    /// A projection that shows every point, or `None` without points: as large as fits
    /// both `width` and `max_height`, centred; what is around the data (the basemap) fills
    /// the rest, so a cluster does not sit small in an empty box.
    pub fn fit(
        points: impl IntoIterator<Item = LatLon>,
        width: f64,
        max_height: f64,
    ) -> Option<Projection> {
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
        let scale = ((width - 2.0 * MARGIN) / span_x).min((max_height - 2.0 * MARGIN) / span_y);
        let height = round1(
            (span_y * scale + 2.0 * MARGIN)
                .max(width * 0.6)
                .min(max_height),
        );
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
        (
            round1((x - self.min_x) * self.scale),
            round1((y - self.min_y) * self.scale),
        )
    }
}

fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The map of the given areas (all when `None`) and their rooms, labelled `title`, with
/// the room `highlight` (if any) marked as the one the page is about: a wide drawing
/// `width` units wide followed by the phone's narrow one (the stylesheet shows one).
pub fn draw(
    viewer: &Viewer,
    area_ids: Option<&[&str]>,
    highlight: Option<&str>,
    title: &str,
    width: f64,
    names: &NamesPlaced,
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
    let map = Drawn {
        viewer,
        areas: &areas,
        rooms: &rooms,
        highlight,
        title,
        names,
        whole: area_ids.is_none(),
    };
    let wide = map.draw(Frame::wide(width))?;
    let narrow = map.draw(Frame::NARROW)?;
    Some(wide + &narrow)
}

/// The names placed on the maps of one language's pages, by the areas drawn and the frame.
///
/// Where the names go depends on the areas, their rooms and the frame, never on which room
/// the page is about: every room page of an area draws the same small map but for its own
/// marker, so the placement (the search for a spot with a leader line above all) is done
/// once per area rather than once per room page.
#[derive(Default)]
pub struct NamesPlaced(std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<str>>>);

impl NamesPlaced {
    /// The names' SVG under `key`, made by `make` the first time. Made outside the lock, so
    /// that two threads never wait on each other (both make the same text).
    fn get_or_make(&self, key: String, make: impl FnOnce() -> String) -> std::sync::Arc<str> {
        let lock = || self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = lock().get(&key) {
            return found.clone();
        }
        let made: std::sync::Arc<str> = make().into();
        lock().entry(key).or_insert(made).clone()
    }
}

/// What one map shows, drawn at one or more sizes.
struct Drawn<'a> {
    viewer: &'a Viewer<'a>,
    areas: &'a [&'a Area],
    rooms: &'a [&'a Room],
    highlight: Option<&'a str>,
    title: &'a str,
    names: &'a NamesPlaced,
    /// Every area and every room with a place (`area_ids` was `None`).
    whole: bool,
}

impl Drawn<'_> {
    fn draw(&self, frame: Frame) -> Option<String> {
        let viewer = self.viewer;
        let outline_points = self
            .areas
            .iter()
            .filter_map(|a| a.outline.as_ref())
            .flat_map(|o| o.polygons.iter().flatten().flatten())
            .map(|p| LatLon::of_position(*p));
        let room_points = self.rooms.iter().filter_map(|r| r.location);
        // The phone's drawing shows where the rooms are; the wide one the whole outlines.
        let projection = if frame.narrow && self.rooms.len() >= 2 {
            // Never closer than a neighbourhood (some 1.5 km across): two rooms on one
            // street still show the streets and names around them.
            let rooms: Vec<LatLon> = room_points.collect();
            let n = rooms.len() as f64;
            let (lat, lon) = rooms
                .iter()
                .fold((0.0, 0.0), |(a, o), p| (a + p.lat / n, o + p.lon / n));
            let around = [(-1.0, -1.0), (1.0, 1.0)].map(|(dy, dx)| LatLon {
                lat: lat + dy * MIN_SPAN_DEGREES * 0.6,
                lon: lon + dx * MIN_SPAN_DEGREES,
            });
            Projection::fit(
                rooms.into_iter().chain(around),
                frame.width,
                frame.max_height,
            )?
        } else {
            Projection::fit(
                outline_points.chain(room_points),
                frame.width,
                frame.max_height,
            )?
        };
        let mut svg = String::new();
        let _ = write!(
            svg,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"group\" aria-label=\"{}\" class=\"kaart kaart--{}\">",
            projection.width,
            projection.height,
            escape(self.title),
            // The stylesheet shows the wide drawing or the narrow one, by the screen's width.
            if frame.narrow { "narrow" } else { "wide" }
        );
        if let Some(basemap) = &viewer.site.config.basemap {
            svg.push_str(&ground::layers(basemap, &projection));
        }
        let frame_box = drawing_box(&projection);
        let mut wanted = Vec::new();
        let mut later_parts = Vec::new();
        // Every ring drawn: a name moved away from its area is placed outside them.
        let mut rings = Vec::new();
        for area in self.areas {
            let Some(outline) = &area.outline else {
                continue;
            };
            let mut d = String::new();
            let mut parts = Vec::new();
            for polygon in &outline.polygons {
                for (r, ring) in polygon.iter().enumerate() {
                    let points: Vec<(f64, f64)> = ring
                        .iter()
                        .map(|p| projection.project(LatLon::of_position(*p)))
                        .collect();
                    // Cut to the drawing: the phone's one shows only where the rooms are.
                    let points = clip::ring(&points, &frame_box);
                    if points.len() < 3 {
                        continue;
                    }
                    for (i, (x, y)) in points.iter().enumerate() {
                        let _ = write!(d, "{}{x} {y}", if i == 0 { "M" } else { "L" });
                    }
                    d.push('Z');
                    rings.push(points.clone());
                    if r == 0 {
                        let mut closed = points.clone();
                        closed.push(points[0]);
                        parts.push(centre(&closed));
                    }
                }
            }
            if d.is_empty() {
                // Wholly outside this drawing (the phone's, cropped to the rooms).
                continue;
            }
            // The map's links are no tab stops (tabindex -1): every area and room is also a
            // link in the list beside the map, so a keyboard user passes the map in one step.
            let link = viewer.area_link(area);
            let _ = write!(
                svg,
                "<a href=\"{}\" class=\"kaart-gebied\" tabindex=\"-1\" aria-label=\"{}\"><title>{}</title><path d=\"{d}\" fill-rule=\"evenodd\"/></a>",
                escape(&link.url),
                escape(&link.name),
                escape(&link.name)
            );
            // Every part of an area may carry its name, the largest first; all areas' first
            // names come before any second one.
            parts.sort_by(|a, b| b.2.total_cmp(&a.2));
            for (i, (x, y, _)) in parts.into_iter().enumerate() {
                let label = Wanted {
                    candidates: labels::around(&link.name, frame.name_size, x, y, 2.0),
                    text: link.name.clone(),
                    size: frame.name_size,
                    class: "kaart-naam",
                    leader: i == 0,
                };
                if i == 0 {
                    wanted.push(label);
                } else {
                    later_parts.push(label);
                }
            }
        }
        wanted.extend(later_parts);
        if let Some(basemap) = &viewer.site.config.basemap {
            wanted.extend(ground::place_labels(basemap, &projection, frame.place_size));
        }
        let mut markers = Vec::new();
        for room in self.rooms {
            let Some(location) = room.location else {
                continue;
            };
            let (x, y) = projection.project(location);
            svg.push_str(&self.marker(room, x, y, frame));
            markers.push(Rect::around(x, y, 11.0, 11.0));
        }
        let bounds = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: projection.width,
            y1: projection.height,
        };
        svg.push_str("<g class=\"kaart-namen\" aria-hidden=\"true\">");
        // The areas (by id) and the frame decide everything the names are placed from.
        let mut key = String::from(if self.whole { "all\n" } else { "some\n" });
        for area in self.areas {
            key.push_str(&area.id);
            key.push('\n');
        }
        let _ = write!(key, "{}|{}|{}", frame.width, frame.max_height, frame.narrow);
        let names = self.names.get_or_make(key, || {
            labels::svg(&labels::place(wanted, &markers, bounds, &rings))
        });
        svg.push_str(&names);
        svg.push_str("</g></svg>");
        Some(svg)
    }

    /// A room's marker: a link around its shape and an invisible tap area.
    fn marker(&self, room: &Room, x: f64, y: f64, frame: Frame) -> String {
        let link = self.viewer.room_link(room);
        let current = if self.highlight == Some(room.id.as_str()) {
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
        format!(
            "<a href=\"{}\" class=\"kaart-kamer {class}{current}\" tabindex=\"-1\" aria-label=\"{}\"><title>{}</title><circle class=\"kaart-raak\" cx=\"{x}\" cy=\"{y}\" r=\"{}\"/>{shape}</a>",
            escape(&link.url),
            escape(&link.name),
            escape(&link.name),
            frame.hit_radius
        )
    }
}

/// The drawing's box, a unit larger on each side: what is cut off past it is not drawn.
fn drawing_box(projection: &Projection) -> Rect {
    Rect {
        x0: -1.0,
        y0: -1.0,
        x1: projection.width + 1.0,
        y1: projection.height + 1.0,
    }
}

/// Where a ring's name goes and how large the ring is: its centroid, or the middle of its
/// box where the centroid falls outside a concave ring; the area in square units.
fn centre(points: &[(f64, f64)]) -> (f64, f64, f64) {
    let (mut twice_area, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for pair in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let cross = x0 * y1 - x1 * y0;
        twice_area += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in points {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let middle = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    if twice_area.abs() < 1e-9 {
        return (middle.0, middle.1, 0.0);
    }
    let centroid = (cx / (3.0 * twice_area), cy / (3.0 * twice_area));
    let ring: Vec<[f64; 2]> = points.iter().map(|&(x, y)| [x, y]).collect();
    let outline = crate::model::Outline {
        polygons: vec![vec![ring]],
    };
    let inside = outline.contains(LatLon {
        lat: centroid.1,
        lon: centroid.0,
    });
    let at = if inside { centroid } else { middle };
    (at.0, at.1, twice_area.abs() / 2.0)
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
        let projection = Projection::fit(points, FULL_WIDTH, 560.0).unwrap();
        for p in points {
            let (x, y) = projection.project(p);
            assert!((0.0..=FULL_WIDTH).contains(&x), "{x}");
            assert!((0.0..=projection.height).contains(&y), "{y}");
        }
        assert!(projection.project(points[1]).1 < projection.project(points[0]).1);
    }
}
