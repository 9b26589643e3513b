//! Exceptions to a room's ordinary week: closures, days with other hours and national
//! holidays, and on which dates an activity therefore does not take place.

use super::holidays::{holiday_on, Holiday, HolidayPolicy};
use super::words::{words, Words};
use super::{Activity, Room};
use jiff::civil::{Date, Time};

/// How many weeks ahead of the build date the room page lists its exceptions
/// ("afwijkende openingstijden") and `activities.csv` its cancelled dates.
pub const EXCEPTION_WEEKS: i64 = 8;

/// How many days ahead "open now" in the browser knows the exceptions: a year, so a page
/// that is not rebuilt for months still shows a holiday as closed.
pub const OPEN_NOW_DAYS: i64 = 366;

words! {
    /// A room's `holidays`: whether it closes on national holidays.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum RoomHolidays {
        /// As `site.yaml`'s `holidays` says (the default when the key is absent).
        Default = "default",
        /// Open on national holidays as on any other day.
        Open = "open",
        /// Closed on the Dutch national holidays, even when the site's policy is `none`.
        Closed = "closed",
    }
}

/// One entry of a room's `closures`: closed from `from` to `to` (inclusive), or, with
/// `hours`, open on that one date with other hours.
#[derive(Debug, Clone, PartialEq)]
pub struct Closure {
    pub from: Date,
    pub to: Date,
    pub hours: Option<(Time, Time)>,
    pub note: Option<String>,
    /// Line of the entry in its file, for messages.
    pub line: usize,
}

/// How one day differs from the room's ordinary week.
#[derive(Debug, Clone, PartialEq)]
pub struct DayException {
    /// `None`: closed all day; `Some`: open with these hours only.
    pub hours: Option<(Time, Time)>,
    /// Set when a national holiday alone is the reason.
    pub holiday: Option<Holiday>,
    /// The closure's note.
    pub note: Option<String>,
}

/// A run of days with the same exception, for the room page, its JSON-LD and "open now".
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptionSpan {
    pub from: Date,
    pub to: Date,
    pub exception: DayException,
}

/// Whether national holidays close this room.
pub fn holidays_apply(room: RoomHolidays, site: HolidayPolicy) -> bool {
    match room {
        RoomHolidays::Open => false,
        RoomHolidays::Closed => true,
        RoomHolidays::Default => site == HolidayPolicy::Nl,
    }
}

/// How `day` differs from the room's ordinary week, if it does. A closure with other hours
/// on that date wins over a closed range and a holiday (the contract: it "overrides the
/// holiday"); a closed range wins over a holiday (its note says more).
pub fn day_exception(room: &Room, policy: HolidayPolicy, day: Date) -> Option<DayException> {
    let covering = || {
        room.closures
            .iter()
            .filter(|c| c.from <= day && day <= c.to)
    };
    if let Some(c) = covering().find(|c| c.hours.is_some()) {
        return Some(DayException {
            hours: c.hours,
            holiday: None,
            note: c.note.clone(),
        });
    }
    if let Some(c) = covering().next() {
        return Some(DayException {
            hours: None,
            holiday: None,
            note: c.note.clone(),
        });
    }
    if holidays_apply(room.holidays, policy) {
        return holiday_on(day).map(|h| DayException {
            hours: None,
            holiday: Some(h),
            note: None,
        });
    }
    None
}

/// Whether `activity` of `room` takes place on `day`: its schedule has it, it is not
/// skipped, and the room is not closed then. On a day with other hours it takes place only
/// when it fits inside them.
pub fn takes_place(room: &Room, policy: HolidayPolicy, activity: &Activity, day: Date) -> bool {
    activity.schedule.occurs_on(day)
        && !activity.skip.contains(&day)
        && match day_exception(room, policy, day) {
            None => true,
            Some(DayException {
                hours: Some((from, to)),
                ..
            }) => from <= activity.from && activity.to <= to,
            Some(_) => false,
        }
}

/// The dates in `from..=to` on which the schedule has the activity but it does not take
/// place (a skip, a closure or a holiday), ascending.
pub fn cancelled_between(
    room: &Room,
    policy: HolidayPolicy,
    activity: &Activity,
    from: Date,
    to: Date,
) -> Vec<Date> {
    activity
        .schedule
        .dates_between(from, to)
        .into_iter()
        .filter(|d| !takes_place(room, policy, activity, *d))
        .collect()
}

/// Whether the room has anything on `day` in an ordinary week: opening hours, someone
/// present, or an activity. A holiday on a day the room is shut anyway is not worth a line.
fn has_something(room: &Room, day: Date) -> bool {
    let weekday = day.weekday();
    room.opening_hours.iter().any(|s| s.days.contains(&weekday))
        || room.presence.iter().any(|p| p.slot.days.contains(&weekday))
        || room.activities.iter().any(|a| a.schedule.occurs_on(day))
}

/// The room's exceptions in `from..=to`: consecutive days with the same exception become
/// one span; a holiday is listed only on a day the room would otherwise have something.
pub fn exceptions_between(
    room: &Room,
    policy: HolidayPolicy,
    from: Date,
    to: Date,
) -> Vec<ExceptionSpan> {
    let mut spans: Vec<ExceptionSpan> = Vec::new();
    let mut day = from;
    while day <= to {
        if let Some(exception) = day_exception(room, policy, day) {
            let listed = exception.holiday.is_none() || has_something(room, day);
            if listed {
                match spans.last_mut() {
                    Some(last)
                        if exception.holiday.is_none()
                            && last.exception == exception
                            && last.to.tomorrow().ok() == Some(day) =>
                    {
                        last.to = day;
                    }
                    _ => spans.push(ExceptionSpan {
                        from: day,
                        to: day,
                        exception,
                    }),
                }
            }
        }
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Schedule, TimeSlot};
    use jiff::civil::{date, time, Weekday};

    fn room() -> Room {
        crate::model::test_room()
    }

    fn monday_coffee() -> Activity {
        Activity {
            id: None,
            title: "Koffie".into(),
            schedule: Schedule::Weekly {
                days: vec![Weekday::Monday],
                interval: 1,
                starts: None,
                ends: None,
            },
            from: time(10, 0, 0, 0),
            to: time(12, 0, 0, 0),
            skip: vec![date(2026, 4, 20)],
            line: 1,
        }
    }

    #[test]
    fn a_holiday_closes_a_room_unless_it_says_open() {
        let mut r = room();
        let kings = date(2026, 4, 27);
        assert_eq!(
            day_exception(&r, HolidayPolicy::Nl, kings).and_then(|e| e.holiday),
            Some(Holiday::Koningsdag)
        );
        assert_eq!(day_exception(&r, HolidayPolicy::None, kings), None);
        r.holidays = RoomHolidays::Open;
        assert_eq!(day_exception(&r, HolidayPolicy::Nl, kings), None);
        r.holidays = RoomHolidays::Closed;
        assert!(day_exception(&r, HolidayPolicy::None, kings).is_some());
    }

    #[test]
    fn other_hours_override_a_holiday_and_a_closed_range() {
        let mut r = room();
        let kings = date(2026, 4, 27);
        r.closures = vec![
            Closure {
                from: date(2026, 4, 20),
                to: date(2026, 5, 1),
                hours: None,
                note: Some("Meivakantie".into()),
                line: 1,
            },
            Closure {
                from: kings,
                to: kings,
                hours: Some((time(9, 0, 0, 0), time(13, 0, 0, 0))),
                note: Some("Vrijmarkt".into()),
                line: 2,
            },
        ];
        let e = day_exception(&r, HolidayPolicy::Nl, kings).unwrap();
        assert_eq!(e.hours, Some((time(9, 0, 0, 0), time(13, 0, 0, 0))));
        let spans = exceptions_between(&r, HolidayPolicy::Nl, date(2026, 4, 15), date(2026, 5, 6));
        let shown: Vec<(Date, Date, Option<&str>)> = spans
            .iter()
            .map(|s| (s.from, s.to, s.exception.note.as_deref()))
            .collect();
        assert_eq!(
            shown,
            [
                (date(2026, 4, 20), date(2026, 4, 26), Some("Meivakantie")),
                (kings, kings, Some("Vrijmarkt")),
                (date(2026, 4, 28), date(2026, 5, 1), Some("Meivakantie")),
                // Bevrijdingsdag, a Tuesday: the room is open on Tuesdays.
                (date(2026, 5, 5), date(2026, 5, 5), None),
            ]
        );
        assert_eq!(spans[3].exception.holiday, Some(Holiday::Bevrijdingsdag));
    }

    #[test]
    fn activities_skip_holidays_closures_and_their_own_dates() {
        let mut r = room();
        let coffee = monday_coffee();
        r.activities = vec![coffee.clone()];
        // Skipped, Koningsdag, then an ordinary Monday.
        assert!(!takes_place(
            &r,
            HolidayPolicy::Nl,
            &coffee,
            date(2026, 4, 20)
        ));
        assert!(!takes_place(
            &r,
            HolidayPolicy::Nl,
            &coffee,
            date(2026, 4, 27)
        ));
        assert!(takes_place(
            &r,
            HolidayPolicy::Nl,
            &coffee,
            date(2026, 5, 4)
        ));
        assert!(takes_place(
            &r,
            HolidayPolicy::None,
            &coffee,
            date(2026, 4, 27)
        ));
        assert_eq!(
            cancelled_between(
                &r,
                HolidayPolicy::Nl,
                &coffee,
                date(2026, 4, 1),
                date(2026, 4, 30)
            ),
            [date(2026, 4, 6), date(2026, 4, 20), date(2026, 4, 27)]
        );
        // Open 09:00-11:00 on Koningsdag: a coffee till 12:00 does not fit.
        r.closures = vec![Closure {
            from: date(2026, 4, 27),
            to: date(2026, 4, 27),
            hours: Some((time(9, 0, 0, 0), time(11, 0, 0, 0))),
            note: None,
            line: 1,
        }];
        assert!(!takes_place(
            &r,
            HolidayPolicy::Nl,
            &coffee,
            date(2026, 4, 27)
        ));
        r.closures[0].hours = Some((time(9, 0, 0, 0), time(13, 0, 0, 0)));
        assert!(takes_place(
            &r,
            HolidayPolicy::Nl,
            &coffee,
            date(2026, 4, 27)
        ));
    }

    #[test]
    fn holidays_on_days_the_room_is_shut_anyway_are_not_listed() {
        let mut r = room();
        r.opening_hours = vec![TimeSlot {
            days: vec![Weekday::Wednesday],
            from: time(9, 0, 0, 0),
            to: time(12, 0, 0, 0),
            note: None,
        }];
        // Christmas 2025 falls on Thursday and Friday; Nieuwjaarsdag 2026 on a Thursday.
        assert!(
            exceptions_between(&r, HolidayPolicy::Nl, date(2025, 12, 1), date(2026, 1, 31))
                .is_empty()
        );
        r.opening_hours[0].days.push(Weekday::Thursday);
        let spans = exceptions_between(&r, HolidayPolicy::Nl, date(2025, 12, 1), date(2026, 1, 31));
        let days: Vec<Date> = spans.iter().map(|s| s.from).collect();
        assert_eq!(days, [date(2025, 12, 25), date(2026, 1, 1)]);
    }
}
