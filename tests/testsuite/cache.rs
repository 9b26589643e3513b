//! The build cache (`mienskip build --cache DIR`): a build that takes files from the cache
//! writes exactly the site a build without it writes, after every kind of change; a damaged
//! cache is made again; a cache folder among the sources or in the output is refused.

use crate::common::{copy_fixture, git, stderr, tree, write};
use std::path::Path;
use std::process::{Command, Output};

/// `mienskip build` of `root` into `output`, with the cache `cache` if given, at the build
/// moment `epoch` (`SOURCE_DATE_EPOCH`).
fn build(root: &Path, output: &Path, cache: Option<&Path>, epoch: &str) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mienskip"));
    command
        .args(["--lang", "en", "build", "--root"])
        .arg(root)
        .arg("--output")
        .arg(output)
        .env("SOURCE_DATE_EPOCH", epoch);
    if let Some(cache) = cache {
        command.arg("--cache").arg(cache);
    }
    let output = command.output().expect("mienskip runs");
    assert!(output.status.success(), "{}", stderr(&output));
    output
}

/// The number in the line `took N files from the build cache`.
fn taken(output: &Output) -> usize {
    let said = stderr(output);
    let line = said
        .lines()
        .find(|l| l.contains("from the build cache"))
        .unwrap_or_else(|| panic!("no cache line in {said}"));
    number_after(line, "took ")
}

/// The number in the line `wrote N files to ...`.
fn written(output: &Output) -> usize {
    let said = stderr(output);
    let line = said.lines().find(|l| l.contains("wrote ")).unwrap();
    number_after(line, "wrote ")
}

fn number_after(line: &str, before: &str) -> usize {
    let rest = &line[line.find(before).unwrap() + before.len()..];
    rest.split(' ').next().unwrap().parse().unwrap()
}

/// Replaces `from` by `to` in the site's file `relative` (which must hold `from`).
fn edit(root: &Path, relative: &str, from: &str, to: &str) {
    let path = root.join(relative);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{relative} has no {from:?}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn append(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    let before = std::fs::read_to_string(&path).unwrap();
    std::fs::write(path, before + text).unwrap();
}

/// A copy of a file of the built-in theme, to lay over it in the site's `themes/default/`.
fn theme_file(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("themes/default")
        .join(relative);
    std::fs::read_to_string(path).unwrap()
}

/// An edit of the site, by what it changes.
type Change = (&'static str, Box<dyn Fn(&Path)>);

#[test]
fn a_build_with_the_cache_is_the_build_without_it_after_every_change() {
    let site = copy_fixture("complete");
    let root = site.path();
    let work = tempfile::tempdir().unwrap();
    let (cached, cache) = (work.path().join("cached"), work.path().join("cache"));
    git(root, &["init", "-q", "-b", "main"], "2025-01-01T10:00:00Z");
    git(root, &["add", "-A"], "2025-01-01T10:00:00Z");
    git(
        root,
        &["commit", "-q", "-m", "begin"],
        "2025-01-01T10:00:00Z",
    );
    let mut epoch = "1763856000";
    let template = theme_file("templates/room.html");
    let strings = theme_file("i18n/en.yaml");
    let changes: [Change; 8] = [
        ("nothing yet", Box::new(|_| {})),
        ("nothing", Box::new(|_| {})),
        (
            "a room's text",
            Box::new(|root| append(root, "content/rooms/oude-school.md", "\nEen zin erbij.\n")),
        ),
        (
            "an area's name, shown on other pages",
            Box::new(|root| {
                edit(
                    root,
                    "content/areas/noord.md",
                    "name: Teststad Noord",
                    "name: Noorderwijk",
                )
            }),
        ),
        (
            "a theme template",
            Box::new(move |root| {
                let changed = template.replacen("</", "<!-- anders --></", 1);
                assert_ne!(changed, template);
                write(root, "themes/default/templates/room.html", changed);
            }),
        ),
        (
            "a translation",
            Box::new(move |root| {
                // The first value of the English strings, changed.
                let (key, _) = strings
                    .lines()
                    .find_map(|l| {
                        l.split_once(": ")
                            .filter(|(k, _)| !k.starts_with([' ', '#']))
                    })
                    .unwrap();
                let changed: String = strings
                    .lines()
                    .map(|l| {
                        if l.starts_with(&format!("{key}: ")) {
                            format!("{key}: \"Changed words\"\n")
                        } else {
                            format!("{l}\n")
                        }
                    })
                    .collect();
                write(root, "themes/default/i18n/en.yaml", changed);
            }),
        ),
        ("the build date", Box::new(|_| {})),
        (
            "a commit (the pages' last-changed dates)",
            Box::new(|root| {
                append(root, "content/rooms/de-kamer.md", "\nNog een zin.\n");
                git(root, &["add", "-A"], "2025-06-01T10:00:00Z");
                git(
                    root,
                    &["commit", "-q", "-m", "later"],
                    "2025-06-01T10:00:00Z",
                );
            }),
        ),
    ];
    for (n, (what, change)) in changes.iter().enumerate() {
        change(root);
        if *what == "the build date" {
            epoch = "1767225600";
        }
        let plain = work.path().join(format!("plain-{n}"));
        let without = build(root, &plain, None, epoch);
        let with = build(root, &cached, Some(&cache), epoch);
        assert!(
            tree(&plain) == tree(&cached),
            "after {what} the site built with the cache differs"
        );
        let (taken, files) = (taken(&with), written(&without));
        assert_eq!(written(&with), files);
        match *what {
            "nothing yet" => assert_eq!(taken, 0),
            "nothing" => assert_eq!(taken, files, "an unchanged site comes from the cache"),
            // Everything is made again after a change of the theme (every file's key holds
            // it); after a change of the content, only what shows it.
            // The build date is in every page's context, so a new day makes every page again.
            "a theme template" | "a translation" | "the build date" => assert_eq!(taken, 0),
            _ => assert!(
                0 < taken && taken < files,
                "after {what}: {taken} of {files}"
            ),
        }
        std::fs::remove_dir_all(&plain).unwrap();
    }
}

#[test]
fn a_damaged_cache_is_made_again() {
    let site = copy_fixture("minimal");
    let root = site.path();
    let work = tempfile::tempdir().unwrap();
    let (plain, cached, cache) = (
        work.path().join("plain"),
        work.path().join("cached"),
        work.path().join("cache"),
    );
    let epoch = "1763856000";
    build(root, &plain, None, epoch);
    build(root, &cached, Some(&cache), epoch);
    // Every stored file damaged: one byte changed in some, others cut short or emptied.
    let stored: Vec<_> = std::fs::read_dir(cache.join("files"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(!stored.is_empty());
    for (n, path) in stored.iter().enumerate() {
        let mut bytes = std::fs::read(path).unwrap();
        match n % 3 {
            0 if !bytes.is_empty() => bytes[0] ^= 1,
            1 => bytes.truncate(bytes.len() / 2),
            _ => bytes.clear(),
        }
        std::fs::write(path, bytes).unwrap();
    }
    let again = build(root, &cached, Some(&cache), epoch);
    assert!(tree(&plain) == tree(&cached));
    // Only files that happened to be unchanged (an empty file emptied) can come back.
    assert!(taken(&again) < written(&again) / 10, "{}", stderr(&again));
    // The next build finds the cache whole again.
    let third = build(root, &cached, Some(&cache), epoch);
    assert_eq!(taken(&third), written(&third));
    assert!(tree(&plain) == tree(&cached));
    // A damaged index is an empty cache, not an error.
    std::fs::write(cache.join("index"), "mienskip-cache 1\nk zz\n").unwrap();
    let fourth = build(root, &cached, Some(&cache), epoch);
    assert_eq!(taken(&fourth), 0);
    assert!(tree(&plain) == tree(&cached));
}

#[test]
fn a_cache_folder_among_the_sources_or_in_the_output_is_refused() {
    let site = copy_fixture("minimal");
    let root = site.path();
    let output = root.join("site");
    for (cache, said) in [
        (output.join("cache"), "inside the output folder"),
        (root.join("content/cache"), "among the site's sources"),
        (root.join("themes"), "among the site's sources"),
        (root.to_path_buf(), "among the site's sources"),
    ] {
        let refused = Command::new(env!("CARGO_BIN_EXE_mienskip"))
            .args(["--lang", "en", "build", "--root"])
            .arg(root)
            .arg("--output")
            .arg(&output)
            .arg("--cache")
            .arg(&cache)
            .output()
            .unwrap();
        assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
        assert!(stderr(&refused).contains(said), "{}", stderr(&refused));
        assert!(stderr(&refused).contains("nothing was read or written"));
        assert!(!output.exists() && !cache.join("index").exists());
    }
}

#[test]
fn the_template_workflow_keeps_the_cache_between_publishing_runs() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("template/.github/workflows/mienskip.yml");
    let workflow = std::fs::read_to_string(path).unwrap();
    let publish = &workflow[workflow.find("\n  publish:").expect("a publish job")..];
    let check = &workflow[..workflow.find("\n  publish:").unwrap()];
    // Only the publishing job (main) restores and saves it; a pull request's build does not.
    assert!(publish.contains("uses: actions/cache@v4"));
    assert!(publish.contains("path: ~/.cache/mienskip"));
    assert!(publish.contains("--cache $HOME/.cache/mienskip"));
    assert!(!check.contains("actions/cache") && !check.contains("--cache"));
    // Restored before the build that uses it.
    assert!(publish.find("actions/cache").unwrap() < publish.find("mienskip build").unwrap());
}

#[test]
fn another_program_takes_nothing_from_the_cache() {
    let site = copy_fixture("minimal");
    let root = site.path();
    let work = tempfile::tempdir().unwrap();
    let (out, cache) = (work.path().join("out"), work.path().join("cache"));
    let epoch = "1763856000";
    build(root, &out, Some(&cache), epoch);
    // The same program with one byte more: another build of the same version, to the cache.
    let other = work.path().join("mienskip");
    let mut program = std::fs::read(env!("CARGO_BIN_EXE_mienskip")).unwrap();
    program.push(0);
    std::fs::write(&other, program).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let run = Command::new(&other)
        .args(["--lang", "en", "build", "--root"])
        .arg(root)
        .arg("--output")
        .arg(&out)
        .arg("--cache")
        .arg(&cache)
        .env("SOURCE_DATE_EPOCH", epoch)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(taken(&run), 0);
    // The cache now holds the other program's files: the first takes nothing from it either.
    let again = build(root, &out, Some(&cache), epoch);
    assert_eq!(
        taken(&again),
        0,
        "the other program's build replaced the cache"
    );
}
