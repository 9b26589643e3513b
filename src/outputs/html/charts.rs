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

const WIDTH: f64 = 640.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 120.0;
const BAR: f64 = 18.0;
const GAP: f64 = 6.0;
const LABEL: f64 = 26.0;
const GROUP_GAP: f64 = 14.0;

/// A horizontal bar chart. `title` and `description` are its text alternative; the bars'
/// lengths are display only, every figure is also printed exactly beside its bar.
pub fn horizontal_bars(id: &str, title: &str, description: &str, groups: &[BarGroup]) -> String {
    let values = groups
        .iter()
        .flat_map(|g| g.bars.iter().map(|(_, v)| v.to_f64().unwrap_or(0.0)));
    let (min, max) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let span = if max - min > 0.0 { max - min } else { 1.0 };
    let plot = WIDTH - LEFT - RIGHT;
    let x_of = |v: f64| LEFT + (v - min) / span * plot;
    let zero = x_of(0.0);

    let mut body = String::new();
    let mut y = 8.0;
    for group in groups {
        let _ = write!(
            body,
            "<text x=\"{LEFT}\" y=\"{:.1}\" class=\"chart-group\">{}</text>",
            y + 16.0,
            xml_escape(&group.label)
        );
        y += LABEL;
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
                    LEFT - 6.0,
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
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height:.1}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
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
        let widths: Vec<f64> = svg
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
    }
}
