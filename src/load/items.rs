//! Reading the front matter of rooms, areas, initiatives, organisations and pages into the
//! model, checking every rule of the content contract that concerns one file alone. Rooms,
//! the largest kind, are read in `rooms`; the parts several kinds share are here.

mod exceptions;
mod rooms;

use super::contact::{self as contact_fields, contact};
use super::fields::{Fields, Reader};
use super::photo::photo;
use super::{FrontMatter, Kind, Loaded};
use crate::model::keys;
use crate::model::*;
use rooms::room;
use std::sync::Arc;

/// What every kind of content file carries besides its own keys: `summary`, `draft` and
/// `reviewed`, and the Markdown `body`; translations are added when all files are read.
pub(super) fn item_text(f: &Fields, r: &mut Reader, body: Body) -> ItemText {
    ItemText {
        summary: r.summary(f),
        body,
        publication: Publication {
            draft: r.opt_bool(f, "draft").unwrap_or(false),
            reviewed: r
                .opt_date(f, "reviewed")
                .map(|date| (date, f.line_of("reviewed"))),
        },
        translations: Translations::new(),
    }
}

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

/// `key` (its date) lies before `other` (its date): one message for every pair of dates.
fn date_before(
    key: &str,
    date: jiff::civil::Date,
    other: &str,
    other_date: jiff::civil::Date,
) -> crate::messages::Message {
    crate::msg!(
        "value-date-before",
        key = key,
        date = date.to_string(),
        other = other,
        other_date = other_date.to_string()
    )
}

/// `to` (its time) is not after `from` (its time): for opening hours and closures alike.
fn time_not_after(to: jiff::civil::Time, from: jiff::civil::Time) -> crate::messages::Message {
    crate::msg!(
        "value-time-not-after",
        key = "to",
        time = to.strftime("%H:%M").to_string(),
        other = "from",
        other_time = from.strftime("%H:%M").to_string()
    )
}

fn volunteer_roles(f: &Fields, r: &mut Reader) -> Vec<VolunteerRole> {
    let Some(node) = f.get("volunteers_wanted") else {
        return Vec::new();
    };
    r.list(node, "volunteers_wanted")
        .iter()
        .filter_map(|item| {
            let fields = r.keyed(
                item,
                crate::msg!("place-volunteer-role"),
                &keys::VOLUNTEER_ROLE,
            )?;
            let role = r.req_text(&fields, "role", "Gastvrouw of gastheer");
            let hours = r.opt_text(&fields, "hours");
            Some(VolunteerRole { role: role?, hours })
        })
        .collect()
}

fn area(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Area> {
    let f = r.keyed(&fm.node, crate::msg!("place-front-matter"), &keys::AREA)?;
    let name = r.req_text(&f, "name", "Leeuwarden Noord");
    let geometry_file = f.get("geometry").and_then(|n| {
        let file = r.text(n, "geometry")?;
        if !super::files::is_relative_inside(&file) {
            r.error(
                n.line,
                crate::msg!("area-geometry-outside", value = file.as_str(), id = id),
            );
            return None;
        }
        Some(Ref {
            id: file,
            line: n.line,
        })
    });
    let team = f.get("team").and_then(|n| {
        let tf = r.keyed(n, crate::msg!("place-key", key = "team"), &keys::TEAM)?;
        Some(Team {
            name: r.opt_text(&tf, "name"),
            email: contact_fields::email(&tf, r),
            phone: contact_fields::phone(&tf, r),
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
        postcodes: area_postcodes(&f, r),
        places: area_places(&f, r),
        team,
        plan_stage: r.opt_integer(&f, "plan_stage", 1, 5).map(|n| n as u8),
        text: item_text(&f, r, fm.body),
    })
}

/// An area's `postcodes`, each checked and written the PostNL way; one listed twice in
/// the file is reported (a postcode claimed by two areas is checked when all are read).
fn area_postcodes(f: &Fields, r: &mut Reader) -> Vec<(Postcode, usize)> {
    let mut seen: Vec<(Postcode, usize)> = Vec::new();
    let listed = r.text_list(f, "postcodes");
    if listed.len() > crate::limits::MAX_AREA_POSTCODES {
        r.error(
            f.line_of("postcodes"),
            crate::msg!(
                "area-too-many-postcodes",
                count = listed.len(),
                limit = crate::limits::MAX_AREA_POSTCODES
            ),
        );
        return seen;
    }
    for (text, line) in listed {
        match Postcode::parse(&text) {
            Ok(postcode) => match seen.iter().find(|(p, _)| *p == postcode) {
                Some((_, first)) => {
                    let first = *first;
                    r.error(
                        line,
                        crate::msg!(
                            "area-postcode-twice",
                            postcode = postcode.to_string(),
                            first = first
                        ),
                    )
                }
                None => seen.push((postcode, line)),
            },
            Err(why) => r.error(
                line,
                crate::msg!(
                    "area-postcode-invalid",
                    value = crate::diagnostics::quote_value(&text),
                    why = why.text()
                ),
            ),
        }
    }
    // A six-character postcode inside a four-digit one of the same area adds nothing.
    for (postcode, line) in &seen {
        if let Some((_, whole)) = seen
            .iter()
            .find(|(p, _)| postcode.is_six() && *p == postcode.area())
        {
            r.warning(
                *line,
                crate::msg!(
                    "area-postcode-inside",
                    postcode = postcode.to_string(),
                    area = postcode.area().to_string(),
                    line = *whole
                ),
            );
        }
    }
    seen
}

/// An area's `places`: names, none empty, none twice.
fn area_places(f: &Fields, r: &mut Reader) -> Vec<String> {
    let mut places: Vec<String> = Vec::new();
    for (place, line) in r.text_list(f, "places") {
        if place.is_empty() {
            r.error(line, crate::msg!("area-place-empty"));
        } else if places.iter().any(|p| p.eq_ignore_ascii_case(&place)) {
            r.error(
                line,
                crate::msg!(
                    "area-place-twice",
                    value = crate::diagnostics::quote_value(&place)
                ),
            );
        } else {
            places.push(place);
        }
    }
    places
}

fn initiative(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Initiative> {
    let f = r.keyed(
        &fm.node,
        crate::msg!("place-front-matter"),
        &keys::INITIATIVE,
    )?;
    let title = r.req_text(&f, "title", "Repair Café Heechterp");
    let status = r
        .required(&f, "status", InitiativeStatus::Running.as_str())
        .and_then(|n| r.choice(n, "status", &InitiativeStatus::choices()));
    let areas = r.id_list(&f, "areas");
    if !f.has("areas") {
        r.error(f.line_of("areas"), crate::msg!("initiative-areas-required"));
    }
    let started = r.opt_date(&f, "started");
    let ended = r.opt_date(&f, "ended");
    if status == Some(InitiativeStatus::Completed) && !f.has("ended") {
        r.error(
            f.line_of("status"),
            crate::msg!("initiative-completed-needs-end"),
        );
    }
    if let (Some(s), Some(e)) = (started, ended) {
        if e < s {
            r.error(f.line_of("ended"), date_before("ended", e, "started", s));
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
        contact: f.get("contact").and_then(|n| contact(n, r)),
        photo: photo(&f, r),
        volunteers_wanted: volunteer_roles(&f, r),
        text: item_text(&f, r, fm.body),
    })
}

fn organisation(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Organisation> {
    let f = r.keyed(
        &fm.node,
        crate::msg!("place-front-matter"),
        &keys::ORGANISATION,
    )?;
    let name = r.req_text(&f, "name", "Amaryllis");
    let kind = r
        .required(&f, "kind", OrganisationKind::Welfare.as_str())
        .and_then(|n| r.choice(n, "kind", &OrganisationKind::choices()));
    let website = contact_fields::website(&f, r);
    Some(Organisation {
        id: id.to_string(),
        path: r.path.clone(),
        name: name?,
        kind: kind?,
        website,
        email: contact_fields::email(&f, r),
        phone: contact_fields::phone(&f, r),
        areas: r.id_list(&f, "areas"),
        text: item_text(&f, r, fm.body),
    })
}

fn page(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Page> {
    let f = r.keyed(&fm.node, crate::msg!("place-front-matter"), &keys::PAGE)?;
    let title = r.req_text(&f, "title", "Toegankelijkheid");
    Some(Page {
        id: id.to_string(),
        path: r.path.clone(),
        title: title?,
        text: item_text(&f, r, fm.body),
    })
}
