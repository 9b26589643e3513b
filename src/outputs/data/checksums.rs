//! SHA-256 checksums of the open data: `hash` and `bytes` of each resource in
//! `datapackage.json`, and `data/SHA256SUMS` over every other file in `data/`, so that a
//! journalist can check a download with `sha256sum -c SHA256SUMS`.

use sha2::{Digest as _, Sha256};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The name of the checksum list, under [`super::DATA_DIR`].
pub const SUMS_FILE: &str = "SHA256SUMS";

/// The SHA-256 of a file as 64 lower-case hex digits, and its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    pub sha256: String,
    pub bytes: u64,
}

impl Digest {
    pub fn of(bytes: &[u8]) -> Digest {
        let hash = Sha256::digest(bytes);
        let mut sha256 = String::with_capacity(64);
        for byte in hash.iter() {
            let _ = write!(sha256, "{byte:02x}");
        }
        Digest {
            sha256,
            bytes: bytes.len() as u64,
        }
    }

    /// The Frictionless form, `sha256:<hex>` (the spec's `{algorithm}:{hash}`; a bare hex
    /// value would be read as MD5).
    pub fn frictionless(&self) -> String {
        format!("sha256:{}", self.sha256)
    }
}

/// `SHA256SUMS` in the format `sha256sum` writes and `sha256sum -c` reads: the hash, two
/// spaces (text mode, as GNU coreutils writes by default) and the path relative to
/// `data/`, one file a line, sorted by path.
pub fn sums(files: &BTreeMap<String, Digest>) -> String {
    let mut text = String::new();
    for (path, digest) in files {
        let _ = writeln!(text, "{}  {path}", digest.sha256);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digest() {
        // `printf abc | sha256sum`
        let d = Digest::of(b"abc");
        assert_eq!(
            d.sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(d.bytes, 3);
        assert!(d.frictionless().starts_with("sha256:ba78"));
        let mut files = BTreeMap::new();
        files.insert("b.csv".to_string(), Digest::of(b""));
        files.insert("a.csv".to_string(), d);
        assert_eq!(
            sums(&files),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a.csv\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  b.csv\n"
        );
    }
}
