//! The page of one budget document: its lines across all its years, the totals the source
//! prints (each checked against the lines), and a chart of expense per group and year.

use crate::model::{Budget, Direction};
use crate::outputs::html::budget_sums::{sum, Entry};
use crate::outputs::html::budget_views::{DocumentHeading, LineProvenance, YearLink};
use crate::outputs::html::charts::{describe, horizontal_bars, BarGroup};
use crate::outputs::html::views::{Link, Viewer};
use crate::text::money::format_euros;
use serde::Serialize;

#[derive(Serialize)]
pub struct LineAcrossYears {
    pub item: String,
    pub direction: &'static str,
    pub in_kind: bool,
    /// One cell per year of the document, empty where the line has no amount.
    pub amounts: Vec<String>,
    #[serde(flatten)]
    pub provenance: LineProvenance,
}

#[derive(Serialize)]
pub struct GroupAcrossYears {
    pub name: Option<String>,
    pub lines: Vec<LineAcrossYears>,
    pub expense: Vec<String>,
}

#[derive(Serialize)]
pub struct DeclaredTotalView {
    pub direction: &'static str,
    pub group: Option<String>,
    pub in_kind: Option<bool>,
    /// One cell per year of the document.
    pub amounts: Vec<String>,
}

#[derive(Serialize)]
pub struct DocumentView {
    #[serde(flatten)]
    pub heading: DocumentHeading,
    pub years: Vec<i32>,
    pub year_links: Vec<YearLink>,
    pub periods: Vec<(i32, String)>,
    pub groups: Vec<GroupAcrossYears>,
    pub expense: Vec<String>,
    pub income: Vec<String>,
    pub owner: Option<Link>,
    /// The totals printed in the source, all checked against the lines.
    pub declared: Vec<DeclaredTotalView>,
    /// Expense per group with a bar per year.
    pub chart_svg: String,
}

impl Viewer<'_> {
    pub fn budget_document(&self, b: &Budget) -> DocumentView {
        let years = b.years();
        let lines: Vec<Entry> = b.lines.iter().map(|l| (b, l)).collect();
        let per_year = |selected: &[Entry], direction: Direction| -> Vec<String> {
            years
                .iter()
                .map(|y| format_euros(sum(selected, *y, direction, None)))
                .collect()
        };
        let mut chart_groups = Vec::new();
        let groups = b
            .groups()
            .into_iter()
            .map(|group| {
                let in_group: Vec<Entry> = lines
                    .iter()
                    .copied()
                    .filter(|(_, l)| l.group.as_deref() == group)
                    .collect();
                let has_expense = in_group
                    .iter()
                    .any(|(_, l)| l.direction == Direction::Expense);
                chart_groups.push(BarGroup {
                    label: group.unwrap_or("-").to_string(),
                    bars: if !has_expense {
                        Vec::new()
                    } else {
                        years
                            .iter()
                            .map(|y| (y.to_string(), sum(&in_group, *y, Direction::Expense, None)))
                            .collect()
                    },
                });
                GroupAcrossYears {
                    name: group.map(str::to_string),
                    lines: in_group
                        .iter()
                        .map(|(_, l)| LineAcrossYears {
                            item: l.item.clone(),
                            direction: l.direction.as_str(),
                            in_kind: l.in_kind,
                            amounts: years
                                .iter()
                                .map(|y| {
                                    l.amounts
                                        .get(y)
                                        .map(|a| format_euros(*a))
                                        .unwrap_or_default()
                                })
                                .collect(),
                            provenance: LineProvenance::of(l),
                        })
                        .collect(),
                    expense: per_year(&in_group, Direction::Expense),
                }
            })
            .collect();
        DocumentView {
            heading: self.document_heading(b),
            year_links: years.iter().map(|y| self.year_link(*y)).collect(),
            periods: b.periods.iter().map(|(y, p)| (*y, p.clone())).collect(),
            groups,
            expense: per_year(&lines, Direction::Expense),
            income: per_year(&lines, Direction::Income),
            owner: b
                .owner
                .as_ref()
                .and_then(|o| self.site.organisation(&o.id))
                .map(|o| self.organisation_link(o)),
            declared: b
                .totals
                .iter()
                .map(|t| DeclaredTotalView {
                    direction: t.direction.as_str(),
                    group: t.group.clone(),
                    in_kind: t.in_kind,
                    amounts: years
                        .iter()
                        .map(|y| {
                            t.amounts
                                .get(y)
                                .map(|(a, _)| format_euros(*a))
                                .unwrap_or_default()
                        })
                        .collect(),
                })
                .collect(),
            chart_svg: {
                chart_groups.retain(|g| !g.bars.is_empty());
                horizontal_bars(
                    &format!("grafiek-{}", b.id),
                    &b.title,
                    &describe(&chart_groups),
                    &chart_groups,
                )
            },
            years,
        }
    }
}
