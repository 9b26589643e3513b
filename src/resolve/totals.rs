//! A budget's declared totals against the sum of its lines, to the cent: a total that
//! differs is an error naming the year, what it adds up and the difference.

use crate::diagnostics::Diagnostics;
use crate::model::Budget;
use crate::text::money::format_euros_with_cents as format_euros;

pub(super) fn check(budget: &Budget, diags: &mut Diagnostics) {
    for total in &budget.totals {
        for (year, (declared, line)) in &total.amounts {
            let summed = budget.sum(*year, |l| total.matches(l));
            if summed != *declared {
                let mut what = vec![total.direction.as_str().to_string()];
                if let Some(group) = &total.group {
                    what.push(crate::msg!("budget-total-group", group = group).text());
                }
                if let Some(in_kind) = total.in_kind {
                    what.push(if in_kind {
                        crate::msg!("budget-total-in-kind").text()
                    } else {
                        crate::msg!("budget-total-cash").text()
                    });
                }
                diags.error(
                    &budget.path,
                    *line,
                    crate::msg!(
                        "budget-total-mismatch",
                        year = year.to_string(),
                        what = what.join(", "),
                        declared = format_euros(*declared),
                        summed = format_euros(summed),
                        difference = format_euros(*declared - summed),
                    ),
                );
            }
        }
    }
}
