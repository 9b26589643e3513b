//! The pages of the site in one language, each gathered and rendered on its own: a full
//! build renders all of them in parallel and streams them out, and the preview renders
//! only the page that is asked for. Views shared by several pages (the room list, the
//! week's agenda, the full map) are worked out once, on first use.

use crate::diagnostics::Diagnostic;
use crate::load::theme::{Strings, Theme};
use crate::model::{Initiative, InitiativeStatus, RoomStatus, Schedule, Site};
use crate::output::OutputFile;
use crate::outputs::html::budget_document::DocumentView;
use crate::outputs::html::budget_views::YearView;
use crate::outputs::html::templates::{
    agenda, agenda_in_area, error_chain, AgendaDay, AgendaDayIn, AgendaFilter,
};
use crate::outputs::html::templates::{AgendaItem, AGENDA_DAYS};
use crate::outputs::html::views::{
    ActivityView, AreaView, InitiativeView, Link, OrganisationView, RoleView,
};
use crate::outputs::html::views::{RoomSummary, Viewer};
use crate::outputs::open_data::OpenDataView;
use crate::resolve::routes::{Route, Section};
use serde::Serialize;
use std::sync::OnceLock;
use tera::{Context, Tera};

/// One page of the site, by the position of its item in the site's (sorted) lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    Rooms,
    Room(usize),
    Areas,
    Area(usize),
    Welcome(usize),
    Initiatives,
    Initiative(usize),
    Knowledge,
    Organisations,
    Organisation(usize),
    Volunteering,
    Agenda,
    AgendaOfArea(usize),
    Budgets,
    BudgetYear(i32),
    BudgetDocument(usize),
    Map,
    Search,
    OpenData,
    /// A statement page from `content/pages/`.
    Text(usize),
    NotFound,
}

/// Every page of `site` in one language, in a fixed order.
pub fn all(site: &Site) -> Vec<Page> {
    let mut pages = vec![Page::Home, Page::Rooms];
    pages.extend((0..site.rooms.len()).map(Page::Room));
    pages.push(Page::Areas);
    for i in 0..site.areas.len() {
        pages.push(Page::Area(i));
        pages.push(Page::Welcome(i));
    }
    pages.push(Page::Initiatives);
    pages.extend((0..site.initiatives.len()).map(Page::Initiative));
    pages.push(Page::Knowledge);
    pages.push(Page::Organisations);
    pages.extend((0..site.organisations.len()).map(Page::Organisation));
    pages.push(Page::Volunteering);
    pages.push(Page::Agenda);
    pages.extend((0..site.areas.len()).map(Page::AgendaOfArea));
    pages.push(Page::Budgets);
    pages.extend(site.budget_years().into_iter().map(Page::BudgetYear));
    pages.extend((0..site.budgets.len()).map(Page::BudgetDocument));
    pages.extend([Page::Map, Page::Search, Page::OpenData]);
    pages.extend((0..site.pages.len()).map(Page::Text));
    pages.push(Page::NotFound);
    pages
}

/// What the page shows, by the ids of its item: its place in the route table.
pub fn route(site: &Site, page: Page) -> Route<'_> {
    match page {
        Page::Home => Route::Home,
        Page::Rooms => Route::Section(Section::Rooms),
        Page::Room(i) => Route::Room(&site.rooms[i].id),
        Page::Areas => Route::Section(Section::Areas),
        Page::Area(i) => Route::Area(&site.areas[i].id),
        Page::Welcome(i) => Route::Welcome(&site.areas[i].id),
        Page::Initiatives => Route::Section(Section::Initiatives),
        Page::Initiative(i) => Route::Initiative(&site.initiatives[i].id),
        Page::Knowledge => Route::Section(Section::Knowledge),
        Page::Organisations => Route::Section(Section::Organisations),
        Page::Organisation(i) => Route::Organisation(&site.organisations[i].id),
        Page::Volunteering => Route::Section(Section::Volunteering),
        Page::Agenda => Route::Section(Section::Agenda),
        Page::AgendaOfArea(i) => Route::AreaAgenda(&site.areas[i].id),
        Page::Budgets => Route::Section(Section::Budgets),
        Page::BudgetYear(year) => Route::BudgetYear(year),
        Page::BudgetDocument(i) => Route::BudgetDocument(&site.budgets[i].id),
        Page::Map => Route::Section(Section::Map),
        Page::Search => Route::Section(Section::Search),
        Page::OpenData => Route::Section(Section::OpenData),
        Page::Text(i) => Route::Text(&site.pages[i].id),
        Page::NotFound => Route::NotFound,
    }
}

/// The page's path inside its language, like `kamers/bilgaard/` (`""` for the home page).
pub fn path(site: &Site, page: Page) -> String {
    route(site, page).path()
}

/// Up to this many rooms the home page lists every open room by area, with its opening
/// hours; a larger site lists its areas with a count, so that the first page a resident
/// opens stays small on a phone (at 10,000 rooms the full list was 9.7 MB).
pub const HOME_ROOMS_LISTED: usize = 300;

/// The home page shows this many of the week's activities, then links to the agenda.
pub const HOME_WEEK_ITEMS: usize = 40;

/// The agenda page shows whole days until this many activities; more days would make a
/// page of tens of megabytes on a national site.
pub const AGENDA_ITEMS_LISTED: usize = 1000;

#[derive(Serialize)]
struct Alternate<'a> {
    lang: &'a str,
    url: String,
    current: bool,
}

/// Every page of one language, ready to be rendered one by one.
pub struct Pages<'a> {
    viewer: Viewer<'a>,
    theme: &'a Theme,
    tera: &'a Tera,
    strings: &'a Strings,
    /// `None` where the open data has not been made (a preview that has not been asked for it).
    open_data: Option<&'a OpenDataView>,
    /// What every page's template sees: the site, the strings, the navigation.
    common: Context,
    areas: Vec<OnceLock<AreaView>>,
    /// By area: its rooms as listed beside a room's small map.
    map_rooms: Vec<OnceLock<Vec<MapRoom>>>,
    organisations: OnceLock<Vec<OrganisationView>>,
    week: OnceLock<Vec<AgendaDay>>,
    all_days: OnceLock<Vec<AgendaDay>>,
    filters: OnceLock<Vec<AgendaFilter>>,
    years: OnceLock<Vec<YearView>>,
    full_map: OnceLock<Option<String>>,
}

impl<'a> Pages<'a> {
    pub fn new(
        viewer: Viewer<'a>,
        theme: &'a Theme,
        tera: &'a Tera,
        open_data: Option<&'a OpenDataView>,
    ) -> Self {
        let strings = theme
            .strings
            .get(viewer.language)
            .expect("every language has strings");
        let common = crate::outputs::html::templates::common_context(
            viewer.site,
            theme,
            viewer.urls,
            viewer.language,
        );
        Pages {
            areas: viewer.site.areas.iter().map(|_| OnceLock::new()).collect(),
            map_rooms: viewer.site.areas.iter().map(|_| OnceLock::new()).collect(),
            viewer,
            theme,
            tera,
            strings,
            open_data,
            common,
            organisations: OnceLock::new(),
            week: OnceLock::new(),
            all_days: OnceLock::new(),
            filters: OnceLock::new(),
            years: OnceLock::new(),
            full_map: OnceLock::new(),
        }
    }

    pub fn language(&self) -> &'a str {
        self.viewer.language
    }

    /// Every page of the site, in a fixed order.
    pub fn all(&self) -> Vec<Page> {
        all(self.viewer.site)
    }

    /// The page's path inside its language, like `kamers/bilgaard/` (`""` for the home page).
    pub fn path(&self, page: Page) -> String {
        path(self.viewer.site, page)
    }

    /// The page whose path inside this language is `path` (the inverse of [`Pages::path`]),
    /// found without listing every page.
    pub fn find(&self, path: &str) -> Option<Page> {
        let site = self.viewer.site;
        fn by_id<T>(items: &[T], id: &str, key: impl Fn(&T) -> &str) -> Option<usize> {
            items.binary_search_by(|item| key(item).cmp(id)).ok()
        }
        Some(match Route::parse(path)? {
            Route::Home => Page::Home,
            Route::Section(section) => match section {
                Section::Rooms => Page::Rooms,
                Section::Areas => Page::Areas,
                Section::Initiatives => Page::Initiatives,
                Section::Knowledge => Page::Knowledge,
                Section::Organisations => Page::Organisations,
                Section::Volunteering => Page::Volunteering,
                Section::Agenda => Page::Agenda,
                Section::Budgets => Page::Budgets,
                Section::Map => Page::Map,
                Section::Search => Page::Search,
                Section::OpenData => Page::OpenData,
            },
            Route::Room(id) => Page::Room(by_id(&site.rooms, id, |r| &r.id)?),
            Route::Area(id) => Page::Area(by_id(&site.areas, id, |a| &a.id)?),
            Route::Welcome(id) => Page::Welcome(by_id(&site.areas, id, |a| &a.id)?),
            Route::Initiative(id) => Page::Initiative(by_id(&site.initiatives, id, |i| &i.id)?),
            Route::Organisation(id) => {
                Page::Organisation(by_id(&site.organisations, id, |o| &o.id)?)
            }
            Route::AreaAgenda(id) => Page::AgendaOfArea(by_id(&site.areas, id, |a| &a.id)?),
            Route::BudgetYear(year) => site
                .budget_years()
                .contains(&year)
                .then_some(Page::BudgetYear(year))?,
            Route::BudgetDocument(id) => Page::BudgetDocument(by_id(&site.budgets, id, |b| &b.id)?),
            Route::Text(id) => Page::Text(by_id(&site.pages, id, |p| &p.id)?),
            Route::NotFound => Page::NotFound,
        })
    }

    /// The page's file inside the site, like `fy/kamers/bilgaard/index.html`.
    pub fn file(&self, page: Page) -> String {
        self.viewer
            .urls
            .file(self.viewer.language, &self.path(page))
    }

    /// Renders one page; a template that fails is an error naming the template.
    pub fn render(&self, page: Page) -> Result<OutputFile, Diagnostic> {
        let (template, data) = self.data(page);
        let urls = self.viewer.urls;
        let language = self.viewer.language;
        let path = self.path(page);
        let mut context = self.common.clone();
        context.extend(data);
        context.insert("page_path", &path);
        let alternates: Vec<Alternate> = self
            .viewer
            .site
            .config
            .languages
            .iter()
            .map(|l| Alternate {
                lang: l,
                url: urls.page(l, &path),
                current: l == language,
            })
            .collect();
        context.insert("alternates", &alternates);
        context.insert("canonical", &urls.absolute(language, &path));
        let file = urls.file(language, &path);
        let html = self.tera.render(template, &context).map_err(|e| {
            let shown = self
                .theme
                .templates
                .get(template)
                .map(|(_, s)| s.as_str())
                .unwrap_or("themes");
            Diagnostic::error(
                shown,
                None,
                format!("rendering {file} failed: {}", error_chain(&e)),
            )
        })?;
        Ok(OutputFile::new(file, html))
    }

    /// The template of a page and what it shows.
    fn data(&self, page: Page) -> (&'static str, Context) {
        let v = &self.viewer;
        let site = v.site;
        match page {
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
                let rooms: Vec<RoomSummary> =
                    site.rooms.iter().map(|r| v.room_summary(r)).collect();
                let groups = grouped(&rooms, RoomStatus::WORDS, |r| r.status);
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
                    .map(|a| self.map_rooms(a));
                room_page.insert("map_rooms", &area);
                let around = [room.area.id.as_str()];
                room_page.insert(
                    "map_svg",
                    &crate::outputs::html::map::draw(
                        v,
                        Some(&around),
                        Some(&room.id),
                        &room.name,
                        crate::outputs::html::map::SMALL_WIDTH,
                    ),
                );
                ("room.html", room_page)
            }
            Page::Areas => ("areas.html", one("areas", &self.area_views())),
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
                    ),
                );
                ("area.html", area_page)
            }
            Page::Welcome(i) => ("welcome.html", self.welcome(i)),
            Page::Initiatives => {
                // Cards only: the full views carry each initiative's text and budget lines.
                let cards: Vec<InitiativeCard> = site
                    .initiatives
                    .iter()
                    .map(|i| {
                        let (_, summary, _) = crate::outputs::html::views::translated(
                            &i.translations,
                            v.language,
                            &i.title,
                            &i.summary,
                            &i.body,
                        );
                        InitiativeCard {
                            link: v.initiative_link(i),
                            status: i.status.as_str(),
                            showcase: i.showcase,
                            summary: summary.map(str::to_string),
                            summary_lang: crate::outputs::html::views::text_languages(
                                &i.translations,
                                v.language,
                                &site.config.language,
                            )
                            .0,
                            areas: i
                                .areas
                                .iter()
                                .filter_map(|a| site.area(&a.id))
                                .map(|a| v.area_link(a))
                                .collect(),
                        }
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
                let areas: Vec<Link> = site.areas.iter().map(|a| v.area_link(a)).collect();
                list.insert("areas", &areas);
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
                let mut map = Context::new();
                map.insert("areas", &self.area_views());
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
                ("search.html", search)
            }
            Page::OpenData => ("open_data.html", one("open_data", &self.open_data)),
            Page::Text(i) => {
                let page = &site.pages[i];
                let (title, summary, body) = crate::outputs::html::views::translated(
                    &page.translations,
                    v.language,
                    &page.title,
                    &page.summary,
                    &page.body,
                );
                let mut c = Context::new();
                c.insert("title", title);
                c.insert("summary", &summary);
                c.insert("body", body);
                let (summary_lang, body_lang) = crate::outputs::html::views::text_languages(
                    &page.translations,
                    v.language,
                    &site.config.language,
                );
                c.insert("summary_lang", &summary_lang);
                c.insert("body_lang", &body_lang);
                ("page.html", c)
            }
            Page::NotFound => ("404.html", Context::new()),
        }
    }

    fn label(&self, key: &'static str) -> String {
        self.strings
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    fn area(&self, index: usize) -> &AreaView {
        self.areas[index].get_or_init(|| self.viewer.area(&self.viewer.site.areas[index]))
    }

    /// Only what the list beside a room's map shows: a page per room would otherwise carry
    /// every neighbour's opening hours and address into its template.
    fn map_rooms(&self, area: usize) -> &Vec<MapRoom> {
        self.map_rooms[area].get_or_init(|| {
            let v = &self.viewer;
            let id = &v.site.areas[area].id;
            crate::resolve::Links::ids(&v.links.rooms_of_area, id)
                .into_iter()
                .filter_map(|id| v.site.room(id))
                .map(|room| MapRoom {
                    link: v.room_link(room),
                    kind: room.kind.as_str(),
                    status: room.status.as_str(),
                })
                .collect()
        })
    }

    /// Each area with how many of its rooms are open, for a home page that would be too
    /// long with every room on it.
    fn area_counts(&self) -> Vec<AreaCount> {
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

    fn area_views(&self) -> Vec<&AreaView> {
        (0..self.areas.len()).map(|i| self.area(i)).collect()
    }

    fn organisations(&self) -> &Vec<OrganisationView> {
        self.organisations.get_or_init(|| {
            let v = &self.viewer;
            v.site
                .organisations
                .iter()
                .map(|o| v.organisation(o))
                .collect()
        })
    }

    fn week(&self) -> &Vec<AgendaDay> {
        self.week.get_or_init(|| agenda(&self.viewer, 7))
    }

    fn all_days(&self) -> &Vec<AgendaDay> {
        self.all_days
            .get_or_init(|| agenda(&self.viewer, AGENDA_DAYS))
    }

    /// The agenda's filter: every area with its agenda page and how many items it has.
    fn filters(&self) -> &Vec<AgendaFilter> {
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

    fn years(&self) -> &Vec<YearView> {
        self.years.get_or_init(|| {
            let v = &self.viewer;
            v.site
                .budget_years()
                .into_iter()
                .map(|y| v.budget_year(y))
                .collect()
        })
    }

    fn full_map(&self) -> &Option<String> {
        self.full_map.get_or_init(|| {
            let v = &self.viewer;
            crate::outputs::html::map::draw(
                v,
                None,
                None,
                v.site.config.title.as_str(),
                crate::outputs::html::map::FULL_WIDTH,
            )
        })
    }

    /// The A4 welcome sheet of an area: its open rooms, what still happens there, where to
    /// volunteer, this week's agenda and who helps.
    fn welcome(&self, index: usize) -> Context {
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

    /// Every open volunteer role, grouped by the area of its room or initiative.
    fn roles_by_area(&self) -> Vec<RolesInArea> {
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
        site.areas
            .iter()
            .filter_map(|a| {
                let roles = by_area.remove(a.id.as_str())?;
                (!roles.is_empty()).then(|| RolesInArea {
                    area: v.area_link(a),
                    roles,
                })
            })
            .collect()
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

/// An initiative on the list of initiatives.
#[derive(Serialize)]
struct InitiativeCard {
    #[serde(flatten)]
    link: Link,
    status: &'static str,
    showcase: bool,
    summary: Option<String>,
    summary_lang: String,
    areas: Vec<Link>,
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

/// An area on a large site's home page.
#[derive(Serialize)]
struct AreaCount {
    #[serde(flatten)]
    link: Link,
    open: usize,
}

/// A room in the list beside a room's small map.
#[derive(Serialize)]
struct MapRoom {
    #[serde(flatten)]
    link: Link,
    kind: &'static str,
    status: &'static str,
}

#[derive(Serialize)]
struct RolesInArea {
    area: Link,
    roles: Vec<RoleView>,
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

fn one<T: Serialize + ?Sized>(key: &str, value: &T) -> Context {
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
