//! Places and area outlines in WGS84, and whether a place lies inside an outline.

/// A point in WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl LatLon {
    /// A GeoJSON position, `[lon, lat]` (longitude first), as outlines and the basemap
    /// store their points.
    pub fn of_position(position: [f64; 2]) -> LatLon {
        LatLon {
            lat: position[1],
            lon: position[0],
        }
    }
}

/// One ring as `[lon, lat]` pairs, closed (first point repeated last).
pub type Ring = Vec<[f64; 2]>;

/// An area outline: one or more polygons, each an outer ring followed by its holes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outline {
    pub polygons: Vec<Vec<Ring>>,
}

impl Outline {
    /// Whether the point lies inside the outline (inside an outer ring, outside its holes).
    pub fn contains(&self, point: LatLon) -> bool {
        self.polygons.iter().any(|rings| {
            let mut rings = rings.iter();
            let Some(outer) = rings.next() else {
                return false;
            };
            ring_contains(outer, point) && !rings.any(|hole| ring_contains(hole, point))
        })
    }

    /// `(min_lon, min_lat, max_lon, max_lat)`, or `None` for an empty outline.
    pub fn bounds(&self) -> Option<[f64; 4]> {
        let mut points = self.polygons.iter().flatten().flatten();
        let first = points.next()?;
        let mut b = [first[0], first[1], first[0], first[1]];
        for p in points {
            b[0] = b[0].min(p[0]);
            b[1] = b[1].min(p[1]);
            b[2] = b[2].max(p[0]);
            b[3] = b[3].max(p[1]);
        }
        Some(b)
    }
}

/// Even-odd ray casting; exact enough for "is this room in its area".
fn ring_contains(ring: &[[f64; 2]], point: LatLon) -> bool {
    let (x, y) = (point.lon, point.lat);
    let mut inside = false;
    let mut previous = match ring.last() {
        Some(p) => *p,
        None => return false,
    };
    for current in ring {
        let (xi, yi) = (current[0], current[1]);
        let (xj, yj) = (previous[0], previous[1]);
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        previous = *current;
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, size: f64) -> Ring {
        vec![
            [x0, y0],
            [x0 + size, y0],
            [x0 + size, y0 + size],
            [x0, y0 + size],
            [x0, y0],
        ]
    }

    #[test]
    fn holes_are_outside() {
        let outline = Outline {
            polygons: vec![vec![square(0.0, 0.0, 10.0), square(4.0, 4.0, 2.0)]],
        };
        assert!(outline.contains(LatLon { lat: 1.0, lon: 1.0 }));
        assert!(!outline.contains(LatLon { lat: 5.0, lon: 5.0 }));
        assert!(!outline.contains(LatLon {
            lat: 11.0,
            lon: 1.0
        }));
        assert_eq!(outline.bounds(), Some([0.0, 0.0, 10.0, 10.0]));
    }
}
