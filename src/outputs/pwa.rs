//! Installable and offline: the web app manifest (`manifest.webmanifest`) and the service
//! worker (`sw.js`). On a small site the worker keeps every file, so that the whole site
//! can be read without a connection. On a larger one it keeps a shell within a budget
//! ([`PRECACHE_BYTES`], [`PRECACHE_FILES`]): the styles, scripts and icons, the not-found
//! page of every language, what search needs to start, and the home and section pages of
//! every language; then other pages and data while there is room. Every page and file a
//! resident opens is kept as well, so that it opens again without a connection.
//!
//! The worker's cache is named after a hash of the paths, sizes and content hashes of all
//! the site's files ([`Written`]), so a new build with other content replaces the cache,
//! and the same content gives the same worker, byte for byte. Nothing here needs the
//! files' bytes.

use crate::model::Site;
use crate::output::{OutputFile, Written};
use crate::resolve::urls::Urls;
use serde_json::json;

/// The service worker's file, at the root of the site so that it covers every page.
pub const WORKER: &str = "sw.js";
/// The manifest's file.
pub const MANIFEST: &str = "manifest.webmanifest";
/// The theme colour: the header's blue in the default theme.
const THEME_COLOR: &str = "#0b4f6c";

/// The most the worker downloads when it is installed, on the first visit: 10 MiB. Residents
/// read the site on phones, often on slow lines and prepaid data; the download happens in
/// the background after the first page, and 10 MB takes about 40 seconds at 2 Mbit/s and
/// is about 1% of a 1 GB monthly bundle. The example site (3.2 MB in 450 files) fits three
/// times over, so it works fully offline; a generated site of 1,000 rooms (68 MB) or
/// 10,000 rooms (761 MB) gets its shell and what else fits.
pub const PRECACHE_BYTES: u64 = 10 * 1024 * 1024;
/// The most files the worker keeps on installing, whatever their size. The list is part
/// of `sw.js`, which the browser fetches again on every visit to see whether it changed:
/// 1,000 addresses are about 40 KB (8 KB compressed). The example site has about 450 files.
pub const PRECACHE_FILES: usize = 1000;

/// The manifest and the service worker for a site whose other files are `written`, in any
/// order. An earlier worker or manifest among them is left out.
pub fn render(site: &Site, urls: &Urls, written: &[Written]) -> Vec<OutputFile> {
    let mut files: Vec<&Written> = written
        .iter()
        .filter(|f| f.path != WORKER && f.path != MANIFEST)
        // The form editor is for editors online, not for residents offline.
        .filter(|f| !crate::outputs::admin::is_editor_file(&f.path))
        .collect();
    let manifest = OutputFile::new(MANIFEST, manifest(site, urls, &files));
    let manifest_record = Written::of(&manifest);
    files.push(&manifest_record);
    files.sort();
    files.dedup_by(|a, b| a.path == b.path);
    // The default language's prefix first, then the others' in the order of the site's
    // languages.
    let mut prefixes = vec![String::new()];
    prefixes.extend(
        site.config
            .languages
            .iter()
            .map(|language| urls.prefix(language))
            .filter(|prefix| !prefix.is_empty()),
    );
    let worker = OutputFile::new(WORKER, worker(urls, &prefixes, &files));
    vec![manifest, worker]
}

/// A name short enough for a phone's home screen: the municipality's name when there is
/// one, else the site's title.
fn short_name(site: &Site) -> String {
    site.config
        .municipality
        .as_ref()
        .and_then(|m| m.name.clone())
        .unwrap_or_else(|| site.config.title.clone())
}

fn manifest(site: &Site, urls: &Urls, files: &[&Written]) -> String {
    let base = &urls.base_path;
    let has = |path: &str| files.iter().any(|f| f.path == path);
    let mut icons = Vec::new();
    for size in [192, 512] {
        let path = format!("icons/icon-{size}.png");
        if has(&path) {
            icons.push(json!({
                "src": format!("{base}{path}"),
                "sizes": format!("{size}x{size}"),
                "type": "image/png",
                "purpose": "any"
            }));
        }
    }
    if has("icons/icon.svg") {
        icons.push(json!({
            "src": format!("{base}icons/icon.svg"),
            "sizes": "any",
            "type": "image/svg+xml",
            "purpose": "any"
        }));
    }
    let mut manifest = json!({
        "id": base,
        "name": site.config.title,
        "short_name": short_name(site),
        "lang": site.config.language,
        "dir": "ltr",
        "start_url": base,
        "scope": base,
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": icons,
    });
    if let Some(description) = &site.config.description {
        manifest["description"] = json!(description);
    }
    let mut text = serde_json::to_string_pretty(&manifest).expect("JSON values serialise");
    text.push('\n');
    text
}

/// The address a file is asked for by: a folder's `index.html` by its folder.
fn address(base: &str, path: &str) -> String {
    match path.strip_suffix("index.html") {
        Some(folder) if folder.is_empty() || folder.ends_with('/') => format!("{base}{folder}"),
        _ => format!("{base}{path}"),
    }
}

/// A hash of the site's files, as 16 hex digits: XXH3 of the base path and of each file's
/// path, size and content hash, in the order of `files` (sorted by path).
fn version(base: &str, files: &[&Written]) -> String {
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    hash.update(base.as_bytes());
    hash.update(&[0]);
    for file in files {
        hash.update(file.path.as_bytes());
        hash.update(&[0]);
        hash.update(&file.size.to_le_bytes());
        hash.update(&file.hash.to_le_bytes());
    }
    format!("{:016x}", hash.digest())
}

/// What a file is to the worker, in the order it is kept when not everything fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// Styles, scripts, fonts, icons and the manifest: every page needs some of them.
    Asset,
    /// The not-found page of a language, shown offline for a page that was not kept.
    NotFound,
    /// What Pagefind loads to start a search: its scripts, its entry file, the
    /// WebAssembly and each language's metadata (not the index chunks and fragments).
    /// Before the section pages: these files are the same size on any site, while the
    /// section pages list every item and grow with the site (the agenda page is 2.8 MB at
    /// 1,000 rooms), so on a large site they would leave no room for search.
    SearchStart,
    /// The home page and the section pages of a language, like `fy/agenda/index.html`.
    Section,
    /// Every other page.
    Page,
    /// Everything else: open data, JSON twins, calendars, the search index, the sitemap.
    Data,
}

/// The language of a file and its path inside that language, on a site whose languages
/// have `prefixes` (the default language's empty prefix first, then others like `fy/`):
/// the place in `prefixes` of the longest prefix that matches, and the rest of the path.
fn inside<'a>(path: &'a str, prefixes: &[String]) -> (usize, &'a str) {
    prefixes
        .iter()
        .enumerate()
        .filter_map(|(n, prefix)| Some((n, path.strip_prefix(prefix.as_str())?)))
        .min_by_key(|(_, rest)| rest.len())
        .unwrap_or((0, path))
}

/// The kind of the file at `path`, on a site whose languages have `prefixes`.
fn kind(path: &str, prefixes: &[String]) -> Kind {
    if let Some(name) = path.strip_prefix(crate::outputs::search::BUNDLE_DIR) {
        // A shard in a folder `2/`, `3/` … is merged into the first: the search page loads
        // its entry and metadata before the first search, but neither its script nor its
        // WebAssembly (Pagefind's mergeIndex runs the first bundle's).
        let shard = name
            .split_once('/')
            .filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .map(|(_, rest)| rest);
        let start = match shard {
            Some(rest) => {
                rest == "pagefind-entry.json" || (!rest.contains('/') && rest.ends_with(".pf_meta"))
            }
            None => {
                name == "pagefind.js"
                    || name == "pagefind-worker.js"
                    || name == "pagefind-entry.json"
                    || (!name.contains('/')
                        && (name.starts_with("wasm.") || name.ends_with(".pf_meta")))
            }
        };
        return if start { Kind::SearchStart } else { Kind::Data };
    }
    let extension = path.rsplit_once('.').map_or("", |(_, e)| e);
    if path == MANIFEST
        || path.starts_with("icons/")
        || path.starts_with("vendor/")
        || (!path.starts_with("data/")
            && matches!(extension, "css" | "js" | "mjs" | "woff" | "woff2"))
    {
        return Kind::Asset;
    }
    if extension != "html" {
        return Kind::Data;
    }
    let (_, inside) = inside(path, prefixes);
    if inside == "404.html" {
        Kind::NotFound
    } else if inside == "index.html"
        || inside
            .strip_suffix("/index.html")
            .is_some_and(|folder| !folder.contains('/'))
    {
        Kind::Section
    } else {
        Kind::Page
    }
}

/// The files the worker keeps on installing, in the order it fetches them: by [`Kind`],
/// then the shallower paths inside their language first (the home pages of every language
/// before the section pages), then the default language first, then by path. All of them
/// when the site fits the budget; else every file of the shell (assets to section pages)
/// that still fits, then other pages and data until the first that does not.
fn precache<'a>(files: &[&'a Written], prefixes: &[String]) -> Vec<&'a Written> {
    let mut ordered: Vec<((Kind, usize, usize), &Written)> = files
        .iter()
        .map(|f| {
            let (language, rest) = inside(&f.path, prefixes);
            let order = (kind(&f.path, prefixes), rest.matches('/').count(), language);
            (order, *f)
        })
        .collect();
    ordered.sort_by(|a, b| (a.0, &a.1.path).cmp(&(b.0, &b.1.path)));
    let total: u64 = files.iter().map(|f| f.size).sum();
    if total <= PRECACHE_BYTES && files.len() <= PRECACHE_FILES {
        return ordered.into_iter().map(|(_, f)| f).collect();
    }
    let mut kept = Vec::new();
    let mut bytes = 0;
    for ((kind, _, _), file) in ordered {
        if kept.len() == PRECACHE_FILES {
            break;
        }
        if bytes + file.size <= PRECACHE_BYTES {
            bytes += file.size;
            kept.push(file);
        } else if kind >= Kind::Page {
            break;
        }
    }
    kept
}

fn worker(urls: &Urls, prefixes: &[String], files: &[&Written]) -> String {
    let base = &urls.base_path;
    let precache: Vec<String> = precache(files, prefixes)
        .iter()
        .map(|f| address(base, &f.path))
        .collect();
    let not_found: Vec<String> = files
        .iter()
        .filter(|f| kind(&f.path, prefixes) == Kind::NotFound)
        .map(|f| address(base, &f.path))
        .collect();
    WORKER_SCRIPT
        .replace("__VERSION__", &version(base, files))
        .replace("__BASE__", &serde_json::to_string(base).expect("a string"))
        .replace(
            "__PRECACHE__",
            &serde_json::to_string_pretty(&precache).expect("strings"),
        )
        .replace(
            "__NOT_FOUND__",
            &serde_json::to_string(&not_found).expect("strings"),
        )
}

const WORKER_SCRIPT: &str = r#"// The service worker of this site, written by mienskip: it keeps the site (on a large
// site its shell: styles, scripts, the not-found pages, the start of search, the home and
// section pages) so that it can be read without a connection, and every page and file
// that is opened. Pages come from the network when there is one (so they are never out
// of date), and from the cache when there is not.
"use strict";
const VERSION = "__VERSION__";
const CACHE = "mienskip-" + VERSION;
const BASE = __BASE__;
const PRECACHE = __PRECACHE__;
const NOT_FOUND = __NOT_FOUND__;
// Search index files are named after their content: once kept, they never change.
const IMMUTABLE = /\/pagefind\/([0-9]+\/)?(index|fragment|filter)\/|\.pf_meta$/;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The pages already open were loaded before this worker ran, so it did not see them:
    // keep them first, so that the page a resident came in on opens again offline.
    const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    await Promise.all(open.map((client) => new URL(client.url))
      .filter((url) => url.pathname.startsWith(BASE) && !PRECACHE.includes(url.pathname)
        && !url.pathname.startsWith("/__mienskip/"))
      .map((url) => cache.add(url.origin + url.pathname + url.search).catch(() => undefined)));
    // One by one, so that one missing file does not keep the others out.
    for (let i = 0; i < PRECACHE.length; i += 8) {
      await Promise.all(PRECACHE.slice(i, i + 8).map((url) =>
        cache.add(new Request(url, { cache: "reload" })).catch(() => undefined)));
    }
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("mienskip-") && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

function fromCache(request) {
  return caches.open(CACHE).then((cache) =>
    cache.match(request, { ignoreSearch: true, ignoreVary: true }));
}

function notFound(url) {
  const language = NOT_FOUND.filter((page) => url.pathname.startsWith(page.replace("404.html", "")))
    .sort((a, b) => b.length - a.length)[0];
  return language ? fromCache(language) : undefined;
}

async function networkFirst(request, url) {
  try {
    const response = await fetch(request);
    // Kept for the next time there is no connection, whether it was kept on installing or not.
    if (response.ok && response.type === "basic") {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => undefined);
    }
    return response;
  } catch (offline) {
    const kept = await fromCache(request);
    if (kept) return kept;
    if (request.mode === "navigate") {
      const missing = await notFound(url);
      if (missing) return missing;
    }
    throw offline;
  }
}

async function cacheFirst(request, url) {
  const kept = await fromCache(request);
  return kept || networkFirst(request, url);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  // The preview server's own files (mienskip serve) are never kept.
  if (url.pathname.startsWith("/__mienskip/")) return;
  event.respondWith(IMMUTABLE.test(url.pathname) ? cacheFirst(request, url) : networkFirst(request, url));
});
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_of_folders_and_files() {
        assert_eq!(address("/", "index.html"), "/");
        assert_eq!(
            address("/", "kamers/bilgaard/index.html"),
            "/kamers/bilgaard/"
        );
        assert_eq!(address("/x/", "fy/404.html"), "/x/fy/404.html");
        assert_eq!(address("/", "data/rooms.csv"), "/data/rooms.csv");
        assert_eq!(address("/", "notindex.html"), "/notindex.html");
    }

    /// The addresses a worker keeps on installing, in its order.
    fn precached(worker: &str) -> Vec<String> {
        let start = worker.find("const PRECACHE = ").expect("a precache list") + 17;
        let end = start + worker[start..].find(";\n").expect("the end of the list");
        serde_json::from_str(&worker[start..end]).expect("a JSON list")
    }

    /// The line that names the worker's cache.
    fn version(worker: &str) -> &str {
        worker
            .lines()
            .find(|l| l.starts_with("const VERSION"))
            .expect("a version")
    }

    /// The site's files, built at a fixed moment.
    fn rendered(root: &std::path::Path) -> Vec<OutputFile> {
        let moment = jiff::Timestamp::from_second(1_763_856_000).unwrap();
        let mut cache = crate::load::LoadCache::default();
        let rendered = crate::render_cached(root, &mut cache, Some(moment));
        rendered.files.expect("the fixture renders")
    }

    fn fixture() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/complete")
    }

    #[test]
    fn the_worker_keeps_every_file_of_a_small_site_and_changes_with_the_content() {
        let fixture = fixture();
        let files = rendered(&fixture);
        let text = |path: &str| {
            String::from_utf8(
                files
                    .iter()
                    .find(|f| f.path == path)
                    .unwrap_or_else(|| panic!("{path} is written"))
                    .bytes
                    .clone(),
            )
            .unwrap()
        };
        let worker = text(WORKER);
        let kept = precached(&worker);
        for file in files.iter().filter(|f| f.path != WORKER) {
            let url = address("/", &file.path);
            assert!(kept.contains(&url), "{url} is kept");
        }
        assert_eq!(kept.len(), files.len() - 1, "every file once, not sw.js");
        assert!(kept.contains(&"/zoeken/".into()) && kept.contains(&"/fy/zoeken/".into()));
        assert!(
            !kept.contains(&"/sw.js".into()),
            "the worker does not keep itself"
        );
        // The shell comes first, so that an interrupted install has kept what matters.
        assert_eq!(kept[0], "/manifest.webmanifest");
        let not_found = kept.iter().position(|u| u == "/fy/404.html").unwrap();
        let page = kept.iter().position(|u| u == "/kamers/de-kamer/").unwrap();
        assert!(not_found < page);
        assert!(
            worker.contains(r#"const NOT_FOUND = ["/404.html","/en/404.html","/fy/404.html"];"#)
        );
        let manifest: serde_json::Value = serde_json::from_str(&text(MANIFEST)).unwrap();
        assert_eq!(manifest["lang"], "nl");
        assert_eq!(manifest["icons"].as_array().map(Vec::len), Some(3));

        // The same content gives the same worker; other content another cache.
        assert_eq!(text(WORKER), {
            let again = rendered(&fixture);
            String::from_utf8(again.into_iter().find(|f| f.path == WORKER).unwrap().bytes).unwrap()
        });
        let copy = tempfile::tempdir().unwrap();
        for entry in walkdir::WalkDir::new(&fixture) {
            let entry = entry.unwrap();
            let target = copy
                .path()
                .join(entry.path().strip_prefix(&fixture).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
        let room = copy.path().join("content/rooms/de-kamer.md");
        let changed = std::fs::read_to_string(&room).unwrap() + "\nEen zin erbij.\n";
        std::fs::write(&room, changed).unwrap();
        let other = rendered(copy.path());
        let other_worker =
            String::from_utf8(other.into_iter().find(|f| f.path == WORKER).unwrap().bytes).unwrap();
        assert_ne!(version(&worker), version(&other_worker));
    }

    /// The fixture's site, in Dutch, Frisian and English, for workers over made-up files.
    fn site() -> Site {
        crate::check(&fixture()).site.expect("the fixture loads")
    }

    fn record(path: impl Into<String>, size: u64, hash: u64) -> Written {
        Written {
            path: path.into(),
            size,
            hash,
        }
    }

    const LANGUAGES: [&str; 3] = ["", "fy/", "en/"];
    const SECTIONS: [&str; 14] = [
        "agenda",
        "begroting",
        "gebieden",
        "initiatieven",
        "kaart",
        "kamers",
        "kennisbank",
        "open-data",
        "organisaties",
        "over",
        "privacy",
        "toegankelijkheid",
        "vrijwilligerswerk",
        "zoeken",
    ];

    /// The files of a made-up site of `rooms` rooms, laid out like a built one: in each
    /// of three languages a home page, a not-found page, 14 section pages of `section`
    /// bytes and a 30 KB page per room; a JSON twin and a calendar per room, a search
    /// fragment per room and language, search index chunks and open data.
    fn large(rooms: usize, section: u64) -> Vec<Written> {
        let mut files = vec![
            record("style.css", 25_037, 1),
            record("js/site.js", 462, 2),
            record("js/search.js", 4_418, 3),
            record("js/agenda.js", 2_616, 4),
            record("js/open-now.js", 4_092, 5),
            record("icons/icon-192.png", 3_290, 6),
            record("icons/icon-512.png", 9_239, 7),
            record("icons/icon.svg", 551, 8),
            record("pagefind/pagefind.js", 47_228, 9),
            record("pagefind/pagefind-worker.js", 42_928, 10),
            record("pagefind/pagefind-entry.json", 288, 11),
            record("pagefind/wasm.unknown.pagefind", 55_386, 12),
            record("pagefind/wasm.nl.pagefind", 60_310, 13),
            record("pagefind/wasm.en.pagefind", 59_758, 14),
            record("sitemap.xml", 40 * rooms as u64 * 3, 15),
            record("feed.xml", 350 * rooms as u64, 16),
            record("robots.txt", 71, 17),
        ];
        for (n, data) in [
            "rooms.csv",
            "rooms.excel.csv",
            "rooms.geojson",
            "agenda.ics",
        ]
        .iter()
        .enumerate()
        {
            files.push(record(format!("data/{data}"), 400 * rooms as u64, n as u64));
        }
        for (l, language) in LANGUAGES.iter().enumerate() {
            let code = ["nl", "fy", "en"][l];
            files.push(record(
                format!("pagefind/pagefind.{code}_{l:010x}.pf_meta"),
                15 * rooms as u64,
                l as u64,
            ));
            files.push(record(format!("{language}index.html"), section, 20));
            files.push(record(format!("{language}404.html"), 3_400, 21));
            for s in SECTIONS {
                files.push(record(format!("{language}{s}/index.html"), section, 22));
            }
            for room in 0..rooms {
                let path = format!("{language}kamers/kamer-{room:05}/index.html");
                files.push(record(path, 30_000, room as u64));
                let fragment = format!("pagefind/fragment/{code}_{room:07x}.pf_fragment");
                files.push(record(fragment, 1_300, room as u64));
            }
            for chunk in 0..rooms / 50 {
                let path = format!("pagefind/index/{code}_{chunk:07x}.pf_index");
                files.push(record(path, 20_000, chunk as u64));
            }
        }
        for room in 0..rooms {
            files.push(record(
                format!("kamers/kamer-{room:05}/index.json"),
                5_000,
                room as u64,
            ));
            files.push(record(
                format!("kamers/kamer-{room:05}/agenda.ics"),
                2_000,
                room as u64,
            ));
        }
        files
    }

    /// The worker for `files` on the fixture's site, as text.
    fn worker_of(site: &Site, files: &[Written]) -> String {
        let urls = Urls::new(&site.config.base_url, &site.config.language);
        let out = render(site, &urls, files);
        assert_eq!(out[1].path, WORKER);
        String::from_utf8(out[1].bytes.clone()).unwrap()
    }

    /// The bytes of the files at `addresses`, by the sizes in `files`.
    fn bytes_of(addresses: &[String], files: &[Written]) -> u64 {
        addresses
            .iter()
            .map(|url| {
                files
                    .iter()
                    .find(|f| address("/", &f.path) == *url)
                    .map_or(1_038, |f| f.size) // the manifest is not among `files`
            })
            .sum()
    }

    #[test]
    fn a_large_site_keeps_its_shell_within_the_budget() {
        let site = site();
        let files = large(10_000, 100_000);
        assert!(files.len() > 80_000);
        let total: u64 = files.iter().map(|f| f.size).sum();
        assert!(total > 50 * PRECACHE_BYTES);
        let worker = worker_of(&site, &files);
        let kept = precached(&worker);
        assert!(kept.len() <= PRECACHE_FILES);
        assert!(bytes_of(&kept, &files) <= PRECACHE_BYTES);
        assert!(worker.len() < 100_000, "sw.js is {} bytes", worker.len());
        let mut shell = vec![
            "/manifest.webmanifest".to_string(),
            "/style.css".into(),
            "/js/search.js".into(),
            "/icons/icon-512.png".into(),
            "/pagefind/pagefind.js".into(),
            "/pagefind/pagefind-worker.js".into(),
            "/pagefind/pagefind-entry.json".into(),
            "/pagefind/wasm.nl.pagefind".into(),
            "/pagefind/wasm.unknown.pagefind".into(),
            "/pagefind/pagefind.fy_0000000001.pf_meta".into(),
        ];
        for language in LANGUAGES {
            shell.push(format!("/{language}"));
            shell.push(format!("/{language}404.html"));
            for s in SECTIONS {
                shell.push(format!("/{language}{s}/"));
            }
        }
        for url in &shell {
            assert!(kept.contains(url), "{url} is kept");
        }
        // Then room pages, the default language's first, until the budget.
        assert!(kept.contains(&"/kamers/kamer-00000/".into()));
        assert!(!kept.contains(&"/kamers/kamer-09999/".into()));
        assert!(!kept.contains(&"/en/kamers/kamer-00000/".into()));
        assert!(!kept.iter().any(|u| u.starts_with("/data/")
            || u.starts_with("/pagefind/fragment/")
            || u.ends_with(".json") && u != "/pagefind/pagefind-entry.json"));

        // The same files in another order (and with an old worker and manifest among
        // them) give the same worker, byte for byte.
        let mut shuffled = files.clone();
        shuffled.reverse();
        shuffled.push(record(WORKER, 2_900_000, 1));
        shuffled.push(record(MANIFEST, 900, 2));
        assert_eq!(worker, worker_of(&site, &shuffled));
    }

    #[test]
    fn a_section_page_too_large_for_the_budget_leaves_the_rest_of_the_shell() {
        let site = site();
        // The agenda lists every activity: at 1,000 rooms its page is 2.8 MB.
        let mut files = large(2_000, 50_000);
        for file in files.iter_mut() {
            if file.path.ends_with("agenda/index.html") {
                file.size = 3_000_000;
            }
        }
        let kept = precached(&worker_of(&site, &files));
        assert!(bytes_of(&kept, &files) <= PRECACHE_BYTES);
        for url in [
            "/style.css",
            "/fy/404.html",
            "/pagefind/pagefind-entry.json",
            "/pagefind/wasm.nl.pagefind",
            "/en/",
            "/agenda/",
            "/fy/agenda/",
            "/en/zoeken/",
            "/en/kamers/",
            "/kamers/kamer-00000/",
        ] {
            assert!(kept.contains(&url.to_string()), "{url} is kept");
        }
        assert!(!kept.contains(&"/en/agenda/".into()));
    }

    #[test]
    fn many_small_files_stop_at_the_count() {
        let site = site();
        let mut files = large(0, 1_000);
        for n in 0..5_000 {
            files.push(record(format!("kamers/k{n:05}/index.html"), 500, n));
        }
        let kept = precached(&worker_of(&site, &files));
        assert_eq!(kept.len(), PRECACHE_FILES);
        assert!(kept.contains(&"/en/zoeken/".into()));
    }

    #[test]
    fn the_version_follows_each_path_size_and_hash() {
        let site = site();
        let files = large(20, 10_000);
        let worker = worker_of(&site, &files);
        // Small enough to be kept whole.
        assert_eq!(precached(&worker).len(), files.len() + 1);
        let changed = |change: &dyn Fn(&mut Written)| {
            let mut other = files.clone();
            change(&mut other[40]);
            worker_of(&site, &other)
        };
        let same = changed(&|_| {});
        assert_eq!(worker, same);
        for other in [
            changed(&|f| f.hash ^= 1),
            changed(&|f| f.size += 1),
            changed(&|f| f.path.push('x')),
        ] {
            assert_ne!(version(&worker), version(&other));
        }
        let digits = version(&worker).split('"').nth(1).unwrap();
        assert_eq!(digits.len(), 16);
    }

    #[test]
    fn the_start_of_a_search_shard_is_shell() {
        let prefixes = vec![String::new(), "fy/".to_string()];
        for start in [
            "pagefind/pagefind.js",
            "pagefind/pagefind-entry.json",
            "pagefind/wasm.nl.pagefind",
            "pagefind/pagefind.nl_0a1b2c.pf_meta",
            "pagefind/2/pagefind-entry.json",
            "pagefind/12/pagefind.fy_0a1b2c.pf_meta",
        ] {
            assert_eq!(kind(start, &prefixes), Kind::SearchStart, "{start}");
        }
        for data in [
            "pagefind/index/nl_0a1b2c.pf_index",
            "pagefind/2/index/nl_0a1b2c.pf_index",
            "pagefind/2/fragment/nl_0a1b2c.pf_fragment",
            // Pagefind's mergeIndex runs the first bundle's script and WebAssembly.
            "pagefind/2/pagefind.js",
            "pagefind/2/wasm.nl.pagefind",
            "pagefind/x/pagefind-entry.json",
        ] {
            assert_eq!(kind(data, &prefixes), Kind::Data, "{data}");
        }
        // Their index files never change, as the first bundle's do not.
        let immutable = WORKER_SCRIPT
            .lines()
            .find(|l| l.starts_with("const IMMUTABLE = "))
            .unwrap();
        assert!(immutable.contains(r"\/pagefind\/([0-9]+\/)?(index|fragment|filter)\/"));
    }
}
