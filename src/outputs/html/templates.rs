//! The HTML pages of the site, in every language, rendered with Tera from the theme.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::theme::Theme;
use crate::model::Site;
use crate::outputs::html::views::{iso, Link};
use crate::resolve::routes::{Route, Section};
use crate::resolve::urls::Urls;
pub use crate::text::escape::html as escape_html;
use serde::Serialize;
use tera::{Context, Tera};

#[derive(Serialize)]
struct SiteView<'a> {
    /// The title and description in the page's language, or in the site's where they
    /// have no translation; `title_lang` and `description_lang` say which, so that the
    /// templates mark a fallback with `lang`.
    title: &'a str,
    title_lang: &'a str,
    description: Option<&'a str>,
    description_lang: Option<&'a str>,
    /// The title in the site's language, as the open data is published under it.
    own_title: &'a str,
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
    changes: String,
    data: String,
    static_root: String,
    search: String,
    postcodes: String,
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

/// The Tera functions a theme may call: `range` and `throw` read nothing but their arguments.
const TEMPLATE_FUNCTIONS: &[&str] = &["range", "throw"];

/// `{{ body | demote_headings | safe }}`: an item's Markdown body sits in a section under
/// the page's own h2, so its `## Kop` must become an h3 for the outline to nest.
fn demote_headings_filter(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    match value.as_str() {
        Some(html) => Ok(tera::Value::String(demote_headings(html))),
        None => Err(tera::Error::msg("demote_headings takes text")),
    }
}

/// Every `<hN` and `</hN` tag one level down (h6 stays h6), in one pass so that no
/// heading moves twice. Text in the body is escaped (`&lt;h2`), so only tags match.
pub fn demote_headings(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<") {
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
        let slash = rest.starts_with('/');
        let tag = if slash { &rest[1..] } else { rest };
        let bytes = tag.as_bytes();
        if bytes.len() >= 3
            && (bytes[0] == b'h' || bytes[0] == b'H')
            && (b'1'..=b'5').contains(&bytes[1])
            && (bytes[2] == b'>' || bytes[2].is_ascii_whitespace() || bytes[2] == b'/')
        {
            if slash {
                out.push('/');
            }
            out.push('h');
            out.push(char::from(bytes[1] + 1));
            rest = &tag[2..];
        }
    }
    out.push_str(rest);
    out
}

/// Compiles the theme's templates; a broken template is an error naming its file.
pub fn compile(theme: &Theme, diags: &mut Diagnostics) -> Option<Tera> {
    let mut tera = Tera::default();
    // Tera comes with `get_env`, which would publish the build machine's environment (its
    // secrets included) to anyone who can change a template. Only functions that read
    // nothing from outside the template's own arguments are kept; one Tera adds later is
    // left out until it is looked at.
    tera.functions
        .retain(|name, _| TEMPLATE_FUNCTIONS.contains(&name.as_str()));
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(escape_html);
    tera.register_filter("demote_headings", demote_headings_filter);
    let templates: Vec<(String, String)> = theme
        .templates
        .iter()
        .map(|(name, (source, _))| (name.clone(), source.clone()))
        .collect();
    if let Err(e) = tera.add_raw_templates(templates) {
        let shown = failed_template(theme, &e).unwrap_or_else(|| "themes".into());
        let (line, message) = match parse_error_place(&e) {
            Some((line, column, None)) => (
                Some(line),
                crate::msg!("theme-template-syntax-at", column = column),
            ),
            Some((line, column, Some(expected))) => (
                Some(line),
                crate::msg!(
                    "theme-template-syntax",
                    column = column,
                    expected = expected
                ),
            ),
            None => (
                None,
                crate::msg!("theme-template-unreadable", detail = error_chain(&e)),
            ),
        };
        diags.push(Diagnostic::error(&shown, line, message));
        return None;
    }
    Some(tera)
}

/// The file of the template that Tera's error is about: the first template named (in
/// quotes) in its own message, `Failed to parse 'room.html'` or `Template 'a.html' is
/// inheriting from ...`. Not its sources, whose quoted line of the template may name others.
fn failed_template(theme: &Theme, e: &tera::Error) -> Option<String> {
    let message = e.to_string();
    theme
        .templates
        .iter()
        .filter_map(|(name, (_, shown))| {
            let at = [format!("'{name}'"), format!("`{name}`")]
                .iter()
                .filter_map(|quoted| message.find(quoted.as_str()))
                .min()?;
            Some((at, shown))
        })
        .min_by_key(|(at, _)| *at)
        .map(|(_, shown)| shown.clone())
}

/// Where a parse error is and what was expected: Tera's parser starts its message with
/// ` --> LINE:COLUMN`, then quotes the line (which the report need not repeat) and ends with
/// `= expected ...`. Gives the line, the column and what was expected (Tera's words).
fn parse_error_place(e: &tera::Error) -> Option<(usize, String, Option<String>)> {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let text = s.to_string();
        if let Some(place) = text.trim_start().strip_prefix("--> ") {
            let place = place.lines().next().unwrap_or("");
            let (line, column) = place.split_once(':')?;
            let line = line.parse().ok().filter(|&n: &usize| n > 0)?;
            let expected: Vec<&str> = text
                .lines()
                .filter_map(|l| l.trim_start().strip_prefix("= "))
                .collect();
            let expected = (!expected.is_empty()).then(|| expected.join("; "));
            return Some((line, column.trim().to_string(), expected));
        }
        source = s.source();
    }
    None
}

pub(super) fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// A statement page in the footer, with the language its title is in.
#[derive(Serialize)]
struct PageLink {
    #[serde(flatten)]
    link: Link,
    lang: String,
}

pub(super) fn common_context(site: &Site, theme: &Theme, urls: &Urls, language: &str) -> Context {
    let mut context = Context::new();
    let config = &site.config;
    context.insert(
        "site",
        &SiteView {
            title: config.title_in(language).text,
            title_lang: config.title_in(language).lang,
            description: config.description_in(language).map(|d| d.text),
            description_lang: config.description_in(language).map(|d| d.lang),
            own_title: &config.title,
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
            rooms: page(&Route::Section(Section::Rooms).path()),
            areas: page(&Route::Section(Section::Areas).path()),
            initiatives: page(&Route::Section(Section::Initiatives).path()),
            organisations: page(&Route::Section(Section::Organisations).path()),
            volunteering: page(&Route::Section(Section::Volunteering).path()),
            agenda: page(&Route::Section(Section::Agenda).path()),
            knowledge: page(&Route::Section(Section::Knowledge).path()),
            budget: page(&Route::Section(Section::Budgets).path()),
            map: page(&Route::Section(Section::Map).path()),
            open_data: page(&Route::Section(Section::OpenData).path()),
            changes: page(&Route::Section(Section::Changes).path()),
            data: format!("{}data/", urls.base_path),
            static_root: urls.base_path.clone(),
            search: page(&Route::Section(Section::Search).path()),
            postcodes: page(&Route::Section(Section::Postcodes).path()),
        },
    );
    // Only an item's own page is a draft or has a review date (`Pages::render_in` says so
    // for it); every other page is neither.
    context.insert("draft", &false);
    context.insert("reviewed", &None::<String>);
    context.insert("build_date", &iso(site.build_date));
    context.insert("map_tiles", &map_tiles(&config.map_tiles));
    // Where the basemap comes from (shown beside every map that draws it) and where the
    // interactive map finds it.
    context.insert(
        "map_basemap",
        &config.basemap.as_ref().map(|b| {
            serde_json::json!({
                "source": b.source,
                "file": crate::outputs::html::map::ground::file_path(),
            })
        }),
    );
    let pages: Vec<PageLink> = site
        .pages
        .iter()
        .map(|p| {
            let (title, _, _) =
                crate::outputs::html::views::translated(&p.text, language, &p.title);
            // A title without a translation is the default language's, and says so.
            let translated = p
                .text
                .translations
                .get(language)
                .is_some_and(|t| t.name.is_some());
            PageLink {
                link: Link {
                    id: p.id.clone(),
                    name: title.to_string(),
                    url: urls.page(language, &format!("{}/", p.id)),
                },
                lang: if translated {
                    language
                } else {
                    &config.language
                }
                .to_string(),
            }
        })
        .collect();
    context.insert("pages", &pages);
    context
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn escapes_what_html_needs_and_nothing_else() {
        assert_eq!(escape_html("/kamers/nylân/"), "/kamers/nylân/");
        assert_eq!(escape_html(""), "");
        assert_eq!(
            escape_html("Tuin & <b>\"Kas\"</b> 't"),
            "Tuin &amp; &lt;b&gt;&quot;Kas&quot;&lt;/b&gt; &#39;t"
        );
        assert_eq!(escape_html("Café & thee"), "Café &amp; thee");
    }

    #[test]
    fn demotes_each_heading_once() {
        use super::demote_headings;
        assert_eq!(
            demote_headings(
                "<h1>A</h1><h2 id=\"b\">B</h2><p>&lt;h2&gt; <hr></p><h5>E</h5><h6>F</h6>"
            ),
            "<h2>A</h2><h3 id=\"b\">B</h3><p>&lt;h2&gt; <hr></p><h6>E</h6><h6>F</h6>"
        );
        assert_eq!(demote_headings("tail <"), "tail <");
    }
}
