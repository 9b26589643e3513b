//! Exact sums of budget lines, per year, direction and kind, and how a change between two
//! years is written: the arithmetic every budget view shares.

use crate::model::{Budget, BudgetLine, Direction};
use crate::text::money::{format_euros, plain_amount};
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
    /// Plain decimal of the expense total, for machines.
    pub expense_plain: String,
}

pub type Entry<'a> = (&'a Budget, &'a BudgetLine);

pub fn sum(lines: &[Entry], year: i32, direction: Direction, in_kind: Option<bool>) -> Decimal {
    lines
        .iter()
        .filter(|(_, l)| l.direction == direction && in_kind.is_none_or(|k| l.in_kind == k))
        .filter_map(|(_, l)| l.amounts.get(&year))
        .copied()
        .sum()
}

pub fn totals(lines: &[Entry], year: i32) -> Totals {
    Totals {
        expense: format_euros(sum(lines, year, Direction::Expense, None)),
        expense_cash: format_euros(sum(lines, year, Direction::Expense, Some(false))),
        expense_in_kind: format_euros(sum(lines, year, Direction::Expense, Some(true))),
        income: format_euros(sum(lines, year, Direction::Income, None)),
        income_cash: format_euros(sum(lines, year, Direction::Income, Some(false))),
        income_in_kind: format_euros(sum(lines, year, Direction::Income, Some(true))),
        expense_plain: plain_amount(sum(lines, year, Direction::Expense, None)),
    }
}

/// `+€ 55.000` or `-€ 5.000,50`; zero is `€ 0`.
pub fn signed_euros(amount: Decimal) -> String {
    if amount > Decimal::ZERO {
        format!("+{}", format_euros(amount))
    } else {
        format_euros(amount)
    }
}

/// The change from `before` to `now` in percent with one decimal and a decimal comma,
/// like `+14,3%`; `None` when there is nothing to compare with.
pub fn percent_change(before: Decimal, now: Decimal) -> Option<String> {
    if before.is_zero() {
        return None;
    }
    let percent = ((now - before) / before.abs() * Decimal::ONE_HUNDRED).round_dp(1);
    let sign = if percent > Decimal::ZERO { "+" } else { "" };
    Some(format!(
        "{sign}{}%",
        format!("{percent:.1}").replace('.', ",")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_in_euros_and_percent() {
        assert_eq!(signed_euros(Decimal::new(55000, 0)), "+€ 55.000");
        assert_eq!(signed_euros(Decimal::new(-500050, 2)), "-€ 5.000,50");
        assert_eq!(
            percent_change(Decimal::new(105000, 0), Decimal::new(160000, 0)).as_deref(),
            Some("+52,4%")
        );
        assert_eq!(
            percent_change(Decimal::new(90000, 0), Decimal::new(35000, 0)).as_deref(),
            Some("-61,1%")
        );
        assert_eq!(percent_change(Decimal::ZERO, Decimal::ONE), None);
    }
}
