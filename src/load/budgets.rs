//! Reading budget documents (`data/budgets/<id>.yaml`) with exact amounts.

use super::fields::{Fields, Reader};
use super::yaml::{self, Node};
use crate::limits::MAX_BUDGET_YEARS;
use crate::model::keys;
use crate::model::{Budget, BudgetLine, BudgetStatus, DeclaredTotal, Direction};
use rust_decimal::RoundingStrategy;
use std::collections::BTreeMap;

/// Reads the text of a budget file named `<id>.yaml`, as a build would: the budget, if it
/// could be read, and every problem found. For fuzzing and tests.
pub fn read_budget_text(
    text: &str,
    id: &str,
) -> (Option<Budget>, Vec<crate::diagnostics::Diagnostic>) {
    let mut reader = Reader::new(&format!("data/budgets/{id}.yaml"));
    let budget = read(text, id, &mut reader);
    (budget, reader.diags.sorted())
}

pub(super) fn read(text: &str, id: &str, r: &mut Reader) -> Option<Budget> {
    let mut node = r.parse_yaml(text, 1)?;
    node.line = 1;
    let f = r.keyed(&node, crate::msg!("place-budget"), &keys::BUDGET)?;
    let title = r.req_text(
        &f,
        "title",
        "Uitvoeringsplan versterken sociale basis 2024-2027",
    );
    let source = r.req_text(
        &f,
        "source",
        "Sociale Basis Uitvoeringsplan 2024-2027, figuur 4",
    );
    let source_url = r.opt_text(&f, "source_url");
    if let Some(url) = &source_url {
        check_url(url, f.line_of("source_url"), r);
    }
    let source_file = r.opt_text(&f, "source_file");
    if let Some(file) = &source_file {
        check_source_file(file, f.line_of("source_file"), r);
    }
    let notes = r.opt_text(&f, "notes").and_then(|n| paragraphs(&n));
    let status = match f.get("status") {
        Some(n) => r.choice(n, "status", &BudgetStatus::choices()),
        None => Some(BudgetStatus::Planned),
    };
    let owner = r.opt_id(&f, "owner");
    let periods = f
        .get("periods")
        .and_then(|n| r.per_year(n, "periods", |r, v| r.text(v, "periods")))
        .map(|years| years.into_iter().map(|(y, (t, _))| (y, t)).collect())
        .unwrap_or_default();
    let lines_node = r.required(&f, "lines", "[ { item: ..., amounts: { 2024: 1000 } } ]");
    // The lines that could not be read, as far as they can be told apart: a total that
    // may include one is not checked (its sum would be a false alarm).
    let mut failed: Vec<FailedLine> = Vec::new();
    let lines: Vec<BudgetLine> = lines_node
        .map(|n| {
            let items = r.list(n, "lines");
            if !matches!(n.value, yaml::Value::Seq(_)) {
                failed.push(FailedLine::default());
            }
            items
                .iter()
                .filter_map(|item| {
                    let read = line(item, r);
                    if read.is_none() {
                        failed.push(FailedLine::of(item));
                    }
                    read
                })
                .collect()
        })
        .unwrap_or_default();
    let totals: Vec<DeclaredTotal> = f
        .get("totals")
        .map(|n| {
            r.list(n, "totals")
                .iter()
                .filter_map(|item| total(item, r))
                .collect()
        })
        .unwrap_or_default();
    let mut budget = Budget {
        id: id.to_string(),
        path: r.path.clone(),
        title: title?,
        source: source?,
        source_url,
        source_file,
        source_file_line: f.line_of("source_file"),
        source_document: None,
        notes,
        status: status?,
        owner,
        periods,
        lines,
        totals,
    };
    // Every year is a column of the budget's tables and a page of the site's: checked
    // before anything is rendered, over the years the budget's pages will show.
    let mut years = budget.years();
    years.extend(budget.totals.iter().flat_map(|t| t.amounts.keys().copied()));
    years.sort_unstable();
    years.dedup();
    if years.len() > MAX_BUDGET_YEARS {
        r.error(
            f.line_of("lines"),
            crate::msg!(
                "budget-too-many-years",
                limit = MAX_BUDGET_YEARS,
                count = years.len(),
                first = years[0],
                last = years[years.len() - 1]
            ),
        );
        return None;
    }
    budget.totals.retain(|total| {
        let unchecked = failed.iter().any(|l| l.may_count_in(total));
        if unchecked {
            r.warning(total.line, crate::msg!("budget-total-unchecked"));
        }
        !unchecked
    });
    Some(budget)
}

/// What a line that could not be read says about the totals it counts in; `None` where
/// that part is missing or wrong, so that it may count in any.
#[derive(Default)]
struct FailedLine {
    direction: Option<Direction>,
    /// `Some(None)` when the line has no group.
    group: Option<Option<String>>,
    in_kind: Option<bool>,
}

impl FailedLine {
    /// Read without reporting anything: the line's own errors are reported already.
    fn of(node: &Node) -> FailedLine {
        let yaml::Value::Map(entries) = &node.value else {
            return FailedLine::default();
        };
        let get = |key: &str| {
            entries
                .iter()
                .find(|(k, _)| k.scalar() == Some(key))
                .map(|(_, v)| v)
        };
        FailedLine {
            direction: match get("direction") {
                None => Some(Direction::Expense),
                Some(v) => v.scalar().and_then(|t| Direction::parse(t.trim())),
            },
            group: match get("group").filter(|v| !v.is_null()) {
                None => Some(None),
                Some(v) => v.scalar().map(|t| Some(t.trim().to_string())),
            },
            in_kind: match get("in_kind").and_then(|v| v.scalar()) {
                None if get("in_kind").is_none() => Some(false),
                Some("true") => Some(true),
                Some("false") => Some(false),
                _ => None,
            },
        }
    }

    fn may_count_in(&self, total: &DeclaredTotal) -> bool {
        self.direction.is_none_or(|d| d == total.direction)
            && total.group.as_ref().is_none_or(|g| {
                self.group
                    .as_ref()
                    .is_none_or(|own| own.as_ref() == Some(g))
            })
            && total
                .in_kind
                .is_none_or(|k| self.in_kind.is_none_or(|own| own == k))
    }
}

fn direction(f: &Fields, r: &mut Reader) -> Option<Direction> {
    match f.get("direction") {
        Some(n) => r.choice(n, "direction", &Direction::choices()),
        None => Some(Direction::Expense),
    }
}

fn line(node: &Node, r: &mut Reader) -> Option<BudgetLine> {
    let f = r.keyed(node, crate::msg!("place-budget-line"), &keys::BUDGET_LINE)?;
    let item = r.req_text(&f, "item", "Welkomstpakket");
    let direction = direction(&f, r);
    let in_kind = r.opt_bool(&f, "in_kind").unwrap_or(false);
    let amounts_given = f.get("amounts");
    let hours_given = f.get("hours");
    let rate_given = f.get("rate");
    let (amounts, hours, rate) = match (amounts_given, hours_given, rate_given) {
        (Some(a), None, None) => {
            let amounts = r.per_year(a, "amounts", |r, v| r.money(v, "amounts"));
            (amounts.map(strip_lines), BTreeMap::new(), None)
        }
        (None, Some(h), Some(rt)) => {
            let hours = r
                .per_year(h, "hours", |r, v| r.decimal(v, "hours"))
                .map(strip_lines);
            let rate = r.money(rt, "rate");
            let amounts = hours.as_ref().zip(rate).map(|(hours, rate)| {
                hours
                    .iter()
                    .map(|(year, h)| {
                        let amount = (*h * rate)
                            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
                        (*year, amount)
                    })
                    .collect()
            });
            (amounts, hours.unwrap_or_default(), rate)
        }
        (Some(_), _, _) => {
            r.error(
                f.line_of("hours").min(f.line_of("rate")),
                crate::msg!("budget-amounts-and-hours"),
            );
            (None, BTreeMap::new(), None)
        }
        (None, Some(_), None) => {
            r.error(f.line_of("hours"), crate::msg!("budget-hours-without-rate"));
            (None, BTreeMap::new(), None)
        }
        (None, None, Some(_)) => {
            r.error(f.line_of("rate"), crate::msg!("budget-rate-without-hours"));
            (None, BTreeMap::new(), None)
        }
        (None, None, None) => {
            r.error(f.line, crate::msg!("budget-line-without-amounts"));
            (None, BTreeMap::new(), None)
        }
    };
    Some(BudgetLine {
        item: item?,
        group: r.opt_text(&f, "group"),
        direction: direction?,
        in_kind,
        amounts: amounts?,
        hours,
        rate,
        area: r.opt_id(&f, "area"),
        room: r.opt_id(&f, "room"),
        initiative: r.opt_id(&f, "initiative"),
        organisation: r.opt_id(&f, "organisation"),
        page: r.opt_text(&f, "page").and_then(|t| one_line(&t)),
        figure: r.opt_text(&f, "figure").and_then(|t| one_line(&t)),
        section: r.opt_text(&f, "section").and_then(|t| one_line(&t)),
        note: r.opt_text(&f, "note").and_then(|t| one_line(&t)),
        line: node.line,
    })
}

/// Notes written as a YAML block keep the editor's line breaks; a reader (and a CSV cell)
/// wants paragraphs: lines joined with a space, paragraphs (split by an empty line) with
/// one empty line between them.
fn paragraphs(text: &str) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    (!out.is_empty()).then(|| out.join("\n\n"))
}

/// A line's page, figure and note are one line of text (a table cell, a CSV cell).
fn one_line(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The source's address becomes a link on the budget's pages: only a web address, so that
/// no `javascript:` or `file:` address reaches a reader.
fn check_url(url: &str, line: usize, r: &mut Reader) {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        r.error(
            line,
            crate::msg!(
                "budget-source-url-not-web",
                url = crate::diagnostics::quote_value(url)
            ),
        );
    }
}

/// A copy of the source lies under the content's `data/` folder: a relative path that
/// stays inside it.
fn check_source_file(file: &str, line: usize, r: &mut Reader) {
    let inside = !file.is_empty()
        && !file.starts_with('/')
        && !file.contains('\\')
        && !file.contains(':')
        && file
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..");
    if !inside {
        r.error(
            line,
            crate::msg!(
                "budget-source-file-not-inside",
                file = crate::diagnostics::quote_value(file)
            ),
        );
    } else if crate::model::source_file_kind(file).is_none() {
        // Published as it is: never a kind a browser runs script from (HTML, SVG).
        r.error(
            line,
            crate::msg!(
                "budget-source-file-kind",
                file = crate::diagnostics::quote_value(file)
            ),
        );
    }
}

fn strip_lines<T>(years: BTreeMap<i32, (T, usize)>) -> BTreeMap<i32, T> {
    years
        .into_iter()
        .map(|(year, (value, _))| (year, value))
        .collect()
}

fn total(node: &Node, r: &mut Reader) -> Option<DeclaredTotal> {
    let f = r.keyed(node, crate::msg!("place-budget-total"), &keys::BUDGET_TOTAL)?;
    if !f.has("direction") {
        r.error(f.line, crate::msg!("budget-total-without-direction"));
    }
    let direction = direction(&f, r).filter(|_| f.has("direction"));
    let amounts = r
        .required(&f, "amounts", "{ 2024: 105000 }")
        .and_then(|n| r.per_year(n, "amounts", |r, v| r.money(v, "amounts")));
    Some(DeclaredTotal {
        direction: direction?,
        group: r.opt_text(&f, "group"),
        in_kind: r.opt_bool(&f, "in_kind"),
        amounts: amounts?,
        line: node.line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn hours_times_rate_is_exact() {
        // Seed 003: 4687.5 hours at EUR 8.80 is EUR 41,250.00; 0.125 h rounds half away from zero.
        let mut r = Reader::new("b.yaml");
        let text = "title: T\nsource: S\nlines:\n  - { item: Uren, in_kind: true, hours: { 2017: 4687.5, 2018: 0.125 }, rate: 8.80 }\n";
        let budget = read(text, "b", &mut r).unwrap();
        assert!(r.diags.is_empty());
        let amounts = &budget.lines[0].amounts;
        assert_eq!(amounts[&2017], Decimal::new(4125000, 2));
        assert_eq!(amounts[&2018], Decimal::new(110, 2));
    }

    #[test]
    fn reads_provenance() {
        let mut r = Reader::new("data/budgets/x.yaml");
        let text = "title: T\nsource: S\nsource_url: https://example.nl/plan.pdf\nsource_file: documents/plan.pdf\nnotes: |\n  Een\n  twee.\n\n  Drie.\nlines:\n  - { item: A, page: 21, figure: Figuur 4, note: \"Let\\n  op\", amounts: { 2024: 1 } }\n";
        let budget = read(text, "x", &mut r).unwrap();
        assert!(r.diags.is_empty(), "{:?}", r.diags.sorted());
        assert_eq!(
            budget.source_url.as_deref(),
            Some("https://example.nl/plan.pdf")
        );
        assert_eq!(budget.source_file.as_deref(), Some("documents/plan.pdf"));
        assert_eq!(budget.notes.as_deref(), Some("Een twee.\n\nDrie."));
        let line = &budget.lines[0];
        assert_eq!(line.page.as_deref(), Some("21"));
        assert_eq!(line.figure.as_deref(), Some("Figuur 4"));
        assert_eq!(line.note.as_deref(), Some("Let op"));
    }

    #[test]
    fn rejects_unsafe_source_addresses() {
        let mut r = Reader::new("data/budgets/x.yaml");
        let text = "title: T\nsource: S\nsource_url: javascript:alert(1)\nsource_file: ../../etc/passwd\nlines:\n  - { item: A, amounts: { 2024: 1 } }\n";
        read(text, "x", &mut r);
        let found: Vec<(Option<usize>, &str)> = r
            .diags
            .sorted()
            .iter()
            .map(|d| (d.line, d.message.id))
            .collect();
        assert_eq!(
            found,
            [
                (Some(3), "budget-source-url-not-web"),
                (Some(4), "budget-source-file-not-inside")
            ]
        );
    }

    #[test]
    fn reads_lines_and_totals() {
        let mut r = Reader::new("data/budgets/x.yaml");
        let text = "title: T\nsource: S\nlines:\n  - { item: A, group: G, amounts: { 2024: 100.10 } }\n  - { item: B, in_kind: true, hours: { 2024: 2.5 }, rate: 8.805 }\n  - { item: C, direction: income, amounts: { 2024: -250.10 } }\ntotals:\n  - { direction: expense, group: G, amounts: { 2024: 100.10 } }\n";
        let budget = read(text, "x", &mut r);
        // The one problem: the rate's third decimal (the message is the money reader's).
        let found = r.diags.sorted();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].line, Some(5));
        assert!(found[0].message.text().contains("8.805"), "{}", found[0]);
        assert!(budget.is_none() || budget.unwrap().lines.len() == 2);
    }
}
