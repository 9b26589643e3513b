//! What the commands themselves say (`build`, `new`, `schema`, a refused output folder) comes
//! from the message catalogue: in Dutch by default and with `--lang nl`, in English with
//! `--lang en`, with the same numbers and paths in both.

use crate::common::*;

/// Runs `mienskip ARGS` without choosing a language: the site's own (Dutch) decides.
fn default_language(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_mienskip"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1763856000")
        .output()
        .expect("mienskip runs")
}

fn last_line(output: &std::process::Output) -> String {
    stderr(output)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn build_says_what_it_wrote_in_the_language_of_the_run() {
    let site = copy_fixture("minimal");
    let root = site.path().to_str().unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let target = target.to_str().unwrap();
    let dutch = default_language(&["build", "--root", root, "--output", target]);
    assert!(dutch.status.success(), "{}", stderr(&dutch));
    let files = walkdir::WalkDir::new(target)
        .into_iter()
        .filter(|e| e.as_ref().unwrap().file_type().is_file())
        .count();
    assert_eq!(
        last_line(&dutch),
        format!("mienskip: {files} bestanden geschreven naar {target} (0 waarschuwingen)")
    );
    let english = mienskip(&["build", "--root", root, "--output", target]);
    assert_eq!(
        last_line(&english),
        format!("mienskip: wrote {files} files to {target} (0 warnings)")
    );
}

#[test]
fn a_failed_build_says_nothing_was_written_in_dutch() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        "content/rooms/kamer.md",
        std::fs::read_to_string(site.path().join("content/rooms/kamer.md"))
            .unwrap()
            .replace("area: noord", "area: nord"),
    );
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let output = default_language(&[
        "build",
        "--root",
        site.path().to_str().unwrap(),
        "--output",
        target.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(
        said.contains("`area` noemt het gebied \"nord\", maar er is geen bestand met die naam"),
        "{said}"
    );
    assert_eq!(
        last_line(&output),
        format!(
            "mienskip: 1 fout, 0 waarschuwingen; er is niets geschreven, {} is niet gemaakt",
            target.display()
        )
    );
    assert!(!target.exists());
}

#[test]
fn a_refused_output_folder_is_explained_in_dutch_and_english() {
    let site = copy_fixture("minimal");
    let root = site.path().to_str().unwrap();
    let dutch = mienskip(&["build", "--lang", "nl", "--root", root, "--output", root]);
    assert_eq!(dutch.status.code(), Some(2));
    assert_eq!(
        stderr(&dutch).trim_end(),
        format!(
            "mienskip: bouwen in {root} geweigerd: dat is de map van de site, en de nieuwe site zou site.yaml, content/ en data/ vervangen; geef een nieuwe of lege map op buiten de bronbestanden van de site, zoals `--output site` (er is niets gelezen of geschreven)"
        )
    );
    let english = mienskip(&["build", "--root", root, "--output", root]);
    assert_eq!(english.status.code(), Some(2));
    assert!(
        stderr(&english).starts_with(&format!(
            "mienskip: refusing to build into {root}: it is the site root"
        )),
        "{}",
        stderr(&english)
    );
}

#[test]
fn new_and_schema_speak_dutch() {
    let site = copy_fixture("minimal");
    let root = site.path().to_str().unwrap();
    let made = default_language(&["new", "room", "de-brug", "--root", root]);
    assert!(made.status.success(), "{}", stderr(&made));
    let said = stderr(&made);
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines[0], "mienskip: content/rooms/de-brug.md geschreven");
    assert!(
        lines.contains(&"mienskip: let op: het noemt het gebied `noord` (het eerste in content/areas/); verander dat als het niet het goede is"),
        "{said}"
    );
    assert_eq!(
        lines.last().copied(),
        Some("mienskip: vul het in, en draai dan `mienskip check` (of bekijk het met `mienskip serve`)")
    );
    let again = default_language(&["new", "room", "de-brug", "--root", root]);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(
        stderr(&again).trim_end(),
        "mienskip: content/rooms/de-brug.md bestaat al; pas het aan, of kies een ander id (er is niets geschreven)"
    );
    let schema = mienskip(&["schema", "kamer", "--lang", "nl"]);
    assert_eq!(schema.status.code(), Some(2));
    assert!(
        stderr(&schema)
            .starts_with("mienskip: er is geen soort \"kamer\"; kies een van: room, area"),
        "{}",
        stderr(&schema)
    );
}
