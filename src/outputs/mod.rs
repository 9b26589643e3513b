//! Turning the resolved [`Site`] into output files: the open data, the theme's pages, its
//! static files, the site-wide files and the search index. Each renderer reads `&Site`;
//! [`render_all`] hands every file to a [`Sink`] as soon as it is made.

pub mod data;
pub mod html;
pub mod open_data;
pub mod pwa;
pub mod search;
pub mod site_files;

use crate::diagnostics::Diagnostics;
use crate::load::theme;
use crate::model::Site;
use crate::output::{OutputFile, Sink, Written};
use crate::resolve::urls::Urls;
use html::{pages, templates, views};
use rayon::prelude::*;
use std::path::Path;
use std::sync::Mutex;

/// Whether the theme's static file at `path` is published: the map library only where a
/// site asks for the interactive map.
pub fn publishes_static(site: &Site, path: &str) -> bool {
    let interactive = site.config.map_tiles != crate::model::MapTiles::None;
    let map_only = path.starts_with("vendor/leaflet/") || path == "js/map.js";
    interactive || !map_only
}

/// Hands files on to a [`Sink`] and keeps a [`Written`] record of each, for the files that
/// describe the others (the service worker, the open-data page).
struct Recorder<'s> {
    sink: &'s dyn Sink,
    written: Mutex<Vec<Written>>,
}

impl Recorder<'_> {
    fn put(&self, file: OutputFile) {
        let record = Written::of(&file);
        self.written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(record);
        self.sink.put(file);
    }

    /// Every file so far, sorted by path.
    fn written(&self) -> Vec<Written> {
        let mut written = self
            .written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        written.sort();
        written
    }
}

/// Renders the whole site into `sink`, each file as soon as it is made. Template problems
/// are added to `diags`; on any error the sink must be discarded. Returns how many files
/// were made.
pub fn render_all(
    site: &Site,
    root: &Path,
    diags: &mut Diagnostics,
    sink: &dyn Sink,
) -> Option<usize> {
    let theme = theme::Theme::load(root, &site.config.theme, &site.config.languages, diags);
    let tera = templates::compile(&theme, diags)?;
    if diags.has_errors() {
        return None;
    }
    let urls = Urls::new(&site.config.base_url, &site.config.language);
    let out = Recorder {
        sink,
        written: Mutex::new(Vec::new()),
    };
    // The open data comes first: the open-data page lists every file with its size.
    crate::outputs::data::render(site, &urls, &|file| out.put(file));
    let sizes = out
        .written()
        .into_iter()
        .map(|w| (w.path, w.size as usize))
        .collect();
    let open_data = open_data::view(site, &urls, &sizes);
    let links = crate::resolve::Links::new(site);
    let languages: Vec<pages::Pages> = site
        .config
        .languages
        .iter()
        .map(|language| {
            let viewer = views::Viewer {
                site,
                urls: &urls,
                language,
                links: &links,
            };
            pages::Pages::new(viewer, &theme, &tera, Some(&open_data))
        })
        .collect();
    let jobs: Vec<(&pages::Pages, pages::Page)> = languages
        .iter()
        .flat_map(|l| l.all().into_iter().map(move |page| (l, page)))
        .collect();
    let failures = Mutex::new(Vec::new());
    // The search index needs no page, so it is made beside them, on threads of its own:
    // as a task of the page pool it would block one of its workers while it waits.
    let search = std::thread::scope(|scope| {
        let search = scope.spawn(|| search::render(site, &urls));
        jobs.into_par_iter()
            .for_each(|(language, page)| match language.render(page) {
                Ok(file) => out.put(file),
                Err(d) => failures.lock().unwrap_or_else(|e| e.into_inner()).push(d),
            });
        search
            .join()
            .unwrap_or_else(|_| Err("the search indexer stopped unexpectedly".to_string()))
    });
    let failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    if !failures.is_empty() {
        for failure in failures {
            diags.push(failure);
        }
        return None;
    }
    for (path, bytes) in &theme.statics {
        if publishes_static(site, path) {
            out.put(OutputFile::new(path.clone(), bytes.clone()));
        }
    }
    for file in site_files::render(site, &urls) {
        out.put(file);
    }
    match search {
        Ok(bundle) => bundle.into_iter().for_each(|f| out.put(f)),
        Err(message) => {
            diags.push(crate::diagnostics::Diagnostic::error(
                "(search index)",
                None,
                message,
            ));
            return None;
        }
    }
    for file in pwa::render(site, &urls, &out.written()) {
        out.put(file);
    }
    let written = out.written();
    // Two files for one path would leave one of them unpublished; it happens when a
    // theme's static file takes the place of a generated one.
    let mut clashes: Vec<&str> = written
        .windows(2)
        .filter(|w| w[0].path == w[1].path)
        .map(|w| w[0].path.as_str())
        .collect();
    clashes.dedup();
    for path in &clashes {
        diags.push(crate::diagnostics::Diagnostic::error(
            "themes",
            None,
            format!("two files would be published as {path}: a file in the theme's static folder has the name of a file mienskip makes; rename or remove the theme's file"),
        ));
    }
    clashes.is_empty().then_some(written.len())
}
