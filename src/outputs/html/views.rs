//! What templates see: small, borrowed views of the model in one language, with URLs
//! worked out and labels left to the templates' translation strings.

use crate::model::schedule::day_code;
use crate::model::*;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
use crate::resolve::{LinkKind, Links};
use crate::text::money::{format_euros, plain_amount};
use jiff::civil::Weekday;
use serde::Serialize;

/// A link to an item: its id, display name and address.
#[derive(Serialize, Clone)]
pub struct Link {
    pub id: String,
    pub name: String,
    pub url: String,
}

#[derive(Serialize)]
pub struct SlotView {
    /// Dutch day codes, `ma` .. `zo`; templates label them with `t["day_" ~ code]`.
    pub days: Vec<&'static str>,
    pub from: String,
    pub to: String,
    pub note: Option<String>,
}

#[derive(Serialize)]
pub struct PresenceView {
    pub who: String,
    #[serde(flatten)]
    pub slot: SlotView,
}

#[derive(Serialize, Clone)]
pub struct ScheduleView {
    /// `weekly`, `monthly` or `once`.
    pub kind: &'static str,
    pub days: Vec<&'static str>,
    pub interval: u32,
    /// 1..5 or -1..-5 for monthly.
    pub nth: i8,
    pub starts: Option<String>,
    pub ends: Option<String>,
    pub date: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct ActivityView {
    pub title: String,
    pub from: String,
    pub to: String,
    pub schedule: ScheduleView,
    pub room: Link,
}

#[derive(Serialize)]
pub struct RoleView {
    pub role: String,
    pub hours: Option<String>,
    /// Where the role is: a room or an initiative.
    pub place: Link,
}

#[derive(Serialize)]
pub struct HistoryView {
    pub date: String,
    pub text: String,
}

#[derive(Serialize)]
pub struct AddressView {
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
}

#[derive(Serialize)]
pub struct LocationView {
    pub lat: String,
    pub lon: String,
}

#[derive(Serialize)]
pub struct ContactView {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
}

#[derive(Serialize)]
pub struct BudgetLineView {
    pub budget: Link,
    pub item: String,
    pub group: Option<String>,
    pub direction: &'static str,
    pub in_kind: bool,
    /// `[year, "€ 45.000"]` pairs, ascending.
    pub amounts: Vec<(i32, String)>,
}

#[derive(Serialize)]
pub struct RoomView {
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
    pub location_approximate: bool,
    pub opening_hours: Vec<SlotView>,
    pub presence: Vec<PresenceView>,
    pub facilities: Vec<String>,
    pub manager: Option<bool>,
    pub host_volunteers: Option<u32>,
    pub organisations: Vec<Link>,
    pub contact: Option<ContactView>,
    pub activities: Vec<ActivityView>,
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

#[derive(Serialize)]
pub struct AreaView {
    #[serde(flatten)]
    pub link: Link,
    pub geometry_approximate: bool,
    pub has_outline: bool,
    pub cbs_codes: Vec<String>,
    pub team: Option<ContactView>,
    pub team_name: Option<String>,
    pub plan_stage: Option<u8>,
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
}

#[derive(Serialize)]
pub struct InitiativeView {
    #[serde(flatten)]
    pub link: Link,
    /// `idea`, `submitted`, `approved`, `running`, `completed` or `rejected`.
    pub status: &'static str,
    pub areas: Vec<Link>,
    pub rooms: Vec<Link>,
    pub organisations: Vec<Link>,
    pub pillar: Option<u8>,
    pub started: Option<String>,
    pub ended: Option<String>,
    pub location: Option<LocationView>,
    pub showcase: bool,
    pub contact: Option<ContactView>,
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

#[derive(Serialize)]
pub struct OrganisationView {
    #[serde(flatten)]
    pub link: Link,
    /// `welfare`, `volunteers`, `funder`, `housing`, `government` or `other`.
    pub kind: &'static str,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
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

/// Builds views for one language.
pub struct Viewer<'a> {
    pub site: &'a Site,
    pub urls: &'a Urls,
    pub language: &'a str,
    /// Who links to whom, worked out once per build so that no page scans every item.
    pub links: &'a crate::resolve::Links<'a>,
}

pub use crate::text::dates::{hhmm, iso};

fn day_codes(days: &[Weekday]) -> Vec<&'static str> {
    days.iter().copied().map(day_code).collect()
}

/// Coordinates as text with six decimals, so templates never print float noise.
pub fn location_view(location: LatLon) -> LocationView {
    LocationView {
        lat: format!("{:.6}", location.lat),
        lon: format!("{:.6}", location.lon),
    }
}

fn slot_view(slot: &TimeSlot) -> SlotView {
    SlotView {
        days: day_codes(&slot.days),
        from: hhmm(slot.from),
        to: hhmm(slot.to),
        note: slot.note.clone(),
    }
}

fn presence_views(room: &Room) -> Vec<PresenceView> {
    room.presence
        .iter()
        .map(|p| PresenceView {
            who: p.who.clone(),
            slot: slot_view(&p.slot),
        })
        .collect()
}

fn address_view(a: &Address) -> AddressView {
    AddressView {
        street: a.street.clone(),
        postcode: a.postcode.clone(),
        city: a.city.clone(),
    }
}

fn contact_view(c: &Contact) -> ContactView {
    ContactView {
        email: c.email.clone(),
        phone: c.phone.clone(),
        website: c.website.clone(),
    }
}

pub fn schedule_view(schedule: &Schedule) -> ScheduleView {
    match schedule {
        Schedule::Weekly {
            days,
            interval,
            starts,
            ends,
        } => ScheduleView {
            kind: Repeat::Weekly.as_str(),
            days: day_codes(days),
            interval: *interval,
            nth: 0,
            starts: starts.map(iso),
            ends: ends.map(iso),
            date: None,
        },
        Schedule::Monthly {
            days,
            nth,
            starts,
            ends,
        } => ScheduleView {
            kind: Repeat::Monthly.as_str(),
            days: day_codes(days),
            interval: 1,
            nth: *nth,
            starts: starts.map(iso),
            ends: ends.map(iso),
            date: None,
        },
        Schedule::Once { date } => ScheduleView {
            kind: Repeat::Once.as_str(),
            days: vec![day_code(date.weekday())],
            interval: 1,
            nth: 0,
            starts: None,
            ends: None,
            date: Some(iso(*date)),
        },
    }
}

/// Name, summary and body of an item in a language, falling back to the original.
pub fn translated<'t>(
    translations: &'t Translations,
    language: &str,
    name: &'t str,
    summary: &'t Option<String>,
    body: &'t Body,
) -> (&'t str, Option<&'t str>, &'t str) {
    let t = translations.get(language);
    (
        t.and_then(|t| t.name.as_deref()).unwrap_or(name),
        t.and_then(|t| t.summary.as_deref()).or(summary.as_deref()),
        t.and_then(|t| t.body.as_ref())
            .map(|b| b.html.as_str())
            .unwrap_or(&body.html),
    )
}

/// The languages the summary and the body are actually in: a page in Frisian shows Dutch
/// text where no translation exists, and screen readers must know (WCAG 3.1.2).
pub fn text_languages(
    translations: &Translations,
    language: &str,
    default: &str,
) -> (String, String) {
    let t = translations.get(language);
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
        let (name, _, _) = translated(
            &room.translations,
            self.language,
            &room.name,
            &room.summary,
            &room.body,
        );
        Link {
            id: room.id.clone(),
            name: name.to_string(),
            url: self.url(&Route::Room(&room.id).path()),
        }
    }

    pub fn area_link(&self, area: &Area) -> Link {
        let (name, _, _) = translated(
            &area.translations,
            self.language,
            &area.name,
            &area.summary,
            &area.body,
        );
        Link {
            id: area.id.clone(),
            name: name.to_string(),
            url: self.url(&Route::Area(&area.id).path()),
        }
    }

    pub fn initiative_link(&self, i: &Initiative) -> Link {
        let (name, _, _) = translated(
            &i.translations,
            self.language,
            &i.title,
            &i.summary,
            &i.body,
        );
        Link {
            id: i.id.clone(),
            name: name.to_string(),
            url: self.url(&Route::Initiative(&i.id).path()),
        }
    }

    pub fn organisation_link(&self, o: &Organisation) -> Link {
        let (name, _, _) = translated(&o.translations, self.language, &o.name, &o.summary, &o.body);
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

    pub fn activity_views(&self, room: &Room) -> Vec<ActivityView> {
        room.activities
            .iter()
            .map(|a| ActivityView {
                title: a.title.clone(),
                from: hhmm(a.from),
                to: hhmm(a.to),
                schedule: schedule_view(&a.schedule),
                room: self.room_link(room),
            })
            .collect()
    }

    pub fn roles(&self, roles: &[VolunteerRole], place: &Link) -> Vec<RoleView> {
        roles
            .iter()
            .map(|r| RoleView {
                role: r.role.clone(),
                hours: r.hours.clone(),
                place: place.clone(),
            })
            .collect()
    }

    /// Budget lines that name an item through `pick`.
    fn initiative_links(
        &self,
        map: &std::collections::HashMap<&str, Vec<&str>>,
        id: &str,
    ) -> Vec<Link> {
        Links::ids(map, id)
            .into_iter()
            .filter_map(|id| self.site.initiative(id))
            .map(|i| self.initiative_link(i))
            .collect()
    }

    /// The budget lines that name an item, in budget and line order.
    pub fn budget_lines_of(&self, kind: LinkKind, id: &str) -> Vec<BudgetLineView> {
        let lines = self
            .links
            .budget_lines
            .get(&(kind, id))
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        lines
            .iter()
            .map(|(b, l)| (&self.site.budgets[*b], &self.site.budgets[*b].lines[*l]))
            .map(|(b, l)| BudgetLineView {
                budget: self.budget_link(b),
                item: l.item.clone(),
                group: l.group.clone(),
                direction: l.direction.as_str(),
                in_kind: l.in_kind,
                amounts: l
                    .amounts
                    .iter()
                    .map(|(y, a)| (*y, format_euros(*a)))
                    .collect(),
            })
            .collect()
    }

    pub fn room_summary(&self, room: &Room) -> RoomSummary {
        let (_, summary, _) = translated(
            &room.translations,
            self.language,
            &room.name,
            &room.summary,
            &room.body,
        );
        let (summary_lang, body_lang) = text_languages(
            &room.translations,
            self.language,
            &self.site.config.language,
        );
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
        }
    }

    pub fn room(&self, room: &Room) -> RoomView {
        let (_, summary, body) = translated(
            &room.translations,
            self.language,
            &room.name,
            &room.summary,
            &room.body,
        );
        let link = self.room_link(room);
        let (summary_lang, body_lang) = text_languages(
            &room.translations,
            self.language,
            &self.site.config.language,
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
            location_approximate: room.location_approximate,
            opening_hours: room.opening_hours.iter().map(slot_view).collect(),
            presence: presence_views(room),
            facilities: room.facilities.clone(),
            manager: room.manager,
            host_volunteers: room.host_volunteers,
            organisations: room
                .organisations
                .iter()
                .filter_map(|r| self.organisation_ref(r))
                .collect(),
            contact: room.contact.as_ref().map(contact_view),
            activities: self.activity_views(room),
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
        }
    }

    pub fn area(&self, area: &Area) -> AreaView {
        let (_, summary, body) = translated(
            &area.translations,
            self.language,
            &area.name,
            &area.summary,
            &area.body,
        );
        let (summary_lang, body_lang) = text_languages(
            &area.translations,
            self.language,
            &self.site.config.language,
        );
        AreaView {
            link: self.area_link(area),
            geometry_approximate: area.geometry_approximate,
            has_outline: area.outline.is_some(),
            cbs_codes: area.cbs_codes.clone(),
            team: area.team.as_ref().map(|t| ContactView {
                email: t.email.clone(),
                phone: t.phone.clone(),
                website: None,
            }),
            team_name: area.team.as_ref().and_then(|t| t.name.clone()),
            plan_stage: area.plan_stage,
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
        }
    }

    pub fn initiative(&self, i: &Initiative) -> InitiativeView {
        let (_, summary, body) = translated(
            &i.translations,
            self.language,
            &i.title,
            &i.summary,
            &i.body,
        );
        let link = self.initiative_link(i);
        let (summary_lang, body_lang) =
            text_languages(&i.translations, self.language, &self.site.config.language);
        InitiativeView {
            status: i.status.as_str(),
            areas: i.areas.iter().filter_map(|r| self.area_ref(r)).collect(),
            rooms: i.rooms.iter().filter_map(|r| self.room_ref(r)).collect(),
            organisations: i
                .organisations
                .iter()
                .filter_map(|r| self.organisation_ref(r))
                .collect(),
            pillar: i.pillar,
            started: i.started.map(iso),
            ended: i.ended.map(iso),
            location: i.location.map(location_view),
            showcase: i.showcase,
            contact: i.contact.as_ref().map(contact_view),
            volunteers_wanted: self.roles(&i.volunteers_wanted, &link),
            summary: summary.map(str::to_string),
            summary_lang,
            body_lang,
            body: body.to_string(),
            budget_lines: self.budget_lines_of(LinkKind::Initiative, &i.id),
            json_ld: crate::outputs::html::json_ld::initiative(self.urls, self.language, i),
            json_url: self.beside_default_page(&Route::Initiative(&i.id).path(), "index.json"),
            link,
        }
    }

    pub fn organisation(&self, o: &Organisation) -> OrganisationView {
        let (_, summary, body) =
            translated(&o.translations, self.language, &o.name, &o.summary, &o.body);
        let (summary_lang, body_lang) =
            text_languages(&o.translations, self.language, &self.site.config.language);
        OrganisationView {
            link: self.organisation_link(o),
            kind: o.kind.as_str(),
            website: o.website.clone(),
            email: o.email.clone(),
            phone: o.phone.clone(),
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
        }
    }
}

/// A plain amount for machine-readable places (JSON-LD, data attributes).
pub fn amount_text(amount: rust_decimal::Decimal) -> String {
    plain_amount(amount)
}
