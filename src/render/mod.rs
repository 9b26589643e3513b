//! Turning the resolved [`Site`] into output files: the theme's pages, its static files
//! and the site-wide files. Each renderer reads `&Site` and returns files.

pub mod budget_views;
pub mod charts;
pub mod html;
pub mod json_ld;
pub mod map;
pub mod markdown;
pub mod money;
pub mod open_data;
pub mod pwa;
pub mod search;
pub mod site_files;
pub mod theme;
pub mod urls;
pub mod views;

use crate::diagnostics::Diagnostics;
use crate::model::Site;
use crate::output::OutputFile;
use std::path::Path;
use urls::Urls;

/// Renders the whole site. Template problems are added to `diags`.
pub fn render_all(site: &Site, root: &Path, diags: &mut Diagnostics) -> Option<Vec<OutputFile>> {
    let theme = theme::Theme::load(root, &site.config.theme, &site.config.languages, diags);
    let tera = html::compile(&theme, diags)?;
    if diags.has_errors() {
        return None;
    }
    let urls = Urls::new(&site.config.base_url, &site.config.language);
    // The open data comes first: the open-data page lists every file with its size.
    let exports = crate::export::render(site, &urls);
    let sizes = exports
        .iter()
        .map(|f| (f.path.clone(), f.bytes.len()))
        .collect();
    let open_data = open_data::view(site, &urls, &sizes);
    let mut files = match html::render_pages(site, &theme, &tera, &urls, &open_data) {
        Ok(files) => files,
        Err(errors) => {
            diags.extend(errors);
            return None;
        }
    };
    let interactive = site.config.map_tiles != crate::model::MapTiles::None;
    for (path, bytes) in &theme.statics {
        // The map library is only published where a site asks for the interactive map.
        let map_only = path.starts_with("vendor/leaflet/") || path == "js/map.js";
        if interactive || !map_only {
            files.push(OutputFile::new(path.clone(), bytes.clone()));
        }
    }
    files.extend(site_files::render(site, &urls));
    files.extend(exports);
    match search::render(site, &urls, &files) {
        Ok(bundle) => files.extend(bundle),
        Err(message) => {
            diags.push(crate::diagnostics::Diagnostic::error(
                "(search index)",
                None,
                message,
            ));
            return None;
        }
    }
    let installable = pwa::render(site, &urls, &files);
    files.extend(installable);
    files.sort();
    let mut seen = std::collections::BTreeSet::new();
    files.retain(|f| seen.insert(f.path.clone()));
    Some(files)
}
