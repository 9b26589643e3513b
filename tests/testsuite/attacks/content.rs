//! Hostile text in the content: script in every text field, `</script>` in JSON-LD, formula
//! cells, pictures from other hosts in every disguise, control characters that would break
//! the feed, a line break that would add fields to `security.txt`, deep nesting, a theme that
//! asks for the build machine's environment, and values that would steer CI or a terminal.

use crate::common::{build_into_site, copy_fixture, mienskip, stderr, tree, write};
use scraper::{Html, Selector};
use std::path::Path;

const SCRIPT: &str = "\"><script>alert('x1')</script><img src=x onerror=alert('x2')>'</script><svg onload=alert('x3')>";

fn yaml_quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

/// Every `<script>` of every page, as (page, src, type, text).
fn scripts(site: &Path) -> Vec<(String, Option<String>, Option<String>, String)> {
    let selector = Selector::parse("script").unwrap();
    let mut found = Vec::new();
    for (path, bytes) in tree(site) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = Html::parse_document(&String::from_utf8_lossy(&bytes));
        for script in html.select(&selector) {
            found.push((
                path.clone(),
                script.value().attr("src").map(str::to_string),
                script.value().attr("type").map(str::to_string),
                script.text().collect(),
            ));
        }
    }
    found
}

fn hostile_site() -> tempfile::TempDir {
    let dir = copy_fixture("complete");
    let root = dir.path();
    let s = yaml_quoted(SCRIPT);
    write(
        root,
        "content/rooms/de-kamer.md",
        format!(
            "---\nname: {s}\nkind: main\narea: noord\nstatus: open\nsummary: {s}\n\
             address: {{ street: {s}, postcode: 8900 AA, city: {s} }}\n\
             location: {{ lat: 53.25, lon: 5.8 }}\n\
             opening_hours:\n  - {{ days: [ma], from: \"09:00\", to: \"17:00\", note: {s} }}\n\
             presence:\n  - {{ who: {s}, days: [di], from: \"10:00\", to: \"12:00\" }}\n\
             facilities: [{s}]\n\
             activities:\n  - {{ title: {s}, days: [wo], from: \"10:00\", to: \"12:00\" }}\n\
             volunteers_wanted:\n  - {{ role: {s}, hours: {s} }}\n\
             history:\n  - {{ date: 2021-01-01, text: {s} }}\n---\n\
             Tekst {SCRIPT}\n\n<a href=\"javascript:alert('x4')\">klik</a> \
             <iframe src=\"https://evil.example/\"></iframe>\n"
        ),
    );
    write(
        root,
        "content/areas/noord.md",
        format!(
            "---\nname: {s}\ngeometry: geo/noord.geojson\nteam: {{ name: {s}, email: noord@example.nl }}\nsummary: {s}\n---\n{SCRIPT}\n"
        ),
    );
    write(
        root,
        "content/initiatives/repair-cafe.md",
        format!(
            "---\ntitle: {s}\nstatus: running\nareas: [noord]\nrooms: [de-kamer]\nsummary: {}\nvolunteers_wanted: [ {{ role: {s}, hours: {s} }} ]\n---\n{SCRIPT}\n",
            yaml_quoted("=HYPERLINK(\"https://evil.example/\",\"klik\")")
        ),
    );
    write(
        root,
        "content/organisations/welzijn.md",
        format!("---\nname: {s}\nkind: welfare\nareas: [noord]\nsummary: {s}\n---\n{SCRIPT}\n"),
    );
    dir
}

#[test]
fn script_in_every_text_field_never_becomes_script() {
    let clean = copy_fixture("complete");
    assert!(build_into_site(clean.path()).status.success());
    let dir = hostile_site();
    let output = build_into_site(dir.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let site = dir.path().join("site");

    // No page gains a script: the same scripts as the clean build, page for page, and every
    // inline one is JSON-LD that parses as JSON.
    let shape = |found: &[(String, Option<String>, Option<String>, String)]| {
        let mut shape: Vec<_> = found
            .iter()
            .map(|(page, src, kind, _)| (page.clone(), src.clone(), kind.clone()))
            .collect();
        shape.sort();
        shape
    };
    let hostile = scripts(&site);
    assert_eq!(shape(&hostile), shape(&scripts(&clean.path().join("site"))));
    for (page, src, kind, text) in &hostile {
        if src.is_none() {
            assert_eq!(kind.as_deref(), Some("application/ld+json"), "{page}");
            serde_json::from_str::<serde_json::Value>(text)
                .unwrap_or_else(|e| panic!("{page}: JSON-LD broken by content ({e}): {text}"));
        }
    }

    // No element anywhere carries an event handler or a javascript: address, and no frame.
    let all = Selector::parse("*").unwrap();
    let mut pages = 0;
    for (path, bytes) in tree(&site) {
        let text = String::from_utf8_lossy(&bytes);
        if path.ends_with(".html") {
            pages += 1;
            let html = Html::parse_document(&text);
            for element in html.select(&all) {
                assert_ne!(element.value().name(), "iframe", "{path}");
                for (name, value) in element.value().attrs() {
                    assert!(!name.starts_with("on"), "{path}: {name}={value}");
                    assert!(
                        !value.trim_start().to_lowercase().starts_with("javascript:"),
                        "{path}: {name}={value}"
                    );
                }
            }
        } else if path.ends_with(".svg") || path.ends_with(".xml") {
            // JSON files carry names as data (a consumer escapes them); markup files may not.
            assert!(!text.contains("<script"), "{path}");
            assert!(!text.contains("<img src=x"), "{path}");
        }
    }
    assert!(pages > 20);

    // The hostile name is shown as text where it belongs.
    let room = Html::parse_document(
        &std::fs::read_to_string(site.join("kamers/de-kamer/index.html")).unwrap(),
    );
    let h1: String = room
        .select(&Selector::parse("h1").unwrap())
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(h1.trim(), SCRIPT);

    // The JSON twin carries the sanitised body, not the raw Markdown.
    let twin: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.join("kamers/de-kamer/index.json")).unwrap())
            .unwrap();
    let body = twin["description_html"].as_str().unwrap();
    assert!(body.contains("Tekst"), "{body}");
    let fragment = Html::parse_fragment(body);
    for element in fragment.select(&all) {
        assert_ne!(element.value().name(), "script", "{body}");
        assert!(
            element
                .value()
                .attrs()
                .all(|(name, value)| !name.starts_with("on")
                    && !value.to_lowercase().contains("javascript:")),
            "{body}"
        );
    }
    assert!(twin.get("description").is_none());

    // A formula cell is made inert in every CSV.
    let mut reader = csv::Reader::from_path(site.join("data/initiatives.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let summary = headers.iter().position(|h| h == "summary").unwrap();
    let cells: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[summary].to_string())
        .collect();
    assert!(
        cells.contains(&"'=HYPERLINK(\"https://evil.example/\",\"klik\")".to_string()),
        "{cells:?}"
    );
}

#[test]
fn pictures_from_other_hosts_are_dropped_with_a_warning_at_their_line() {
    let dir = copy_fixture("complete");
    let root = dir.path();
    let sources = [
        "http:tracker.example/c.png",
        "/&#9;/tracker.example/g.png",
        " //tracker.example/i.png",
        "/\\tracker.example/k.png",
        "https://tracker.example/l.png",
    ];
    let mut body = String::from("Foto's:\n\n");
    for source in sources {
        body.push_str(&format!("<img src=\"{source}\" alt=\"foto\">\n\n"));
    }
    body.push_str("![eigen foto](/media/eigen.jpg)\n");
    write(
        root,
        "content/rooms/oude-school.md",
        format!("---\nname: De Oude School\nkind: satellite\narea: zuid\nstatus: closed\nopened: 2019-05-01\nclosed: 2022-09-01\naddress: {{ street: Schoolstraat 2, postcode: 8901 BB, city: Teststad }}\nlocation: {{ lat: 53.15, lon: 5.75 }}\n---\n{body}"),
    );
    let output = build_into_site(root);
    let err = stderr(&output);
    assert!(output.status.success(), "{err}");
    for (index, _) in sources.iter().enumerate() {
        // The body starts on line 11; the first picture is on line 13.
        let line = 13 + 2 * index;
        assert!(
            err.contains(&format!(
                "content/rooms/oude-school.md:{line}: warning: the picture"
            )),
            "line {line}: {err}"
        );
    }
    for (path, bytes) in tree(&root.join("site")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("tracker.example"), "{path}");
    }
    let page = std::fs::read_to_string(root.join("site/kamers/oude-school/index.html")).unwrap();
    assert!(page.contains("src=\"/media/eigen.jpg\""));
}

#[test]
fn deep_nesting_stops_the_build_with_the_limit_named() {
    for body in [
        ">".repeat(100_000),
        "<div>".repeat(40_000),
        "> - ".repeat(30_000),
        "1. ".repeat(50_000),
    ] {
        let dir = copy_fixture("complete");
        let root = dir.path();
        write(
            root,
            "content/pages/diep.md",
            format!("---\ntitle: Diep\n---\nEerst gewoon.\n\n{body}\n"),
        );
        let output = build_into_site(root);
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{err}");
        assert!(
            err.contains("content/pages/diep.md:6: error:") && err.contains("more than 100 levels"),
            "{err}"
        );
        assert!(!root.join("site").exists());
    }
}

#[test]
fn control_characters_and_line_breaks_are_refused_where_they_are_written() {
    let dir = copy_fixture("complete");
    let root = dir.path();
    let site_yaml = std::fs::read_to_string(root.join("site.yaml")).unwrap().replace(
        "email: opendata@example.nl",
        "email: \"opendata@example.nl\\nContact: https://evil.example/\\nPolicy: https://evil.example/\"",
    );
    write(root, "site.yaml", site_yaml);
    write(
        root,
        "content/initiatives/moestuin.md",
        "---\ntitle: \"Moes\\x01tuin\\x1b[31m\"\nstatus: running\nareas: [zuid]\n---\nTekst.\n",
    );
    write(
        root,
        "content/initiatives/repair-cafe.md",
        "---\ntitle: Repair Café\nstatus: running\nareas: [noord]\nsummary: \"Samen\\x0b\\x0crepareren\"\n---\nTekst.\n",
    );
    let output = build_into_site(root);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("site.yaml:7: error: `email` is \"opendata@example.nl\\u{a}Contact:"),
        "{err}"
    );
    assert!(
        err.contains("content/initiatives/moestuin.md:2: error: `title` holds an invisible control character (U+0001)"),
        "{err}"
    );
    assert!(
        err.contains("content/initiatives/repair-cafe.md:5: error: `summary` holds an invisible control character (U+000B)"),
        "{err}"
    );
    assert!(!err.contains('\u{1b}'));
    assert!(!root.join("site").exists());
}

#[test]
fn a_theme_cannot_read_the_build_machines_environment() {
    let dir = copy_fixture("complete");
    let root = dir.path();
    let site_yaml = std::fs::read_to_string(root.join("site.yaml"))
        .unwrap()
        .replace("theme: default", "theme: lek");
    write(root, "site.yaml", site_yaml);
    write(
        root,
        "themes/lek/templates/404.html",
        "{% extends \"base.html\" %}{% block content %}{{ get_env(name=\"SECRET_TOKEN\") }}{% endblock content %}",
    );
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mienskip"))
        .args(["build", "--root", root.to_str().unwrap()])
        .env("SOURCE_DATE_EPOCH", "1763856000")
        .env("SECRET_TOKEN", "geheim-8c1f9a")
        .output()
        .unwrap();
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("get_env"), "{err}");
    assert!(!err.contains("geheim-8c1f9a"));
    if root.join("site").exists() {
        for (path, bytes) in tree(&root.join("site")) {
            assert!(
                !String::from_utf8_lossy(&bytes).contains("geheim-8c1f9a"),
                "{path}"
            );
        }
    }
}

#[test]
fn content_values_in_messages_cannot_form_workflow_commands() {
    let dir = copy_fixture("complete");
    let root = dir.path();
    write(
        root,
        "content/rooms/nieuwe-kamer.md",
        "---\nname: Dorpskamer Nieuw\nkind: main\narea: zuid\nstatus: \"x\\n::add-mask::geheim\\n::error::vals\\u001b[2J\"\n---\n",
    );
    for format in ["text", "github"] {
        let output = mienskip(&[
            "check",
            "--root",
            root.to_str().unwrap(),
            "--format",
            format,
        ]);
        assert_eq!(output.status.code(), Some(1));
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            stderr(&output)
        );
        assert!(all.contains("add-mask"), "{format}: {all}");
        for line in all.lines() {
            assert!(
                !line.starts_with("::add-mask") && !line.starts_with("::error::vals"),
                "{format}: {line}"
            );
        }
        assert!(!all.contains('\u{1b}'), "{format}: {all:?}");
    }
}

#[test]
fn an_alias_bomb_stops_the_build_with_the_limit_named() {
    let dir = copy_fixture("complete");
    let root = dir.path();
    // Nine levels of nine aliases each would expand to 387 million values.
    let mut yaml = String::from("---\nname: Bom\nkind: main\narea: noord\nstatus: planned\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..9 {
        let previous = format!("*a{}", level - 1);
        let row = [previous.as_str(); 9].join(", ");
        yaml.push_str(&format!("x{level}: &a{level} [{row}]\n"));
    }
    yaml.push_str("---\n");
    write(root, "content/rooms/bom.md", yaml);
    let output = build_into_site(root);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/rooms/bom.md:") && err.contains("more than 200000 values"),
        "{err}"
    );
    assert!(!root.join("site").exists());
}
