//! Reading a room's front matter: its address, opening hours, presence and activities,
//! with the rules of the content contract that concern one room file.

use super::exceptions::{activity_id, check_unique_ids, closures, room_holidays, skip};
use super::{contact, date_before, item_text, photo, time_not_after, volunteer_roles};
use crate::limits::MAX_ACTIVITIES_PER_ROOM;
use crate::load::fields::{Fields, Reader};
use crate::load::yaml::Node;
use crate::load::FrontMatter;
use crate::model::keys;
use crate::model::*;

pub(super) fn room(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Room> {
    let f = r.keyed(&fm.node, crate::msg!("place-front-matter"), &keys::ROOM)?;
    let name = r.req_text(&f, "name", "Buurtkamer Bilgaard");
    let kind = r
        .required(&f, "kind", RoomKind::Main.as_str())
        .and_then(|n| r.choice(n, "kind", &RoomKind::choices()));
    let area = r
        .required(&f, "area", "noord")
        .and_then(|_| r.opt_id(&f, "area"));
    let status = r
        .required(&f, "status", RoomStatus::Open.as_str())
        .and_then(|n| r.choice(n, "status", &RoomStatus::choices()));
    let opened = r.opt_date(&f, "opened");
    let closed = r.opt_date(&f, "closed");
    match status {
        Some(RoomStatus::Closed) if !f.has("closed") => {
            r.error(f.line_of("status"), crate::msg!("room-closed-needs-date"))
        }
        Some(RoomStatus::Open | RoomStatus::Planned) if f.has("closed") => r.error(
            f.line_of("closed"),
            crate::msg!("room-closed-but-not-closed"),
        ),
        _ => {}
    }
    if let (Some(o), Some(c)) = (opened, closed) {
        if c < o {
            r.error(f.line_of("closed"), date_before("closed", c, "opened", o));
        }
    }
    let planned = status == Some(RoomStatus::Planned);
    let address = f.get("address").and_then(|n| address(n, r));
    if address.is_none() && !f.has("address") && !planned {
        r.error(f.line_of("address"), crate::msg!("room-address-required"));
    }
    let location = f.get("location").and_then(|n| r.location(n, "location"));
    if !f.has("location") && !planned {
        r.error(f.line_of("location"), crate::msg!("room-location-required"));
    }
    let opening_hours = slots(&f, r).into_iter().map(|(slot, _)| slot).collect();
    let presence = f
        .get("presence")
        .map(|node| {
            r.list(node, "presence")
                .iter()
                .filter_map(|item| {
                    let fields =
                        r.keyed(item, crate::msg!("place-presence-row"), &keys::PRESENCE)?;
                    let who = r.req_text(&fields, "who", "Sociaal werker Amaryllis");
                    let slot = slot(&fields, r);
                    Some(Presence {
                        who: who?,
                        slot: slot?,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let facilities = r
        .text_list(&f, "facilities")
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    let manager = r.opt_bool(&f, "manager");
    let host_volunteers = r
        .opt_integer(&f, "host_volunteers", 0, 10_000)
        .map(|n| n as u32);
    let organisations = r.id_list(&f, "organisations");
    let contact = f.get("contact").and_then(|n| contact(n, r));
    let activities = f
        .get("activities")
        .map(|n| activities(n, f.line_of("activities"), r))
        .unwrap_or_default();
    let volunteers_wanted = volunteer_roles(&f, r);
    let history = f
        .get("history")
        .map(|node| {
            r.list(node, "history")
                .iter()
                .filter_map(|item| {
                    let fields =
                        r.keyed(item, crate::msg!("place-history-entry"), &keys::HISTORY)?;
                    let date = r
                        .required(&fields, "date", "2022-06-01")
                        .and_then(|n| r.date(n, "date"));
                    let text =
                        r.req_text(&fields, "text", "Inloop verplaatst naar buurthuis Nylan.");
                    Some(HistoryEntry {
                        date: date?,
                        text: text?,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let holidays = room_holidays(&f, r);
    let closures = closures(&f, r);
    let location_approximate = r.opt_bool(&f, "location_approximate").unwrap_or(false);
    Some(Room {
        id: id.to_string(),
        path: r.path.clone(),
        name: name?,
        kind: kind?,
        area: area?,
        status: status?,
        opened,
        closed,
        address,
        location,
        location_line: f.line_of("location"),
        location_approximate,
        opening_hours,
        presence,
        facilities,
        manager,
        host_volunteers,
        organisations,
        contact,
        photo: photo(&f, r),
        activities,
        volunteers_wanted,
        history,
        holidays,
        closures,
        text: item_text(&f, r, fm.body),
    })
}

fn address(node: &Node, r: &mut Reader) -> Option<Address> {
    let f = r.keyed(
        node,
        crate::msg!("place-key", key = "address"),
        &keys::ADDRESS,
    )?;
    Some(Address {
        street: r.opt_text(&f, "street"),
        postcode: r.opt_text(&f, "postcode"),
        city: r.opt_text(&f, "city"),
    })
}

/// Reads the `opening_hours`: a list of `{ days, from, to, note }` rows.
fn slots(f: &Fields, r: &mut Reader) -> Vec<(TimeSlot, usize)> {
    let Some(node) = f.get("opening_hours") else {
        return Vec::new();
    };
    r.list(node, "opening_hours")
        .iter()
        .filter_map(|item| {
            let place = crate::msg!("place-opening-hours-row");
            let fields = r.keyed(item, place, &keys::OPENING_HOURS)?;
            slot(&fields, r).map(|s| (s, item.line))
        })
        .collect()
}

fn slot(f: &Fields, r: &mut Reader) -> Option<TimeSlot> {
    if !f.has("days") {
        r.error(f.line_of("days"), crate::msg!("room-days-required"));
    }
    let days = r.days(f, "days");
    let (from, to) = hours(f, r);
    let note = r.opt_text(f, "note");
    Some(TimeSlot {
        days: days?,
        from: from?,
        to: to?,
        note,
    })
}

/// `from` and `to`, checking that `to` comes after `from`.
fn hours(f: &Fields, r: &mut Reader) -> (Option<jiff::civil::Time>, Option<jiff::civil::Time>) {
    let from = r.req_time(f, "from");
    let to = r.req_time(f, "to");
    if let (Some(a), Some(b)) = (from, to) {
        if b <= a {
            r.error(f.line_of("to"), time_not_after(b, a));
            return (None, None);
        }
    }
    (from, to)
}

fn activities(node: &Node, line: usize, r: &mut Reader) -> Vec<Activity> {
    let items = r.list(node, "activities");
    // Checked before any activity is read: every activity becomes events in the agenda,
    // the calendars and the open data.
    if items.len() > MAX_ACTIVITIES_PER_ROOM {
        r.error(
            line,
            crate::msg!(
                "activity-too-many",
                limit = MAX_ACTIVITIES_PER_ROOM,
                count = items.len()
            ),
        );
        return Vec::new();
    }
    let activities: Vec<Activity> = items.iter().filter_map(|item| activity(item, r)).collect();
    check_unique_ids(&activities, r);
    activities
}

fn activity(item: &Node, r: &mut Reader) -> Option<Activity> {
    let f = r.keyed(item, crate::msg!("place-activity"), &keys::ACTIVITY)?;
    let id = activity_id(&f, r);
    let title = r.req_text(&f, "title", "Koffieochtend");
    let skips = skip(&f, r);
    let (from, to) = hours(&f, r);
    let starts = r.opt_date(&f, "starts");
    let ends = r.opt_date(&f, "ends");
    if let (Some(s), Some(e)) = (starts, ends) {
        if e < s {
            r.error(f.line_of("ends"), date_before("ends", e, "starts", s));
        }
    }
    let schedule = match (f.has("date"), f.has("days")) {
        (true, true) => {
            r.error(f.line_of("date"), crate::msg!("activity-days-and-date"));
            None
        }
        (false, false) => {
            r.error(f.line, crate::msg!("activity-needs-days-or-date"));
            None
        }
        (true, false) => {
            for key in ["interval", "monthly", "starts", "ends"] {
                if f.has(key) {
                    r.error(
                        f.line_of(key),
                        crate::msg!("activity-repeat-key-with-date", key = key),
                    );
                }
            }
            f.get("date")
                .and_then(|n| r.date(n, "date"))
                .map(|date| Schedule::Once { date })
        }
        (false, true) => {
            let days = r.days(&f, "days");
            let interval = r.opt_integer(&f, "interval", 1, 52);
            let monthly = f.get("monthly").and_then(|n| {
                let nth = r.integer(n, "monthly", -5, 5)?;
                if nth == 0 {
                    r.error(n.line, crate::msg!("activity-monthly-zero"));
                    return None;
                }
                Some(nth as i8)
            });
            if f.has("interval") && f.has("monthly") {
                r.error(
                    f.line_of("monthly"),
                    crate::msg!("activity-interval-and-monthly"),
                );
                None
            } else if interval.is_some_and(|i| i > 1) && starts.is_none() {
                r.error(
                    f.line_of("interval"),
                    crate::msg!("activity-interval-needs-starts"),
                );
                None
            } else if let Some(nth) = monthly {
                days.map(|days| Schedule::Monthly {
                    days,
                    nth,
                    starts,
                    ends,
                })
            } else if f.has("monthly") {
                None
            } else {
                days.map(|days| Schedule::Weekly {
                    days,
                    interval: interval.unwrap_or(1) as u32,
                    starts,
                    ends,
                })
            }
        }
    };
    let schedule = schedule?;
    for (date, line) in &skips {
        if !schedule.occurs_on(*date) {
            r.warning(
                *line,
                crate::msg!("skip-not-on-schedule", date = date.to_string()),
            );
        }
    }
    Some(Activity {
        id,
        title: title?,
        schedule,
        from: from?,
        to: to?,
        skip: skips.into_iter().map(|(d, _)| d).collect(),
        line: item.line,
    })
}
