//! Links in texts that lead nowhere: a Markdown link or picture to an address on the site
//! (`/kamers/bestaat-niet/`, or relative to the text's page, like `../noord/`) is checked
//! against the route table once every page is known, in every language, and one that names
//! no page is a warning at its line. Links to files (`/data/rooms.csv`, `foto.jpg`) are
//! checked later, against the files the outputs write (`outputs::file_links`). A link is never
//! an error: the page still works, but a resident would land on "not found".

use super::item_texts::every_item_text;
use super::routes::Route;
use super::urls::Urls;
use crate::diagnostics::{suggestion, Diagnostics};
use crate::messages::Message;
use crate::model::{Body, Site};

/// One text of the site: the file it is written in, the page it is shown on (its language
/// and route) and the text itself.
pub struct Text<'a> {
    pub file: &'a str,
    pub language: &'a str,
    pub page: Route<'a>,
    pub body: &'a Body,
}

/// Every text of the site (the items' bodies and their translations'), each with the page
/// it is shown on, against which its relative links resolve.
pub fn texts(site: &Site) -> Vec<Text<'_>> {
    let mut texts = Vec::new();
    let default = site.config.language.as_str();
    let items = every_item_text(
        &site.rooms,
        &site.areas,
        &site.initiatives,
        &site.organisations,
        &site.pages,
    )
    .map(|(kind, id, file, text)| (Route::of_item(kind, id), file, text));
    for (page, file, text) in items {
        texts.push(Text {
            file,
            language: default,
            page,
            body: &text.body,
        });
        for (language, translation) in &text.translations {
            if let Some(body) = &translation.body {
                texts.push(Text {
                    file: &translation.path,
                    language,
                    page,
                    body,
                });
            }
        }
    }
    texts
}

/// The address on this site that `target` (a link in `text`, as written) names, as a path
/// from the host (`/kamers/bilgaard/foto.jpg`), with `%20` and the like decoded and without
/// what follows `?` or `#`: a relative link resolves against the page the text is shown on,
/// one from the root (`/begroting/`) against the site's own address, as it is published
/// (`rebase`).
pub fn address(urls: &Urls, text: &Text, target: &str) -> Option<String> {
    let page = urls.page(text.language, &text.page.path());
    let base = url::Url::parse(&format!("http://site.invalid{page}")).ok()?;
    let joined = match target.strip_prefix('/') {
        Some(inside) if !inside.starts_with('/') => {
            base.join(&format!("{}{inside}", urls.base_path)).ok()?
        }
        _ => base.join(target).ok()?,
    };
    if joined.host_str() != Some("site.invalid") {
        return None;
    }
    let path = percent_encoding::percent_decode_str(joined.path()).decode_utf8_lossy();
    Some(path.into_owned())
}

/// Warns for every link in a text whose address is no page of `site`.
pub fn check(site: &Site, diags: &mut Diagnostics) {
    let urls = Urls::new(&site.config.base_url, &site.config.language);
    for text in texts(site) {
        for link in &text.body.site_links {
            let Some(address) = address(&urls, &text, &link.target) else {
                continue;
            };
            let Some(why) = leads_nowhere(site, &address) else {
                continue;
            };
            let target = crate::diagnostics::quote_value(&link.target);
            let why = why.text();
            let message = if link.picture {
                crate::msg!("link-no-picture", target = target, why = why)
            } else {
                crate::msg!("link-no-page", target = target, why = why)
            };
            diags.warning_at(text.file, link.line, link.column, message);
        }
    }
}

/// Why `address` (a link's [`address`]) names no page, or `None` when it does or is a file,
/// which `outputs::file_links` checks.
fn leads_nowhere(site: &Site, address: &str) -> Option<Message> {
    let page = page_of(site, address)?;
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
pub fn page_of(site: &Site, target: &str) -> Option<String> {
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
pub fn inside_of<'t>(site: &Site, target: &'t str) -> &'t str {
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
