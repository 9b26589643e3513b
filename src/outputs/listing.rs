//! What each output of the [registry](super::registry) tells of its files without making
//! them ([`super::Output::listing`]), kept here so that the registry stays a list.

use super::contract::{Input, Listing};
use super::{admin, data, html, photos, postcodes, publishes_static, site_files, versions};

/// The open data's files.
pub fn open_data(input: &Input) -> Listing {
    Listing::files(data::paths(input.site, input.urls))
}

/// The open data's files at each `data-*` tag.
pub fn versions(input: &Input) -> Listing {
    Listing::files(versions::paths(input.site))
}

/// Every page in every language.
pub fn pages(input: &Input) -> Listing {
    let site = input.site;
    let each: Vec<String> = html::pages::all(site)
        .into_iter()
        .map(|page| html::pages::path(site, page))
        .collect();
    Listing::files(site.config.languages.iter().flat_map(|language| {
        each.iter()
            .map(|page| input.urls.file(language, page))
            .collect::<Vec<_>>()
    }))
}

/// The postcode lookup's files.
pub fn postcode_pages(input: &Input) -> Listing {
    Listing::files(postcodes::paths(input.site, input.urls))
}

/// Every width of every photo.
pub fn photos(input: &Input) -> Listing {
    Listing::files(photos::paths(input.site))
}

/// The theme's static files the site publishes.
pub fn theme_statics(input: &Input) -> Listing {
    Listing::files(
        input
            .theme
            .statics
            .keys()
            .filter(|path| publishes_static(input.site, path))
            .cloned(),
    )
}

/// The sitemap, robots.txt, security.txt, the feed and the basemap.
pub fn site_files(input: &Input) -> Listing {
    Listing::files(site_files::paths(input.site))
}

/// The form editor's two files, which are small: made to learn their names.
pub fn form_editor(input: &Input) -> Listing {
    Listing::files(admin::render(input.site).into_iter().map(|file| file.path))
}

/// One file, always made.
pub fn one(path: impl Into<String>) -> Listing {
    Listing::files([path.into()])
}
