//! Budget documents: lines with exact amounts per year, and the totals a source printed.

use super::words::{words, Words};
use super::Ref;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

words! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Direction {
        Expense = "expense",
        Income = "income",
    }
}

words! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum BudgetStatus {
        Planned = "planned",
        Actual = "actual",
    }
}

/// One line of a budget. `amounts` is always filled: for lines given as hours x rate it
/// holds the product, rounded to cents.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetLine {
    pub item: String,
    pub group: Option<String>,
    pub direction: Direction,
    pub in_kind: bool,
    pub amounts: BTreeMap<i32, Decimal>,
    pub hours: BTreeMap<i32, Decimal>,
    pub rate: Option<Decimal>,
    pub area: Option<Ref>,
    pub room: Option<Ref>,
    pub initiative: Option<Ref>,
    pub organisation: Option<Ref>,
    /// Where in the source the line is printed: a page (`21`) and a figure or table
    /// (`Figuur 4`), as the source names them.
    pub page: Option<String>,
    pub figure: Option<String>,
    /// A remark published with the line.
    pub note: Option<String>,
    pub line: usize,
}

/// A total as printed in the source; every line matching its keys must add up to it.
#[derive(Debug, Clone, PartialEq)]
pub struct DeclaredTotal {
    pub direction: Direction,
    pub group: Option<String>,
    pub in_kind: Option<bool>,
    /// Amount per year, with the line it was written on.
    pub amounts: BTreeMap<i32, (Decimal, usize)>,
    pub line: usize,
}

impl DeclaredTotal {
    pub fn matches(&self, line: &BudgetLine) -> bool {
        line.direction == self.direction
            && self
                .group
                .as_ref()
                .is_none_or(|g| line.group.as_ref() == Some(g))
            && self.in_kind.is_none_or(|k| line.in_kind == k)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Budget {
    pub id: String,
    pub path: String,
    pub title: String,
    pub source: String,
    /// Where the public can read the source (an `http(s)` address).
    pub source_url: Option<String>,
    /// A copy of the source under the content's `data/` folder, as written in the file.
    pub source_file: Option<String>,
    /// Caveats published on the budget's page and in every row of `budget.csv`.
    pub notes: Option<String>,
    pub status: BudgetStatus,
    pub owner: Option<Ref>,
    /// Notes for part years, like `april - december`.
    pub periods: BTreeMap<i32, String>,
    pub lines: Vec<BudgetLine>,
    pub totals: Vec<DeclaredTotal>,
}

impl Budget {
    /// Every year named by a line or a period, ascending.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .lines
            .iter()
            .flat_map(|l| l.amounts.keys().copied())
            .chain(self.periods.keys().copied())
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The exact sum of `year` over the lines that `filter` keeps.
    pub fn sum(&self, year: i32, filter: impl Fn(&BudgetLine) -> bool) -> Decimal {
        self.lines
            .iter()
            .filter(|l| filter(l))
            .filter_map(|l| l.amounts.get(&year))
            .copied()
            .sum()
    }

    /// The groups in the order they first appear in the file.
    pub fn groups(&self) -> Vec<Option<&str>> {
        let mut groups: Vec<Option<&str>> = Vec::new();
        for line in &self.lines {
            let group = line.group.as_deref();
            if !groups.contains(&group) {
                groups.push(group);
            }
        }
        groups
    }
}
