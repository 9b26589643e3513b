//! What the site's Git history says: when each file last changed, what changed field by
//! field in a recent window, and the open data's files at each `data-*` tag. Read by
//! `load::history`; no I/O here.

use std::collections::{BTreeMap, BTreeSet};

/// The history of the site root, or nothing when it is not a full Git repository.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// Whether the dates come from Git. Without it every file's date is the build date.
    pub from_git: bool,
    /// The moment of the last commit that changed each file (a path like
    /// `content/rooms/a.md`), for the files in the commit that was built.
    pub committed: BTreeMap<String, jiff::Timestamp>,
    /// Files whose content differs from that commit (edited, or not committed yet): their
    /// date is the build date, as they are as new as the build.
    pub uncommitted: BTreeSet<String>,
    /// Field-level changes, newest first.
    pub changes: Vec<Change>,
    /// The open data's sources at each `data-*` tag, by tag name.
    pub versions: Vec<Version>,
}

impl History {
    /// When the file at `path` last changed: its last commit, or `None` when that is the
    /// build (no history, or a change not committed yet).
    pub fn modified(&self, path: &str) -> Option<jiff::Timestamp> {
        if self.uncommitted.contains(path) {
            return None;
        }
        self.committed.get(path).copied()
    }
}

/// One field of one item that one commit changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub time: jiff::Timestamp,
    /// The commit's full id (hexadecimal).
    pub commit: String,
    /// The first line of the commit's message (untrusted text; bounded).
    pub message: String,
    /// The author's name (never the e-mail address; untrusted text; bounded).
    pub author: String,
    /// The file, like `data/budgets/plan.yaml`.
    pub file: String,
    /// `room`, `area`, `initiative`, `organisation`, `page` or `budget`.
    pub kind: &'static str,
    pub id: String,
    /// What happened to the file: `added`, `changed` or `removed`.
    pub change: &'static str,
    /// The field, dotted (`lines.Huur.amounts.2025`); `(file)` for a file added or removed,
    /// `body` for a Markdown text (whose values are not shown).
    pub field: String,
    pub old: String,
    pub new: String,
}

impl Change {
    /// The commit's short id: its first 10 hexadecimal digits.
    pub fn short(&self) -> &str {
        &self.commit[..self.commit.len().min(10)]
    }
}

/// The sources of the open data at one `data-*` tag.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    /// The tag's name, checked to be a safe slug (`data-2025-01`).
    pub tag: String,
    pub commit: String,
    /// The tagged commit's moment: the version's build time.
    pub time: jiff::Timestamp,
    /// Every file under `content/`, `data/` and `site.yaml` at the tag, by path.
    pub files: BTreeMap<String, Vec<u8>>,
    /// When each of those files last changed, as of the tag.
    pub committed: BTreeMap<String, jiff::Timestamp>,
}
