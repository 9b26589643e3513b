//! Links in texts that lead nowhere: a Markdown link or picture to an address on the site
//! (`/kamers/bestaat-niet/`) is checked against the route table once every page is known,
//! in every language, and one that names no page is a warning at its line. A link is never
//! an error: the page still works, but a resident would land on "not found".

use super::routes::Route;
use super::urls::Urls;
use crate::diagnostics::{suggestion, Diagnostics};
use crate::messages::Message;
use crate::model::{Body, Site, Translations};

/// Warns for every link in a text whose address is no page of `site`.
pub fn check(site: &Site, diags: &mut Diagnostics) {
    let texts = site
        .rooms
        .iter()
        .map(|x| (&x.path, &x.body, &x.translations))
        .chain(
            site.areas
                .iter()
                .map(|x| (&x.path, &x.body, &x.translations)),
        )
        .chain(
            site.initiatives
                .iter()
                .map(|x| (&x.path, &x.body, &x.translations)),
        )
        .chain(
            site.organisations
                .iter()
                .map(|x| (&x.path, &x.body, &x.translations)),
        )
        .chain(
            site.pages
                .iter()
                .map(|x| (&x.path, &x.body, &x.translations)),
        );
    for (path, body, translations) in texts {
        check_body(site, path, body, diags);
        check_translations(site, translations, diags);
    }
}

fn check_translations(site: &Site, translations: &Translations, diags: &mut Diagnostics) {
    for translation in translations.values() {
        if let Some(body) = &translation.body {
            check_body(site, &translation.path, body, diags);
        }
    }
}

fn check_body(site: &Site, path: &str, body: &Body, diags: &mut Diagnostics) {
    for link in &body.site_links {
        let Some(why) = leads_nowhere(site, &link.target) else {
            continue;
        };
        let target = crate::diagnostics::quote_value(&link.target);
        let why = why.text();
        let message = if link.picture {
            crate::msg!("link-no-picture", target = target, why = why)
        } else {
            crate::msg!("link-no-page", target = target, why = why)
        };
        diags.warning_at(path, link.line, link.column, message);
    }
}

/// Why `target` names no page, or `None` when it does (or is a file this check does not
/// know: open data, theme files, the search index).
fn leads_nowhere(site: &Site, target: &str) -> Option<Message> {
    let page = page_of(site, target)?;
    // `kind` chooses the word in the catalogue.
    let fix = |kind: &'static str, id: &str, ids: Vec<&str>| {
        let hint = match suggestion(id, ids) {
            hint if hint.is_empty() => crate::msg!("link-fix").text(),
            hint => hint,
        };
        crate::msg!("link-why-no-item", kind = kind, id = id, hint = hint)
    };
    match Route::parse(&page) {
        None => Some(crate::msg!("link-why-no-address")),
        Some(Route::Room(id)) if !site.rooms.iter().any(|x| x.id == id) => Some(fix(
            "room",
            id,
            site.rooms.iter().map(|x| x.id.as_str()).collect(),
        )),
        Some(Route::Area(id) | Route::Welcome(id) | Route::AreaAgenda(id))
            if !site.areas.iter().any(|x| x.id == id) =>
        {
            Some(fix(
                "area",
                id,
                site.areas.iter().map(|x| x.id.as_str()).collect(),
            ))
        }
        Some(Route::Initiative(id)) if !site.initiatives.iter().any(|x| x.id == id) => Some(fix(
            "initiative",
            id,
            site.initiatives.iter().map(|x| x.id.as_str()).collect(),
        )),
        Some(Route::Organisation(id)) if !site.organisations.iter().any(|x| x.id == id) => {
            Some(fix(
                "organisation",
                id,
                site.organisations.iter().map(|x| x.id.as_str()).collect(),
            ))
        }
        Some(Route::BudgetDocument(id)) if !site.budgets.iter().any(|x| x.id == id) => Some(fix(
            "budget",
            id,
            site.budgets.iter().map(|x| x.id.as_str()).collect(),
        )),
        Some(Route::BudgetYear(year))
            if !site.budgets.iter().any(|b| b.years().contains(&year)) =>
        {
            Some(crate::msg!(
                "link-why-no-budget-year",
                year = year.to_string()
            ))
        }
        Some(Route::Text(id)) if !site.pages.iter().any(|x| x.id == id) => Some(fix(
            "page",
            id,
            site.pages.iter().map(|x| x.id.as_str()).collect(),
        )),
        Some(_) => None,
    }
}

/// The page `target` (a link's address) names, as a path inside its language like
/// `kamers/bilgaard/`; `None` for a file, which is not a page (open data, theme files, the
/// search index, photos).
pub(super) fn page_of(site: &Site, target: &str) -> Option<String> {
    let inside = inside_of(site, target);
    let last = inside.rsplit('/').next().unwrap_or("");
    if last.contains('.') {
        // A file, not a page: only the 404 page is in the route table.
        return None;
    }
    if ["data/", "static/", "pagefind/"]
        .iter()
        .any(|folder| inside.starts_with(folder))
    {
        return None;
    }
    Some(if inside.is_empty() || inside.ends_with('/') {
        inside.to_string()
    } else {
        format!("{inside}/")
    })
}

/// A link's address as a path inside its language (`kamers/bilgaard/foto.jpg`): without
/// the base path, the language and what follows `#` or `?`.
pub(super) fn inside_of<'t>(site: &Site, target: &'t str) -> &'t str {
    let end = target.find(['#', '?']).unwrap_or(target.len());
    let address = &target[..end];
    let urls = Urls::new(&site.config.base_url, &site.config.language);
    let inside = address
        .strip_prefix(urls.base_path.as_str())
        .or_else(|| address.strip_prefix('/'))
        .unwrap_or(address);
    let inside = match inside.split_once('/') {
        Some((first, rest))
            if first != site.config.language
                && site.config.languages.iter().any(|l| l == first) =>
        {
            rest
        }
        _ => inside,
    };
    inside
}
