//! The JSON twin of an area, with its outline as a GeoJSON geometry.

use super::{budget_lines, head, translations, BudgetLineJson, Head, Translated};
use crate::model::*;
use crate::outputs::data::geojson::outline_geometry;
use crate::outputs::dates;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
use crate::resolve::{LinkKind, Links};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct TeamJson<'a> {
    name: Option<&'a str>,
    email: Option<&'a str>,
    phone: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct AreaJson<'a> {
    #[serde(flatten)]
    head: Head<'a>,
    name: &'a str,
    summary: Option<&'a str>,
    /// The body as sanitised HTML (see [`Translated::description_html`]).
    description_html: &'a str,
    cbs_codes: &'a [String],
    /// `8913` or `8913 AB`, as the area names them.
    postcodes: Vec<String>,
    /// Neighbourhoods and villages, as residents call them.
    places: &'a [String],
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

pub(super) fn area_json<'a>(
    site: &'a Site,
    links: &Links<'a>,
    urls: &Urls,
    area: &'a Area,
) -> AreaJson<'a> {
    AreaJson {
        head: head(
            site,
            urls,
            Route::Area,
            &area.id,
            dates::area(site, area),
            &area.text.publication,
        ),
        name: &area.name,
        summary: area.text.summary.as_deref(),
        description_html: &area.text.body.html,
        cbs_codes: &area.cbs_codes,
        postcodes: area.postcodes.iter().map(|(p, _)| p.to_string()).collect(),
        places: &area.places,
        plan_stage: area.plan_stage,
        team: area.team.as_ref().map(|t| TeamJson {
            name: t.name.as_deref(),
            email: t.email.as_deref(),
            phone: t.phone.as_ref().map(|p| p.e164.as_str()),
        }),
        geometry: area.outline.as_ref().and_then(outline_geometry),
        geometry_approximate: area.geometry_approximate,
        rooms: Links::ids(&links.rooms_of_area, &area.id),
        initiatives: Links::ids(&links.initiatives_of_area, &area.id),
        organisations: Links::ids(&links.organisations_of_area, &area.id),
        budget_lines: budget_lines(site, links, LinkKind::Area, &area.id),
        translations: translations(&area.text.translations),
    }
}
