//! mienskip: a static-site generator and open-data publisher for community rooms, areas
//! and residents' initiatives. The pipeline runs one way: load, resolve, render, write.

pub mod diagnostics;
pub mod export;
pub mod limits;
pub mod load;
pub mod model;
pub mod output;
pub mod progress;
pub mod render;
pub mod resolve;
pub mod scaffold;
pub mod serve;

use diagnostics::{Diagnostic, Diagnostics};
use model::Site;
use output::OutputFile;
use std::path::Path;

/// What a run found: the site (when there were no errors) and every problem, sorted.
pub struct Checked {
    pub site: Option<Site>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == diagnostics::Severity::Error)
    }
}

/// Loads and resolves a site root, collecting every problem.
pub fn check(root: &Path) -> Checked {
    check_with_progress(root, &|_| {})
}

/// Where a run is, for a progress line on long builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// `done` of `total` content files read.
    Loading { done: usize, total: usize },
    /// Checking references between files.
    Resolving,
    /// Rendering pages and data files.
    Rendering,
    /// Writing this many files.
    Writing { files: usize },
}

/// Something that hears where a run is; it may be called from several threads.
pub type Observer<'a> = &'a (dyn Fn(Stage) + Sync);

/// [`check`], telling `progress` where it is.
pub fn check_with_progress(root: &Path, progress: Observer) -> Checked {
    let (site, diags) = load_and_resolve_with(root, None, None, progress);
    Checked {
        site,
        diagnostics: diags.sorted(),
    }
}

/// [`check`] for repeated runs over the same root (`mienskip serve`): files that have not
/// changed since the last run are taken from `cache`. `build_time` as in [`render_cached`].
pub fn check_cached(
    root: &Path,
    cache: &mut load::LoadCache,
    build_time: Option<jiff::Timestamp>,
) -> Checked {
    let (site, diags) = load_and_resolve_with(root, Some(cache), build_time, &|_| {});
    Checked {
        site,
        diagnostics: diags.sorted(),
    }
}

fn load_and_resolve_with(
    root: &Path,
    cache: Option<&mut load::LoadCache>,
    build_time: Option<jiff::Timestamp>,
    progress: Observer,
) -> (Option<Site>, Diagnostics) {
    let on_file = |done, total| progress(Stage::Loading { done, total });
    let (sources, mut diags) = match cache {
        Some(cache) => load::load_cached(root, cache, &on_file),
        None => load::load_with_progress(root, &on_file),
    };
    progress(Stage::Resolving);
    let build_time = match build_time.map(Ok).unwrap_or_else(resolve::build_time) {
        Ok(t) => t,
        Err(message) => {
            diags.push(Diagnostic::error("SOURCE_DATE_EPOCH", None, message));
            return (None, diags);
        }
    };
    let site = resolve::resolve(sources, build_time, &mut diags);
    (site, diags)
}

/// The result of rendering: the files, or the problems that prevented them.
pub struct Rendered {
    pub files: Option<Vec<OutputFile>>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads, resolves and renders a site in memory, writing nothing.
pub fn render(root: &Path) -> Rendered {
    render_with(root, None, None, &|_| {})
}

/// What a build did: how many files it wrote (none when there were errors), and every
/// problem it found.
pub struct Built {
    pub files: Option<usize>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Builds the site into `output`, replacing it only if everything succeeded.
pub fn build(root: &Path, output: &Path) -> Result<Built, std::io::Error> {
    build_with_progress(root, output, &|_| {})
}

/// [`build`], telling `progress` where it is. Each file is written into a staging folder
/// as soon as it is rendered; the folder replaces `output` only when everything worked.
pub fn build_with_progress(
    root: &Path,
    output: &Path,
    progress: Observer,
) -> Result<Built, std::io::Error> {
    let (site, mut diags) = load_and_resolve_with(root, None, None, progress);
    let Some(site) = site.filter(|_| !diags.has_errors()) else {
        return Ok(Built {
            files: None,
            diagnostics: diags.sorted(),
        });
    };
    progress(Stage::Rendering);
    let staging = output::Staging::new(output)?;
    let files = render::render_all(&site, root, &mut diags, &staging);
    let files = files.filter(|_| !diags.has_errors());
    if let Some(count) = files {
        progress(Stage::Writing { files: count });
        staging.finish()?;
    }
    // Without `finish`, dropping the staging folder removes it and `output` stays as it was.
    Ok(Built {
        files,
        diagnostics: diags.sorted(),
    })
}

/// [`render`] for repeated runs over the same root (`mienskip serve`): files that have
/// not changed since the last run are taken from `cache` instead of being read again.
/// `build_time` fixes the build moment (so that two runs over the same content give the
/// same files); `None` takes it from `SOURCE_DATE_EPOCH` or the clock, as [`render`] does.
pub fn render_cached(
    root: &Path,
    cache: &mut load::LoadCache,
    build_time: Option<jiff::Timestamp>,
) -> Rendered {
    render_with(root, Some(cache), build_time, &|_| {})
}

fn render_with(
    root: &Path,
    cache: Option<&mut load::LoadCache>,
    build_time: Option<jiff::Timestamp>,
    progress: Observer,
) -> Rendered {
    let (site, mut diags) = load_and_resolve_with(root, cache, build_time, progress);
    progress(Stage::Rendering);
    let files = site.and_then(|site| {
        let collected = output::Collect::default();
        render::render_all(&site, root, &mut diags, &collected)?;
        Some(collected.into_files())
    });
    let files = if diags.has_errors() { None } else { files };
    Rendered {
        files,
        diagnostics: diags.sorted(),
    }
}
