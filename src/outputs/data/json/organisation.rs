//! The JSON twin of an organisation.

use super::{budget_lines, ids, translations, BudgetLineJson, Translated};
use crate::model::*;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
use crate::resolve::{LinkKind, Links};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub(super) struct OrganisationJson<'a> {
    id: &'a str,
    url: String,
    /// The date of the last commit that changed the item\'s files.
    modified: String,
    /// The date an editor last checked the item against reality (`reviewed`), if given.
    reviewed: Option<String>,
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
        id: &o.id,
        url: urls.absolute(&site.config.language, &Route::Organisation(&o.id).path()),
        modified: crate::text::dates::iso(crate::outputs::dates::date(
            site,
            crate::outputs::dates::organisation(site, o),
        )),
        reviewed: o
            .publication
            .reviewed
            .map(|(date, _)| crate::text::dates::iso(date)),
        name: &o.name,
        kind: o.kind.as_str(),
        website: o.website.as_deref(),
        email: o.email.as_deref(),
        phone: o.phone.as_ref().map(|p| p.e164.as_str()),
        areas: ids(&o.areas),
        rooms: Links::ids(&links.rooms_of_organisation, &o.id),
        initiatives: Links::ids(&links.initiatives_of_organisation, &o.id),
        summary: o.summary.as_deref(),
        description_html: &o.body.html,
        budget_lines: budget_lines(site, links, LinkKind::Organisation, &o.id),
        translations: translations(&o.translations),
    }
}
