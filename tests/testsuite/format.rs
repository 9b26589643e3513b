//! `--format github` and `--format json`: the same problems as the text report, as GitHub
//! Actions annotations or as JSON on standard output, for `check` and for `build`.

use crate::common::*;
use std::path::Path;
use std::process::{Command, Output};

/// The minimal site with errors of several kinds, a warning, a file name with a comma
/// (escaped in annotations) and a message with a `%`.
fn broken_site() -> tempfile::TempDir {
    let site = copy_fixture("minimal");
    let root = site.path();
    write(
        root,
        "content/rooms/kamer.md",
        "---\nname: Buurtkamer Noord\nkind: main\narea: noord\nstatus: opne\naddress: { street: Dorpsstraat 1, city: Klein }\nlocation: { lat: 53.2, lon: 5.8 }\nhost_volunteers: 50%\n---\nWelkom.\n",
    );
    write(
        root,
        "content/rooms/tweede.md",
        "---\nname: Tweede kamer\nkind: satellite\narea: noord\nstatus: open\naddress: { street: Dorpsstraat 2, city: Klein }\nlocation: { lat: 53.2, lon: 5.8 }\ncontact: { email: tweede@example.nl }\n---\n",
    );
    write(
        root,
        "content/rooms/De Kamer, Oost.md",
        "---\nname: x\n---\n",
    );
    write(
        root,
        "content/areas/noord.md",
        "---\nname: Noord\ngeometry: geo/noord.geojson\n---\n",
    );
    write(
        root,
        "data/geo/noord.geojson",
        r#"{"type": "Polygon", "coordinates": [[[5.0, 52.0], [5.1, 52.0], [5.1, 52.1], [5.0, 52.1], [5.0, 52.0]]]}"#,
    );
    write(
        root,
        "data/budgets/plan.yaml",
        "title: Plan\nsource: Plan 2024\nlines:\n  - { item: Koffie, amounts: { 2024: 100 } }\ntotals:\n  - { direction: expense, amounts: { 2024: 150 } }\n",
    );
    site
}

/// Runs mienskip in `dir` (the "repository"), with a fixed build date.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mienskip"))
        .args(["--lang", "en"])
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1763856000")
        .output()
        .expect("mienskip runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn github_annotations() {
    let site = broken_site();
    let output = run_in(site.path(), &["check", "--format", "github"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
    // The summary stays on standard error.
    assert_eq!(stderr(&output), "mienskip: 4 errors, 1 warning\n");
}

#[test]
fn json_diagnostics() {
    let site = broken_site();
    let output = run_in(site.path(), &["check", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(parsed.as_array().unwrap().len(), 5);
    insta::assert_snapshot!(text);
}

#[test]
fn the_same_problems_in_every_format() {
    let site = broken_site();
    let text = stderr(&run_in(site.path(), &["check"]));
    let json = stdout(&run_in(site.path(), &["check", "--format", "json"]));
    let parsed: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let github = stdout(&run_in(site.path(), &["check", "--format", "github"]));
    // Each problem's first line; the lines under it show the file's line with a marker.
    let text_lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(": error: ") || l.contains(": warning: "))
        .collect();
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("| ") && l.contains('^')),
        "no marker under any line:\n{text}"
    );
    assert_eq!(text_lines.len(), parsed.len());
    assert_eq!(github.lines().count(), parsed.len());
    for (line, item) in text_lines.iter().zip(&parsed) {
        let message = item["message"].as_str().unwrap();
        assert!(line.ends_with(message), "{line} / {message}");
        assert!(line.starts_with(item["path"].as_str().unwrap()), "{line}");
    }
}

#[test]
fn annotations_name_files_from_the_repository_top() {
    // A repository that keeps its site in a folder: GitHub needs the folder in the path.
    let repository = tempfile::tempdir().unwrap();
    copy_tree(broken_site().path(), &repository.path().join("sites/klein"));
    let output = run_in(
        repository.path(),
        &["check", "--root", "sites/klein", "--format", "github"],
    );
    let annotations = stdout(&output);
    assert!(
        annotations.contains("::error file=sites/klein/content/rooms/kamer.md,line=5,title=mienskip::`status` is \"opne\""),
        "{annotations}"
    );
    // An absolute root inside the current folder gives the same paths.
    let absolute = repository.path().join("sites/klein");
    let output = run_in(
        repository.path(),
        &[
            "check",
            "--root",
            absolute.to_str().unwrap(),
            "--format",
            "github",
        ],
    );
    assert_eq!(stdout(&output), annotations);
}

#[test]
fn build_takes_the_flag_too_and_writes_nothing_on_errors() {
    let site = broken_site();
    let output = run_in(site.path(), &["build", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let check = run_in(site.path(), &["check", "--format", "json"]);
    assert_eq!(stdout(&output), stdout(&check));
    assert!(!site.path().join("site").exists());
    let output = run_in(site.path(), &["build", "--format", "github"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with("::error "),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_clean_site_gives_an_empty_list() {
    let site = copy_fixture("minimal");
    let output = run_in(site.path(), &["check", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "[]\n");
    let output = run_in(site.path(), &["build", "--format", "github"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    assert!(site.path().join("site/index.html").is_file());
}
