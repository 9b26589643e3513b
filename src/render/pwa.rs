//! Installable and offline: the web app manifest (`manifest.webmanifest`) and the service
//! worker (`sw.js`), which keeps every file of the site so that it can be read without a
//! connection. The worker's cache is named after a hash of the site's files, so a new
//! build with other content replaces the cache, and the same content gives the same
//! worker, byte for byte.

use super::urls::Urls;
use crate::model::Site;
use crate::output::OutputFile;
use serde_json::json;

/// The service worker's file, at the root of the site so that it covers every page.
pub const WORKER: &str = "sw.js";
/// The manifest's file.
pub const MANIFEST: &str = "manifest.webmanifest";
/// The theme colour: the header's blue in the default theme.
const THEME_COLOR: &str = "#0b4f6c";

/// The manifest and the service worker for the site made of `files`.
pub fn render(site: &Site, urls: &Urls, files: &[OutputFile]) -> Vec<OutputFile> {
    let manifest = OutputFile::new(MANIFEST, manifest(site, urls, files));
    let mut all: Vec<&OutputFile> = files.iter().filter(|f| f.path != WORKER).collect();
    all.push(&manifest);
    all.sort();
    all.dedup_by(|a, b| a.path == b.path);
    let worker = OutputFile::new(WORKER, worker(urls, &all));
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

fn manifest(site: &Site, urls: &Urls, files: &[OutputFile]) -> String {
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

/// A 64-bit FNV-1a hash of every file's path and bytes, as 16 hex digits.
pub fn content_hash<'a>(files: impl IntoIterator<Item = &'a OutputFile>) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(PRIME);
        }
    };
    for file in files {
        eat(file.path.as_bytes());
        eat(&[0]);
        eat(&(file.bytes.len() as u64).to_le_bytes());
        eat(&file.bytes);
    }
    format!("{hash:016x}")
}

fn worker(urls: &Urls, files: &[&OutputFile]) -> String {
    let base = &urls.base_path;
    let precache: Vec<String> = files.iter().map(|f| address(base, &f.path)).collect();
    let not_found: Vec<String> = files
        .iter()
        .filter(|f| f.path == "404.html" || f.path.ends_with("/404.html"))
        .map(|f| address(base, &f.path))
        .collect();
    WORKER_SCRIPT
        .replace("__VERSION__", &content_hash(files.iter().copied()))
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

const WORKER_SCRIPT: &str = r#"// The service worker of this site, written by mienskip: it keeps every page and data file
// so that the site can be read without a connection. Pages come from the network when
// there is one (so they are never out of date), and from the cache when there is not.
"use strict";
const VERSION = "__VERSION__";
const CACHE = "mienskip-" + VERSION;
const BASE = __BASE__;
const PRECACHE = __PRECACHE__;
const NOT_FOUND = __NOT_FOUND__;
// Search index files are named after their content: once kept, they never change.
const IMMUTABLE = /\/pagefind\/(index|fragment|filter)\/|\.pf_meta$/;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
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

    /// The site's files, built at a fixed moment.
    fn rendered(root: &std::path::Path) -> Vec<OutputFile> {
        let moment = jiff::Timestamp::from_second(1_763_856_000).unwrap();
        let mut cache = crate::load::LoadCache::default();
        let rendered = crate::render_cached(root, &mut cache, Some(moment));
        rendered.files.expect("the fixture renders")
    }

    #[test]
    fn the_worker_keeps_every_page_and_changes_with_the_content() {
        let fixture =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/complete");
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
        for file in files.iter().filter(|f| f.path.ends_with(".html")) {
            let url = address("/", &file.path);
            assert!(worker.contains(&format!("\"{url}\"")), "{url} is kept");
        }
        assert!(worker.contains("\"/zoeken/\"") && worker.contains("\"/fy/zoeken/\""));
        assert!(worker.contains("\"/manifest.webmanifest\""));
        assert!(
            !worker.contains("\"/sw.js\""),
            "the worker does not keep itself"
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
        let version = |w: &str| {
            w.lines()
                .find(|l| l.starts_with("const VERSION"))
                .map(str::to_string)
        };
        assert_ne!(version(&worker), version(&other_worker));
    }

    #[test]
    fn the_hash_follows_the_content_only() {
        let a = [
            OutputFile::new("a.html", "one"),
            OutputFile::new("b.css", "two"),
        ];
        let same = [
            OutputFile::new("a.html", "one"),
            OutputFile::new("b.css", "two"),
        ];
        let other = [
            OutputFile::new("a.html", "one"),
            OutputFile::new("b.css", "twO"),
        ];
        let moved = [
            OutputFile::new("a.htm", "lone"),
            OutputFile::new("b.css", "two"),
        ];
        assert_eq!(content_hash(&a), content_hash(&same));
        assert_ne!(content_hash(&a), content_hash(&other));
        assert_ne!(content_hash(&a), content_hash(&moved));
        assert_eq!(content_hash(&a).len(), 16);
    }
}
