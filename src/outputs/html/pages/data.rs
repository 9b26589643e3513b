//! What each page shows: the template of a page and the data it hands that template,
//! one arm of a match per kind of page.

use super::shared::one;
use super::{Page, Pages, AGENDA_ITEMS_LISTED, HOME_ROOMS_LISTED, HOME_WEEK_ITEMS};
use crate::diagnostics::Diagnostic;
use crate::model::{InitiativeStatus, RoomStatus};
use crate::outputs::html::agenda::{agenda_in_area, AgendaDay, AgendaDayIn, AgendaItem};
use crate::outputs::html::budget_document::DocumentView;
use crate::outputs::html::views::{InitiativeView, Link};
use serde::Serialize;
use tera::Context;

impl Pages<'_> {
    /// The template of a page and what it shows.
    pub(super) fn data(&self, page: Page) -> Result<(&'static str, Context), Diagnostic> {
        let v = &self.viewer;
        let site = v.site;
        Ok(match page {
            Page::Home => {
                let mut home = Context::new();
                if site.rooms.len() <= HOME_ROOMS_LISTED {
                    home.insert("areas", &self.area_views());
                } else {
                    home.insert("area_counts", &self.area_counts());
                }
                let (week, more) = first_items(self.week(), HOME_WEEK_ITEMS);
                home.insert("week", &week);
                home.insert("week_more", &more);
                home.insert("map_svg", self.full_map());
                ("index.html", home)
            }
            Page::Rooms => {
                // Each room's card, made one at a time: the page holds HTML, not every
                // room's view.
                let cards = self.fragments(
                    page,
                    "fragments/room_card.html",
                    "room",
                    site.rooms.iter().map(|r| v.room_summary(r)),
                )?;
                let cards: Vec<Card> = site
                    .rooms
                    .iter()
                    .zip(cards)
                    .map(|(r, html)| Card {
                        status: r.status.as_str(),
                        html,
                    })
                    .collect();
                let groups = grouped(&cards, RoomStatus::WORDS, |c| c.status);
                ("rooms.html", one("groups", &groups))
            }
            Page::Room(i) => {
                let room = &site.rooms[i];
                let mut room_page = one("room", &v.room(room));
                // The rooms of its area, for the list beside the small map.
                let area = site
                    .areas
                    .binary_search_by(|a| a.id.as_str().cmp(&room.area.id))
                    .ok()
                    .map(|a| self.map_rooms(a, page))
                    .transpose()?;
                let items: Option<Vec<&str>> = area.map(|items| {
                    items
                        .iter()
                        .map(|item| {
                            if item.id == room.id {
                                &item.own
                            } else {
                                &item.other
                            }
                        })
                        .map(String::as_str)
                        .collect()
                });
                room_page.insert("map_rooms", &items);
                let around = [room.area.id.as_str()];
                room_page.insert(
                    "map_svg",
                    &crate::outputs::html::map::draw(
                        v,
                        Some(&around),
                        Some(&room.id),
                        &room.name,
                        crate::outputs::html::map::SMALL_WIDTH,
                        &self.map_names,
                    ),
                );
                ("room.html", room_page)
            }
            Page::Areas => {
                let cards = self.fragments(
                    page,
                    "fragments/area_card.html",
                    "area",
                    self.areas_by_name(),
                )?;
                ("areas.html", one("area_cards", &cards))
            }
            Page::Area(i) => {
                let area = &site.areas[i];
                let view = self.area(i);
                let mut area_page = one("area", view);
                let only = [area.id.as_str()];
                area_page.insert(
                    "map_svg",
                    &crate::outputs::html::map::draw(
                        v,
                        Some(&only),
                        None,
                        &view.link.name,
                        crate::outputs::html::map::FULL_WIDTH,
                        &self.map_names,
                    ),
                );
                ("area.html", area_page)
            }
            Page::Welcome(i) => ("welcome.html", self.welcome(i)),
            Page::Initiatives => {
                // Each initiative's card, made one at a time: the page holds HTML, not a
                // tree of every initiative's card that Tera copies while it renders.
                let mut context = self.common.clone();
                context.insert("area_count", &site.areas.len());
                let cards = self.fragments_in(
                    context,
                    page,
                    "fragments/initiative_card.html",
                    "i",
                    site.initiatives.iter().map(|i| self.initiative_card(i)),
                )?;
                let cards: Vec<Card> = site
                    .initiatives
                    .iter()
                    .zip(cards)
                    .map(|(i, html)| Card {
                        status: i.status.as_str(),
                        html,
                    })
                    .collect();
                // Running ones first, then those on their way, then those that are over.
                let statuses = [
                    InitiativeStatus::Running,
                    InitiativeStatus::Approved,
                    InitiativeStatus::Submitted,
                    InitiativeStatus::Idea,
                    InitiativeStatus::Completed,
                    InitiativeStatus::Rejected,
                ]
                .map(InitiativeStatus::as_str);
                let mut list = one("groups", &grouped(&cards, &statuses, |c| c.status));
                list.insert("areas", &self.area_links_by_name());
                ("initiatives.html", list)
            }
            Page::Initiative(i) => (
                "initiative.html",
                one("initiative", &v.initiative(&site.initiatives[i])),
            ),
            Page::Knowledge => {
                let showcase: Vec<InitiativeView> = site
                    .initiatives
                    .iter()
                    .filter(|i| i.showcase)
                    .map(|i| v.initiative(i))
                    .collect();
                ("knowledge.html", one("initiatives", &showcase))
            }
            Page::Organisations => (
                "organisations.html",
                one("organisations", self.organisations()),
            ),
            Page::Organisation(i) => (
                "organisation.html",
                one("organisation", &v.organisation(&site.organisations[i])),
            ),
            Page::Volunteering => ("volunteering.html", one("groups", &self.roles_by_area())),
            Page::Agenda => {
                let all_days = self.all_days();
                let total_all: usize = all_days.iter().map(|d| d.items.len()).sum();
                // A large site's agenda shows whole days up to a limit; each area's agenda
                // page has all of that area's four weeks.
                let mut days = agenda_in_area(all_days, "");
                let mut shown = 0;
                let whole_days = days
                    .iter()
                    .take_while(|d| {
                        shown += d.items.len();
                        shown <= AGENDA_ITEMS_LISTED
                    })
                    .count()
                    .max(1);
                let truncated = whole_days < days.len();
                days.truncate(whole_days);
                let total: usize = days.iter().map(|d| d.items.len()).sum();
                let mut agenda_page = one("days", &days);
                agenda_page.insert("truncated", &truncated);
                agenda_page.insert("filters", self.filters());
                agenda_page.insert("total", &total);
                agenda_page.insert("total_all", &total_all);
                ("agenda.html", agenda_page)
            }
            Page::AgendaOfArea(i) => {
                let all_days = self.all_days();
                let total_all: usize = all_days.iter().map(|d| d.items.len()).sum();
                let filter = &self.filters()[i];
                let mut page = one("days", &agenda_in_area(all_days, &filter.link.id));
                page.insert("filters", self.filters());
                page.insert("current_area", &filter.link);
                page.insert("total", &filter.count);
                page.insert("total_all", &total_all);
                ("agenda.html", page)
            }
            Page::Budgets => {
                let mut budget_index = one("years", self.years());
                let chart_title = self
                    .strings
                    .get("budget_chart_title")
                    .cloned()
                    .unwrap_or_default();
                let (planned, actual) = (
                    self.label("budget_status_planned"),
                    self.label("budget_status_actual"),
                );
                let labels = [planned.as_str(), actual.as_str()];
                budget_index.insert("chart_svg", &v.budget_years_chart(&chart_title, labels));
                let documents: Vec<DocumentView> =
                    site.budgets.iter().map(|b| v.budget_document(b)).collect();
                budget_index.insert("documents", &documents);
                ("budgets.html", budget_index)
            }
            Page::BudgetYear(year) => {
                let view = self.years().iter().find(|y| y.year == year);
                match view {
                    Some(view) => ("budget_year.html", one("year", view)),
                    None => ("budget_year.html", one("year", &v.budget_year(year))),
                }
            }
            Page::BudgetDocument(i) => (
                "budget_document.html",
                one("document", &v.budget_document(&site.budgets[i])),
            ),
            Page::Map => {
                let sections = self.fragments(
                    page,
                    "fragments/map_area.html",
                    "area",
                    self.areas_by_name(),
                )?;
                let mut map = one("area_sections", &sections);
                map.insert("map_svg", self.full_map());
                ("map.html", map)
            }
            Page::Search => {
                // The list shown without JavaScript: names, links and labels only.
                let mut search = Context::new();
                let rooms: Vec<Listed> = site
                    .rooms
                    .iter()
                    .map(|r| Listed {
                        link: v.room_link(r),
                        area: site.area(&r.area.id).map(|a| v.area_link(a)),
                        status: Some(r.status.as_str()),
                        kind: None,
                    })
                    .collect();
                search.insert("rooms", &rooms);
                let areas: Vec<Link> = site.areas.iter().map(|a| v.area_link(a)).collect();
                search.insert("areas", &areas);
                let initiatives: Vec<Listed> = site
                    .initiatives
                    .iter()
                    .map(|i| Listed {
                        link: v.initiative_link(i),
                        area: None,
                        status: Some(i.status.as_str()),
                        kind: None,
                    })
                    .collect();
                search.insert("initiatives", &initiatives);
                let organisations: Vec<Listed> = site
                    .organisations
                    .iter()
                    .map(|o| Listed {
                        link: v.organisation_link(o),
                        area: None,
                        status: None,
                        kind: Some(o.kind.as_str()),
                    })
                    .collect();
                search.insert("organisations", &organisations);
                search.insert("search_shards", &crate::outputs::search::shards(site));
                search.insert(
                    "search_index",
                    &crate::outputs::search::index_language(v.language, &site.config.language),
                );
                search.insert("search_examples", &crate::outputs::search::examples(site));
                // Without script the list names each area's places, for the browser's find.
                let places: std::collections::BTreeMap<&str, String> = site
                    .areas
                    .iter()
                    .map(|a| (a.id.as_str(), a.places.join(", ")))
                    .collect();
                search.insert("area_places", &places);
                ("search.html", search)
            }
            Page::OpenData => ("open_data.html", one("open_data", &self.open_data)),
            Page::Changes => (
                "changes.html",
                one("changes", &crate::outputs::html::changes_view::view(v)),
            ),
            Page::Text(i) => {
                let page = &site.pages[i];
                let (title, summary, body) =
                    crate::outputs::html::views::translated(&page.text, v.language, &page.title);
                let mut c = Context::new();
                c.insert("title", title);
                c.insert("summary", &summary);
                c.insert("body", body);
                let (summary_lang, body_lang) = crate::outputs::html::views::text_languages(
                    &page.text,
                    v.language,
                    &site.config.language,
                );
                c.insert("summary_lang", &summary_lang);
                c.insert("body_lang", &body_lang);
                ("page.html", c)
            }
            Page::NotFound => ("404.html", Context::new()),
        })
    }
}

/// Items of one status, in the order of the lists.
#[derive(Serialize)]
struct Group<'v, T> {
    status: &'static str,
    items: Vec<&'v T>,
}

/// `items` by status, in the order of `statuses`, leaving out empty groups.
fn grouped<'v, T>(
    items: &'v [T],
    statuses: &[&'static str],
    status: impl Fn(&T) -> &'static str,
) -> Vec<Group<'v, T>> {
    statuses
        .iter()
        .map(|s| Group {
            status: s,
            items: items.iter().filter(|i| status(i) == *s).collect(),
        })
        .filter(|g| !g.items.is_empty())
        .collect()
}

/// A card's HTML (see [`Pages::fragments`]), with the status its list groups it by.
struct Card {
    status: &'static str,
    html: String,
}

impl Serialize for Card {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.html)
    }
}

/// An item in the search page's plain list.
#[derive(Serialize)]
struct Listed {
    #[serde(flatten)]
    link: Link,
    #[serde(skip_serializing_if = "Option::is_none")]
    area: Option<Link>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
}

/// The first `limit` items of an agenda, and whether any were left out.
fn first_items(days: &[AgendaDay], limit: usize) -> (Vec<AgendaDayIn<'_>>, bool) {
    let mut left = limit;
    let mut first = Vec::new();
    for day in days {
        if left == 0 {
            return (first, true);
        }
        let items: Vec<&AgendaItem> = day.items.iter().take(left).collect();
        left -= items.len();
        let cut = items.len() < day.items.len();
        first.push(AgendaDayIn {
            date: &day.date,
            day: day.day,
            items,
        });
        if cut {
            return (first, true);
        }
    }
    (first, false)
}
