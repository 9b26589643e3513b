//! Boxes filed by where they are on a drawing, so that a name's search for a free spot asks
//! only about the room markers near it: the overview map of a large site has thousands.

use super::Rect;

/// Boxes filed by the square cells of a drawing they touch, to find the ones that may
/// overlap a box without looking at all of them. Boxes reaching outside the drawing are filed
/// in its edge cells; a box asked about lies inside it.
pub struct Grid {
    rects: Vec<Rect>,
    cells: Vec<Vec<u32>>,
    columns: usize,
    rows: usize,
    origin: (f64, f64),
}

/// The side of a cell, in SVG units: about two markers.
const CELL: f64 = 32.0;

impl Grid {
    pub fn new(rects: &[Rect], bounds: Rect) -> Grid {
        let count = |length: f64| ((length / CELL).ceil().max(1.0) as usize).min(4096);
        let (columns, rows) = (count(bounds.x1 - bounds.x0), count(bounds.y1 - bounds.y0));
        let mut grid = Grid {
            rects: rects.to_vec(),
            cells: vec![Vec::new(); columns * rows],
            columns,
            rows,
            origin: (bounds.x0, bounds.y0),
        };
        for (i, rect) in rects.iter().enumerate() {
            let (xs, ys) = grid.span(rect);
            for row in ys.clone() {
                for column in xs.clone() {
                    grid.cells[row * columns + column].push(i as u32);
                }
            }
        }
        grid
    }

    /// The columns and rows `rect` touches, kept inside the drawing.
    fn span(
        &self,
        rect: &Rect,
    ) -> (
        std::ops::RangeInclusive<usize>,
        std::ops::RangeInclusive<usize>,
    ) {
        let index = |value: f64, origin: f64, count: usize| {
            // `as` saturates: NaN and anything left of the drawing give 0.
            (((value - origin) / CELL).floor().max(0.0) as usize).min(count - 1)
        };
        let (x, y) = self.origin;
        (
            index(rect.x0, x, self.columns)..=index(rect.x1, x, self.columns),
            index(rect.y0, y, self.rows)..=index(rect.y1, y, self.rows),
        )
    }

    pub fn any_overlaps(&self, area: &Rect) -> bool {
        let (xs, ys) = self.span(area);
        ys.into_iter().any(|row| {
            xs.clone().any(|column| {
                self.cells[row * self.columns + column]
                    .iter()
                    .any(|&i| self.rects[i as usize].overlaps(area))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_finds_every_overlap_a_scan_finds() {
        // Boxes in and around a 300 x 200 drawing, some reaching out of it, asked about by
        // boxes inside it; a fixed-seed sequence, so the test is the same on every run.
        let bounds = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 300.0,
            y1: 200.0,
        };
        let mut seed = 12345u64;
        let mut next = |range: f64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64 * range
        };
        let rects: Vec<Rect> = (0..80)
            .map(|_| {
                Rect::around(
                    next(360.0) - 30.0,
                    next(260.0) - 30.0,
                    next(12.0),
                    next(12.0),
                )
            })
            .collect();
        let grid = Grid::new(&rects, bounds);
        let mut found = 0;
        for _ in 0..2000 {
            let (w, h) = (next(16.0) + 1.0, next(8.0) + 1.0);
            let area = Rect::around(w + next(300.0 - 2.0 * w), h + next(200.0 - 2.0 * h), w, h);
            assert!(area.inside(&bounds));
            let scan = rects.iter().any(|r| r.overlaps(&area));
            assert_eq!(grid.any_overlaps(&area), scan, "{area:?}");
            found += usize::from(scan);
        }
        // Both answers come up often.
        assert!(found > 200 && found < 1800, "{found}");
    }
}
