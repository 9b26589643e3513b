//! Reading a room's `holidays` and `closures` and an activity's `id` and `skip`: the
//! exceptions to its ordinary week.

use crate::limits::{MAX_CLOSURES_PER_ROOM, MAX_SKIPS_PER_ACTIVITY};
use crate::load::fields::{Fields, Reader};
use crate::load::yaml::Node;
use crate::model::*;
use jiff::civil::Date;

/// `holidays: open | closed | default`; absent is `default` (the site's policy).
pub(super) fn room_holidays(f: &Fields, r: &mut Reader) -> RoomHolidays {
    f.get("holidays")
        .and_then(|n| r.choice(n, "holidays", &RoomHolidays::choices()))
        .unwrap_or(RoomHolidays::Default)
}

/// Whether a value is written like a time (`"09:00"`) rather than a date.
fn looks_like_time(node: &Node) -> bool {
    node.scalar().is_some_and(|s| s.contains(':'))
}

/// `closures`: `{ from: date, to: date }` closed on a range, `{ date }` closed on a day,
/// `{ date, from: time, to: time }` open on a day with other hours; each with a `note`.
pub(super) fn closures(f: &Fields, r: &mut Reader) -> Vec<Closure> {
    let Some(node) = f.get("closures") else {
        return Vec::new();
    };
    let items = r.list(node, "closures");
    if items.len() > MAX_CLOSURES_PER_ROOM {
        r.error(
            node.line,
            crate::msg!(
                "closure-too-many",
                limit = MAX_CLOSURES_PER_ROOM,
                count = items.len()
            ),
        );
        return Vec::new();
    }
    items.iter().filter_map(|item| closure(item, r)).collect()
}

fn closure(item: &Node, r: &mut Reader) -> Option<Closure> {
    let f = r.keyed(
        item,
        crate::msg!("place-closures-entry"),
        &crate::model::keys::CLOSURE,
    )?;
    let note = r.opt_text(&f, "note");
    if let Some(date_node) = f.get("date") {
        let day = r.date(date_node, "date");
        // With a date, `from` and `to` are the hours it is open that day.
        let hours = match (f.get("from"), f.get("to")) {
            (None, None) => None,
            (Some(from), Some(to)) if looks_like_time(from) && looks_like_time(to) => {
                let (from, to) = (r.time(from, "from"), r.time(to, "to"));
                match (from, to) {
                    (Some(a), Some(b)) if b <= a => {
                        r.error(f.line_of("to"), super::time_not_after(b, a));
                        return None;
                    }
                    (Some(a), Some(b)) => Some((a, b)),
                    _ => return None,
                }
            }
            _ => {
                r.error(
                    f.line_of(if f.has("from") { "from" } else { "to" }),
                    crate::msg!("closure-date-with-one-time"),
                );
                return None;
            }
        };
        let day = day?;
        return Some(Closure {
            from: day,
            to: day,
            hours,
            note,
            line: item.line,
        });
    }
    let (Some(from_node), Some(to_node)) = (f.get("from"), f.get("to")) else {
        r.error(item.line, crate::msg!("closure-needs-date"));
        return None;
    };
    if looks_like_time(from_node) || looks_like_time(to_node) {
        r.error(from_node.line, crate::msg!("closure-times-without-date"));
        return None;
    }
    let (from, to) = (r.date(from_node, "from"), r.date(to_node, "to"));
    let (from, to) = (from?, to?);
    if to < from {
        r.error(to_node.line, super::date_before("to", to, "from", from));
        return None;
    }
    Some(Closure {
        from,
        to,
        hours: None,
        note,
        line: item.line,
    })
}

/// An activity's `id`: a permanent identifier, its calendar `UID`.
pub(super) fn activity_id(f: &Fields, r: &mut Reader) -> Option<String> {
    let node = f.get("id")?;
    let id = r.text(node, "id")?;
    if !is_valid_id(&id) {
        r.error(
            node.line,
            crate::msg!("activity-id-invalid", value = id.as_str()),
        );
        return None;
    }
    Some(id)
}

/// An activity's `skip`: dates it does not take place, ascending, each at most once.
pub(super) fn skip(f: &Fields, r: &mut Reader) -> Vec<(Date, usize)> {
    let Some(node) = f.get("skip") else {
        return Vec::new();
    };
    let items = r.list(node, "skip");
    if items.len() > MAX_SKIPS_PER_ACTIVITY {
        r.error(
            node.line,
            crate::msg!(
                "skip-too-many",
                limit = MAX_SKIPS_PER_ACTIVITY,
                count = items.len()
            ),
        );
        return Vec::new();
    }
    let mut dates: Vec<(Date, usize)> = items
        .iter()
        .filter_map(|n| r.date(n, "skip").map(|d| (d, n.line)))
        .collect();
    dates.sort();
    dates.dedup_by_key(|(d, _)| *d);
    dates
}

/// Ids of a room's activities must differ: each is a calendar `UID`.
pub(super) fn check_unique_ids(activities: &[Activity], r: &mut Reader) {
    for (index, activity) in activities.iter().enumerate() {
        let Some(id) = &activity.id else { continue };
        if let Some(first) = activities[..index]
            .iter()
            .find(|a| a.id.as_ref() == Some(id))
        {
            r.error(
                activity.line,
                crate::msg!("activity-id-twice", id = id, first = first.line),
            );
        }
    }
}
