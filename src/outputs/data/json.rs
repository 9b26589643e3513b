//! JSON twins of the item pages: `kamers/<id>/index.json`, `gebieden/<id>/index.json`,
//! `initiatieven/<id>/index.json` and `organisaties/<id>/index.json`, each holding the item's
//! data (not its HTML) with keys in a fixed order.
//!
//! Amounts are strings with two decimals (`"47875.00"`), so that no reader ever sees a
//! rounded float; coordinates are numbers with at most six decimals; dates are `YYYY-MM-DD`.

use crate::model::schedule::day_code;
use crate::model::*;
use crate::output::OutputFile;
use crate::outputs::data::geojson::outline_geometry;
use crate::outputs::data::ics;
use crate::outputs::data::tables::round6;
use crate::outputs::html::views::{hhmm, iso};
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
use crate::resolve::{LinkKind, Links};
use crate::text::money::plain_amount;
use jiff::civil::Weekday;
use serde::Serialize;
use std::collections::BTreeMap;

pub fn render(site: &Site, urls: &Urls, out: &(dyn Fn(OutputFile) + Sync)) {
    use rayon::prelude::*;
    // The links between items, found once: looking them up per item by scanning every
    // other item is quadratic, and took seconds at ten thousand rooms and initiatives.
    let links = Links::new(site);
    let links = &links;
    site.rooms.par_iter().for_each(|room| {
        out(file(
            Route::Room(&room.id),
            &room_json(site, links, urls, room),
        ))
    });
    site.areas.par_iter().for_each(|area| {
        out(file(
            Route::Area(&area.id),
            &area_json(site, links, urls, area),
        ))
    });
    site.initiatives.par_iter().for_each(|i| {
        out(file(
            Route::Initiative(&i.id),
            &initiative_json(site, links, urls, i),
        ))
    });
    site.organisations.par_iter().for_each(|o| {
        out(file(
            Route::Organisation(&o.id),
            &organisation_json(site, links, urls, o),
        ))
    });
}

fn file(page: Route, value: &impl Serialize) -> OutputFile {
    let mut text = serde_json::to_string_pretty(value).expect("JSON views always serialise");
    text.push('\n');
    OutputFile::new(page.beside("index.json"), text)
}

#[derive(Serialize)]
struct Translated<'a> {
    name: Option<&'a str>,
    summary: Option<&'a str>,
    /// The body as sanitised HTML: the Markdown source may hold raw HTML that the pages
    /// never show, and a consumer that displays this field must get only what is safe.
    description_html: Option<&'a str>,
}

fn translations(t: &Translations) -> BTreeMap<&str, Translated<'_>> {
    t.iter()
        .map(|(language, t)| {
            (
                language.as_str(),
                Translated {
                    name: t.name.as_deref(),
                    summary: t.summary.as_deref(),
                    description_html: t.body.as_ref().map(|b| b.html.as_str()),
                },
            )
        })
        .collect()
}

#[derive(Serialize)]
struct AddressJson<'a> {
    street: Option<&'a str>,
    postcode: Option<&'a str>,
    city: Option<&'a str>,
}

#[derive(Serialize)]
struct LocationJson {
    lat: f64,
    lon: f64,
}

fn location(l: LatLon) -> LocationJson {
    LocationJson {
        lat: round6(l.lat),
        lon: round6(l.lon),
    }
}

#[derive(Serialize)]
struct ContactJson<'a> {
    email: Option<&'a str>,
    phone: Option<&'a str>,
    website: Option<&'a str>,
}

fn contact(c: &Contact) -> ContactJson<'_> {
    ContactJson {
        email: c.email.as_deref(),
        phone: c.phone.as_deref(),
        website: c.website.as_deref(),
    }
}

fn days(days: &[Weekday]) -> Vec<&'static str> {
    days.iter().map(|d| day_code(*d)).collect()
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
        days: days(&s.days),
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
            days(d),
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
            days(d),
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
        uid: (room.status != RoomStatus::Closed).then(|| ics::uid(site, room, number, a)),
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
    }
}

#[derive(Serialize)]
struct RoleJson<'a> {
    role: &'a str,
    hours: Option<&'a str>,
}

fn roles(roles: &[VolunteerRole]) -> Vec<RoleJson<'_>> {
    roles
        .iter()
        .map(|r| RoleJson {
            role: &r.role,
            hours: r.hours.as_deref(),
        })
        .collect()
}

#[derive(Serialize)]
struct HistoryJson<'a> {
    date: String,
    text: &'a str,
}

#[derive(Serialize)]
struct BudgetLineJson<'a> {
    budget: &'a str,
    line: usize,
    item: &'a str,
    group: Option<&'a str>,
    status: &'static str,
    direction: &'static str,
    in_kind: bool,
    /// Amount per year, as exact strings with two decimals.
    amounts: BTreeMap<i32, String>,
}

fn budget_lines<'a>(
    site: &'a Site,
    links: &Links<'a>,
    kind: LinkKind,
    id: &str,
) -> Vec<BudgetLineJson<'a>> {
    let Some(found) = links.budget_lines.get(&(kind, id)) else {
        return Vec::new();
    };
    found
        .iter()
        .map(|&(b, index)| {
            let b = &site.budgets[b];
            let line = &b.lines[index];
            BudgetLineJson {
                budget: &b.id,
                line: index + 1,
                item: &line.item,
                group: line.group.as_deref(),
                status: b.status.as_str(),
                direction: line.direction.as_str(),
                in_kind: line.in_kind,
                amounts: line
                    .amounts
                    .iter()
                    .map(|(y, a)| (*y, plain_amount(*a)))
                    .collect(),
            }
        })
        .collect()
}

fn ids(refs: &[Ref]) -> Vec<&str> {
    refs.iter().map(|r| r.id.as_str()).collect()
}

#[derive(Serialize)]
struct RoomJson<'a> {
    id: &'a str,
    url: String,
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
    manager: Option<bool>,
    host_volunteers: Option<u32>,
    organisations: Vec<&'a str>,
    contact: Option<ContactJson<'a>>,
    activities: Vec<ActivityJson<'a>>,
    agenda: String,
    volunteers_wanted: Vec<RoleJson<'a>>,
    history: Vec<HistoryJson<'a>>,
    initiatives: Vec<&'a str>,
    budget_lines: Vec<BudgetLineJson<'a>>,
    translations: BTreeMap<&'a str, Translated<'a>>,
}

fn room_json<'a>(site: &'a Site, links: &Links<'a>, urls: &Urls, room: &'a Room) -> RoomJson<'a> {
    let language = &site.config.language;
    RoomJson {
        id: &room.id,
        url: urls.absolute(language, &Route::Room(&room.id).path()),
        name: &room.name,
        kind: room.kind.as_str(),
        status: room.status.as_str(),
        area: &room.area.id,
        opened: room.opened.map(iso),
        closed: room.closed.map(iso),
        summary: room.summary.as_deref(),
        description_html: &room.body.html,
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
        initiatives: Links::ids(&links.initiatives_of_room, &room.id),
        budget_lines: budget_lines(site, links, LinkKind::Room, &room.id),
        translations: translations(&room.translations),
    }
}

#[derive(Serialize)]
struct TeamJson<'a> {
    name: Option<&'a str>,
    email: Option<&'a str>,
    phone: Option<&'a str>,
}

#[derive(Serialize)]
struct AreaJson<'a> {
    id: &'a str,
    url: String,
    name: &'a str,
    summary: Option<&'a str>,
    /// The body as sanitised HTML (see [`Translated::description_html`]).
    description_html: &'a str,
    cbs_codes: &'a [String],
    plan_stage: Option<u8>,
    team: Option<TeamJson<'a>>,
    /// The outline as a GeoJSON geometry (RFC 7946 orientation, six decimals).
    geometry: Option<geojson::Geometry>,
    geometry_approximate: bool,
    rooms: Vec<&'a str>,
    initiatives: Vec<&'a str>,
    organisations: Vec<&'a str>,
    budget_lines: Vec<BudgetLineJson<'a>>,
    translations: BTreeMap<&'a str, Translated<'a>>,
}

fn area_json<'a>(site: &'a Site, links: &Links<'a>, urls: &Urls, area: &'a Area) -> AreaJson<'a> {
    AreaJson {
        id: &area.id,
        url: urls.absolute(&site.config.language, &Route::Area(&area.id).path()),
        name: &area.name,
        summary: area.summary.as_deref(),
        description_html: &area.body.html,
        cbs_codes: &area.cbs_codes,
        plan_stage: area.plan_stage,
        team: area.team.as_ref().map(|t| TeamJson {
            name: t.name.as_deref(),
            email: t.email.as_deref(),
            phone: t.phone.as_deref(),
        }),
        geometry: area.outline.as_ref().and_then(outline_geometry),
        geometry_approximate: area.geometry_approximate,
        rooms: Links::ids(&links.rooms_of_area, &area.id),
        initiatives: Links::ids(&links.initiatives_of_area, &area.id),
        organisations: Links::ids(&links.organisations_of_area, &area.id),
        budget_lines: budget_lines(site, links, LinkKind::Area, &area.id),
        translations: translations(&area.translations),
    }
}

#[derive(Serialize)]
struct InitiativeJson<'a> {
    id: &'a str,
    url: String,
    title: &'a str,
    status: &'static str,
    areas: Vec<&'a str>,
    rooms: Vec<&'a str>,
    organisations: Vec<&'a str>,
    pillar: Option<u8>,
    started: Option<String>,
    ended: Option<String>,
    location: Option<LocationJson>,
    showcase: bool,
    contact: Option<ContactJson<'a>>,
    volunteers_wanted: Vec<RoleJson<'a>>,
    summary: Option<&'a str>,
    /// The body as sanitised HTML (see [`Translated::description_html`]).
    description_html: &'a str,
    budget_lines: Vec<BudgetLineJson<'a>>,
    translations: BTreeMap<&'a str, Translated<'a>>,
}

fn initiative_json<'a>(
    site: &'a Site,
    links: &Links<'a>,
    urls: &Urls,
    i: &'a Initiative,
) -> InitiativeJson<'a> {
    InitiativeJson {
        id: &i.id,
        url: urls.absolute(&site.config.language, &Route::Initiative(&i.id).path()),
        title: &i.title,
        status: i.status.as_str(),
        areas: ids(&i.areas),
        rooms: ids(&i.rooms),
        organisations: ids(&i.organisations),
        pillar: i.pillar,
        started: i.started.map(iso),
        ended: i.ended.map(iso),
        location: i.location.map(location),
        showcase: i.showcase,
        contact: i.contact.as_ref().map(contact),
        volunteers_wanted: roles(&i.volunteers_wanted),
        summary: i.summary.as_deref(),
        description_html: &i.body.html,
        budget_lines: budget_lines(site, links, LinkKind::Initiative, &i.id),
        translations: translations(&i.translations),
    }
}

#[derive(Serialize)]
struct OrganisationJson<'a> {
    id: &'a str,
    url: String,
    name: &'a str,
    kind: &'static str,
    website: Option<&'a str>,
    email: Option<&'a str>,
    phone: Option<&'a str>,
    areas: Vec<&'a str>,
    rooms: Vec<&'a str>,
    initiatives: Vec<&'a str>,
    summary: Option<&'a str>,
    /// The body as sanitised HTML (see [`Translated::description_html`]).
    description_html: &'a str,
    budget_lines: Vec<BudgetLineJson<'a>>,
    translations: BTreeMap<&'a str, Translated<'a>>,
}

fn organisation_json<'a>(
    site: &'a Site,
    links: &Links<'a>,
    urls: &Urls,
    o: &'a Organisation,
) -> OrganisationJson<'a> {
    OrganisationJson {
        id: &o.id,
        url: urls.absolute(&site.config.language, &Route::Organisation(&o.id).path()),
        name: &o.name,
        kind: o.kind.as_str(),
        website: o.website.as_deref(),
        email: o.email.as_deref(),
        phone: o.phone.as_deref(),
        areas: ids(&o.areas),
        rooms: Links::ids(&links.rooms_of_organisation, &o.id),
        initiatives: Links::ids(&links.initiatives_of_organisation, &o.id),
        summary: o.summary.as_deref(),
        description_html: &o.body.html,
        budget_lines: budget_lines(site, links, LinkKind::Organisation, &o.id),
        translations: translations(&o.translations),
    }
}
