//! The pages of the site in one language, each gathered and rendered on its own: a full
//! build renders all of them in parallel and streams them out, and the preview renders
//! only the page that is asked for. Views shared by several pages (the room list, the
//! week's agenda, the full map) are worked out once, on first use.
//!
//! This module holds the list of pages, their routes and the rendering; what each page
//! shows is in `data`, the views shared between pages in `shared`.

use crate::diagnostics::Diagnostic;
use crate::load::theme::{Strings, Theme};
use crate::model::Site;
use crate::output::OutputFile;
use crate::outputs::html::agenda::{AgendaDay, AgendaFilter};
use crate::outputs::html::budget_views::YearView;
use crate::outputs::html::templates::error_chain;
use crate::outputs::html::views::{AreaView, OrganisationView, Viewer};
use crate::outputs::open_data::OpenDataView;
use crate::resolve::routes::{Route, Section};
use serde::Serialize;
use std::sync::OnceLock;
use tera::{Context, Tera};

mod data;
mod nav;
mod shared;

use shared::MapItem;

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
    /// What changed, from the Git history.
    Changes,
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
    pages.extend([Page::Map, Page::Search, Page::OpenData, Page::Changes]);
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
        Page::Changes => Route::Section(Section::Changes),
        Page::Text(i) => Route::Text(&site.pages[i].id),
        Page::NotFound => Route::NotFound,
    }
}

/// The page's path inside its language, like `kamers/bilgaard/` (`""` for the home page).
/// When `page` last changed, for its footer and the sitemap: an item's page, the last
/// commit that changed the item's files; a budget's, its file; every other page (lists,
/// agendas, maps) draws on many files, so the latest change of any.
pub fn modified(site: &Site, page: Page) -> jiff::Timestamp {
    use crate::outputs::dates;
    match page {
        Page::Room(i) => dates::room(site, &site.rooms[i]),
        Page::Area(i) => dates::area(site, &site.areas[i]),
        Page::Initiative(i) => dates::initiative(site, &site.initiatives[i]),
        Page::Organisation(i) => dates::organisation(site, &site.organisations[i]),
        Page::BudgetDocument(i) => dates::budget(site, &site.budgets[i]),
        Page::BudgetYear(_) | Page::Budgets => {
            dates::latest(site, site.budgets.iter().map(|b| dates::budget(site, b)))
        }
        Page::Text(i) => dates::page(site, &site.pages[i]),
        Page::Changes => site
            .history
            .changes
            .first()
            .map_or_else(|| dates::site(site), |c| c.time),
        _ => dates::site(site),
    }
}

/// Whether `page` shows a draft, and when its item was last reviewed: an item's own page
/// only (a list shows many items).
fn publication(site: &Site, page: Page) -> crate::model::Publication {
    match page {
        Page::Room(i) => site.rooms[i].text.publication,
        Page::Area(i) | Page::Welcome(i) => site.areas[i].text.publication,
        // The agenda shows the rooms' activities, not the area's facts: no review date.
        Page::AgendaOfArea(i) => crate::model::Publication {
            reviewed: None,
            ..site.areas[i].text.publication
        },
        Page::Initiative(i) => site.initiatives[i].text.publication,
        Page::Organisation(i) => site.organisations[i].text.publication,
        Page::Text(i) => site.pages[i].text.publication,
        _ => crate::model::Publication::default(),
    }
}

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
    areas: Vec<OnceLock<AreaView<'a>>>,
    /// By area: its rooms as listed beside a room's small map.
    map_rooms: Vec<OnceLock<Result<Vec<MapItem>, Diagnostic>>>,
    organisations: OnceLock<Vec<OrganisationView<'a>>>,
    week: OnceLock<Vec<AgendaDay>>,
    all_days: OnceLock<Vec<AgendaDay>>,
    filters: OnceLock<Vec<AgendaFilter>>,
    years: OnceLock<Vec<YearView>>,
    full_map: OnceLock<Option<String>>,
    /// The names on this language's maps, placed once per area and size.
    map_names: crate::outputs::html::map::NamesPlaced,
    /// The menus, by the place of a page in the navigation.
    menus: nav::Menus,
}

/// A template context reused from page to page on one thread (see
/// [`Pages::render_in`]): which language's common part it holds, and the context.
#[derive(Default)]
pub struct Scratch {
    owner: usize,
    context: Context,
    /// The build cache's key of the common part (`outputs::cached`), once worked out.
    common_key: Option<crate::output::cache::Key>,
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
            map_names: Default::default(),
            menus: nav::Menus::default(),
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
                // The postcode lookup is an output of its own.
                Section::Postcodes => return None,
                Section::Changes => Page::Changes,
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
            Route::Postcode(_) => return None,
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
        self.render_in(&mut Scratch::default(), page)
    }

    /// [`Pages::render`] in `scratch`, a context kept from the page before on this thread.
    pub fn render_in(&self, scratch: &mut Scratch, page: Page) -> Result<OutputFile, Diagnostic> {
        let (template, mut data) = self.data(page)?;
        let publication = publication(self.viewer.site, page);
        data.insert("draft", &publication.draft);
        if let Some((reviewed, _)) = publication.reviewed {
            data.insert("reviewed", &crate::text::dates::iso(reviewed));
        }
        let modified = modified(self.viewer.site, page);
        self.render_with_in(scratch, template, data, &self.path(page), modified)
    }

    /// Renders `template` with `data` as the page at `path` inside this language, last
    /// changed at `modified` (for pages that other outputs make, like the postcode lookup's).
    pub fn render_with(
        &self,
        template: &str,
        data: Context,
        path: &str,
        modified: jiff::Timestamp,
    ) -> Result<OutputFile, Diagnostic> {
        self.render_with_in(&mut Scratch::default(), template, data, path, modified)
    }

    fn render_with_in(
        &self,
        scratch: &mut Scratch,
        template: &str,
        data: Context,
        path: &str,
        modified: jiff::Timestamp,
    ) -> Result<OutputFile, Diagnostic> {
        let urls = self.viewer.urls;
        let language = self.viewer.language;
        // The common part (the translations, the navigation, the site) is the same on every
        // page of a language: copied once into the scratch context, not once per page.
        let owner = std::ptr::from_ref(&self.common) as usize;
        if scratch.owner != owner {
            scratch.owner = owner;
            scratch.context = self.common.clone();
            scratch.common_key = None;
        }
        let context = &mut scratch.context;
        // The menus, rendered once for each place in the navigation.
        let menu = self.menu(path)?;
        let mut data = data;
        data.insert("header_nav", &menu.header);
        data.insert("footer_nav", &menu.footer);
        let data = data.into_json();
        // Build cache hook: the key of all the template sees (`outputs::cached`).
        let mut cache_key = crate::outputs::cached::PageKey::start(
            &mut scratch.common_key,
            &self.common,
            template,
            &data,
        );
        let keys: Vec<String> = data
            .as_object()
            .map(|fields| fields.keys().cloned().collect())
            .unwrap_or_default();
        context.extend(Context::from_value(data).unwrap_or_default());
        context.insert("page_path", path);
        let site = self.viewer.site;
        let modified = crate::outputs::dates::date(site, modified);
        context.insert("modified", &crate::text::dates::iso(modified));
        let alternates: Vec<Alternate> = self
            .viewer
            .site
            .config
            .languages
            .iter()
            .map(|l| Alternate {
                lang: l,
                url: urls.page(l, path),
                current: l == language,
            })
            .collect();
        context.insert("alternates", &alternates);
        context.insert("canonical", &urls.absolute(language, path));
        // Build cache hook: the page from the cache when all it sees is unchanged.
        let cached = cache_key.take().map(|mut key| {
            let canonical = context.get("canonical");
            key.add(&(path, context.get("modified"), &alternates, canonical));
            key.finish()
        });
        let file = urls.file(language, path);
        let hit = cached.as_ref().and_then(|entry| entry.get(&file));
        let from_cache = hit.is_some();
        let rendered = match hit {
            Some(html) => Ok(html),
            None => self.tera.render(template, context),
        };
        // The next page starts from the common part again: what this page added goes, what
        // it replaced comes back.
        for key in keys {
            match self.common.get(&key) {
                Some(value) => context.insert(key, value),
                None => {
                    context.remove(&key);
                }
            }
        }
        let html = rendered.map_err(|e| self.failed(template, &file, &e))?;
        if let Some(entry) = cached.filter(|_| !from_cache) {
            entry.put(&file, &html);
        }
        Ok(OutputFile::new(file, html))
    }

    /// The error of `template` that failed while making `file`, naming the template's file.
    fn failed(&self, template: &str, file: &str, e: &tera::Error) -> Diagnostic {
        let shown = self
            .theme
            .templates
            .get(template)
            .map(|(_, s)| s.as_str())
            .unwrap_or("themes");
        Diagnostic::error(
            shown,
            None,
            crate::msg!("theme-render-failed", file = file, detail = error_chain(e)),
        )
    }

    /// The viewer of this language.
    pub fn viewer(&self) -> &Viewer<'a> {
        &self.viewer
    }

    /// The view of the area at `index`, made once.
    pub fn area_view(&self, index: usize) -> &AreaView<'a> {
        self.area(index)
    }
}
