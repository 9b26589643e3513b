//! `mienskip new`: a file for every kind that builds as it is, on a small site and on the
//! example site; refusals with exit status 2 that write nothing.

use crate::common::*;
use std::path::Path;

const KINDS: [(&str, &str, &str); 5] = [
    ("room", "nieuwe-kamer", "content/rooms/nieuwe-kamer.md"),
    ("area", "nieuw-gebied", "content/areas/nieuw-gebied.md"),
    (
        "initiative",
        "nieuw-initiatief",
        "content/initiatives/nieuw-initiatief.md",
    ),
    (
        "organisation",
        "nieuwe-organisatie",
        "content/organisations/nieuwe-organisatie.md",
    ),
    ("page", "nieuwe-pagina", "content/pages/nieuwe-pagina.md"),
];

fn new(root: &Path, kind: &str, id: &str) -> std::process::Output {
    mienskip(&["new", kind, id, "--root", root.to_str().unwrap()])
}

fn build_ok(root: &Path) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let output = mienskip(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.path().join("site").to_str().unwrap(),
    ]);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains("(0 warnings)"), "{text}");
    out
}

fn new_for_every_kind_then_build(root: &Path) {
    for (kind, id, path) in KINDS {
        let output = new(root, kind, id);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(stderr(&output).contains(path), "{}", stderr(&output));
        assert!(root.join(path).is_file(), "{path} was not written");
    }
    let out = build_ok(root);
    for page in [
        "kamers/nieuwe-kamer/index.html",
        "gebieden/nieuw-gebied/index.html",
        "initiatieven/nieuw-initiatief/index.html",
        "organisaties/nieuwe-organisatie/index.html",
        "nieuwe-pagina/index.html",
    ] {
        let file = out.path().join("site").join(page);
        let html = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{page}: {e}"));
        // The explanation in the body is an HTML comment, which never reaches the page.
        assert!(!html.contains("Schrijf hieronder"), "{page}");
    }
}

#[test]
fn every_kind_builds_on_a_site_with_one_area() {
    let site = copy_fixture("minimal");
    new_for_every_kind_then_build(site.path());
    let room = std::fs::read_to_string(site.path().join("content/rooms/nieuwe-kamer.md")).unwrap();
    assert!(room.contains("\nname: \"Nieuwe kamer\" "), "{room}");
    assert!(room.contains("\narea: noord "), "{room}");
    assert!(room.contains("\nstatus: planned "), "{room}");
}

#[test]
fn every_kind_builds_on_the_example_site() {
    let site = tempfile::tempdir().unwrap();
    let example = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(example.join("site.yaml"), site.path().join("site.yaml")).unwrap();
    copy_tree(&example.join("content"), &site.path().join("content"));
    copy_tree(&example.join("data"), &site.path().join("data"));
    new_for_every_kind_then_build(site.path());
}

#[test]
fn the_new_room_names_the_first_area_and_says_so() {
    let site = copy_fixture("minimal");
    write(site.path(), "content/areas/aaa.md", "---\nname: Aaa\n---\n");
    write(
        site.path(),
        "content/areas/aaa.fy.md",
        "---\nname: Aaa (Frysk)\n---\n",
    );
    let output = new(site.path(), "kamer", "de-kamer");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("`aaa`"), "{}", stderr(&output));
    let room = std::fs::read_to_string(site.path().join("content/rooms/de-kamer.md")).unwrap();
    assert!(room.contains("\narea: aaa "), "{room}");
}

#[test]
fn without_areas_the_room_asks_for_one() {
    let site = copy_fixture("minimal");
    std::fs::remove_file(site.path().join("content/areas/noord.md")).unwrap();
    std::fs::remove_file(site.path().join("content/rooms/kamer.md")).unwrap();
    let output = new(site.path(), "room", "kamer");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("mienskip new area"),
        "{}",
        stderr(&output)
    );
    let check = check(site.path());
    assert_eq!(check.status.code(), Some(1));
    assert!(
        stderr(&check).contains("content/rooms/kamer.md:7: error: `area` is required"),
        "{}",
        stderr(&check)
    );
}

#[test]
fn an_invalid_id_is_refused_with_a_valid_one() {
    let site = copy_fixture("minimal");
    let output = new(site.path(), "room", "Buurtkamer Café Noord");
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&output), @r#"mienskip: "Buurtkamer Café Noord" is not a valid id: an id is lowercase a-z, 0-9 and - (not at the start or end), and becomes the file name and the address of the page; try `buurtkamer-cafe-noord`"#);
    assert_eq!(
        std::fs::read_dir(site.path().join("content/rooms"))
            .unwrap()
            .count(),
        1
    );
}

#[test]
fn an_existing_file_is_never_overwritten() {
    let site = copy_fixture("minimal");
    let before = std::fs::read(site.path().join("content/rooms/kamer.md")).unwrap();
    let output = new(site.path(), "room", "kamer");
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&output), @"mienskip: content/rooms/kamer.md already exists; edit it, or choose another id (nothing was written)");
    let after = std::fs::read(site.path().join("content/rooms/kamer.md")).unwrap();
    assert_eq!(before, after);
}

#[test]
fn outside_a_site_root_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let output = new(dir.path(), "area", "noord");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no site.yaml"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("content").exists());
}

#[test]
fn a_reserved_page_id_is_refused() {
    let site = copy_fixture("minimal");
    let output = new(site.path(), "page", "agenda");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("/agenda/ is already a part of the site"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn help_says_what_the_exit_status_means() {
    let output = mienskip(&["new", "--help"]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("Exit status: 0 written; 2 the command was wrong"),
        "{text}"
    );
}

/// What an editor does with the examples in the comments: removes the `#` before them.
fn uncomment_examples(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.starts_with("#  - ") || line.starts_with("#    ") {
                &line[1..]
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn the_examples_in_the_comments_are_valid_once_uncommented() {
    let site = copy_fixture("minimal");
    for (kind, id, _) in KINDS {
        let output = new(site.path(), kind, id);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let path = site.path().join("content/rooms/nieuwe-kamer.md");
    let room = uncomment_examples(&std::fs::read_to_string(&path).unwrap())
        .replace("\nstatus: planned ", "\nstatus: open ")
        .replace(
            "\naddress: ",
            "\naddress: { street: Voorbeeldstraat 1, postcode: 8900 AA, city: Leeuwarden }",
        )
        .replace("\nlocation: ", "\nlocation: { lat: 53.2012, lon: 5.7999 }")
        .replace(
            "\ncontact: ",
            "\ncontact: { email: kamer@example.nl, phone: 058 123 45 67 }",
        );
    std::fs::write(&path, &room).unwrap();
    for (_, _, file) in KINDS {
        let path = site.path().join(file);
        let text = uncomment_examples(&std::fs::read_to_string(&path).unwrap());
        std::fs::write(&path, text).unwrap();
    }
    let out = build_ok(site.path());
    let page =
        std::fs::read_to_string(out.path().join("site/kamers/nieuwe-kamer/index.html")).unwrap();
    for shown in [
        "Koffieochtend",
        "Taalcafé",
        "Buurtmaaltijd",
        "Zomerwandeling",
        "Open dag",
        "Gastvrouw of gastheer",
        "Inloop verplaatst naar buurthuis Nylan.",
    ] {
        assert!(page.contains(shown), "{shown} is not on the room's page");
    }
}

#[test]
fn the_template_builds_without_problems_and_new_works_in_it() {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("template");
    let check = check(&template);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert_eq!(
        stderr(&check),
        "mienskip: the content is in order (0 warnings)\n"
    );
    build_ok(&template);
    let copy = tempfile::tempdir().unwrap();
    copy_tree(&template, copy.path());
    new_for_every_kind_then_build(copy.path());
    let workflow =
        std::fs::read_to_string(template.join(".github/workflows/mienskip.yml")).unwrap();
    assert!(workflow.contains("mienskip check --format github"));
    assert!(workflow.contains("mienskip build"));
    // The install step (downloading a release) is tested in workflows.rs.
    assert!(workflow.contains("- name: mienskip installeren"));
}
