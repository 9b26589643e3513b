//! The JSON twin of an initiative.

use super::{budget_lines, contact, head, ids, location, roles, translations, Head};
use super::{BudgetLineJson, ContactJson, LocationJson, RoleJson, Translated};
use crate::model::*;
use crate::outputs::dates;
use crate::outputs::html::views::iso;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
use crate::resolve::{LinkKind, Links};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub(super) struct InitiativeJson<'a> {
    #[serde(flatten)]
    head: Head<'a>,
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

pub(super) fn initiative_json<'a>(
    site: &'a Site,
    links: &Links<'a>,
    urls: &Urls,
    i: &'a Initiative,
) -> InitiativeJson<'a> {
    InitiativeJson {
        head: head(
            site,
            urls,
            Route::Initiative,
            &i.id,
            dates::initiative(site, i),
            &i.text.publication,
        ),
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
        summary: i.text.summary.as_deref(),
        description_html: &i.text.body.html,
        budget_lines: budget_lines(site, links, LinkKind::Initiative, &i.id),
        translations: translations(&i.text.translations),
    }
}
