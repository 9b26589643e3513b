//! The JSON twin of a room: its place, opening hours, presence, activities and history.

use super::{budget_lines, contact, head, ids, location, roles, translations, Head};
use super::{BudgetLineJson, ContactJson, LocationJson, RoleJson, Translated};
use crate::model::schedule::day_codes;
use crate::model::*;
use crate::outputs::data::ics;
use crate::outputs::dates;
use crate::outputs::html::views::{hhmm, iso};
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
use crate::resolve::{LinkKind, Links};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct AddressJson<'a> {
    street: Option<&'a str>,
    postcode: Option<&'a str>,
    city: Option<&'a str>,
}

#[derive(Serialize)]
struct SlotJson<'a> {
    days: Vec<&'static str>,
    from: String,
    to: String,
    note: Option<&'a str>,
}

fn slot(s: &TimeSlot) -> SlotJson<'_> {
    SlotJson {
        days: day_codes(&s.days),
        from: hhmm(s.from),
        to: hhmm(s.to),
        note: s.note.as_deref(),
    }
}

#[derive(Serialize)]
struct PresenceJson<'a> {
    who: &'a str,
    #[serde(flatten)]
    slot: SlotJson<'a>,
}

#[derive(Serialize)]
struct ActivityJson<'a> {
    number: usize,
    /// The event's UID in `agenda.ics`; `null` for closed rooms.
    uid: Option<String>,
    /// The editor's permanent id of the activity (`id`), if given.
    id: Option<&'a str>,
    title: &'a str,
    kind: &'static str,
    days: Vec<&'static str>,
    from: String,
    to: String,
    date: Option<String>,
    interval: Option<u32>,
    monthly: Option<i8>,
    starts: Option<String>,
    ends: Option<String>,
    /// Dates it does not take place (`skip`), ISO, ascending.
    skip: Vec<String>,
}

fn activity<'a>(site: &Site, room: &Room, number: usize, a: &'a Activity) -> ActivityJson<'a> {
    let (kind, d, interval, monthly, starts, ends, date) = match &a.schedule {
        Schedule::Weekly {
            days: d,
            interval,
            starts,
            ends,
        } => (
            Repeat::Weekly.as_str(),
            day_codes(d),
            Some((*interval).max(1)),
            None,
            *starts,
            *ends,
            None,
        ),
        Schedule::Monthly {
            days: d,
            nth,
            starts,
            ends,
        } => (
            Repeat::Monthly.as_str(),
            day_codes(d),
            None,
            Some(*nth),
            *starts,
            *ends,
            None,
        ),
        Schedule::Once { date } => (
            Repeat::Once.as_str(),
            Vec::new(),
            None,
            None,
            None,
            None,
            Some(*date),
        ),
    };
    ActivityJson {
        number,
        uid: (room.status != RoomStatus::Closed).then(|| ics::uid(site, room, number)),
        id: a.id.as_deref(),
        title: &a.title,
        kind,
        days: d,
        from: hhmm(a.from),
        to: hhmm(a.to),
        date: date.map(iso),
        interval,
        monthly,
        starts: starts.map(iso),
        ends: ends.map(iso),
        skip: a.skip.iter().copied().map(iso).collect(),
    }
}

#[derive(Serialize)]
struct ClosureJson<'a> {
    from: String,
    to: String,
    opens: Option<String>,
    closes: Option<String>,
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct HistoryJson<'a> {
    date: String,
    text: &'a str,
}

#[derive(Serialize)]
pub(super) struct RoomJson<'a> {
    #[serde(flatten)]
    head: Head<'a>,
    name: &'a str,
    kind: &'static str,
    status: &'static str,
    area: &'a str,
    opened: Option<String>,
    closed: Option<String>,
    summary: Option<&'a str>,
    /// The body as sanitised HTML (see [`Translated::description_html`]).
    description_html: &'a str,
    address: Option<AddressJson<'a>>,
    location: Option<LocationJson>,
    location_approximate: bool,
    opening_hours: Vec<SlotJson<'a>>,
    presence: Vec<PresenceJson<'a>>,
    facilities: &'a [String],
    /// The known ones among them, in one spelling each (as `facility_codes` in rooms.csv).
    facility_codes: Vec<&'static str>,
    manager: Option<bool>,
    host_volunteers: Option<u32>,
    organisations: Vec<&'a str>,
    contact: Option<ContactJson<'a>>,
    activities: Vec<ActivityJson<'a>>,
    agenda: String,
    volunteers_wanted: Vec<RoleJson<'a>>,
    history: Vec<HistoryJson<'a>>,
    /// Whether national holidays close the room: `default` (as `site.yaml`), `open`, `closed`.
    holidays: &'static str,
    /// The room's closures as written: closed from `from` to `to`, or open with `opens`
    /// and `closes` on that one day.
    closures: Vec<ClosureJson<'a>>,
    initiatives: Vec<&'a str>,
    budget_lines: Vec<BudgetLineJson<'a>>,
    translations: BTreeMap<&'a str, Translated<'a>>,
}

pub(super) fn room_json<'a>(
    site: &'a Site,
    links: &Links<'a>,
    urls: &Urls,
    room: &'a Room,
) -> RoomJson<'a> {
    let language = &site.config.language;
    RoomJson {
        head: head(
            site,
            urls,
            Route::Room,
            &room.id,
            dates::room(site, room),
            &room.text.publication,
        ),
        name: &room.name,
        kind: room.kind.as_str(),
        status: room.status.as_str(),
        area: &room.area.id,
        opened: room.opened.map(iso),
        closed: room.closed.map(iso),
        summary: room.text.summary.as_deref(),
        description_html: &room.text.body.html,
        address: room.address.as_ref().map(|a| AddressJson {
            street: a.street.as_deref(),
            postcode: a.postcode.as_deref(),
            city: a.city.as_deref(),
        }),
        location: room.location.map(location),
        location_approximate: room.location_approximate,
        opening_hours: room.opening_hours.iter().map(slot).collect(),
        presence: room
            .presence
            .iter()
            .map(|p| PresenceJson {
                who: &p.who,
                slot: slot(&p.slot),
            })
            .collect(),
        facilities: &room.facilities,
        facility_codes: crate::model::facilities::known_of(&room.facilities)
            .iter()
            .map(|f| f.word)
            .collect(),
        manager: room.manager,
        host_volunteers: room.host_volunteers,
        organisations: ids(&room.organisations),
        contact: room.contact.as_ref().map(contact),
        activities: room
            .activities
            .iter()
            .enumerate()
            .map(|(i, a)| activity(site, room, i + 1, a))
            .collect(),
        agenda: urls.absolute(language, &Route::Room(&room.id).beside("agenda.ics")),
        volunteers_wanted: roles(&room.volunteers_wanted),
        history: room
            .history
            .iter()
            .map(|h| HistoryJson {
                date: iso(h.date),
                text: &h.text,
            })
            .collect(),
        holidays: room.holidays.as_str(),
        closures: room
            .closures
            .iter()
            .map(|c| ClosureJson {
                from: iso(c.from),
                to: iso(c.to),
                opens: c.hours.map(|(a, _)| hhmm(a)),
                closes: c.hours.map(|(_, b)| hhmm(b)),
                note: c.note.as_deref(),
            })
            .collect(),
        initiatives: Links::ids(&links.initiatives_of_room, &room.id),
        budget_lines: budget_lines(site, links, LinkKind::Room, &room.id),
        translations: translations(&room.text.translations),
    }
}
