//! The limits that only the whole site can be held to: how many occurrences the agenda would
//! hold and how many figures the budgets hold together, checked before any is made.

use crate::diagnostics::Diagnostics;
use crate::limits::{MAX_AGENDA_OCCURRENCES, MAX_AREA_AGENDA_OCCURRENCES, MAX_BUDGET_FIGURES};
use crate::model::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Refuses budgets that hold more figures (amounts and hours, per line and year) than
/// [`MAX_BUDGET_FIGURES`] together, naming the budget with the most.
pub(super) fn check_budget_size(budgets: &[Budget], diags: &mut Diagnostics) {
    let figures = |b: &Budget| -> usize {
        b.lines
            .iter()
            .map(|l| l.amounts.len() + l.hours.len())
            .sum()
    };
    let total: usize = budgets.iter().map(figures).sum();
    if total <= MAX_BUDGET_FIGURES {
        return;
    }
    // The first of equals, so the message does not depend on how many there are.
    if let Some(largest) = budgets.iter().min_by_key(|b| std::cmp::Reverse(figures(b))) {
        diags.error(
            &largest.path,
            1,
            crate::msg!(
                "budget-too-many-figures",
                total = total,
                limit = MAX_BUDGET_FIGURES,
                count = figures(largest)
            ),
        );
    }
}

/// Refuses a site whose four-week agenda would hold more occurrences than
/// [`MAX_AGENDA_OCCURRENCES`], or an area whose agenda page would hold more than
/// [`MAX_AREA_AGENDA_OCCURRENCES`], before a single one is made: counted per room, and the
/// room that adds the most is named.
pub(super) fn check_agenda_size(
    rooms: &[Arc<Room>],
    build_date: jiff::civil::Date,
    diags: &mut Diagnostics,
) {
    use rayon::prelude::*;
    let days = crate::model::schedule::AGENDA_DAYS;
    let end = build_date
        .checked_add(jiff::Span::new().days(days - 1))
        .unwrap_or(build_date);
    let counts: Vec<usize> = rooms
        .par_iter()
        .map(|room| {
            if room.status != RoomStatus::Open {
                return 0;
            }
            room.activities
                .iter()
                .map(|a| a.schedule.count_between(build_date, end))
                .sum()
        })
        .collect();
    // The busiest of `indices` (the first of equals) and its count.
    let busiest = |indices: &mut dyn Iterator<Item = usize>| {
        indices
            .map(|i| (i, counts[i]))
            .max_by_key(|(i, count)| (*count, std::cmp::Reverse(*i)))
    };
    let mut by_area: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, room) in rooms.iter().enumerate() {
        by_area
            .entry(room.area.id.as_str())
            .or_default()
            .push(index);
    }
    for (area, indices) in &by_area {
        let total: usize = indices.iter().map(|i| counts[*i]).sum();
        if total <= MAX_AREA_AGENDA_OCCURRENCES {
            continue;
        }
        if let Some((index, most)) = busiest(&mut indices.iter().copied()) {
            let room = &rooms[index];
            diags.push(crate::diagnostics::Diagnostic::error(
                &room.path,
                room.activities.first().map(|a| a.line),
                crate::msg!(
                    "agenda-area-too-full",
                    area = *area,
                    total = total,
                    days = days,
                    limit = MAX_AREA_AGENDA_OCCURRENCES,
                    most = most
                ),
            ));
        }
    }
    let total: usize = counts.iter().sum();
    if total <= MAX_AGENDA_OCCURRENCES {
        return;
    }
    if let Some((index, most)) = busiest(&mut (0..rooms.len())) {
        let room = &rooms[index];
        diags.push(crate::diagnostics::Diagnostic::error(
            &room.path,
            room.activities.first().map(|a| a.line),
            crate::msg!(
                "agenda-site-too-full",
                total = total,
                days = days,
                limit = MAX_AGENDA_OCCURRENCES,
                most = most
            ),
        ));
    }
}
