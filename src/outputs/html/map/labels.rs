//! Placing the map's names without overlaps: greedy, in order of priority, each label
//! trying a few positions around its point and taking the first whose box is free, then
//! (a name of two or more words) the same on two lines. An area's name with no free position
//! near its point moves further out, outside the outlines where it can, with a leader line
//! back to its point; another name with no free position is left out (the list beside the
//! map names everything).

mod grid;

use grid::Grid;

/// A box in SVG units: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn around(x: f64, y: f64, half_width: f64, half_height: f64) -> Rect {
        Rect {
            x0: x - half_width,
            y0: y - half_height,
            x1: x + half_width,
            y1: y + half_height,
        }
    }

    /// Whether the two boxes share more than an edge.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }

    fn inside(&self, outer: &Rect) -> bool {
        self.x0 >= outer.x0 && self.y0 >= outer.y0 && self.x1 <= outer.x1 && self.y1 <= outer.y1
    }
}

/// The share of the font size one character takes on average: generous for the system
/// sans-serif fonts in bold, so that an estimated box holds the drawn text.
pub const CHAR_WIDTH: f64 = 0.62;

/// The box of `text` at `size`, centred on `(x, y)`. The same estimate is what the tests
/// check the drawn labels with.
pub fn text_box(text: &str, size: f64, x: f64, y: f64) -> Rect {
    lines_box(&[text], size, x, y)
}

/// The box of lines of text set under each other at `size` (1.2 sizes apart), centred on
/// `(x, y)`.
pub fn lines_box(lines: &[&str], size: f64, x: f64, y: f64) -> Rect {
    let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let width = widest as f64 * size * CHAR_WIDTH;
    Rect::around(x, y, width / 2.0 + 2.0, size * 0.6 * lines.len() as f64)
}

/// `text` cut at the space nearest its middle, for a name set on two lines; `None` for one
/// word.
pub fn two_lines(text: &str) -> Option<(&str, &str)> {
    let middle = text.chars().count() / 2;
    let (at, _) = text
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| (i, text[..i].chars().count().abs_diff(middle)))
        .min_by_key(|(_, distance)| *distance)?;
    Some((&text[..at], &text[at + 1..]))
}

/// A name to place: its text, size and the points it may be centred on, best first.
#[derive(Debug, Clone)]
pub struct Wanted {
    pub text: String,
    pub size: f64,
    pub class: &'static str,
    pub candidates: Vec<(f64, f64)>,
    /// An area's name: never left out; placed further away with a leader line when there
    /// is no room near its point.
    pub leader: bool,
}

/// A placed name: centred on `(x, y)` (the text's middle, not its baseline).
#[derive(Debug, Clone)]
pub struct Placed {
    pub text: String,
    /// The two lines the name is set on, where it fitted only that way.
    pub lines: Option<(String, String)>,
    pub size: f64,
    pub class: &'static str,
    pub x: f64,
    pub y: f64,
    pub area: Rect,
    /// A line from the name's point to the edge of its box, where it was moved away.
    pub leader: Option<[f64; 4]>,
}

/// The positions around a point a label of `text` at `size` may take: on it, then above,
/// below, right and left of it `gap` away from its edge, then a step and two further out
/// above and below (an area's name may move off a room marker but stays near its point).
pub fn around(text: &str, size: f64, x: f64, y: f64, gap: f64) -> Vec<(f64, f64)> {
    let b = text_box(text, size, 0.0, 0.0);
    let (half_w, half_h) = (b.x1, b.y1);
    let (dx, dy) = (half_w + gap, half_h + gap);
    let mut positions = nine_spots(x, y, dx, dy).to_vec();
    for step in [2.0, 3.0] {
        positions.extend([(x, y - step * dy), (x, y + step * dy)]);
    }
    positions
}

/// The point (`x`, `y`), then above, below, right and left of it `dx` and `dy` away, then
/// the four corners: where a label may go around its point, nearest first.
fn nine_spots(x: f64, y: f64, dx: f64, dy: f64) -> [(f64, f64); 9] {
    [
        (x, y),
        (x, y - dy),
        (x, y + dy),
        (x + dx, y),
        (x - dx, y),
        (x + dx, y - dy),
        (x - dx, y + dy),
        (x - dx, y - dy),
        (x + dx, y + dy),
    ]
}

/// Places `wanted` in order (highest priority first) inside `bounds`, avoiding
/// `obstacles` (the room markers) and each other. Area names (`leader`) that fit nowhere
/// near their point are placed after the other area names, before any place name: further
/// out, preferably outside every ring of `outlines`, with a leader line.
///
/// An area's name that finds no spot at all (a small area in a crowded city, boxed in by
/// its neighbours' names) gets the first pick in a second try, which is kept when it names
/// more areas: the names that took its room have more room to move than it has. Only for a
/// few such names ([`SECOND_TRY_AT_MOST`]): where many are left out, the markers fill the
/// drawing, and a second try would cost a second search as long as the first for little.
pub fn place(
    wanted: Vec<Wanted>,
    obstacles: &[Rect],
    bounds: Rect,
    outlines: &[Vec<(f64, f64)>],
) -> Vec<Placed> {
    let (placed, unnamed) = place_in_order(&wanted, &[], obstacles, bounds, outlines);
    if unnamed.is_empty() || unnamed.len() > SECOND_TRY_AT_MOST {
        return placed;
    }
    match place_in_order(&wanted, &unnamed, obstacles, bounds, outlines) {
        (again, still) if still.len() < unnamed.len() => again,
        _ => placed,
    }
}

/// The most area names left out for which [`place`] tries again.
const SECOND_TRY_AT_MOST: usize = 2;

/// [`place`]'s one try: the labels numbered in `first` (each placed near its point or
/// else with a leader line), then the others in order. Returns the names placed and the
/// numbers of the area names left out.
fn place_in_order(
    wanted: &[Wanted],
    first: &[usize],
    obstacles: &[Rect],
    bounds: Rect,
    outlines: &[Vec<(f64, f64)>],
) -> (Vec<Placed>, Vec<usize>) {
    let mut free = Free::new(obstacles, bounds);
    let mut placed = Vec::new();
    let mut unnamed = Vec::new();
    let mut with_leader = |free: &mut Free, i: usize, placed: &mut Vec<Placed>| match free
        .with_leader(wanted[i].clone(), outlines)
    {
        Some(found) => placed.push(found),
        None => unnamed.push(i),
    };
    for &i in first {
        match free.near(&wanted[i]) {
            Some(found) => placed.push(free.take(wanted[i].clone(), found)),
            None => with_leader(&mut free, i, &mut placed),
        }
    }
    if !first.is_empty() && placed.is_empty() {
        // Not one of them fits even with the drawing to themselves: the rest would only
        // be placed as before.
        return (placed, first.to_vec());
    }
    let mut deferred = Vec::new();
    for (i, label) in wanted.iter().enumerate() {
        if first.contains(&i) {
            continue;
        }
        if !label.leader {
            for j in deferred.drain(..) {
                with_leader(&mut free, j, &mut placed);
            }
        }
        match free.near(label) {
            Some(found) => placed.push(free.take(label.clone(), found)),
            None if label.leader => deferred.push(i),
            None => {}
        }
    }
    for j in deferred {
        with_leader(&mut free, j, &mut placed);
    }
    (placed, unnamed)
}

/// A spot found for a label: its centre, the lines it is set on and its box.
type Found = (f64, f64, Option<(String, String)>, Rect);

/// What is taken so far: boxes (markers, names) and leader lines.
struct Free {
    /// The markers first, then the names placed.
    taken: Vec<Rect>,
    markers: usize,
    /// The markers again, by where they are: the overview map of a large site has
    /// thousands, and a name's search for a spot asks about each of them many times.
    marker_grid: Grid,
    lines: Vec<[f64; 4]>,
    bounds: Rect,
}

impl Free {
    fn new(obstacles: &[Rect], bounds: Rect) -> Free {
        Free {
            taken: obstacles.to_vec(),
            markers: obstacles.len(),
            marker_grid: Grid::new(obstacles, bounds),
            lines: Vec::new(),
            bounds,
        }
    }

    fn fits(&self, area: &Rect) -> bool {
        area.inside(&self.bounds)
            && !self.marker_grid.any_overlaps(area)
            && !self.taken[self.markers..].iter().any(|t| t.overlaps(area))
            && !self.lines.iter().any(|l| crosses(l, area))
    }

    /// A free spot among the label's candidates, on one line or (two words or more) on two.
    fn near(&self, label: &Wanted) -> Option<Found> {
        let one = label.candidates.iter().find_map(|&(x, y)| {
            let area = text_box(&label.text, label.size, x, y);
            self.fits(&area).then_some((x, y, None, area))
        });
        if one.is_some() {
            return one;
        }
        // A name of two words that fits nowhere on one line may fit on two, around the
        // same point.
        let (first, second) = two_lines(&label.text)?;
        let &(x, y) = label.candidates.first()?;
        let b = lines_box(&[first, second], label.size, 0.0, 0.0);
        let (dx, dy) = (b.x1 + 2.0, b.y1 + 2.0);
        // On the point, then around it. (Further out, a name in a crowded city lands in the
        // next area and says the wrong thing: that takes a leader line.)
        let spots = nine_spots(x, y, dx, dy);
        let lines = Some((first.to_string(), second.to_string()));
        spots.into_iter().find_map(|(x, y)| {
            let area = lines_box(&[first, second], label.size, x, y);
            self.fits(&area).then(|| (x, y, lines.clone(), area))
        })
    }

    fn take(&mut self, label: Wanted, (x, y, lines, area): Found) -> Placed {
        self.taken.push(area);
        Placed {
            text: label.text,
            lines,
            size: label.size,
            class: label.class,
            x,
            y,
            area,
            leader: None,
        }
    }

    /// The nearest free spot further out from the label's point, in 32 directions and
    /// steps of half a size: first outside every outline, else anywhere free; its leader
    /// line crosses no other name. `None` only when the drawing is full.
    fn with_leader(&mut self, label: Wanted, outlines: &[Vec<(f64, f64)>]) -> Option<Placed> {
        let &(ax, ay) = label.candidates.first()?;
        let step = label.size / 2.0;
        let reach = (self.bounds.x1 - self.bounds.x0).max(self.bounds.y1 - self.bounds.y0);
        let mut spots = Vec::new();
        let mut distance = label.size * 2.0;
        while distance < reach {
            for i in 0..32 {
                let angle = f64::from(i) * std::f64::consts::PI / 16.0;
                spots.push((ax + distance * angle.cos(), ay - distance * angle.sin()));
            }
            distance += step;
        }
        // One line, or (a name of two words or more) two where one finds no spot.
        let mut settings: Vec<Option<(&str, &str)>> = vec![None];
        settings.extend(two_lines(&label.text).map(Some));
        for outside_only in [true, false] {
            for lines in &settings {
                for &(x, y) in &spots {
                    let area = match lines {
                        None => text_box(&label.text, label.size, x, y),
                        Some((a, b)) => lines_box(&[a, b], label.size, x, y),
                    };
                    // On one line, kept clear of other names (two sizes beside it, one
                    // above and below), so that it does not read as one with a neighbour.
                    let (beside, above) = if lines.is_some() {
                        (0.15, 0.15)
                    } else {
                        (2.0, 1.0)
                    };
                    let clear = Rect::around(
                        (area.x0 + area.x1) / 2.0,
                        (area.y0 + area.y1) / 2.0,
                        (area.x1 - area.x0) / 2.0 + label.size * beside,
                        (area.y1 - area.y0) / 2.0 + label.size * above,
                    );
                    if !self.fits(&area)
                        || self.taken[self.markers..]
                            .iter()
                            .any(|t| t.overlaps(&clear))
                        || (outside_only && in_any(&area, outlines))
                    {
                        continue;
                    }
                    let end = (ax.clamp(area.x0, area.x1), ay.clamp(area.y0, area.y1));
                    let line = [ax, ay, end.0, end.1];
                    // The line may pass markers, never another name.
                    if self.taken[self.markers..].iter().any(|t| crosses(&line, t)) {
                        continue;
                    }
                    let lines = lines.map(|(a, b)| (a.to_string(), b.to_string()));
                    let mut placed = self.take(label, (x, y, lines, area));
                    self.lines.push(line);
                    placed.leader = Some(line);
                    return Some(placed);
                }
            }
        }
        None
    }
}

/// Whether the segment `[x0, y0, x1, y1]` passes through the box (Liang-Barsky clipping).
fn crosses(line: &[f64; 4], area: &Rect) -> bool {
    let [x0, y0, x1, y1] = *line;
    let (dx, dy) = (x1 - x0, y1 - y0);
    let (mut from, mut to) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, x0 - area.x0),
        (dx, area.x1 - x0),
        (-dy, y0 - area.y0),
        (dy, area.y1 - y0),
    ] {
        if p == 0.0 {
            if q <= 0.0 {
                return false;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                from = from.max(r);
            } else {
                to = to.min(r);
            }
        }
    }
    from < to
}

/// Whether any part of the box lies in one of the rings: one of nine points of the box
/// inside a ring, or a ring's corner inside the box.
fn in_any(area: &Rect, rings: &[Vec<(f64, f64)>]) -> bool {
    let xs = [area.x0, (area.x0 + area.x1) / 2.0, area.x1];
    let ys = [area.y0, (area.y0 + area.y1) / 2.0, area.y1];
    rings.iter().any(|ring| {
        ring.iter()
            .any(|&(x, y)| x > area.x0 && x < area.x1 && y > area.y0 && y < area.y1)
            || xs
                .iter()
                .any(|&x| ys.iter().any(|&y| inside_ring(x, y, ring)))
    })
}

/// Even-odd test of a point against a ring.
fn inside_ring(x: f64, y: f64, ring: &[(f64, f64)]) -> bool {
    let mut inside = false;
    let mut j = ring.len().wrapping_sub(1);
    for (i, &(xi, yi)) in ring.iter().enumerate() {
        let (xj, yj) = ring[j];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// The placed names as SVG text, each after its leader line.
pub fn svg(placed: &[Placed]) -> String {
    use crate::text::escape::xml as escape;
    use std::fmt::Write;
    let round = |v: f64| (v * 10.0).round() / 10.0;
    let mut svg = String::new();
    for label in placed {
        let (x, y) = (round(label.x), round(label.y));
        if let Some([x0, y0, x1, y1]) = label.leader {
            let _ = write!(
                svg,
                "<line class=\"kaart-leider\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/><circle class=\"kaart-leider-punt\" cx=\"{}\" cy=\"{}\" r=\"2.5\"/>",
                round(x0),
                round(y0),
                round(x1),
                round(y1),
                round(x0),
                round(y0)
            );
        }
        match &label.lines {
            None => {
                let _ = write!(
                    svg,
                    "<text x=\"{x}\" y=\"{y}\" dy=\"0.35em\" font-size=\"{}\" class=\"{}\" text-anchor=\"middle\">{}</text>",
                    label.size,
                    label.class,
                    escape(&label.text)
                );
            }
            // Two lines centred on the point: the first baseline 0.25 em above it, the
            // second a line (1.2 em) below that.
            Some((first, second)) => {
                let _ = write!(
                    svg,
                    "<text x=\"{x}\" y=\"{y}\" font-size=\"{}\" class=\"{}\" text-anchor=\"middle\"><tspan x=\"{x}\" dy=\"-0.25em\">{}</tspan><tspan x=\"{x}\" dy=\"1.2em\">{}</tspan></text>",
                    label.size,
                    label.class,
                    escape(first),
                    escape(second)
                );
            }
        }
    }
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_two_overlap(placed: &[Placed]) {
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!(!a.area.overlaps(&b.area), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn a_crowd_of_names_on_one_spot_never_overlaps() {
        let bounds = Rect::around(150.0, 150.0, 150.0, 150.0);
        let wanted: Vec<Wanted> = (0..60)
            .map(|i| {
                let text = format!("Plaats nummer {i}");
                Wanted {
                    candidates: around(&text, 15.0, 150.0 + (i % 5) as f64, 150.0, 2.0),
                    text,
                    size: 15.0,
                    class: "kaart-plaats",
                    leader: false,
                }
            })
            .collect();
        let marker = Rect::around(150.0, 150.0, 10.0, 10.0);
        let placed = place(wanted, &[marker], bounds, &[]);
        assert!(!placed.is_empty() && placed.len() < 60, "{}", placed.len());
        no_two_overlap(&placed);
        for p in &placed {
            assert!(!p.area.overlaps(&marker), "{p:?} covers the marker");
            assert!(p.area.inside(&bounds));
        }
    }

    #[test]
    fn the_first_label_gets_its_best_place_and_the_next_moves_aside() {
        let bounds = Rect::around(200.0, 200.0, 200.0, 200.0);
        let wanted = ["Leeuwarden Centrum", "Prinsentuin"].map(|text| Wanted {
            text: text.into(),
            size: 15.0,
            class: "kaart-naam",
            leader: false,
            candidates: around(text, 15.0, 200.0, 200.0, 2.0),
        });
        let placed = place(wanted.to_vec(), &[], bounds, &[]);
        assert_eq!(placed.len(), 2);
        assert_eq!((placed[0].x, placed[0].y), (200.0, 200.0));
        assert!(placed[1].y < 200.0, "above the first: {:?}", placed[1]);
        no_two_overlap(&placed);
    }

    #[test]
    fn an_area_name_boxed_in_by_an_earlier_one_gets_the_first_pick_in_a_second_try() {
        // Two rows: the first free only between x 30 and 70, the second between 32 and 68.
        let bounds = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 100.0,
            y1: 26.0,
        };
        let markers = [
            Rect {
                x0: 0.0,
                y0: 0.0,
                x1: 30.0,
                y1: 13.0,
            },
            Rect {
                x0: 70.0,
                y0: 0.0,
                x1: 100.0,
                y1: 13.0,
            },
            Rect {
                x0: 0.0,
                y0: 13.0,
                x1: 32.0,
                y1: 26.0,
            },
            Rect {
                x0: 68.0,
                y0: 13.0,
                x1: 100.0,
                y1: 26.0,
            },
        ];
        // Noord may take either row; Oost fits only in the first, where Noord goes first.
        let name = |text: &str, candidates: Vec<(f64, f64)>| Wanted {
            text: text.into(),
            size: 10.0,
            class: "kaart-naam",
            leader: true,
            candidates,
        };
        let wanted = vec![
            name("Noord", vec![(50.0, 6.5), (50.0, 19.5)]),
            name("Oost", vec![(50.0, 6.5)]),
        ];
        let (_, unnamed) = place_in_order(&wanted, &[], &markers, bounds, &[]);
        assert_eq!(unnamed, [1], "in the given order Oost finds no spot");
        let placed = place(wanted, &markers, bounds, &[]);
        let at: Vec<(&str, f64, f64)> =
            placed.iter().map(|p| (p.text.as_str(), p.x, p.y)).collect();
        assert_eq!(at, [("Oost", 50.0, 6.5), ("Noord", 50.0, 19.5)]);
        no_two_overlap(&placed);
    }

    #[test]
    fn a_long_name_with_no_room_on_one_line_takes_two() {
        assert_eq!(
            two_lines("Leeuwarden Centrum"),
            Some(("Leeuwarden", "Centrum"))
        );
        assert_eq!(
            two_lines("Grou en omliggende dorpen"),
            Some(("Grou en", "omliggende dorpen"))
        );
        assert_eq!(two_lines("Stiens"), None);
        // A drawing narrower than the name on one line, wide enough for its longest word.
        let bounds = Rect::around(100.0, 100.0, 50.0, 60.0);
        let wanted = vec![Wanted {
            text: "Leeuwarden Centrum".into(),
            size: 12.0,
            class: "kaart-naam",
            leader: false,
            candidates: around("Leeuwarden Centrum", 12.0, 100.0, 100.0, 2.0),
        }];
        let placed = place(wanted, &[], bounds, &[]);
        assert_eq!(placed.len(), 1);
        assert_eq!(
            placed[0].lines,
            Some(("Leeuwarden".to_string(), "Centrum".to_string()))
        );
        assert!(placed[0].area.inside(&bounds));
    }

    #[test]
    fn an_area_name_with_no_room_near_its_point_gets_a_leader_line_outside_the_outlines() {
        let bounds = Rect::around(200.0, 200.0, 200.0, 200.0);
        // A small area crowded by markers, inside a larger one around it.
        let small = vec![
            (190.0, 190.0),
            (210.0, 190.0),
            (210.0, 210.0),
            (190.0, 210.0),
        ];
        let large = vec![
            (100.0, 100.0),
            (300.0, 100.0),
            (300.0, 300.0),
            (100.0, 300.0),
        ];
        let markers: Vec<Rect> = (0..9)
            .map(|i| Rect::around(140.0 + 15.0 * f64::from(i), 200.0, 11.0, 11.0))
            .chain((0..9).map(|i| Rect::around(200.0, 140.0 + 15.0 * f64::from(i), 11.0, 11.0)))
            .collect();
        let name = |text: &str, leader| Wanted {
            text: text.into(),
            size: 15.0,
            class: "kaart-naam",
            candidates: around(text, 15.0, 200.0, 200.0, 2.0),
            leader,
        };
        let wanted = vec![
            name("Leeuwarden Centrum", true),
            name("Leeuwarden Noord", true),
            name("Een plaats", false),
        ];
        let placed = place(wanted.clone(), &markers, bounds, &[small, large]);
        let centrum = placed.iter().find(|p| p.text == "Leeuwarden Centrum");
        let centrum = centrum.expect("an area's name is never left out");
        let [x0, y0, x1, y1] = centrum.leader.expect("a leader line");
        assert_eq!((x0, y0), (200.0, 200.0), "from the area's point");
        let edge = |v: f64, a: f64, b: f64| (v - a).abs() < 1e-9 || (v - b).abs() < 1e-9;
        let a = centrum.area;
        assert!(
            edge(x1, a.x0, a.x1) || edge(y1, a.y0, a.y1),
            "to the name's box: {a:?}"
        );
        assert!(!in_any(&a, &[wanted_ring()]), "outside the outlines: {a:?}");
        no_two_overlap(&placed);
        for p in &placed {
            assert!(
                !markers.iter().any(|m| m.overlaps(&p.area)),
                "{p:?} covers a marker"
            );
            for q in &placed {
                if let Some(line) = q.leader {
                    assert!(
                        !crosses(&line, &p.area) || p.text == q.text,
                        "{q:?} crosses {p:?}"
                    );
                }
            }
        }
        // Without room for leaders either (a drawing no larger than the crowd), an area's
        // name is still not drawn over another.
        let tight = Rect::around(200.0, 200.0, 70.0, 70.0);
        no_two_overlap(&place(wanted, &markers, tight, &[]));
    }

    fn wanted_ring() -> Vec<(f64, f64)> {
        vec![
            (100.0, 100.0),
            (300.0, 100.0),
            (300.0, 300.0),
            (100.0, 300.0),
        ]
    }

    #[test]
    fn a_segment_crosses_a_box_only_where_it_passes_through_it() {
        let b = Rect::around(0.0, 0.0, 10.0, 5.0);
        assert!(crosses(&[-20.0, 0.0, 20.0, 0.0], &b));
        assert!(crosses(&[0.0, 0.0, 50.0, 50.0], &b));
        assert!(!crosses(&[-20.0, 6.0, 20.0, 6.0], &b));
        assert!(!crosses(&[11.0, -20.0, 11.0, 20.0], &b));
        assert!(!crosses(&[20.0, 20.0, 12.0, 2.0], &b));
    }
}
