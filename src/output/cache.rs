//! The persistent build cache (`mienskip build --cache DIR`): the files an earlier build
//! made, each kept under a key that hashes everything it was made from (worked out by
//! `crate::outputs::cached`), so that a later build takes a file instead of making it again.
//!
//! The folder holds `index` (which key gave which files, with each file's size and XXH3-128
//! hash) and `files/<key>[-n]` (the bytes). Every file is written to a temporary name and
//! renamed, the index last; a file read back is checked against the size and hash in the
//! index, and one that does not match (or is missing) is simply made again. The folder never
//! grows past one build: [`Cache::finish`] keeps only what this build used.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;

/// Refuses a cache folder that a build would replace (inside the output folder) or that
/// would sit among the site's sources (the root itself, or inside `content`, `data`,
/// `themes`, `.git` or `site.yaml`), where a pull request could put files or the build
/// would read them. Gives the reason, in the words of the run.
pub fn check_folder(
    root: &Path,
    output: &Path,
    cache: &Path,
) -> Result<(), crate::messages::Message> {
    let shown = cache.display().to_string();
    let resolved = |path: &Path| {
        super::guard::resolve(path).map_err(|e| {
            crate::msg!(
                "build-cache-unresolvable",
                cache = shown.as_str(),
                reason = e.to_string()
            )
        })
    };
    let (cache_at, root_at, output_at) = (resolved(cache)?, resolved(root)?, resolved(output)?);
    let sources = ["content", "data", "themes", ".git", "site.yaml"];
    if cache_at == root_at
        || sources
            .iter()
            .any(|s| cache_at.starts_with(root_at.join(s)))
    {
        return Err(crate::msg!(
            "build-cache-in-sources",
            cache = shown.as_str()
        ));
    }
    if cache_at.starts_with(&output_at) || output_at.starts_with(&cache_at) {
        return Err(crate::msg!("build-cache-in-output", cache = shown.as_str()));
    }
    Ok(())
}

/// The first line of the index; a new format gets a new number, and an index of another
/// format is ignored as a whole.
const FORMAT: &str = "mienskip-cache 1";

/// A key: SHA-256 of everything a file (or a set of files made together) was made from.
pub type Key = [u8; 32];

/// One file of an entry: its path in the site (for an output's files), size and hash.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stored {
    path: String,
    size: u64,
    hash: u128,
    /// The key of a page whose stored file this is, when an output's file is a page
    /// stored on its own (kept once, not twice).
    page: Option<Key>,
}

/// The cache folder of one build: what the last build left, and what this one uses.
pub struct Cache {
    dir: PathBuf,
    before: HashMap<Key, Vec<Stored>>,
    used: Mutex<HashMap<Key, Vec<Stored>>>,
    /// The pages stored (or taken) in this build by path, for [`Pending::add`] to refer to.
    pages: Mutex<HashMap<String, (Key, u128)>>,
    /// Files taken from the cache, and files made and stored.
    taken: AtomicUsize,
    made: AtomicUsize,
    /// The first thing that went wrong with the folder (a build never fails because of it).
    problem: Mutex<Option<String>>,
    temp: AtomicU64,
}

/// The files of one key being stored; a file that cannot be written drops the key (and
/// leaves a note for the report).
pub struct Pending<'c> {
    cache: &'c Cache,
    key: Key,
    files: Mutex<Option<Vec<Stored>>>,
}

impl Pending<'_> {
    /// Stores one more file, from any thread.
    pub fn add(&self, path: &str, bytes: &[u8]) {
        let hash = checksum(bytes);
        // A page stored on its own is referred to, if the output hands it on unchanged.
        let page = self
            .cache
            .pages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(path)
            .filter(|(_, stored)| *stored == hash)
            .map(|(key, _)| *key);
        let n = {
            let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
            let Some(list) = files.as_mut() else { return };
            if path.contains('\n') || path.contains('\r') {
                *files = None;
                return;
            }
            list.push(Stored {
                path: path.to_string(),
                size: bytes.len() as u64,
                hash,
                page,
            });
            list.len() - 1
        };
        if page.is_some() {
            return;
        }
        if let Err(e) = self.cache.write(&self.cache.file(&self.key, n), bytes) {
            self.cache.note(e.to_string());
            *self.files.lock().unwrap_or_else(|e| e.into_inner()) = None;
        }
    }

    /// Keeps the files stored under the key, for the next build.
    pub fn commit(self) {
        let files = self.files.into_inner().unwrap_or_else(|e| e.into_inner());
        if let Some(files) = files {
            self.cache.made.fetch_add(files.len(), Ordering::Relaxed);
            self.cache
                .used
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(self.key, files);
        }
    }
}

/// How [`Cache::replay`] went.
#[derive(Debug, PartialEq, Eq)]
pub enum Replay {
    /// Every file was handed on.
    Done,
    /// Nothing is stored under the key, or its first file does not match.
    Missing,
    /// These files were handed on before one did not match.
    Partly(std::collections::HashSet<String>),
}

/// What a build did with the cache, for its report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CacheUse {
    /// Files taken from the cache instead of being made.
    pub taken: usize,
    /// The first problem with the cache folder, in the system's words; files were made
    /// instead.
    pub problem: Option<String>,
}

/// The name of the `n`th file of `key` in `files/`, or of the page it refers to.
fn name(key: &Key, n: usize, page: Option<&Key>) -> String {
    match page {
        Some(page) => format!("{}-0", hex(page)),
        None => format!("{}-{n}", hex(key)),
    }
}

fn hex(key: &Key) -> String {
    key.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Key> {
    if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let mut key = [0u8; 32];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(key)
}

/// The XXH3-128 of `bytes`: a check against a damaged or truncated file, not a key.
fn checksum(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// Reads an index; anything that does not parse gives an empty one (every file is made).
fn parse_index(text: &str) -> Option<HashMap<Key, Vec<Stored>>> {
    let mut lines = text.lines();
    if lines.next()? != FORMAT {
        return None;
    }
    let mut entries = HashMap::new();
    let mut current: Option<(Key, Vec<Stored>)> = None;
    for line in lines {
        if let Some(key) = line.strip_prefix("k ") {
            if let Some((key, files)) = current.take() {
                entries.insert(key, files);
            }
            current = Some((unhex(key)?, Vec::new()));
        } else if let Some(rest) = line.strip_prefix("f ") {
            let mut parts = rest.splitn(3, ' ');
            let size = parts.next()?.parse().ok()?;
            let hash = u128::from_str_radix(parts.next()?, 16).ok()?;
            let path = parts.next()?.to_string();
            let page = None;
            current.as_mut()?.1.push(Stored {
                path,
                size,
                hash,
                page,
            });
        } else if let Some(rest) = line.strip_prefix("r ") {
            let mut parts = rest.splitn(4, ' ');
            let page = Some(unhex(parts.next()?)?);
            let size = parts.next()?.parse().ok()?;
            let hash = u128::from_str_radix(parts.next()?, 16).ok()?;
            let path = parts.next()?.to_string();
            current.as_mut()?.1.push(Stored {
                path,
                size,
                hash,
                page,
            });
        } else {
            return None;
        }
    }
    if let Some((key, files)) = current {
        entries.insert(key, files);
    }
    Some(entries)
}

impl Cache {
    /// Opens (or makes) the cache folder `dir` and reads what the last build left there.
    pub fn open(dir: &Path) -> io::Result<Cache> {
        fs::create_dir_all(dir.join("files"))?;
        let before = match fs::read_to_string(dir.join("index")) {
            Ok(text) => parse_index(&text).unwrap_or_default(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => HashMap::new(),
            Err(e) => return Err(e),
        };
        Ok(Cache {
            dir: dir.to_path_buf(),
            before,
            used: Mutex::default(),
            pages: Mutex::default(),
            taken: AtomicUsize::new(0),
            made: AtomicUsize::new(0),
            problem: Mutex::new(None),
            temp: AtomicU64::new(0),
        })
    }

    fn file(&self, key: &Key, n: usize) -> PathBuf {
        self.dir.join("files").join(name(key, n, None))
    }

    /// Notes a problem for the report (the first one is kept).
    pub fn note(&self, problem: String) {
        self.problem
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_or_insert(problem);
    }

    /// The files stored under `key`, as `(path, bytes)`, each checked against the index;
    /// `None` when there are none or one does not match (then they are made again).
    pub fn get(&self, key: &Key) -> Option<Vec<(String, Vec<u8>)>> {
        let mut files = Vec::new();
        match self.replay(key, &mut |path, bytes| files.push((path, bytes))) {
            Replay::Done => Some(files),
            _ => None,
        }
    }

    /// Hands each file stored under `key` to `each` as soon as it is read and checked
    /// against the index, without holding them all in memory. Stops at the first file that
    /// is missing or does not match: [`Replay::Partly`] then says which files were handed
    /// on (each of them right, so whoever makes the rest may leave those out).
    pub fn replay(&self, key: &Key, each: &mut dyn FnMut(String, Vec<u8>)) -> Replay {
        let Some(stored) = self.before.get(key) else {
            return Replay::Missing;
        };
        let mut handed = std::collections::HashSet::new();
        for (n, entry) in stored.iter().enumerate() {
            let file = self
                .dir
                .join("files")
                .join(name(key, n, entry.page.as_ref()));
            let bytes = fs::read(file).unwrap_or_default();
            if bytes.len() as u64 != entry.size || checksum(&bytes) != entry.hash {
                return if handed.is_empty() {
                    Replay::Missing
                } else {
                    Replay::Partly(handed)
                };
            }
            self.taken.fetch_add(1, Ordering::Relaxed);
            handed.insert(entry.path.clone());
            each(entry.path.clone(), bytes);
        }
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        // The pages an output's files refer to stay, for a later build that makes the
        // output again but finds most pages unchanged.
        for entry in stored {
            if let Some(page) = entry.page {
                let own = Stored {
                    page: None,
                    ..entry.clone()
                };
                used.insert(page, vec![own]);
            }
        }
        used.insert(*key, stored.clone());
        Replay::Done
    }

    /// The one file of the page `key`, which is at `path` in the site; remembered so that
    /// the output the page is part of refers to it instead of storing it again.
    pub fn get_page(&self, key: &Key, path: &str) -> Option<Vec<u8>> {
        let (stored, bytes) = self.get(key)?.pop()?;
        if stored != path {
            return None;
        }
        self.remember_page(key, path, &bytes);
        Some(bytes)
    }

    /// Stores the page `key` at `path`.
    pub fn put_page(&self, key: &Key, path: &str, bytes: &[u8]) {
        self.put(key, &[(path, bytes)]);
        self.remember_page(key, path, bytes);
    }

    fn remember_page(&self, key: &Key, path: &str, bytes: &[u8]) {
        self.pages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path.to_string(), (*key, checksum(bytes)));
    }

    /// Stores `files` (`(path, bytes)`) under `key`.
    pub fn put(&self, key: &Key, files: &[(&str, &[u8])]) {
        let pending = self.pending(key);
        for (path, bytes) in files {
            pending.add(path, bytes);
        }
        pending.commit();
    }

    /// Starts storing the files of `key` one by one, as they are made, without keeping them
    /// in memory; they count only once [`Pending::commit`] is called.
    pub fn pending(&self, key: &Key) -> Pending<'_> {
        Pending {
            cache: self,
            key: *key,
            files: Mutex::new(Some(Vec::new())),
        }
    }

    /// Writes `bytes` to `path` atomically: to a temporary name beside it, then renamed.
    fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let n = self.temp.fetch_add(1, Ordering::Relaxed);
        let temp = self
            .dir
            .join("files")
            .join(format!(".tmp-{}-{n}", std::process::id()));
        let written = fs::File::create(&temp).and_then(|mut f| f.write_all(bytes));
        match written.and_then(|_| fs::rename(&temp, path)) {
            Ok(()) => Ok(()),
            Err(e) => {
                let _ = fs::remove_file(&temp);
                Err(e)
            }
        }
    }

    /// After a build that was written: saves the index of what this build used and removes
    /// every other file in the folder's `files/`, so that the cache holds one build at most.
    pub fn finish(self) -> CacheUse {
        let used = self.used.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut keys: Vec<&Key> = used.keys().collect();
        keys.sort();
        let mut index = String::from(FORMAT);
        index.push('\n');
        let mut keep = std::collections::HashSet::new();
        for key in keys {
            index.push_str(&format!("k {}\n", hex(key)));
            for (n, file) in used[key].iter().enumerate() {
                let (size, hash, path) = (file.size, file.hash, &file.path);
                match &file.page {
                    Some(page) => {
                        index.push_str(&format!("r {} {size} {hash:x} {path}\n", hex(page)))
                    }
                    None => index.push_str(&format!("f {size} {hash:x} {path}\n")),
                }
                keep.insert(name(key, n, file.page.as_ref()));
            }
        }
        let mut problem = self.problem.into_inner().unwrap_or_else(|e| e.into_inner());
        let temp = self.dir.join(format!(".index-{}", std::process::id()));
        let saved = fs::write(&temp, index).and_then(|_| fs::rename(&temp, self.dir.join("index")));
        if let Err(e) = saved {
            let _ = fs::remove_file(&temp);
            problem.get_or_insert(e.to_string());
        }
        if let Ok(entries) = fs::read_dir(self.dir.join("files")) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if !keep.contains(&name) {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
        CacheUse {
            taken: self.taken.into_inner(),
            problem,
        }
    }

    /// What this build did with the cache so far, when it stops without [`Cache::finish`].
    pub fn usage(&self) -> CacheUse {
        CacheUse {
            taken: self.taken.load(Ordering::Relaxed),
            problem: self
                .problem
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_file_comes_back_and_a_damaged_one_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let (one, two) = ([1u8; 32], [2u8; 32]);
        let cache = Cache::open(dir.path()).unwrap();
        assert!(cache.get(&one).is_none());
        cache.put(&one, &[("a/index.html", b"hello")]);
        cache.put(&two, &[("x.csv", b"1,2"), ("y.csv", b"3")]);
        cache.finish();
        let cache = Cache::open(dir.path()).unwrap();
        assert_eq!(
            cache.get(&two).unwrap(),
            [
                ("x.csv".to_string(), b"1,2".to_vec()),
                ("y.csv".to_string(), b"3".to_vec())
            ]
        );
        // Same size, other bytes: the checksum finds it.
        fs::write(cache.file(&one, 0), b"jello").unwrap();
        assert!(cache.get(&one).is_none());
        assert_eq!(cache.finish().taken, 2);
        // Only what the last build used is kept.
        let cache = Cache::open(dir.path()).unwrap();
        assert!(cache.get(&one).is_none());
        assert!(!cache.file(&one, 0).exists());
        assert!(cache.get(&two).is_some());
    }

    #[test]
    fn a_damaged_index_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("index"), "mienskip-cache 1\nf 1 0 x\n").unwrap();
        let cache = Cache::open(dir.path()).unwrap();
        assert!(cache.before.is_empty());
    }
}
