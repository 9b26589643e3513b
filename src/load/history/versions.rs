//! The sources at each `data-*` tag, for the citable versions of the open data under
//! `/data/versies/<tag>/`: the tagged tree's `content/`, `data/` and `site.yaml`, read from
//! the object database, with each file's last change as of the tag. Tag names are untrusted
//! (anyone may push one): only a safe slug becomes a folder name.

use super::{trees, walk, Window};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::limits::{MAX_VERSIONS, MAX_VERSION_SOURCE_BYTES};
use crate::model::history::Version;
use std::collections::BTreeMap;

/// The prefix of the tags that publish a version.
pub const PREFIX: &str = "data-";

/// Whether `tag` may name a folder of the site: `data-` and then lower-case letters,
/// digits and single hyphens, at most 64 characters.
pub fn is_safe_tag(tag: &str) -> bool {
    let Some(rest) = tag.strip_prefix(PREFIX) else {
        return false;
    };
    tag.len() <= 64 && crate::model::is_valid_id(rest) && !rest.contains("--")
}

/// Every `data-*` tag's version, newest first, at most [`MAX_VERSIONS`]. A tag with an
/// unsafe name, or one that cannot be read, is left out with a warning.
pub fn read(repo: &gix::Repository, diags: &mut Diagnostics) -> Vec<Version> {
    let mut tagged: Vec<(String, gix::ObjectId, jiff::Timestamp)> = Vec::new();
    let Ok(references) = repo.references() else {
        return Vec::new();
    };
    let Ok(tags) = references.prefixed("refs/tags/data") else {
        return Vec::new();
    };
    for reference in tags.flatten() {
        let mut reference = reference;
        let name = reference.name().shorten().to_string();
        if !name.starts_with(PREFIX) {
            continue;
        }
        if !is_safe_tag(&name) {
            diags.push(Diagnostic::warning(
                ".git",
                None,
                crate::msg!(
                    "history-unsafe-tag",
                    tag = crate::load::history::fields::clean(&name, 80)
                ),
            ));
            continue;
        }
        let Ok(commit) = reference.peel_to_commit() else {
            continue;
        };
        let Ok(time) = commit.time() else { continue };
        let time = jiff::Timestamp::from_second(time.seconds).unwrap_or_default();
        tagged.push((name, commit.id, time));
    }
    tagged.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    if tagged.len() > MAX_VERSIONS {
        diags.push(Diagnostic::warning(
            ".git",
            None,
            crate::msg!(
                "history-too-many-tags",
                count = tagged.len(),
                limit = MAX_VERSIONS
            ),
        ));
        tagged.truncate(MAX_VERSIONS);
    }
    let mut versions = Vec::new();
    for (tag, commit, time) in tagged {
        match version(repo, &tag, commit, time) {
            Ok(v) => versions.push(v),
            Err(e) if e.is::<TooLarge>() => diags.push(Diagnostic::warning(
                ".git",
                None,
                crate::msg!(
                    "history-tag-too-large",
                    tag = tag.as_str(),
                    limit = MAX_VERSION_SOURCE_BYTES
                ),
            )),
            Err(e) => diags.push(Diagnostic::warning(
                ".git",
                None,
                crate::msg!(
                    "history-tag-unreadable",
                    tag = tag.as_str(),
                    reason = e.to_string()
                ),
            )),
        }
    }
    versions
}

fn version(
    repo: &gix::Repository,
    tag: &str,
    commit: gix::ObjectId,
    time: jiff::Timestamp,
) -> Result<Version, Box<dyn std::error::Error + Send + Sync>> {
    let tree = repo.find_commit(commit)?.tree_id()?.detach();
    let mut files = BTreeMap::new();
    let mut total = 0u64;
    for (path, blob) in trees::sources(repo, tree)? {
        let data = repo.find_blob(blob)?.data.clone();
        total += data.len() as u64;
        if total > MAX_VERSION_SOURCE_BYTES {
            return Err(Box::new(TooLarge));
        }
        files.insert(path, data);
    }
    let walked = walk(repo, commit, Window::default(), false)?;
    Ok(Version {
        tag: tag.to_string(),
        commit: commit.to_string(),
        time,
        files,
        committed: walked.history.committed,
    })
}

/// A tag's files are larger than [`MAX_VERSION_SOURCE_BYTES`]; its message says so.
#[derive(Debug)]
struct TooLarge;

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "larger than {MAX_VERSION_SOURCE_BYTES} bytes")
    }
}

impl std::error::Error for TooLarge {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_tags() {
        assert!(is_safe_tag("data-2025-01"));
        assert!(is_safe_tag("data-v1"));
        assert!(!is_safe_tag("data-"));
        assert!(!is_safe_tag("data-../x"));
        assert!(!is_safe_tag("data-A"));
        assert!(!is_safe_tag("data-a--b"));
        assert!(!is_safe_tag("data-<script>"));
        assert!(!is_safe_tag("v1"));
    }
}
