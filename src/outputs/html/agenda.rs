//! The agenda as the pages show it: every activity's occurrences from a date on, by day,
//! with holidays, closures and skipped dates left out, and the same days filtered by area.

use crate::model::exceptions::takes_place;
use crate::model::schedule::day_code;
pub use crate::model::schedule::AGENDA_DAYS;
use crate::outputs::html::views::{iso, ActivityView, Link, Viewer};
use jiff::ToSpan;
use serde::Serialize;
use std::sync::Arc;

#[derive(Serialize)]
pub struct AgendaItem {
    // Shared: a weekly activity is on the agenda four times, and a large site's agenda
    // holds tens of thousands of items.
    #[serde(flatten)]
    pub activity: Arc<ActivityView>,
    pub date: String,
    /// The area of the activity's room, for the agenda's filter.
    pub area: Arc<Link>,
    /// Start and end as RFC 3339 in the site's time zone, like `2025-03-30T10:00:00+02:00`.
    pub start: String,
    pub end: String,
}

#[derive(Serialize)]
pub struct AgendaDay {
    pub date: String,
    pub day: &'static str,
    pub items: Vec<AgendaItem>,
}

/// The agenda from the build date for `days` days, by day.
pub fn agenda(viewer: &Viewer, days: i64) -> Vec<AgendaDay> {
    agenda_from(viewer, viewer.site.build_date, days)
}

/// The moment a civil time on a date happens in `tz`, as RFC 3339 with its offset. A time
/// that does not exist (skipped when summer time starts) moves forward, as clocks do.
pub fn zoned_stamp(
    date: jiff::civil::Date,
    time: jiff::civil::Time,
    tz: &jiff::tz::TimeZone,
) -> String {
    match date.to_datetime(time).to_zoned(tz.clone()) {
        Ok(zoned) => zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => format!("{}T{}", iso(date), time.strftime("%H:%M:%S")),
    }
}

/// Every activity of every open room from `start` for `days` days, by day; days without
/// activities are left out. Within a day, items run by start time, then room, then title.
pub fn agenda_from(viewer: &Viewer, start: jiff::civil::Date, days: i64) -> Vec<AgendaDay> {
    let site = viewer.site;
    let end = start.checked_add((days - 1).days()).unwrap_or(start);
    let mut by_day: Vec<AgendaDay> = Vec::new();
    // A room's activity views are made when one of its activities first occurs, not for
    // every room on every day.
    let mut views: Vec<Option<Vec<Arc<ActivityView>>>> = Vec::new();
    views.resize_with(site.rooms.len(), || None);
    let mut area_links: std::collections::HashMap<&str, Arc<Link>> = Default::default();
    let mut day = start;
    while day <= end {
        let mut items: Vec<AgendaItem> = Vec::new();
        for (index, room) in site.rooms.iter().enumerate() {
            if room.status != crate::model::RoomStatus::Open {
                continue;
            }
            for (number, activity) in room.activities.iter().enumerate() {
                // Holidays, closures and `skip` take the day out (model::exceptions).
                if takes_place(room, site.config.holidays, activity, day) {
                    let Some(area) = site.area(&room.area.id) else {
                        continue;
                    };
                    let view = Arc::clone(
                        &views[index].get_or_insert_with(|| {
                            viewer
                                .activity_views(room)
                                .into_iter()
                                .map(Arc::new)
                                .collect()
                        })[number],
                    );
                    let area_link = area_links
                        .entry(area.id.as_str())
                        .or_insert_with(|| Arc::new(viewer.area_link(area)));
                    items.push(AgendaItem {
                        activity: view,
                        date: iso(day),
                        area: Arc::clone(area_link),
                        start: zoned_stamp(day, activity.from, &site.config.timezone),
                        end: zoned_stamp(day, activity.to, &site.config.timezone),
                    });
                }
            }
        }
        items.sort_by(|a, b| {
            (&a.activity.from, &a.activity.room.name, &a.activity.title).cmp(&(
                &b.activity.from,
                &b.activity.room.name,
                &b.activity.title,
            ))
        });
        if !items.is_empty() {
            by_day.push(AgendaDay {
                date: iso(day),
                day: day_code(day.weekday()),
                items,
            });
        }
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    by_day
}

/// An area in the agenda's filter: its agenda page and how many items it has.
#[derive(Serialize)]
pub(super) struct AgendaFilter {
    #[serde(flatten)]
    pub link: Link,
    pub agenda_url: String,
    pub count: usize,
}

/// A day of the agenda with only the items in one area (all of them for `""`).
#[derive(Serialize)]
pub(super) struct AgendaDayIn<'a> {
    pub date: &'a str,
    pub day: &'static str,
    pub items: Vec<&'a AgendaItem>,
}

pub(super) fn agenda_in_area<'a>(days: &'a [AgendaDay], area: &str) -> Vec<AgendaDayIn<'a>> {
    days.iter()
        .map(|d| AgendaDayIn {
            date: &d.date,
            day: d.day,
            items: d
                .items
                .iter()
                .filter(|i| area.is_empty() || i.area.id == area)
                .collect(),
        })
        .filter(|d| !d.items.is_empty())
        .collect()
}
