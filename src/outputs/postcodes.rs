//! The postcode lookup, in every language: `/postcode/` lists every postcode the areas
//! claim with its area (where the postcode form lands without JavaScript, so that it still
//! helps), and `/postcode/<postcode>/` says which area a postcode lies in, with its places
//! and rooms. `postcode/postcodes.json` lists the postcodes that have a page, so that the
//! form's script goes straight to the right page, or says at once that it does not know
//! the postcode; nothing is sent anywhere.

use crate::diagnostics::Diagnostic;
use crate::model::postcode::{claims, Claims};
use crate::model::{Postcode, Site};
use crate::output::OutputFile;
use crate::outputs::html::pages::Pages;
use crate::outputs::html::views::Link;
use crate::resolve::routes::{Route, Section};
use serde::Serialize;
use std::collections::BTreeMap;
use tera::Context;

/// The list of postcodes with a page, for the form's script.
pub const INDEX_FILE: &str = "postcode/postcodes.json";

/// One page of the lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostcodePage {
    Index,
    One(Postcode),
}

/// Every page of the lookup in one language: the index, then each four-digit postcode
/// area some area claims (whole or in part), each followed by its six-character ones.
pub fn pages(site: &Site) -> Vec<PostcodePage> {
    let mut pages = vec![PostcodePage::Index];
    for (four, claims) in claims(&site.areas) {
        pages.push(PostcodePage::One(four));
        pages.extend(claims.six.iter().map(|(p, _)| PostcodePage::One(*p)));
    }
    pages
}

/// The page at `path` inside a language (`postcode/`, `postcode/8913ab/`), if the site has it.
pub fn find(site: &Site, path: &str) -> Option<PostcodePage> {
    match Route::parse(path)? {
        Route::Section(Section::Postcodes) => Some(PostcodePage::Index),
        Route::Postcode(slug) => {
            let postcode = Postcode::parse(slug).ok().filter(|p| p.slug() == slug)?;
            let all = claims(&site.areas);
            let claims = all.get(&postcode.area())?;
            let known = !postcode.is_six() || claims.six.iter().any(|(p, _)| *p == postcode);
            known.then_some(PostcodePage::One(postcode))
        }
        _ => None,
    }
}

/// The path of every file the lookup makes: the list of postcodes, and each page in every
/// language.
pub fn paths(site: &Site, urls: &crate::resolve::urls::Urls) -> Vec<String> {
    let mut paths = vec![INDEX_FILE.to_string()];
    let each: Vec<String> = pages(site).into_iter().map(path).collect();
    for language in &site.config.languages {
        paths.extend(each.iter().map(|page| urls.file(language, page)));
    }
    paths
}

/// The address of a page of the lookup inside a language.
fn path(page: PostcodePage) -> String {
    match page {
        PostcodePage::Index => Route::Section(Section::Postcodes).path(),
        PostcodePage::One(postcode) => Route::Postcode(&postcode.slug()).path(),
    }
}

/// The address of a page of the lookup inside a language, and when what it shows last
/// changed: the index lists every area, a postcode's page shows its area.
pub fn path_and_modified(site: &Site, page: PostcodePage) -> (String, jiff::Timestamp) {
    use crate::outputs::dates;
    match page {
        PostcodePage::Index => (
            path(page),
            dates::latest(site, site.areas.iter().map(|a| dates::area(site, a))),
        ),
        PostcodePage::One(postcode) => {
            let area = crate::model::postcode::area_of(&claims(&site.areas), postcode);
            let modified =
                area.map_or_else(|| dates::site(site), |i| dates::area(site, &site.areas[i]));
            (path(page), modified)
        }
    }
}

/// `postcode/postcodes.json`: `{"postcodes": ["8911", "8913ab", ...]}`, the page names of
/// every postcode with a page.
pub fn index_file(site: &Site) -> OutputFile {
    let slugs: Vec<String> = pages(site)
        .into_iter()
        .filter_map(|p| match p {
            PostcodePage::One(postcode) => Some(postcode.slug()),
            PostcodePage::Index => None,
        })
        .collect();
    let json = serde_json::json!({ "postcodes": slugs });
    OutputFile::new(INDEX_FILE, json.to_string())
}

/// An area as the index lists it.
#[derive(Serialize)]
struct AreaPostcodes {
    #[serde(flatten)]
    link: Link,
    places: Vec<String>,
    postcodes: Vec<Link>,
}

/// A six-character postcode inside a four-digit one, with the area that claims it.
#[derive(Serialize)]
struct Part {
    postcode: Link,
    area: Link,
}

/// Renders one page of the lookup in the language of `pages`.
pub fn render(pages: &Pages, page: PostcodePage) -> Result<OutputFile, Diagnostic> {
    let v = pages.viewer();
    let site = v.site;
    let mut data = Context::new();
    match page {
        PostcodePage::Index => {
            let mut areas: Vec<AreaPostcodes> = site
                .areas
                .iter()
                .map(|a| AreaPostcodes {
                    link: v.area_link(a),
                    places: a.places.clone(),
                    postcodes: a
                        .postcodes
                        .iter()
                        .map(|(p, _)| v.postcode_link(*p))
                        .collect(),
                })
                .collect();
            areas.sort_by(|a, b| a.link.name.cmp(&b.link.name));
            data.insert("areas", &areas);
            let (path, modified) = path_and_modified(site, page);
            pages.render_with("postcodes.html", data, &path, modified)
        }
        PostcodePage::One(postcode) => {
            let all: BTreeMap<Postcode, Claims> = claims(&site.areas);
            let claims = all.get(&postcode.area()).cloned().unwrap_or_default();
            let area = crate::model::postcode::area_of(&all, postcode);
            data.insert("postcode", &postcode.to_string());
            data.insert("area", &area.map(|i| pages.area_view(i)));
            // On a four-digit page, the six-character postcodes inside it that another
            // area claims; on a six-character page, the four-digit page it lies in.
            let parts: Vec<Part> = if postcode.is_six() {
                Vec::new()
            } else {
                claims
                    .six
                    .iter()
                    .filter(|(_, i)| Some(*i) != claims.whole)
                    .map(|(p, i)| Part {
                        postcode: v.postcode_link(*p),
                        area: v.area_link(&site.areas[*i]),
                    })
                    .collect()
            };
            data.insert("parts", &parts);
            let whole = postcode.area();
            let parent = (postcode.is_six()).then(|| v.postcode_link(whole));
            data.insert("parent", &parent);
            let (path, modified) = path_and_modified(site, page);
            pages.render_with("postcode.html", data, &path, modified)
        }
    }
}
