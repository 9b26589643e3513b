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
                Some(e) if e.hours.is_some() => "the room has other hours then".to_string(),
                Some(e) => match (e.holiday, e.note) {
                    (Some(h), _) => {
                        format!("the room is closed on national holidays ({})", h.as_str())
                    }
                    (None, Some(note)) => format!("the room is closed then ({note})"),
                    (None, None) => "the room is closed then".to_string(),
                },
                None => continue,
            };
            diags.push(Diagnostic::warning(
                &room.path,
                Some(activity.line),
                format!(
                    "`{}` on {date} is not shown in the agenda: {why}; if it does take place, add a closure with its hours, like `{{ date: {date}, from: \"{}\", to: \"{}\" }}`, or `holidays: open` to the room",
                    activity.title,
                    activity.from.strftime("%H:%M"),
                    activity.to.strftime("%H:%M"),
                ),
            ));
        }
    }
}
