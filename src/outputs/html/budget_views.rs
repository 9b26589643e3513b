//! Views of the budgets for the yearly pages and each budget document's page: exact sums
//! per year, per group, expense and income, cash and in kind, the change against the year
//! before, what went where, and the charts drawn from the same figures.

use crate::model::{Budget, BudgetLine, BudgetStatus, Direction, Ref};
use crate::outputs::html::charts::{describe, horizontal_bars, BarGroup};
use crate::outputs::html::views::{Link, Viewer};
use crate::resolve::routes::Route;
use crate::text::money::format_euros;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

pub use crate::outputs::html::budget_sums::{percent_change, signed_euros, Totals};
use crate::outputs::html::budget_sums::{sum, totals, Entry};
pub use crate::outputs::html::source_copy::{DocumentHeading, SourceCopy};

#[derive(Serialize)]
pub struct LineInYear {
    pub item: String,
    pub direction: &'static str,
    pub in_kind: bool,
    pub amount: String,
    pub hours: Option<String>,
    pub rate: Option<String>,
    #[serde(flatten)]
    pub provenance: LineProvenance,
}

/// Where in the source a line is printed, and its note.
#[derive(Serialize)]
pub struct LineProvenance {
    pub page: Option<String>,
    pub figure: Option<String>,
    /// The chapter or paragraph, for a source without page numbers.
    pub section: Option<String>,
    pub note: Option<String>,
}

impl LineProvenance {
    pub(super) fn of(line: &BudgetLine) -> LineProvenance {
        LineProvenance {
            page: line.page.clone(),
            figure: line.figure.clone(),
            section: line.section.clone(),
            note: line.note.clone(),
        }
    }
}

#[derive(Serialize)]
pub struct GroupInYear {
    pub name: Option<String>,
    pub lines: Vec<LineInYear>,
    pub expense: String,
    pub income: String,
    /// The same group's expense in the year before, when the document has that year.
    pub previous_expense: Option<String>,
    pub change: Option<String>,
    pub change_percent: Option<String>,
}

#[derive(Serialize)]
pub struct DocumentInYear {
    #[serde(flatten)]
    pub heading: DocumentHeading,
    pub period: Option<String>,
    pub groups: Vec<GroupInYear>,
    pub totals: Totals,
    /// Expense per group as an SVG bar chart, with its text alternative inside.
    pub chart_svg: String,
}

#[derive(Serialize)]
pub struct YearLink {
    pub year: i32,
    pub url: String,
}

/// What went to (or came from) an area, room, initiative or organisation in a year.
#[derive(Serialize)]
pub struct Share {
    /// `area`, `room`, `initiative` or `organisation`.
    pub kind: &'static str,
    #[serde(flatten)]
    pub link: Link,
    pub amount: String,
}

#[derive(Serialize)]
pub struct SharesOfStatus {
    /// `planned` or `actual`.
    pub status: &'static str,
    pub items: Vec<Share>,
}

/// Planned and actual expense of one group in a year that has both.
#[derive(Serialize)]
pub struct Comparison {
    pub group: Option<String>,
    pub planned: String,
    pub actual: String,
    pub difference: String,
}

/// The totals of one kind of budget (planned or actual) in a year. A year with both keeps
/// them apart: a plan and its realisation describe the same money twice.
#[derive(Serialize)]
pub struct StatusTotals {
    /// `planned` or `actual`.
    pub status: &'static str,
    #[serde(flatten)]
    pub totals: Totals,
}

#[derive(Serialize)]
pub struct YearView {
    pub year: i32,
    pub url: String,
    pub totals: Vec<StatusTotals>,
    pub documents: Vec<DocumentInYear>,
    pub previous: Option<YearLink>,
    pub next: Option<YearLink>,
    /// Expense lines that name an area, room or initiative, summed per item, per kind of
    /// budget (planned and actual are never added together).
    pub recipients: Vec<SharesOfStatus>,
    /// Income lines that name an organisation, summed per funder, per kind of budget.
    pub funders: Vec<SharesOfStatus>,
    pub comparison: Vec<Comparison>,
    /// The budget documents of the year before (of the same kind, planned or actual)
    /// differ from this year's: the page says so, since the two years' figures then come
    /// from different sources.
    pub other_documents_than_previous: bool,
}

impl Viewer<'_> {
    pub(super) fn year_link(&self, year: i32) -> YearLink {
        YearLink {
            year,
            url: self
                .urls
                .page(self.language, &Route::BudgetYear(year).path()),
        }
    }

    fn entries(&self, year: i32) -> Vec<Entry<'_>> {
        self.site
            .budgets
            .iter()
            .flat_map(|b| b.lines.iter().map(move |l| (b, l)))
            .filter(|(_, l)| l.amounts.contains_key(&year))
            .collect()
    }

    pub fn budget_year(&self, year: i32) -> YearView {
        let all = self.entries(year);
        let years = self.site.budget_years();
        let position = years.iter().position(|y| *y == year);
        let documents = self
            .site
            .budgets
            .iter()
            .filter(|b| b.years().contains(&year))
            .map(|b| self.document_in_year(b, year))
            .collect();
        YearView {
            year,
            url: self.year_link(year).url,
            totals: [BudgetStatus::Planned, BudgetStatus::Actual]
                .into_iter()
                .filter(|status| all.iter().any(|(b, _)| b.status == *status))
                .map(|status| {
                    let of_status: Vec<Entry> = all
                        .iter()
                        .copied()
                        .filter(|(b, _)| b.status == status)
                        .collect();
                    StatusTotals {
                        status: status.as_str(),
                        totals: totals(&of_status, year),
                    }
                })
                .collect(),
            documents,
            previous: position
                .filter(|p| *p > 0)
                .map(|p| self.year_link(years[p - 1])),
            next: position
                .and_then(|p| years.get(p + 1))
                .map(|y| self.year_link(*y)),
            recipients: self.shares_by_status(&all, year, Direction::Expense),
            funders: self.shares_by_status(&all, year, Direction::Income),
            comparison: comparison(&all, year),
            other_documents_than_previous: position
                .filter(|p| *p > 0)
                .is_some_and(|p| self.other_documents(years[p - 1], year)),
        }
    }

    /// Whether `year`'s figures of a kind (planned or actual) that `before` also has come
    /// from another set of budget documents than `before`'s: the totals of the two years
    /// then compare different sources. A kind only one of the years has is not compared.
    fn other_documents(&self, before: i32, year: i32) -> bool {
        let ids = |year: i32, status: BudgetStatus| -> Vec<&str> {
            self.site
                .budgets
                .iter()
                .filter(|b| b.status == status && b.years().contains(&year))
                .map(|b| b.id.as_str())
                .collect()
        };
        [BudgetStatus::Planned, BudgetStatus::Actual]
            .into_iter()
            .any(|status| {
                let (then, now) = (ids(before, status), ids(year, status));
                !then.is_empty() && !now.is_empty() && then != now
            })
    }

    fn document_in_year(&self, b: &Budget, year: i32) -> DocumentInYear {
        let lines: Vec<Entry> = b
            .lines
            .iter()
            .map(|l| (b, l))
            .filter(|(_, l)| l.amounts.contains_key(&year))
            .collect();
        let everything: Vec<Entry> = b.lines.iter().map(|l| (b, l)).collect();
        let mut chart_groups = Vec::new();
        let groups = b
            .groups()
            .into_iter()
            .filter_map(|group| {
                let in_group: Vec<Entry> = lines
                    .iter()
                    .copied()
                    .filter(|(_, l)| l.group.as_deref() == group)
                    .collect();
                if in_group.is_empty() {
                    return None;
                }
                let all_years: Vec<Entry> = everything
                    .iter()
                    .copied()
                    .filter(|(_, l)| l.group.as_deref() == group)
                    .collect();
                let now = sum(&in_group, year, Direction::Expense, None);
                let had_previous = all_years
                    .iter()
                    .any(|(_, l)| l.amounts.contains_key(&(year - 1)));
                let before =
                    had_previous.then(|| sum(&all_years, year - 1, Direction::Expense, None));
                if in_group
                    .iter()
                    .any(|(_, l)| l.direction == Direction::Expense)
                {
                    chart_groups.push(BarGroup {
                        label: group.unwrap_or("-").to_string(),
                        bars: vec![(String::new(), now)],
                    });
                }
                Some(GroupInYear {
                    name: group.map(str::to_string),
                    lines: in_group
                        .iter()
                        .map(|(_, l)| LineInYear {
                            item: l.item.clone(),
                            direction: l.direction.as_str(),
                            in_kind: l.in_kind,
                            amount: format_euros(l.amounts[&year]),
                            hours: l
                                .hours
                                .get(&year)
                                .map(|h| h.normalize().to_string().replace('.', ",")),
                            rate: l.rate.map(format_euros),
                            provenance: LineProvenance::of(l),
                        })
                        .collect(),
                    expense: format_euros(now),
                    income: format_euros(sum(&in_group, year, Direction::Income, None)),
                    previous_expense: before.map(format_euros),
                    change: before.map(|before| signed_euros(now - before)),
                    change_percent: before.and_then(|before| percent_change(before, now)),
                })
            })
            .collect();
        let title = format!("{} {year}", b.title);
        DocumentInYear {
            heading: self.document_heading(b),
            period: b.periods.get(&year).cloned(),
            groups,
            totals: totals(&lines, year),
            chart_svg: horizontal_bars(
                &format!("grafiek-{}-{year}", b.id),
                &title,
                &describe(&chart_groups),
                &chart_groups,
            ),
        }
    }

    fn shares_by_status(
        &self,
        lines: &[Entry],
        year: i32,
        direction: Direction,
    ) -> Vec<SharesOfStatus> {
        [BudgetStatus::Planned, BudgetStatus::Actual]
            .into_iter()
            .map(|status| {
                let of_status: Vec<Entry> = lines
                    .iter()
                    .copied()
                    .filter(|(b, _)| b.status == status)
                    .collect();
                SharesOfStatus {
                    status: status.as_str(),
                    items: self.shares(&of_status, year, direction),
                }
            })
            .filter(|s| !s.items.is_empty())
            .collect()
    }

    /// Sums per linked item, in the order of their ids.
    fn shares(&self, lines: &[Entry], year: i32, direction: Direction) -> Vec<Share> {
        let mut sums: BTreeMap<(u8, String), Decimal> = BTreeMap::new();
        for (_, line) in lines.iter().filter(|(_, l)| l.direction == direction) {
            let amount = line.amounts[&year];
            let links: [(u8, &Option<Ref>); 4] = if direction == Direction::Expense {
                [
                    (0, &line.area),
                    (1, &line.room),
                    (2, &line.initiative),
                    (9, &None),
                ]
            } else {
                [(3, &line.organisation), (9, &None), (9, &None), (9, &None)]
            };
            for (kind, reference) in links {
                if let Some(reference) = reference {
                    *sums.entry((kind, reference.id.clone())).or_default() += amount;
                }
            }
        }
        sums.into_iter()
            .filter_map(|((kind, id), amount)| {
                let (kind_name, link) = match kind {
                    0 => ("area", self.site.area(&id).map(|x| self.area_link(x))),
                    1 => ("room", self.site.room(&id).map(|x| self.room_link(x))),
                    2 => (
                        "initiative",
                        self.site.initiative(&id).map(|x| self.initiative_link(x)),
                    ),
                    _ => (
                        "organisation",
                        self.site
                            .organisation(&id)
                            .map(|x| self.organisation_link(x)),
                    ),
                };
                Some(Share {
                    kind: kind_name,
                    link: link?,
                    amount: format_euros(amount),
                })
            })
            .collect()
    }

    /// Expense per year, a bar per kind of budget, for the overview page. `labels` names
    /// the kinds (planned, actual) in the page's language.
    pub fn budget_years_chart(&self, title: &str, labels: [&str; 2]) -> String {
        let groups: Vec<BarGroup> = self
            .site
            .budget_years()
            .into_iter()
            .map(|year| {
                let entries = self.entries(year);
                let bars = [BudgetStatus::Planned, BudgetStatus::Actual]
                    .into_iter()
                    .zip(labels)
                    .filter(|(status, _)| entries.iter().any(|(b, _)| b.status == *status))
                    .map(|(status, label)| {
                        let of_status: Vec<Entry> = entries
                            .iter()
                            .copied()
                            .filter(|(b, _)| b.status == status)
                            .collect();
                        (
                            label.to_string(),
                            sum(&of_status, year, Direction::Expense, None),
                        )
                    })
                    .collect();
                BarGroup {
                    label: year.to_string(),
                    bars,
                }
            })
            .collect();
        horizontal_bars("grafiek-jaren", title, &describe(&groups), &groups)
    }
}

/// Planned against actual expense per group, for a year that has both kinds of budget.
fn comparison(lines: &[Entry], year: i32) -> Vec<Comparison> {
    let has = |status: BudgetStatus| lines.iter().any(|(b, _)| b.status == status);
    if !(has(BudgetStatus::Planned) && has(BudgetStatus::Actual)) {
        return Vec::new();
    }
    let mut groups: Vec<Option<&str>> = Vec::new();
    for (_, line) in lines
        .iter()
        .filter(|(_, l)| l.direction == Direction::Expense)
    {
        if !groups.contains(&line.group.as_deref()) {
            groups.push(line.group.as_deref());
        }
    }
    groups
        .into_iter()
        .map(|group| {
            let of = |status: BudgetStatus| -> Decimal {
                let selected: Vec<Entry> = lines
                    .iter()
                    .copied()
                    .filter(|(b, l)| b.status == status && l.group.as_deref() == group)
                    .collect();
                sum(&selected, year, Direction::Expense, None)
            };
            let (planned, actual) = (of(BudgetStatus::Planned), of(BudgetStatus::Actual));
            Comparison {
                group: group.map(str::to_string),
                planned: format_euros(planned),
                actual: format_euros(actual),
                difference: signed_euros(actual - planned),
            }
        })
        .collect()
}
