//! Opening hours and activity schedules, and which dates an activity happens on.

/// How many days the agenda shows ahead of the build date.
pub const AGENDA_DAYS: i64 = 28;

use super::words::{words, Words};
use jiff::civil::{Date, Time, Weekday};
use jiff::ToSpan;

/// Days and hours, like an opening-hours row: `{ days: [ma, di], from: "09:00", to: "17:00" }`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeSlot {
    pub days: Vec<Weekday>,
    pub from: Time,
    pub to: Time,
    pub note: Option<String>,
}

/// When an activity takes place.
#[derive(Debug, Clone, PartialEq)]
pub enum Schedule {
    /// On these weekdays, every `interval`-th week counted from `starts`.
    Weekly {
        days: Vec<Weekday>,
        interval: u32,
        starts: Option<Date>,
        ends: Option<Date>,
    },
    /// On the `nth` (1..=5, or -1..=-5 counted from the end) such weekday of each month.
    Monthly {
        days: Vec<Weekday>,
        nth: i8,
        starts: Option<Date>,
        ends: Option<Date>,
    },
    /// Once, on a date.
    Once { date: Date },
}

words! {
    /// How a schedule repeats, as the open data and the views name it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Repeat {
        Weekly = "weekly",
        Monthly = "monthly",
        Once = "once",
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    /// The editor's permanent id (`id`), unique within the room: its calendar `UID`.
    pub id: Option<String>,
    pub title: String,
    pub schedule: Schedule,
    pub from: Time,
    pub to: Time,
    /// Dates on which it does not take place (`skip`), ascending.
    pub skip: Vec<Date>,
    /// Line of the activity in its file, for messages.
    pub line: usize,
}

/// Dutch two-letter day codes in week order, Monday first.
pub const DUTCH_DAYS: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];
/// English two-letter day codes, accepted as well.
pub const ENGLISH_DAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

/// Reads a day code (`ma` or `mo`, any case).
pub fn parse_day(code: &str) -> Option<Weekday> {
    let code = code.trim().to_lowercase();
    let index = DUTCH_DAYS
        .iter()
        .position(|d| *d == code)
        .or_else(|| ENGLISH_DAYS.iter().position(|d| *d == code))?;
    Some(weekday_from_index(index))
}

/// Monday = 0.
pub fn weekday_from_index(index: usize) -> Weekday {
    Weekday::from_monday_zero_offset(index as i8).expect("index below 7")
}

/// The Dutch code of a weekday, as used in files and the open data.
pub fn day_code(day: Weekday) -> &'static str {
    DUTCH_DAYS[day.to_monday_zero_offset() as usize]
}

/// The Dutch codes of `days`, in their order.
pub fn day_codes(days: &[Weekday]) -> Vec<&'static str> {
    days.iter().copied().map(day_code).collect()
}

/// The English code of a weekday (`mo` .. `su`): also iCalendar's `BYDAY` code, in
/// capitals.
pub fn english_day_code(day: Weekday) -> &'static str {
    ENGLISH_DAYS[day.to_monday_zero_offset() as usize]
}

/// Weekdays are written with their Dutch codes; either language, in any case, is read.
impl Words for Weekday {
    const ALL: &'static [Weekday] = &[
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
    const WORDS: &'static [&'static str] = &DUTCH_DAYS;

    fn as_str(self) -> &'static str {
        day_code(self)
    }

    fn parse(word: &str) -> Option<Weekday> {
        parse_day(word)
    }
}

impl Schedule {
    pub fn repeat(&self) -> Repeat {
        match self {
            Schedule::Weekly { .. } => Repeat::Weekly,
            Schedule::Monthly { .. } => Repeat::Monthly,
            Schedule::Once { .. } => Repeat::Once,
        }
    }

    fn bounds(&self) -> (Option<Date>, Option<Date>) {
        match self {
            Schedule::Weekly { starts, ends, .. } | Schedule::Monthly { starts, ends, .. } => {
                (*starts, *ends)
            }
            Schedule::Once { date } => (Some(*date), Some(*date)),
        }
    }

    /// Whether every date of the schedule lies before `today`: a one-off activity that
    /// has been, or a series that ended. It is listed under "geweest", not as coming up.
    pub fn is_past(&self, today: Date) -> bool {
        match self {
            Schedule::Once { date } => *date < today,
            Schedule::Weekly { ends, .. } | Schedule::Monthly { ends, .. } => {
                ends.is_some_and(|e| e < today)
            }
        }
    }

    /// Whether the activity happens on `date`.
    pub fn occurs_on(&self, date: Date) -> bool {
        let (starts, ends) = self.bounds();
        if starts.is_some_and(|s| date < s) || ends.is_some_and(|e| date > e) {
            return false;
        }
        match self {
            Schedule::Once { date: once } => *once == date,
            Schedule::Weekly {
                days,
                interval,
                starts,
                ..
            } => {
                if !days.contains(&date.weekday()) {
                    return false;
                }
                match (interval, starts) {
                    (0 | 1, _) | (_, None) => true,
                    (interval, Some(starts)) => {
                        let weeks = (monday_of(date) - monday_of(*starts))
                            .get_days()
                            .div_euclid(7);
                        weeks.rem_euclid(*interval as i32) == 0
                    }
                }
            }
            Schedule::Monthly { days, nth, .. } => {
                let position = if *nth > 0 {
                    nth_weekday_in_month(date)
                } else {
                    nth_weekday_from_end(date)
                };
                days.contains(&date.weekday()) && position == *nth
            }
        }
    }

    /// How many dates in `from..=to` the activity happens on, without making them.
    pub fn count_between(&self, from: Date, to: Date) -> usize {
        // Most activities are weekly and run through the whole range: over whole weeks each
        // weekday comes equally often, so they are counted without a walk over the days
        // (the agenda's check counts every activity of the site on every build).
        if let Schedule::Weekly {
            days,
            interval: 0 | 1,
            starts,
            ends,
        } = self
        {
            let span = (to - from).get_days() as i64 + 1;
            let covered = starts.is_none_or(|s| s <= from) && ends.is_none_or(|e| e >= to);
            if covered && span > 0 && span % 7 == 0 {
                let mut distinct = days.clone();
                distinct.sort_by_key(|d| d.to_monday_zero_offset());
                distinct.dedup();
                return distinct.len() * (span / 7) as usize;
            }
        }
        let mut count = 0;
        let mut day = from;
        while day <= to {
            count += usize::from(self.occurs_on(day));
            match day.tomorrow() {
                Ok(next) => day = next,
                Err(_) => break,
            }
        }
        count
    }

    /// Every date in `from..=to` on which the activity happens, ascending.
    pub fn dates_between(&self, from: Date, to: Date) -> Vec<Date> {
        let mut dates = Vec::new();
        let mut day = from;
        while day <= to {
            if self.occurs_on(day) {
                dates.push(day);
            }
            match day.tomorrow() {
                Ok(next) => day = next,
                Err(_) => break,
            }
        }
        dates
    }
}

fn monday_of(date: Date) -> Date {
    date - (date.weekday().to_monday_zero_offset() as i64).days()
}

/// 1 for the first such weekday of its month, 2 for the second, ...
fn nth_weekday_in_month(date: Date) -> i8 {
    (date.day() - 1) / 7 + 1
}

/// -1 for the last such weekday of its month, -2 for the one before, ...
fn nth_weekday_from_end(date: Date) -> i8 {
    -((date.days_in_month() - date.day()) / 7 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn day_codes_in_both_languages() {
        assert_eq!(parse_day("ma"), Some(Weekday::Monday));
        assert_eq!(parse_day("ZO"), Some(Weekday::Sunday));
        assert_eq!(parse_day("th"), Some(Weekday::Thursday));
        assert_eq!(parse_day("xx"), None);
        assert_eq!(day_code(Weekday::Wednesday), "wo");
    }

    #[test]
    fn every_other_week_counts_from_starts() {
        let schedule = Schedule::Weekly {
            days: vec![Weekday::Wednesday],
            interval: 2,
            starts: Some(date(2024, 1, 3)),
            ends: Some(date(2024, 2, 28)),
        };
        let dates = schedule.dates_between(date(2023, 12, 1), date(2024, 3, 31));
        assert_eq!(
            dates,
            [
                date(2024, 1, 3),
                date(2024, 1, 17),
                date(2024, 1, 31),
                date(2024, 2, 14),
                date(2024, 2, 28)
            ]
        );
    }

    #[test]
    fn first_and_last_weekday_of_month() {
        let first = Schedule::Monthly {
            days: vec![Weekday::Wednesday],
            nth: 1,
            starts: None,
            ends: None,
        };
        let last = Schedule::Monthly {
            days: vec![Weekday::Wednesday],
            nth: -1,
            starts: None,
            ends: None,
        };
        let range = (date(2024, 1, 1), date(2024, 3, 31));
        assert_eq!(
            first.dates_between(range.0, range.1),
            [date(2024, 1, 3), date(2024, 2, 7), date(2024, 3, 6)]
        );
        assert_eq!(
            last.dates_between(range.0, range.1),
            [date(2024, 1, 31), date(2024, 2, 28), date(2024, 3, 27)]
        );
    }

    #[test]
    fn weekly_starts_and_ends_are_inclusive() {
        let schedule = Schedule::Weekly {
            days: vec![Weekday::Tuesday, Weekday::Thursday],
            interval: 1,
            starts: Some(date(2025, 3, 11)),
            ends: Some(date(2025, 3, 20)),
        };
        assert_eq!(
            schedule.dates_between(date(2025, 3, 1), date(2025, 3, 31)),
            [
                date(2025, 3, 11),
                date(2025, 3, 13),
                date(2025, 3, 18),
                date(2025, 3, 20)
            ]
        );
    }

    #[test]
    fn every_other_week_across_the_change_of_year() {
        let schedule = Schedule::Weekly {
            days: vec![Weekday::Monday],
            interval: 2,
            starts: Some(date(2025, 12, 15)),
            ends: None,
        };
        assert_eq!(
            schedule.dates_between(date(2025, 12, 1), date(2026, 1, 31)),
            [
                date(2025, 12, 15),
                date(2025, 12, 29),
                date(2026, 1, 12),
                date(2026, 1, 26)
            ]
        );
    }

    #[test]
    fn a_fifth_weekday_only_in_months_that_have_one() {
        let fifth = Schedule::Monthly {
            days: vec![Weekday::Saturday],
            nth: 5,
            starts: None,
            ends: None,
        };
        // March 2025 has five Saturdays (the 29th is the fifth), April four, May five.
        assert_eq!(
            fifth.dates_between(date(2025, 3, 1), date(2025, 5, 31)),
            [date(2025, 3, 29), date(2025, 5, 31)]
        );
    }

    #[test]
    fn second_to_last_weekday_and_bounds_on_monthly() {
        let schedule = Schedule::Monthly {
            days: vec![Weekday::Friday],
            nth: -2,
            starts: Some(date(2025, 2, 1)),
            ends: Some(date(2025, 4, 30)),
        };
        assert_eq!(
            schedule.dates_between(date(2025, 1, 1), date(2025, 6, 30)),
            [date(2025, 2, 21), date(2025, 3, 21), date(2025, 4, 18)]
        );
    }

    #[test]
    fn counting_agrees_with_the_dates() {
        let range = (date(2025, 11, 23), date(2025, 12, 20));
        let schedules = [
            Schedule::Weekly {
                days: vec![Weekday::Monday, Weekday::Friday, Weekday::Monday],
                interval: 1,
                starts: None,
                ends: None,
            },
            Schedule::Weekly {
                days: vec![Weekday::Sunday],
                interval: 0,
                starts: Some(date(2025, 1, 1)),
                ends: Some(date(2026, 1, 1)),
            },
            Schedule::Weekly {
                days: vec![Weekday::Tuesday],
                interval: 1,
                starts: Some(date(2025, 12, 1)),
                ends: None,
            },
            Schedule::Weekly {
                days: vec![Weekday::Wednesday],
                interval: 2,
                starts: Some(date(2025, 11, 5)),
                ends: None,
            },
            Schedule::Monthly {
                days: vec![Weekday::Saturday],
                nth: -1,
                starts: None,
                ends: None,
            },
        ];
        for schedule in &schedules {
            assert_eq!(
                schedule.count_between(range.0, range.1),
                schedule.dates_between(range.0, range.1).len(),
                "{schedule:?}"
            );
        }
        // The fast path: two distinct days (Monday twice) in four whole weeks.
        assert_eq!(schedules[0].count_between(range.0, range.1), 8);
    }

    #[test]
    fn once_is_once() {
        let once = Schedule::Once {
            date: date(2025, 3, 15),
        };
        assert_eq!(
            once.dates_between(date(2025, 1, 1), date(2025, 12, 31)),
            [date(2025, 3, 15)]
        );
        assert_eq!(once.count_between(date(2025, 1, 1), date(2025, 12, 31)), 1);
    }
}
