//! Nothing is lost in silence: what the build leaves out or advises against is a warning at
//! its line, and `--strict` makes warnings stop the build (for CI).

use crate::common::*;

const ROOM: &str = "content/rooms/kamer.md";

#[test]
fn removed_html_is_a_warning_at_its_line() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        ROOM,
        minimal_room(
            "",
            "Welkom.\n\n<script>alert(1)</script>\n\n<b>Open</b> <iframe src=\"/x\"></iframe>\n",
        ),
    );
    let output = check(site.path());
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    let warnings = warning_lines(&text);
    assert_eq!(warnings.len(), 2, "{text}");
    assert!(
        warnings[0].starts_with("content/rooms/kamer.md:12: warning: the HTML <script>"),
        "{text}"
    );
    assert!(
        warnings[1].starts_with("content/rooms/kamer.md:14: warning: the HTML <iframe>"),
        "{text}"
    );
}

#[test]
fn a_long_summary_is_a_warning_that_names_the_limit() {
    let site = copy_fixture("minimal");
    let summary = "Een kamer waar iedereen welkom is. ".repeat(10);
    write(
        site.path(),
        ROOM,
        minimal_room(&format!("summary: {}\n", summary.trim()), "Welkom.\n"),
    );
    let text = stderr(&check(site.path()));
    let warnings = warning_lines(&text);
    assert_eq!(warnings.len(), 1, "{text}");
    assert!(
        warnings[0]
            .starts_with("content/rooms/kamer.md:9: warning: `summary` is 349 characters long")
            && warnings[0].contains("at most 300 characters"),
        "{text}"
    );
}

#[test]
fn strict_makes_warnings_fail_check_and_build_and_keeps_the_old_site() {
    let site = copy_fixture("minimal");
    let first = build_into_site(site.path());
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = tree(&site.path().join("site"));

    write(
        site.path(),
        ROOM,
        minimal_room("", "Welkom <iframe src=\"/x\"></iframe>\n"),
    );
    let root = site.path().to_str().unwrap();
    let lenient = mienskip(&["check", "--root", root]);
    assert_eq!(lenient.status.code(), Some(0), "{}", stderr(&lenient));

    let strict = mienskip(&["check", "--root", root, "--strict"]);
    let text = stderr(&strict);
    assert_eq!(strict.status.code(), Some(1), "{text}");
    assert!(
        text.contains("content/rooms/kamer.md:10: error: the HTML <iframe>")
            && text.contains("an error with --strict"),
        "{text}"
    );

    let built = mienskip(&["build", "--root", root, "--strict"]);
    assert_eq!(built.status.code(), Some(1), "{}", stderr(&built));
    assert!(
        stderr(&built).contains("nothing was written"),
        "{}",
        stderr(&built)
    );
    assert_eq!(tree(&site.path().join("site")), before);
}

#[test]
fn links_to_pages_that_do_not_exist_are_warnings_at_their_line() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        "site.yaml",
        "title: Buurtkamers Klein\nbase_url: https://klein.example.nl/\nlanguages: [nl, fy]\npublisher: { name: Gemeente Klein }\n",
    );
    let body = "\
Zie [deze kamer](/kamers/kamer/) en [zonder schuine streep](/kamers/kamer#open).
Ook [het gebied](/fy/gebieden/noord/) en [de open data](/data/rooms.csv).
Maar [een typefout](/kamers/kamr/) en [weg](/kamers/bestaat-niet/).
En [een oud adres](/oud/pad/), [een jaar](/begroting/1999/) en ![foto](/fotos/a/).
";
    write(site.path(), ROOM, minimal_room("", body));
    let output = check(site.path());
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    let warnings = warning_lines(&text);
    assert_eq!(warnings.len(), 5, "{text}");
    assert!(warnings[0].starts_with("content/rooms/kamer.md:12:6: warning: the link to `/kamers/kamr/` leads to no page of the site: there is no room `kamr`; did you mean `kamer`?"), "{text}");
    assert!(
        warnings[1].starts_with(
            "content/rooms/kamer.md:12:39: warning: the link to `/kamers/bestaat-niet/`"
        ),
        "{text}"
    );
    assert!(
        warnings[2].contains(":13:4: warning: the link to `/oud/pad/` leads to no page"),
        "{text}"
    );
    assert!(
        warnings[3].contains(":13:32: warning: the link to `/begroting/1999/`"),
        "{text}"
    );
    assert!(
        warnings[4].contains(":13:64: warning: the picture `/fotos/a/` is not on the site"),
        "{text}"
    );
}

/// Every kind of warning an editor meets in one site, as `mienskip check` shows it in Dutch
/// (the default) and in English: line, column where known, the marker and the fix.
#[test]
fn warnings_in_both_languages() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        ROOM,
        minimal_room(
            "summary: Kamer #1 van Noord\n",
            "Welkom.\n\n<script>alert(1)</script>\n\n![deur](https://elders.example.com/deur.jpg)\n\nZie [de andere kamer](/kamers/bestaat-niet/) en [het plan](/plan.pdf).\n\n![Logo](/icons/Icon.SVG)\n",
        ),
    );
    let long = "Een kamer waar iedereen welkom is. ".repeat(10);
    write(
        site.path(),
        "content/rooms/zuid.md",
        minimal_room(&format!("summary: {}\n", long.trim()), "Welkom.\n")
            .replace("Buurtkamer Noord", "Buurtkamer Zuid"),
    );
    let root = site.path().to_str().unwrap();
    let mut both = String::new();
    for language in ["nl", "en"] {
        let output = mienskip(&["--lang", language, "check", "--root", root]);
        let text = stderr(&output);
        assert_eq!(output.status.code(), Some(0), "{text}");
        both.push_str(&format!("--- {language}\n{text}"));
    }
    insta::assert_snapshot!(both);
}
