//! The output folder: an `--output` that would replace the sources is refused before anything
//! is read or written, killed builds' staging folders are cleaned up (and nobody else's), and
//! a previous site that cannot be removed is reported truthfully.

use crate::common::*;
use scraper::{Html, Selector};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The minimal fixture with a Git repository's folder in it, as a checkout would have.
fn site() -> tempfile::TempDir {
    let dir = copy_fixture("minimal");
    write(dir.path(), ".git/HEAD", "ref: refs/heads/main\n");
    write(dir.path(), ".git/config", "[core]\n");
    dir
}

/// `mienskip build ARGS` run in `dir`, with a fixed build date.
fn build_in(dir: &Path, args: &[&str]) -> Output {
    command(dir, args).output().expect("mienskip runs")
}

fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mienskip"));
    command
        .arg("build")
        // The assertions read the English messages, as in `common::mienskip`.
        .args(["--lang", "en"])
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1763856000");
    command
}

/// Runs `build ARGS` in `dir` and checks that it was refused with exit status 2, a message
/// saying `why`, and nothing under `watched` changed (the sources, byte for byte, and no
/// folder made).
fn refused(dir: &Path, args: &[&str], watched: &Path, why: &str) {
    let before = everything(watched);
    let output = build_in(dir, args);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {message}");
    assert!(
        message.starts_with("mienskip: refusing to build into "),
        "{message}"
    );
    assert!(message.contains(why), "{args:?}: {message}");
    assert!(message.contains("`--output site`"), "{message}");
    assert!(message.contains("nothing was read or written"), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");
    assert_eq!(everything(watched), before, "{args:?} changed something");
}

#[test]
fn the_site_root_as_output_is_refused() {
    let dir = site();
    refused(
        dir.path(),
        &["--output", "."],
        dir.path(),
        "it is the site root",
    );
    // The same root reached another way.
    refused(
        dir.path(),
        &["--output", "content/../"],
        dir.path(),
        "it is the site root",
    );
    assert!(dir.path().join("content/rooms/kamer.md").is_file());
}

#[test]
fn a_folder_inside_the_inputs_is_refused() {
    let dir = site();
    for (output, why) in [
        (
            "content/x",
            "it lies inside the site's content/, which the build reads",
        ),
        (
            "content",
            "it is the site's content/, which the build reads",
        ),
        ("data", "it is the site's data/, which the build reads"),
        (
            "data/budgets",
            "it lies inside the site's data/, which the build reads",
        ),
        (
            "themes/default/site",
            "it lies inside the site's themes/, which the build reads",
        ),
        (
            ".git/site",
            "it lies inside the site's .git/, which the build reads",
        ),
        (
            "site.yaml",
            "it is the site's site.yaml, which the build reads",
        ),
    ] {
        refused(dir.path(), &["--output", output], dir.path(), why);
    }
}

#[test]
fn a_folder_holding_the_root_is_refused() {
    let parent = tempfile::tempdir().unwrap();
    let root = parent.path().join("repo");
    copy_tree(&fixture("minimal"), &root);
    refused(
        &root,
        &["--output", ".."],
        parent.path(),
        "it holds the site root",
    );
    // With --root, from elsewhere.
    refused(
        parent.path(),
        &["--root", "repo", "--output", "."],
        parent.path(),
        "it holds the site root",
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_the_root_is_refused() {
    let dir = site();
    let elsewhere = tempfile::tempdir().unwrap();
    let link = elsewhere.path().join("www");
    std::os::unix::fs::symlink(dir.path(), &link).unwrap();
    refused(
        dir.path(),
        &["--output", link.to_str().unwrap()],
        dir.path(),
        "it is the site root",
    );
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
}

#[test]
fn a_folder_holding_another_site_or_a_repository_is_refused() {
    let dir = site();
    let other = tempfile::tempdir().unwrap();
    write(other.path(), "repo/.git/HEAD", "ref: refs/heads/main\n");
    write(other.path(), "repo/README.md", "mine\n");
    copy_tree(&fixture("minimal"), &other.path().join("site"));
    write(other.path(), "content-only/content/x.md", "---\n---\n");
    for (folder, holds) in [
        ("repo", "it holds .git/"),
        ("site", "it holds site.yaml"),
        ("content-only", "it holds content/"),
    ] {
        let output = other.path().join(folder);
        refused(
            dir.path(),
            &["--output", output.to_str().unwrap()],
            other.path(),
            holds,
        );
    }
}

/// The text of the first element matching `selector` in `path`.
fn text(path: &Path, selector: &str) -> String {
    let html = Html::parse_document(&fs::read_to_string(path).unwrap());
    let selector = Selector::parse(selector).unwrap();
    let found = html.select(&selector).next();
    found
        .map(|e| e.text().collect::<String>().trim().to_string())
        .unwrap_or_default()
}

fn room_name(site: &Path) -> String {
    text(&site.join("kamers/kamer/index.html"), "h1")
}

fn rename_room(root: &Path, name: &str) {
    let path = root.join("content/rooms/kamer.md");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replacen("name: Buurtkamer Noord", &format!("name: {name}"), 1),
    )
    .unwrap();
}

#[test]
fn a_first_build_makes_the_output_and_nothing_beside_it() {
    let dir = site();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("a/b/site");
    let output = build_in(dir.path(), &["--output", target.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(room_name(&target), "Buurtkamer Noord");
    assert_eq!(names(&out.path().join("a/b")), ["site"]);
    // No marker in the published site.
    assert!(!everything(&target)
        .iter()
        .any(|(path, _)| path.contains("mienskip-staging")));
}

#[test]
fn content_errors_without_a_previous_site_say_none_was_made() {
    let dir = site();
    write(dir.path(), "content/rooms/kamer.md", "---\nname: [\n---\n");
    let output = build_in(dir.path(), &["--output", "public"]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("nothing was written, public was not made"),
        "{message}"
    );
    assert!(!dir.path().join("public").exists());
    assert!(!names(dir.path()).iter().any(|n| n.starts_with(".public.")));
}

/// A staging folder as a build that was killed leaves it: our name, our marker (which no
/// live process holds), half a site.
fn killed_build(parent: &Path, name: &str) -> PathBuf {
    let folder = parent.join(name);
    write(
        &folder,
        ".mienskip-staging",
        "This folder is a site that mienskip is building (process 4000000). It is removed \
         when that build ends, or by the next build if this one was interrupted.\n",
    );
    write(&folder, "kamers/kamer/index.html", "<h1>half</h1>");
    folder
}

#[test]
fn the_next_build_removes_what_killed_builds_left_and_nothing_else() {
    let dir = site();
    let root = dir.path();
    let first = build_in(root, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let killed = killed_build(root, ".site.building-4000000-0");
    let killed_twice = killed_build(root, ".site.building-4000000-7");
    // The user's own folders that happen to match the name: no marker, or a file by the
    // marker's name that we did not write.
    write(root, ".site.building-12-0/notes.txt", "mine\n");
    write(
        root,
        ".site.building-13-0/.mienskip-staging",
        "my own notes\n",
    );
    // Our marker, beside another target: not this build's business.
    let other = killed_build(root, ".www.building-4000000-0");
    let users = [".site.building-12-0", ".site.building-13-0"].map(|n| everything(&root.join(n)));

    let output = build_in(root, &[]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{message}");
    for folder in [&killed, &killed_twice] {
        assert!(!folder.exists(), "{} is still there", folder.display());
        let name = folder.file_name().unwrap().to_str().unwrap();
        assert!(
            message.contains(&format!(
                "mienskip: removed ./{name}, left by an earlier build that was interrupted"
            )),
            "{message}"
        );
    }
    assert_eq!(
        [".site.building-12-0", ".site.building-13-0"].map(|n| everything(&root.join(n))),
        users
    );
    assert!(other.join("kamers/kamer/index.html").is_file());
    assert_eq!(room_name(&root.join("site")), "Buurtkamer Noord");
    assert_eq!(
        names(root)
            .into_iter()
            .filter(|n| n.starts_with(".site."))
            .collect::<Vec<_>>(),
        [".site.building-12-0", ".site.building-13-0"]
    );
}

/// Whether this process runs as root, where permission bits stop nothing.
fn is_root() -> bool {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1))
        == Some("0")
}

/// `build ARGS` in `dir` as a process that permission bits do stop: as root, without the
/// capabilities that override them (util-linux's `setpriv`, in every Debian).
fn build_bound_by_permissions(dir: &Path, args: &[&str]) -> Output {
    if !is_root() {
        return build_in(dir, args);
    }
    let mut command = Command::new("setpriv");
    command
        .args([
            "--bounding-set=-dac_override,-dac_read_search,-fowner",
            env!("CARGO_BIN_EXE_mienskip"),
            "build",
            "--lang",
            "en",
        ])
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1763856000");
    command.output().expect("setpriv runs (util-linux)")
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// Makes every folder under `dir` (and `dir`) read-only, or writable again.
#[cfg(unix)]
fn folders_read_only(dir: &Path, read_only: bool) {
    for entry in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
    {
        if entry.file_type().is_dir() {
            set_mode(entry.path(), if read_only { 0o555 } else { 0o755 });
        }
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_previous_site_is_replaced_and_reported_as_left_over() {
    let dir = site();
    let root = dir.path();
    let first = build_in(root, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let site = root.join("site");
    folders_read_only(&site, true);
    rename_room(root, "Buurtkamer Nieuw");

    let output = build_bound_by_permissions(root, &[]);
    let message = stderr(&output);
    folders_read_only(root, false);
    assert_eq!(output.status.code(), Some(0), "{message}");
    assert!(!message.contains("unchanged"), "{message}");
    // The new site is in place, as said.
    assert!(message.contains("mienskip: wrote "), "{message}");
    assert_eq!(room_name(&site), "Buurtkamer Nieuw");
    // And the previous one is where the warning says.
    let warning = message
        .lines()
        .find(|l| l.starts_with("mienskip: warning: the new site is in place, but the previous one could not be removed"))
        .unwrap_or_else(|| panic!("{message}"));
    let folder = warning
        .rsplit_once("it is in ")
        .and_then(|(_, rest)| rest.strip_suffix(": remove that folder by hand"))
        .unwrap_or_else(|| panic!("{warning}"));
    let leftover = root.join(folder);
    assert!(folder.starts_with("./.site.building-"), "{warning}");
    assert_eq!(room_name(&leftover), "Buurtkamer Noord");
}

#[cfg(unix)]
#[test]
fn a_failure_while_writing_leaves_the_previous_site_byte_for_byte() {
    let dir = site();
    let root = dir.path();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let args = ["--output", target.to_str().unwrap()];
    let first = build_in(root, &args);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = everything(out.path());
    rename_room(root, "Buurtkamer Nieuw");
    // No folder can be made beside the site.
    set_mode(out.path(), 0o555);
    let output = build_bound_by_permissions(root, &args);
    set_mode(out.path(), 0o755);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(
        message.contains(&format!("{} is unchanged", target.display())),
        "{message}"
    );
    assert_eq!(everything(out.path()), before);
}

#[cfg(unix)]
#[test]
fn a_previous_site_left_over_with_a_marker_is_removed_by_the_next_build() {
    let dir = site();
    let root = dir.path();
    let first = build_in(root, &[]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    // Only a folder inside the previous site is read-only: the build can mark what it
    // could not remove, so that a later build (with the rights) finishes the job.
    folders_read_only(&root.join("site/kamers"), true);
    rename_room(root, "Buurtkamer Nieuw");
    let second = build_bound_by_permissions(root, &[]);
    let message = stderr(&second);
    assert_eq!(second.status.code(), Some(0), "{message}");
    let leftovers: Vec<String> = names(root)
        .into_iter()
        .filter(|n| n.starts_with(".site.building-"))
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    let leftover = root.join(&leftovers[0]);
    assert!(
        message.contains(&format!("it is in ./{}", leftovers[0])),
        "{message}"
    );
    assert!(leftover.join(".mienskip-staging").is_file());
    assert_eq!(room_name(&root.join("site")), "Buurtkamer Nieuw");

    folders_read_only(&leftover, false);
    let third = build_in(root, &[]);
    let message = stderr(&third);
    assert_eq!(third.status.code(), Some(0), "{message}");
    assert!(
        message.contains(&format!(
            "mienskip: removed ./{}, left by an earlier build",
            leftovers[0]
        )),
        "{message}"
    );
    assert!(!leftover.exists());
    assert_eq!(room_name(&root.join("site")), "Buurtkamer Nieuw");
}
