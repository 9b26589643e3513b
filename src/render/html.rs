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
}

#[derive(Serialize)]
pub struct AgendaItem {
    #[serde(flatten)]
    pub activity: ActivityView,
    pub date: String,
}

#[derive(Serialize)]
pub struct AgendaDay {
    pub date: String,
    pub day: &'static str,
    pub items: Vec<AgendaItem>,
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
) -> Result<Vec<OutputFile>, Diagnostics> {
    let languages = &site.config.languages;
    let results: Vec<Result<Vec<OutputFile>, Diagnostic>> = languages
        .par_iter()
        .map(|language| render_language(site, theme, tera, urls, language))
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
    theme: &Theme,
    tera: &Tera,
    urls: &Urls,
    language: &str,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let viewer = Viewer {
        site,
        urls,
        language,
    };
    let jobs = page_jobs(&viewer);
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
        },
    );
    context.insert("build_date", &iso(site.build_date));
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

/// The agenda from `from` for `days` days, by day.
pub fn agenda(viewer: &Viewer, days: i64) -> Vec<AgendaDay> {
    let site = viewer.site;
    let start = site.build_date;
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
                    items.push(AgendaItem {
                        activity: view,
                        date: iso(day),
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

fn page_jobs(v: &Viewer) -> Vec<PageJob> {
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
    for room in &site.rooms {
        let mut room_page = one("room", &v.room(room));
        let around = [room.area.id.as_str()];
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
        let activities: Vec<ActivityView> = area_rooms
            .iter()
            .flat_map(|r| v.activity_views(r))
            .collect();
        welcome.insert("activities", &activities);
        let roles: Vec<_> = area_rooms
            .iter()
            .flat_map(|r| v.roles(&r.volunteers_wanted, &v.room_link(r)))
            .chain(
                site.initiatives
                    .iter()
                    .filter(|i| i.areas.iter().any(|a| a.id == area.id))
                    .flat_map(|i| v.roles(&i.volunteers_wanted, &v.initiative_link(i))),
            )
            .collect();
        welcome.insert("roles", &roles);
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
        .chain(site.initiatives.iter().flat_map(|i| {
            let area = i.areas.first().map(|a| a.id.clone()).unwrap_or_default();
            v.roles(&i.volunteers_wanted, &v.initiative_link(i))
                .into_iter()
                .map(move |role| (area.clone(), role))
        }))
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

    jobs.push(job(
        "agenda/",
        "agenda.html",
        one("days", &agenda(v, AGENDA_DAYS)),
    ));

    let years: Vec<_> = site
        .budget_years()
        .into_iter()
        .map(|y| v.budget_year(y))
        .collect();
    let documents: Vec<_> = site.budgets.iter().map(|b| v.budget_document(b)).collect();
    let mut budget_index = one("years", &years);
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
    jobs.push(job("open-data/", "open_data.html", Context::new()));
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
        jobs.push(job(format!("{}/", page.id), "page.html", c));
    }
    jobs.push(job("404.html", "404.html", Context::new()));
    jobs
}
