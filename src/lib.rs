//! mienskip: a static-site generator and open-data publisher for community rooms, areas
//! and residents' initiatives. The pipeline runs one way: load, resolve, render, write.

pub mod diagnostics;
#[cfg(test)]
mod layering;
pub mod limits;
pub mod load;
pub mod messages;
pub mod model;
pub mod output;
pub mod outputs;
pub mod progress;
pub mod report;
pub mod resolve;
pub mod scaffold;
pub mod schema;
pub mod serve;
pub mod text;

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

pub use progress::{Observer, Stage};

/// [`check`], telling `progress` where it is. The theme is loaded and its templates compiled
/// too, as a build would, so that `check` passes only what `build` would render.
pub fn check_with_progress(root: &Path, progress: Observer) -> Checked {
    let (site, mut diags) =
        load_and_resolve_with(root, None, None, resolve::Drafts::LeftOut, progress);
    if let Some(site) = site.as_ref().filter(|_| !diags.has_errors()) {
        check_theme(root, site, &mut diags);
    }
    Checked {
        site,
        diagnostics: diags.sorted(),
    }
}

/// [`check`] for repeated runs over the same root (`mienskip serve`): files that have not
/// changed since the last run are taken from `cache`. `build_time` as in [`render_cached`].
/// The preview always shows drafts.
pub fn check_cached(
    root: &Path,
    cache: &mut load::LoadCache,
    build_time: Option<jiff::Timestamp>,
) -> Checked {
    let drafts = resolve::Drafts::Published;
    let (site, diags) = load_and_resolve_with(root, Some(cache), build_time, drafts, &|_| {});
    Checked {
        site,
        diagnostics: diags.sorted(),
    }
}

/// Loads `site`'s theme and compiles its templates with the function the render uses,
/// adding a broken template (file and line) to `diags`, then checks the links to files as
/// the render does ([`outputs::file_links`]). `build` and `serve` compile the theme on
/// their own right after the check, so only `check` calls this.
fn check_theme(root: &Path, site: &Site, diags: &mut Diagnostics) {
    let config = &site.config;
    let theme = load::theme::Theme::load(root, &config.theme, &config.languages, diags);
    let Some(tera) = outputs::html::templates::compile(&theme, diags) else {
        return;
    };
    // The lookups between items take a while on a large site: only when a text links to
    // a file.
    if diags.has_errors() || !outputs::file_links::any(site) {
        return;
    }
    let urls = resolve::urls::Urls::new(&config.base_url, &config.language);
    let links = resolve::Links::new(site);
    let input = outputs::Input {
        site,
        urls: &urls,
        links: &links,
        theme: &theme,
        tera: &tera,
    };
    outputs::file_links::check(&input, diags);
}

fn load_and_resolve_with(
    root: &Path,
    cache: Option<&mut load::LoadCache>,
    build_time: Option<jiff::Timestamp>,
    drafts: resolve::Drafts,
    progress: Observer,
) -> (Option<Site>, Diagnostics) {
    load_and_resolve_at(root, cache, build_time, drafts, None, progress)
}

/// [`load_and_resolve_with`], published at `base_url` instead of site.yaml's when given.
fn load_and_resolve_at(
    root: &Path,
    cache: Option<&mut load::LoadCache>,
    build_time: Option<jiff::Timestamp>,
    drafts: resolve::Drafts,
    base_url: Option<&str>,
    progress: Observer,
) -> (Option<Site>, Diagnostics) {
    let on_file = |done, total| progress(Stage::Loading { done, total });
    let (mut sources, mut diags) = match cache {
        Some(cache) => load::load_cached(root, cache, &on_file),
        None => load::load_with_progress(root, &on_file),
    };
    if let Some(url) = base_url {
        // Before anything is resolved: every address (and the build cache's key, made from
        // the resolved site) then follows the one given.
        match load::config::absolute_base_url(url) {
            Some(url) => {
                if let Some(config) = sources.config.as_mut() {
                    config.base_url = url;
                }
            }
            None => {
                let url = diagnostics::quote_value(url);
                diags.push(Diagnostic::error(
                    "--base-url",
                    None,
                    crate::msg!("build-base-url-not-absolute", url = url),
                ));
                return (None, diags);
            }
        }
    }
    progress(Stage::Resolving);
    let build_time = match build_time.map(Ok).unwrap_or_else(resolve::build_time) {
        Ok(t) => t,
        Err(message) => {
            diags.push(Diagnostic::error("SOURCE_DATE_EPOCH", None, message));
            return (None, diags);
        }
    };
    let site = resolve::resolve(sources, build_time, drafts, &mut diags);
    (site, diags)
}

/// The result of rendering: the files, or the problems that prevented them.
pub struct Rendered {
    pub files: Option<Vec<OutputFile>>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads, resolves and renders a site in memory, writing nothing (drafts left out).
pub fn render(root: &Path) -> Rendered {
    render_with(root, None, None, &|_| {})
}

/// What a build did: how many files it wrote (none when there were errors), and every
/// problem it found.
pub struct Built {
    pub files: Option<usize>,
    pub diagnostics: Vec<Diagnostic>,
    /// Folders that earlier, killed builds left beside the output, removed before writing.
    pub removed_leftovers: Vec<std::path::PathBuf>,
    /// The new site is in place, but the previous one could not be removed: it is at this
    /// path, for the reason given.
    pub leftover: Option<(std::path::PathBuf, std::io::Error)>,
    /// What the build did with its cache, when it had one.
    pub cache: Option<output::cache::CacheUse>,
}

/// Why a build wrote nothing, other than problems in the content.
#[derive(Debug)]
pub enum BuildError {
    /// The output folder would take the place of sources; nothing was read or written.
    UnsafeOutput(output::UnsafeOutput),
    /// The cache folder is inside the output or the sources; nothing was read or written.
    CacheRefused(messages::Message),
    /// The staging folder beside the output could not be made; the output is as it was.
    Staging(std::io::Error),
    /// Writing the site or putting it in place failed; what that left is in the error.
    Finish(output::FinishError),
}

/// Builds the site into `output`, replacing it only if everything succeeded.
pub fn build(root: &Path, output: &Path) -> Result<Built, BuildError> {
    build_with_progress(root, output, &|_| {})
}

/// [`build`], telling `progress` where it is. `output` is checked first
/// ([`output::check_target`]): a folder whose replacement would delete the site's sources is
/// refused before anything is read. Each file is written into a staging folder as soon as it
/// is rendered; the folder replaces `output` only when everything worked, and the whole
/// output is bounded ([`output::MAX_OUTPUT_BYTES`], [`output::MAX_OUTPUT_FILES`]).
pub fn build_with_progress(
    root: &Path,
    output: &Path,
    progress: Observer,
) -> Result<Built, BuildError> {
    build_with_options(root, output, progress, BuildOptions::default())
}

/// How a build treats what it finds.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Warnings count as errors, so nothing is written while one is left (`--strict`, for
    /// CI: a remote picture left out or a summary too long then fails the pull request).
    pub strict: bool,
    /// Publish the drafts too (`--drafts`, for a preview deployment), each page with a
    /// banner that says it is a draft.
    pub drafts: bool,
    /// The build cache's folder (`--cache`): what is unchanged since the build that filled
    /// it is taken from there instead of being made again (`outputs::cached`).
    pub cache: Option<std::path::PathBuf>,
    /// The address to publish at instead of site.yaml's `base_url` (`--base-url`, for a
    /// pull request's preview under a sub-path of the site's host).
    pub base_url: Option<String>,
}

/// [`build_with_progress`] with [`BuildOptions`].
pub fn build_with_options(
    root: &Path,
    output: &Path,
    progress: Observer,
    options: BuildOptions,
) -> Result<Built, BuildError> {
    build_limited(root, output, progress, output::Limits::default(), options)
}

/// [`build_with_options`] with the output's limits given, so that tests can reach them.
fn build_limited(
    root: &Path,
    output: &Path,
    progress: Observer,
    limits: output::Limits,
    options: BuildOptions,
) -> Result<Built, BuildError> {
    output::check_target(root, output).map_err(BuildError::UnsafeOutput)?;
    if let Some(cache) = &options.cache {
        output::cache::check_folder(root, output, cache).map_err(BuildError::CacheRefused)?;
    }
    let drafts = if options.drafts {
        resolve::Drafts::Published
    } else {
        resolve::Drafts::LeftOut
    };
    let (site, mut diags) = load_and_resolve_at(
        root,
        None,
        None,
        drafts,
        options.base_url.as_deref(),
        progress,
    );
    if options.strict {
        diags.promote_warnings();
    }
    let Some(site) = site.filter(|_| !diags.has_errors()) else {
        return Ok(Built {
            files: None,
            diagnostics: diags.sorted(),
            removed_leftovers: Vec::new(),
            leftover: None,
            cache: None,
        });
    };
    progress(Stage::Rendering);
    // A cache folder that cannot be opened is a warning at most: the build makes everything.
    let mut cache_use = None;
    let mut cache = options.cache.as_deref().and_then(|dir| {
        output::cache::Cache::open(dir)
            .map_err(|e| {
                cache_use = Some(output::cache::CacheUse {
                    taken: 0,
                    problem: Some(e.to_string()),
                })
            })
            .ok()
            .map(std::sync::Arc::new)
    });
    let staging = output::Staging::with_limits(output, limits).map_err(BuildError::Staging)?;
    let removed_leftovers = staging.removed_leftovers().to_vec();
    let files = outputs::render_all_cached(&site, root, &mut diags, &staging, cache.clone());
    if options.strict {
        diags.promote_warnings();
    }
    let mut files = files.filter(|_| !diags.has_errors());
    let mut leftover = None;
    if let Some(count) = files {
        progress(Stage::Writing { files: count });
        match staging.finish() {
            Ok(finished) => {
                leftover = finished.leftover;
                // Only a build that was written saves what it used, for the next one.
                if let Some(cache) = cache.take().and_then(std::sync::Arc::into_inner) {
                    cache_use = Some(cache.finish());
                }
            }
            Err(output::FinishError::Write(limit @ output::WriteFailure::TooLarge { .. })) => {
                // The content made the site too large: a problem in the content, reported
                // like the others (and in every `--format`).
                diags.push(Diagnostic::error(
                    &output.display().to_string(),
                    None,
                    limit.message(),
                ));
                files = None;
            }
            Err(e) => return Err(BuildError::Finish(e)),
        }
    }
    if let Some(cache) = &cache {
        cache_use.get_or_insert_with(|| cache.usage());
    }
    // Without `finish`, dropping the staging folder removes it and `output` stays as it was.
    Ok(Built {
        files,
        diagnostics: diags.sorted(),
        removed_leftovers,
        leftover,
        cache: cache_use,
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
    // The preview (with a cache) shows drafts; a plain render is what a build publishes.
    let drafts = if cache.is_some() {
        resolve::Drafts::Published
    } else {
        resolve::Drafts::LeftOut
    };
    let (site, mut diags) = load_and_resolve_with(root, cache, build_time, drafts, progress);
    progress(Stage::Rendering);
    let files = site.and_then(|site| {
        let collected = output::Collect::default();
        outputs::render_all(&site, root, &mut diags, &collected)?;
        Some(collected.into_files())
    });
    let files = if diags.has_errors() { None } else { files };
    Rendered {
        files,
        diagnostics: diags.sorted(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_past_the_output_limit_is_an_error_and_writes_nothing() {
        let out = tempfile::tempdir().unwrap();
        let target = out.path().join("site");
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
        let built = build(&root, &target).unwrap();
        let count = built.files.expect("the fixture builds") as u64;
        let before: Vec<_> = walkdir::WalkDir::new(&target)
            .into_iter()
            .map(|e| e.unwrap().into_path())
            .collect();
        let limits = output::Limits {
            bytes: u64::MAX,
            files: count - 1,
        };
        let built =
            build_limited(&root, &target, &|_| {}, limits, BuildOptions::default()).unwrap();
        assert_eq!(built.files, None);
        let errors: Vec<_> = built
            .diagnostics
            .iter()
            .filter(|d| d.severity == diagnostics::Severity::Error)
            .collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].path, target.display().to_string());
        assert_eq!(errors[0].message.id, "build-too-large");
        assert!(
            errors[0].text().starts_with(&format!(
                "de site werd groter dan {} bestanden (de grens MAX_OUTPUT_FILES)",
                count - 1
            )),
            "{}",
            errors[0].text()
        );
        let after: Vec<_> = walkdir::WalkDir::new(&target)
            .into_iter()
            .map(|e| e.unwrap().into_path())
            .collect();
        assert_eq!(after, before);
        assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 1);
        // Exactly at the limit, it builds.
        let limits = output::Limits {
            bytes: u64::MAX,
            files: count,
        };
        let built =
            build_limited(&root, &target, &|_| {}, limits, BuildOptions::default()).unwrap();
        assert_eq!(built.files, Some(count as usize));
    }
}
