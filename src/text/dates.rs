//! Dates and times as the site writes them in data and attributes: ISO 8601 dates and
//! 24-hour times.

use jiff::civil::{Date, Time};

/// `2025-03-15`.
pub fn iso(date: Date) -> String {
    date.strftime("%Y-%m-%d").to_string()
}

/// `09:30`.
pub fn hhmm(time: Time) -> String {
    time.strftime("%H:%M").to_string()
}
