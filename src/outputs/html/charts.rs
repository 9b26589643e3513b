//! Bar charts drawn at build time as SVG, for the budget pages. Each chart names itself
//! for screen readers and sits next to the table it was drawn from; no chart library.

use crate::text::escape::xml as xml_escape;
use crate::text::money::format_euros;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write;

/// One labelled group of bars, like a pillar with a bar per year.
pub struct BarGroup {
    pub label: String,
    /// `(label, amount)`; the label may be empty when a group has a single bar.
    pub bars: Vec<(String, Decimal)>,
}

/// The desktop drawing is 640 units wide and shown at most 640 px; the phone's is 280
/// units, shown at about 288 px on a 320 px screen, so 13-unit text stays at least 12 px.
const WIDTH: f64 = 640.0;
const NARROW_WIDTH: f64 = 280.0;
const BAR: f64 = 18.0;
const GAP: f64 = 6.0;
const LINE: f64 = 20.0;
const GROUP_GAP: f64 = 14.0;
/// Rough advance of a character: 13-unit text (bar labels, values) and 15-unit bold
/// (group labels). Generous, so that a label is never cut at the drawing's edge.
const CHAR: f64 = 7.6;
const GROUP_CHAR: f64 = 9.0;

/// A horizontal bar chart. `title` and `description` are its text alternative; the bars'
/// lengths are display only, every figure is also printed exactly beside its bar.
/// Two drawings: one for wide screens and one for phones; the stylesheet shows one.
pub fn horizontal_bars(id: &str, title: &str, description: &str, groups: &[BarGroup]) -> String {
    let mut out = drawing(id, title, description, groups, WIDTH, "chart chart--wide");
    out.push_str(&drawing(
        &format!("{id}-smal"),
        title,
        description,
        groups,
        NARROW_WIDTH,
        "chart chart--narrow",
    ));
    out
}

/// Splits a group label into lines that fit `width` units.
fn wrap(label: &str, width: f64) -> Vec<String> {
    let per_line = ((width / GROUP_CHAR) as usize).max(8);
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= per_line => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * CHAR
}

fn drawing(
    id: &str,
    title: &str,
    description: &str,
    groups: &[BarGroup],
    width: f64,
    class: &str,
) -> String {
    let values = groups
        .iter()
        .flat_map(|g| g.bars.iter().map(|(_, v)| v.to_f64().unwrap_or(0.0)));
    let (min, max) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let span = if max - min > 0.0 { max - min } else { 1.0 };
    // Room on the left for the longest bar label (anchored at its end, so it grows
    // leftwards) and on the right for the longest figure after its bar.
    let widest_label = groups
        .iter()
        .flat_map(|g| g.bars.iter().map(|(l, _)| text_width(l)))
        .fold(0.0f64, f64::max);
    let left = if widest_label > 0.0 {
        widest_label + 12.0
    } else {
        8.0
    };
    let widest_value = groups
        .iter()
        .flat_map(|g| g.bars.iter().map(|(_, v)| text_width(&format_euros(*v))))
        .fold(0.0f64, f64::max);
    let right = widest_value + 12.0;
    let plot = (width - left - right).max(width / 4.0);
    let x_of = |v: f64| left + (v - min) / span * plot;
    let zero = x_of(0.0);

    let mut body = String::new();
    let mut y = 8.0;
    for group in groups {
        // Group labels start just right of the axis when no bar label takes the left.
        for line in wrap(&group.label, width - 22.0) {
            let _ = write!(
                body,
                "<text x=\"14\" y=\"{:.1}\" class=\"chart-group\">{}</text>",
                y + 16.0,
                xml_escape(&line)
            );
            y += LINE;
        }
        y += 6.0;
        for (index, (label, amount)) in group.bars.iter().enumerate() {
            let value = amount.to_f64().unwrap_or(0.0);
            let (start, end) = if value < 0.0 {
                (x_of(value), zero)
            } else {
                (zero, x_of(value))
            };
            let class = if value < 0.0 {
                "chart-bar negative"
            } else {
                "chart-bar"
            };
            let series = format!("series-{}", index % 4);
            if !label.is_empty() {
                let _ = write!(
                    body,
                    "<text x=\"{:.1}\" y=\"{:.1}\" class=\"chart-bar-label\" text-anchor=\"end\">{}</text>",
                    left - 6.0,
                    y + BAR - 4.0,
                    xml_escape(label)
                );
            }
            let _ = write!(
                body,
                "<rect x=\"{start:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{BAR}\" class=\"{class} {series}\"/>",
                (end - start).max(1.0)
            );
            let _ = write!(
                body,
                "<text x=\"{:.1}\" y=\"{:.1}\" class=\"chart-value\">{}</text>",
                end.max(zero) + 6.0,
                y + BAR - 4.0,
                xml_escape(&format_euros(*amount))
            );
            y += BAR + GAP;
        }
        y += GROUP_GAP;
    }
    let height = y + 8.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height:.1}\" class=\"{class}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        xml_escape(title),
        xml_escape(description)
    );
    let _ = write!(
        svg,
        "<line x1=\"{zero:.1}\" y1=\"4\" x2=\"{zero:.1}\" y2=\"{:.1}\" class=\"chart-axis\"/>",
        height - 4.0
    );
    svg.push_str(&body);
    svg.push_str("</svg>");
    svg
}

/// "Pijler 1: € 105.000; Pijler 2: € 35.000" — the chart in words.
pub fn describe(groups: &[BarGroup]) -> String {
    groups
        .iter()
        .map(|g| {
            let bars: Vec<String> = g
                .bars
                .iter()
                .map(|(label, amount)| {
                    if label.is_empty() {
                        format_euros(*amount)
                    } else {
                        format!("{label} {}", format_euros(*amount))
                    }
                })
                .collect();
            format!("{}: {}", g.label, bars.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_proportional_and_labelled() {
        let groups = [
            BarGroup {
                label: "A".into(),
                bars: vec![(String::new(), Decimal::new(100, 0))],
            },
            BarGroup {
                label: "B".into(),
                bars: vec![(String::new(), Decimal::new(50, 0))],
            },
            BarGroup {
                label: "C".into(),
                bars: vec![(String::new(), Decimal::new(-25, 0))],
            },
        ];
        let svg = horizontal_bars("x", "Titel", &describe(&groups), &groups);
        let wide = svg.split("chart--narrow").next().unwrap();
        let widths: Vec<f64> = wide
            .split("<rect ")
            .skip(1)
            .map(|r| {
                let w = r.split("width=\"").nth(1).unwrap();
                w[..w.find('"').unwrap()].parse().unwrap()
            })
            .collect();
        assert_eq!(widths.len(), 3);
        assert!((widths[0] / widths[1] - 2.0).abs() < 0.01, "{widths:?}");
        assert!((widths[1] / widths[2] - 2.0).abs() < 0.01, "{widths:?}");
        assert!(svg.contains("class=\"chart-bar negative"));
        assert!(svg.contains("€ 100") && svg.contains("-€ 25"));
        assert!(svg.contains("<desc id=\"x-desc\">A: € 100; B: € 50; C: -€ 25</desc>"));
        // The phone's drawing has ids of its own and is as narrow as promised.
        assert!(svg.contains("id=\"x-smal-title\""));
        assert!(svg.contains("viewBox=\"0 0 280 "));
    }

    #[test]
    fn long_labels_fit_the_narrow_drawing() {
        let groups = [BarGroup {
            label: "Programma Jeugdzorg en Maatschappelijke Ondersteuning".into(),
            bars: vec![("Begroting".into(), Decimal::new(1_250_000, 0))],
        }];
        let svg = drawing("n", "T", "D", &groups, NARROW_WIDTH, "chart");
        let lines = svg.matches("class=\"chart-group\"").count();
        assert!(lines >= 2, "{svg}");
        // The bar label is anchored at its end, which leaves room for all of it.
        let x: f64 = svg
            .split("class=\"chart-bar-label\"")
            .next()
            .unwrap()
            .rsplit("<text x=\"")
            .next()
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(x >= text_width("Begroting"), "{x}");
    }
}
