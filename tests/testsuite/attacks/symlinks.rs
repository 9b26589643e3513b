//! Files from outside the repository: a pull request may hold symbolic links, and a link to
//! a file outside the site root must neither be read nor published, nor quoted in an error.
//! Each test builds the minimal site once, adds a hostile link, builds again, and checks
//! that the build stops with an error naming the link, that nothing of the outside file
//! (its text or its path) is on standard error, and that the previous site is untouched.

use crate::common::*;
use std::os::unix::fs::symlink;
use std::path::Path;

/// What the file outside the site holds; it must appear nowhere.
const SECRET: &str = "GEHEIM-buiten-de-site-7f3a9c";

/// A folder outside the site root with files that carry the secret, valid as content so
/// that only the link can be the reason for a refusal.
fn outside() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "page.md",
        format!("---\ntitle: {SECRET}\n---\n{SECRET}\n"),
    );
    write(
        root,
        "budget.yaml",
        format!("title: {SECRET}\nsource: {SECRET}\nlines:\n  - {{ item: {SECRET}, amounts: {{ 2024: 1 }} }}\n"),
    );
    write(
        root,
        "outline.geojson",
        format!("{{\"type\": \"Polygon\", \"{SECRET}\": 1, \"coordinates\": [[[5.7, 53.1], [5.9, 53.1], [5.9, 53.3], [5.7, 53.1]]]}}"),
    );
    write(root, "template.html", format!("<p>{SECRET}</p>"));
    write(
        root,
        "theme/templates/page.html",
        format!("<p>{SECRET}</p>"),
    );
    write(root, "theme/static/geheim.txt", SECRET);
    write(
        root,
        "pages/geheim.md",
        format!("---\ntitle: {SECRET}\n---\n"),
    );
    dir
}

/// Builds the site, lets `attack` change it, builds again, and checks the refusal: exit 1,
/// every `expected` text on stderr, nothing of `outside` there, the old site unchanged.
fn refused(attack: impl FnOnce(&Path, &Path), expected: &[&str]) -> String {
    let site = copy_fixture("minimal");
    let root = site.path();
    let out = outside();
    let first = build_into_site(root);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = tree(&root.join("site"));
    assert!(!before.is_empty());

    attack(root, out.path());
    let second = build_into_site(root);
    let text = stderr(&second);
    assert_eq!(second.status.code(), Some(1), "{text}");
    assert!(!text.contains("panicked"), "{text}");
    for expected in expected {
        assert!(text.contains(expected), "expected {expected:?} in:\n{text}");
    }
    assert!(!text.contains(SECRET), "the secret is quoted:\n{text}");
    let outside_path = out.path().to_string_lossy();
    assert!(
        !text.contains(outside_path.as_ref()),
        "the outside path is quoted:\n{text}"
    );
    let after = tree(&root.join("site"));
    assert_eq!(before, after, "the previous site changed");
    for (path, bytes) in &after {
        assert!(
            !String::from_utf8_lossy(bytes).contains(SECRET),
            "the secret is in {path}"
        );
    }
    text
}

const OUTSIDE: &str = "is a link to a place outside the site folder";

#[test]
fn a_page_that_links_outside_is_refused() {
    refused(
        |root, out| {
            std::fs::create_dir_all(root.join("content/pages")).unwrap();
            symlink(out.join("page.md"), root.join("content/pages/geheim.md")).unwrap()
        },
        &[&format!("content/pages/geheim.md: error: this {OUTSIDE}")],
    );
}

#[test]
fn a_budget_that_links_outside_is_refused() {
    refused(
        |root, out| {
            symlink(
                out.join("budget.yaml"),
                root.join("data/budgets/geheim.yaml"),
            )
            .unwrap()
        },
        &[&format!("data/budgets/geheim.yaml: error: this {OUTSIDE}")],
    );
}

#[test]
fn a_geometry_that_links_outside_is_refused_at_its_line() {
    refused(
        |root, out| {
            write(
                root,
                "content/areas/noord.md",
                "---\nname: Noord\ngeometry: geo/noord.geojson\n---\n",
            );
            std::fs::create_dir_all(root.join("data/geo")).unwrap();
            symlink(
                out.join("outline.geojson"),
                root.join("data/geo/noord.geojson"),
            )
            .unwrap();
        },
        &[&format!(
            "content/areas/noord.md:3: error: `geometry` names data/geo/noord.geojson, which {OUTSIDE}"
        )],
    );
}

#[test]
fn a_geometry_path_out_of_data_is_refused() {
    for path in ["../../../../../../../../etc/passwd", "/etc/passwd"] {
        let text = refused(
            |root, _| {
                write(
                    root,
                    "content/areas/noord.md",
                    format!("---\nname: Noord\ngeometry: {path}\n---\n"),
                );
            },
            &[
                "content/areas/noord.md:3: error: `geometry` is",
                "give a path inside data/",
            ],
        );
        assert!(!text.contains("root:"), "{text}");
    }
}

#[test]
fn a_theme_template_that_links_outside_is_refused() {
    refused(
        |root, out| {
            write(root, "site.yaml", site_yaml_with_theme(root));
            std::fs::create_dir_all(root.join("themes/eigen/templates")).unwrap();
            symlink(
                out.join("template.html"),
                root.join("themes/eigen/templates/page.html"),
            )
            .unwrap();
        },
        &[&format!(
            "themes/eigen/templates/page.html: error: this {OUTSIDE}"
        )],
    );
}

#[test]
fn a_theme_folder_that_links_outside_is_refused() {
    refused(
        |root, out| {
            write(root, "site.yaml", site_yaml_with_theme(root));
            std::fs::create_dir_all(root.join("themes")).unwrap();
            symlink(out.join("theme"), root.join("themes/eigen")).unwrap();
        },
        &[&format!("themes/eigen: error: this {OUTSIDE}")],
    );
}

#[test]
fn a_folder_inside_a_theme_that_links_outside_is_refused() {
    refused(
        |root, out| {
            write(root, "site.yaml", site_yaml_with_theme(root));
            std::fs::create_dir_all(root.join("themes/eigen")).unwrap();
            symlink(out.join("theme/static"), root.join("themes/eigen/static")).unwrap();
        },
        &[&format!("themes/eigen/static: error: this {OUTSIDE}")],
    );
}

#[test]
fn a_content_folder_that_links_outside_is_refused() {
    refused(
        |root, out| symlink(out.join("pages"), root.join("content/pages")).unwrap(),
        &[&format!("content/pages: error: this {OUTSIDE}")],
    );
}

#[test]
fn site_yaml_that_links_outside_is_refused() {
    refused(
        |root, out| {
            std::fs::remove_file(root.join("site.yaml")).unwrap();
            symlink(out.join("budget.yaml"), root.join("site.yaml")).unwrap();
        },
        &[&format!("site.yaml: error: this {OUTSIDE}")],
    );
}

#[test]
fn a_dangling_link_out_of_the_site_says_nothing_of_its_target() {
    refused(
        |root, out| {
            std::fs::create_dir_all(root.join("content/pages")).unwrap();
            symlink(
                out.join(format!("{SECRET}.md")),
                root.join("content/pages/weg.md"),
            )
            .unwrap()
        },
        &["content/pages/weg.md: error:"],
    );
}

#[test]
fn a_theme_folder_loop_is_an_error_not_a_hang() {
    refused(
        |root, _| {
            write(root, "site.yaml", site_yaml_with_theme(root));
            std::fs::create_dir_all(root.join("themes/eigen/static")).unwrap();
            symlink("..", root.join("themes/eigen/static/rond")).unwrap();
        },
        &["themes/eigen/static/rond: error:", "endless loop"],
    );
}

/// `.git` lies inside the root, but holds the repository's settings and, in CI, often the
/// checkout's token (`http.extraheader`): a link into it is refused as well.
#[test]
fn a_link_into_the_git_folder_is_refused() {
    refused(
        |root, _| {
            write(
                root,
                ".git/config",
                format!("[http]\n\textraheader = AUTHORIZATION: basic {SECRET}\n"),
            );
            write(root, ".git/budget.yaml", std::fs::read(root.join("data/budgets/plan.yaml")).unwrap());
            symlink("../../.git/config", root.join("data/budgets/config.yaml")).unwrap();
            write(
                root,
                "content/areas/noord.md",
                "---\nname: Noord\ngeometry: ../.git/x.geojson\n---\n",
            );
            std::fs::create_dir_all(root.join("data/geo")).unwrap();
            symlink("../../.git", root.join("data/geo/git")).unwrap();
            write(
                root,
                "content/rooms/kamer.md",
                std::fs::read_to_string(root.join("content/rooms/kamer.md"))
                    .unwrap()
                    .replace("area: noord\n", "area: zuid\n"),
            );
            write(
                root,
                "content/areas/zuid.md",
                "---\nname: Zuid\ngeometry: geo/git/config\n---\n",
            );
        },
        &[
            "data/budgets/config.yaml: error: this is a link into the repository's .git folder",
            "content/areas/zuid.md:3: error: `geometry` names data/geo/git/config, which is a link into the repository's .git folder",
            "content/areas/noord.md:3: error: `geometry` is \"../.git/x.geojson\"",
        ],
    );
}

/// A link whose target lies inside the site root is an ordinary file of the site.
#[test]
fn links_inside_the_site_still_work() {
    let site = copy_fixture("minimal");
    let root = site.path();
    write(
        root,
        "gedeeld/over.md",
        "---\ntitle: Over deze kamers\n---\nGedeelde tekst.\n",
    );
    std::fs::create_dir_all(root.join("content/pages")).unwrap();
    symlink("../../gedeeld/over.md", root.join("content/pages/over.md")).unwrap();
    write(
        root,
        "gedeeld/noord.geojson",
        "{\"type\": \"Polygon\", \"coordinates\": [[[5.7, 53.1], [5.9, 53.1], [5.9, 53.3], [5.7, 53.1]]]}",
    );
    std::fs::create_dir_all(root.join("data/geo")).unwrap();
    symlink(
        root.join("gedeeld/noord.geojson"),
        root.join("data/geo/noord.geojson"),
    )
    .unwrap();
    write(
        root,
        "content/areas/noord.md",
        "---\nname: Noord\ngeometry: geo/noord.geojson\n---\n",
    );
    let output = build_into_site(root);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let files = tree(&root.join("site"));
    let page = files
        .iter()
        .find(|(path, _)| path.ends_with("over/index.html"))
        .unwrap_or_else(|| {
            panic!(
                "no page for over.md in {:?}",
                files.iter().map(|f| &f.0).collect::<Vec<_>>()
            )
        });
    let html = scraper::Html::parse_document(&String::from_utf8_lossy(&page.1));
    let h1 = scraper::Selector::parse("h1").unwrap();
    let titles: Vec<String> = html.select(&h1).map(|e| e.text().collect()).collect();
    assert!(
        titles.iter().any(|t| t.contains("Over deze kamers")),
        "{titles:?}"
    );
    // The outline came through the link: the area's GeoJSON export has its coordinates.
    let areas = files
        .iter()
        .find(|(path, _)| path.ends_with("areas.geojson"))
        .expect("areas.geojson");
    let json: serde_json::Value = serde_json::from_slice(&areas.1).unwrap();
    let ring = &json["features"][0]["geometry"]["coordinates"][0];
    assert_eq!(ring[1], serde_json::json!([5.9, 53.1]), "{json}");
}

fn site_yaml_with_theme(root: &Path) -> String {
    let text = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    format!("{text}theme: eigen\n")
}

/// `--root .` (the usual way in CI) judges links as an absolute root does: a link to nothing
/// inside the site is only missing, one out of it is refused.
#[test]
fn a_relative_root_judges_links_alike() {
    let site = copy_fixture("minimal");
    let root = site.path();
    let out = outside();
    std::fs::create_dir_all(root.join("content/pages")).unwrap();
    symlink("../nothing-here.md", root.join("content/pages/leeg.md")).unwrap();
    symlink(
        out.path().join("page.md"),
        root.join("content/pages/geheim.md"),
    )
    .unwrap();
    // What Emacs leaves beside a file being edited: a hidden link to nothing, no problem.
    symlink(
        "redacteur@pc.1234:1700000000",
        root.join("content/pages/.#over.md"),
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mienskip"))
        .args(["--lang", "en", "check", "--root", "."])
        .current_dir(root)
        .env("SOURCE_DATE_EPOCH", "1763856000")
        .output()
        .unwrap();
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("content/pages/leeg.md: error: this link points at nothing"),
        "{text}"
    );
    assert!(
        text.contains(&format!("content/pages/geheim.md: error: this {OUTSIDE}")),
        "{text}"
    );
    assert!(!text.contains(SECRET), "{text}");
    assert!(!text.contains(".#over.md"), "{text}");
}
