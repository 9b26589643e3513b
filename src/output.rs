//! Writing the site atomically: every file goes into a fresh directory beside the target as
//! soon as it is rendered, and that directory replaces the previous site only when every
//! file was written, in one atomic exchange where the platform has one. Before that, the
//! target is checked (`guard`): a folder whose replacement would delete sources is refused.

pub mod cache;
#[cfg(test)]
mod folder_contents;
mod guard;
mod swap;

pub use guard::{check as check_target, Reason, UnsafeOutput};

use std::collections::HashSet;
use std::fmt;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use crate::limits::{MAX_OUTPUT_BYTES, MAX_OUTPUT_FILES};

/// One file of the built site, by its path relative to the site's root folder.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        OutputFile {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// A file that has been rendered: its path, its size and a hash of its bytes, which is all
/// the site-wide files (the service worker, the open-data page) need to know of the others.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Written {
    pub path: String,
    pub size: u64,
    /// XXH3 (64 bits) of the bytes.
    pub hash: u64,
}

impl Written {
    pub fn of(file: &OutputFile) -> Self {
        Written {
            path: file.path.clone(),
            size: file.bytes.len() as u64,
            hash: xxhash_rust::xxh3::xxh3_64(&file.bytes),
        }
    }
}

/// Where rendered files go, from any thread.
pub trait Sink: Sync {
    fn put(&self, file: OutputFile);
}

/// Keeps every file in memory, for tests and the preview.
#[derive(Default)]
pub struct Collect(Mutex<Vec<OutputFile>>);

impl Collect {
    /// The files, sorted by path.
    pub fn into_files(self) -> Vec<OutputFile> {
        let mut files = self.0.into_inner().unwrap_or_else(|e| e.into_inner());
        files.sort();
        files
    }
}

impl Sink for Collect {
    fn put(&self, file: OutputFile) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(file);
    }
}

/// How much a build may write; [`Limits::default`] is [`MAX_OUTPUT_BYTES`] and
/// [`MAX_OUTPUT_FILES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub bytes: u64,
    pub files: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            bytes: MAX_OUTPUT_BYTES,
            files: MAX_OUTPUT_FILES,
        }
    }
}

/// Why a build's files did not all get written.
#[derive(Debug)]
pub enum WriteFailure {
    /// Writing `path` (relative to the site) failed.
    Io { path: String, error: io::Error },
    /// The site grew past a limit while `path` was being written.
    TooLarge { limit: Limit, path: String },
}

/// Which limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Bytes(u64),
    Files(u64),
}

impl WriteFailure {
    /// What went wrong, in the words of the run.
    pub fn message(&self) -> crate::messages::Message {
        match self {
            // The system's own words for an I/O error, after the file's path.
            WriteFailure::Io { path, error } => {
                crate::msg!(
                    "build-file-error",
                    path = path.as_str(),
                    reason = error.to_string()
                )
            }
            WriteFailure::TooLarge { limit, path } => {
                let (unit, size, name) = match *limit {
                    Limit::Bytes(n) if n % (1 << 30) == 0 => ("gib", n >> 30, "MAX_OUTPUT_BYTES"),
                    Limit::Bytes(n) => ("bytes", n, "MAX_OUTPUT_BYTES"),
                    Limit::Files(n) => ("files", n, "MAX_OUTPUT_FILES"),
                };
                crate::msg!(
                    "build-too-large",
                    unit = unit,
                    size = size.to_string(),
                    limit = name,
                    path = path.as_str()
                )
            }
        }
    }
}

impl fmt::Display for WriteFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

/// Why [`Staging::finish`] did not put the new site in place.
#[derive(Debug)]
pub enum FinishError {
    /// A file could not be written or the site grew past a limit; the target is as it was.
    Write(WriteFailure),
    /// The new site could not be put in the target's place; the target is as it was.
    Swap(io::Error),
    /// Only where there is no atomic exchange: the previous site was moved aside, and neither
    /// could the new one take its place nor could it be put back. There is no site at the
    /// target; the previous one is at `previous`.
    Lost { error: io::Error, previous: PathBuf },
}

/// What [`Staging::finish`] did besides putting the new site in place.
#[derive(Debug, Default)]
pub struct Finished {
    /// The previous site could not be removed: it is at this path, for the reason given.
    pub leftover: Option<(PathBuf, io::Error)>,
}

/// Writes each file into a fresh folder beside the target as soon as it is rendered, so
/// that a large site is never held in memory; [`Staging::finish`] then puts the folder in
/// the target's place. Dropped without finishing, it removes the folder and leaves the
/// target as it was.
///
/// The folder is `.NAME.building-PID-N` and holds a marker file that this build keeps locked
/// (see `swap`), so that a build that was killed leaves a folder the next one removes.
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    /// The marker file, open, so its lock lasts as long as the staging folder.
    marker: Option<File>,
    /// Leftovers of killed builds that [`Staging::new`] removed.
    removed: Vec<PathBuf>,
    limits: Limits,
    bytes: AtomicU64,
    files: AtomicU64,
    /// Folders known to exist, so that each is made once.
    folders: Mutex<HashSet<String>>,
    /// The first write that failed; later files are not written.
    error: Mutex<Option<WriteFailure>>,
    finished: bool,
}

impl Staging {
    /// Removes what killed builds left beside `target`, then makes a fresh staging folder.
    pub fn new(target: &Path) -> io::Result<Staging> {
        Self::with_limits(target, Limits::default())
    }

    pub fn with_limits(target: &Path, limits: Limits) -> io::Result<Staging> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        fs::create_dir_all(&parent)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "site".into());
        let removed = swap::remove_leftovers(&parent, &name);
        let (dir, marker) = swap::create(&parent, &name)?;
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            marker: Some(marker),
            removed,
            limits,
            bytes: AtomicU64::new(0),
            files: AtomicU64::new(0),
            folders: Mutex::new(HashSet::new()),
            error: Mutex::new(None),
            finished: false,
        })
    }

    /// The staging folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The folders left by killed builds that were removed before this one started.
    pub fn removed_leftovers(&self) -> &[PathBuf] {
        &self.removed
    }

    fn write(&self, file: &OutputFile) -> Result<(), WriteFailure> {
        let failed = |error| WriteFailure::Io {
            path: file.path.clone(),
            error,
        };
        if file
            .path
            .split('/')
            .any(|part| part == ".." || part == "." || part.is_empty())
            || file.path == swap::MARKER
        {
            return Err(failed(io::Error::new(
                io::ErrorKind::InvalidInput,
                "refusing to write outside the site",
            )));
        }
        let size = file.bytes.len() as u64;
        let bytes = self.bytes.fetch_add(size, Ordering::Relaxed) + size;
        let files = self.files.fetch_add(1, Ordering::Relaxed) + 1;
        let over = if bytes > self.limits.bytes {
            Some(Limit::Bytes(self.limits.bytes))
        } else if files > self.limits.files {
            Some(Limit::Files(self.limits.files))
        } else {
            None
        };
        if let Some(limit) = over {
            return Err(WriteFailure::TooLarge {
                limit,
                path: file.path.clone(),
            });
        }
        if let Some((folder, _)) = file.path.rsplit_once('/') {
            let known = self
                .folders
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains(folder);
            if !known {
                fs::create_dir_all(self.dir.join(folder)).map_err(failed)?;
                self.folders
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(folder.to_string());
            }
        }
        fs::write(self.dir.join(&file.path), &file.bytes).map_err(failed)
    }

    /// Whether a write failed or the site grew past a limit (`finish` will say which).
    pub fn failed(&self) -> bool {
        self.error
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some()
    }

    /// Puts the staged site in the target's place, or, if any write failed, removes it and
    /// returns that failure. With an exchange the previous site is at the staging folder's
    /// path afterwards and is removed; if that fails, the new site is in place all the same,
    /// and [`Finished::leftover`] says where the previous one still is.
    pub fn finish(self) -> Result<Finished, FinishError> {
        self.finish_with(swap::exchange, swap::remove_previous)
    }

    /// [`Staging::finish`] with the exchange and the removal of the previous site given, so
    /// that tests can make either fail.
    fn finish_with(
        mut self,
        exchange: impl Fn(&Path, &Path) -> swap::Exchange,
        remove_previous: impl Fn(&Path) -> io::Result<()>,
    ) -> Result<Finished, FinishError> {
        self.finished = true;
        let failed = self.error.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(failure) = failed {
            self.discard();
            return Err(FinishError::Write(failure));
        }
        // The marker must not be published. From here to the exchange the folder is
        // unmarked: a kill in that moment leaves it for the user to remove.
        if let Err(error) = fs::remove_file(self.dir.join(swap::MARKER)) {
            self.discard();
            return Err(FinishError::Write(WriteFailure::Io {
                path: swap::MARKER.into(),
                error,
            }));
        }
        let previous = match swap::put_in_place(&self.dir, &self.target, exchange) {
            Ok(swap::Placed::Renamed) => None,
            Ok(swap::Placed::Exchanged) => Some(self.dir.clone()),
            Ok(swap::Placed::MovedAside(aside)) => Some(aside),
            Err(swap::NotPlaced::Unchanged(error)) => {
                let _ = fs::remove_dir_all(&self.dir);
                return Err(FinishError::Swap(error));
            }
            Err(swap::NotPlaced::Lost { error, previous }) => {
                let _ = fs::remove_dir_all(&self.dir);
                return Err(FinishError::Lost { error, previous });
            }
        };
        // Our lock is no longer needed: the previous site gets a marker of its own.
        self.marker = None;
        let leftover = previous.and_then(|path| match remove_previous(&path) {
            Ok(()) => None,
            Err(error) => Some((path, error)),
        });
        Ok(Finished { leftover })
    }

    /// Removes the staging folder while its marker is still locked.
    fn discard(&self) {
        // What cannot be removed keeps the marker, for the next build to remove.
        let _ = swap::remove_marked(&self.dir);
    }
}

impl Sink for Staging {
    fn put(&self, file: OutputFile) {
        if self.failed() {
            return;
        }
        if let Err(e) = self.write(&file) {
            let mut first = self.error.lock().unwrap_or_else(|e| e.into_inner());
            first.get_or_insert(e);
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            self.discard();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::folder_contents::{everything, names};
    use super::*;
    use rayon::prelude::*;

    /// Writes `files` into `target`, replacing what was there only on success.
    fn write_atomically(target: &Path, files: &[OutputFile]) -> Result<Finished, FinishError> {
        write_limited(target, files, Limits::default())
    }

    fn write_limited(
        target: &Path,
        files: &[OutputFile],
        limits: Limits,
    ) -> Result<Finished, FinishError> {
        let staging = Staging::with_limits(target, limits).unwrap();
        files.par_iter().for_each(|file| staging.put(file.clone()));
        staging.finish()
    }

    #[test]
    fn replaces_the_previous_site() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        write_atomically(&target, &[OutputFile::new("a/index.html", "one")]).unwrap();
        let finished = write_atomically(&target, &[OutputFile::new("b.txt", "two")]).unwrap();
        assert!(finished.leftover.is_none());
        assert!(!target.join("a/index.html").exists());
        assert_eq!(fs::read_to_string(target.join("b.txt")).unwrap(), "two");
        // Neither the staging folder nor its marker is left, in the site or beside it.
        assert_eq!(names(dir.path()), ["site"]);
        assert_eq!(names(&target), ["b.txt"]);
    }

    #[test]
    fn a_first_build_makes_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("deeper/site");
        let finished = write_atomically(&target, &[OutputFile::new("index.html", "one")]).unwrap();
        assert!(finished.leftover.is_none());
        assert_eq!(
            fs::read_to_string(target.join("index.html")).unwrap(),
            "one"
        );
        assert_eq!(names(&dir.path().join("deeper")), ["site"]);
    }

    #[test]
    fn a_failed_write_keeps_the_previous_site() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        write_atomically(
            &target,
            &[
                OutputFile::new("index.html", "good"),
                OutputFile::new("kamers/a/index.html", "a"),
            ],
        )
        .unwrap();
        let before = everything(&target);
        let bad = [
            OutputFile::new("x.html", "new"),
            OutputFile::new("../escape", "bad"),
        ];
        let Err(FinishError::Write(WriteFailure::Io { path, .. })) =
            write_atomically(&target, &bad)
        else {
            panic!("the write should fail")
        };
        assert_eq!(path, "../escape");
        assert_eq!(everything(&target), before);
        assert_eq!(names(dir.path()), ["site"]);
        assert!(!dir.path().join("escape").exists());
    }

    #[test]
    fn the_output_is_bounded_in_bytes_and_files() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        write_atomically(&target, &[OutputFile::new("index.html", "good")]).unwrap();
        let before = everything(&target);
        let files: Vec<_> = (0..10)
            .map(|n| OutputFile::new(format!("p{n}.html"), vec![b'x'; 100]))
            .collect();
        // 1,000 bytes in 10 files: one byte or one file less than that is too little.
        let bytes = write_limited(
            &target,
            &files,
            Limits {
                bytes: 999,
                files: 10,
            },
        );
        let Err(FinishError::Write(failure @ WriteFailure::TooLarge { .. })) = bytes else {
            panic!("{bytes:?}")
        };
        assert!(matches!(
            failure,
            WriteFailure::TooLarge {
                limit: Limit::Bytes(999),
                ..
            }
        ));
        assert_eq!(failure.message().id, "build-too-large");
        assert!(failure
            .to_string()
            .contains("999 bytes (de grens MAX_OUTPUT_BYTES)"));
        let count = write_limited(
            &target,
            &files,
            Limits {
                bytes: 1000,
                files: 9,
            },
        );
        assert!(
            matches!(
                count,
                Err(FinishError::Write(WriteFailure::TooLarge {
                    limit: Limit::Files(9),
                    ..
                }))
            ),
            "{count:?}"
        );
        assert_eq!(everything(&target), before);
        assert_eq!(names(dir.path()), ["site"]);
        // Exactly at the limits is allowed.
        write_limited(
            &target,
            &files,
            Limits {
                bytes: 1000,
                files: 10,
            },
        )
        .unwrap();
        assert_eq!(names(&target).len(), 10);
    }

    #[test]
    fn a_previous_site_that_cannot_be_removed_is_reported_not_restored() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        write_atomically(&target, &[OutputFile::new("index.html", "old")]).unwrap();
        let staging = Staging::new(&target).unwrap();
        staging.put(OutputFile::new("index.html", "new"));
        let staged = staging.dir().to_path_buf();
        let finished = staging
            .finish_with(swap::exchange, |_| {
                Err(io::Error::from(io::ErrorKind::PermissionDenied))
            })
            .unwrap_or_else(|e| panic!("{e:?}"));
        // The new site is in place; the previous one is where the message will say.
        assert_eq!(
            fs::read_to_string(target.join("index.html")).unwrap(),
            "new"
        );
        let (leftover, error) = finished.leftover.expect("a leftover");
        if cfg!(any(
            target_os = "linux",
            target_os = "android",
            target_os = "macos"
        )) {
            // Exchanged: the previous site is at the staging folder's name.
            assert_eq!(leftover, staged);
        }
        assert_eq!(error.kind(), io::ErrorKind::PermissionDenied);
        assert_eq!(
            fs::read_to_string(leftover.join("index.html")).unwrap(),
            "old"
        );
    }

    #[test]
    fn without_an_exchange_the_new_site_is_put_in_place_too() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        write_atomically(&target, &[OutputFile::new("index.html", "old")]).unwrap();
        let staging = Staging::new(&target).unwrap();
        staging.put(OutputFile::new("index.html", "new"));
        let finished = staging
            .finish_with(|_, _| swap::Exchange::Unsupported, swap::remove_previous)
            .unwrap();
        assert!(finished.leftover.is_none());
        assert_eq!(
            fs::read_to_string(target.join("index.html")).unwrap(),
            "new"
        );
        assert_eq!(names(dir.path()), ["site"]);
    }

    #[test]
    fn a_failed_swap_removes_the_staging_folder_and_keeps_the_site() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        write_atomically(&target, &[OutputFile::new("index.html", "old")]).unwrap();
        let staging = Staging::new(&target).unwrap();
        staging.put(OutputFile::new("index.html", "new"));
        let result = staging.finish_with(
            |_, _| swap::Exchange::Failed(io::Error::from(io::ErrorKind::PermissionDenied)),
            swap::remove_previous,
        );
        assert!(matches!(result, Err(FinishError::Swap(_))), "{result:?}");
        assert_eq!(
            fs::read_to_string(target.join("index.html")).unwrap(),
            "old"
        );
        assert_eq!(names(dir.path()), ["site"]);
    }

    #[test]
    fn a_dropped_staging_folder_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        let staging = Staging::new(&target).unwrap();
        staging.put(OutputFile::new("index.html", "new"));
        assert!(staging.dir().join(swap::MARKER).is_file());
        drop(staging);
        assert!(names(dir.path()).is_empty());
    }
}
