//! What the tests of writing compare: a folder's whole contents, and the names in it.
//! Compiled only for tests: by `output`'s unit tests, and by the integration tests, whose
//! `tests/testsuite/common.rs` includes this file, so the two never drift apart.

use std::fs;
use std::path::Path;

/// Every entry under `dir`, folders too, files with their bytes, sorted: what a refused
/// or failed build must leave as it was.
pub fn everything(dir: &Path) -> Vec<(String, Option<Vec<u8>>)> {
    let mut all: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .map(|e| {
            let path = e.path().strip_prefix(dir).unwrap().display().to_string();
            let bytes = e.file_type().is_file().then(|| fs::read(e.path()).unwrap());
            (path, bytes)
        })
        .collect();
    all.sort();
    all
}

/// The names of the entries directly in `dir`, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
