//! iCalendar files (RFC 5545): `data/agenda.ics` with the activities of every room, and
//! `kamers/<id>/agenda.ics` beside each room's page.
//!
//! - Times are local to the site's time zone, written with `TZID` and a `VTIMEZONE` made from
//!   the zone's rules in the build year (`RRULE`s like `BYMONTH=3;BYDAY=-1SU`, or the actual
//!   transitions for a zone that follows no such rule).
//! - A weekly activity is `RRULE:FREQ=WEEKLY;BYDAY=..` (with `INTERVAL=n` for every n-th
//!   week), a monthly one `FREQ=MONTHLY;BYDAY=1WE` or `-1WE`, a dated one a single event.
//!   `ends` becomes `UNTIL`, the end of that day in UTC.
//! - `DTSTART` is the first occurrence on or after `starts`; an activity without `starts`
//!   counts from the room's `opened` date, or from [`DEFAULT_START`] (2024-01-01) for a room
//!   without one, never from the build date, so that the file does not change every day.
//! - `UID` is `<room>-<id>@<host of base_url>` for an activity with an `id`; otherwise
//!   `<room>-<first occurrence, YYYYMMDD>T<start, HHMM>@<host>` (`-2`, `-3` .. added for a
//!   second activity of the room with the same), never from the title or the activity's place
//!   in the list, so that renaming or reordering activities keeps their `UID`s. `DTSTAMP` is
//!   the build time.
//! - A date the schedule has but the activity does not take place on (a `skip`, a closure of
//!   the room, a national holiday; see model::exceptions) is an `EXDATE` with the `TZID` and
//!   start time of `DTSTART`, from the first occurrence to the end of the year after the build
//!   year; the `RRULE` stays as written. A one-off activity that does not take place is left
//!   out.
//! - Activities of closed rooms are left out; the room's own file is then an empty calendar.
//! - Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 sequence.

use crate::model::exceptions::{cancelled_between, takes_place};
use crate::model::schedule::english_day_code;
use crate::model::{Activity, Room, RoomStatus, Schedule, Site};
use crate::output::OutputFile;
use crate::outputs::html::views::iso;
use crate::resolve::routes::{Route, Section};
use crate::resolve::urls::Urls;
use crate::text::coordinates::coordinate_text;
use crate::text::escape::ics_text;
use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Timestamp};

use super::uids::first_date;
pub use super::uids::{uid, DEFAULT_START};

/// The calendar's name, in `data/` and beside each room's page.
pub const FILE: &str = "agenda.ics";

pub fn render(site: &Site, urls: &Urls, out: &(dyn Fn(OutputFile) + Sync)) {
    let language = &site.config.language;
    let all_name = format!("{} - agenda", site.config.title);
    out(OutputFile::new(
        format!("{}{FILE}", crate::outputs::data::DATA_DIR),
        calendar(
            site,
            urls,
            &all_name,
            &urls.absolute(language, &Route::Section(Section::Agenda).path()),
            &site.rooms.iter().map(|r| &**r).collect::<Vec<_>>(),
        ),
    ));
    use rayon::prelude::*;
    site.rooms.par_iter().for_each(|room| {
        out(OutputFile::new(
            Route::Room(&room.id).beside(FILE),
            calendar(
                site,
                urls,
                &room.name,
                &urls.absolute(language, &Route::Room(&room.id).path()),
                &[room],
            ),
        ))
    });
}

/// Content lines, each folded and ended with CRLF.
#[derive(Default)]
struct Lines(String);

impl Lines {
    /// Adds `NAME:value`, `value` already escaped where it is text.
    fn add(&mut self, name: &str, value: &str) {
        fold_into(&mut self.0, &format!("{name}:{value}"));
    }
}

/// Writes one content line folded at 75 octets: continuation lines start with a space, and a
/// character is never split.
pub fn fold_into(out: &mut String, line: &str) {
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if octets + width > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += width;
    }
    out.push_str("\r\n");
}

fn calendar(site: &Site, urls: &Urls, name: &str, url: &str, rooms: &[&Room]) -> String {
    let tzid = &site.config.timezone_name;
    let mut lines = Lines::default();
    lines.add("BEGIN", "VCALENDAR");
    lines.add("VERSION", "2.0");
    lines.add("PRODID", "-//mienskip//mienskip//NL");
    lines.add("CALSCALE", "GREGORIAN");
    lines.add("METHOD", "PUBLISH");
    lines.add("NAME", &ics_text(name));
    lines.add("X-WR-CALNAME", &ics_text(name));
    lines.add("X-WR-TIMEZONE", &ics_text(tzid));
    lines.add("URL", url);
    lines.add("REFRESH-INTERVAL;VALUE=DURATION", "P1D");
    lines.add("X-PUBLISHED-TTL", "P1D");
    vtimezone(
        &mut lines,
        tzid,
        &site.config.timezone,
        site.build_date.year(),
    );
    let stamp = utc(site.build_time);
    for room in rooms {
        if room.status == RoomStatus::Closed {
            continue;
        }
        for (index, activity) in room.activities.iter().enumerate() {
            event(&mut lines, site, urls, room, index + 1, activity, &stamp);
        }
    }
    lines.add("END", "VCALENDAR");
    lines.0
}

fn utc(timestamp: Timestamp) -> String {
    timestamp.strftime("%Y%m%dT%H%M%SZ").to_string()
}

fn local(date: Date, time: Time) -> String {
    format!("{}T{}", date.strftime("%Y%m%d"), time.strftime("%H%M%S"))
}

/// iCalendar's `BYDAY` code: the English day code in capitals.
fn day(weekday: Weekday) -> String {
    english_day_code(weekday).to_ascii_uppercase()
}

/// `UNTIL` for an activity that ends on `ends`: the last second of that day, in UTC.
fn until(site: &Site, ends: Date) -> Option<String> {
    let next = ends.tomorrow().ok()?;
    let midnight = next
        .to_zoned(site.config.timezone.clone())
        .ok()?
        .timestamp();
    Some(utc(midnight
        .checked_sub(SignedDuration::from_secs(1))
        .ok()?))
}

fn event(
    lines: &mut Lines,
    site: &Site,
    urls: &Urls,
    room: &Room,
    number: usize,
    activity: &Activity,
    stamp: &str,
) {
    let first = first_date(room, activity);
    let rule = match &activity.schedule {
        Schedule::Once { .. } => None,
        Schedule::Weekly {
            days,
            interval,
            ends,
            ..
        } => {
            let mut rule = String::from("FREQ=WEEKLY");
            if *interval > 1 {
                rule.push_str(&format!(";INTERVAL={interval}"));
            }
            let days: Vec<String> = days.iter().map(|d| day(*d)).collect();
            rule.push_str(&format!(";BYDAY={}", days.join(",")));
            if *interval > 1 {
                rule.push_str(";WKST=MO");
            }
            Some((rule, *ends))
        }
        Schedule::Monthly {
            days, nth, ends, ..
        } => {
            let days: Vec<String> = days.iter().map(|d| format!("{nth}{}", day(*d))).collect();
            Some((format!("FREQ=MONTHLY;BYDAY={}", days.join(",")), *ends))
        }
    };
    // An activity whose `ends` comes before any occurrence has nothing to show.
    let Some(first) = first else {
        return;
    };
    let policy = site.config.holidays;
    if rule.is_none() && !takes_place(room, policy, activity, first) {
        return;
    }
    let tzid = &site.config.timezone_name;
    let page = urls.absolute(&site.config.language, &Route::Room(&room.id).path());
    lines.add("BEGIN", "VEVENT");
    lines.add("UID", &uid(site, room, number));
    lines.add("DTSTAMP", stamp);
    lines.add(
        &format!("DTSTART;TZID={tzid}"),
        &local(first, activity.from),
    );
    lines.add(&format!("DTEND;TZID={tzid}"), &local(first, activity.to));
    if let Some((mut rule, ends)) = rule {
        if let Some(until) = ends.and_then(|e| until(site, e)) {
            rule.push_str(&format!(";UNTIL={until}"));
        }
        lines.add("RRULE", &rule);
        let horizon =
            Date::new(site.build_date.year().saturating_add(1), 12, 31).unwrap_or(site.build_date);
        for date in cancelled_between(room, policy, activity, first, horizon) {
            lines.add(&format!("EXDATE;TZID={tzid}"), &local(date, activity.from));
        }
    }
    lines.add("SUMMARY", &ics_text(&activity.title));
    let mut location = vec![room.name.clone()];
    if let Some(address) = &room.address {
        location.extend(address.street.clone());
        let place: Vec<&str> = [address.postcode.as_deref(), address.city.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !place.is_empty() {
            location.push(place.join(" "));
        }
    }
    lines.add("LOCATION", &ics_text(&location.join(", ")));
    if let Some(point) = room.location {
        lines.add(
            "GEO",
            &format!(
                "{};{}",
                coordinate_text(point.lat),
                coordinate_text(point.lon)
            ),
        );
    }
    let mut description = format!("{} in {}.", activity.title, room.name);
    if room.status != RoomStatus::Open {
        description.push_str(&format!(" Status van de kamer: {}.", room.status.as_str()));
    }
    if let Schedule::Weekly {
        starts: Some(s), ..
    }
    | Schedule::Monthly {
        starts: Some(s), ..
    } = &activity.schedule
    {
        description.push_str(&format!(" Vanaf {}.", iso(*s)));
    }
    description.push_str(&format!(" {page}"));
    lines.add("DESCRIPTION", &ics_text(&description));
    lines.add("URL", &page);
    lines.add("STATUS", "CONFIRMED");
    lines.add("TRANSP", "OPAQUE");
    lines.add("END", "VEVENT");
}

/// `+0100`, or `+013045` when the offset has seconds.
fn offset_text(offset: Offset) -> String {
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, rest) = (s / 3600, (s % 3600) / 60, s % 60);
    if rest == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{rest:02}")
    }
}

/// A change of offset: when (local wall-clock time before the change), from, to, and what it is.
#[derive(Debug, Clone, PartialEq)]
struct Change {
    onset: DateTime,
    from: Offset,
    to: Offset,
    dst: bool,
    name: String,
}

fn year_start(year: i16) -> Option<Timestamp> {
    Date::new(year, 1, 1)
        .ok()?
        .to_zoned(TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp())
}

/// Every change of offset in `[from, until)`.
fn changes(tz: &TimeZone, from: Timestamp, until: Timestamp) -> Vec<Change> {
    tz.following(from)
        .take_while(|t| t.timestamp() < until)
        .map(|t| {
            let before = t
                .timestamp()
                .checked_sub(SignedDuration::from_secs(1))
                .map(|ts| tz.to_offset(ts))
                .unwrap_or(t.offset());
            Change {
                onset: before.to_datetime(t.timestamp()),
                from: before,
                to: t.offset(),
                dst: t.dst().is_dst(),
                name: t.abbreviation().to_string(),
            }
        })
        .collect()
}

/// The yearly rule of a change: its month and the n-th (or, as -1, the last) weekday.
fn rule_of(onset: DateTime) -> (i8, i8, Weekday) {
    let date = onset.date();
    let nth = if date.day() + 7 > date.days_in_month() {
        -1
    } else {
        (date.day() - 1) / 7 + 1
    };
    (date.month(), nth, date.weekday())
}

/// The date the rule gives in `year`.
fn rule_date(year: i16, month: i8, nth: i8, weekday: Weekday) -> Option<Date> {
    Date::new(year, month, 1)
        .ok()?
        .nth_weekday_of_month(nth, weekday)
        .ok()
}

fn vtimezone(lines: &mut Lines, tzid: &str, tz: &TimeZone, year: i16) {
    lines.add("BEGIN", "VTIMEZONE");
    lines.add("TZID", &ics_text(tzid));
    let (Some(start), Some(end)) = (year_start(year), year_start(year + 1)) else {
        lines.add("END", "VTIMEZONE");
        return;
    };
    let this_year = changes(tz, start, end);
    // The rule holds when the next years' changes fall where it says.
    let follows_rules = !this_year.is_empty()
        && (1..=3).all(|ahead| {
            let (Some(s), Some(e)) = (year_start(year + ahead), year_start(year + ahead + 1))
            else {
                return false;
            };
            let later = changes(tz, s, e);
            later.len() == this_year.len()
                && later.iter().zip(&this_year).all(|(l, c)| {
                    let (month, nth, weekday) = rule_of(c.onset);
                    l.from == c.from
                        && l.to == c.to
                        && l.onset.time() == c.onset.time()
                        && rule_date(year + ahead, month, nth, weekday) == Some(l.onset.date())
                })
        });
    if this_year.is_empty() {
        let info = tz.to_offset_info(start);
        let offset = offset_text(info.offset());
        lines.add("BEGIN", "STANDARD");
        lines.add("DTSTART", "19700101T000000");
        lines.add("TZOFFSETFROM", &offset);
        lines.add("TZOFFSETTO", &offset);
        lines.add("TZNAME", &ics_text(info.abbreviation()));
        lines.add("END", "STANDARD");
    } else if follows_rules {
        for change in &this_year {
            let (month, nth, weekday) = rule_of(change.onset);
            let first = rule_date(1970, month, nth, weekday).unwrap_or(change.onset.date());
            component(
                lines,
                change,
                &local(first, change.onset.time()),
                Some(&format!(
                    "FREQ=YEARLY;BYMONTH={month};BYDAY={nth}{}",
                    day(weekday)
                )),
            );
        }
    } else {
        // No yearly rule: every change from 2000 until ten years after the build year.
        let (Some(from), Some(until)) = (year_start(2000), year_start(year + 10)) else {
            lines.add("END", "VTIMEZONE");
            return;
        };
        for change in changes(tz, from, until) {
            component(
                lines,
                &change,
                &local(change.onset.date(), change.onset.time()),
                None,
            );
        }
    }
    lines.add("END", "VTIMEZONE");
}

fn component(lines: &mut Lines, change: &Change, dtstart: &str, rule: Option<&str>) {
    let kind = if change.dst { "DAYLIGHT" } else { "STANDARD" };
    lines.add("BEGIN", kind);
    lines.add("DTSTART", dtstart);
    if let Some(rule) = rule {
        lines.add("RRULE", rule);
    }
    lines.add("TZOFFSETFROM", &offset_text(change.from));
    lines.add("TZOFFSETTO", &offset_text(change.to));
    lines.add("TZNAME", &ics_text(&change.name));
    lines.add("END", kind);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outputs::data::slug;
    use crate::outputs::data::uids::host;

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "é".repeat(100));
        fold_into(&mut out, &line);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn slugs_and_hosts() {
        assert_eq!(slug("Taalcafé & koffie!"), "taalcafe-koffie");
        assert_eq!(slug("=SUM(1)"), "sum-1");
        assert_eq!(slug("!!"), "");
        assert_eq!(host("https://kamers.example.nl/"), "kamers.example.nl");
        assert_eq!(host("https://x.example.org:8080/kamers/"), "x.example.org");
    }

    #[test]
    fn amsterdam_rules() {
        let tz = TimeZone::get("Europe/Amsterdam").unwrap();
        let mut lines = Lines::default();
        vtimezone(&mut lines, "Europe/Amsterdam", &tz, 2025);
        let text = lines.0;
        assert!(text.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT"
        ), "{text}");
        assert!(text.contains(
            "BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD"
        ), "{text}");
    }

    #[test]
    fn new_york_rules_count_from_the_start() {
        let tz = TimeZone::get("America/New_York").unwrap();
        let mut lines = Lines::default();
        vtimezone(&mut lines, "America/New_York", &tz, 2025);
        assert!(lines.0.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"));
        assert!(lines.0.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"));
    }

    #[test]
    fn zones_without_changes() {
        let mut lines = Lines::default();
        vtimezone(&mut lines, "UTC", &TimeZone::UTC, 2025);
        assert!(lines.0.contains("TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000"));
    }
}
