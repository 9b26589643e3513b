//! The site as it was at each `data-*` tag: the tag's files (read from Git by
//! `load::history`) are laid out in a private temporary folder, read by the ordinary loader
//! and resolved like the site itself, with the tag's commit as the build moment and the
//! history as of the tag as the dates, so that a version's files are the same in every
//! build. A tag whose files do not load (an older content format, say) is left out with a
//! warning; the site itself still builds.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::history::{History, Version};
use crate::model::VersionSite;
use std::sync::Arc;

/// Every version of `history` that loads, newest first.
pub fn resolve(history: &History, diags: &mut Diagnostics) -> Vec<VersionSite> {
    history
        .versions
        .iter()
        .filter_map(|v| match one(v) {
            Ok(site) => Some(VersionSite {
                tag: v.tag.clone(),
                commit: v.commit.clone(),
                site: Arc::new(site),
            }),
            Err(reason) => {
                diags.push(Diagnostic::warning(
                    ".git",
                    None,
                    match reason {
                        Unbuilt::LaidOut(reason) => crate::msg!(
                            "history-tag-not-laid-out",
                            tag = v.tag.as_str(),
                            reason = reason
                        ),
                        Unbuilt::Errors(first) => crate::msg!(
                            "history-tag-has-errors",
                            tag = v.tag.as_str(),
                            first = first
                        ),
                    },
                ));
                None
            }
        })
        .collect()
}

/// Whether a path from a Git tree may be written under the temporary folder: plain names,
/// none of them `.`, `..` or starting with `.git`.
fn is_safe_path(path: &str) -> bool {
    path.split('/').all(|part| {
        !part.is_empty()
            && part != "."
            && part != ".."
            && !part.starts_with(".git")
            && !part.contains(['\\', '\0'])
    })
}

/// Why a version was not built.
enum Unbuilt {
    /// Its files could not be written to a temporary folder, for this reason.
    LaidOut(String),
    /// Its files have errors; the first, with its file.
    Errors(String),
}

fn one(version: &Version) -> Result<crate::model::Site, Unbuilt> {
    let folder = tempfile::tempdir().map_err(|e| Unbuilt::LaidOut(e.to_string()))?;
    for (path, bytes) in &version.files {
        if !is_safe_path(path) {
            continue;
        }
        let target = folder.path().join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| Unbuilt::LaidOut(format!("{path}: {e}")))?;
        }
        std::fs::write(&target, bytes).map_err(|e| Unbuilt::LaidOut(format!("{path}: {e}")))?;
    }
    let (mut sources, mut diags) = crate::load::load_tree(folder.path());
    sources.history = Arc::new(History {
        from_git: true,
        committed: version.committed.clone(),
        ..History::default()
    });
    let site = super::resolve(sources, version.time, super::Drafts::LeftOut, &mut diags);
    match site.filter(|_| !diags.has_errors()) {
        Some(site) => Ok(site),
        None => {
            let first = diags
                .sorted()
                .into_iter()
                .find(|d| d.severity == crate::diagnostics::Severity::Error)
                .map(|d| format!("{}: {}", d.path, d.message))
                .unwrap_or_default();
            Err(Unbuilt::Errors(first))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_paths_are_written() {
        assert!(is_safe_path("content/rooms/a.md"));
        assert!(!is_safe_path("content/../x"));
        assert!(!is_safe_path("/etc/passwd"));
        assert!(!is_safe_path("content/.git/config"));
        assert!(!is_safe_path("content//a"));
    }
}
