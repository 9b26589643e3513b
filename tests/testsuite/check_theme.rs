//! `mienskip check` loads the theme and compiles its templates with the function a build
//! uses, so a broken template fails `check` as it fails `build`: with the template's file and,
//! for a parse error, its line. `check` still writes nothing.

use crate::common::*;
use serde_json::Value;
use std::path::Path;

/// A `page.html` whose third line has an `include` tag that is never closed. The broken line
/// names another template, which must not be taken for the broken one.
const BROKEN_AT_LINE_3: &str = "{% extends \"base.html\" %}\n{% block content %}\n<p>{% include \"macros.html\" %</p>\n{% endblock content %}\n";

fn check_json(root: &Path) -> (Option<i32>, Vec<Value>) {
    let output = mienskip(&[
        "check",
        "--root",
        root.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let problems: Value = serde_json::from_slice(&output.stdout).expect("a JSON array");
    (output.status.code(), problems.as_array().unwrap().clone())
}

#[test]
fn a_broken_template_fails_check_with_its_file_and_line() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        "themes/default/templates/page.html",
        BROKEN_AT_LINE_3,
    );
    let before = tree(site.path());

    let output = check(site.path());
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    let first = text.lines().next().unwrap();
    assert_eq!(
        first,
        "themes/default/templates/page.html:3: error: the template cannot be read: column 29: expected `%}` or `-%}` or ignore missing mark for include tag"
    );
    assert!(text.ends_with("mienskip: 1 error, 0 warnings\n"), "{text}");

    let (code, problems) = check_json(site.path());
    assert_eq!(code, Some(1));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0]["severity"], "error");
    assert_eq!(problems[0]["path"], "themes/default/templates/page.html");
    assert_eq!(problems[0]["line"], 3);

    assert_eq!(tree(site.path()), before, "check wrote or changed a file");
}

#[test]
fn build_reports_the_broken_template_as_check_does() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        "themes/default/templates/page.html",
        BROKEN_AT_LINE_3,
    );
    let checked = stderr(&check(site.path()));
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let built = mienskip(&[
        "build",
        "--root",
        site.path().to_str().unwrap(),
        "--output",
        target.to_str().unwrap(),
    ]);
    assert_eq!(built.status.code(), Some(1));
    let first = |text: &str| text.lines().next().unwrap_or("").to_string();
    assert_eq!(first(&stderr(&built)), first(&checked));
    assert!(!target.exists());
}

#[test]
fn a_template_extending_a_missing_one_fails_check_naming_the_file() {
    let dir = copy_fixture("minimal");
    let root = dir.path();
    let site_yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    write(root, "site.yaml", format!("{site_yaml}theme: eigen\n"));
    write(
        root,
        "themes/eigen/templates/room.html",
        "{% extends \"nergens.html\" %}\n",
    );
    let (code, problems) = check_json(root);
    assert_eq!(code, Some(1));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0]["path"], "themes/eigen/templates/room.html");
    // Not a parse error: there is no line to give.
    assert_eq!(problems[0]["line"], Value::Null);
    let message = problems[0]["message"].as_str().unwrap();
    assert!(message.contains("'nergens.html'"), "{message}");
}

#[test]
fn a_good_site_with_its_own_templates_still_checks_clean_and_writes_nothing() {
    let site = copy_fixture("complete");
    write(
        site.path(),
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}\n{% block content %}<h1>Eigen 404</h1>{% endblock content %}\n",
    );
    let before = tree(site.path());
    let output = check(site.path());
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(!text.contains("error"), "{text}");
    assert!(
        text.ends_with("mienskip: the content is in order (0 warnings)\n"),
        "{text}"
    );
    assert_eq!(tree(site.path()), before, "check wrote or changed a file");
}
