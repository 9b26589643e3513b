//! Every kind of bad input gets a precise message on standard error (`path:line: ...`) and
//! exit status 1, never a panic. The exact text is part of the contract: snapshots.

use crate::common::*;

/// Applies `changes` to the minimal valid site and returns `mienskip check`'s stderr in
/// Dutch (the default) and then in English, asserting exit status 1 in both.
fn errors_for(changes: &[(&str, &[u8])]) -> String {
    let site = copy_fixture("minimal");
    for (path, bytes) in changes {
        write(site.path(), path, bytes);
    }
    let root = site.path().to_str().unwrap();
    let mut both = String::new();
    for language in ["nl", "en"] {
        let output = mienskip(&["--lang", language, "check", "--root", root]);
        let text = stderr(&output);
        assert_eq!(
            output.status.code(),
            Some(1),
            "expected content errors, got:\n{text}"
        );
        assert!(!text.contains("panicked"), "{text}");
        both.push_str(&format!("--- {language}\n{text}"));
    }
    both
}

const ROOM: &str = "content/rooms/kamer.md";

fn room_with(front_matter: &str) -> Vec<u8> {
    format!("---\n{front_matter}---\nWelkom.\n").into_bytes()
}

const VALID_ROOM_KEYS: &str = "name: Buurtkamer Noord\nkind: main\narea: noord\nstatus: open\naddress: { street: Dorpsstraat 1, city: Klein }\n";

#[test]
fn minimal_fixture_is_valid() {
    let output = check(&fixture("minimal"));
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn invalid_yaml() {
    let text = errors_for(&[(ROOM, b"---\nname: Buurtkamer: Noord\nkind: main\n---\n")]);
    insta::assert_snapshot!(text);
}

#[test]
fn wrong_types() {
    let room = room_with(&format!(
        "{VALID_ROOM_KEYS}location: {{ lat: 53.2, lon: 5.8 }}\nmanager: \"yes\"\nhost_volunteers: veel\nfacilities: {{ koffie: ja }}\nopening_hours: {{ days: [ma] }}\n"
    ));
    insta::assert_snapshot!(errors_for(&[(ROOM, &room)]));
}

#[test]
fn closing_fence_missing() {
    insta::assert_snapshot!(errors_for(&[(
        ROOM,
        b"---\nname: Buurtkamer Noord\nkind: main\n\nWelkom.\n"
    )]));
}

#[test]
fn not_utf8() {
    insta::assert_snapshot!(errors_for(&[(ROOM, b"---\nname: Caf\xe9 Noord\n---\n")]));
}

#[test]
fn alias_bomb() {
    let mut yaml = String::from("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        yaml.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    yaml.push_str("---\n");
    insta::assert_snapshot!(errors_for(&[(ROOM, yaml.as_bytes())]));
}

#[test]
fn enormous_file() {
    let mut text = room_with(&format!(
        "{VALID_ROOM_KEYS}location: {{ lat: 53.2, lon: 5.8 }}\n"
    ));
    text.extend(std::iter::repeat_n(b'x', 2 * 1024 * 1024));
    insta::assert_snapshot!(errors_for(&[(ROOM, &text)]));
}

#[test]
fn invalid_id() {
    insta::assert_snapshot!(errors_for(&[(
        "content/rooms/De Kamer.md",
        b"---\nname: x\n---\n"
    )]));
}

#[test]
fn unknown_references() {
    let room = room_with(
        "name: Buurtkamer Noord\nkind: main\narea: nord\nstatus: open\naddress: { street: Dorpsstraat 1 }\nlocation: { lat: 53.2, lon: 5.8 }\norganisations: [welzjin]\n",
    );
    insta::assert_snapshot!(errors_for(&[(ROOM, &room)]));
}

#[test]
fn impossible_times() {
    let room = room_with(&format!(
        "{VALID_ROOM_KEYS}location: {{ lat: 53.2, lon: 5.8 }}\nopening_hours:\n  - {{ days: [ma, dii], from: \"25:00\", to: \"12:00\" }}\n  - {{ days: [wo], from: \"14:00\", to: \"13:00\" }}\n"
    ));
    insta::assert_snapshot!(errors_for(&[(ROOM, &room)]));
}

#[test]
fn latitude_out_of_range() {
    let room = room_with(&format!(
        "{VALID_ROOM_KEYS}location: {{ lat: 152, lon: 5.8 }}\n"
    ));
    insta::assert_snapshot!(errors_for(&[(ROOM, &room)]));
}

#[test]
fn declared_total_differs() {
    let budget = b"title: Plan\nsource: Plan 2024, tabel 1\nlines:\n  - { item: Koffie, group: Ontmoeting, amounts: { 2024: 100.50 } }\n  - { item: Thee, group: Ontmoeting, amounts: { 2024: 49.45 } }\ntotals:\n  - { direction: expense, group: Ontmoeting, amounts: { 2024: 150 } }\n";
    insta::assert_snapshot!(errors_for(&[("data/budgets/plan.yaml", budget)]));
}

#[test]
fn unknown_keys_with_suggestions() {
    let room = room_with(&format!("{VALID_ROOM_KEYS}locaton: {{ lat: 53.2, lon: 5.8 }}\nopening_hours:\n  - {{ dayz: [ma], from: \"09:00\", to: \"12:00\" }}\nkleur: blauw\n"));
    insta::assert_snapshot!(errors_for(&[(ROOM, &room)]));
}

#[test]
fn budget_amount_problems() {
    let budget = b"title: Plan\nsource: Plan\nlines:\n  - { item: A, amounts: { 2024: 45.000 } }\n  - { item: B, amounts: { twintig: 1 } }\n  - { item: C, hours: { 2024: 10 } }\n  - { item: D, amounts: { 2024: 1 }, hours: { 2024: 1 }, rate: 8.80 }\n";
    insta::assert_snapshot!(errors_for(&[("data/budgets/plan.yaml", budget)]));
}

#[test]
fn schedule_problems() {
    let room = room_with(&format!(
        "{VALID_ROOM_KEYS}location: {{ lat: 53.2, lon: 5.8 }}\nactivities:\n  - {{ title: A, days: [wo], interval: 2, from: \"10:00\", to: \"11:00\" }}\n  - {{ title: B, date: 2025-02-30, from: \"10:00\", to: \"11:00\" }}\n  - {{ title: C, days: [wo], date: 2025-03-01, from: \"10:00\", to: \"11:00\" }}\n  - {{ title: D, days: [wo], monthly: 0, from: \"10:00\", to: \"11:00\" }}\n"
    ));
    insta::assert_snapshot!(errors_for(&[(ROOM, &room)]));
}

#[test]
fn status_rules() {
    let room = room_with("name: Buurtkamer Noord\nkind: main\narea: noord\nstatus: closed\n");
    let initiative = b"---\ntitle: Klaar\nstatus: completed\n---\n";
    insta::assert_snapshot!(errors_for(&[
        (ROOM, &room),
        ("content/initiatives/klaar.md", initiative)
    ]));
}

#[test]
fn translations_and_folders() {
    insta::assert_snapshot!(errors_for(&[
        (
            "content/rooms/kamer.fy.md",
            b"---\nname: Buertkeamer\n---\n"
        ),
        ("content/rooms/weg.en.md", b"---\nname: Gone\n---\n"),
        ("content/room/x.md", b"---\nname: x\n---\n"),
        ("content/pages/kamers.md", b"---\ntitle: Kamers\n---\n"),
    ]));
}

#[test]
fn missing_site_yaml() {
    let site = copy_fixture("minimal");
    std::fs::remove_file(site.path().join("site.yaml")).unwrap();
    let output = check(site.path());
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stderr(&output));
}

#[test]
fn several_broken_files_are_all_reported() {
    let text = errors_for(&[
        (ROOM, &room_with(&format!("{VALID_ROOM_KEYS}location: {{ lat: 152, lon: 5.8 }}\n"))),
        ("content/areas/noord.md", b"---\nnaam: Noord\n---\n"),
        ("content/rooms/tweede.md", b"---\nname: Tweede\nkind: main\n"),
        ("content/organisations/org.md", b"---\nname: Org\nkind: welfair\n---\n"),
        ("data/budgets/plan.yaml", b"title: Plan\nsource: S\nlines:\n  - { item: A, amounts: { 2024: 1 } }\ntotals:\n  - { direction: expense, amounts: { 2024: 2 } }\n"),
    ]);
    let files: std::collections::BTreeSet<&str> = text
        .lines()
        .filter(|l| l.contains(": error: "))
        .map(|l| l.split(':').next().unwrap())
        .collect();
    assert_eq!(
        files.into_iter().collect::<Vec<_>>(),
        [
            "content/areas/noord.md",
            "content/organisations/org.md",
            "content/rooms/kamer.md",
            "content/rooms/tweede.md",
            "data/budgets/plan.yaml"
        ]
    );
    insta::assert_snapshot!(text);
}

#[test]
fn wrong_command_exits_2() {
    let output = mienskip(&["bouw"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn room_outside_its_area_is_a_warning_naming_both_files() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        "content/areas/noord.md",
        "---\nname: Noord\ngeometry: geo/noord.geojson\n---\n",
    );
    write(
        site.path(),
        "data/geo/noord.geojson",
        r#"{"type": "Polygon", "coordinates": [[[5.0, 52.0], [5.1, 52.0], [5.1, 52.1], [5.0, 52.1], [5.0, 52.0]]]}"#,
    );
    let output = check(site.path());
    assert_eq!(
        output.status.code(),
        Some(0),
        "warnings do not fail the check"
    );
    insta::assert_snapshot!(stderr(&output));
}

#[test]
fn broken_outlines() {
    insta::assert_snapshot!(errors_for(&[
        (
            "content/areas/noord.md",
            b"---\nname: Noord\ngeometry: geo/noord.geojson\n---\n"
        ),
        (
            "content/areas/zuid.md",
            b"---\nname: Zuid\ngeometry: geo/zuid.geojson\n---\n"
        ),
        (
            "content/areas/west.md",
            b"---\nname: West\ngeometry: geo/west.geojson\n---\n"
        ),
        (
            "data/geo/noord.geojson",
            b"{\"type\": \"Polygon\",\n \"coordinates\": [[[5.0, 52.0], [5.1, 52.0]]]\n"
        ),
        (
            "data/geo/zuid.geojson",
            b"{\"type\": \"Point\", \"coordinates\": [5.0, 52.0]}"
        ),
    ]));
}

#[test]
fn byte_order_mark_is_accepted() {
    let site = copy_fixture("minimal");
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(b"title: Met BOM\nbase_url: https://klein.example.nl/\n");
    write(site.path(), "site.yaml", bytes);
    let output = check(site.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

const BUDGET: &str = "data/budgets/plan.yaml";

/// The lines of `text` that are errors.
fn error_lines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| l.contains(": error: ")).collect()
}

#[test]
fn a_total_over_a_wrong_line_is_not_checked() {
    // The wrong amount drops the line from the sum: checking the total would report a false
    // difference of 49.50 and invite the editor to "fix" a correct total.
    let budget = b"title: Plan\nsource: Plan 2024, tabel 1\nlines:\n  - { item: Koffie, group: Ontmoeting, amounts: { 2024: 100.50 } }\n  - { item: Thee, group: Ontmoeting, amounts: { 2024: 49.5O } }\n  - { item: Huur, group: Huisvesting, amounts: { 2024: 500 } }\ntotals:\n  - { direction: expense, group: Ontmoeting, amounts: { 2024: 150 } }\n  - { direction: expense, group: Huisvesting, amounts: { 2024: 400 } }\n";
    let text = errors_for(&[(BUDGET, budget)]);
    // The total of the other group is still checked, and still wrong.
    assert_eq!(error_lines(&text).len(), 2, "{text}");
    assert!(!text.contains("add up to 100.50"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn one_wrong_budget_line_and_one_wrong_site_key_give_two_errors() {
    let site = b"title: Buurtkamers Klein\nbase_url: https://klein.example.nl/\npublisher: { name: Gemeente Klein }\nlangauges: [fy]\n";
    let budget = b"title: Plan\nsource: Plan 2024, tabel 1\nlines:\n  - { item: Koffie, group: Ontmoeting, amounts: { 2024: 100,50 } }\n  - { item: Thee, group: Ontmoeting, amounts: { 2024: 49.50 } }\ntotals:\n  - { direction: expense, group: Ontmoeting, amounts: { 2024: 150 } }\n";
    let text = errors_for(&[
        ("site.yaml", site),
        (BUDGET, budget),
        (
            "content/rooms/kamer.fy.md",
            b"---\nname: Buertkeamer\n---\n",
        ),
    ]);
    let errors = error_lines(&text);
    assert_eq!(errors.len(), 2, "{text}");
    // site.yaml first: everything else depends on it.
    assert!(
        errors[0].starts_with("site.yaml:4: error: unknown key `langauges`"),
        "{text}"
    );
    assert!(
        errors[1].starts_with("data/budgets/plan.yaml:4: error:"),
        "{text}"
    );
    assert!(!text.contains("lists no extra"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn a_missing_site_yaml_key_comes_before_content_errors() {
    let site = b"base_url: https://klein.example.nl/\npublisher: { name: Gemeente Klein }\nlanguages: [fy]\n";
    let text = errors_for(&[
        ("site.yaml", site),
        ("content/rooms/kamer.en.md", b"---\nname: Room\n---\n"),
    ]);
    assert_eq!(
        error_lines(&text),
        ["site.yaml:1: error: `title` is required; add a line like `title: Buurt- en dorpskamers Leeuwarden`"],
        "{text}"
    );
}

#[test]
fn decimal_commas_in_coordinates_and_amounts() {
    let room = room_with(&format!(
        "{VALID_ROOM_KEYS}location: {{ lat: 53,218, lon: 5.8 }}\n"
    ));
    let other = room_with(
        "name: Buurtkamer Zuid\nkind: main\narea: noord\nstatus: open\naddress: { street: Dorpsstraat 2 }\nlocation:\n  lat: 53.2\n  lon: 5,79\n",
    );
    let budget = "title: Plan\nsource: Plan 2024, tabel 1\nlines:\n  - { item: Koffie, group: Ontmoeting, amounts: { 2024: € 45.000,00 } }\n  - { item: Thee, group: Ontmoeting, amounts: { 2024: 45000,50, 2025: 10 } }\n  - item: Huur\n    amounts:\n      2024: € 1.250,75\n  - { item: Uren, in_kind: true, hours: { 2024: 10,5 }, rate: 8.80 }\n";
    let text = errors_for(&[
        (ROOM, &room),
        ("content/rooms/zuid.md", &other),
        (BUDGET, budget.as_bytes()),
    ]);
    assert!(!text.contains("unknown key"), "{text}");
    assert!(!text.contains("is not a year"), "{text}");
    assert!(
        text.contains("write a decimal point: `lat: 53.218`"),
        "{text}"
    );
    assert!(text.contains("write `45000.00`"), "{text}");
    assert!(text.contains("write `45000.50`"), "{text}");
    assert!(text.contains("write `1250.75`"), "{text}");
    assert_eq!(error_lines(&text).len(), 6, "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn dutch_words_suggest_the_allowed_value() {
    let room = room_with(
        "name: Buurtkamer Noord\nkind: hoofd\narea: noord\nstatus: gesloten\naddress: { street: Dorpsstraat 1 }\nlocation: { lat: 53.2, lon: 5.8 }\nopening_hours:\n  - { days: [maandag, Tuesday], from: \"09:00\", to: \"12:00\" }\n",
    );
    let initiative = b"---\ntitle: Koffie\nareas: [noord]\nstatus: lopend\n---\n";
    let budget = b"title: Plan\nsource: Plan\nstatus: begroot\nlines:\n  - { item: Koffie, direction: uitgave, amounts: { 2024: 10 } }\n  - { item: Gift, direction: inkomsten, amounts: { 2024: 10 } }\n";
    let text = errors_for(&[
        (ROOM, &room),
        ("content/initiatives/koffie.md", initiative),
        (BUDGET, budget),
    ]);
    for (word, meant) in [
        ("hoofd", "main"),
        ("gesloten", "closed"),
        ("maandag", "ma"),
        ("Tuesday", "di"),
        ("lopend", "running"),
        ("begroot", "planned"),
        ("uitgave", "expense"),
        ("inkomsten", "income"),
    ] {
        assert!(
            text.lines()
                .any(|l| l.contains(&format!("\"{word}\"")) || l.contains(&format!("`{word}`")))
                && text
                    .lines()
                    .any(|l| l.contains(word) && l.ends_with(&format!("did you mean `{meant}`?"))),
            "{word} -> {meant}:\n{text}"
        );
    }
    insta::assert_snapshot!(text);
}

#[test]
fn a_reference_by_name_suggests_the_id_and_lists_the_few() {
    let room = room_with(
        "name: Buurtkamer Noord\nkind: main\narea: Leeuwarden Noord\nstatus: open\naddress: { street: Dorpsstraat 1 }\nlocation: { lat: 53.2, lon: 5.8 }\n",
    );
    let other = room_with(
        "name: Dorpskamer\nkind: main\narea: zuidd\nstatus: open\naddress: { street: Dorpsstraat 2 }\nlocation: { lat: 53.2, lon: 5.8 }\n",
    );
    let text = errors_for(&[
        (
            "content/areas/noord.md",
            b"---\nname: Leeuwarden Noord\n---\n",
        ),
        (
            "content/areas/zuid.md",
            b"---\nname: Leeuwarden Zuid\n---\n",
        ),
        (ROOM, &room),
        ("content/rooms/dorp.md", &other),
    ]);
    assert_eq!(error_lines(&text).len(), 2, "{text}");
    assert!(
        text.contains("content/rooms/kamer.md:4: error: `area` names \"Leeuwarden Noord\", which is not an id")
            && text.contains("did you mean `noord`?"),
        "{text}"
    );
    assert!(text.contains("`zuid` (\"Leeuwarden Zuid\")"), "{text}");
    insta::assert_snapshot!(text);
}

/// The YAML mistakes non-programmers make most, each in its own room file, all reported in
/// one run: each message names the line and column to change and shows the corrected line.
#[test]
fn yaml_mistakes_in_plain_words() {
    let rooms: &[(&str, &str)] = &[
        ("apostrophe", "name: 't Kamerke\n"),
        ("tab", "name: Kamer\n\tkind: main\n"),
        ("tab-after-colon", "name:\tKamer\n"),
        ("bracket", "name: Kamer\nfacilities: [koffie, wifi\nkind: main\n"),
        ("colon", "name: Kamer\nsummary: let op: alleen op afspraak\n"),
        (
            "colon-in-braces",
            "name: Kamer\nopening_hours:\n  - { days: [ma], from: \"09:00\", to: \"12:00\", note: let op: even weken }\n",
        ),
        ("at-sign", "name: Kamer\nsummary: @buurtkamer op Instagram\n"),
        ("alias", "name: Kamer\nsummary: *nieuw* geopend\n"),
        ("folded", "name: Kamer\nsummary: > 18 jaar welkom\n"),
        ("text-after-list", "name: Kamer\nsummary: [Concept] nieuwe kamer\n"),
        ("no-space", "name:Kamer\nkind: main\n"),
        ("double-quote", "name: \"De Kamer\" van Noord\n"),
    ];
    let mut changes: Vec<(String, Vec<u8>)> = rooms
        .iter()
        .map(|(id, yaml)| (format!("content/rooms/{id}.md"), room_with(yaml)))
        .collect();
    // A missing closing `---` with a `---` rule further down the text.
    changes.push((
        "content/rooms/fence.md".into(),
        b"---\nname: Kamer\nkind: main\n\nWelkom in de kamer.\n\n---\n\nMeer tekst.\n".to_vec(),
    ));
    let borrowed: Vec<(&str, &[u8])> = changes
        .iter()
        .map(|(path, bytes)| (path.as_str(), bytes.as_slice()))
        .collect();
    let text = errors_for(&borrowed);
    assert!(!text.contains("scalar"), "parser jargon left:\n{text}");
    insta::assert_snapshot!(text);
}

/// `summary: Kamer #1 van Noord` would be published as "Kamer": a warning with the fix.
#[test]
fn a_hash_in_a_text_value_is_a_warning() {
    let site = copy_fixture("minimal");
    let room = room_with(&format!(
        "{VALID_ROOM_KEYS}location: {{ lat: 53.2, lon: 5.8 }}\nsummary: Kamer #1 van Noord\n"
    ));
    write(site.path(), ROOM, &room);
    let output = check(site.path());
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(
        text.contains("content/rooms/kamer.md:8:16: warning:")
            && text.contains("summary: \"Kamer #1 van Noord\""),
        "{text}"
    );
}

/// Coordinates pasted from a map site as one value get the `{ lat, lon }` form to write.
#[test]
fn pasted_coordinates_are_explained() {
    let room = room_with(&format!("{VALID_ROOM_KEYS}location: 53.218, 5.8\n"));
    let text = errors_for(&[(ROOM, &room)]);
    assert_eq!(error_lines(&text).len(), 1, "{text}");
    assert!(
        text.contains("content/rooms/kamer.md:7: error:")
            && text.contains("`location: { lat: 53.218, lon: 5.8 }`"),
        "{text}"
    );
}
