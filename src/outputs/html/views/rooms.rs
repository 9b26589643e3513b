//! The views of a room: its page and its summary in lists.

use super::parts::{address_view, contact_view, location_view, presence_views, slot_view};
use super::parts::{photo_view, PhotoView, PresenceView, ReachView, RoleView, SlotView};
use super::parts::{ActivityView, AddressView, BudgetLineView, ContactView, LocationView};
use super::{iso, text_languages, translated, Link, RoomExceptions, Viewer};
use crate::model::*;
use crate::resolve::routes::Route;
use crate::resolve::LinkKind;
use serde::Serialize;

#[derive(Serialize)]
pub struct HistoryView {
    pub date: String,
    pub text: String,
}

/// A facility as a room page lists it, with the language its label is in.
#[derive(Serialize)]
pub struct FacilityView {
    pub label: String,
    pub lang: String,
}

/// A room's page. The room's own fields that a page shows as they are come from the
/// borrowed `room` (those `Room` does not skip), so a plain field needs no line here.
#[derive(Serialize)]
pub struct RoomView<'a> {
    #[serde(flatten)]
    pub room: &'a Room,
    #[serde(flatten)]
    pub link: Link,
    /// `main` or `satellite`.
    pub kind: &'static str,
    /// `open`, `planned` or `closed`.
    pub status: &'static str,
    pub area: Link,
    pub opened: Option<String>,
    pub closed: Option<String>,
    pub summary: Option<String>,
    /// The language of `summary`, and of `body`: the page's, or the default where untranslated.
    pub summary_lang: String,
    pub body_lang: String,
    pub address: Option<AddressView>,
    pub location: Option<LocationView>,
    pub opening_hours: Vec<SlotView>,
    pub presence: Vec<PresenceView>,
    pub facilities: Vec<FacilityView>,
    pub organisations: Vec<Link>,
    pub contact: Option<ContactView>,
    /// Who to reach: the room's own contact, or an organisation's.
    pub reach: Option<ReachView>,
    pub photo: Option<PhotoView>,
    /// Activities still coming up; `activities_past` those whose dates have all been
    /// ("geweest"), relative to the build date.
    pub activities: Vec<ActivityView>,
    pub activities_past: Vec<ActivityView>,
    /// Closures and holidays in the coming weeks, and a year of them for "open now".
    pub exceptions: RoomExceptions,
    pub volunteers_wanted: Vec<RoleView>,
    pub history: Vec<HistoryView>,
    pub body: String,
    pub initiatives: Vec<Link>,
    pub budget_lines: Vec<BudgetLineView>,
    /// Address of the room's calendar file.
    pub agenda_url: String,
    /// schema.org JSON-LD, safe to print unescaped inside `<script type="application/ld+json">`.
    pub json_ld: String,
    /// Address of the page's JSON twin (`index.json`, written once, beside the default
    /// language's page).
    pub json_url: String,
}

/// A room in a list: enough to show where and whether it is open.
#[derive(Serialize)]
pub struct RoomSummary {
    #[serde(flatten)]
    pub link: Link,
    pub kind: &'static str,
    pub status: &'static str,
    pub area: Option<Link>,
    pub summary: Option<String>,
    /// The language of `summary`, and of `body`: the page's, or the default where untranslated.
    pub summary_lang: String,
    pub body_lang: String,
    pub address: Option<AddressView>,
    pub opening_hours: Vec<SlotView>,
    pub presence: Vec<PresenceView>,
    /// Who to reach: the room's own contact, or an organisation's.
    pub reach: Option<ReachView>,
}

impl Viewer<'_> {
    pub fn room_summary(&self, room: &Room) -> RoomSummary {
        let (_, summary, _) = translated(&room.text, self.language, &room.name);
        let (summary_lang, body_lang) =
            text_languages(&room.text, self.language, &self.site.config.language);
        RoomSummary {
            link: self.room_link(room),
            kind: room.kind.as_str(),
            status: room.status.as_str(),
            area: self.area_ref(&room.area),
            summary: summary.map(str::to_string),
            summary_lang,
            body_lang,
            address: room.address.as_ref().map(address_view),
            opening_hours: room.opening_hours.iter().map(slot_view).collect(),
            presence: presence_views(room),
            reach: self.reach(room),
        }
    }

    /// Who to reach about `room` ([`crate::resolve::reach`]).
    pub fn reach(&self, room: &Room) -> Option<ReachView> {
        let reach = crate::resolve::reach::reach(room, |id| self.site.organisation(id))?;
        Some(ReachView {
            contact: contact_view(&reach.contact),
            via: reach.via.map(|o| self.organisation_link(o)),
        })
    }

    /// A known facility once, in the page's language (or the site's, where mienskip has no
    /// label in the page's); any other word as written, in the content's language.
    fn facilities(&self, room: &Room) -> Vec<FacilityView> {
        let content = &self.site.config.language;
        let mut shown: Vec<&'static crate::model::facilities::Facility> = Vec::new();
        let mut views = Vec::new();
        for word in &room.facilities {
            let (label, lang) = match crate::model::facilities::known(word) {
                Some(f) if shown.contains(&f) => continue,
                Some(f) => {
                    shown.push(f);
                    if let Some(label) = f.label(self.language) {
                        (label, self.language)
                    } else if let Some(label) = f.label(content) {
                        (label, content.as_str())
                    } else {
                        (word.as_str(), content.as_str())
                    }
                }
                None => (word.as_str(), content.as_str()),
            };
            views.push(FacilityView {
                label: label.to_string(),
                lang: lang.to_string(),
            });
        }
        views
    }

    pub fn room<'r>(&self, room: &'r Room) -> RoomView<'r> {
        let (_, summary, body) = translated(&room.text, self.language, &room.name);
        let link = self.room_link(room);
        let (summary_lang, body_lang) =
            text_languages(&room.text, self.language, &self.site.config.language);
        let (past, coming): (Vec<_>, Vec<_>) = room
            .activities
            .iter()
            .zip(self.activity_views(room))
            .partition(|(a, _)| a.schedule.is_past(self.site.build_date));
        let (past, coming): (Vec<ActivityView>, Vec<ActivityView>) = (
            past.into_iter().map(|(_, v)| v).collect(),
            coming.into_iter().map(|(_, v)| v).collect(),
        );
        RoomView {
            kind: room.kind.as_str(),
            status: room.status.as_str(),
            area: self.area_ref(&room.area).expect("resolved"),
            opened: room.opened.map(iso),
            closed: room.closed.map(iso),
            summary: summary.map(str::to_string),
            summary_lang,
            body_lang,
            address: room.address.as_ref().map(address_view),
            location: room.location.map(location_view),
            opening_hours: room.opening_hours.iter().map(slot_view).collect(),
            presence: presence_views(room),
            facilities: self.facilities(room),
            organisations: room
                .organisations
                .iter()
                .filter_map(|r| self.organisation_ref(r))
                .collect(),
            contact: room.contact.as_ref().map(contact_view),
            reach: self.reach(room),
            photo: room.photo.as_ref().and_then(|p| {
                photo_view(
                    self.urls,
                    &self.site.config.language,
                    Route::Room(&room.id),
                    p,
                )
            }),
            activities: coming,
            activities_past: past,
            exceptions: super::exceptions::room_exceptions(self.site, room),
            volunteers_wanted: self.roles(&room.volunteers_wanted, &link),
            history: room
                .history
                .iter()
                .map(|h| HistoryView {
                    date: iso(h.date),
                    text: h.text.clone(),
                })
                .collect(),
            body: body.to_string(),
            initiatives: self.initiative_links(&self.links.initiatives_of_room, &room.id),
            budget_lines: self.budget_lines_of(LinkKind::Room, &room.id),
            json_ld: crate::outputs::html::json_ld::room(self.site, self.urls, self.language, room),
            json_url: self.beside_default_page(&Route::Room(&room.id).path(), "index.json"),
            agenda_url: format!(
                "{}agenda.ics",
                self.urls
                    .page(&self.site.config.language, &Route::Room(&room.id).path())
            ),
            link,
            room,
        }
    }
}
