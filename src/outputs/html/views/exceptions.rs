//! The views of a room's exceptions: the "afwijkende openingstijden" of the coming weeks on
//! its page, and the year of exceptions "open now" works from in the browser.

use super::{hhmm, iso};
use crate::model::exceptions::{exceptions_between, ExceptionSpan, EXCEPTION_WEEKS, OPEN_NOW_DAYS};
use crate::model::schedule::day_code;
use crate::model::{Room, Site};
use jiff::civil::Date;
use jiff::ToSpan;
use serde::Serialize;

/// One run of days that differ from the ordinary week.
#[derive(Serialize, Clone)]
pub struct ExceptionView {
    /// First and last day (ISO), equal for one day.
    pub from: String,
    pub to: String,
    /// Their weekdays' codes (`ma` .. `zo`), for "maandag 27 april 2026".
    pub from_day: &'static str,
    pub to_day: &'static str,
    /// Opening hours that day, when it is open with other hours; absent when closed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opens: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closes: Option<String>,
    /// The holiday's word (`koningsdag`); its name is `holiday_<word>` in the catalogues.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holiday: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A room's exceptions, as its page shows them.
#[derive(Serialize)]
pub struct RoomExceptions {
    /// The coming [`EXCEPTION_WEEKS`] weeks from the build date.
    pub coming: Vec<ExceptionView>,
    pub weeks: i64,
    /// The last day of that window (ISO).
    pub until: String,
    /// A year of exceptions for open-now.js, as JSON (printed in an attribute, escaped).
    pub open_now: String,
    /// The holiday words that occur in `open_now`, so the page gives their names.
    pub holidays: Vec<&'static str>,
}

fn view(span: &ExceptionSpan) -> ExceptionView {
    let e = &span.exception;
    ExceptionView {
        from: iso(span.from),
        to: iso(span.to),
        from_day: day_code(span.from.weekday()),
        to_day: day_code(span.to.weekday()),
        opens: e.hours.map(|(from, _)| hhmm(from)),
        closes: e.hours.map(|(_, to)| hhmm(to)),
        holiday: e.holiday.map(|h| h.as_str()),
        note: e.note.clone(),
    }
}

/// The last day of a window of `days` days starting on `start`.
fn window_end(start: Date, days: i64) -> Date {
    start.checked_add((days - 1).days()).unwrap_or(start)
}

/// The exceptions of `room` from the build date: [`EXCEPTION_WEEKS`] weeks for the page,
/// [`OPEN_NOW_DAYS`] for the script.
pub fn room_exceptions(site: &Site, room: &Room) -> RoomExceptions {
    let policy = site.config.holidays;
    let start = site.build_date;
    let until = window_end(start, EXCEPTION_WEEKS * 7);
    let year: Vec<ExceptionView> =
        exceptions_between(room, policy, start, window_end(start, OPEN_NOW_DAYS))
            .iter()
            .map(view)
            .collect();
    let coming = exceptions_between(room, policy, start, until)
        .iter()
        .map(view)
        .collect();
    let mut holidays: Vec<&'static str> = year.iter().filter_map(|e| e.holiday).collect();
    holidays.sort_unstable();
    holidays.dedup();
    RoomExceptions {
        coming,
        weeks: EXCEPTION_WEEKS,
        until: iso(until),
        open_now: serde_json::to_string(&year).expect("exception views serialise"),
        holidays,
    }
}
