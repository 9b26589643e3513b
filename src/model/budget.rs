//! Budget documents: lines with exact amounts per year, and the totals a source printed.

use super::words::{words, Words};
use super::Ref;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::sync::Arc;

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
    /// The chapter or paragraph of the source, for a source without page numbers
    /// (`paragraaf Budget`), as the source names it.
    pub section: Option<String>,
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
    /// The line of `source_file`, for problems with the file.
    pub source_file_line: usize,
    /// The copy's bytes, once read and checked (`load::source_file`); `None` while not yet
    /// read, without `source_file`, or when the file has a problem (the build then stops).
    pub source_document: Option<Arc<SourceDocument>>,
    /// Caveats published on the budget's page and in every row of `budget.csv`.
    pub notes: Option<String>,
    pub status: BudgetStatus,
    pub owner: Option<Ref>,
    /// Notes for part years, like `april - december`.
    pub periods: BTreeMap<i32, String>,
    pub lines: Vec<BudgetLine>,
    pub totals: Vec<DeclaredTotal>,
}

/// The kinds of file a copy of a budget's source may be: each is published as it is, so
/// none may be a kind a browser runs script from on the site's own address (HTML, SVG).
/// With each its file name ending, its media type, and how its first bytes begin (`None`:
/// UTF-8 text, checked whole).
pub const SOURCE_FILE_KINDS: &[(&str, &str, Option<&[u8]>)] = &[
    ("pdf", "application/pdf", Some(b"%PDF-")),
    ("txt", "text/plain", None),
    ("csv", "text/csv", None),
    (
        "odt",
        "application/vnd.oasis.opendocument.text",
        Some(b"PK\x03\x04"),
    ),
    (
        "ods",
        "application/vnd.oasis.opendocument.spreadsheet",
        Some(b"PK\x03\x04"),
    ),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Some(b"PK\x03\x04"),
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Some(b"PK\x03\x04"),
    ),
];

/// The kind of a source file by its name's ending (case-insensitive): its ending as listed,
/// its media type and its first bytes.
pub fn source_file_kind(file: &str) -> Option<(&'static str, &'static str, Option<&'static [u8]>)> {
    let (_, extension) = file.rsplit_once('.')?;
    SOURCE_FILE_KINDS
        .iter()
        .find(|(e, _, _)| extension.eq_ignore_ascii_case(e))
        .copied()
}

/// A copy of a budget's source, read and checked: published as it is, beside the open data.
#[derive(Clone, PartialEq)]
pub struct SourceDocument {
    pub bytes: Arc<[u8]>,
    /// The media type of its kind, like `application/pdf`.
    pub media_type: &'static str,
}

impl std::fmt::Debug for SourceDocument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceDocument")
            .field("bytes", &self.bytes.len())
            .field("media_type", &self.media_type)
            .finish()
    }
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
