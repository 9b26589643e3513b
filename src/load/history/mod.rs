//! The site's Git history, read with `gix` from the object database only: the date of the
//! last commit that changed each source file, the field-level changes of a recent window
//! ([`fields`]) and the sources at each `data-*` tag ([`versions`]). One bounded walk from
//! `HEAD`, newest first, that compares each commit's trees with its parents' under
//! `content/`, `data/` and `site.yaml` only.
//!
//! The site root must be the top of a work tree (where `.git` is). Anywhere else (a copy, a
//! folder inside another repository, a shallow clone whose history is cut) the dates fall
//! back to the build date (`SOURCE_DATE_EPOCH`, or today), with one warning, except outside
//! a repository with `SOURCE_DATE_EPOCH` set: that variable then says when the sources last
//! changed. Only the top counts, so that a fixture site inside mienskip's own repository is
//! not dated by commits to the repository around it.

pub mod fields;
mod trees;
mod versions;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::limits::{MAX_CHANGE_COMMITS, MAX_CHANGE_ROWS, MAX_HISTORY_COMMITS};
use crate::model::history::History;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub use crate::model::ChangesWindow as Window;

/// Where the history's one warning points, when there is a repository.
const WHERE: &str = ".git";

/// Reads the history of the repository whose work tree is `root`. Without one (or in a
/// shallow clone) the history is empty and `diags` gets one warning saying so. For the
/// `preview`, without the sources of the `data-*` tags and without warnings.
pub fn read(root: &Path, window: Window, preview: bool, diags: &mut Diagnostics) -> History {
    let mut warnings = Diagnostics::new();
    let history = read_with(root, window, !preview, &mut warnings);
    if !preview {
        diags.extend(warnings);
    }
    history
}

fn read_with(root: &Path, window: Window, with_versions: bool, diags: &mut Diagnostics) -> History {
    if !root.join(".git").exists() {
        // With SOURCE_DATE_EPOCH set, the sources' date is given on purpose (that variable
        // is, by its specification, the sources' last modification), as in a build from a
        // release archive or in the tests' copies of fixture sites: nothing to warn about.
        if std::env::var_os("SOURCE_DATE_EPOCH").is_none() {
            // There is no `.git` to point at: the warning is about the folder of site.yaml.
            diags.push(Diagnostic::warning(
                "site.yaml",
                None,
                crate::msg!("history-not-a-repository"),
            ));
        }
        return History::default();
    }
    let repo = match gix::open_opts(root, gix::open::Options::isolated()) {
        Ok(repo) => repo,
        Err(e) => {
            diags.push(Diagnostic::warning(
                WHERE,
                None,
                crate::msg!("history-unreadable-repository", reason = e.to_string()),
            ));
            return History::default();
        }
    };
    if repo.is_shallow() {
        diags.push(Diagnostic::warning(
            WHERE,
            None,
            crate::msg!("history-shallow"),
        ));
        return History::default();
    }
    let Ok(head) = repo.head_id() else {
        diags.push(Diagnostic::warning(
            WHERE,
            None,
            crate::msg!("history-no-commit"),
        ));
        return History::default();
    };
    match walk(&repo, head.detach(), window, true) {
        Ok(mut walked) => {
            uncommitted(root, &walked.head_files, &mut walked.history);
            if walked.cut_off {
                diags.push(Diagnostic::warning(
                    WHERE,
                    None,
                    crate::msg!("history-cut-off", limit = MAX_HISTORY_COMMITS),
                ));
            }
            if with_versions {
                walked.history.versions = versions::read(&repo, diags);
            }
            walked.history
        }
        Err(e) => {
            diags.push(Diagnostic::warning(
                WHERE,
                None,
                crate::msg!("history-unreadable-log", reason = e.to_string()),
            ));
            History::default()
        }
    }
}

/// What one walk found.
struct Walked {
    history: History,
    /// The blob of every source file in the walked commit, by path.
    head_files: BTreeMap<String, gix::ObjectId>,
    /// Whether the walk stopped at [`MAX_HISTORY_COMMITS`] with files left undated.
    cut_off: bool,
}

type Error = Box<dyn std::error::Error + Send + Sync>;

/// Walks the history from `tip`, newest first: each source file's last change, and with
/// `with_changes` the field-level changes of the commits in `window`. Stops once every file
/// of `tip` is dated and the window is past, or at [`MAX_HISTORY_COMMITS`].
fn walk(
    repo: &gix::Repository,
    tip: gix::ObjectId,
    window: Window,
    with_changes: bool,
) -> Result<Walked, Error> {
    let tip_commit = repo.find_commit(tip)?;
    let tip_time = tip_commit.time()?.seconds;
    let head_files = trees::sources(repo, tip_commit.tree_id()?.detach())?;
    // The window is counted back from the built commit, not from the build date, so that a
    // rebuild of the same commit a day later lists the same changes.
    let window_start = tip_time - i64::from(window.days) * 86_400;
    let max_commits = window.max_commits.min(MAX_CHANGE_COMMITS);
    let mut history = History {
        from_git: true,
        ..History::default()
    };
    let mut undated: BTreeSet<&str> = head_files.keys().map(String::as_str).collect();
    let mut in_window = 0usize;
    let mut oldest = None;
    let mut cut_off = false;
    let commits = repo
        .rev_walk([tip])
        .sorting(gix::revision::walk::Sorting::ByCommitTime(
            gix::traverse::commit::simple::CommitTimeOrder::NewestFirst,
        ))
        .all()?;
    for (count, info) in commits.enumerate() {
        let info = info?;
        let time = info.commit_time();
        let changes_wanted = with_changes && time >= window_start && in_window < max_commits;
        if undated.is_empty() && !changes_wanted {
            break;
        }
        if count >= MAX_HISTORY_COMMITS {
            cut_off = !undated.is_empty();
            break;
        }
        let commit = repo.find_commit(info.id)?;
        let tree = commit.tree_id()?.detach();
        let parents: Vec<gix::ObjectId> = info.parent_ids().map(|id| id.detach()).collect();
        let mut parent_trees = Vec::new();
        for parent in &parents {
            parent_trees.push(Some(repo.find_commit(*parent)?.tree_id()?.detach()));
        }
        if parent_trees.is_empty() {
            parent_trees.push(None);
        }
        // A merge changed a file only where the file differs from every parent: otherwise
        // the change is a commit on one side, which the walk reaches on its own.
        let mut changed: Option<BTreeSet<trees::Changed>> = None;
        for parent in &parent_trees {
            let mut these = Vec::new();
            trees::diff(repo, *parent, Some(tree), "", &mut these)?;
            let these: BTreeSet<trees::Changed> = these.into_iter().collect();
            changed = Some(match changed {
                None => these,
                Some(before) => before
                    .into_iter()
                    .filter(|c| these.iter().any(|t| t.path == c.path))
                    .collect(),
            });
        }
        let changed = changed.unwrap_or_default();
        let stamp = jiff::Timestamp::from_second(time).unwrap_or_default();
        oldest = Some(stamp);
        for c in &changed {
            if undated.remove(c.path.as_str()) {
                history.committed.insert(c.path.clone(), stamp);
            }
        }
        if changes_wanted && !changed.is_empty() {
            in_window += 1;
            if parents.len() <= 1 && history.changes.len() < MAX_CHANGE_ROWS {
                let about = fields::Commit::of(&commit, info.id, stamp);
                for c in &changed {
                    history.changes.extend(fields::changes(repo, &about, c));
                }
                history.changes.truncate(MAX_CHANGE_ROWS);
            }
        }
    }
    if let Some(oldest) = oldest {
        for path in undated {
            history.committed.insert(path.to_string(), oldest);
        }
    }
    Ok(Walked {
        history,
        head_files,
        cut_off,
    })
}

/// Adds to `history.uncommitted` every source file in the work tree whose content is not
/// the walked commit's: edited since, or new. Their date is the build's.
fn uncommitted(root: &Path, head: &BTreeMap<String, gix::ObjectId>, history: &mut History) {
    for path in trees::work_tree_sources(root) {
        let same = std::fs::read(root.join(&path)).ok().and_then(|bytes| {
            let id = gix::objs::compute_hash(gix::hash::Kind::Sha1, gix::objs::Kind::Blob, &bytes)
                .ok()?;
            Some(head.get(&path) == Some(&id))
        });
        if same != Some(true) {
            history.uncommitted.insert(path);
        }
    }
}
