//! JSON twins of the item pages: `kamers/<id>/index.json`, `gebieden/<id>/index.json`,
//! `initiatieven/<id>/index.json` and `organisaties/<id>/index.json`, each holding the item's
//! data (not its HTML) with keys in a fixed order.
//!
//! Amounts are strings with two decimals (`"47875.00"`), so that no reader ever sees a
//! rounded float; coordinates are numbers with at most six decimals; dates are `YYYY-MM-DD`.
//!
//! This module writes the files and holds the parts every kind shares (translations,
//! location, contact, roles, budget lines); each kind's record is in a module of its own.

use crate::model::*;
use crate::output::OutputFile;
use crate::outputs::data::tables::round6;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
use crate::resolve::{LinkKind, Links};
use crate::text::money::plain_amount;
use serde::Serialize;
use std::collections::BTreeMap;

mod area;
mod initiative;
mod organisation;
mod room;

use area::area_json;
use initiative::initiative_json;
use organisation::organisation_json;
use room::room_json;

/// The name of the JSON twin beside an item's page.
pub const FILE: &str = "index.json";

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
    OutputFile::new(page.beside(FILE), text)
}

/// What every twin starts with: the item's id, the address of its page, and its dates.
#[derive(Serialize)]
struct Head<'a> {
    id: &'a str,
    url: String,
    /// The date of the last commit that changed the item's files.
    modified: String,
    /// The date an editor last checked the item against reality (`reviewed`), if given.
    reviewed: Option<String>,
}

/// The head of the twin of the item `id`, whose page is `page(id)` and whose files last
/// changed at `changed` (`outputs::dates`).
fn head<'a>(
    site: &Site,
    urls: &Urls,
    page: fn(&'a str) -> Route<'a>,
    id: &'a str,
    changed: jiff::Timestamp,
    publication: &Publication,
) -> Head<'a> {
    use crate::text::dates::iso;
    Head {
        id,
        url: urls.absolute(&site.config.language, &page(id).path()),
        modified: iso(crate::outputs::dates::date(site, changed)),
        reviewed: publication.reviewed.map(|(date, _)| iso(date)),
    }
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
        phone: c.phone.as_ref().map(|p| p.e164.as_str()),
        website: c.website.as_deref(),
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
