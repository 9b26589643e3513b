//! Contacts and photos (issue #14, part 4): contact details checked with their line and a
//! fix, phone numbers published the Dutch way for reading and in E.164 for `tel:` links,
//! JSON-LD and the open data; a warning for an open room no one can be reached about;
//! photos published resized in several widths without their metadata, never the original;
//! and the files a photo line may not name.

use crate::common::*;
use scraper::{Html, Selector};
use std::path::Path;

const ROOM: &str = "content/rooms/kamer.md";

/// The minimal site's room with `extra` lines in its front matter (the room's own contact
/// replaced when `extra` has one).
fn room(extra: &str) -> String {
    let contact = if extra.contains("contact:") {
        String::new()
    } else {
        "contact: { email: kamer@example.nl }\n".to_string()
    };
    format!(
        "---\nname: Buurtkamer Noord\nkind: main\narea: noord\nstatus: open\naddress: {{ street: Dorpsstraat 1, city: Klein }}\nlocation: {{ lat: 53.2, lon: 5.8 }}\n{contact}{extra}---\nWelkom.\n"
    )
}

fn built(site: &Path) -> String {
    let output = build_into_site(site);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    text
}

fn read(site: &Path, path: &str) -> String {
    std::fs::read_to_string(site.join("site").join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn select<'h>(html: &'h Html, css: &str) -> Vec<scraper::ElementRef<'h>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn bad_contact_values_are_errors_with_their_line_value_and_fix() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        ROOM,
        room("contact:\n  email: mail ons\n  phone: bel maar\n  website: www.example.nl\n"),
    );
    write(
        site.path(),
        "content/organisations/welzijn.md",
        "---\nname: Welzijn\nkind: welfare\nemail: \"Welzijn <info@welzijn.example.nl>\"\nphone: \"058 12\"\n---\n",
    );
    write(
        site.path(),
        "content/areas/noord.md",
        "---\nname: Noord\nteam: { name: Wijkteam, phone: \"+31 58\" }\n---\n",
    );
    let output = check(site.path());
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    for line in [
        "content/rooms/kamer.md:9: error: `email` is \"mail ons\", which is not an e-mail address; write one address like info@example.nl",
        "content/rooms/kamer.md:10: error: `phone` is \"bel maar\", which is not a phone number; write it like 058 233 8888 or +31 58 233 8888",
        "content/rooms/kamer.md:11: error: `website` is \"www.example.nl\", which is not a web address; write it in full, like https://www.example.nl/",
        "content/organisations/welzijn.md:4: error: `email` is \"Welzijn <info@welzijn.example.nl>\", which is not an e-mail address",
        "content/organisations/welzijn.md:5: error: `phone` is \"058 12\", which is not a phone number",
        "content/areas/noord.md:3: error: `phone` is \"+31 58\", which is not a phone number",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    assert!(text.contains("mienskip: 6 errors"), "{text}");
}

#[test]
fn phone_numbers_are_published_for_reading_and_in_e164_for_dialling() {
    let site = copy_fixture("minimal");
    write(
        site.path(),
        ROOM,
        room("contact: { phone: \"+31 (0)58 123 4567\", email: kamer@example.nl, website: https://kamer.example.nl/ }\n"),
    );
    built(site.path());

    let page = Html::parse_document(&read(site.path(), "kamers/kamer/index.html"));
    let tel = select(&page, "#contact a[href^='tel:']");
    assert_eq!(tel.len(), 1);
    assert_eq!(tel[0].value().attr("href"), Some("tel:+31581234567"));
    assert_eq!(tel[0].text().collect::<String>(), "058 123 4567");
    let mail = select(&page, "#contact a[href^='mailto:']");
    assert_eq!(
        mail[0].value().attr("href"),
        Some("mailto:kamer@example.nl")
    );
    let web = select(&page, "#contact a[href^='https:']");
    assert_eq!(
        web[0].value().attr("href"),
        Some("https://kamer.example.nl/")
    );
    // The contact comes before the opening hours and the rest of the page.
    let html = read(site.path(), "kamers/kamer/index.html");
    let contact = html.find("id=\"contact\"").unwrap();
    assert!(contact < html.find("id=\"adres\"").unwrap());

    let ld = select(&page, "script[type='application/ld+json']");
    let ld: serde_json::Value = serde_json::from_str(&ld[0].inner_html()).unwrap();
    assert_eq!(ld["telephone"], "+31581234567");

    let twin: serde_json::Value =
        serde_json::from_str(&read(site.path(), "kamers/kamer/index.json")).unwrap();
    assert_eq!(twin["contact"]["phone"], "+31581234567");

    let rooms_csv = read(site.path(), "data/rooms.csv");
    let mut csv = csv::Reader::from_reader(rooms_csv.as_bytes());
    let headers = csv.headers().unwrap().clone();
    let column = headers.iter().position(|h| h == "phone").unwrap();
    let row = csv.records().next().unwrap().unwrap();
    // E.164, with the apostrophe that keeps a spreadsheet from reading `+` as a formula.
    assert_eq!(&row[column], "'+31581234567");

    let welcome = Html::parse_document(&read(site.path(), "gebieden/noord/welkom/index.html"));
    let tel = select(&welcome, ".sheet__room a[href^='tel:']");
    assert_eq!(tel[0].value().attr("href"), Some("tel:+31581234567"));
}

#[test]
fn an_open_room_no_one_can_be_reached_about_is_a_warning() {
    let site = copy_fixture("minimal");
    write(site.path(), ROOM, room("contact:\n"));
    let text = built(site.path());
    assert!(
        text.contains("content/rooms/kamer.md: warning: the room is open, but residents cannot reach anyone about it"),
        "{text}"
    );
    let page = Html::parse_document(&read(site.path(), "kamers/kamer/index.html"));
    assert!(select(
        &page,
        "#contact a[href^='tel:'], #contact a[href^='mailto:']"
    )
    .is_empty());

    // An organisation with a contact is enough, and the page shows it as theirs.
    write(
        site.path(),
        ROOM,
        room("contact:\norganisations: [welzijn]\n"),
    );
    write(
        site.path(),
        "content/organisations/welzijn.md",
        "---\nname: Welzijn Klein\nkind: welfare\nphone: 058 123 4567\n---\n",
    );
    let text = built(site.path());
    assert!(text.contains("(0 warnings)"), "{text}");
    let page = Html::parse_document(&read(site.path(), "kamers/kamer/index.html"));
    let via = select(&page, "#contact .contact-bar__via a");
    assert_eq!(via[0].text().collect::<String>(), "Welzijn Klein");
    let tel = select(&page, "#contact a[href^='tel:']");
    assert_eq!(tel[0].value().attr("href"), Some("tel:+31581234567"));
    let welcome = read(site.path(), "gebieden/noord/welkom/index.html");
    assert!(welcome.contains("Contact via Welzijn Klein"), "{welcome}");

    // A planned or closed room is not warned about.
    write(
        site.path(),
        ROOM,
        "---\nname: Buurtkamer Noord\nkind: main\narea: noord\nstatus: planned\n---\n",
    );
    assert!(built(site.path()).contains("(0 warnings)"));
}

/// A JPEG of `width` x `height` with an EXIF segment holding a GPS position and a
/// recognisable text, as a phone's camera writes them.
fn jpeg_with_exif(width: u32, height: u32) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x + y) % 256) as u8])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&pixels)
        .unwrap();
    // A big-endian TIFF with one IFD: Orientation = 1 and a GPS IFD pointer (0x8825);
    // the GPS IFD holds GPSLatitudeRef "N". After it, the camera's text.
    let mut tiff: Vec<u8> = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend([0, 2]);
    tiff.extend([0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 1, 0, 0]);
    tiff.extend([0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38]);
    tiff.extend([0, 0, 0, 0]);
    tiff.extend([0, 1]);
    tiff.extend([0, 1, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0]);
    tiff.extend([0, 0, 0, 0]);
    tiff.extend(b"GPS 53.2012 N 5.7999 E Camera of J. Jansen");
    let mut segment = b"Exif\0\0".to_vec();
    segment.extend(tiff);
    let length = (segment.len() + 2) as u16;
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend(length.to_be_bytes());
    out.extend(segment);
    out.extend(&jpeg[2..]);
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_photo_is_published_in_several_widths_without_its_metadata() {
    let site = copy_fixture("minimal");
    let original = jpeg_with_exif(2000, 1000);
    assert!(contains(&original, b"Exif") && contains(&original, b"J. Jansen"));
    write(site.path(), "data/photos/ingang.jpg", &original);
    write(
        site.path(),
        ROOM,
        room("photo: { file: photos/ingang.jpg, alt: De ingang met een blauwe deur, credit: Gemeente Klein }\n"),
    );
    built(site.path());

    let page = Html::parse_document(&read(site.path(), "kamers/kamer/index.html"));
    let img = select(&page, "figure.photo img");
    assert_eq!(img.len(), 1);
    let img = img[0].value();
    assert_eq!(img.attr("alt"), Some("De ingang met een blauwe deur"));
    assert_eq!(img.attr("loading"), Some("lazy"));
    assert_eq!(
        (img.attr("width"), img.attr("height")),
        (Some("960"), Some("480"))
    );
    assert!(img.attr("sizes").is_some());
    let srcset: Vec<(String, String)> = img
        .attr("srcset")
        .unwrap()
        .split(", ")
        .map(|c| {
            let (url, w) = c.split_once(' ').unwrap();
            (url.to_string(), w.to_string())
        })
        .collect();
    assert_eq!(
        srcset.iter().map(|(_, w)| w.as_str()).collect::<Vec<_>>(),
        ["480w", "960w", "1440w"]
    );
    assert!(srcset
        .iter()
        .any(|(url, _)| Some(url.as_str()) == img.attr("src")));
    let credit = select(&page, "figure.photo figcaption");
    assert_eq!(
        credit[0].text().collect::<String>(),
        "Beeld: Gemeente Klein"
    );

    let site_dir = site.path().join("site");
    for ((url, _), (width, height)) in srcset.iter().zip([(480, 240), (960, 480), (1440, 720)]) {
        let path = site_dir.join(url.trim_start_matches('/'));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{url}: {e}"));
        let decoded = image::load_from_memory(&bytes).unwrap();
        assert_eq!(
            (decoded.width(), decoded.height()),
            (width, height),
            "{url}"
        );
        assert_eq!(
            image::guess_format(&bytes).unwrap(),
            image::ImageFormat::Jpeg
        );
        for tag in [&b"Exif"[..], b"GPS", b"J. Jansen", b"MM\0\x2a"] {
            assert!(!contains(&bytes, tag), "{url} holds {tag:?}");
        }
    }
    let ld = select(&page, "script[type='application/ld+json']");
    let ld: serde_json::Value = serde_json::from_str(&ld[0].inner_html()).unwrap();
    assert_eq!(ld["image"]["@type"], "ImageObject");
    assert!(ld["image"]["contentUrl"]
        .as_str()
        .unwrap()
        .ends_with("-1440.jpg"));
    assert_eq!(ld["image"]["creditText"], "Gemeente Klein");

    // The original is published nowhere, under no name.
    let files = tree(&site_dir);
    assert!(files.iter().all(|(_, bytes)| bytes != &original));
    assert!(
        files.iter().all(|(path, _)| !path.contains("ingang")),
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );

    // The same photo gives the same bytes on the next build.
    let photos = |files: &[(String, Vec<u8>)]| -> Vec<(String, Vec<u8>)> {
        files
            .iter()
            .filter(|(p, _)| p.contains("/foto-"))
            .cloned()
            .collect()
    };
    let before = photos(&files);
    assert_eq!(before.len(), 3);
    built(site.path());
    assert_eq!(photos(&tree(&site_dir)), before);
}

#[test]
fn a_small_photo_is_never_enlarged() {
    let site = copy_fixture("minimal");
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(600, 400, image::Rgba([10, 20, 30, 128]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    write(site.path(), "data/photos/klein.png", &png);
    write(
        site.path(),
        ROOM,
        room("photo: { file: photos/klein.png, alt: Een blauw vlak }\n"),
    );
    built(site.path());
    let page = Html::parse_document(&read(site.path(), "kamers/kamer/index.html"));
    let srcset = select(&page, "figure.photo img")[0]
        .value()
        .attr("srcset")
        .unwrap()
        .to_string();
    let widths: Vec<&str> = srcset
        .split(", ")
        .map(|c| c.rsplit(' ').next().unwrap())
        .collect();
    assert_eq!(widths, ["480w", "600w"]);
    assert!(
        select(&page, "figure.photo figcaption").is_empty(),
        "no credit, no caption"
    );
}

/// `check`'s problems for a room whose photo line is `photo`, with `files` written first.
fn photo_problems(photo: &str, files: &[(&str, &[u8])]) -> String {
    let site = copy_fixture("minimal");
    for (path, bytes) in files {
        write(site.path(), path, bytes);
    }
    write(site.path(), ROOM, room(&format!("photo: {photo}\n")));
    let output = check(site.path());
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    text
}

/// A PNG that declares `width` x `height` pixels and holds none: a decompression bomb's header.
fn png_header(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut crc = flate2::Crc::new();
    crc.update(&ihdr);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(13u32.to_be_bytes());
    png.extend(&ihdr);
    png.extend(crc.sum().to_be_bytes());
    for chunk in [&b"IDAT"[..], b"IEND"] {
        let mut crc = flate2::Crc::new();
        crc.update(chunk);
        png.extend(0u32.to_be_bytes());
        png.extend(chunk);
        png.extend(crc.sum().to_be_bytes());
    }
    png
}

#[test]
fn photo_files_that_cannot_be_published_are_errors_at_the_photo_line() {
    let line = "content/rooms/kamer.md:9: error: `photo` names data/photos/";
    let text = photo_problems("{ file: photos/weg.jpg, alt: Een deur }", &[]);
    assert!(
        text.contains(&format!("{line}weg.jpg, which does not exist")),
        "{text}"
    );

    let text = photo_problems(
        "{ file: photos/brief.jpg, alt: Een deur }",
        &[("data/photos/brief.jpg", b"Geachte heer, mevrouw")],
    );
    assert!(
        text.contains(&format!(
            "{line}brief.jpg, which is not a JPEG, PNG or WebP image"
        )),
        "{text}"
    );

    let gif: &[u8] = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";
    let text = photo_problems(
        "{ file: photos/a.png, alt: Een deur }",
        &[("data/photos/a.png", gif)],
    );
    assert!(text.contains("not a JPEG, PNG or WebP image"), "{text}");

    let bomb = png_header(100_000, 100_000);
    let text = photo_problems(
        "{ file: photos/bom.png, alt: Een deur }",
        &[("data/photos/bom.png", &bomb)],
    );
    assert!(
        text.contains(&format!("{line}bom.png, which is 100000 x 100000 pixels, more than the limit of 50 million pixels")),
        "{text}"
    );

    let text = photo_problems("{ file: photos/ingang.gif, alt: Een deur }", &[]);
    assert!(
        text.contains(
            "which is not a JPEG, PNG or WebP file; save the photo as .jpg, .png or .webp"
        ),
        "{text}"
    );

    let text = photo_problems(
        "{ file: photos/ingang.jpg }",
        &[("data/photos/ingang.jpg", &jpeg_with_exif(8, 8))],
    );
    assert!(
        text.contains("content/rooms/kamer.md:9: error: `alt` is required"),
        "{text}"
    );
}

#[test]
fn a_photo_over_the_size_limit_is_refused_before_it_is_read() {
    let limit = 20 * 1024 * 1024;
    let mut big = jpeg_with_exif(8, 8);
    big.resize(limit + 1, 0);
    let text = photo_problems(
        "{ file: photos/groot.jpg, alt: Een deur }",
        &[("data/photos/groot.jpg", &big)],
    );
    assert!(
        text.contains("content/rooms/kamer.md:9: error: `photo` names data/photos/groot.jpg: the file is 20480 KiB, more than the limit of 20480 KiB"),
        "{text}"
    );
}

#[test]
fn a_photo_path_may_not_leave_the_data_folder() {
    for file in ["../site.yaml.jpg", "/etc/passwd.jpg", "photos/../../x.jpg"] {
        let text = photo_problems(&format!("{{ file: \"{file}\", alt: Een deur }}"), &[]);
        assert!(
            text.contains(&format!(
                "content/rooms/kamer.md:9: error: `file` is \"{file}\"; give a path inside data/"
            )),
            "{file}: {text}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_photo_that_is_a_link_out_of_the_site_is_refused_without_reading_it() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("geheim.jpg");
    std::fs::write(&secret, jpeg_with_exif(8, 8)).unwrap();
    let site = copy_fixture("minimal");
    std::fs::create_dir_all(site.path().join("data/photos")).unwrap();
    std::os::unix::fs::symlink(&secret, site.path().join("data/photos/link.jpg")).unwrap();
    write(
        site.path(),
        ROOM,
        room("photo: { file: photos/link.jpg, alt: Een deur }\n"),
    );
    let output = check(site.path());
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("content/rooms/kamer.md:9: error: `photo` names data/photos/link.jpg, this is a link to a place outside the site folder"), "{text}");
    assert!(!text.contains(outside.path().to_str().unwrap()), "{text}");
}
