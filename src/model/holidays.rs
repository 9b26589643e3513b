//! The Dutch national holidays of a year, computed (Easter-based ones included), and the
//! site's policy for them.

use super::words::{words, Words};
use jiff::civil::{date, Date};
use jiff::ToSpan;

words! {
    /// `site.yaml`'s `holidays`: whose holidays close rooms by default.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum HolidayPolicy {
        /// The Dutch national holidays.
        Nl = "nl",
        /// No holidays: rooms keep their hours unless a closure says otherwise.
        None = "none",
    }
}

words! {
    /// A Dutch national holiday. Its word is the end of its name's key in the theme
    /// catalogues (`holiday_koningsdag`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Holiday {
        Nieuwjaarsdag = "nieuwjaarsdag",
        GoedeVrijdag = "goede_vrijdag",
        EerstePaasdag = "eerste_paasdag",
        TweedePaasdag = "tweede_paasdag",
        Koningsdag = "koningsdag",
        Bevrijdingsdag = "bevrijdingsdag",
        Hemelvaartsdag = "hemelvaartsdag",
        EerstePinksterdag = "eerste_pinksterdag",
        TweedePinksterdag = "tweede_pinksterdag",
        EersteKerstdag = "eerste_kerstdag",
        TweedeKerstdag = "tweede_kerstdag",
    }
}

/// Easter Sunday in the Gregorian calendar, by the "anonymous Gregorian algorithm"
/// (Meeus/Jones/Butcher: J. Meeus, *Astronomical Algorithms*, 2nd ed., 1998, ch. 8; also
/// <https://en.wikipedia.org/wiki/Date_of_Easter#Anonymous_Gregorian_algorithm>). Exact for
/// every Gregorian year; here years run 1583..=9999 (jiff's range), so it never fails.
/// Written out rather than taken from a crate: the one crate for it (`computus`) is little
/// used, and these ten lines are checked against known dates in the tests below.
pub fn easter(year: i16) -> Date {
    let y = i32::from(year.clamp(1583, 9999));
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(y as i16, month as i8, day as i8)
}

/// The Dutch national holidays of `year`, in date order.
pub fn holidays_in(year: i16) -> Vec<(Date, Holiday)> {
    let mut days = holidays_of(year).to_vec();
    // Bevrijdingsdag can fall on Ascension Day (as in 2008): both are kept, in date order.
    days.sort();
    days
}

/// The holiday on `day`, if any (the first by the enum's order when two fall together).
/// Asked for every room on every day a page shows, so it neither allocates nor sorts.
pub fn holiday_on(day: Date) -> Option<Holiday> {
    holidays_of(day.year())
        .into_iter()
        .filter(|(d, _)| *d == day)
        .map(|(_, h)| h)
        .min()
}

/// The Dutch national holidays of `year`, in the enum's order.
fn holidays_of(year: i16) -> [(Date, Holiday); 11] {
    let easter = easter(year);
    let from_easter = |days: i64| easter.checked_add(days.days()).unwrap_or(easter);
    // King's Day moves to the Saturday before when 27 April is a Sunday.
    let kings = date(year, 4, 27);
    let kings = if kings.weekday() == jiff::civil::Weekday::Sunday {
        date(year, 4, 26)
    } else {
        kings
    };
    [
        (date(year, 1, 1), Holiday::Nieuwjaarsdag),
        (from_easter(-2), Holiday::GoedeVrijdag),
        (easter, Holiday::EerstePaasdag),
        (from_easter(1), Holiday::TweedePaasdag),
        (kings, Holiday::Koningsdag),
        (date(year, 5, 5), Holiday::Bevrijdingsdag),
        (from_easter(39), Holiday::Hemelvaartsdag),
        (from_easter(49), Holiday::EerstePinksterdag),
        (from_easter(50), Holiday::TweedePinksterdag),
        (date(year, 12, 25), Holiday::EersteKerstdag),
        (date(year, 12, 26), Holiday::TweedeKerstdag),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_in_known_years() {
        // Dates from the tables of the Dutch government's holiday lists and Meeus.
        for (year, month, day) in [
            (2000, 4, 23),
            (2008, 3, 23),
            (2011, 4, 24),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(easter(year), date(year, month, day), "{year}");
        }
    }

    #[test]
    fn holidays_of_2026() {
        let days = holidays_in(2026);
        assert_eq!(
            days,
            [
                (date(2026, 1, 1), Holiday::Nieuwjaarsdag),
                (date(2026, 4, 3), Holiday::GoedeVrijdag),
                (date(2026, 4, 5), Holiday::EerstePaasdag),
                (date(2026, 4, 6), Holiday::TweedePaasdag),
                (date(2026, 4, 27), Holiday::Koningsdag),
                (date(2026, 5, 5), Holiday::Bevrijdingsdag),
                (date(2026, 5, 14), Holiday::Hemelvaartsdag),
                (date(2026, 5, 24), Holiday::EerstePinksterdag),
                (date(2026, 5, 25), Holiday::TweedePinksterdag),
                (date(2026, 12, 25), Holiday::EersteKerstdag),
                (date(2026, 12, 26), Holiday::TweedeKerstdag),
            ]
        );
    }

    #[test]
    fn kings_day_moves_to_saturday_when_the_27th_is_a_sunday() {
        // 27 April 2025 and 2031 are Sundays; 2024's is a Saturday and stays.
        assert_eq!(holiday_on(date(2025, 4, 26)), Some(Holiday::Koningsdag));
        assert_eq!(holiday_on(date(2025, 4, 27)), None);
        assert_eq!(holiday_on(date(2031, 4, 26)), Some(Holiday::Koningsdag));
        assert_eq!(holiday_on(date(2024, 4, 27)), Some(Holiday::Koningsdag));
    }

    #[test]
    fn easter_based_holidays_of_2025() {
        assert_eq!(holiday_on(date(2025, 4, 18)), Some(Holiday::GoedeVrijdag));
        assert_eq!(holiday_on(date(2025, 4, 21)), Some(Holiday::TweedePaasdag));
        assert_eq!(holiday_on(date(2025, 5, 29)), Some(Holiday::Hemelvaartsdag));
        assert_eq!(
            holiday_on(date(2025, 6, 8)),
            Some(Holiday::EerstePinksterdag)
        );
        assert_eq!(
            holiday_on(date(2025, 6, 9)),
            Some(Holiday::TweedePinksterdag)
        );
        assert_eq!(holiday_on(date(2025, 6, 10)), None);
    }

    #[test]
    fn policy_words() {
        assert_eq!(HolidayPolicy::parse("nl"), Some(HolidayPolicy::Nl));
        assert_eq!(HolidayPolicy::parse("none"), Some(HolidayPolicy::None));
        assert_eq!(Holiday::Koningsdag.as_str(), "koningsdag");
    }
}
