//! Finding the content files under a site root: each one with the job of reading it, and
//! the files that are in the wrong place or have names that cannot be ids.

use super::{files, Job, Kind};
use crate::diagnostics::{suggestion, Diagnostic, Diagnostics};
use crate::model::is_valid_id;
use std::path::Path;

/// The content files a walk of the folders found, and what the walk reported.
pub(super) type Found = (Vec<(String, Job)>, Diagnostics);

/// Lists the content files in a fixed order, reporting files that are in the wrong place
/// or have names that cannot be ids.
pub(super) fn find_files(root: &Path, diags: &mut Diagnostics) -> Vec<(String, Job)> {
    let mut jobs = Vec::new();
    let content = root.join("content");
    if !content.is_dir() {
        diags.push(Diagnostic::error(
            "content",
            None,
            crate::msg!("file-no-content-folder"),
        ));
    }
    let folders: Vec<&str> = Kind::ALL.iter().map(|k| k.folder()).collect();
    for entry in sorted_entries(root, &content, diags) {
        let relative = relative_path(root, &entry.path);
        let name = file_name(&entry.path);
        if name.starts_with('.') {
            continue;
        }
        let Some(kind) = Kind::ALL.iter().copied().find(|k| k.folder() == name) else {
            let hint = suggestion(&name, folders.iter().copied());
            diags.push(Diagnostic::error(
                &relative,
                None,
                crate::msg!(
                    "file-not-a-content-folder",
                    name = name.as_str(),
                    folders = folders.join(", "),
                    hint = hint
                ),
            ));
            continue;
        };
        if !entry.is_dir {
            continue;
        }
        for file in sorted_entries(root, &entry.path, diags) {
            let relative = relative_path(root, &file.path);
            let name = file_name(&file.path);
            if name.starts_with('.') {
                continue;
            }
            let Some(stem) = name.strip_suffix(".md").filter(|_| !file.is_dir) else {
                diags.push(Diagnostic::error(
                    &relative,
                    None,
                    crate::msg!("file-only-markdown"),
                ));
                continue;
            };
            let (id, language) = match stem.split_once('.') {
                Some((id, language)) => (id.to_string(), Some(language.to_string())),
                None => (stem.to_string(), None),
            };
            if !is_valid_id(&id) {
                diags.push(Diagnostic::error(
                    &relative,
                    None,
                    crate::msg!(
                        "file-invalid-id-markdown",
                        id = id.as_str(),
                        suggestion = suggest_id(&id)
                    ),
                ));
                continue;
            }
            jobs.push((relative, Job::Markdown { kind, id, language }));
        }
    }
    let budgets = root.join("data").join("budgets");
    for file in sorted_entries(root, &budgets, diags) {
        let relative = relative_path(root, &file.path);
        let name = file_name(&file.path);
        if name.starts_with('.') {
            continue;
        }
        let Some(id) = name
            .strip_suffix(".yaml")
            .or_else(|| name.strip_suffix(".yml"))
            .filter(|_| !file.is_dir)
        else {
            diags.push(Diagnostic::error(
                &relative,
                None,
                crate::msg!("file-only-budget-yaml"),
            ));
            continue;
        };
        if !is_valid_id(id) {
            diags.push(Diagnostic::error(
                &relative,
                None,
                crate::msg!(
                    "file-invalid-id-budget",
                    id = id,
                    suggestion = suggest_id(id)
                ),
            ));
            continue;
        }
        jobs.push((relative, Job::Budget { id: id.to_string() }));
    }
    jobs
}

/// A valid id close to what the editor wrote, for the error message.
pub fn suggest_id(name: &str) -> String {
    let id = crate::text::slug::slug(name);
    if id.is_empty() {
        "naam".to_string()
    } else {
        id
    }
}

/// The files and folders directly in `dir`, sorted, through [`files::walk`]: a link out of
/// the site root is reported, not listed. Hidden names are skipped by the callers, never
/// read, so a problem with one is no problem.
fn sorted_entries(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<files::Entry> {
    let (entries, problems) = files::walk(root, dir, 1);
    for problem in problems.into_iter().filter(|p| !files::is_hidden(&p.path)) {
        diags.push(Diagnostic::error(
            &relative_path(root, &problem.path),
            None,
            problem.message,
        ));
    }
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A path relative to the site root with `/` separators, as shown to editors.
pub fn relative_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_ids() {
        assert_eq!(suggest_id("De Klomp"), "de-klomp");
        assert_eq!(suggest_id("Café_Noord!"), "cafe-noord");
    }
}
