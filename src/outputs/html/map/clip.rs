//! Cutting lines and rings to the drawing, so that nothing drawn reaches past the map's
//! edge (a browser clips it on screen, but the page would still be wider than a phone to
//! anything that measures it) and a small map carries only its own piece of a long road.

use super::labels::Rect;

type Point = (f64, f64);

/// The pieces of the line `points` inside `rect` (Liang-Barsky per segment; consecutive
/// pieces that meet are joined).
pub fn line(points: &[Point], rect: &Rect) -> Vec<Vec<Point>> {
    let mut pieces: Vec<Vec<Point>> = Vec::new();
    for pair in points.windows(2) {
        let Some((a, b)) = segment(pair[0], pair[1], rect) else {
            continue;
        };
        match pieces.last_mut() {
            Some(piece) if piece.last() == Some(&a) => piece.push(b),
            _ => pieces.push(vec![a, b]),
        }
    }
    pieces
}

/// The part of the segment `a`-`b` inside `rect`, if any.
fn segment(a: Point, b: Point, rect: &Rect) -> Option<(Point, Point)> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, a.0 - rect.x0),
        (dx, rect.x1 - a.0),
        (-dy, a.1 - rect.y0),
        (dy, rect.y1 - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    if t0 > t1 {
        return None;
    }
    let at = |t: f64| (round1(a.0 + t * dx), round1(a.1 + t * dy));
    Some((at(t0), at(t1)))
}

/// The ring `points` cut to `rect` (Sutherland-Hodgman); empty when nothing is inside.
pub fn ring(points: &[Point], rect: &Rect) -> Vec<Point> {
    let mut out: Vec<Point> = points.to_vec();
    // Each edge of the rectangle: whether a point is inside, and where a segment crosses.
    type Inside = fn(Point, &Rect) -> bool;
    type Cross = fn(Point, Point, &Rect) -> Point;
    let edges: [(Inside, Cross); 4] = [
        (|p, r| p.0 >= r.x0, |a, b, r| at_x(a, b, r.x0)),
        (|p, r| p.0 <= r.x1, |a, b, r| at_x(a, b, r.x1)),
        (|p, r| p.1 >= r.y0, |a, b, r| at_y(a, b, r.y0)),
        (|p, r| p.1 <= r.y1, |a, b, r| at_y(a, b, r.y1)),
    ];
    for (inside, cross) in edges {
        let input = std::mem::take(&mut out);
        let Some(&last) = input.last() else {
            return out;
        };
        let mut previous = last;
        for &current in &input {
            match (inside(current, rect), inside(previous, rect)) {
                (true, true) => out.push(current),
                (true, false) => {
                    out.push(cross(previous, current, rect));
                    out.push(current);
                }
                (false, true) => out.push(cross(previous, current, rect)),
                (false, false) => {}
            }
            previous = current;
        }
    }
    out.dedup();
    out
}

fn at_x(a: Point, b: Point, x: f64) -> Point {
    let t = (x - a.0) / (b.0 - a.0);
    (round1(x), round1(a.1 + t * (b.1 - a.1)))
}

fn at_y(a: Point, b: Point, y: f64) -> Point {
    let t = (y - a.1) / (b.1 - a.1);
    (round1(a.0 + t * (b.0 - a.0)), round1(y))
}

fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOX: Rect = Rect {
        x0: 0.0,
        y0: 0.0,
        x1: 100.0,
        y1: 100.0,
    };

    #[test]
    fn a_line_through_the_box_keeps_only_its_inside() {
        let pieces = line(&[(-50.0, 50.0), (50.0, 50.0), (150.0, 50.0)], &BOX);
        assert_eq!(pieces, vec![vec![(0.0, 50.0), (50.0, 50.0), (100.0, 50.0)]]);
        assert!(line(&[(-50.0, -50.0), (-10.0, 150.0)], &BOX).is_empty());
        // Out and back in: two pieces.
        let pieces = line(
            &[(10.0, 10.0), (10.0, 200.0), (20.0, 200.0), (20.0, 10.0)],
            &BOX,
        );
        assert_eq!(pieces.len(), 2);
    }

    #[test]
    fn a_ring_larger_than_the_box_becomes_the_box() {
        let cut = ring(
            &[
                (-10.0, -10.0),
                (110.0, -10.0),
                (110.0, 110.0),
                (-10.0, 110.0),
            ],
            &BOX,
        );
        assert_eq!(cut.len(), 4);
        for p in cut {
            assert!(
                (0.0..=100.0).contains(&p.0) && (0.0..=100.0).contains(&p.1),
                "{p:?}"
            );
        }
        assert!(ring(&[(200.0, 200.0), (300.0, 200.0), (300.0, 300.0)], &BOX).is_empty());
    }
}
