//! Turning the resolved [`Site`] into output files: the open data, the theme's pages, its
//! static files, the site-wide files, the search index and the offline files. Each is an
//! [`Output`] in the one [`registry`]; [`render_all`] makes them in the registry's order
//! and hands every file to a [`Sink`] as soon as it is made.

pub mod admin;
pub mod cached;
pub mod changes;
pub mod contract;
pub mod data;
pub mod dates;
pub mod file_links;
pub mod html;
pub mod listing;
pub mod open_data;
pub mod photos;
pub mod postcodes;
pub mod pwa;
pub mod registry;
pub mod search;
pub mod site_files;
pub mod versions;

pub use contract::{Compiled, Earlier, Input, Listing, Lookup, Needs, Output};
pub use registry::registry;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::Site;
use crate::output::{OutputFile, Sink, Written};
use crate::resolve::urls::Urls;
use std::path::Path;
use std::sync::Mutex;

/// Whether the theme's static file at `path` is published: the map library only where a
/// site asks for the interactive map.
pub fn publishes_static(site: &Site, path: &str) -> bool {
    let interactive = site.config.map_tiles != crate::model::MapTiles::None;
    let map_only = path.starts_with("vendor/leaflet/") || path == "js/map.js";
    // The form editor's program only where the site has the editor.
    if path.starts_with(admin::VENDOR) {
        return site.config.editor.is_some();
    }
    interactive || !map_only
}

/// What a build recorded of each output's files, by the output's position in the registry.
struct Recorded(Vec<Mutex<Vec<Written>>>);

impl Recorded {
    fn put(&self, at: usize, sink: &dyn Sink, file: OutputFile) {
        let record = Written::of(&file);
        self.0[at]
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(record);
        sink.put(file);
    }

    /// The files of the outputs at `outputs`, sorted by path.
    fn files(&self, outputs: &[usize]) -> Vec<Written> {
        let mut files: Vec<Written> = outputs
            .iter()
            .flat_map(|at| {
                self.0[*at]
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .clone()
            })
            .collect();
        files.sort();
        files
    }
}

/// The files a build recorded of the outputs one output needs, all made before it.
struct Made<'r> {
    recorded: &'r Recorded,
    needed: Vec<usize>,
}

impl Earlier for Made<'_> {
    fn files(&self) -> Vec<Written> {
        self.recorded.files(&self.needed)
    }
}

/// Loads the site's theme and renders the whole site into `sink` ([`render_compiled`]).
/// Template problems are added to `diags`; on any error the sink must be discarded.
/// Returns how many files were made.
pub fn render_all(
    site: &Site,
    root: &Path,
    diags: &mut Diagnostics,
    sink: &dyn Sink,
) -> Option<usize> {
    render_all_cached(site, root, diags, sink, None)
}

/// [`render_all`] with the build cache (`--cache`): what is unchanged since the build that
/// filled it is taken from it ([`cached`]).
pub fn render_all_cached(
    site: &Site,
    root: &Path,
    diags: &mut Diagnostics,
    sink: &dyn Sink,
    cache: Option<std::sync::Arc<crate::output::cache::Cache>>,
) -> Option<usize> {
    let compiled = Compiled::load(site, root, diags)?;
    let build = cache.and_then(|cache| cached::Build::new(cache, site, &compiled.theme));
    cached::use_for_pages(build.as_ref());
    let made = render_in(site, &compiled, diags, sink, build.as_ref());
    cached::use_for_pages(None);
    made
}

/// Renders every output of the [`registry`] into `sink`, in the registry's order, each file
/// as soon as it is made; an output that runs on its own thread is waited for when an
/// output after it needs its files, or at the end. Problems are added to `diags`; on any
/// error the sink must be discarded. Returns how many files were made.
pub fn render_compiled(
    site: &Site,
    compiled: &Compiled,
    diags: &mut Diagnostics,
    sink: &dyn Sink,
) -> Option<usize> {
    render_in(site, compiled, diags, sink, None)
}

fn render_in(
    site: &Site,
    compiled: &Compiled,
    diags: &mut Diagnostics,
    sink: &dyn Sink,
    cache: Option<&cached::Build>,
) -> Option<usize> {
    let urls = Urls::new(&site.config.base_url, &site.config.language);
    let links = crate::resolve::Links::new(site);
    let input = Input {
        site,
        urls: &urls,
        links: &links,
        theme: &compiled.theme,
        tera: &compiled.tera,
    };
    file_links::check(&input, diags);
    let outputs = registry();
    let recorded = Recorded(outputs.iter().map(|_| Mutex::default()).collect());
    let mut failures: Vec<Diagnostic> = Vec::new();
    std::thread::scope(|scope| {
        let mut running = Vec::new();
        for (at, output) in outputs.iter().enumerate() {
            let needed = registry::needed(outputs, at);
            let (wait, go_on): (Vec<_>, Vec<_>) = std::mem::take(&mut running)
                .into_iter()
                .partition(|(other, _)| needed.contains(other));
            running = go_on;
            for thread in wait {
                failures.extend(joined(outputs[thread.0].name(), thread.1));
            }
            let earlier = Made {
                recorded: &recorded,
                needed,
            };
            let (input, recorded) = (&input, &recorded);
            let run = move || {
                let out = |file| recorded.put(at, sink, file);
                cached::render(*output, input, &earlier, &out, cache)
            };
            if output.own_thread() {
                running.push((at, scope.spawn(run)));
            } else if let Err(problems) = run() {
                failures.extend(problems);
            }
        }
        for thread in running {
            failures.extend(joined(outputs[thread.0].name(), thread.1));
        }
    });
    if !failures.is_empty() {
        for failure in failures {
            diags.push(failure);
        }
        return None;
    }
    let written = recorded.files(&(0..outputs.len()).collect::<Vec<_>>());
    // Two files for one path would leave one of them unpublished; it happens when a
    // theme's static file takes the place of a generated one.
    let mut clashes: Vec<&str> = written
        .windows(2)
        .filter(|w| w[0].path == w[1].path)
        .map(|w| w[0].path.as_str())
        .collect();
    clashes.dedup();
    for path in &clashes {
        diags.push(Diagnostic::error(
            "themes",
            None,
            crate::msg!("theme-file-clash", path = *path),
        ));
    }
    clashes.is_empty().then_some(written.len())
}

/// The problems of the output `name`, made on a thread of its own.
fn joined(
    name: &str,
    thread: std::thread::ScopedJoinHandle<Result<(), Vec<Diagnostic>>>,
) -> Vec<Diagnostic> {
    match thread.join() {
        Ok(result) => result.err().unwrap_or_default(),
        Err(_) => vec![Diagnostic::error(
            &format!("({name})"),
            None,
            crate::msg!("build-output-stopped", name = name),
        )],
    }
}
