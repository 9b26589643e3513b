//! Reading the front matter of rooms, areas, initiatives, organisations and pages into the
//! model, checking every rule of the content contract that concerns one file alone.

use super::fields::{Fields, Reader};
use super::yaml::Node;
use super::{FrontMatter, Kind, Loaded};
use crate::limits::MAX_ACTIVITIES_PER_ROOM;
use crate::model::*;
use std::sync::Arc;

pub(super) fn read(kind: Kind, id: &str, fm: FrontMatter, reader: &mut Reader) -> Option<Loaded> {
    match kind {
        Kind::Room => room(id, fm, reader).map(|x| Loaded::Room(Arc::new(x))),
        Kind::Area => area(id, fm, reader).map(Loaded::Area),
        Kind::Initiative => initiative(id, fm, reader).map(|x| Loaded::Initiative(Arc::new(x))),
        Kind::Organisation => {
            organisation(id, fm, reader).map(|x| Loaded::Organisation(Arc::new(x)))
        }
        Kind::Page => page(id, fm, reader).map(Loaded::Page),
    }
}

const ROOM_KEYS: &[&str] = &[
    "name",
    "kind",
    "area",
    "status",
    "opened",
    "closed",
    "summary",
    "address",
    "location",
    "location_approximate",
    "opening_hours",
    "presence",
    "facilities",
    "manager",
    "host_volunteers",
    "organisations",
    "contact",
    "activities",
    "volunteers_wanted",
    "history",
];

fn room(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Room> {
    let f = r.fields(&fm.node, "the front matter", ROOM_KEYS)?;
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
        Some(RoomStatus::Closed) if !f.has("closed") => r.error(
            f.line_of("status"),
            "a closed room needs the date it closed; add a line like `closed: 2022-09-01`",
        ),
        Some(RoomStatus::Open | RoomStatus::Planned) if f.has("closed") => r.error(
            f.line_of("closed"),
            "`closed` is only for rooms with `status: closed`; remove it or change the status",
        ),
        _ => {}
    }
    if let (Some(o), Some(c)) = (opened, closed) {
        if c < o {
            r.error(
                f.line_of("closed"),
                format!("`closed` ({c}) is before `opened` ({o}); check both dates"),
            );
        }
    }
    let planned = status == Some(RoomStatus::Planned);
    let address = f.get("address").and_then(|n| address(n, r));
    if address.is_none() && !f.has("address") && !planned {
        r.error(
            f.line_of("address"),
            "`address` is required unless the room is planned; add `address: { street: Voorbeeldstraat 1, postcode: 8900 AA, city: Leeuwarden }`",
        );
    }
    let location = f.get("location").and_then(|n| r.location(n, "location"));
    if !f.has("location") && !planned {
        r.error(
            f.line_of("location"),
            "`location` is required unless the room is planned; add `location: { lat: 53.2012, lon: 5.7999 }` (and `location_approximate: true` if it is not exact)",
        );
    }
    let opening_hours = slots(&f, "opening_hours", r, &["days", "from", "to", "note"])
        .into_iter()
        .map(|(slot, _)| slot)
        .collect();
    let presence = f
        .get("presence")
        .map(|node| {
            r.list(node, "presence")
                .iter()
                .filter_map(|item| {
                    let fields = r.fields(
                        item,
                        "a `presence` row",
                        &["who", "days", "from", "to", "note"],
                    )?;
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
    let contact = f
        .get("contact")
        .and_then(|n| contact(n, r, &["email", "phone", "website"]));
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
                    let fields = r.fields(item, "a `history` entry", &["date", "text"])?;
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
    let location_approximate = r.opt_bool(&f, "location_approximate").unwrap_or(false);
    let summary = r.opt_text(&f, "summary");
    Some(Room {
        id: id.to_string(),
        path: r.path.clone(),
        name: name?,
        kind: kind?,
        area: area?,
        status: status?,
        opened,
        closed,
        summary,
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
        activities,
        volunteers_wanted,
        history,
        body: fm.body,
        translations: Translations::new(),
    })
}

fn address(node: &Node, r: &mut Reader) -> Option<Address> {
    let f = r.fields(node, "`address`", &["street", "postcode", "city"])?;
    Some(Address {
        street: r.opt_text(&f, "street"),
        postcode: r.opt_text(&f, "postcode"),
        city: r.opt_text(&f, "city"),
    })
}

fn contact(node: &Node, r: &mut Reader, keys: &[&str]) -> Option<Contact> {
    let f = r.fields(node, "`contact`", keys)?;
    let website = r.opt_text(&f, "website");
    if let Some(url) = &website {
        check_url(url, f.line_of("website"), r);
    }
    Some(Contact {
        email: r.opt_text(&f, "email"),
        phone: r.opt_text(&f, "phone"),
        website,
    })
}

fn check_url(url: &str, line: usize, r: &mut Reader) {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        r.error(
            line,
            format!(
                "\"{url}\" is not a web address; write it in full, like https://www.example.nl/"
            ),
        );
    }
}

/// Reads a list of `{ days, from, to, note }` rows.
fn slots(f: &Fields, key: &str, r: &mut Reader, keys: &[&str]) -> Vec<(TimeSlot, usize)> {
    let Some(node) = f.get(key) else {
        return Vec::new();
    };
    let what = format!("an `{key}` row");
    r.list(node, key)
        .iter()
        .filter_map(|item| {
            let fields = r.fields(item, &what, keys)?;
            slot(&fields, r).map(|s| (s, item.line))
        })
        .collect()
}

fn slot(f: &Fields, r: &mut Reader) -> Option<TimeSlot> {
    if !f.has("days") {
        r.error(
            f.line_of("days"),
            "`days` is required; add for example `days: [ma, wo]`",
        );
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
            r.error(
                f.line_of("to"),
                format!(
                    "`to` ({}) is not after `from` ({}); check both times",
                    b.strftime("%H:%M"),
                    a.strftime("%H:%M")
                ),
            );
            return (None, None);
        }
    }
    (from, to)
}

const ACTIVITY_KEYS: &[&str] = &[
    "title", "days", "from", "to", "interval", "monthly", "starts", "ends", "date",
];

fn activities(node: &Node, line: usize, r: &mut Reader) -> Vec<Activity> {
    let items = r.list(node, "activities");
    // Checked before any activity is read: every activity becomes events in the agenda,
    // the calendars and the open data.
    if items.len() > MAX_ACTIVITIES_PER_ROOM {
        r.error(
            line,
            format!(
                "a room may have at most {MAX_ACTIVITIES_PER_ROOM} activities; this one has {}; split the room or remove old activities",
                items.len()
            ),
        );
        return Vec::new();
    }
    items.iter().filter_map(|item| activity(item, r)).collect()
}

fn activity(item: &Node, r: &mut Reader) -> Option<Activity> {
    let f = r.fields(item, "an activity", ACTIVITY_KEYS)?;
    let title = r.req_text(&f, "title", "Koffieochtend");
    let (from, to) = hours(&f, r);
    let starts = r.opt_date(&f, "starts");
    let ends = r.opt_date(&f, "ends");
    if let (Some(s), Some(e)) = (starts, ends) {
        if e < s {
            r.error(
                f.line_of("ends"),
                format!("`ends` ({e}) is before `starts` ({s}); check both dates"),
            );
        }
    }
    let schedule = match (f.has("date"), f.has("days")) {
        (true, true) => {
            r.error(
                f.line_of("date"),
                "an activity has `days` (it repeats) or `date` (it happens once), not both; remove one",
            );
            None
        }
        (false, false) => {
            r.error(
                f.line,
                "an activity needs `days: [wo]` (it repeats weekly) or `date: 2025-03-15` (it happens once)",
            );
            None
        }
        (true, false) => {
            for key in ["interval", "monthly", "starts", "ends"] {
                if f.has(key) {
                    r.error(f.line_of(key), format!("`{key}` is for repeating activities; an activity with a `date` happens once, so remove `{key}`"));
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
                    r.error(n.line, "`monthly` is 1 for the first such weekday of the month, 2 for the second, ..., -1 for the last; 0 is not one");
                    return None;
                }
                Some(nth as i8)
            });
            if f.has("interval") && f.has("monthly") {
                r.error(f.line_of("monthly"), "an activity repeats every few weeks (`interval`) or monthly (`monthly`), not both; remove one");
                None
            } else if interval.is_some_and(|i| i > 1) && starts.is_none() {
                r.error(
                    f.line_of("interval"),
                    "`interval` counts weeks from `starts`; add the first date, like `starts: 2024-01-03`",
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
    Some(Activity {
        title: title?,
        schedule: schedule?,
        from: from?,
        to: to?,
        line: item.line,
    })
}

fn volunteer_roles(f: &Fields, r: &mut Reader) -> Vec<VolunteerRole> {
    let Some(node) = f.get("volunteers_wanted") else {
        return Vec::new();
    };
    r.list(node, "volunteers_wanted")
        .iter()
        .filter_map(|item| {
            let fields = r.fields(item, "a `volunteers_wanted` role", &["role", "hours"])?;
            let role = r.req_text(&fields, "role", "Gastvrouw of gastheer");
            let hours = r.opt_text(&fields, "hours");
            Some(VolunteerRole { role: role?, hours })
        })
        .collect()
}

const AREA_KEYS: &[&str] = &[
    "name",
    "geometry",
    "geometry_approximate",
    "cbs_codes",
    "team",
    "plan_stage",
    "summary",
];

fn area(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Area> {
    let f = r.fields(&fm.node, "the front matter", AREA_KEYS)?;
    let name = r.req_text(&f, "name", "Leeuwarden Noord");
    let geometry_file = f.get("geometry").and_then(|n| {
        let file = r.text(n, "geometry")?;
        if !super::files::is_relative_inside(&file) {
            r.error(
                n.line,
                format!(
                    "`geometry` is \"{file}\"; give a path inside data/, like geo/{id}.geojson"
                ),
            );
            return None;
        }
        Some(Ref {
            id: file,
            line: n.line,
        })
    });
    let team = f.get("team").and_then(|n| {
        let tf = r.fields(n, "`team`", &["name", "email", "phone"])?;
        Some(Team {
            name: r.opt_text(&tf, "name"),
            email: r.opt_text(&tf, "email"),
            phone: r.opt_text(&tf, "phone"),
        })
    });
    Some(Area {
        id: id.to_string(),
        path: r.path.clone(),
        name: name?,
        geometry_file,
        outline: None,
        geometry_approximate: r.opt_bool(&f, "geometry_approximate").unwrap_or(false),
        cbs_codes: r
            .text_list(&f, "cbs_codes")
            .into_iter()
            .map(|(t, _)| t)
            .collect(),
        team,
        plan_stage: r.opt_integer(&f, "plan_stage", 1, 5).map(|n| n as u8),
        summary: r.opt_text(&f, "summary"),
        body: fm.body,
        translations: Translations::new(),
    })
}

const INITIATIVE_KEYS: &[&str] = &[
    "title",
    "status",
    "areas",
    "rooms",
    "organisations",
    "pillar",
    "started",
    "ended",
    "location",
    "showcase",
    "contact",
    "volunteers_wanted",
    "summary",
];

fn initiative(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Initiative> {
    let f = r.fields(&fm.node, "the front matter", INITIATIVE_KEYS)?;
    let title = r.req_text(&f, "title", "Repair Café Heechterp");
    let status = r
        .required(&f, "status", InitiativeStatus::Running.as_str())
        .and_then(|n| r.choice(n, "status", &InitiativeStatus::choices()));
    let areas = r.id_list(&f, "areas");
    if !f.has("areas") {
        r.error(
            f.line_of("areas"),
            "`areas` is required; add the areas it serves, like `areas: [oost]`",
        );
    }
    let started = r.opt_date(&f, "started");
    let ended = r.opt_date(&f, "ended");
    if status == Some(InitiativeStatus::Completed) && !f.has("ended") {
        r.error(
            f.line_of("status"),
            "a completed initiative needs the date it ended; add a line like `ended: 2025-05-01`",
        );
    }
    if let (Some(s), Some(e)) = (started, ended) {
        if e < s {
            r.error(
                f.line_of("ended"),
                format!("`ended` ({e}) is before `started` ({s}); check both dates"),
            );
        }
    }
    Some(Initiative {
        id: id.to_string(),
        path: r.path.clone(),
        title: title?,
        status: status?,
        areas,
        rooms: r.id_list(&f, "rooms"),
        organisations: r.id_list(&f, "organisations"),
        pillar: r.opt_integer(&f, "pillar", 1, 99).map(|n| n as u8),
        started,
        ended,
        location: f.get("location").and_then(|n| r.location(n, "location")),
        showcase: r.opt_bool(&f, "showcase").unwrap_or(false),
        contact: f
            .get("contact")
            .and_then(|n| contact(n, r, &["email", "phone", "website"])),
        volunteers_wanted: volunteer_roles(&f, r),
        summary: r.opt_text(&f, "summary"),
        body: fm.body,
        translations: Translations::new(),
    })
}

const ORGANISATION_KEYS: &[&str] = &[
    "name", "kind", "website", "email", "phone", "areas", "summary",
];

fn organisation(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Organisation> {
    let f = r.fields(&fm.node, "the front matter", ORGANISATION_KEYS)?;
    let name = r.req_text(&f, "name", "Amaryllis");
    let kind = r
        .required(&f, "kind", OrganisationKind::Welfare.as_str())
        .and_then(|n| r.choice(n, "kind", &OrganisationKind::choices()));
    let website = r.opt_text(&f, "website");
    if let Some(url) = &website {
        check_url(url, f.line_of("website"), r);
    }
    Some(Organisation {
        id: id.to_string(),
        path: r.path.clone(),
        name: name?,
        kind: kind?,
        website,
        email: r.opt_text(&f, "email"),
        phone: r.opt_text(&f, "phone"),
        areas: r.id_list(&f, "areas"),
        summary: r.opt_text(&f, "summary"),
        body: fm.body,
        translations: Translations::new(),
    })
}

fn page(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Page> {
    let f = r.fields(&fm.node, "the front matter", &["title", "summary"])?;
    let title = r.req_text(&f, "title", "Toegankelijkheid");
    Some(Page {
        id: id.to_string(),
        path: r.path.clone(),
        title: title?,
        summary: r.opt_text(&f, "summary"),
        body: fm.body,
        translations: Translations::new(),
    })
}
