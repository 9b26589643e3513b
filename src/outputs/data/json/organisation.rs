//! The JSON twin of an organisation.

use super::{budget_lines, head, ids, translations, BudgetLineJson, Head, Translated};
use crate::model::*;
use crate::outputs::dates;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
use crate::resolve::{LinkKind, Links};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub(super) struct OrganisationJson<'a> {
    #[serde(flatten)]
    head: Head<'a>,
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

pub(super) fn organisation_json<'a>(
    site: &'a Site,
    links: &Links<'a>,
    urls: &Urls,
    o: &'a Organisation,
) -> OrganisationJson<'a> {
    OrganisationJson {
        head: head(
            site,
            urls,
            Route::Organisation,
            &o.id,
            dates::organisation(site, o),
            &o.text.publication,
        ),
        name: &o.name,
        kind: o.kind.as_str(),
        website: o.website.as_deref(),
        email: o.email.as_deref(),
        phone: o.phone.as_ref().map(|p| p.e164.as_str()),
        areas: ids(&o.areas),
        rooms: Links::ids(&links.rooms_of_organisation, &o.id),
        initiatives: Links::ids(&links.initiatives_of_organisation, &o.id),
        summary: o.text.summary.as_deref(),
        description_html: &o.text.body.html,
        budget_lines: budget_lines(site, links, LinkKind::Organisation, &o.id),
        translations: translations(&o.text.translations),
    }
}
