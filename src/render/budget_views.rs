//! Views of the budgets for the yearly pages and each budget document's page: exact sums
//! per year, per group, expense and income, cash and in kind.

use super::money::format_euros;
use super::views::{Link, Viewer};
use crate::model::{Budget, BudgetLine, Direction};
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Serialize)]
pub struct Totals {
    pub expense: String,
    pub expense_cash: String,
    pub expense_in_kind: String,
    pub income: String,
    pub income_cash: String,
    pub income_in_kind: String,
    /// Plain decimal of the expense total, for charts and machines.
    pub expense_plain: String,
}

fn totals(lines: &[(&Budget, &BudgetLine)], year: i32) -> Totals {
    let sum = |direction: Direction, in_kind: Option<bool>| -> Decimal {
        lines
            .iter()
            .filter(|(_, l)| l.direction == direction && in_kind.is_none_or(|k| l.in_kind == k))
            .filter_map(|(_, l)| l.amounts.get(&year))
            .copied()
            .sum()
    };
    Totals {
        expense: format_euros(sum(Direction::Expense, None)),
        expense_cash: format_euros(sum(Direction::Expense, Some(false))),
        expense_in_kind: format_euros(sum(Direction::Expense, Some(true))),
        income: format_euros(sum(Direction::Income, None)),
        income_cash: format_euros(sum(Direction::Income, Some(false))),
        income_in_kind: format_euros(sum(Direction::Income, Some(true))),
        expense_plain: super::money::plain_amount(sum(Direction::Expense, None)),
    }
}

#[derive(Serialize)]
pub struct LineInYear {
    pub item: String,
    pub direction: &'static str,
    pub in_kind: bool,
    pub amount: String,
    pub hours: Option<String>,
    pub rate: Option<String>,
}

#[derive(Serialize)]
pub struct GroupInYear {
    pub name: Option<String>,
    pub lines: Vec<LineInYear>,
    pub expense: String,
    pub income: String,
}

#[derive(Serialize)]
pub struct DocumentInYear {
    pub budget: Link,
    pub source: String,
    /// `planned` or `actual`.
    pub status: &'static str,
    pub period: Option<String>,
    pub groups: Vec<GroupInYear>,
    pub totals: Totals,
}

#[derive(Serialize)]
pub struct YearView {
    pub year: i32,
    pub url: String,
    pub totals: Totals,
    pub documents: Vec<DocumentInYear>,
}

#[derive(Serialize)]
pub struct LineAcrossYears {
    pub item: String,
    pub direction: &'static str,
    pub in_kind: bool,
    /// One cell per year of the document, empty where the line has no amount.
    pub amounts: Vec<String>,
}

#[derive(Serialize)]
pub struct GroupAcrossYears {
    pub name: Option<String>,
    pub lines: Vec<LineAcrossYears>,
    pub expense: Vec<String>,
}

#[derive(Serialize)]
pub struct DocumentView {
    pub budget: Link,
    pub source: String,
    pub status: &'static str,
    pub years: Vec<i32>,
    pub periods: Vec<(i32, String)>,
    pub groups: Vec<GroupAcrossYears>,
    pub expense: Vec<String>,
    pub income: Vec<String>,
    pub owner: Option<Link>,
}

impl Viewer<'_> {
    pub fn budget_year(&self, year: i32) -> YearView {
        let all: Vec<(&Budget, &BudgetLine)> = self
            .site
            .budgets
            .iter()
            .flat_map(|b| b.lines.iter().map(move |l| (b, l)))
            .filter(|(_, l)| l.amounts.contains_key(&year))
            .collect();
        let documents =
            self.site
                .budgets
                .iter()
                .filter(|b| b.years().contains(&year))
                .map(|b| {
                    let lines: Vec<(&Budget, &BudgetLine)> =
                        all.iter().copied().filter(|(x, _)| x.id == b.id).collect();
                    let groups =
                        b.groups()
                            .into_iter()
                            .map(|group| {
                                let in_group: Vec<(&Budget, &BudgetLine)> = lines
                                    .iter()
                                    .copied()
                                    .filter(|(_, l)| l.group.as_deref() == group)
                                    .collect();
                                let t = totals(&in_group, year);
                                GroupInYear {
                                    name: group.map(str::to_string),
                                    lines: in_group
                                        .iter()
                                        .map(|(_, l)| LineInYear {
                                            item: l.item.clone(),
                                            direction: l.direction.as_str(),
                                            in_kind: l.in_kind,
                                            amount: format_euros(l.amounts[&year]),
                                            hours: l.hours.get(&year).map(|h| {
                                                h.normalize().to_string().replace('.', ",")
                                            }),
                                            rate: l.rate.map(format_euros),
                                        })
                                        .collect(),
                                    expense: t.expense,
                                    income: t.income,
                                }
                            })
                            .filter(|g| !g.lines.is_empty())
                            .collect();
                    DocumentInYear {
                        budget: self.budget_link(b),
                        source: b.source.clone(),
                        status: b.status.as_str(),
                        period: b.periods.get(&year).cloned(),
                        groups,
                        totals: totals(&lines, year),
                    }
                })
                .collect();
        YearView {
            year,
            url: self.urls.page(self.language, &format!("begroting/{year}/")),
            totals: totals(&all, year),
            documents,
        }
    }

    pub fn budget_document(&self, b: &Budget) -> DocumentView {
        let years = b.years();
        let lines: Vec<(&Budget, &BudgetLine)> = b.lines.iter().map(|l| (b, l)).collect();
        let per_year = |selected: &[(&Budget, &BudgetLine)], direction: Direction| -> Vec<String> {
            years
                .iter()
                .map(|y| {
                    let t = totals(selected, *y);
                    match direction {
                        Direction::Expense => t.expense,
                        Direction::Income => t.income,
                    }
                })
                .collect()
        };
        let groups = b
            .groups()
            .into_iter()
            .map(|group| {
                let in_group: Vec<(&Budget, &BudgetLine)> = lines
                    .iter()
                    .copied()
                    .filter(|(_, l)| l.group.as_deref() == group)
                    .collect();
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
                        })
                        .collect(),
                    expense: per_year(&in_group, Direction::Expense),
                }
            })
            .collect();
        DocumentView {
            budget: self.budget_link(b),
            source: b.source.clone(),
            status: b.status.as_str(),
            periods: b.periods.iter().map(|(y, p)| (*y, p.clone())).collect(),
            groups,
            expense: per_year(&lines, Direction::Expense),
            income: per_year(&lines, Direction::Income),
            owner: b
                .owner
                .as_ref()
                .and_then(|o| self.site.organisation(&o.id))
                .map(|o| self.organisation_link(o)),
            years,
        }
    }
}
