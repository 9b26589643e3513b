//! The staging folder's life beside the target: made with a marker file that a live build
//! keeps locked, swapped with the target in one atomic exchange where the platform has it,
//! and removed afterwards, or by the next build if this one was killed.
//!
//! A staging folder is `.NAME.building-PID-N` beside the target `NAME`. While it is being
//! filled it holds [`MARKER`], a file with a fixed text that the build holds an advisory lock
//! on (`flock`) until it has removed the folder. The kernel drops the lock when the process
//! dies, however it dies; so a later build may remove a folder that matches the name, holds
//! the marker with its text, and whose marker it can lock, and no other folder. A user's
//! folder that happens to match the name has no marker and is left alone.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// The marker's file name inside a staging folder.
pub const MARKER: &str = ".mienskip-staging";

/// The marker's text starts with this.
const MARKER_TEXT: &str = "This folder is a site that mienskip is building";

/// The name of the staging folders beside a target called `name`, before `-PID-N`.
fn stem(name: &str) -> String {
    format!(".{name}.building")
}

/// Whether `file_name` is exactly `.NAME.building-PID-N`.
pub fn is_staging_name(file_name: &str, name: &str) -> bool {
    let Some(rest) = file_name
        .strip_prefix(&stem(name))
        .and_then(|rest| rest.strip_prefix('-'))
    else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    matches!(rest.split_once('-'), Some((pid, n)) if digits(pid) && digits(n))
}

/// Makes a fresh staging folder beside `parent/name` with a locked marker in it. The lock
/// lasts as long as the returned file is open.
pub fn create(parent: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    let pid = std::process::id();
    let mut n = 0u32;
    let dir = loop {
        let dir = parent.join(format!("{}-{pid}-{n}", stem(name)));
        // `create_dir`, not `create_dir_all`: a folder that exists (a leftover another build
        // is removing right now) is never taken over.
        match fs::create_dir(&dir) {
            Ok(()) => break dir,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => n += 1,
            Err(e) => return Err(e),
        }
    };
    match write_marker(&dir) {
        Ok(marker) => Ok((dir, marker)),
        Err(e) => {
            let _ = fs::remove_dir_all(&dir);
            Err(e)
        }
    }
}

/// Writes the marker into `dir` and locks it. The lock is taken before the text is written,
/// so that no other build ever sees a complete marker that it could lock.
pub fn write_marker(dir: &Path) -> io::Result<File> {
    let mut marker = OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(dir.join(MARKER))?;
    if !try_lock(&marker)? {
        return Err(io::Error::other("cannot lock the staging folder's marker"));
    }
    writeln!(
        marker,
        "{MARKER_TEXT} (process {}). It is removed when that build ends, or by the next \
         build if this one was interrupted.",
        std::process::id()
    )?;
    Ok(marker)
}

/// Takes an exclusive advisory lock on `file` without waiting: `Ok(false)` if another open
/// file (of this process or another one) holds it.
#[cfg(unix)]
fn try_lock(file: &File) -> io::Result<bool> {
    use rustix::fs::{flock, FlockOperation};
    match flock(file, FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => Ok(true),
        Err(e) if e == rustix::io::Errno::WOULDBLOCK => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Without `flock` a build's own marker is not locked, and there is no way to tell a live
/// build's folder from a dead one's: [`remove_leftovers`] removes nothing there.
#[cfg(not(unix))]
fn try_lock(_file: &File) -> io::Result<bool> {
    Ok(true)
}

/// Removes what killed builds left beside `parent/name`: folders with the staging name and
/// a marker that no live build holds. Returns the folders removed; a folder that cannot be
/// removed is left for a later build (it keeps its marker until everything else is gone).
pub fn remove_leftovers(parent: &Path, name: &str) -> Vec<PathBuf> {
    if !cfg!(unix) {
        return Vec::new();
    }
    let Ok(entries) = fs::read_dir(parent) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            continue;
        };
        if !is_staging_name(file_name, name) {
            continue;
        }
        let dir = entry.path();
        // A real folder, not a link to one.
        if !fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
            continue;
        }
        let Some(_lock) = abandoned_marker(&dir) else {
            continue;
        };
        if remove_marked(&dir).is_ok() {
            removed.push(dir);
        }
    }
    removed.sort();
    removed
}

/// The marker of `dir`, locked, if `dir` is a staging folder that no live build holds.
fn abandoned_marker(dir: &Path) -> Option<File> {
    let path = dir.join(MARKER);
    if !fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let mut marker = File::open(&path).ok()?;
    let mut start = vec![0; MARKER_TEXT.len()];
    marker.read_exact(&mut start).ok()?;
    if start != MARKER_TEXT.as_bytes() || !try_lock(&marker).ok()? {
        return None;
    }
    Some(marker)
}

/// Removes a staging folder whose marker the caller holds: everything but the marker first,
/// so that a build killed halfway leaves a folder the next build still recognises.
pub fn remove_marked(dir: &Path) -> io::Result<()> {
    remove_contents(dir, Some(MARKER), 2)?;
    let _ = fs::remove_file(dir.join(MARKER));
    fs::remove_dir(dir)
}

/// Removes everything in `dir` but the entry `keep`, the entries side by side on every core:
/// a site is mostly a few folders of thousands of small folders (`kamers/<id>/`), and one
/// thread unlinking them was a tenth of a build that took everything from the cache. The
/// folders `depth` levels down are removed by `remove_dir_all` (which never follows a link);
/// a link is removed itself, never what it points to. Goes on past an error, and returns the
/// first.
fn remove_contents(dir: &Path, keep: Option<&str>, depth: u8) -> io::Result<()> {
    use rayon::prelude::*;
    let mut entries = fs::read_dir(dir)?.collect::<io::Result<Vec<_>>>()?;
    entries.retain(|entry| keep.is_none_or(|keep| entry.file_name() != keep));
    let errors: Vec<io::Error> = entries
        .par_iter()
        .filter_map(|entry| {
            let path = entry.path();
            let result = match entry.file_type() {
                Ok(kind) if kind.is_dir() && depth > 0 => {
                    remove_contents(&path, None, depth - 1).and_then(|_| fs::remove_dir(&path))
                }
                Ok(kind) if kind.is_dir() => fs::remove_dir_all(&path),
                Ok(_) => fs::remove_file(&path),
                Err(e) => Err(e),
            };
            result.err()
        })
        .collect();
    match errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Removes the previous site after the exchange put it at `dir`. It is marked first (if it
/// can be), so that a kill halfway leaves a folder the next build removes. A symbolic link
/// (the target was a link to a folder) is removed itself, never what it points to.
pub fn remove_previous(dir: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(dir)?;
    if !meta.is_dir() {
        return fs::remove_file(dir);
    }
    match write_marker(dir) {
        Ok(_lock) => remove_marked(dir),
        // Unmarked (a read-only folder, or a site that holds a file by the marker's name):
        // remove it all the same; a kill now leaves a folder nobody removes but the user.
        Err(_) => fs::remove_dir_all(dir),
    }
}

/// How the new site got into place.
#[derive(Debug, PartialEq, Eq)]
pub enum Placed {
    /// There was no previous site; the staging folder was renamed.
    Renamed,
    /// The staging folder and the previous site were exchanged in one step: the previous
    /// site is now at the staging folder's path.
    Exchanged,
    /// Without an exchange: the previous site was renamed to this path, then the staging
    /// folder to the target.
    MovedAside(PathBuf),
}

/// Why the new site is not in place.
#[derive(Debug)]
pub enum NotPlaced {
    /// The target is exactly as it was.
    Unchanged(io::Error),
    /// Without an exchange: the previous site was moved aside, the new one could not be put
    /// in its place, and the previous one could not be put back. There is no site at the
    /// target; the previous one is at `previous`.
    Lost { error: io::Error, previous: PathBuf },
}

/// The result of trying to exchange two paths.
pub enum Exchange {
    Done,
    /// The platform or the file system has no exchange.
    Unsupported,
    Failed(io::Error),
}

/// Exchanges `a` and `b` atomically: at every moment both paths exist.
#[cfg(any(target_os = "linux", target_os = "android", target_os = "macos"))]
pub fn exchange(a: &Path, b: &Path) -> Exchange {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Exchange::Done,
        // Older kernels (ENOSYS) and file systems without the flag (EINVAL, EOPNOTSUPP).
        Err(e) if e == Errno::NOSYS || e == Errno::INVAL || e == Errno::OPNOTSUPP => {
            Exchange::Unsupported
        }
        Err(e) => Exchange::Failed(e.into()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "macos")))]
pub fn exchange(_a: &Path, _b: &Path) -> Exchange {
    Exchange::Unsupported
}

/// Puts `staging` in the place of `target` (a sibling of it), with `exchange` where it works
/// and two renames where it does not.
pub fn put_in_place(
    staging: &Path,
    target: &Path,
    exchange: impl Fn(&Path, &Path) -> Exchange,
) -> Result<Placed, NotPlaced> {
    let rename = || {
        fs::rename(staging, target)
            .map(|()| Placed::Renamed)
            .map_err(NotPlaced::Unchanged)
    };
    if fs::symlink_metadata(target).is_err() {
        return rename();
    }
    match exchange(staging, target) {
        Exchange::Done => Ok(Placed::Exchanged),
        // The target went away since it was looked at.
        Exchange::Failed(e) if e.kind() == io::ErrorKind::NotFound => rename(),
        Exchange::Failed(e) => Err(NotPlaced::Unchanged(e)),
        Exchange::Unsupported => {
            // A staging folder's name, so that once marked (by `remove_previous`) a kill
            // while removing it leaves a folder the next build removes.
            let aside = free_sibling(target);
            fs::rename(target, &aside).map_err(NotPlaced::Unchanged)?;
            match fs::rename(staging, target) {
                Ok(()) => Ok(Placed::MovedAside(aside)),
                Err(error) => match fs::rename(&aside, target) {
                    Ok(()) => Err(NotPlaced::Unchanged(error)),
                    Err(_) => Err(NotPlaced::Lost {
                        error,
                        previous: aside,
                    }),
                },
            }
        }
    }
}

/// `.NAME.building-PID-N` beside `target`, a name nothing has.
fn free_sibling(target: &Path) -> PathBuf {
    let parent = target.parent().unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let pid = std::process::id();
    (0u32..)
        .map(|n| parent.join(format!("{}-{pid}-{n}", stem(&name))))
        .find(|p| fs::symlink_metadata(p).is_err())
        .expect("some name is free")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(dir: &Path, files: &[(&str, &str)]) {
        for (path, text) in files {
            let path = dir.join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
    }

    #[test]
    fn knows_its_own_names_only() {
        assert!(is_staging_name(".site.building-123-0", "site"));
        assert!(is_staging_name(".www.building-1-22", "www"));
        for other in [
            ".site.building-123",
            ".site.building-123-",
            ".site.building-x-0",
            ".site.building-123-0-1",
            ".site.building-123-0.bak",
            "site.building-123-0",
            ".site.old-123-0",
            ".www.building-123-0",
        ] {
            assert!(!is_staging_name(other, "site"), "{other}");
        }
    }

    #[cfg(any(target_os = "linux", target_os = "android", target_os = "macos"))]
    #[test]
    fn the_exchange_leaves_both_paths_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("site"));
        tree(&a, &[("index.html", "new"), ("new/x", "1")]);
        tree(&b, &[("index.html", "old"), ("old/y", "2")]);
        assert!(matches!(exchange(&a, &b), Exchange::Done));
        // Both names still exist, each with the other's tree: there was no moment without
        // `site/`, since the exchange is one system call.
        assert_eq!(fs::read_to_string(b.join("index.html")).unwrap(), "new");
        assert!(b.join("new/x").is_file() && !b.join("old").exists());
        assert_eq!(fs::read_to_string(a.join("index.html")).unwrap(), "old");
        assert!(a.join("old/y").is_file() && !a.join("new").exists());
    }

    #[test]
    fn without_an_exchange_two_renames_do_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("site"));
        tree(&a, &[("index.html", "new")]);
        tree(&b, &[("index.html", "old")]);
        let placed = put_in_place(&a, &b, |_, _| Exchange::Unsupported).unwrap();
        let Placed::MovedAside(aside) = placed else {
            panic!("{placed:?}")
        };
        assert_eq!(fs::read_to_string(b.join("index.html")).unwrap(), "new");
        assert_eq!(fs::read_to_string(aside.join("index.html")).unwrap(), "old");
        assert!(is_staging_name(
            aside.file_name().unwrap().to_str().unwrap(),
            "site"
        ));
        assert!(!a.exists());
    }

    #[test]
    fn a_first_build_is_a_rename() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("site"));
        tree(&a, &[("index.html", "new")]);
        let placed = put_in_place(&a, &b, |_, _| panic!("nothing to exchange")).unwrap();
        assert_eq!(placed, Placed::Renamed);
        assert_eq!(fs::read_to_string(b.join("index.html")).unwrap(), "new");
    }

    #[test]
    fn a_failed_exchange_leaves_the_target_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("site"));
        tree(&a, &[("index.html", "new")]);
        tree(&b, &[("index.html", "old")]);
        let result = put_in_place(&a, &b, |_, _| {
            Exchange::Failed(io::Error::from(io::ErrorKind::PermissionDenied))
        });
        assert!(matches!(result, Err(NotPlaced::Unchanged(_))));
        assert_eq!(fs::read_to_string(b.join("index.html")).unwrap(), "old");
        assert_eq!(fs::read_to_string(a.join("index.html")).unwrap(), "new");
    }

    #[cfg(unix)]
    #[test]
    fn removes_only_abandoned_marked_staging_folders() {
        let dir = tempfile::tempdir().unwrap();
        let parent = dir.path();
        // A killed build's folder: the marker with its text, and nobody holds its lock.
        let dead = parent.join(".site.building-4000000-0");
        tree(
            &dead,
            &[("index.html", "half"), ("kamers/a/index.html", "x")],
        );
        fs::write(
            dead.join(MARKER),
            format!("{MARKER_TEXT} (process 4000000).\n"),
        )
        .unwrap();
        // A live build's folder: its marker is locked (by another open file of this
        // process, which conflicts just as another process's would).
        let (live, _held) = create(parent, "site").unwrap();
        tree(&live, &[("index.html", "busy")]);
        // Folders that match the name but are not ours, and ours beside another target.
        let user = parent.join(".site.building-1-0");
        tree(&user, &[("notes.txt", "mine")]);
        let forged = parent.join(".site.building-2-0");
        tree(
            &forged,
            &[(MARKER, "something else"), ("notes.txt", "mine")],
        );
        let other_target = parent.join(".www.building-3-0");
        tree(&other_target, &[("index.html", "x")]);
        fs::write(
            other_target.join(MARKER),
            format!("{MARKER_TEXT} (process 3).\n"),
        )
        .unwrap();

        assert_eq!(remove_leftovers(parent, "site"), vec![dead.clone()]);
        assert!(!dead.exists());
        assert!(live.join("index.html").is_file());
        assert!(user.join("notes.txt").is_file());
        assert!(forged.join("notes.txt").is_file());
        assert!(other_target.join("index.html").is_file());
    }

    #[cfg(unix)]
    #[test]
    fn the_previous_site_behind_a_link_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        tree(&real, &[("index.html", "keep")]);
        let link = dir.path().join(".site.building-1-0");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        remove_previous(&link).unwrap();
        assert!(fs::symlink_metadata(&link).is_err());
        assert_eq!(fs::read_to_string(real.join("index.html")).unwrap(), "keep");
    }

    #[cfg(unix)]
    #[test]
    fn links_inside_the_previous_site_are_removed_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside");
        tree(&outside, &[("keep.txt", "keep"), ("deep/keep.txt", "keep")]);
        let previous = dir.path().join("previous");
        tree(
            &previous,
            &[
                ("index.html", "x"),
                ("kamers/a/index.html", "a"),
                ("kamers/b/c/d.txt", "d"),
            ],
        );
        // A link at every depth the removal goes through side by side, and one below.
        for link in ["top", "kamers/link", "kamers/a/link", "kamers/b/c/link"] {
            std::os::unix::fs::symlink(&outside, previous.join(link)).unwrap();
        }
        remove_previous(&previous).unwrap();
        assert!(fs::symlink_metadata(&previous).is_err());
        assert_eq!(
            fs::read_to_string(outside.join("keep.txt")).unwrap(),
            "keep"
        );
        assert_eq!(
            fs::read_to_string(outside.join("deep/keep.txt")).unwrap(),
            "keep"
        );
    }
}
