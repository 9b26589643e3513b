//! The HTML pages of the site, in every language, rendered with Tera from the theme.

use super::theme::Theme;
use super::urls::Urls;
use super::views::{iso, ActivityView, Link, Viewer};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::schedule::day_code;
use crate::model::Site;
use crate::output::OutputFile;
use jiff::ToSpan;
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

/// How many days the agenda shows ahead of the build date.
pub const AGENDA_DAYS: i64 = 28;

/// One page to render: its path inside a language, template and page-specific data.
struct PageJob {
    path: String,
    template: &'static str,
    data: Context,
}

#[derive(Serialize)]
struct Alternate {
    lang: String,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    description: Option<&'a str>,
    base_url: &'a str,
    language: &'a str,
    languages: &'a [String],
    license: &'a str,
    municipality: Option<&'a str>,
    publisher: Option<&'a str>,
    /// IANA name of the site's time zone, for scripts that work out "open now".
    timezone: &'a str,
}

#[derive(Serialize)]
struct Nav {
    home: String,
    rooms: String,
    areas: String,
    initiatives: String,
    organisations: String,
    volunteering: String,
    agenda: String,
    knowledge: String,
    budget: String,
    map: String,
    open_data: String,
    data: String,
    static_root: String,
    search: String,
}

#[derive(Serialize)]
pub struct AgendaItem {
    #[serde(flatten)]
    pub activity: ActivityView,
    pub date: String,
    /// The area of the activity's room, for the agenda's filter.
    pub area: Link,
    /// Start and end as RFC 3339 in the site's time zone, like `2025-03-30T10:00:00+02:00`.
    pub start: String,
    pub end: String,
}

#[derive(Serialize)]
pub struct AgendaDay {
    pub date: String,
    pub day: &'static str,
    pub items: Vec<AgendaItem>,
}

/// The background map of the optional interactive layer: its tile address and attribution.
#[derive(Serialize)]
struct TilesView {
    url: String,
    attribution: String,
}

fn map_tiles(tiles: &crate::model::MapTiles) -> Option<TilesView> {
    use crate::model::MapTiles;
    let (url, attribution) = match tiles {
        MapTiles::None => return None,
        // The Dutch government's BRT-Achtergrondkaart in EPSG:3857.
        MapTiles::Pdok => (
            "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
            "Kaartgegevens &copy; <a href=\"https://www.kadaster.nl/\">Kadaster</a>",
        ),
        MapTiles::Osm => (
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>",
        ),
        MapTiles::Template(url) => (url.as_str(), ""),
    };
    Some(TilesView {
        url: url.to_string(),
        attribution: attribution.to_string(),
    })
}

/// Compiles the theme's templates; a broken template is an error naming its file.
pub fn compile(theme: &Theme, diags: &mut Diagnostics) -> Option<Tera> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(escape_html);
    let templates: Vec<(String, String)> = theme
        .templates
        .iter()
        .map(|(name, (source, _))| (name.clone(), source.clone()))
        .collect();
    if let Err(e) = tera.add_raw_templates(templates) {
        let shown = theme
            .templates
            .iter()
            .find(|(name, _)| format!("{e:?}").contains(name.as_str()))
            .map(|(_, (_, shown))| shown.clone())
            .unwrap_or_else(|| "themes".into());
        diags.push(Diagnostic::error(
            &shown,
            None,
            format!("the template cannot be read: {}", error_chain(&e)),
        ));
        return None;
    }
    Some(tera)
}

/// Escapes what HTML needs escaped and nothing more, so addresses stay readable
/// (`/kamers/` rather than Tera's default `&#x2F;kamers&#x2F;`).
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// Renders every page in every language.
pub fn render_pages(
    site: &Site,
    theme: &Theme,
    tera: &Tera,
    urls: &Urls,
    open_data: &super::open_data::OpenDataView,
) -> Result<Vec<OutputFile>, Diagnostics> {
    let languages = &site.config.languages;
    let links = crate::resolve::Links::new(site);
    let results: Vec<Result<Vec<OutputFile>, Diagnostic>> = languages
        .par_iter()
        .map(|language| render_language(site, &links, theme, tera, urls, open_data, language))
        .collect();
    let mut files = Vec::new();
    let mut diags = Diagnostics::new();
    for result in results {
        match result {
            Ok(mut f) => files.append(&mut f),
            Err(d) => diags.push(d),
        }
    }
    if diags.is_empty() {
        Ok(files)
    } else {
        Err(diags)
    }
}

fn render_language(
    site: &Site,
    links: &crate::resolve::Links,
    theme: &Theme,
    tera: &Tera,
    urls: &Urls,
    open_data: &super::open_data::OpenDataView,
    language: &str,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let viewer = Viewer {
        site,
        urls,
        language,
        links,
    };
    let strings = theme
        .strings
        .get(language)
        .expect("every language has strings");
    let jobs = page_jobs(&viewer, strings, open_data);
    let common = common_context(site, theme, urls, language);
    jobs.into_par_iter()
        .map(|job| {
            let mut context = common.clone();
            context.extend(job.data);
            context.insert("page_path", &job.path);
            let alternates: Vec<Alternate> = site
                .config
                .languages
                .iter()
                .map(|l| Alternate {
                    lang: l.clone(),
                    url: urls.page(l, &job.path),
                    current: l == language,
                })
                .collect();
            context.insert("alternates", &alternates);
            context.insert("canonical", &urls.absolute(language, &job.path));
            let html = tera.render(job.template, &context).map_err(|e| {
                let shown = theme
                    .templates
                    .get(job.template)
                    .map(|(_, s)| s.as_str())
                    .unwrap_or("themes");
                Diagnostic::error(
                    shown,
                    None,
                    format!(
                        "rendering {} failed: {}",
                        urls.file(language, &job.path),
                        error_chain(&e)
                    ),
                )
            })?;
            let file = urls.file(language, &job.path);
            Ok(OutputFile::new(file, html))
        })
        .collect()
}

fn common_context(site: &Site, theme: &Theme, urls: &Urls, language: &str) -> Context {
    let mut context = Context::new();
    let config = &site.config;
    context.insert(
        "site",
        &SiteView {
            title: &config.title,
            description: config.description.as_deref(),
            base_url: &config.base_url,
            language: &config.language,
            languages: &config.languages,
            license: &config.license,
            municipality: config.municipality.as_ref().and_then(|m| m.name.as_deref()),
            publisher: config.publisher.as_ref().map(|p| p.name.as_str()),
            timezone: &config.timezone_name,
        },
    );
    context.insert("lang", language);
    context.insert(
        "t",
        theme
            .strings
            .get(language)
            .expect("every language has strings"),
    );
    let page = |path: &str| urls.page(language, path);
    context.insert(
        "nav",
        &Nav {
            home: page(""),
            rooms: page("kamers/"),
            areas: page("gebieden/"),
            initiatives: page("initiatieven/"),
            organisations: page("organisaties/"),
            volunteering: page("vrijwilligerswerk/"),
            agenda: page("agenda/"),
            knowledge: page("kennisbank/"),
            budget: page("begroting/"),
            map: page("kaart/"),
            open_data: page("open-data/"),
            data: format!("{}data/", urls.base_path),
            static_root: urls.base_path.clone(),
            search: page("zoeken/"),
        },
    );
    context.insert("build_date", &iso(site.build_date));
    context.insert("map_tiles", &map_tiles(&config.map_tiles));
    let pages: Vec<Link> = site
        .pages
        .iter()
        .map(|p| {
            let (title, _, _) =
                super::views::translated(&p.translations, language, &p.title, &p.summary, &p.body);
            Link {
                id: p.id.clone(),
                name: title.to_string(),
                url: urls.page(language, &format!("{}/", p.id)),
            }
        })
        .collect();
    context.insert("pages", &pages);
    context
}

fn job(path: impl Into<String>, template: &'static str, data: Context) -> PageJob {
    PageJob {
        path: path.into(),
        template,
        data,
    }
}

fn one<T: Serialize + ?Sized>(key: &str, value: &T) -> Context {
    let mut c = Context::new();
    c.insert(key, value);
    c
}

/// The agenda from the build date for `days` days, by day.
pub fn agenda(viewer: &Viewer, days: i64) -> Vec<AgendaDay> {
    agenda_from(viewer, viewer.site.build_date, days)
}

/// The moment a civil time on a date happens in `tz`, as RFC 3339 with its offset. A time
/// that does not exist (skipped when summer time starts) moves forward, as clocks do.
pub fn zoned_stamp(
    date: jiff::civil::Date,
    time: jiff::civil::Time,
    tz: &jiff::tz::TimeZone,
) -> String {
    match date.to_datetime(time).to_zoned(tz.clone()) {
        Ok(zoned) => zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => format!("{}T{}", iso(date), time.strftime("%H:%M:%S")),
    }
}

/// Every activity of every open room from `start` for `days` days, by day; days without
/// activities are left out. Within a day, items run by start time, then room, then title.
pub fn agenda_from(viewer: &Viewer, start: jiff::civil::Date, days: i64) -> Vec<AgendaDay> {
    let site = viewer.site;
    let end = start.checked_add((days - 1).days()).unwrap_or(start);
    let mut by_day: Vec<AgendaDay> = Vec::new();
    let mut day = start;
    while day <= end {
        let mut items: Vec<AgendaItem> = Vec::new();
        for room in &site.rooms {
            if room.status != crate::model::RoomStatus::Open {
                continue;
            }
            for (activity, view) in room.activities.iter().zip(viewer.activity_views(room)) {
                if activity.schedule.occurs_on(day) {
                    let Some(area) = site.area(&room.area.id) else {
                        continue;
                    };
                    items.push(AgendaItem {
                        activity: view,
                        date: iso(day),
                        area: viewer.area_link(area),
                        start: zoned_stamp(day, activity.from, &site.config.timezone),
                        end: zoned_stamp(day, activity.to, &site.config.timezone),
                    });
                }
            }
        }
        items.sort_by(|a, b| {
            (&a.activity.from, &a.activity.room.name, &a.activity.title).cmp(&(
                &b.activity.from,
                &b.activity.room.name,
                &b.activity.title,
            ))
        });
        if !items.is_empty() {
            by_day.push(AgendaDay {
                date: iso(day),
                day: day_code(day.weekday()),
                items,
            });
        }
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    by_day
}

/// An area in the agenda's filter: its agenda page and how many items it has.
#[derive(Serialize)]
struct AgendaFilter {
    #[serde(flatten)]
    link: Link,
    agenda_url: String,
    count: usize,
}

/// A day of the agenda with only the items in one area (all of them for `""`).
#[derive(Serialize)]
struct AgendaDayIn<'a> {
    date: &'a str,
    day: &'static str,
    items: Vec<&'a AgendaItem>,
}

fn agenda_in_area<'a>(days: &'a [AgendaDay], area: &str) -> Vec<AgendaDayIn<'a>> {
    days.iter()
        .map(|d| AgendaDayIn {
            date: &d.date,
            day: d.day,
            items: d
                .items
                .iter()
                .filter(|i| area.is_empty() || i.area.id == area)
                .collect(),
        })
        .filter(|d| !d.items.is_empty())
        .collect()
}

/// Whether a schedule has dates on or after `today`.
fn still_on(schedule: &crate::model::Schedule, today: jiff::civil::Date) -> bool {
    use crate::model::Schedule;
    match schedule {
        Schedule::Once { date } => *date >= today,
        Schedule::Weekly { ends, .. } | Schedule::Monthly { ends, .. } => {
            ends.is_none_or(|e| e >= today)
        }
    }
}

/// Whether an initiative may still look for volunteers: not finished or turned down.
fn initiative_is_active(i: &crate::model::Initiative) -> bool {
    !matches!(
        i.status,
        crate::model::InitiativeStatus::Completed | crate::model::InitiativeStatus::Rejected
    )
}

fn page_jobs(
    v: &Viewer,
    strings: &super::theme::Strings,
    open_data: &super::open_data::OpenDataView,
) -> Vec<PageJob> {
    let site = v.site;
    let mut jobs = Vec::new();

    let areas: Vec<_> = site.areas.iter().map(|a| v.area(a)).collect();
    let rooms: Vec<_> = site.rooms.iter().map(|r| v.room_summary(r)).collect();
    let week = agenda(v, 7);
    let mut home = Context::new();
    home.insert("areas", &areas);
    home.insert("rooms", &rooms);
    home.insert("week", &week);
    home.insert(
        "map_svg",
        &super::map::draw(
            v,
            None,
            None,
            v.site.config.title.as_str(),
            super::map::FULL_WIDTH,
        ),
    );
    jobs.push(job("", "index.html", home));

    jobs.push(job("kamers/", "rooms.html", one("rooms", &rooms)));
    // The rooms of each area, for the list beside each room's small map.
    let mut rooms_by_area: std::collections::BTreeMap<&str, Vec<&super::views::RoomSummary>> =
        std::collections::BTreeMap::new();
    for (room, summary) in site.rooms.iter().zip(&rooms) {
        rooms_by_area
            .entry(room.area.id.as_str())
            .or_default()
            .push(summary);
    }
    for room in &site.rooms {
        let mut room_page = one("room", &v.room(room));
        let around = [room.area.id.as_str()];
        room_page.insert("map_rooms", &rooms_by_area.get(room.area.id.as_str()));
        room_page.insert(
            "map_svg",
            &super::map::draw(
                v,
                Some(&around),
                Some(&room.id),
                &room.name,
                super::map::SMALL_WIDTH,
            ),
        );
        jobs.push(job(format!("kamers/{}/", room.id), "room.html", room_page));
    }
    jobs.push(job("gebieden/", "areas.html", one("areas", &areas)));
    for (area, view) in site.areas.iter().zip(&areas) {
        let mut area_page = one("area", view);
        let only = [area.id.as_str()];
        area_page.insert(
            "map_svg",
            &super::map::draw(
                v,
                Some(&only),
                None,
                &view.link.name,
                super::map::FULL_WIDTH,
            ),
        );
        jobs.push(job(
            format!("gebieden/{}/", area.id),
            "area.html",
            area_page,
        ));
        let mut welcome = one("area", view);
        let area_rooms: Vec<_> = site
            .rooms
            .iter()
            .filter(|r| r.area.id == area.id && r.status == crate::model::RoomStatus::Open)
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
                site.initiatives
                    .iter()
                    .filter(|i| initiative_is_active(i) && i.areas.iter().any(|a| a.id == area.id))
                    .flat_map(|i| v.roles(&i.volunteers_wanted, &v.initiative_link(i))),
            )
            .collect();
        welcome.insert("roles", &roles);
        welcome.insert("week", &agenda_in_area(&week, &area.id));
        let helpers: Vec<_> = site
            .organisations
            .iter()
            .filter(|o| {
                o.areas.iter().any(|a| a.id == area.id)
                    || area_rooms
                        .iter()
                        .any(|r| r.organisations.iter().any(|x| x.id == o.id))
            })
            .map(|o| v.organisation(o))
            .collect();
        welcome.insert("organisations", &helpers);
        jobs.push(job(
            format!("gebieden/{}/welkom/", area.id),
            "welcome.html",
            welcome,
        ));
    }
    let initiatives: Vec<_> = site.initiatives.iter().map(|i| v.initiative(i)).collect();
    let mut list = one("initiatives", &initiatives);
    list.insert(
        "areas",
        &site
            .areas
            .iter()
            .map(|a| v.area_link(a))
            .collect::<Vec<Link>>(),
    );
    jobs.push(job("initiatieven/", "initiatives.html", list));
    for (initiative, view) in site.initiatives.iter().zip(&initiatives) {
        jobs.push(job(
            format!("initiatieven/{}/", initiative.id),
            "initiative.html",
            one("initiative", view),
        ));
    }
    let showcase: Vec<_> = initiatives.iter().filter(|i| i.showcase).collect();
    jobs.push(job(
        "kennisbank/",
        "knowledge.html",
        one("initiatives", &showcase),
    ));
    let organisations: Vec<_> = site
        .organisations
        .iter()
        .map(|o| v.organisation(o))
        .collect();
    jobs.push(job(
        "organisaties/",
        "organisations.html",
        one("organisations", &organisations),
    ));
    for (organisation, view) in site.organisations.iter().zip(&organisations) {
        jobs.push(job(
            format!("organisaties/{}/", organisation.id),
            "organisation.html",
            one("organisation", view),
        ));
    }

    let roles: Vec<_> = site
        .rooms
        .iter()
        .filter(|r| r.status != crate::model::RoomStatus::Closed)
        .flat_map(|r| {
            v.roles(&r.volunteers_wanted, &v.room_link(r))
                .into_iter()
                .map(move |role| (r.area.id.clone(), role))
        })
        .chain(
            site.initiatives
                .iter()
                .filter(|i| initiative_is_active(i))
                .flat_map(|i| {
                    i.areas.iter().flat_map(move |a| {
                        v.roles(&i.volunteers_wanted, &v.initiative_link(i))
                            .into_iter()
                            .map(move |r| (a.id.clone(), r))
                    })
                }),
        )
        .collect();
    #[derive(Serialize)]
    struct RolesInArea<'a> {
        area: Link,
        roles: Vec<&'a super::views::RoleView>,
    }
    let roles_by_area: Vec<RolesInArea> = site
        .areas
        .iter()
        .map(|a| RolesInArea {
            area: v.area_link(a),
            roles: roles
                .iter()
                .filter(|(id, _)| *id == a.id)
                .map(|(_, r)| r)
                .collect(),
        })
        .filter(|g| !g.roles.is_empty())
        .collect();
    jobs.push(job(
        "vrijwilligerswerk/",
        "volunteering.html",
        one("groups", &roles_by_area),
    ));

    let all_days = agenda(v, AGENDA_DAYS);
    let filters: Vec<AgendaFilter> = site
        .areas
        .iter()
        .map(|a| AgendaFilter {
            link: v.area_link(a),
            agenda_url: v.urls.page(v.language, &format!("agenda/{}/", a.id)),
            count: all_days
                .iter()
                .flat_map(|d| &d.items)
                .filter(|i| i.area.id == a.id)
                .count(),
        })
        .collect();
    let mut agenda_page = one("days", &agenda_in_area(&all_days, ""));
    let total_all: usize = all_days.iter().map(|d| d.items.len()).sum();
    agenda_page.insert("filters", &filters);
    agenda_page.insert("total", &total_all);
    agenda_page.insert("total_all", &total_all);
    jobs.push(job("agenda/", "agenda.html", agenda_page));
    for filter in &filters {
        let mut page = one("days", &agenda_in_area(&all_days, &filter.link.id));
        page.insert("filters", &filters);
        page.insert("current_area", &filter.link);
        page.insert("total", &filter.count);
        page.insert("total_all", &total_all);
        jobs.push(job(
            format!("agenda/{}/", filter.link.id),
            "agenda.html",
            page,
        ));
    }

    let years: Vec<_> = site
        .budget_years()
        .into_iter()
        .map(|y| v.budget_year(y))
        .collect();
    let documents: Vec<_> = site.budgets.iter().map(|b| v.budget_document(b)).collect();
    let mut budget_index = one("years", &years);
    let chart_title = strings
        .get("budget_chart_title")
        .cloned()
        .unwrap_or_default();
    let label = |key: &'static str| -> String {
        strings.get(key).cloned().unwrap_or_else(|| key.to_string())
    };
    let (planned, actual) = (
        label("budget_status_planned"),
        label("budget_status_actual"),
    );
    let labels = [planned.as_str(), actual.as_str()];
    budget_index.insert("chart_svg", &v.budget_years_chart(&chart_title, labels));
    budget_index.insert("documents", &documents);
    jobs.push(job("begroting/", "budgets.html", budget_index));
    for year in &years {
        jobs.push(job(
            format!("begroting/{}/", year.year),
            "budget_year.html",
            one("year", year),
        ));
    }
    for (budget, document) in site.budgets.iter().zip(&documents) {
        jobs.push(job(
            format!("begroting/documenten/{}/", budget.id),
            "budget_document.html",
            one("document", document),
        ));
    }

    let mut map = Context::new();
    map.insert("areas", &areas);
    map.insert("rooms", &rooms);
    map.insert(
        "map_svg",
        &super::map::draw(
            v,
            None,
            None,
            v.site.config.title.as_str(),
            super::map::FULL_WIDTH,
        ),
    );
    jobs.push(job("kaart/", "map.html", map));

    let mut search = Context::new();
    search.insert("rooms", &rooms);
    search.insert("areas", &areas);
    search.insert("initiatives", &initiatives);
    search.insert("organisations", &organisations);
    jobs.push(job("zoeken/", "search.html", search));
    jobs.push(job(
        "open-data/",
        "open_data.html",
        one("open_data", open_data),
    ));
    for page in &site.pages {
        let (title, summary, body) = super::views::translated(
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
        let (summary_lang, body_lang) =
            super::views::text_languages(&page.translations, v.language, &site.config.language);
        c.insert("summary_lang", &summary_lang);
        c.insert("body_lang", &body_lang);
        jobs.push(job(format!("{}/", page.id), "page.html", c));
    }
    jobs.push(job("404.html", "404.html", Context::new()));
    jobs
}
