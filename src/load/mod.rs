//! Reading a site root: finds every content file, reads and checks each one in parallel,
//! and returns the parsed items with all the problems found.

pub mod budgets;
pub mod config;
pub mod fields;
pub mod files;
pub mod frontmatter;
pub mod geo;
pub mod items;
pub mod markdown;
pub mod theme;
pub mod yaml;

use crate::diagnostics::{suggestion, Diagnostic, Diagnostics};
use crate::model::{
    is_valid_id, Area, Body, Budget, Config, Initiative, Organisation, Page, Room, Translation,
};
use fields::{Fields, Reader};
use rayon::prelude::*;
use std::path::Path;
use std::sync::Arc;
use yaml::Node;

use crate::limits::MAX_CONTENT_FILE_BYTES;

/// The kinds of Markdown content, each in its own folder under `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Room,
    Area,
    Initiative,
    Organisation,
    Page,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Room,
        Kind::Area,
        Kind::Initiative,
        Kind::Organisation,
        Kind::Page,
    ];

    pub fn folder(self) -> &'static str {
        match self {
            Kind::Room => "rooms",
            Kind::Area => "areas",
            Kind::Initiative => "initiatives",
            Kind::Organisation => "organisations",
            Kind::Page => "pages",
        }
    }

    /// The key that holds the item's name: `name` or `title`.
    pub fn name_key(self) -> &'static str {
        match self {
            Kind::Initiative | Kind::Page => "title",
            _ => "name",
        }
    }
}

/// Everything read from the site root, before references between files are checked.
#[derive(Debug, Default)]
pub struct Sources {
    pub config: Option<Config>,
    pub rooms: Vec<Arc<Room>>,
    pub areas: Vec<Area>,
    pub initiatives: Vec<Arc<Initiative>>,
    pub organisations: Vec<Arc<Organisation>>,
    pub pages: Vec<Page>,
    pub budgets: Vec<Budget>,
    pub translations: Vec<PendingTranslation>,
    /// Every reference to another file, from every file, even those with errors.
    pub references: Vec<FileReference>,
    /// The ids of every content file found, loaded or not, by kind.
    pub ids: std::collections::BTreeMap<Kind, std::collections::BTreeSet<String>>,
}

/// A reference written in a file: `key: id` on a line.
#[derive(Debug, Clone)]
pub struct FileReference {
    pub path: String,
    pub key: String,
    pub reference: crate::model::Ref,
}

/// A translation file, waiting to be attached to the item it translates.
#[derive(Debug, Clone)]
pub struct PendingTranslation {
    pub kind: Kind,
    pub id: String,
    pub language: String,
    pub translation: Translation,
}

#[derive(Clone)]
enum Loaded {
    Room(Arc<Room>),
    Area(Area),
    Initiative(Arc<Initiative>),
    Organisation(Arc<Organisation>),
    Page(Page),
    Budget(Budget),
    Translation(PendingTranslation),
}

/// A file found under the site root and what it should hold.
#[derive(Debug, Clone)]
enum Job {
    Markdown {
        kind: Kind,
        id: String,
        language: Option<String>,
    },
    Budget {
        id: String,
    },
}

/// Reads the whole site root. Problems in one file never stop the others from being read.
pub fn load(root: &Path) -> (Sources, Diagnostics) {
    load_with(root, None, &|_, _| {})
}

/// [`load`], telling `progress` how many of how many files have been read.
pub fn load_with_progress(
    root: &Path,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> (Sources, Diagnostics) {
    load_with(root, None, progress)
}

/// Like [`load`], but takes from `cache` what was read from a file before, when the file
/// has not changed since (same size and modification time), and keeps what it reads
/// there for the next run; `progress` hears how many of how many files have been read.
/// This is what makes a rebuild in `mienskip serve` re-read only the files that changed.
pub fn load_cached(
    root: &Path,
    cache: &mut LoadCache,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> (Sources, Diagnostics) {
    load_with(root, Some(cache), progress)
}

/// The content files a walk of the folders found, and what the walk reported.
type Found = (Vec<(String, Job)>, Diagnostics);

/// What [`load_cached`] keeps between runs: each file's parsed content and problems, by
/// path, with the size and modification time it had when it was read.
#[derive(Default)]
pub struct LoadCache {
    files: std::collections::HashMap<String, CachedFile>,
    outlines: std::collections::HashMap<String, CachedOutline>,
    read: usize,
    changed: usize,
    /// The files found by the last walk of the folders, and what the walk reported.
    found: Option<std::sync::Arc<Found>>,
    /// The files a watcher saw change since the last run (relative to the root), or
    /// `None` when every file must be looked at.
    expected: Option<std::collections::HashSet<String>>,
    /// A digest of `site.yaml`'s text at the last run.
    config_digest: Option<u64>,
}

impl LoadCache {
    pub fn new() -> Self {
        Self::default()
    }

    /// How many files the last run read from disk rather than from the cache.
    pub fn files_read(&self) -> usize {
        self.read
    }

    /// Tells the next run which files changed since this one, as a file watcher saw them
    /// (paths relative to the root): it then looks only at those, and at files too recent
    /// to trust, and walks the folders again only if one of them is new or gone. Without
    /// this (or after events were lost) every file is looked at.
    pub fn expect_changes(&mut self, paths: impl IntoIterator<Item = String>) {
        self.expected = Some(paths.into_iter().collect());
    }

    /// The earlier walk's files, if `expected` says no file came or went since.
    fn known_files(&self, root: &Path) -> Option<std::sync::Arc<Found>> {
        let expected = self.expected.as_ref()?;
        let found = self.found.as_ref()?;
        let unchanged_set = expected.iter().all(|path| {
            let is_file = root.join(path).is_file();
            let known = self.files.contains_key(path);
            // Changes outside content/ (site.yaml, outlines, themes) do not add content
            // files; a known file must still be there, and no new one may have come.
            (known && is_file)
                || (!known && !path.starts_with("content/") && !path.starts_with("data/budgets/"))
        });
        unchanged_set.then(|| std::sync::Arc::clone(found))
    }

    /// How many files the last run found changed: new, removed, or read again with other
    /// text. A file saved again unchanged does not count.
    pub fn files_changed(&self) -> usize {
        self.changed
    }
}

/// A file's size and modification time: if both are unchanged, so is the file.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: std::time::SystemTime,
}

impl Stamp {
    /// The file's stamp, or `None` if it cannot be trusted to change with the content: a
    /// file modified within the last two seconds may be written again within the
    /// timestamp's resolution, so it is read again next time.
    fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        let modified = meta.modified().ok()?;
        let age = std::time::SystemTime::now().duration_since(modified).ok()?;
        (age >= std::time::Duration::from_secs(2)).then_some(Stamp {
            len: meta.len(),
            modified,
        })
    }
}

struct CachedFile {
    /// `None` for a file too recent to trust its stamp: kept only to compare its digest.
    stamp: Option<Stamp>,
    digest: Option<u64>,
    languages: Vec<String>,
    loaded: Option<Loaded>,
    diags: Diagnostics,
    references: Vec<(String, crate::model::Ref)>,
}

struct CachedOutline {
    /// The area's file and the `geometry` reference in it (file and line).
    key: (String, crate::model::Ref),
    stamp: Stamp,
    outline: Option<crate::model::Outline>,
    diags: Diagnostics,
}

/// Loads every file, from `cache` where it is still valid, in parallel.
fn load_jobs(
    root: &Path,
    jobs: &[(String, Job)],
    languages: &[String],
    cache: Option<&mut LoadCache>,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Vec<(Option<Loaded>, Reader)> {
    let total = jobs.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    let tick = || {
        progress(
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1,
            total,
        )
    };
    progress(0, total);
    let Some(cache) = cache else {
        return jobs
            .par_iter()
            .map(|(relative, job)| {
                let result = load_one(root, relative, job, languages);
                tick();
                result
            })
            .collect();
    };
    // Stamps are taken before reading, so a change during the read is seen next time.
    // Where a watcher said which files changed, the others keep their trusted stamps.
    let expected = cache.expected.take();
    let stamps: Vec<Option<Stamp>> = jobs
        .par_iter()
        .map(|(relative, _)| {
            let trusted = cache.files.get(relative).and_then(|c| c.stamp);
            match (&expected, trusted) {
                (Some(changed), Some(stamp)) if !changed.contains(relative) => Some(stamp),
                _ => Stamp::of(&root.join(relative)),
            }
        })
        .collect();
    // (what was loaded, its problems, whether it was read from disk, the text's digest)
    type Result = (Option<Loaded>, Reader, bool, Option<u64>);
    let results: Vec<Result> = jobs
        .par_iter()
        .zip(stamps.par_iter())
        .map(|((relative, job), stamp)| {
            let cached = cache
                .files
                .get(relative)
                .filter(|c| c.stamp.is_some() && c.stamp == *stamp)
                .filter(|c| c.languages.as_slice() == languages);
            let result = match cached {
                Some(c) => (
                    c.loaded.clone(),
                    Reader {
                        path: relative.clone(),
                        diags: c.diags.clone(),
                        references: c.references.clone(),
                    },
                    false,
                    c.digest,
                ),
                None => {
                    let (loaded, reader, digest) =
                        load_one_digested(root, relative, job, languages);
                    (loaded, reader, true, digest)
                }
            };
            tick();
            result
        })
        .collect();
    cache.read = results.iter().filter(|r| r.2).count();
    cache.changed = results
        .iter()
        .zip(jobs)
        .filter(|((_, _, fresh, digest), (relative, _))| {
            *fresh
                && cache.files.get(relative).is_none_or(|old| {
                    old.digest != *digest || old.languages.as_slice() != languages
                })
        })
        .count();
    let now: std::collections::HashSet<&str> = jobs.iter().map(|(r, _)| r.as_str()).collect();
    cache.changed += cache
        .files
        .keys()
        .filter(|old| !now.contains(old.as_str()))
        .count();
    let mut files = std::collections::HashMap::new();
    for (((relative, _), stamp), (loaded, reader, _, digest)) in
        jobs.iter().zip(stamps).zip(&results)
    {
        {
            files.insert(
                relative.clone(),
                CachedFile {
                    stamp,
                    digest: *digest,
                    languages: languages.to_vec(),
                    loaded: loaded.clone(),
                    diags: reader.diags.clone(),
                    references: reader.references.clone(),
                },
            );
        }
    }
    cache.files = files;
    results
        .into_iter()
        .map(|(loaded, reader, _, _)| (loaded, reader))
        .collect()
}

/// Loads the areas' outlines, from `cache` where neither the area's `geometry` line nor
/// the GeoJSON file changed.
fn load_outlines_cached(
    root: &Path,
    areas: &mut [Area],
    diags: &mut Diagnostics,
    cache: Option<&mut LoadCache>,
) {
    let Some(cache) = cache else {
        geo::load_outlines(root, areas, diags);
        return;
    };
    let mut outlines = std::collections::HashMap::new();
    let mut missing: Vec<(usize, Option<Stamp>)> = Vec::new();
    for (index, area) in areas.iter_mut().enumerate() {
        let Some(file) = &area.geometry_file else {
            continue;
        };
        let key = (area.path.clone(), file.clone());
        let stamp = Stamp::of(&root.join("data").join(&file.id));
        let previous = cache.outlines.remove(&area.path);
        let before = previous.as_ref().map(|c| c.stamp);
        match previous.filter(|c| c.key == key && Some(c.stamp) == stamp) {
            Some(cached) => {
                area.outline = cached.outline.clone();
                diags.extend(cached.diags.clone());
                outlines.insert(area.path.clone(), cached);
            }
            None => {
                // A GeoJSON file read again is a change unless it was only too recent to
                // trust; an area whose outline is new counts through its own file.
                if before.is_some_and(|b| Some(b) != stamp) {
                    cache.changed += 1;
                }
                missing.push((index, stamp))
            }
        }
    }
    let mut fresh: Vec<Area> = missing.iter().map(|(i, _)| areas[*i].clone()).collect();
    for (area, (index, stamp)) in fresh.iter_mut().zip(&missing) {
        let mut area_diags = Diagnostics::new();
        geo::load_outlines(root, std::slice::from_mut(area), &mut area_diags);
        areas[*index].outline = area.outline.clone();
        diags.extend(area_diags.clone());
        if let (Some(stamp), Some(file)) = (stamp, &area.geometry_file) {
            outlines.insert(
                area.path.clone(),
                CachedOutline {
                    key: (area.path.clone(), file.clone()),
                    stamp: *stamp,
                    outline: area.outline.take(),
                    diags: area_diags,
                },
            );
        }
    }
    cache.outlines = outlines;
}

fn load_with(
    root: &Path,
    mut cache: Option<&mut LoadCache>,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> (Sources, Diagnostics) {
    let mut diags = Diagnostics::new();
    let config = config::load(root, &mut diags);
    let found = match cache.as_deref().and_then(|c| c.known_files(root)) {
        Some(found) => found,
        None => {
            let mut walk_diags = Diagnostics::new();
            let jobs = find_files(root, &mut walk_diags);
            std::sync::Arc::new((jobs, walk_diags))
        }
    };
    diags.extend(found.1.clone());
    if let Some(cache) = cache.as_deref_mut() {
        cache.found = Some(std::sync::Arc::clone(&found));
    }
    let jobs = &found.0;
    let config_digest = cache.as_deref().map(|_| {
        files::read(root, "site.yaml", MAX_CONTENT_FILE_BYTES)
            .map(|bytes| xxhash_rust::xxh3::xxh3_64(&bytes))
            .unwrap_or(0)
    });
    let languages: Vec<String> = config
        .as_ref()
        .map(|c| c.languages.clone())
        .unwrap_or_else(|| vec!["nl".into()]);

    let mut ids: std::collections::BTreeMap<Kind, std::collections::BTreeSet<String>> =
        Default::default();
    for (_, job) in jobs {
        if let Job::Markdown {
            kind,
            id,
            language: None,
        } = job
        {
            ids.entry(*kind).or_default().insert(id.clone());
        }
    }
    let results = load_jobs(root, jobs, &languages, cache.as_deref_mut(), progress);

    let mut sources = Sources {
        config,
        ids,
        ..Sources::default()
    };
    for (loaded, reader) in results {
        diags.extend(reader.diags);
        let path = reader.path;
        sources
            .references
            .extend(
                reader
                    .references
                    .into_iter()
                    .map(|(key, reference)| FileReference {
                        path: path.clone(),
                        key,
                        reference,
                    }),
            );
        match loaded {
            Some(Loaded::Room(x)) => sources.rooms.push(x),
            Some(Loaded::Area(x)) => sources.areas.push(x),
            Some(Loaded::Initiative(x)) => sources.initiatives.push(x),
            Some(Loaded::Organisation(x)) => sources.organisations.push(x),
            Some(Loaded::Page(x)) => sources.pages.push(x),
            Some(Loaded::Budget(x)) => sources.budgets.push(x),
            Some(Loaded::Translation(x)) => sources.translations.push(x),
            None => {}
        }
    }
    if let Some(cache) = cache.as_deref_mut() {
        // site.yaml is read on every run; a change to it changes the whole site.
        if config_digest != cache.config_digest {
            cache.changed += 1;
            cache.config_digest = config_digest;
        }
    }
    load_outlines_cached(root, &mut sources.areas, &mut diags, cache);
    (sources, diags)
}

/// Lists the content files in a fixed order, reporting files that are in the wrong place
/// or have names that cannot be ids.
fn find_files(root: &Path, diags: &mut Diagnostics) -> Vec<(String, Job)> {
    let mut jobs = Vec::new();
    let content = root.join("content");
    if !content.is_dir() {
        diags.push(Diagnostic::error(
            "content",
            None,
            "there is no folder `content/` here; run mienskip in the site root or pass --root",
        ));
    }
    let folders: Vec<&str> = Kind::ALL.iter().map(|k| k.folder()).collect();
    for entry in sorted_entries(root, &content, diags) {
        let relative = relative_path(root, &entry.path);
        let name = file_name(&entry.path);
        if name.starts_with('.') {
            continue;
        }
        let Some(kind) = Kind::ALL.iter().copied().find(|k| k.folder() == name) else {
            let hint = suggestion(&name, folders.iter().copied());
            diags.push(Diagnostic::error(
                &relative,
                None,
                format!(
                    "`content/{name}` is not a content folder (the folders are {}){hint}",
                    folders.join(", ")
                ),
            ));
            continue;
        };
        if !entry.is_dir {
            continue;
        }
        for file in sorted_entries(root, &entry.path, diags) {
            let relative = relative_path(root, &file.path);
            let name = file_name(&file.path);
            if name.starts_with('.') {
                continue;
            }
            let Some(stem) = name.strip_suffix(".md").filter(|_| !file.is_dir) else {
                diags.push(Diagnostic::error(
                    &relative,
                    None,
                    "only Markdown files (`<id>.md`) belong here; move or rename this one",
                ));
                continue;
            };
            let (id, language) = match stem.split_once('.') {
                Some((id, language)) => (id.to_string(), Some(language.to_string())),
                None => (stem.to_string(), None),
            };
            if !is_valid_id(&id) {
                diags.push(Diagnostic::error(
                    &relative,
                    None,
                    format!("\"{id}\" is not a valid id: rename the file to lowercase a-z, 0-9 and - (not at the start or end), like {}.md", suggest_id(&id)),
                ));
                continue;
            }
            jobs.push((relative, Job::Markdown { kind, id, language }));
        }
    }
    let budgets = root.join("data").join("budgets");
    for file in sorted_entries(root, &budgets, diags) {
        let relative = relative_path(root, &file.path);
        let name = file_name(&file.path);
        if name.starts_with('.') {
            continue;
        }
        let Some(id) = name
            .strip_suffix(".yaml")
            .or_else(|| name.strip_suffix(".yml"))
            .filter(|_| !file.is_dir)
        else {
            diags.push(Diagnostic::error(
                &relative,
                None,
                "only budget files (`<id>.yaml`) belong in data/budgets/; move or rename this one",
            ));
            continue;
        };
        if !is_valid_id(id) {
            diags.push(Diagnostic::error(
                &relative,
                None,
                format!("\"{id}\" is not a valid id: rename the file to lowercase a-z, 0-9 and -, like {}.yaml", suggest_id(id)),
            ));
            continue;
        }
        jobs.push((relative, Job::Budget { id: id.to_string() }));
    }
    jobs
}

/// A valid id close to what the editor wrote, for the error message.
pub fn suggest_id(name: &str) -> String {
    let id = crate::text::slug::slug(name);
    if id.is_empty() {
        "naam".to_string()
    } else {
        id
    }
}

/// The files and folders directly in `dir`, sorted, through [`files::walk`]: a link out of
/// the site root is reported, not listed. Hidden names are skipped by the callers, never
/// read, so a problem with one is no problem.
fn sorted_entries(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<files::Entry> {
    let (entries, problems) = files::walk(root, dir, 1);
    for problem in problems.into_iter().filter(|p| !files::is_hidden(&p.path)) {
        diags.push(Diagnostic::error(
            &relative_path(root, &problem.path),
            None,
            problem.message,
        ));
    }
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A path relative to the site root with `/` separators, as shown to editors.
pub fn relative_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Reads a text file of the site through [`files::read`], refusing one outside the site
/// root, larger than `limit` bytes, or not UTF-8.
pub fn read_text(
    root: &Path,
    relative: &str,
    limit: u64,
    diags: &mut Diagnostics,
) -> Option<String> {
    match files::read(root, relative, limit) {
        Ok(bytes) => decode_text(relative, bytes, diags),
        Err(refusal) => {
            diags.push(Diagnostic::error(
                relative,
                None,
                refusal.message("split it or remove what does not belong"),
            ));
            None
        }
    }
}

/// The text of a file read as bytes, or an error (with the line) if it is not UTF-8.
pub fn decode_text(relative: &str, bytes: Vec<u8>, diags: &mut Diagnostics) -> Option<String> {
    match String::from_utf8(bytes) {
        // Some Windows editors start UTF-8 files with a byte-order mark; it is not content.
        Ok(text) => Some(match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        }),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
            diags.push(Diagnostic::error(
                relative,
                Some(line),
                "the file is not UTF-8 text; save it as UTF-8 in your editor (\"Save with encoding\")",
            ));
            None
        }
    }
}

/// A Markdown file split and its front matter parsed.
pub struct FrontMatter {
    pub node: Node,
    pub body: Body,
}

/// Splits a Markdown file and parses its front matter, reporting what prevents either.
pub fn read_front_matter(text: &str, reader: &mut Reader) -> Option<FrontMatter> {
    let split = match frontmatter::split(text) {
        Ok(split) => split,
        Err(e) => {
            reader.error(e.line, e.message);
            return None;
        }
    };
    let mut node = match yaml::parse(split.yaml, split.yaml_line) {
        Ok(node) => node,
        Err(e) => {
            reader.error(e.line, e.message);
            return None;
        }
    };
    if node.is_null() {
        node = Node {
            value: yaml::Value::Map(Vec::new()),
            line: 1,
        };
    }
    // A missing key is reported on the opening `---`.
    node.line = 1;
    let body = Body {
        markdown: split.body.to_string(),
        html: markdown_body(split.body, split.body_line, reader),
    };
    Some(FrontMatter { node, body })
}

/// A body's sanitised HTML, with what the sanitiser refused reported at its line.
fn markdown_body(markdown: &str, first_line: usize, reader: &mut Reader) -> String {
    use crate::load::markdown::{to_html, Problem, MAX_NESTING};
    let rendered = to_html(markdown);
    for problem in rendered.problems {
        match problem {
            Problem::TooDeep { line } => reader.error(
                first_line + line - 1,
                format!(
                    "quotes (`>`), lists or HTML elements nest more than {MAX_NESTING} levels deep here (the limit); nest them less"
                ),
            ),
            Problem::RemoteSource { line, source } => reader.warning(
                first_line + line - 1,
                format!(
                    "the picture \"{}\" comes from another website and is left out, since showing it would tell that website about every visitor; put the file in the site and link to it, or link to the picture instead",
                    crate::diagnostics::quote_value(&source)
                ),
            ),
        }
    }
    rendered.html
}

fn load_one(
    root: &Path,
    relative: &str,
    job: &Job,
    languages: &[String],
) -> (Option<Loaded>, Reader) {
    let (loaded, reader, _) = load_one_digested(root, relative, job, languages);
    (loaded, reader)
}

/// [`load_one`], with a digest of the file's text (`None` if it could not be read), by
/// which a preview tells a changed file from one that was only saved again.
fn load_one_digested(
    root: &Path,
    relative: &str,
    job: &Job,
    languages: &[String],
) -> (Option<Loaded>, Reader, Option<u64>) {
    let mut reader = Reader::new(relative);
    let Some(text) = read_text(root, relative, MAX_CONTENT_FILE_BYTES, &mut reader.diags) else {
        return (None, reader, None);
    };
    let digest = Some(xxhash_rust::xxh3::xxh3_64(text.as_bytes()));
    let loaded = match job {
        Job::Budget { id } => budgets::read(&text, id, &mut reader).map(Loaded::Budget),
        Job::Markdown { kind, id, language } => {
            read_front_matter(&text, &mut reader).and_then(|fm| match language {
                Some(language) => read_translation(*kind, id, language, languages, fm, &mut reader)
                    .map(Loaded::Translation),
                None => items::read(*kind, id, fm, &mut reader),
            })
        }
    };
    (loaded, reader, digest)
}

/// Reads the text of a content file `<id>.md` of `kind`, as a build would (front matter
/// split, YAML, every key, schedules included): whether an item was read, and every
/// problem found. For fuzzing and tests.
pub fn read_item_text(kind: Kind, id: &str, text: &str) -> (bool, Vec<Diagnostic>) {
    let mut reader = Reader::new(&format!("content/{}/{id}.md", kind.folder()));
    let loaded =
        read_front_matter(text, &mut reader).and_then(|fm| items::read(kind, id, fm, &mut reader));
    (loaded.is_some(), reader.diags.sorted())
}

fn read_translation(
    kind: Kind,
    id: &str,
    language: &str,
    languages: &[String],
    front_matter: FrontMatter,
    reader: &mut Reader,
) -> Option<PendingTranslation> {
    let extra: Vec<&str> = languages.iter().skip(1).map(String::as_str).collect();
    if !extra.contains(&language) {
        let listed = if extra.is_empty() {
            "site.yaml lists no extra `languages`".to_string()
        } else {
            format!("site.yaml's `languages` has {}", extra.join(", "))
        };
        reader.error(
            1,
            format!("this is a translation into \"{language}\", but {listed}; add the language there or rename the file"),
        );
        return None;
    }
    let name_key = kind.name_key();
    let fields: Fields =
        reader.fields(&front_matter.node, "a translation", &[name_key, "summary"])?;
    Some(PendingTranslation {
        kind,
        id: id.to_string(),
        language: language.to_string(),
        translation: Translation {
            path: reader.path.clone(),
            name: reader.opt_text(&fields, name_key),
            summary: reader.opt_text(&fields, "summary"),
            body: (!front_matter.body.markdown.trim().is_empty()).then_some(front_matter.body),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_ids() {
        assert_eq!(suggest_id("De Klomp"), "de-klomp");
        assert_eq!(suggest_id("Café_Noord!"), "cafe-noord");
    }
}
