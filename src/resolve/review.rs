//! Review dates: an open room, a running initiative or an organisation that nobody has
//! checked against reality for longer than `review_after_days` (`reviewed`, or without it
//! the file's last change in Git) gets a warning, so that stale facts do not stay up
//! unnoticed. A date after the build date is a mistake and gets one too.

use crate::diagnostics::Diagnostics;
use crate::model::*;

/// Warns for every item due for a review on the build date.
pub(super) fn check(site: &Site, diags: &mut Diagnostics) {
    let items = site
        .rooms
        .iter()
        .map(|x| (&x.path, x.text.publication, x.status == RoomStatus::Open))
        .chain(
            site.areas
                .iter()
                .map(|x| (&x.path, x.text.publication, false)),
        )
        .chain(site.initiatives.iter().map(|x| {
            let running = x.status == InitiativeStatus::Running;
            (&x.path, x.text.publication, running)
        }))
        .chain(
            site.organisations
                .iter()
                .map(|x| (&x.path, x.text.publication, true)),
        )
        .chain(
            site.pages
                .iter()
                .map(|x| (&x.path, x.text.publication, false)),
        );
    let today = site.build_date;
    let days = i64::from(site.config.review_after_days);
    let today_text = today.to_string();
    for (path, publication, kept_up) in items {
        if let Some((date, line)) = publication.reviewed {
            if date > today {
                let (date, today) = (date.to_string(), today.to_string());
                let message = crate::msg!("reviewed-in-future", date = date, today = today);
                diags.warning(path, line, message);
                continue;
            }
        }
        if !kept_up {
            continue;
        }
        match publication.reviewed {
            Some((date, line)) => {
                let age = age_in_days(date, today);
                if age > days {
                    let (date, today) = (date.to_string(), today_text.as_str());
                    let message = due(&date, age, days, today);
                    diags.warning(path, line, message);
                }
            }
            None => {
                // Without history (or with changes not committed yet) the file is as new
                // as the build: nothing to warn about.
                let Some(changed) = site.history.modified(path) else {
                    continue;
                };
                let changed = changed.to_zoned(site.config.timezone.clone()).date();
                let age = age_in_days(changed, today);
                if age > days {
                    let (date, today) = (changed.to_string(), today_text.as_str());
                    let message = due_changed(&date, age, days, today);
                    diags.push(crate::diagnostics::Diagnostic::warning(path, None, message));
                }
            }
        }
    }
}

// One line, so that the catalogue's tests find the message and its values.
#[rustfmt::skip]
fn due(date: &str, age: i64, days: i64, today: &str) -> crate::messages::Message {
    crate::msg!("review-due", date = date, age = age, days = days, today = today)
}

// One line, so that the catalogue's tests find the message and its values.
#[rustfmt::skip]
fn due_changed(date: &str, age: i64, days: i64, today: &str) -> crate::messages::Message {
    crate::msg!("review-due-changed", date = date, age = age, days = days, today = today)
}

/// Whole days from `from` to `to`.
fn age_in_days(from: jiff::civil::Date, to: jiff::civil::Date) -> i64 {
    from.until((jiff::Unit::Day, to))
        .map_or(0, |span| i64::from(span.get_days()))
}
