//! Git trees restricted to the site's sources (`content/`, `data/`, `site.yaml`): which
//! files two trees hold differently, every source file of one tree, and the source files of
//! the work tree. Subtrees with the same id on both sides are never opened, which is what
//! keeps a walk over a long history fast.

use std::collections::BTreeMap;
use std::path::Path;

type Error = Box<dyn std::error::Error + Send + Sync>;

/// A file two trees hold differently: its blob before and after (`None`: not there).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Changed {
    pub path: String,
    pub old: Option<gix::ObjectId>,
    pub new: Option<gix::ObjectId>,
}

/// Whether a top-level entry holds sources.
fn is_source_top(name: &str, is_tree: bool) -> bool {
    if is_tree {
        name == "content" || name == "data"
    } else {
        name == "site.yaml"
    }
}

/// A tree's entries: name, whether a folder, the object. Only folders and plain files
/// (executable or not); links and submodules are not sources.
fn entries(
    repo: &gix::Repository,
    tree: Option<gix::ObjectId>,
) -> Result<BTreeMap<String, (bool, gix::ObjectId)>, Error> {
    let mut out = BTreeMap::new();
    let Some(tree) = tree else { return Ok(out) };
    let tree = repo.find_tree(tree)?;
    for entry in tree.decode()?.entries {
        let is_tree = entry.mode.is_tree();
        if !(is_tree || entry.mode.is_blob() || entry.mode.is_executable()) {
            continue;
        }
        let Ok(name) = std::str::from_utf8(entry.filename) else {
            continue;
        };
        out.insert(name.to_string(), (is_tree, entry.oid.to_owned()));
    }
    Ok(out)
}

/// Adds to `out` every source file that the trees `old` and `new` hold differently, under
/// the folder `prefix` (`""` for the top, where only the sources are looked at).
pub fn diff(
    repo: &gix::Repository,
    old: Option<gix::ObjectId>,
    new: Option<gix::ObjectId>,
    prefix: &str,
    out: &mut Vec<Changed>,
) -> Result<(), Error> {
    if old == new {
        return Ok(());
    }
    let before = entries(repo, old)?;
    let after = entries(repo, new)?;
    let names: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    for name in names {
        let a = before.get(name).copied();
        let b = after.get(name).copied();
        if a == b {
            continue;
        }
        let top_ok = |side: Option<(bool, gix::ObjectId)>| {
            side.is_some_and(|(is_tree, _)| !prefix.is_empty() || is_source_top(name, is_tree))
        };
        if !top_ok(a) && !top_ok(b) {
            continue;
        }
        let path = format!("{prefix}{name}");
        let tree_of = |side: Option<(bool, gix::ObjectId)>| side.filter(|s| s.0).map(|s| s.1);
        let blob_of = |side: Option<(bool, gix::ObjectId)>| side.filter(|s| !s.0).map(|s| s.1);
        let (old_tree, new_tree) = (
            tree_of(a).filter(|_| top_ok(a)),
            tree_of(b).filter(|_| top_ok(b)),
        );
        if old_tree.is_some() || new_tree.is_some() {
            diff(repo, old_tree, new_tree, &format!("{path}/"), out)?;
        }
        let (old_blob, new_blob) = (
            blob_of(a).filter(|_| top_ok(a)),
            blob_of(b).filter(|_| top_ok(b)),
        );
        if old_blob != new_blob {
            out.push(Changed {
                path,
                old: old_blob,
                new: new_blob,
            });
        }
    }
    Ok(())
}

/// Every source file of the tree `tree`, with its blob.
pub fn sources(
    repo: &gix::Repository,
    tree: gix::ObjectId,
) -> Result<BTreeMap<String, gix::ObjectId>, Error> {
    let mut changed = Vec::new();
    diff(repo, None, Some(tree), "", &mut changed)?;
    Ok(changed
        .into_iter()
        .filter_map(|c| Some((c.path, c.new?)))
        .collect())
}

/// Every source file in the work tree at `root` (plain files, links not followed), as
/// paths relative to `root` with `/`.
pub fn work_tree_sources(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if root.join("site.yaml").is_file() {
        out.push("site.yaml".to_string());
    }
    for folder in ["content", "data"] {
        for entry in walkdir::WalkDir::new(root.join(folder))
            .follow_links(false)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
        {
            let Ok(relative) = entry.path().strip_prefix(root) else {
                continue;
            };
            let parts: Option<Vec<&str>> = relative.iter().map(|p| p.to_str()).collect();
            if let Some(parts) = parts {
                out.push(parts.join("/"));
            }
        }
    }
    out.sort();
    out
}
