//! The static search index: the built pages of every room, area, initiative and
//! organisation, indexed with Pagefind (used as a library) into `pagefind/`, one index per
//! language. Dutch pages get Pagefind's Dutch stemming; the browser searches the index of
//! the page's own language, with no server and no other host.

use super::urls::Urls;
use crate::model::Site;
use crate::output::OutputFile;
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use std::collections::BTreeMap;

/// The folder of the search bundle inside the site.
pub const BUNDLE_DIR: &str = "pagefind/";

/// Parts of a page that are not about the item itself: maps name every room nearby, the
/// budget and data sections are the same on many pages, and table headings would run
/// into the excerpts.
const EXCLUDED: [&str; 8] = [
    ".map-figure",
    "svg",
    "script",
    "#gegevens",
    "#begroting",
    ".breadcrumbs",
    "thead",
    "caption",
];

/// What kind of item a page is about, with the path of its page.
fn indexed_pages(site: &Site) -> Vec<(&'static str, String)> {
    let mut pages = Vec::new();
    pages.extend(
        site.rooms
            .iter()
            .map(|r| ("room", format!("kamers/{}/", r.id))),
    );
    pages.extend(
        site.areas
            .iter()
            .map(|a| ("area", format!("gebieden/{}/", a.id))),
    );
    pages.extend(
        site.initiatives
            .iter()
            .map(|i| ("initiative", format!("initiatieven/{}/", i.id))),
    );
    pages.extend(
        site.organisations
            .iter()
            .map(|o| ("organisation", format!("organisaties/{}/", o.id))),
    );
    pages
}

/// Whether a file of Pagefind's bundle is needed by the search page: the index, its
/// metadata, the WebAssembly of each language and the search script, not Pagefind's
/// own user interfaces or playground.
fn wanted(name: &str) -> bool {
    !(name.starts_with("pagefind-ui")
        || name.starts_with("pagefind-modular-ui")
        || name.starts_with("pagefind-component-ui")
        || name.starts_with("pagefind-highlight")
        || name.starts_with("playground/"))
}

/// Indexes the rendered pages in `files` and returns the bundle's files under
/// [`BUNDLE_DIR`], sorted by path.
pub fn render(site: &Site, urls: &Urls, files: &[OutputFile]) -> Result<Vec<OutputFile>, String> {
    let by_path: BTreeMap<&str, &[u8]> = files
        .iter()
        .map(|f| (f.path.as_str(), f.bytes.as_slice()))
        .collect();
    let mut records = Vec::new();
    for language in &site.config.languages {
        for (kind, path) in indexed_pages(site) {
            let file = urls.file(language, &path);
            let Some(bytes) = by_path.get(file.as_str()) else {
                continue;
            };
            let html = String::from_utf8_lossy(bytes).replacen(
                "<main ",
                &format!("<main data-pagefind-meta=\"kind:{kind}\" "),
                1,
            );
            // Addresses relative to the site's root: the search script adds the base path.
            records.push((format!("/{}{}", urls.prefix(language), path), html));
        }
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start the search indexer: {e}"))?;
    let bundle = runtime.block_on(async move {
        let options = PagefindServiceConfig::builder()
            .root_selector("main".to_string())
            .exclude_selectors(EXCLUDED.iter().map(|s| s.to_string()).collect())
            .build();
        let mut index = PagefindIndex::new(Some(options)).map_err(|e| e.to_string())?;
        for (url, html) in records {
            index
                .add_html_file(None, Some(url.clone()), html)
                .await
                .map_err(|e| format!("cannot index {url}: {e}"))?;
        }
        index.get_files().await.map_err(|e| e.to_string())
    })?;
    let mut out: Vec<OutputFile> = bundle
        .into_iter()
        .filter_map(|file| {
            let name = file.filename.to_string_lossy().replace('\\', "/");
            wanted(&name).then(|| OutputFile::new(format!("{BUNDLE_DIR}{name}"), file.contents))
        })
        .collect();
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_gets_an_index_of_the_item_pages() {
        let fixture =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/complete");
        let files = crate::render(&fixture).files.expect("the fixture renders");
        let bundle: Vec<&str> = files
            .iter()
            .map(|f| f.path.as_str())
            .filter(|p| p.starts_with(BUNDLE_DIR))
            .collect();
        for needed in [
            "pagefind/pagefind.js",
            "pagefind/pagefind-entry.json",
            "pagefind/wasm.nl.pagefind",
        ] {
            assert!(bundle.contains(&needed), "{needed} is written");
        }
        assert!(bundle.iter().any(|p| p.starts_with("pagefind/fragment/")));
        assert!(!bundle.iter().any(|p| p.contains("pagefind-ui")));
        let entry = files
            .iter()
            .find(|f| f.path == "pagefind/pagefind-entry.json")
            .unwrap();
        let entry: serde_json::Value = serde_json::from_slice(&entry.bytes).unwrap();
        let languages = entry["languages"].as_object().unwrap();
        for language in ["nl", "fy", "en"] {
            assert!(languages.contains_key(language), "an index for {language}");
        }
        // Rooms, areas, initiatives and organisations in each language: 3 + 2 + 2 + 2.
        assert_eq!(languages["nl"]["page_count"], 9);
    }
}
