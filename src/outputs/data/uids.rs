//! The stable `UID`s of the activities in `agenda.ics` (and `activities.csv`): from the
//! activity's `id`, or from its room, first occurrence and start time, never from its title
//! or its place in the list (see the notes of `ics`).

use crate::model::{Activity, Room, Schedule, Site};
use jiff::civil::Date;

/// Where a repeating activity without `starts`, in a room without `opened`, starts.
pub const DEFAULT_START: Date = jiff::civil::date(2024, 1, 1);

/// How far ahead the first occurrence of an activity is looked for.
const SEARCH_DAYS: i64 = 3 * 366;

/// The first date on or after `from` (and not after `ends`) on which the schedule happens.
pub(super) fn first_occurrence(schedule: &Schedule, from: Date) -> Option<Date> {
    let mut date = from;
    for _ in 0..SEARCH_DAYS {
        if schedule.occurs_on(date) {
            return Some(date);
        }
        date = date.tomorrow().ok()?;
    }
    None
}

/// The first date of an activity's schedule: its date, or the first occurrence on or after
/// `starts` (or the room's `opened`, or [`DEFAULT_START`]). `None` when there is none.
pub(super) fn first_date(room: &Room, activity: &Activity) -> Option<Date> {
    let anchor = room.opened.unwrap_or(DEFAULT_START);
    match &activity.schedule {
        Schedule::Once { date } => Some(*date),
        Schedule::Weekly { starts, .. } | Schedule::Monthly { starts, .. } => {
            first_occurrence(&activity.schedule, starts.unwrap_or(anchor))
        }
    }
}

/// The part of a `UID` before the host: the `id`, or the first date and start time.
fn uid_key(room: &Room, activity: &Activity) -> String {
    match &activity.id {
        Some(id) => id.clone(),
        None => {
            let first = first_date(room, activity)
                .or(match &activity.schedule {
                    Schedule::Weekly { starts, .. } | Schedule::Monthly { starts, .. } => *starts,
                    Schedule::Once { date } => Some(*date),
                })
                .unwrap_or(room.opened.unwrap_or(DEFAULT_START));
            format!(
                "{}T{}",
                first.strftime("%Y%m%d"),
                activity.from.strftime("%H%M")
            )
        }
    }
}

/// The stable `UID` of a room's `number`-th activity (1-based); see the module's notes.
pub fn uid(site: &Site, room: &Room, number: usize) -> String {
    let index = number.saturating_sub(1);
    let Some(activity) = room.activities.get(index) else {
        return String::new();
    };
    let key = uid_key(room, activity);
    let twins = if activity.id.is_some() {
        0
    } else {
        room.activities[..index]
            .iter()
            .filter(|a| a.id.is_none() && uid_key(room, a) == key)
            .count()
    };
    let suffix = if twins > 0 {
        format!("-{}", twins + 1)
    } else {
        String::new()
    };
    format!("{}-{key}{suffix}@{}", room.id, host(&site.config.base_url))
}

/// The host of an address: `https://kamers.example.nl:8080/x/` gives `kamers.example.nl`.
pub(super) fn host(base_url: &str) -> &str {
    let rest = base_url
        .find("://")
        .map_or(base_url, |i| &base_url[i + 3..]);
    let rest = rest.split('/').next().unwrap_or(rest);
    let rest = rest.rsplit('@').next().unwrap_or(rest);
    rest.split(':').next().unwrap_or(rest)
}
