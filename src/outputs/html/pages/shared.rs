//! The views that several pages share (an area, the organisations, the week's agenda,
//! the budget years, the full map), each worked out once on first use and kept in the
//! [`Pages`]' `OnceLock`s, and the small page-building helpers they use.

use super::{Page, Pages};
use crate::diagnostics::Diagnostic;
use crate::model::{Initiative, InitiativeStatus, RoomStatus, Schedule};
use crate::outputs::html::agenda::{agenda, agenda_in_area, AgendaDay, AgendaFilter, AGENDA_DAYS};
use crate::outputs::html::budget_views::YearView;
use crate::outputs::html::views::{ActivityView, AreaView, Link, OrganisationView, RoleView};
use crate::resolve::routes::Route;
use serde::Serialize;
use tera::Context;

impl<'a> Pages<'a> {
    pub(super) fn label(&self, key: &'static str) -> String {
        self.strings
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    pub(super) fn area(&self, index: usize) -> &AreaView<'a> {
        self.areas[index].get_or_init(|| self.viewer.area(&self.viewer.site.areas[index]))
    }

    /// The list beside a room's small map, for the rooms of the area at `index`: each room's
    /// item rendered once by the theme's `fragments/map_room.html` as every other room of the
    /// area shows it and as its own page shows it (`current`), instead of once per room page
    /// for each of its neighbours. Inserted as it is (`| safe`): the fragment is one of the
    /// theme's own templates, which escapes every value as the page would.
    pub(super) fn map_rooms(&self, index: usize, page: Page) -> Result<&[MapItem], Diagnostic> {
        let items = self.map_rooms[index].get_or_init(|| {
            let v = &self.viewer;
            let id = &v.site.areas[index].id;
            let template = "fragments/map_room.html";
            let mut context = self.common.clone();
            crate::resolve::Links::ids(&v.links.rooms_of_area, id)
                .into_iter()
                .filter_map(|id| v.site.room(id))
                .map(|room| {
                    context.insert(
                        "r",
                        &MapRoom {
                            link: v.room_link(room),
                            kind: room.kind.as_str(),
                            status: room.status.as_str(),
                        },
                    );
                    let mut render = |current: bool| {
                        context.insert("current", &current);
                        self.tera
                            .render(template, &context)
                            .map_err(|e| self.failed(template, &self.file(page), &e))
                    };
                    Ok(MapItem {
                        id: room.id.clone(),
                        other: render(false)?,
                        own: render(true)?,
                    })
                })
                .collect()
        });
        items.as_deref().map_err(Clone::clone)
    }

    /// Each area with how many of its rooms are open, for a home page that would be too
    /// long with every room on it.
    pub(super) fn area_counts(&self) -> Vec<AreaCount> {
        let v = &self.viewer;
        v.site
            .areas
            .iter()
            .map(|a| AreaCount {
                link: v.area_link(a),
                open: crate::resolve::Links::ids(&v.links.rooms_of_area, &a.id)
                    .into_iter()
                    .filter_map(|id| v.site.room(id))
                    .filter(|r| r.status == RoomStatus::Open)
                    .count(),
            })
            .collect()
    }

    pub(super) fn area_views(&self) -> Vec<&AreaView<'a>> {
        (0..self.areas.len()).map(|i| self.area(i)).collect()
    }

    /// The areas by name, as the lists show them (a stable sort, as Tera's `sort` filter).
    pub(super) fn areas_by_name(&self) -> Vec<&AreaView<'a>> {
        let mut areas = self.area_views();
        areas.sort_by(|a, b| a.link.name.cmp(&b.link.name));
        areas
    }

    /// Renders the theme's fragment `template` once for each of `items` (each as `key`, in
    /// the context every page has), for `page`: the HTML of a card or a list's section,
    /// which the page's template inserts as it is (`| safe`). A list of thousands of items
    /// then holds their HTML, not a tree of every item's view that Tera copies while it
    /// renders the page. Inserting it unescaped publishes nothing new: the fragment is one
    /// of the theme's own templates, which escape every value as the page would.
    pub(super) fn fragments<T: Serialize>(
        &self,
        page: super::Page,
        template: &str,
        key: &str,
        items: impl IntoIterator<Item = T>,
    ) -> Result<Vec<String>, Diagnostic> {
        self.fragments_in(self.common.clone(), page, template, key, items)
    }

    /// [`Pages::fragments`] in `context`: the common context with what the page's fragments
    /// see besides their item.
    pub(super) fn fragments_in<T: Serialize>(
        &self,
        mut context: Context,
        page: super::Page,
        template: &str,
        key: &str,
        items: impl IntoIterator<Item = T>,
    ) -> Result<Vec<String>, Diagnostic> {
        items
            .into_iter()
            .map(|item| {
                context.insert(key, &item);
                self.tera
                    .render(template, &context)
                    .map_err(|e| self.failed(template, &self.file(page), &e))
            })
            .collect()
    }

    /// An initiative's card on the list of initiatives, its areas by name.
    pub(super) fn initiative_card(&self, i: &Initiative) -> InitiativeCard {
        let v = &self.viewer;
        let site = v.site;
        let (_, summary, _) =
            crate::outputs::html::views::translated(&i.text, v.language, &i.title);
        let mut areas: Vec<Link> = i
            .areas
            .iter()
            .filter_map(|a| site.area(&a.id))
            .map(|a| v.area_link(a))
            .collect();
        areas.sort_by(|a, b| a.name.cmp(&b.name));
        InitiativeCard {
            link: v.initiative_link(i),
            status: i.status.as_str(),
            showcase: i.showcase,
            summary: summary.map(str::to_string),
            summary_lang: crate::outputs::html::views::text_languages(
                &i.text,
                v.language,
                &site.config.language,
            )
            .0,
            areas,
        }
    }

    /// Every area's link, by name (a stable sort, as Tera's `sort` filter).
    pub(super) fn area_links_by_name(&self) -> Vec<Link> {
        let v = &self.viewer;
        let mut areas: Vec<Link> = v.site.areas.iter().map(|a| v.area_link(a)).collect();
        areas.sort_by(|a, b| a.name.cmp(&b.name));
        areas
    }

    pub(super) fn organisations(&self) -> &Vec<OrganisationView<'a>> {
        self.organisations.get_or_init(|| {
            let v = &self.viewer;
            v.site
                .organisations
                .iter()
                .map(|o| v.organisation(o))
                .collect()
        })
    }

    pub(super) fn week(&self) -> &Vec<AgendaDay> {
        self.week.get_or_init(|| agenda(&self.viewer, 7))
    }

    pub(super) fn all_days(&self) -> &Vec<AgendaDay> {
        self.all_days
            .get_or_init(|| agenda(&self.viewer, AGENDA_DAYS))
    }

    /// The agenda's filter: every area with its agenda page and how many items it has.
    pub(super) fn filters(&self) -> &Vec<AgendaFilter> {
        self.filters.get_or_init(|| {
            let v = &self.viewer;
            let mut counts = std::collections::HashMap::new();
            for item in self.all_days().iter().flat_map(|d| &d.items) {
                *counts.entry(item.area.id.as_str()).or_insert(0) += 1;
            }
            v.site
                .areas
                .iter()
                .map(|a| AgendaFilter {
                    link: v.area_link(a),
                    agenda_url: v.urls.page(v.language, &Route::AreaAgenda(&a.id).path()),
                    count: counts.get(a.id.as_str()).copied().unwrap_or(0),
                })
                .collect()
        })
    }

    pub(super) fn years(&self) -> &Vec<YearView> {
        self.years.get_or_init(|| {
            let v = &self.viewer;
            v.site
                .budget_years()
                .into_iter()
                .map(|y| v.budget_year(y))
                .collect()
        })
    }

    pub(super) fn full_map(&self) -> &Option<String> {
        self.full_map.get_or_init(|| {
            let v = &self.viewer;
            crate::outputs::html::map::draw(
                v,
                None,
                None,
                v.site.config.title_in(v.language).text,
                crate::outputs::html::map::FULL_WIDTH,
                &self.map_names,
            )
        })
    }

    /// The A4 welcome sheet of an area: its open rooms, what still happens there, where to
    /// volunteer, this week's agenda and who helps.
    pub(super) fn welcome(&self, index: usize) -> Context {
        let v = &self.viewer;
        let site = v.site;
        let area = &site.areas[index];
        let mut welcome = one("area", self.area(index));
        let area_rooms: Vec<_> = crate::resolve::Links::ids(&v.links.rooms_of_area, &area.id)
            .into_iter()
            .filter_map(|id| site.room(id))
            .filter(|r| r.status == RoomStatus::Open)
            .collect();
        // What still happens: no one-off dates or series that are over.
        let activities: Vec<ActivityView> = area_rooms
            .iter()
            .flat_map(|r| {
                r.activities
                    .iter()
                    .zip(v.activity_views(r))
                    .filter(|(a, _)| still_on(&a.schedule, site.build_date))
                    .map(|(_, view)| view)
            })
            .collect();
        welcome.insert("activities", &activities);
        let roles: Vec<_> = area_rooms
            .iter()
            .flat_map(|r| v.roles(&r.volunteers_wanted, &v.room_link(r)))
            .chain(
                crate::resolve::Links::ids(&v.links.initiatives_of_area, &area.id)
                    .into_iter()
                    .filter_map(|id| site.initiative(id))
                    .filter(|i| initiative_is_active(i))
                    .flat_map(|i| v.roles(&i.volunteers_wanted, &v.initiative_link(i))),
            )
            .collect();
        welcome.insert("roles", &roles);
        welcome.insert("week", &agenda_in_area(self.week(), &area.id));
        // Organisations active in the area or at one of its open rooms, in the site's order.
        let mut helpers: Vec<&str> =
            crate::resolve::Links::ids(&v.links.organisations_of_area, &area.id);
        helpers.extend(
            area_rooms
                .iter()
                .flat_map(|r| r.organisations.iter().map(|o| o.id.as_str())),
        );
        helpers.sort_unstable();
        helpers.dedup();
        let helpers: Vec<OrganisationView> = helpers
            .into_iter()
            .filter_map(|id| site.organisation(id))
            .map(|o| v.organisation(o))
            .collect();
        welcome.insert("organisations", &helpers);
        welcome
    }

    /// Every open volunteer role, grouped by the area of its room or initiative, the areas
    /// by name.
    pub(super) fn roles_by_area(&self) -> Vec<RolesInArea> {
        let v = &self.viewer;
        let site = v.site;
        let mut by_area: std::collections::HashMap<&str, Vec<RoleView>> =
            std::collections::HashMap::new();
        for r in site.rooms.iter().filter(|r| r.status != RoomStatus::Closed) {
            by_area
                .entry(r.area.id.as_str())
                .or_default()
                .extend(v.roles(&r.volunteers_wanted, &v.room_link(r)));
        }
        for i in site.initiatives.iter().filter(|i| initiative_is_active(i)) {
            for a in &i.areas {
                by_area
                    .entry(a.id.as_str())
                    .or_default()
                    .extend(v.roles(&i.volunteers_wanted, &v.initiative_link(i)));
            }
        }
        let mut groups: Vec<RolesInArea> = site
            .areas
            .iter()
            .filter_map(|a| {
                let roles = by_area.remove(a.id.as_str())?;
                (!roles.is_empty()).then(|| RolesInArea {
                    area: v.area_link(a),
                    roles,
                })
            })
            .collect();
        // By the area's name (a stable sort, as Tera's `sort` filter, which copies them all).
        groups.sort_by(|a, b| a.area.name.cmp(&b.area.name));
        groups
    }
}

/// An initiative on the list of initiatives, as `fragments/initiative_card.html` sees it.
#[derive(Serialize)]
pub(super) struct InitiativeCard {
    #[serde(flatten)]
    link: Link,
    status: &'static str,
    showcase: bool,
    summary: Option<String>,
    summary_lang: String,
    areas: Vec<Link>,
}

/// An area on a large site's home page.
#[derive(Serialize)]
pub(super) struct AreaCount {
    #[serde(flatten)]
    link: Link,
    open: usize,
}

/// A room in the list beside a room's small map, as `fragments/map_room.html` sees it.
#[derive(Serialize)]
struct MapRoom {
    #[serde(flatten)]
    link: Link,
    kind: &'static str,
    status: &'static str,
}

/// A room's item in the list beside the small maps of its area: as the other rooms' pages
/// show it, and as its own page does.
pub(super) struct MapItem {
    pub id: String,
    pub other: String,
    pub own: String,
}

#[derive(Serialize)]
pub(super) struct RolesInArea {
    area: Link,
    roles: Vec<RoleView>,
}

pub(super) fn one<T: Serialize + ?Sized>(key: &str, value: &T) -> Context {
    let mut c = Context::new();
    c.insert(key, value);
    c
}

/// Whether a schedule has dates on or after `today`.
fn still_on(schedule: &Schedule, today: jiff::civil::Date) -> bool {
    match schedule {
        Schedule::Once { date } => *date >= today,
        Schedule::Weekly { ends, .. } | Schedule::Monthly { ends, .. } => {
            ends.is_none_or(|e| e >= today)
        }
    }
}

/// Whether an initiative may still look for volunteers: not finished or turned down.
fn initiative_is_active(i: &Initiative) -> bool {
    !matches!(
        i.status,
        InitiativeStatus::Completed | InitiativeStatus::Rejected
    )
}
