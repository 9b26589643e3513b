//! The views of areas, initiatives and organisations.

use super::parts::RoleView;
use super::parts::{contact_view, location_view, photo_view, BudgetLineView, ContactView};
use super::parts::{LocationView, PhotoView};
use super::rooms::RoomSummary;
use super::{iso, text_languages, translated, Link, Viewer};
use crate::model::*;
use crate::resolve::routes::Route;
use crate::resolve::{LinkKind, Links};
use serde::Serialize;

/// An area's page. The area's own fields that a page shows as they are come from the
/// borrowed `area` (those `Area` does not skip), so a plain field needs no line here.
#[derive(Serialize)]
pub struct AreaView<'a> {
    #[serde(flatten)]
    pub area: &'a Area,
    #[serde(flatten)]
    pub link: Link,
    pub has_outline: bool,
    /// Its postcodes, each linked to its page (`name` is the postcode as written).
    pub postcodes: Vec<Link>,
    pub team: Option<ContactView>,
    pub team_name: Option<String>,
    pub summary: Option<String>,
    /// The language of `summary`, and of `body`: the page's, or the default where untranslated.
    pub summary_lang: String,
    pub body_lang: String,
    pub body: String,
    pub rooms: Vec<RoomSummary>,
    pub initiatives: Vec<Link>,
    pub organisations: Vec<Link>,
    pub budget_lines: Vec<BudgetLineView>,
    pub welcome_url: String,
    pub json_ld: String,
    pub json_url: String,
}

/// An initiative's page, borrowing the initiative as [`AreaView`] borrows the area.
#[derive(Serialize)]
pub struct InitiativeView<'a> {
    #[serde(flatten)]
    pub initiative: &'a Initiative,
    #[serde(flatten)]
    pub link: Link,
    /// `idea`, `submitted`, `approved`, `running`, `completed` or `rejected`.
    pub status: &'static str,
    pub areas: Vec<Link>,
    pub rooms: Vec<Link>,
    pub organisations: Vec<Link>,
    pub started: Option<String>,
    pub ended: Option<String>,
    pub location: Option<LocationView>,
    pub contact: Option<ContactView>,
    pub photo: Option<PhotoView>,
    pub volunteers_wanted: Vec<RoleView>,
    pub summary: Option<String>,
    /// The language of `summary`, and of `body`: the page's, or the default where untranslated.
    pub summary_lang: String,
    pub body_lang: String,
    pub body: String,
    pub budget_lines: Vec<BudgetLineView>,
    pub json_ld: String,
    pub json_url: String,
}

/// An organisation's page, borrowing the organisation as [`AreaView`] borrows the area.
#[derive(Serialize)]
pub struct OrganisationView<'a> {
    #[serde(flatten)]
    pub organisation: &'a Organisation,
    #[serde(flatten)]
    pub link: Link,
    /// `welfare`, `volunteers`, `funder`, `housing`, `government` or `other`.
    pub kind: &'static str,
    pub phone: Option<String>,
    /// For the `tel:` link, in E.164.
    pub phone_tel: Option<String>,
    pub areas: Vec<Link>,
    pub rooms: Vec<Link>,
    pub initiatives: Vec<Link>,
    pub summary: Option<String>,
    /// The language of `summary`, and of `body`: the page's, or the default where untranslated.
    pub summary_lang: String,
    pub body_lang: String,
    pub body: String,
    pub budget_lines: Vec<BudgetLineView>,
    pub json_url: String,
}

impl Viewer<'_> {
    /// A postcode's page, by the postcode as written.
    pub fn postcode_link(&self, postcode: Postcode) -> Link {
        let slug = postcode.slug();
        Link {
            url: self.url(&Route::Postcode(&slug).path()),
            id: slug,
            name: postcode.to_string(),
        }
    }

    pub fn area<'r>(&self, area: &'r Area) -> AreaView<'r> {
        let (_, summary, body) = translated(&area.text, self.language, &area.name);
        let (summary_lang, body_lang) =
            text_languages(&area.text, self.language, &self.site.config.language);
        AreaView {
            link: self.area_link(area),
            has_outline: area.outline.is_some(),
            postcodes: area
                .postcodes
                .iter()
                .map(|(p, _)| self.postcode_link(*p))
                .collect(),
            team: area.team.as_ref().map(|t| ContactView {
                email: t.email.clone(),
                phone: t.phone.as_ref().map(|p| p.display.clone()),
                phone_tel: t.phone.as_ref().map(|p| p.e164.clone()),
                website: None,
            }),
            team_name: area.team.as_ref().and_then(|t| t.name.clone()),
            summary: summary.map(str::to_string),
            summary_lang,
            body_lang,
            body: body.to_string(),
            rooms: Links::ids(&self.links.rooms_of_area, &area.id)
                .into_iter()
                .filter_map(|id| self.site.room(id))
                .map(|r| self.room_summary(r))
                .collect(),
            initiatives: self.initiative_links(&self.links.initiatives_of_area, &area.id),
            organisations: Links::ids(&self.links.organisations_of_area, &area.id)
                .into_iter()
                .filter_map(|id| self.site.organisation(id))
                .map(|o| self.organisation_link(o))
                .collect(),
            budget_lines: self.budget_lines_of(LinkKind::Area, &area.id),
            welcome_url: self.url(&Route::Welcome(&area.id).path()),
            json_ld: crate::outputs::html::json_ld::area(self.urls, self.language, area),
            json_url: self.beside_default_page(&Route::Area(&area.id).path(), "index.json"),
            area,
        }
    }

    pub fn initiative<'r>(&self, i: &'r Initiative) -> InitiativeView<'r> {
        let (_, summary, body) = translated(&i.text, self.language, &i.title);
        let link = self.initiative_link(i);
        let (summary_lang, body_lang) =
            text_languages(&i.text, self.language, &self.site.config.language);
        InitiativeView {
            status: i.status.as_str(),
            areas: i.areas.iter().filter_map(|r| self.area_ref(r)).collect(),
            rooms: i.rooms.iter().filter_map(|r| self.room_ref(r)).collect(),
            organisations: i
                .organisations
                .iter()
                .filter_map(|r| self.organisation_ref(r))
                .collect(),
            started: i.started.map(iso),
            ended: i.ended.map(iso),
            location: i.location.map(location_view),
            contact: i.contact.as_ref().map(contact_view),
            photo: i.photo.as_ref().and_then(|p| {
                photo_view(
                    self.urls,
                    &self.site.config.language,
                    Route::Initiative(&i.id),
                    p,
                )
            }),
            volunteers_wanted: self.roles(&i.volunteers_wanted, &link),
            summary: summary.map(str::to_string),
            summary_lang,
            body_lang,
            body: body.to_string(),
            budget_lines: self.budget_lines_of(LinkKind::Initiative, &i.id),
            json_ld: crate::outputs::html::json_ld::initiative(self.urls, self.language, i),
            json_url: self.beside_default_page(&Route::Initiative(&i.id).path(), "index.json"),
            link,
            initiative: i,
        }
    }

    pub fn organisation<'r>(&self, o: &'r Organisation) -> OrganisationView<'r> {
        let (_, summary, body) = translated(&o.text, self.language, &o.name);
        let (summary_lang, body_lang) =
            text_languages(&o.text, self.language, &self.site.config.language);
        OrganisationView {
            link: self.organisation_link(o),
            kind: o.kind.as_str(),
            phone: o.phone.as_ref().map(|p| p.display.clone()),
            phone_tel: o.phone.as_ref().map(|p| p.e164.clone()),
            areas: o.areas.iter().filter_map(|r| self.area_ref(r)).collect(),
            rooms: Links::ids(&self.links.rooms_of_organisation, &o.id)
                .into_iter()
                .filter_map(|id| self.site.room(id))
                .map(|r| self.room_link(r))
                .collect(),
            initiatives: self.initiative_links(&self.links.initiatives_of_organisation, &o.id),
            summary: summary.map(str::to_string),
            summary_lang,
            body_lang,
            body: body.to_string(),
            budget_lines: self.budget_lines_of(LinkKind::Organisation, &o.id),
            json_url: self.beside_default_page(&Route::Organisation(&o.id).path(), "index.json"),
            organisation: o,
        }
    }
}
