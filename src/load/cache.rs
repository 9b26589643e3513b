//! What `mienskip serve` keeps between rebuilds: each file's parsed content and problems
//! and each area's outline, taken again while the file did not change.

use super::read::{load_one, load_one_digested};
use super::walk::Found;
use super::{geo, Job, Loaded};
use crate::diagnostics::Diagnostics;
use crate::load::fields::Reader;
use crate::model::Area;
use rayon::prelude::*;
use std::path::Path;

/// What [`load_cached`] keeps between runs: each file's parsed content and problems, by
/// path, with the size and modification time it had when it was read.
#[derive(Default)]
pub struct LoadCache {
    files: std::collections::HashMap<String, CachedFile>,
    outlines: std::collections::HashMap<String, CachedOutline>,
    read: usize,
    pub(super) changed: usize,
    /// The files found by the last walk of the folders, and what the walk reported.
    pub(super) found: Option<std::sync::Arc<Found>>,
    /// The files a watcher saw change since the last run (relative to the root), or
    /// `None` when every file must be looked at.
    expected: Option<std::collections::HashSet<String>>,
    /// A digest of `site.yaml`'s text at the last run.
    pub(super) config_digest: Option<u64>,
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
    pub(super) fn known_files(&self, root: &Path) -> Option<std::sync::Arc<Found>> {
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
pub(super) fn load_jobs(
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
pub(super) fn load_outlines_cached(
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
