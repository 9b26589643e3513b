//! Writing the finished site atomically: everything goes into a fresh directory beside the
//! target, which replaces the previous site only when every file was written.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

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

/// Writes `files` into `target`, replacing what was there only on success.
pub fn write_atomically(target: &Path, files: &[OutputFile]) -> io::Result<()> {
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(parent)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "site".into());
    let staging = unique_sibling(parent, &format!(".{name}.building"));
    let result =
        write_all(&staging, files).and_then(|()| swap_into_place(&staging, target, parent, &name));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result
}

fn write_all(dir: &Path, files: &[OutputFile]) -> io::Result<()> {
    use rayon::prelude::*;
    fs::create_dir_all(dir)?;
    if let Some(file) = files.iter().find(|file| {
        file.path
            .split('/')
            .any(|part| part == ".." || part.is_empty())
    }) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("refusing to write outside the site: {}", file.path),
        ));
    }
    // Each folder is made once (tens of thousands of pages share a few folders each),
    // then the files are written in parallel: on a large site this is tens of thousands
    // of small writes.
    let folders: std::collections::BTreeSet<&str> = files
        .iter()
        .filter_map(|file| file.path.rsplit_once('/').map(|(folder, _)| folder))
        .collect();
    for folder in folders {
        fs::create_dir_all(dir.join(folder))?;
    }
    files
        .par_iter()
        .try_for_each(|file| fs::write(dir.join(&file.path), &file.bytes))
}

fn swap_into_place(staging: &Path, target: &Path, parent: &Path, name: &str) -> io::Result<()> {
    if target.exists() {
        let old = unique_sibling(parent, &format!(".{name}.old"));
        fs::rename(target, &old)?;
        if let Err(e) = fs::rename(staging, target) {
            // Put the previous site back so a failure never leaves no site at all.
            let _ = fs::rename(&old, target);
            return Err(e);
        }
        fs::remove_dir_all(&old)?;
    } else {
        fs::rename(staging, target)?;
    }
    Ok(())
}

fn unique_sibling(parent: &Path, stem: &str) -> PathBuf {
    let pid = std::process::id();
    (0..)
        .map(|n| parent.join(format!("{stem}-{pid}-{n}")))
        .find(|p| !p.exists())
        .expect("some name is free")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_previous_site() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        write_atomically(&target, &[OutputFile::new("a/index.html", "one")]).unwrap();
        write_atomically(&target, &[OutputFile::new("b.txt", "two")]).unwrap();
        assert!(!target.join("a/index.html").exists());
        assert_eq!(fs::read_to_string(target.join("b.txt")).unwrap(), "two");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
    }

    #[test]
    fn a_failed_write_keeps_the_previous_site() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        write_atomically(&target, &[OutputFile::new("index.html", "good")]).unwrap();
        let bad = [
            OutputFile::new("x.html", "new"),
            OutputFile::new("../escape", "bad"),
        ];
        assert!(write_atomically(&target, &bad).is_err());
        assert_eq!(
            fs::read_to_string(target.join("index.html")).unwrap(),
            "good"
        );
        assert!(!target.join("x.html").exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
