//! Refuses an output folder whose replacement would delete the site's own sources: the root,
//! a folder around it, a folder inside what the build reads, or a folder that holds another
//! site or a Git repository. Checked before anything is read or written.

use crate::messages::Message;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// What the build reads from the site root; replacing any of these, or a folder that holds
/// one of them, would delete the sources.
const INPUTS: [&str; 5] = ["site.yaml", "content", "data", "themes", ".git"];

/// What an output folder must not already hold: it would be another site's sources or a Git
/// repository, all deleted when the new site takes the folder's place.
const SOURCES: [&str; 3] = ["site.yaml", "content", ".git"];

/// Why an output folder is refused. Shown after `mienskip: `.
#[derive(Debug)]
pub struct UnsafeOutput {
    /// The output folder as it was given.
    pub output: PathBuf,
    pub reason: Reason,
}

#[derive(Debug)]
pub enum Reason {
    /// The output folder is the site root.
    IsRoot,
    /// The output folder holds the site root.
    ContainsRoot { root: PathBuf },
    /// The output folder is something the build reads (`content/`, `site.yaml`, ...).
    IsInput { input: &'static str },
    /// The output folder lies inside something the build reads.
    InsideInput { input: &'static str },
    /// The output folder holds something the build reads (through a symbolic link).
    ContainsInput { input: &'static str },
    /// The output folder already holds `site.yaml`, `content/` or `.git`.
    HoldsSources { entry: &'static str },
    /// The output is a file.
    NotAFolder,
    /// The path could not be followed (permissions, a loop of links).
    Unresolvable(io::Error),
}

impl UnsafeOutput {
    /// Why the folder is refused, and what to pass instead.
    pub fn message(&self) -> Message {
        let output = self.output.display().to_string();
        let instead = crate::msg!("output-instead").text();
        match &self.reason {
            Reason::IsRoot => crate::msg!("output-is-root", output = output, instead = instead),
            Reason::ContainsRoot { root } => crate::msg!(
                "output-holds-root",
                output = output,
                root = root.display().to_string(),
                instead = instead
            ),
            Reason::IsInput { input } => crate::msg!(
                "output-is-input",
                output = output,
                input = shown(input),
                instead = instead
            ),
            Reason::InsideInput { input } => crate::msg!(
                "output-inside-input",
                output = output,
                input = shown(input),
                instead = instead
            ),
            Reason::ContainsInput { input } => crate::msg!(
                "output-holds-input",
                output = output,
                input = shown(input),
                instead = instead
            ),
            Reason::HoldsSources { entry } => crate::msg!(
                "output-holds-sources",
                output = output,
                entry = shown(entry),
                instead = instead
            ),
            Reason::NotAFolder => {
                crate::msg!("output-not-a-folder", output = output, instead = instead)
            }
            Reason::Unresolvable(e) => crate::msg!(
                "output-unknown-place",
                output = output,
                reason = e.to_string(),
                instead = instead
            ),
        }
    }
}

impl fmt::Display for UnsafeOutput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

/// `content` → `content/`, `site.yaml` stays.
fn shown(name: &str) -> String {
    if name.contains('.') && name != ".git" {
        name.to_string()
    } else {
        format!("{name}/")
    }
}

/// Checks that replacing `output` with a new site cannot delete anything the site at `root`
/// is built from, nor another site or repository. Paths are compared after following every
/// symbolic link and `..` (see [`resolve`]).
pub fn check(root: &Path, output: &Path) -> Result<(), UnsafeOutput> {
    let refuse = |reason| UnsafeOutput {
        output: output.to_path_buf(),
        reason,
    };
    let resolved_output = resolve(output).map_err(|e| refuse(Reason::Unresolvable(e)))?;
    let resolved_root = resolve(root).map_err(|e| refuse(Reason::Unresolvable(e)))?;
    if resolved_output == resolved_root {
        return Err(refuse(Reason::IsRoot));
    }
    if resolved_root.starts_with(&resolved_output) {
        return Err(refuse(Reason::ContainsRoot {
            root: resolved_root,
        }));
    }
    for input in INPUTS {
        // Each input is resolved on its own: `content/` may be a link to a folder elsewhere.
        let resolved_input =
            resolve(&root.join(input)).map_err(|e| refuse(Reason::Unresolvable(e)))?;
        if resolved_output == resolved_input {
            return Err(refuse(Reason::IsInput { input }));
        }
        if resolved_output.starts_with(&resolved_input) {
            return Err(refuse(Reason::InsideInput { input }));
        }
        if resolved_input.starts_with(&resolved_output) {
            return Err(refuse(Reason::ContainsInput { input }));
        }
    }
    match fs::metadata(&resolved_output) {
        Ok(meta) if !meta.is_dir() => return Err(refuse(Reason::NotAFolder)),
        Ok(_) => {
            for entry in SOURCES {
                // A link counts too, even a broken one: the folder is not ours to replace.
                if fs::symlink_metadata(resolved_output.join(entry)).is_ok() {
                    return Err(refuse(Reason::HoldsSources { entry }));
                }
            }
        }
        Err(_) => {} // Not there yet: it will be made.
    }
    Ok(())
}

/// The absolute path `path` stands for, with every symbolic link and `..` followed, also when
/// it does not exist yet: its nearest existing ancestor is canonicalized and the rest is
/// appended, where `..` is taken literally (those folders will be made as real folders).
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let components: Vec<Component> = absolute.components().collect();
    for existing in (1..=components.len()).rev() {
        let prefix: PathBuf = components[..existing].iter().collect();
        match fs::canonicalize(&prefix) {
            Ok(mut resolved) => {
                for component in &components[existing..] {
                    match component {
                        Component::Normal(name) => resolved.push(name),
                        Component::ParentDir => {
                            resolved.pop();
                        }
                        _ => {}
                    }
                }
                return Ok(resolved);
            }
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) => {}
            Err(e) => return Err(e),
        }
    }
    // Not even the file system's root exists: nothing to compare, and nothing to delete.
    Ok(absolute)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for folder in ["content/rooms", "data", "themes/default"] {
            fs::create_dir_all(dir.path().join(folder)).unwrap();
        }
        fs::write(dir.path().join("site.yaml"), "title: x\n").unwrap();
        dir
    }

    fn reason(root: &Path, output: &Path) -> Option<String> {
        check(root, output).err().map(|e| format!("{:?}", e.reason))
    }

    #[test]
    fn accepts_the_default_and_a_folder_beside_the_root() {
        let dir = site();
        let root = dir.path();
        assert!(check(root, &root.join("site")).is_ok());
        assert!(check(root, &root.join("public/www")).is_ok());
        assert!(check(root, &root.join("../elsewhere")).is_ok());
        assert!(check(root, &root.join("content/../site")).is_ok());
    }

    #[test]
    fn refuses_the_root_its_ancestors_and_its_inputs() {
        let dir = site();
        let root = dir.path();
        assert_eq!(reason(root, root).as_deref(), Some("IsRoot"));
        assert_eq!(
            reason(root, &root.join("data/..")).as_deref(),
            Some("IsRoot")
        );
        assert!(reason(root, &root.join(".."))
            .unwrap()
            .starts_with("ContainsRoot"));
        assert!(reason(root, Path::new("/"))
            .unwrap()
            .starts_with("ContainsRoot"));
        assert_eq!(
            reason(root, &root.join("content")).as_deref(),
            Some("IsInput { input: \"content\" }")
        );
        assert_eq!(
            reason(root, &root.join("site.yaml")).as_deref(),
            Some("IsInput { input: \"site.yaml\" }")
        );
        for (output, input) in [
            ("content/rooms", "content"),
            ("content/rooms/new/deeper", "content"),
            ("data/budgets", "data"),
            ("themes/default", "themes"),
            (".git/x", ".git"),
            ("site.yaml/x", "site.yaml"),
        ] {
            assert_eq!(
                reason(root, &root.join(output)),
                Some(format!("InsideInput {{ input: {input:?} }}")),
                "{output}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn follows_symbolic_links() {
        let dir = site();
        let root = dir.path();
        let outside = tempfile::tempdir().unwrap();
        // A link to the root, and a link from content/ to a folder elsewhere.
        std::os::unix::fs::symlink(root, outside.path().join("to-root")).unwrap();
        assert_eq!(
            reason(root, &outside.path().join("to-root")).as_deref(),
            Some("IsRoot")
        );
        assert_eq!(
            reason(root, &outside.path().join("to-root/data/x")).as_deref(),
            Some("InsideInput { input: \"data\" }")
        );
        fs::create_dir_all(outside.path().join("real-content/rooms")).unwrap();
        fs::remove_dir_all(root.join("content")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("real-content"), root.join("content"))
            .unwrap();
        assert_eq!(
            reason(root, &outside.path().join("real-content/rooms")).as_deref(),
            Some("InsideInput { input: \"content\" }")
        );
        assert_eq!(
            reason(root, outside.path()).as_deref(),
            Some("ContainsInput { input: \"content\" }")
        );
    }

    #[test]
    fn refuses_a_folder_with_sources_or_a_repository_and_a_file() {
        let dir = site();
        let root = dir.path();
        let other = tempfile::tempdir().unwrap();
        fs::create_dir_all(other.path().join("repo/.git")).unwrap();
        fs::create_dir_all(other.path().join("site/content")).unwrap();
        fs::create_dir_all(other.path().join("other")).unwrap();
        fs::write(other.path().join("other/site.yaml"), "").unwrap();
        fs::write(other.path().join("file"), "").unwrap();
        assert_eq!(
            reason(root, &other.path().join("repo")).as_deref(),
            Some("HoldsSources { entry: \".git\" }")
        );
        assert_eq!(
            reason(root, &other.path().join("site")).as_deref(),
            Some("HoldsSources { entry: \"content\" }")
        );
        assert_eq!(
            reason(root, &other.path().join("other")).as_deref(),
            Some("HoldsSources { entry: \"site.yaml\" }")
        );
        assert_eq!(
            reason(root, &other.path().join("file")).as_deref(),
            Some("NotAFolder")
        );
        assert!(check(root, &other.path().join("new/site")).is_ok());
    }

    #[test]
    fn resolves_paths_that_do_not_exist_yet() {
        let dir = tempfile::tempdir().unwrap();
        let base = fs::canonicalize(dir.path()).unwrap();
        assert_eq!(
            resolve(&dir.path().join("a/b/../c")).unwrap(),
            base.join("a/c")
        );
        assert_eq!(resolve(&dir.path().join("./x")).unwrap(), base.join("x"));
    }
}
