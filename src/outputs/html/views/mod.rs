//! What templates see: small, borrowed views of the model in one language, with URLs
//! worked out and labels left to the templates' translation strings.
//!
//! This module holds the link to an item, the [`Viewer`] and its links and the text in a
//! language; the small views every item uses are in `parts`, the room's in `rooms`, those of
//! areas, initiatives and organisations in `items`.

use crate::model::*;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
use serde::Serialize;

mod exceptions;
mod items;
mod parts;
mod rooms;

pub use exceptions::{ExceptionView, RoomExceptions};
pub use items::{AreaView, InitiativeView, OrganisationView};
pub use parts::{
    location_view, schedule_view, ActivityView, AddressView, BudgetLineView, ContactView,
    LocationView, PhotoView, PresenceView, ReachView, RoleView, ScheduleView, SlotView,
};
pub use rooms::{HistoryView, RoomSummary, RoomView};

/// A link to an item: its id, display name and address.
#[derive(Serialize, Clone)]
pub struct Link {
    pub id: String,
    pub name: String,
    pub url: String,
}

/// Builds views for one language.
pub struct Viewer<'a> {
    pub site: &'a Site,
    pub urls: &'a Urls,
    pub language: &'a str,
    /// Who links to whom, worked out once per build so that no page scans every item.
    pub links: &'a crate::resolve::Links<'a>,
}

pub use crate::text::dates::{hhmm, iso};

/// Name, summary and body of an item in a language, falling back to the original.
pub fn translated<'t>(
    text: &'t ItemText,
    language: &str,
    name: &'t str,
) -> (&'t str, Option<&'t str>, &'t str) {
    let t = text.translations.get(language);
    (
        t.and_then(|t| t.name.as_deref()).unwrap_or(name),
        t.and_then(|t| t.summary.as_deref())
            .or(text.summary.as_deref()),
        t.and_then(|t| t.body.as_ref())
            .map(|b| b.html.as_str())
            .unwrap_or(&text.body.html),
    )
}

/// The languages the summary and the body are actually in: a page in Frisian shows Dutch
/// text where no translation exists, and screen readers must know (WCAG 3.1.2).
pub fn text_languages(text: &ItemText, language: &str, default: &str) -> (String, String) {
    let t = text.translations.get(language);
    let pick = |translated: bool| if translated { language } else { default }.to_string();
    (
        pick(t.is_some_and(|t| t.summary.is_some())),
        pick(t.is_some_and(|t| t.body.is_some())),
    )
}

impl<'a> Viewer<'a> {
    fn url(&self, path: &str) -> String {
        self.urls.page(self.language, path)
    }

    /// A file beside the default language's page, like its `index.json`.
    fn beside_default_page(&self, path: &str, file: &str) -> String {
        format!("{}{file}", self.urls.page(&self.site.config.language, path))
    }

    pub fn room_link(&self, room: &Room) -> Link {
        let (name, _, _) = translated(&room.text, self.language, &room.name);
        Link {
            id: room.id.clone(),
            name: name.to_string(),
            url: self.url(&Route::Room(&room.id).path()),
        }
    }

    pub fn area_link(&self, area: &Area) -> Link {
        let (name, _, _) = translated(&area.text, self.language, &area.name);
        Link {
            id: area.id.clone(),
            name: name.to_string(),
            url: self.url(&Route::Area(&area.id).path()),
        }
    }

    pub fn initiative_link(&self, i: &Initiative) -> Link {
        let (name, _, _) = translated(&i.text, self.language, &i.title);
        Link {
            id: i.id.clone(),
            name: name.to_string(),
            url: self.url(&Route::Initiative(&i.id).path()),
        }
    }

    pub fn organisation_link(&self, o: &Organisation) -> Link {
        let (name, _, _) = translated(&o.text, self.language, &o.name);
        Link {
            id: o.id.clone(),
            name: name.to_string(),
            url: self.url(&Route::Organisation(&o.id).path()),
        }
    }

    pub fn budget_link(&self, b: &Budget) -> Link {
        Link {
            id: b.id.clone(),
            name: b.title.clone(),
            url: self.url(&Route::BudgetDocument(&b.id).path()),
        }
    }

    fn area_ref(&self, r: &Ref) -> Option<Link> {
        self.site.area(&r.id).map(|a| self.area_link(a))
    }
    fn room_ref(&self, r: &Ref) -> Option<Link> {
        self.site.room(&r.id).map(|x| self.room_link(x))
    }
    fn organisation_ref(&self, r: &Ref) -> Option<Link> {
        self.site
            .organisation(&r.id)
            .map(|x| self.organisation_link(x))
    }
}
