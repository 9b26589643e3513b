//! Links and pictures in texts to files (issue #15): a file the build does not write is a
//! warning at the link's line and column, with a close file suggested; every kind of file
//! the build does write is accepted, and `check` and `build` say the same.

use crate::common::*;
use std::path::Path;

const ROOM: &str = "content/rooms/kamer.md";

/// The warnings of `check` of `root`, which `build` must give as well.
fn warnings(root: &Path) -> Vec<String> {
    let checked = check(root);
    let text = stderr(&checked);
    assert_eq!(checked.status.code(), Some(0), "{text}");
    let built = build_into_site(root);
    let built_text = stderr(&built);
    assert_eq!(built.status.code(), Some(0), "{built_text}");
    let found = warnings_of(&checked);
    assert_eq!(found, warnings_of(&built), "check and build differ");
    found
}

/// A small PNG of `width` by `height` pixels.
fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_pixel(width, height, image::Rgb([30, 90, 160]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut bytes, image::ImageFormat::Png)
        .expect("a PNG encodes");
    bytes.into_inner()
}

#[test]
fn links_to_files_the_build_does_not_write_are_warnings_with_a_suggestion() {
    let site = copy_fixture("minimal");
    let body = "\
Welkom.

![De deur](/fotos/deur.jpg) en [het plan](/plan.pdf).
Zie [de kamers](/data/room.csv), [de stijl](/Style.css) en [het icoon](/static/icons/icon.svg).
![Hier](foto.jpg) en [de agenda](agenda.icss?week=2#vandaag).
";
    write(site.path(), ROOM, minimal_room("", body));
    let found = warnings(site.path());
    let expected = [
        "content/rooms/kamer.md:12:1: warning: the picture `/fotos/deur.jpg` is not on the site; correct the address, or put the file in `themes/default/static/` and link to `/deur.jpg`",
        "content/rooms/kamer.md:12:32: warning: the link to `/plan.pdf` leads to a file that is not on the site; correct the address, or put the file in `themes/default/static/` and link to `/plan.pdf`",
        "content/rooms/kamer.md:13:5: warning: the link to `/data/room.csv` leads to a file that is not on the site; did you mean `/data/rooms.csv`?",
        "content/rooms/kamer.md:13:34: warning: the link to `/Style.css` leads to a file that is not on the site; did you mean `/style.css`?",
        "content/rooms/kamer.md:13:60: warning: the link to `/static/icons/icon.svg` leads to a file that is not on the site; did you mean `/icons/icon.svg`?",
        "content/rooms/kamer.md:14:1: warning: the picture `foto.jpg` is not on the site; correct the address, or put the file in `themes/default/static/` and link to `/foto.jpg`",
        "content/rooms/kamer.md:14:22: warning: the link to `agenda.icss?week=2#vandaag` leads to a file that is not on the site; did you mean `/kamers/kamer/agenda.ics`?",
    ];
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    for (line, start) in found.iter().zip(expected) {
        assert!(
            line.starts_with(start),
            "{line}\nshould start with\n{start}"
        );
    }
}

#[test]
fn every_kind_of_file_the_build_writes_may_be_linked() {
    let site = copy_fixture("minimal");
    let root = site.path();
    write(
        root,
        "site.yaml",
        "title: Buurtkamers Klein\nbase_url: https://klein.example.nl/\nlanguages: [nl, fy]\npublisher: { name: Gemeente Klein }\neditor: { backend: github, repo: gemeente/kamers }\n",
    );
    // A picture and a PDF the editor put in the theme's static folder.
    write(root, "themes/default/static/plattegrond.png", png(20, 10));
    write(
        root,
        "themes/default/static/documenten/plan.pdf",
        b"%PDF-1.4\n",
    );
    write(root, "data/photos/ingang.png", png(1200, 600));
    let photo = "photo: { file: photos/ingang.png, alt: De ingang }\n";
    write(root, ROOM, minimal_room(photo, "Welkom.\n"));
    let built = build_into_site(root);
    assert_eq!(built.status.code(), Some(0), "{}", stderr(&built));
    let written = tree(&root.join("site"));
    let photos: Vec<&str> = written
        .iter()
        .map(|(path, _)| path.as_str())
        .filter(|p| p.starts_with("kamers/kamer/foto-") && p.ends_with(".jpg"))
        .collect();
    assert!(photos.len() >= 2, "{photos:?}");
    let pagefind = written
        .iter()
        .map(|(path, _)| path.as_str())
        .find(|p| p.starts_with("pagefind/"))
        .expect("a search index");
    let linked = [
        "/data/rooms.csv",
        "/data/rooms.excel.csv",
        "/data/rooms.geojson",
        "/data/activities.csv",
        "/data/agenda.ics",
        "/data/mienskip.sqlite",
        "/data/datapackage.json",
        "/data/catalog.jsonld",
        "/data/SHA256SUMS",
        "/kamers/kamer/agenda.ics",
        "/kamers/kamer/index.json",
        "/gebieden/noord/index.json",
        "/style.css",
        "/icons/icon.svg",
        "/plattegrond.png",
        "/documenten/plan.pdf",
        "/sitemap.xml",
        "/robots.txt",
        "/feed.xml",
        "/.well-known/security.txt",
        "/manifest.webmanifest",
        "/sw.js",
        "/wijzigingen/feed.xml",
        "/postcode/postcodes.json",
        "/admin/config.yml",
        "/vendor/sveltia-cms/sveltia-cms.js",
        "/404.html",
        "/fy/kamers/kamer/index.html",
        "/kamers/kamer/index.html",
        "agenda.ics",
        "./index.json",
        "../../data/rooms.csv?download=1",
        "/data/rooms.csv#rij-2",
    ];
    let mut body = String::from("Welkom.\n\n");
    for target in linked {
        body.push_str(&format!("[bestand]({target})\n"));
    }
    for file in photos.iter().chain([&pagefind]) {
        body.push_str(&format!("![foto](/{file})\n"));
    }
    body.push_str(&format!(
        "![relatief]({})\n",
        photos[0].trim_start_matches("kamers/kamer/")
    ));
    body.push_str("![plattegrond](/plattegrond.png)\n");
    write(root, ROOM, minimal_room(photo, &body));
    // The same links in the translation, whose page is under `/fy/`.
    let frisian = body
        .replace("](agenda.ics)", "](../../../kamers/kamer/agenda.ics)")
        .replace("](./index.json)", "](/kamers/kamer/index.json)")
        .replace("](../../data/", "](../../../data/")
        .replace("![relatief](", "![relatief](../../../kamers/kamer/");
    write(
        root,
        "content/rooms/kamer.fy.md",
        format!("---\nname: Buertkeamer Noard\n---\n{frisian}"),
    );
    std::fs::remove_dir_all(root.join("site")).unwrap();
    assert_eq!(warnings(root), Vec::<String>::new());
}

#[test]
fn a_photo_linked_by_its_own_name_suggests_the_published_one() {
    let site = copy_fixture("minimal");
    let root = site.path();
    write(root, "data/photos/ingang.png", png(1200, 600));
    let photo = "photo: { file: photos/ingang.png, alt: De ingang }\n";
    write(
        root,
        ROOM,
        minimal_room(photo, "Welkom.\n\n![De ingang](foto.jpg)\n"),
    );
    let found = warnings(root);
    assert_eq!(found.len(), 1, "{found:#?}");
    let line = &found[0];
    assert!(
        line.starts_with(
            "content/rooms/kamer.md:13:1: warning: the picture `foto.jpg` is not on the site; did you mean `/kamers/kamer/foto-"
        ),
        "{line}"
    );
    let written = tree(&root.join("site"));
    let suggested = line.split('`').nth(3).unwrap().trim_start_matches('/');
    assert!(
        written.iter().any(|(path, _)| path == suggested),
        "{suggested} is written"
    );
}

/// On a site whose address has a path (`/klein/`), a link from the root (`/data/…`) is
/// one on the site: the build puts the path in front (`resolve::rebase`). One written with
/// the path already would get it twice, and is a warning that suggests the link without it.
#[test]
fn the_base_path_and_other_languages_are_minded() {
    let site = copy_fixture("minimal");
    let root = site.path();
    write(
        root,
        "site.yaml",
        "title: Buurtkamers Klein\nbase_url: https://example.nl/klein/\nlanguages: [nl, en]\npublisher: { name: Gemeente Klein }\n",
    );
    let body = "\
Welkom.

[Data](/data/rooms.csv), [Engels](/en/kamers/kamer/index.html), [terug](../../data/rooms.csv).
[Niet](/data/bestaat-niet.csv) en [niet in het Engels](/en/style.css) en [dubbel](/klein/data/rooms.csv).
";
    write(root, ROOM, minimal_room("", body));
    let found = warnings(root);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(
        found[0].starts_with("content/rooms/kamer.md:13:1: warning: the link to `/data/bestaat-niet.csv` leads to a file that is not on the site"),
        "{}",
        found[0]
    );
    assert!(
        found[1].starts_with("content/rooms/kamer.md:13:35: warning: the link to `/en/style.css` leads to a file that is not on the site; did you mean `/style.css`?"),
        "{}",
        found[1]
    );
    assert!(
        found[2].starts_with("content/rooms/kamer.md:13:74: warning: the link to `/klein/data/rooms.csv` leads to a file that is not on the site; did you mean `/data/rooms.csv`?"),
        "{}",
        found[2]
    );
}

#[test]
fn a_relative_link_to_a_page_resolves_against_the_texts_page() {
    let site = copy_fixture("minimal");
    let body = "Welkom.\n\n[Terug](../) en [zelf](./) en [weg](../bestaat-niet/).\n";
    write(site.path(), ROOM, minimal_room("", body));
    let found = warnings(site.path());
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("content/rooms/kamer.md:12:31: warning: the link to `../bestaat-niet/` leads to no page of the site: there is no room `bestaat-niet`"),
        "{}",
        found[0]
    );
}

#[test]
fn the_warning_is_in_dutch_by_default() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        ROOM,
        minimal_room("", "Welkom.\n\n[Het plan](/plan.pdf)\n"),
    );
    let root = site.path().to_str().unwrap();
    let output = mienskip(&["--lang", "nl", "check", "--root", root]);
    let text = stderr(&output);
    assert!(
        text.contains("content/rooms/kamer.md:12:1: waarschuwing: de link naar `/plan.pdf` gaat naar een bestand dat niet op de site staat; verbeter het adres, of zet het bestand in `themes/default/static/` en link naar `/plan.pdf`"),
        "{text}"
    );
}

#[test]
fn a_versioned_open_data_file_may_be_linked() {
    let site = copy_fixture("minimal");
    let root = site.path();
    let date = "2025-01-10T10:00:00+00:00";
    git(root, &["init", "-q", "-b", "main"], date);
    git(root, &["add", "-A"], date);
    git(root, &["commit", "-q", "-m", "Eerste versie"], date);
    git(root, &["tag", "data-2025-01"], date);
    let body = "Welkom.\n\n[Cijfers van januari](/data/versies/data-2025-01/rooms.csv) en [de lijst](/data/versies/data-2025-01/SHA256SUMS).\n[Fout](/data/versies/data-2025-02/rooms.csv)\n";
    write(root, ROOM, minimal_room("", body));
    let found = warnings(root);
    let written = tree(&root.join("site"));
    assert!(
        written
            .iter()
            .any(|(path, _)| path == "data/versies/data-2025-01/rooms.csv"),
        "the version is published"
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("content/rooms/kamer.md:13:1: warning: the link to `/data/versies/data-2025-02/rooms.csv` leads to a file that is not on the site; did you mean `/data/versies/data-2025-01/rooms.csv`?"),
        "{}",
        found[0]
    );
}

#[test]
fn the_preview_shows_the_warning_too() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        ROOM,
        minimal_room("", "Welkom.\n\n[Het plan](/plan.pdf)\n"),
    );
    let (mut child, base, _lines) = start_serve(site.path());
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(30)))
        .build()
        .into();
    let page = agent
        .get(format!("{base}/kamers/kamer/"))
        .call()
        .map(|mut r| r.body_mut().read_to_string().unwrap());
    let _ = child.kill();
    let _ = child.wait();
    let page = page.expect("the preview answers");
    // The banner shows the message's backticks as code.
    assert!(
        page.contains("the link to <code>/plan.pdf</code> leads to a file that is not on the site"),
        "{page}"
    );
}

/// A theme file the site does not publish (the map library without the interactive map,
/// the form editor without `editor:`) is no file of the site.
#[test]
fn a_theme_file_the_site_does_not_publish_is_a_warning() {
    let site = copy_fixture("minimal");
    let body = "Welkom.\n\n[Kaart](/vendor/leaflet/leaflet.js) en [editor](/admin/config.yml).\n";
    write(site.path(), ROOM, minimal_room("", body));
    let found = warnings(site.path());
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0].contains(
            "the link to `/vendor/leaflet/leaflet.js` leads to a file that is not on the site"
        ),
        "{}",
        found[0]
    );
    assert!(
        found[1]
            .contains("the link to `/admin/config.yml` leads to a file that is not on the site"),
        "{}",
        found[1]
    );
}
