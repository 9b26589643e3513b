//! The one gate through which the site's input is read: every file under the site root
//! (content, data, site.yaml, the theme) is found and opened here, never elsewhere.
//!
//! Content comes from anyone's pull request, and a pull request can hold symbolic links. A
//! path is therefore resolved (every link followed) and refused unless the file it ends at
//! lies inside the site root, also resolved; a refusal names the link, never what it points
//! at. Paths written in content (`geometry: geo/x.geojson`) must be relative and may not
//! climb out with `..`. A file's size is checked before it is read, and the read itself is
//! bounded, so a file that grows meanwhile still cannot cost more than its limit.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::messages::Message;

/// Why a file of the site could not be read.
#[derive(Debug)]
pub enum Refusal {
    /// The path, or a link on the way, leads to a place outside the site root.
    Outside,
    /// A link leads into the repository's `.git` folder, which holds its settings and, in
    /// CI, often the token the checkout used: inside the root, but never site input.
    Git,
    /// The file does not exist (or a link on the way points at nothing).
    Missing,
    /// The file is larger than its limit.
    TooLarge { size: u64, limit: u64 },
    /// A folder (or another thing that is not a file) where a file belongs.
    NotAFile,
    /// Reading failed for another reason (permissions, say).
    Io(std::io::Error),
}

impl Refusal {
    /// The message for a problem with the file itself, reported at the file. `fix` says what
    /// to do about a file that is too large.
    pub fn message(&self, fix: impl Into<Message>) -> Message {
        match self {
            Refusal::Outside => OUTSIDE,
            Refusal::Git => GIT,
            Refusal::Missing => crate::msg!("file-does-not-exist"),
            Refusal::NotAFile => crate::msg!("file-not-a-file"),
            Refusal::TooLarge { size, limit } => too_large(*size, *limit, fix),
            Refusal::Io(e) => crate::msg!("file-cannot-be-read", reason = e.to_string()),
        }
    }
}

/// What a refused link is told. It says nothing of the target: neither its path nor its text.
pub const OUTSIDE: Message = Message::new("file-link-outside");

/// What a link into `.git` is told.
pub const GIT: Message = Message::new("file-link-git");

/// The message for a file over its size limit; it names the limit and its value. `fix` is
/// a `file-fix-…` message (or the like) saying what to do.
pub fn too_large(size: u64, limit: u64, fix: impl Into<Message>) -> Message {
    crate::msg!(
        "file-too-large",
        size = size / 1024,
        limit = limit / 1024,
        fix = fix.into().text()
    )
}

/// Whether a path written in content stays below the folder it is relative to: not
/// absolute, no drive or root, no `..` climbing out, nothing empty.
pub fn is_relative_inside(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.starts_with('\\')
        && !path.contains('\\')
        && !path.contains(':')
        && path.split('/').all(|part| part != "..")
}

/// The site root itself, resolved, which every file read must lie inside. The last one is
/// kept: a build resolves it for every file it reads, always the same. A root that comes to
/// point elsewhere later only makes reads refused, never lets one out.
fn canonical_root(root: &Path) -> Result<PathBuf, Refusal> {
    static LAST: std::sync::Mutex<Option<(PathBuf, PathBuf)>> = std::sync::Mutex::new(None);
    if let Ok(last) = LAST.lock() {
        if let Some((_, real)) = last.as_ref().filter(|(given, _)| given == root) {
            return Ok(real.clone());
        }
    }
    let real = root.canonicalize().map_err(refusal_of)?;
    if let Ok(mut last) = LAST.lock() {
        *last = Some((root.to_path_buf(), real.clone()));
    }
    Ok(real)
}

fn refusal_of(e: std::io::Error) -> Refusal {
    if e.kind() == std::io::ErrorKind::NotFound {
        Refusal::Missing
    } else {
        Refusal::Io(e)
    }
}

/// Resolves `path` (a path under `root`, as found by a walk or joined from a relative one):
/// follows every link and returns the real path, or refuses one that ends outside the root.
/// A path that does not exist is `Missing`, unless a link on the way already points out.
pub fn resolve(root: &Path, path: &Path) -> Result<PathBuf, Refusal> {
    let inside = canonical_root(root)?;
    match path.canonicalize() {
        Ok(real) if real.starts_with(inside.join(".git")) => Err(Refusal::Git),
        Ok(real) if real.starts_with(&inside) => Ok(real),
        Ok(_) => Err(Refusal::Outside),
        Err(e) => {
            // A dangling link, or a path through a link: refuse it if any link on the way
            // points out of the root, so that even "missing" says nothing about the outside.
            if leaves_root(root, &inside, path) {
                Err(Refusal::Outside)
            } else {
                Err(refusal_of(e))
            }
        }
    }
}

/// Whether some existing link on the way from `root` to `path` resolves outside the root.
fn leaves_root(root: &Path, inside: &Path, path: &Path) -> bool {
    let Ok(rest) = path.strip_prefix(root) else {
        return true;
    };
    let mut here = root.to_path_buf();
    for part in rest.components() {
        here.push(part);
        let Ok(meta) = std::fs::symlink_metadata(&here) else {
            return false;
        };
        if meta.file_type().is_symlink() {
            match here.canonicalize() {
                Ok(real) if real.starts_with(inside) => {}
                Ok(_) => return true,
                // A link to nothing: whether it points out is judged by its text alone.
                // (The folder it sits in exists and is resolved first, so a relative root
                // or a link earlier on the way does not confuse the comparison.)
                Err(_) => {
                    let folder = here.parent().map(Path::canonicalize);
                    return match (folder, std::fs::read_link(&here)) {
                        (Some(Ok(folder)), Ok(target)) => {
                            !lexically_inside(inside, &folder.join(target))
                        }
                        _ => true,
                    };
                }
            }
        }
    }
    false
}

/// Whether `path` (absolute), with `.` and `..` worked out by their text, lies inside the
/// resolved root.
fn lexically_inside(inside: &Path, path: &Path) -> bool {
    let mut normal = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                normal.pop();
            }
            std::path::Component::CurDir => {}
            other => normal.push(other),
        }
    }
    normal.starts_with(inside)
}

/// Resolves `relative` (with `/` separators) under `root`, as [`resolve`] does, after
/// checking that the path itself stays inside.
pub fn resolve_relative(root: &Path, relative: &str) -> Result<PathBuf, Refusal> {
    if !is_relative_inside(relative) {
        return Err(Refusal::Outside);
    }
    resolve(root, &root.join(relative))
}

/// Whether `relative` under `root` is a file inside the site (links followed, but only
/// within the root).
pub fn is_file(root: &Path, relative: &str) -> bool {
    resolve_relative(root, relative).is_ok_and(|real| real.is_file())
}

/// Reads the file at `relative` under `root` whole, refusing one outside the root or larger
/// than `limit` bytes: its size is looked at before reading, and at most `limit + 1` bytes
/// are read, so a file that grows meanwhile is refused as well.
pub fn read(root: &Path, relative: &str, limit: u64) -> Result<Vec<u8>, Refusal> {
    let real = resolve_relative(root, relative)?;
    read_real(&real, limit)
}

/// [`read`] for a path found by a walk under `root`.
pub fn read_path(root: &Path, path: &Path, limit: u64) -> Result<Vec<u8>, Refusal> {
    let real = resolve(root, path)?;
    read_real(&real, limit)
}

fn read_real(real: &Path, limit: u64) -> Result<Vec<u8>, Refusal> {
    let file = File::open(real).map_err(refusal_of)?;
    let meta = file.metadata().map_err(Refusal::Io)?;
    if !meta.is_file() {
        return Err(Refusal::NotAFile);
    }
    if meta.len() > limit {
        return Err(Refusal::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Refusal::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Refusal::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// One entry of a folder walk.
pub struct Entry {
    /// The path under the root as walked (through links, never their targets).
    pub path: PathBuf,
    pub is_dir: bool,
    /// The size in bytes when walked (of the file a link leads to), for limits on totals.
    pub len: u64,
}

/// A problem a walk met at `path` (under the root): a link out of the root, or a loop.
pub struct WalkProblem {
    pub path: PathBuf,
    pub message: Message,
}

/// Every file and folder below `dir` (itself under `root`), `depth` levels deep at most,
/// sorted by path. Links are followed only where they stay inside the root; a link out of
/// it is reported (by its own path) and not entered, and a folder loop is reported once.
pub fn walk(root: &Path, dir: &Path, depth: usize) -> (Vec<Entry>, Vec<WalkProblem>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    match resolve(root, dir) {
        Ok(_) => {}
        Err(refusal @ (Refusal::Outside | Refusal::Git)) => {
            problems.push(WalkProblem {
                path: dir.to_path_buf(),
                message: refusal.message(crate::msg!("file-fix-split")),
            });
            return (entries, problems);
        }
        Err(_) => return (entries, problems),
    }
    let inside = canonical_root(root).unwrap_or_default();
    // Links are followed (walkdir then notices loops), but a link out of the root is
    // neither entered nor listed: `filter_entry` keeps the walk from descending into it.
    let mut refused = Vec::new();
    let walker = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .max_depth(depth)
        .follow_links(true)
        .into_iter()
        .filter_entry(|entry| {
            if !entry.path_is_symlink() {
                return true;
            }
            match resolve(root, entry.path()) {
                Err(refusal @ (Refusal::Outside | Refusal::Git)) => {
                    refused.push(WalkProblem {
                        path: entry.path().to_path_buf(),
                        message: refusal.message(crate::msg!("file-fix-split")),
                    });
                    false
                }
                _ => true,
            }
        });
    for result in walker {
        let entry = match result {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().map_or(dir.to_path_buf(), Path::to_path_buf);
                let message = if e.loop_ancestor().is_some() {
                    crate::msg!("file-link-loop")
                } else if leaves_root(root, &inside, &path) {
                    OUTSIDE
                } else if e.io_error().map(|io| io.kind()) == Some(std::io::ErrorKind::NotFound) {
                    // Editors leave such links while a file is open (Emacs' `.#name`): a
                    // hidden one is not the site's, and nothing is read through it.
                    if is_hidden(&path) {
                        continue;
                    }
                    crate::msg!("file-link-dangling")
                } else {
                    match e.io_error() {
                        Some(io) => crate::msg!("file-cannot-be-read", reason = io.to_string()),
                        None => crate::msg!("file-cannot-be-read-unknown"),
                    }
                };
                problems.push(WalkProblem { path, message });
                continue;
            }
        };
        entries.push(Entry {
            path: entry.path().to_path_buf(),
            is_dir: entry.file_type().is_dir(),
            len: entry.metadata().map_or(0, |m| m.len()),
        });
    }
    problems.extend(refused);
    problems.sort_by(|a, b| a.path.cmp(&b.path));
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    (entries, problems)
}

/// Whether the last part of `path` starts with a dot.
pub fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_must_stay_inside() {
        assert!(is_relative_inside("geo/noord.geojson"));
        assert!(!is_relative_inside("../../etc/passwd"));
        assert!(!is_relative_inside("geo/../../x"));
        assert!(!is_relative_inside("/etc/passwd"));
        assert!(!is_relative_inside("C:/x"));
        assert!(!is_relative_inside("geo\\..\\x"));
        assert!(!is_relative_inside(""));
    }

    #[test]
    fn links_resolve_only_inside_the_root() {
        use std::os::unix::fs::symlink;
        let root = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let root = root.path();
        std::fs::write(out.path().join("secret"), "x").unwrap();
        std::fs::create_dir_all(root.join("a")).unwrap();
        std::fs::write(root.join("a/real.md"), "inside").unwrap();
        symlink("real.md", root.join("a/in.md")).unwrap();
        symlink(out.path().join("secret"), root.join("a/out.md")).unwrap();
        symlink(out.path(), root.join("linked")).unwrap();
        symlink(out.path().join("gone"), root.join("a/gone.md")).unwrap();
        symlink("../nothing-here", root.join("a/dangling.md")).unwrap();

        assert_eq!(read(root, "a/in.md", 100).unwrap(), b"inside");
        assert!(matches!(read(root, "a/out.md", 100), Err(Refusal::Outside)));
        assert!(matches!(
            read(root, "linked/secret", 100),
            Err(Refusal::Outside)
        ));
        assert!(matches!(
            read(root, "a/gone.md", 100),
            Err(Refusal::Outside)
        ));
        assert!(matches!(
            read(root, "a/dangling.md", 100),
            Err(Refusal::Missing)
        ));
        assert!(matches!(
            read(root, "../secret", 100),
            Err(Refusal::Outside)
        ));
        assert!(matches!(
            read(root, "a/real.md", 3),
            Err(Refusal::TooLarge { size: 6, limit: 3 })
        ));

        let (entries, problems) = walk(root, root, usize::MAX);
        let names: Vec<String> = entries
            .iter()
            .map(|e| super::super::relative_path(root, &e.path))
            .collect();
        assert_eq!(names, ["a", "a/in.md", "a/real.md"]);
        let refused: Vec<String> = problems
            .iter()
            .map(|p| super::super::relative_path(root, &p.path))
            .collect();
        assert_eq!(
            refused,
            ["a/dangling.md", "a/gone.md", "a/out.md", "linked"]
        );
    }
}
