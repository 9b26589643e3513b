//! A few kilobytes that would stall CI: every input meets a limit from `mienskip::limits`.
//! For each limit, content just over it stops the build with an error that names the limit
//! and its value, and content at the limit still builds. The hostile input is made here;
//! files over a size limit are sparse (`File::set_len`), so no gigabytes are written.

use crate::common::*;
use mienskip::limits::*;
use std::path::Path;

/// Builds and asserts that the build stopped with every one of `expected` on stderr, and
/// wrote no site.
fn stopped(root: &Path, expected: &[&str]) {
    let output = build_into_site(root);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(!text.contains("panicked"), "{text}");
    for expected in expected {
        assert!(text.contains(expected), "expected {expected:?} in:\n{text}");
    }
    assert!(!root.join("site").exists(), "a site was written");
}

/// Builds and asserts success, with no errors on stderr.
fn builds(root: &Path) {
    let output = build_into_site(root);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(root.join("site/index.html").is_file());
}

/// A room of the minimal site with `activities`, each on every day of the week.
fn room_with_activities(name: &str, activities: usize) -> String {
    let mut text = format!("---\nname: Kamer {name}\nkind: main\narea: noord\nstatus: open\naddress: {{ street: Dorpsstraat 1, city: Klein }}\nlocation: {{ lat: 53.2, lon: 5.8 }}\nactivities:\n");
    for n in 0..activities {
        text.push_str(&format!(
            "  - {{ title: Activiteit {n}, days: [ma, di, wo, do, vr, za, zo], from: \"09:00\", to: \"10:00\" }}\n"
        ));
    }
    text.push_str("---\nWelkom.\n");
    text
}

#[test]
fn a_room_with_too_many_activities_stops_the_build() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        "content/rooms/kamer.md",
        room_with_activities("Noord", MAX_ACTIVITIES_PER_ROOM + 1),
    );
    stopped(
        site.path(),
        &[&format!(
            "content/rooms/kamer.md:8: error: a room may have at most {MAX_ACTIVITIES_PER_ROOM} activities; this one has {}; split the room or remove old activities",
            MAX_ACTIVITIES_PER_ROOM + 1
        )],
    );
}

#[test]
fn a_room_at_the_activity_limit_builds() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        "content/rooms/kamer.md",
        room_with_activities("Noord", MAX_ACTIVITIES_PER_ROOM),
    );
    builds(site.path());
    let csv = std::fs::read_to_string(site.path().join("site/data/activities.csv")).unwrap();
    assert_eq!(
        csv.lines().count(),
        MAX_ACTIVITIES_PER_ROOM + 1,
        "header and one row each"
    );
}

/// The build date (`SOURCE_DATE_EPOCH` of the tests), the agenda's first day.
const BUILD_DATE: &str = "2025-11-23";

/// Writes area `area` with rooms whose activities occur exactly `occurrences` times in the
/// agenda's 28 days: daily activities (28 each), the rest one-off on the build date.
fn fill_area(root: &Path, area: &str, occurrences: usize) {
    write(
        root,
        &format!("content/areas/{area}.md"),
        format!("---\nname: Gebied {area}\n---\n"),
    );
    let mut left = occurrences;
    let mut room = 0;
    while left > 0 {
        let mut text = format!("---\nname: Kamer {area} {room}\nkind: main\narea: {area}\nstatus: open\naddress: {{ street: Dorpsstraat 1, city: Klein }}\nlocation: {{ lat: 53.2, lon: 5.8 }}\nactivities:\n");
        let mut activities = 0;
        while activities < MAX_ACTIVITIES_PER_ROOM && left > 0 {
            let when = if left >= 28 {
                left -= 28;
                "days: [ma, di, wo, do, vr, za, zo]".to_string()
            } else {
                left -= 1;
                format!("date: {BUILD_DATE}")
            };
            text.push_str(&format!(
                "  - {{ title: Activiteit {activities}, {when}, from: \"09:00\", to: \"10:00\" }}\n"
            ));
            activities += 1;
        }
        text.push_str("---\nWelkom.\n");
        write(root, &format!("content/rooms/{area}-k{room:02}.md"), text);
        room += 1;
    }
}

/// A full room: `MAX_ACTIVITIES_PER_ROOM` daily activities.
const PER_ROOM: usize = MAX_ACTIVITIES_PER_ROOM * 28;

#[test]
fn an_area_agenda_with_too_many_occurrences_stops_the_build() {
    let site = copy_fixture("minimal");
    fill_area(site.path(), "oost", MAX_AREA_AGENDA_OCCURRENCES + 1);
    stopped(
        site.path(),
        &[&format!(
            "content/rooms/oost-k00.md:9: error: the agenda of area oost would hold {} activity occurrences in its 28 days; an area may have at most {MAX_AREA_AGENDA_OCCURRENCES}; this room adds the most ({PER_ROOM})",
            MAX_AREA_AGENDA_OCCURRENCES + 1
        )],
    );
}

#[test]
fn an_area_agenda_at_the_occurrence_limit_builds() {
    let site = copy_fixture("minimal");
    fill_area(site.path(), "oost", MAX_AREA_AGENDA_OCCURRENCES);
    builds(site.path());
    let html = std::fs::read_to_string(site.path().join("site/agenda/oost/index.html")).unwrap();
    let items = scraper::Html::parse_document(&html)
        .select(&scraper::Selector::parse("li[data-area=oost]").unwrap())
        .count();
    assert_eq!(
        items, MAX_AREA_AGENDA_OCCURRENCES,
        "items on the area's agenda"
    );
}

/// Areas each at their own limit, `extra` occurrences more in one more area.
fn busy_site(extra: usize) -> tempfile::TempDir {
    let site = copy_fixture("minimal");
    let areas = MAX_AGENDA_OCCURRENCES / MAX_AREA_AGENDA_OCCURRENCES;
    for n in 0..areas {
        fill_area(
            site.path(),
            &format!("g{n:03}"),
            MAX_AREA_AGENDA_OCCURRENCES,
        );
    }
    let rest = MAX_AGENDA_OCCURRENCES - areas * MAX_AREA_AGENDA_OCCURRENCES + extra;
    if rest > 0 {
        fill_area(site.path(), "zz", rest);
    }
    site
}

#[test]
fn an_agenda_with_too_many_occurrences_stops_the_build() {
    let site = busy_site(1);
    stopped(
        site.path(),
        &[&format!(
            "content/rooms/g000-k00.md:9: error: the agenda's 28 days would hold {} activity occurrences over all rooms; a site may have at most {MAX_AGENDA_OCCURRENCES}; this room adds the most ({PER_ROOM})",
            MAX_AGENDA_OCCURRENCES + 1
        )],
    );
}

/// At the limit the content is accepted. Checked rather than built: a full build of a
/// million agenda occurrences is what the limit allows, not what a test should wait for.
#[test]
fn an_agenda_at_the_occurrence_limit_is_accepted() {
    let site = busy_site(0);
    let output = check(site.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

/// Two- and three-letter codes, all different and none of them `nl`.
fn language_codes(count: usize) -> Vec<String> {
    let letters = b"abcdefghijklmopqrstuvwxyz";
    (0..count)
        .map(|i| {
            let a = letters[i / letters.len()] as char;
            let b = letters[i % letters.len()] as char;
            format!("x{a}{b}")
        })
        .collect()
}

fn site_with_languages(root: &Path, extra: usize) {
    let text = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    write(
        root,
        "site.yaml",
        format!("{text}languages: [{}]\n", language_codes(extra).join(", ")),
    );
}

#[test]
fn too_many_languages_stop_the_build() {
    let site = copy_fixture("minimal");
    site_with_languages(site.path(), MAX_LANGUAGES);
    stopped(
        site.path(),
        &[&format!(
            "site.yaml:4: error: a site may have at most {MAX_LANGUAGES} languages; this one has {}",
            MAX_LANGUAGES + 1
        )],
    );
}

#[test]
fn a_site_at_the_language_limit_builds() {
    let site = copy_fixture("minimal");
    site_with_languages(site.path(), MAX_LANGUAGES - 1);
    builds(site.path());
    let last = language_codes(MAX_LANGUAGES - 1).pop().unwrap();
    assert!(site
        .path()
        .join(format!("site/{last}/index.html"))
        .is_file());
}

fn budget_over_years(root: &Path, years: usize) {
    let amounts: Vec<String> = (0..years).map(|i| format!("{}: 10", 1990 + i)).collect();
    write(
        root,
        "data/budgets/lang.yaml",
        format!(
            "title: Lang plan\nsource: Archief\nlines:\n  - {{ item: Koffie, amounts: {{ {} }} }}\n",
            amounts.join(", ")
        ),
    );
}

#[test]
fn a_budget_over_too_many_years_stops_the_build() {
    let site = copy_fixture("minimal");
    budget_over_years(site.path(), MAX_BUDGET_YEARS + 1);
    stopped(
        site.path(),
        &[&format!(
            "data/budgets/lang.yaml:3: error: a budget may cover at most {MAX_BUDGET_YEARS} years; this one has amounts, periods or totals for {} years (1990 to {})",
            MAX_BUDGET_YEARS + 1,
            1990 + MAX_BUDGET_YEARS
        )],
    );
}

#[test]
fn a_budget_at_the_year_limit_builds() {
    let site = copy_fixture("minimal");
    budget_over_years(site.path(), MAX_BUDGET_YEARS);
    builds(site.path());
}

/// Makes `relative` a sparse file of `size` bytes: nothing is written but its length.
fn sparse(root: &Path, relative: &str, size: u64) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::File::create(&path).unwrap().set_len(size).unwrap();
}

fn too_large(size: u64, limit: u64) -> String {
    format!(
        "error: the file is {} KiB, more than the limit of {} KiB",
        size / 1024,
        limit / 1024
    )
}

#[test]
fn a_content_file_over_the_size_limit_is_refused_unread() {
    let site = copy_fixture("minimal");
    let size = 6 * 1024 * 1024 * 1024;
    sparse(site.path(), "content/pages/groot.md", size);
    stopped(
        site.path(),
        &[&format!(
            "content/pages/groot.md: {}",
            too_large(size, MAX_CONTENT_FILE_BYTES)
        )],
    );
}

#[test]
fn a_content_file_at_the_size_limit_builds() {
    let site = copy_fixture("minimal");
    let head = "---\ntitle: Groot\n---\n";
    let mut text = head.to_string();
    while text.len() + 40 < MAX_CONTENT_FILE_BYTES as usize {
        text.push_str("Een zin die de pagina langer maakt.\n\n");
    }
    text.push_str(&"a".repeat(MAX_CONTENT_FILE_BYTES as usize - text.len()));
    assert_eq!(text.len() as u64, MAX_CONTENT_FILE_BYTES);
    write(site.path(), "content/pages/groot.md", text);
    builds(site.path());
}

fn with_theme(root: &Path) {
    let text = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    write(root, "site.yaml", format!("{text}theme: eigen\n"));
}

/// A 6 GB theme template was read whole before its size was checked.
#[test]
fn a_theme_template_over_the_size_limit_is_refused_unread() {
    let site = copy_fixture("minimal");
    with_theme(site.path());
    let size = 6 * 1024 * 1024 * 1024;
    sparse(site.path(), "themes/eigen/templates/page.html", size);
    stopped(
        site.path(),
        &[&format!(
            "themes/eigen/templates/page.html: {}",
            too_large(size, MAX_THEME_TEXT_BYTES)
        )],
    );
}

#[test]
fn a_theme_static_file_over_the_size_limit_is_refused_unread() {
    let site = copy_fixture("minimal");
    with_theme(site.path());
    let size = 6 * 1024 * 1024 * 1024;
    sparse(site.path(), "themes/eigen/static/video.mp4", size);
    stopped(
        site.path(),
        &[&format!(
            "themes/eigen/static/video.mp4: {}; make it smaller",
            too_large(size, MAX_THEME_STATIC_BYTES)
        )],
    );
}

/// Files each under their own limit may not add up to more than a whole theme's limit; the
/// sizes are added up before anything is read.
#[test]
fn a_theme_over_the_total_size_limit_is_refused_unread() {
    let site = copy_fixture("minimal");
    with_theme(site.path());
    let count = MAX_THEME_TOTAL_BYTES / MAX_THEME_STATIC_BYTES + 1;
    for n in 0..count {
        sparse(
            site.path(),
            &format!("themes/eigen/static/foto-{n}.jpg"),
            MAX_THEME_STATIC_BYTES,
        );
    }
    stopped(
        site.path(),
        &[&format!(
            "themes/eigen: error: the theme's files add up to {} MiB, more than the limit of {} MiB for a whole theme",
            count * MAX_THEME_STATIC_BYTES / (1024 * 1024),
            MAX_THEME_TOTAL_BYTES / (1024 * 1024)
        )],
    );
}

#[test]
fn theme_files_at_their_size_limits_build() {
    let site = copy_fixture("minimal");
    with_theme(site.path());
    let template = "{% extends \"base.html\" %}{% block content %}<h1>{{ page.title }}</h1>{% endblock content %}";
    let padding = "{# vulling #}";
    let mut text = template.to_string();
    while text.len() + padding.len() <= MAX_THEME_TEXT_BYTES as usize {
        text.push_str(padding);
    }
    write(site.path(), "themes/eigen/templates/eigen.html", text);
    sparse(
        site.path(),
        "themes/eigen/static/groot.bin",
        MAX_THEME_STATIC_BYTES,
    );
    builds(site.path());
    let copied = std::fs::metadata(site.path().join("site/static/groot.bin"))
        .or_else(|_| std::fs::metadata(site.path().join("site/groot.bin")));
    assert_eq!(copied.map(|m| m.len()).ok(), Some(MAX_THEME_STATIC_BYTES));
}

fn area_with_geometry(root: &Path) {
    write(
        root,
        "content/areas/noord.md",
        "---\nname: Noord\ngeometry: geo/noord.geojson\n---\n",
    );
}

#[test]
fn a_geojson_file_over_the_size_limit_is_refused_unread() {
    let site = copy_fixture("minimal");
    area_with_geometry(site.path());
    let size = 6 * 1024 * 1024 * 1024;
    sparse(site.path(), "data/geo/noord.geojson", size);
    stopped(
        site.path(),
        &[&format!(
            "data/geo/noord.geojson: {}",
            too_large(size, MAX_GEOJSON_BYTES)
        )],
    );
}

#[test]
fn a_geojson_file_at_the_size_limit_builds() {
    let site = copy_fixture("minimal");
    area_with_geometry(site.path());
    let json = "{\"type\": \"Polygon\", \"coordinates\": [[[5.7, 53.1], [5.9, 53.1], [5.9, 53.3], [5.7, 53.1]]]}";
    let mut text = json.to_string();
    text.push_str(&" ".repeat(MAX_GEOJSON_BYTES as usize - json.len()));
    write(site.path(), "data/geo/noord.geojson", text);
    builds(site.path());
}

/// `files` budgets of 1,000 lines with an amount in each of 50 years: 50,000 figures each.
fn budgets_of_50_000_figures(root: &Path, files: usize) {
    // Only these: the fixture's own small budget would add two figures.
    std::fs::remove_file(root.join("data/budgets/plan.yaml")).unwrap();
    let amounts: Vec<String> = (0..50).map(|i| format!("{}: 10", 1990 + i)).collect();
    let amounts = amounts.join(", ");
    for file in 0..files {
        let mut text = String::from("title: Groot plan\nsource: Archief\nlines:\n");
        for line in 0..1000 {
            text.push_str(&format!(
                "  - {{ item: Post {line}, amounts: {{ {amounts} }} }}\n"
            ));
        }
        write(root, &format!("data/budgets/groot-{file}.yaml"), text);
    }
}

#[test]
fn budgets_with_too_many_figures_stop_the_build() {
    let site = copy_fixture("minimal");
    budgets_of_50_000_figures(site.path(), MAX_BUDGET_FIGURES / 50_000 + 1);
    stopped(
        site.path(),
        &[&format!(
            "data/budgets/groot-0.yaml:1: error: the budgets hold {} figures (an amount or hours for one line and year) together, more than the limit of {MAX_BUDGET_FIGURES}; this budget holds 50000",
            (MAX_BUDGET_FIGURES / 50_000 + 1) * 50_000
        )],
    );
}

#[test]
fn budgets_at_the_figure_limit_check_clean() {
    let site = copy_fixture("minimal");
    budgets_of_50_000_figures(site.path(), MAX_BUDGET_FIGURES / 50_000);
    let output = check(site.path());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}
