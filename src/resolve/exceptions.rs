//! Warns about a one-off activity on a day its room is closed (a national holiday by the
//! site's policy, or a closure): the agenda leaves it out, which an editor who dated it on
//! purpose would not expect.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::exceptions::{day_exception, takes_place};
use crate::model::{HolidayPolicy, Room, RoomStatus, Schedule};
use jiff::civil::Date;
use std::sync::Arc;

pub(super) fn check_dated_activities(
    rooms: &[Arc<Room>],
    policy: HolidayPolicy,
    build_date: Date,
    diags: &mut Diagnostics,
) {
    for room in rooms.iter().filter(|r| r.status == RoomStatus::Open) {
        for activity in &room.activities {
            let Schedule::Once { date } = activity.schedule else {
                continue;
            };
            if date < build_date
                || activity.skip.contains(&date)
                || takes_place(room, policy, activity, date)
            {
                continue;
            }
            let why = match day_exception(room, policy, date) {
                Some(e) if e.hours.is_some() => crate::msg!("activity-why-other-hours"),
                Some(e) => match (e.holiday, e.note) {
                    (Some(h), _) => crate::msg!("activity-why-holiday", holiday = h.as_str()),
                    (None, Some(note)) => crate::msg!("activity-why-closed-note", note = note),
                    (None, None) => crate::msg!("activity-why-closed"),
                },
                None => continue,
            };
            diags.push(Diagnostic::warning(
                &room.path,
                Some(activity.line),
                crate::msg!(
                    "activity-not-shown",
                    title = activity.title.as_str(),
                    date = date.to_string(),
                    why = why.text(),
                    from = activity.from.strftime("%H:%M").to_string(),
                    to = activity.to.strftime("%H:%M").to_string(),
                ),
            ));
        }
    }
}
