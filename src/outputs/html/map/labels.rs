//! Placing the map's names without overlaps: greedy, in order of priority, each label
//! trying a few positions around its point and taking the first whose box is free, then
//! (a name of two or more words) the same on two lines; a label with no free position is
//! left out (the list beside the map names everything).

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
}

/// The positions around a point a label of `text` at `size` may take: on it, then above,
/// below, right and left of it `gap` away from its edge, then a step and two further out
/// above and below (an area's name may move off a room marker but stays near its point).
pub fn around(text: &str, size: f64, x: f64, y: f64, gap: f64) -> Vec<(f64, f64)> {
    let b = text_box(text, size, 0.0, 0.0);
    let (half_w, half_h) = (b.x1, b.y1);
    let (dx, dy) = (half_w + gap, half_h + gap);
    let mut positions = vec![
        (x, y),
        (x, y - dy),
        (x, y + dy),
        (x + dx, y),
        (x - dx, y),
        (x + dx, y - dy),
        (x - dx, y + dy),
        (x - dx, y - dy),
        (x + dx, y + dy),
    ];
    for step in [2.0, 3.0] {
        positions.extend([(x, y - step * dy), (x, y + step * dy)]);
    }
    positions
}

/// Places `wanted` in order (highest priority first) inside `bounds`, avoiding
/// `obstacles` (the room markers) and each other.
pub fn place(wanted: Vec<Wanted>, obstacles: &[Rect], bounds: Rect) -> Vec<Placed> {
    let mut taken: Vec<Rect> = obstacles.to_vec();
    let mut placed = Vec::new();
    for label in wanted {
        let fits = |area: &Rect| area.inside(&bounds) && !taken.iter().any(|t| t.overlaps(area));
        let mut lines = None;
        let mut free = label.candidates.iter().find_map(|&(x, y)| {
            let area = text_box(&label.text, label.size, x, y);
            fits(&area).then_some((x, y, area))
        });
        // A name of two words that fits nowhere on one line may fit on two, around the
        // same point.
        if free.is_none() {
            if let (Some((first, second)), Some(&(x, y))) =
                (two_lines(&label.text), label.candidates.first())
            {
                let b = lines_box(&[first, second], label.size, 0.0, 0.0);
                let (dx, dy) = (b.x1 + 2.0, b.y1 + 2.0);
                // On the point, then around it. (Further out, a name in a crowded city
                // lands in the next area and says the wrong thing: then it is left out.)
                let spots = [
                    (x, y),
                    (x, y - dy),
                    (x, y + dy),
                    (x + dx, y),
                    (x - dx, y),
                    (x + dx, y - dy),
                    (x - dx, y + dy),
                    (x - dx, y - dy),
                    (x + dx, y + dy),
                ];
                free = spots.into_iter().find_map(|(x, y)| {
                    let area = lines_box(&[first, second], label.size, x, y);
                    fits(&area).then_some((x, y, area))
                });
                if free.is_some() {
                    lines = Some((first.to_string(), second.to_string()));
                }
            }
        }
        if let Some((x, y, area)) = free {
            taken.push(area);
            placed.push(Placed {
                text: label.text,
                lines,
                size: label.size,
                class: label.class,
                x,
                y,
                area,
            });
        }
    }
    placed
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
                }
            })
            .collect();
        let marker = Rect::around(150.0, 150.0, 10.0, 10.0);
        let placed = place(wanted, &[marker], bounds);
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
            candidates: around(text, 15.0, 200.0, 200.0, 2.0),
        });
        let placed = place(wanted.to_vec(), &[], bounds);
        assert_eq!(placed.len(), 2);
        assert_eq!((placed[0].x, placed[0].y), (200.0, 200.0));
        assert!(placed[1].y < 200.0, "above the first: {:?}", placed[1]);
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
            candidates: around("Leeuwarden Centrum", 12.0, 100.0, 100.0, 2.0),
        }];
        let placed = place(wanted, &[], bounds);
        assert_eq!(placed.len(), 1);
        assert_eq!(
            placed[0].lines,
            Some(("Leeuwarden".to_string(), "Centrum".to_string()))
        );
        assert!(placed[0].area.inside(&bounds));
    }
}
