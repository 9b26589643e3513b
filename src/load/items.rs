//! Reading the front matter of rooms, areas, initiatives, organisations and pages into the
//! model, checking every rule of the content contract that concerns one file alone. Rooms,
//! the largest kind, are read in `rooms`; the parts several kinds share are here.

mod rooms;

use super::fields::{Fields, Reader};
use super::yaml::Node;
use super::{FrontMatter, Kind, Loaded};
use crate::model::keys;
use crate::model::*;
use rooms::room;
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

fn contact(node: &Node, r: &mut Reader) -> Option<Contact> {
    let f = r.keyed(node, "`contact`", &keys::CONTACT)?;
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

fn volunteer_roles(f: &Fields, r: &mut Reader) -> Vec<VolunteerRole> {
    let Some(node) = f.get("volunteers_wanted") else {
        return Vec::new();
    };
    r.list(node, "volunteers_wanted")
        .iter()
        .filter_map(|item| {
            let fields = r.keyed(item, "a `volunteers_wanted` role", &keys::VOLUNTEER_ROLE)?;
            let role = r.req_text(&fields, "role", "Gastvrouw of gastheer");
            let hours = r.opt_text(&fields, "hours");
            Some(VolunteerRole { role: role?, hours })
        })
        .collect()
}

fn area(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Area> {
    let f = r.keyed(&fm.node, "the front matter", &keys::AREA)?;
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
        let tf = r.keyed(n, "`team`", &keys::TEAM)?;
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

fn initiative(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Initiative> {
    let f = r.keyed(&fm.node, "the front matter", &keys::INITIATIVE)?;
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
        contact: f.get("contact").and_then(|n| contact(n, r)),
        volunteers_wanted: volunteer_roles(&f, r),
        summary: r.opt_text(&f, "summary"),
        body: fm.body,
        translations: Translations::new(),
    })
}

fn organisation(id: &str, fm: FrontMatter, r: &mut Reader) -> Option<Organisation> {
    let f = r.keyed(&fm.node, "the front matter", &keys::ORGANISATION)?;
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
    let f = r.keyed(&fm.node, "the front matter", &keys::PAGE)?;
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
