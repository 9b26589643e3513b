//! Writing the site atomically: every file goes into a fresh directory beside the target as
//! soon as it is rendered, and that directory replaces the previous site only when every
//! file was written.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

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

/// Writes each file into a fresh folder beside the target as soon as it is rendered, so
/// that a large site is never held in memory; [`Staging::finish`] then puts the folder in
/// the target's place. Dropped without finishing, it removes the folder and leaves the
/// target as it was.
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    parent: PathBuf,
    name: String,
    /// Folders known to exist, so that each is made once.
    folders: Mutex<HashSet<String>>,
    /// The first write that failed; later files are not written.
    error: Mutex<Option<io::Error>>,
    finished: bool,
}

impl Staging {
    pub fn new(target: &Path) -> io::Result<Staging> {
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
        let dir = unique_sibling(&parent, &format!(".{name}.building"));
        fs::create_dir_all(&dir)?;
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            parent,
            name,
            folders: Mutex::new(HashSet::new()),
            error: Mutex::new(None),
            finished: false,
        })
    }

    fn write(&self, file: &OutputFile) -> io::Result<()> {
        if file
            .path
            .split('/')
            .any(|part| part == ".." || part.is_empty())
        {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("refusing to write outside the site: {}", file.path),
            ));
        }
        if let Some((folder, _)) = file.path.rsplit_once('/') {
            let known = self
                .folders
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains(folder);
            if !known {
                fs::create_dir_all(self.dir.join(folder))?;
                self.folders
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(folder.to_string());
            }
        }
        fs::write(self.dir.join(&file.path), &file.bytes)
    }

    /// Puts the staged site in the target's place, or, if any write failed, removes it
    /// and returns that failure.
    pub fn finish(mut self) -> io::Result<()> {
        self.finished = true;
        let failed = self.error.lock().unwrap_or_else(|e| e.into_inner()).take();
        let result = match failed {
            Some(e) => Err(e),
            None => swap_into_place(&self.dir, &self.target, &self.parent, &self.name),
        };
        if result.is_err() {
            let _ = fs::remove_dir_all(&self.dir);
        }
        result
    }
}

impl Sink for Staging {
    fn put(&self, file: OutputFile) {
        if self
            .error
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some()
        {
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
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Writes `files` into `target`, replacing what was there only on success.
pub fn write_atomically(target: &Path, files: &[OutputFile]) -> io::Result<()> {
    use rayon::prelude::*;
    let staging = Staging::new(target)?;
    files.par_iter().for_each(|file| staging.put(file.clone()));
    staging.finish()
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
