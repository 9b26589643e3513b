//! The static search index: every room, area, initiative and organisation, indexed with
//! Pagefind (used as a library) into `pagefind/`, one index per language. The records are
//! made from the model, not from the rendered pages: the item's name (weighted most), for
//! an area its places and postcodes (weighted next, so that "8913" or "Camminghaburen"
//! finds the area first), its summary and body as plain text, and for a room its address
//! (street, postcode, city), area, facilities and activities. Each record carries a
//! sentence the results show under its name ([`sentence`]). Dutch records get Pagefind's
//! Dutch Snowball stemming, English ones English; Frisian, for which Pagefind has no
//! stemmer, is indexed with the Dutch one (most content is Dutch, and Frisian endings are
//! close enough) plus the Frisian forms of everyday Dutch words ([`glossary`]). The browser
//! searches the index of the page's own language, with no server and no other host.
//!
//! Each language is indexed by its own [`PagefindIndex`] on its own thread. Pagefind names
//! every file of a language's index after the language and its hashes depend on that
//! language's pages only, so the bundles are combined by taking their files together and
//! listing every language in one `pagefind-entry.json`.
//!
//! A language with more records than [`SHARD_RECORDS`] is indexed in shards, one after
//! another, so that Pagefind holds one shard's records at a time: the first shard of every
//! language in `pagefind/`, the second in `pagefind/2/` and on, each a bundle of its own.
//! The search page lists the extra shards and merges them into the first (Pagefind's
//! `mergeIndex`), which ranks the results of all of them in one list.

use crate::model::{Area, Initiative, Organisation, Room, Site};
use crate::output::OutputFile;
use crate::outputs::html::views::translated;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
use pagefind::api::{PagefindIndex, SyntheticFile};
use std::collections::BTreeMap;

mod glossary;
mod names;
mod sentence;
mod text;

use crate::load::theme::Strings;
use names::{area_name, names, organisation_name, room_name};
use sentence::Say;
use text::Text;

/// The folder of the search bundle inside the site.
pub const BUNDLE_DIR: &str = "pagefind/";

/// The file of the bundle that lists the index of each language.
const ENTRY: &str = "pagefind-entry.json";

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

/// One searchable item in one language.
struct Record {
    /// Relative to the site's root: the search script adds the base path.
    url: String,
    kind: &'static str,
    title: String,
    /// What the result shows under its name.
    sentence: String,
    content: String,
}

/// The weight of an item's name in its record, as Pagefind weighs a page's `h1`.
const NAME_WEIGHT: &str = "7";
/// The weight of an area's places and postcodes: just under a name.
const PLACE_WEIGHT: &str = "5";
/// The weight of the Frisian and English forms of Dutch words: less than the words as
/// written.
const GLOSSARY_WEIGHT: &str = "0.5";

/// The languages Pagefind stems (its `get_stemmer`, by the part before any `-`).
const STEMMED: [&str; 33] = [
    "ar", "hy", "eu", "ca", "da", "nl", "en", "eo", "et", "fi", "fr", "de", "el", "hi", "hu", "id",
    "ga", "it", "lt", "nb", "ne", "nn", "no", "pt", "ro", "ru", "sr", "pl", "es", "sv", "ta", "tr",
    "yi",
];

/// The name of a language's index. A language Pagefind cannot stem, on a site whose own
/// language it can, is indexed as a variant of the site's language (`nl-fy`): its records,
/// mostly in the site's language, and the words typed into its search then get that
/// language's stemmer. The search page tells Pagefind this name.
pub fn index_language(language: &str, site_language: &str) -> String {
    let stemmed = |l: &str| STEMMED.contains(&l.split('-').next().unwrap_or(l));
    if stemmed(language) || language == site_language || !stemmed(site_language) {
        language.to_string()
    } else {
        format!("{site_language}-{language}")
    }
}

/// Words the search page offers as examples, each of which finds something on this site:
/// a place of an area, the most common activity title, a postcode.
pub fn examples(site: &Site) -> Vec<String> {
    let mut examples = Vec::new();
    if let Some(place) = site.areas.iter().flat_map(|a| &a.places).next() {
        examples.push(place.clone());
    }
    let mut titles: BTreeMap<&str, usize> = BTreeMap::new();
    for activity in site.rooms.iter().flat_map(|r| &r.activities) {
        *titles.entry(activity.title.as_str()).or_default() += 1;
    }
    // The most common, and of those the first in the alphabet.
    if let Some((title, _)) = titles
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
    {
        examples.push(title.to_string());
    }
    if let Some((postcode, _)) = site.areas.iter().flat_map(|a| &a.postcodes).next() {
        examples.push(postcode.to_string());
    }
    examples
}

/// The most records in one shard of a language's index. Pagefind keeps every record of an
/// index in memory until it writes the index, and then copies them all once more, so one
/// index of 20,700 records (10,000 rooms and 10,000 initiatives) took about 0.9 GB and the
/// whole build 1.34 GB. The records of a language are therefore indexed in shards of at
/// most this many, one after another, each its own bundle, so that only one shard's
/// records are in memory at a time. Measured on that site, the whole build peaked at
/// 643 MB with shards of 5,000 (5 shards) and 487 MB with 2,500 (9 shards; about 370 MB
/// without search). In the browser each extra shard costs two small requests when search
/// starts (its `pagefind-entry.json` and metadata) and one more index chunk per word
/// searched for, made side by side; 9 shards on a site this large is still few, so the
/// lower memory wins. A site under this many items has one bundle, as before shards.
pub const SHARD_RECORDS: usize = 2_500;

/// Indexes every room, area, initiative and organisation in every language of the site
/// and returns the bundle's files under [`BUNDLE_DIR`], sorted by path: the first shard of
/// each language in [`BUNDLE_DIR`] itself, the others in its folders `2/`, `3/` and on
/// (see [`shards`]).
pub fn render(
    site: &Site,
    urls: &Urls,
    strings: &BTreeMap<String, Strings>,
) -> Result<Vec<OutputFile>, String> {
    render_shards(site, urls, strings, SHARD_RECORDS)
}

/// The numbers of the extra shards, whose bundles are the folders `2/`, `3/` and on inside
/// [`BUNDLE_DIR`]; none when the records of every language fit in one shard. The search
/// page merges them into the first.
pub fn shards(site: &Site) -> Vec<usize> {
    extra_shards(site, SHARD_RECORDS)
}

fn extra_shards(site: &Site, shard_records: usize) -> Vec<usize> {
    // Every language has one record of each item.
    let records =
        site.rooms.len() + site.areas.len() + site.initiatives.len() + site.organisations.len();
    (2..=records.div_ceil(shard_records.max(1))).collect()
}

/// [`render`] with at most `shard_records` records in each shard.
fn render_shards(
    site: &Site,
    urls: &Urls,
    strings: &BTreeMap<String, Strings>,
    shard_records: usize,
) -> Result<Vec<OutputFile>, String> {
    let bundles: Vec<Result<Vec<Vec<SyntheticFile>>, String>> = std::thread::scope(|scope| {
        let threads: Vec<_> = site
            .config
            .languages
            .iter()
            .map(|language| {
                let say = Say(strings.get(language));
                scope.spawn(move || index_records(site, urls, say, language, shard_records))
            })
            .collect();
        threads
            .into_iter()
            .map(|thread| {
                thread
                    .join()
                    .unwrap_or_else(|_| Err("the search indexer stopped".to_string()))
            })
            .collect()
    });
    // The files of each shard (its languages' bundles together) and their entries.
    type Files = BTreeMap<String, Vec<u8>>;
    let mut shards: Vec<(Files, Vec<Vec<u8>>)> = Vec::new();
    for bundle in bundles {
        for (n, shard) in bundle?.into_iter().enumerate() {
            if shards.len() <= n {
                shards.push(Default::default());
            }
            let (files, entries) = &mut shards[n];
            for file in shard {
                let name = file.filename.to_string_lossy().replace('\\', "/");
                if name == ENTRY {
                    entries.push(file.contents);
                } else if !wanted(&name) {
                    continue;
                } else if let Some(other) = files.get(&name) {
                    // The script and the generic WebAssembly come with every language's bundle.
                    if *other != file.contents {
                        return Err(format!("two languages' search bundles differ in {name}"));
                    }
                } else {
                    files.insert(name, file.contents);
                }
            }
        }
    }
    let mut out = Vec::new();
    for (n, (mut files, entries)) in shards.into_iter().enumerate() {
        files.insert(ENTRY.to_string(), merge_entries(&entries)?);
        let dir = match n {
            0 => BUNDLE_DIR.to_string(),
            n => format!("{BUNDLE_DIR}{}/", n + 1),
        };
        out.extend(
            files
                .into_iter()
                .map(|(name, bytes)| OutputFile::new(format!("{dir}{name}"), bytes)),
        );
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// One `pagefind-entry.json` listing the languages of all of them.
fn merge_entries(entries: &[Vec<u8>]) -> Result<Vec<u8>, String> {
    let broken = |e: serde_json::Error| format!("cannot read Pagefind's {ENTRY}: {e}");
    let mut merged: Option<serde_json::Value> = None;
    let mut languages = BTreeMap::new();
    for bytes in entries {
        let mut entry: serde_json::Value = serde_json::from_slice(bytes).map_err(broken)?;
        let Some(serde_json::Value::Object(found)) = entry.get_mut("languages").map(|l| l.take())
        else {
            return Err(format!("Pagefind's {ENTRY} lists no languages"));
        };
        languages.extend(found);
        match &merged {
            None => merged = Some(entry),
            Some(first) if *first == entry => {}
            Some(_) => return Err(format!("the languages' {ENTRY} files differ")),
        }
    }
    let mut merged = merged.ok_or_else(|| format!("Pagefind wrote no {ENTRY}"))?;
    merged["languages"] = serde_json::Value::Object(languages.into_iter().collect());
    serde_json::to_vec(&merged).map_err(|e| format!("cannot write {ENTRY}: {e}"))
}

/// Builds the index of one language in shards of at most `shard_records` records, one
/// after another: for each shard, Pagefind's bundle with only that language in it. Always
/// at least one shard, even without records.
fn index_records(
    site: &Site,
    urls: &Urls,
    say: Say,
    language: &str,
    shard_records: usize,
) -> Result<Vec<Vec<SyntheticFile>>, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start the search indexer: {e}"))?;
    let mut records = records(site, urls, language, say).peekable();
    let index = index_language(language, &site.config.language);
    let mut shards = Vec::new();
    while shards.is_empty() || records.peek().is_some() {
        let shard = records.by_ref().take(shard_records.max(1));
        shards.push(runtime.block_on(index_shard(shard, &index))?);
    }
    Ok(shards)
}

/// Pagefind's bundle of `records`, all in `language`; its index is dropped when done.
async fn index_shard(
    records: impl Iterator<Item = Record>,
    language: &str,
) -> Result<Vec<SyntheticFile>, String> {
    let mut index = PagefindIndex::new(None).map_err(|e| e.to_string())?;
    for record in records {
        let meta = BTreeMap::from([
            ("title".to_string(), record.title),
            ("kind".to_string(), record.kind.to_string()),
            ("sentence".to_string(), record.sentence),
        ]);
        index
            .add_custom_record(
                record.url.clone(),
                record.content,
                language.to_string(),
                Some(meta),
                None,
                None,
            )
            .await
            .map_err(|e| format!("cannot index {}: {e}", record.url))?;
    }
    let files = index.get_files().await.map_err(|e| e.to_string())?;
    // Only the files this shard's folder needs are kept until the end.
    Ok(files
        .into_iter()
        .filter(|f| {
            let name = f.filename.to_string_lossy();
            name == ENTRY || wanted(&name.replace('\\', "/"))
        })
        .collect())
}

/// The records of one language, made one at a time: rooms, areas, initiatives and
/// organisations, each in the order of the site.
fn records<'a>(
    site: &'a Site,
    urls: &'a Urls,
    language: &'a str,
    say: Say<'a>,
) -> impl Iterator<Item = Record> + 'a {
    let url = move |route: Route| urls.in_site(language, &route.path());
    let rooms = site
        .rooms
        .iter()
        .map(move |r| room(site, language, url(Route::Room(&r.id)), say, r));
    let areas = site
        .areas
        .iter()
        .map(move |a| area(language, url(Route::Area(&a.id)), say, a));
    let initiatives = site
        .initiatives
        .iter()
        .map(move |i| initiative(site, language, url(Route::Initiative(&i.id)), say, i));
    let organisations = site
        .organisations
        .iter()
        .map(move |o| organisation(site, language, url(Route::Organisation(&o.id)), say, o));
    rooms.chain(areas).chain(initiatives).chain(organisations)
}

/// The record of an item in `language`: its name (weighted as a title), what `first` adds
/// (weighted [`PLACE_WEIGHT`]), its summary and body (as [`translated`] picks them), what
/// `more` adds, and the glossary's forms of its Dutch words in `language`.
#[allow(clippy::too_many_arguments)]
fn record(
    kind: &'static str,
    url: String,
    language: &str,
    (name, summary, body): (&str, Option<&str>, &str),
    sentence: String,
    first: impl FnOnce(&mut Text),
    more: impl FnOnce(&mut Text),
) -> Record {
    let mut text = Text(String::with_capacity(
        name.len() + summary.map_or(0, str::len) + body.len() + 256,
    ));
    text.weighted(NAME_WEIGHT, |t| t.sentence(name));
    text.weighted(PLACE_WEIGHT, first);
    if let Some(summary) = summary {
        text.sentence(summary);
    }
    text.html(body);
    more(&mut text);
    let forms = glossary::forms(&text.0, language);
    text.weighted(GLOSSARY_WEIGHT, |t| t.list(forms));
    Record {
        url,
        kind,
        title: name.to_string(),
        sentence,
        content: text.0,
    }
}

fn room(site: &Site, language: &str, url: String, say: Say, r: &Room) -> Record {
    let area = names(site, language, std::slice::from_ref(&r.area), area_name).next();
    record(
        "room",
        url,
        language,
        translated(&r.text, language, &r.name),
        sentence::room(r, area, say),
        |_| {},
        |text| {
            if let Some(a) = &r.address {
                text.list([&a.street, &a.postcode, &a.city].into_iter().flatten());
            }
            text.list(names(
                site,
                language,
                std::slice::from_ref(&r.area),
                area_name,
            ));
            text.list(r.facilities.iter());
            // Known facilities in the record's language too: `kofje` finds `koffie`.
            text.list(
                crate::model::facilities::known_of(&r.facilities)
                    .iter()
                    .filter_map(|f| f.label(language)),
            );
            text.list(r.activities.iter().map(|a| &a.title));
            text.list(names(site, language, &r.organisations, organisation_name));
            text.list(r.volunteers_wanted.iter().map(|v| &v.role));
        },
    )
}

fn area(language: &str, url: String, say: Say, a: &Area) -> Record {
    let texts = translated(&a.text, language, &a.name);
    record(
        "area",
        url,
        language,
        texts,
        sentence::area(a, texts.1, say),
        |text| {
            text.list(&a.places);
            text.list(a.postcodes.iter().map(|(p, _)| p.to_string()));
        },
        |_| {},
    )
}

fn initiative(site: &Site, language: &str, url: String, say: Say, i: &Initiative) -> Record {
    let areas: Vec<&str> = names(site, language, &i.areas, area_name).collect();
    record(
        "initiative",
        url,
        language,
        translated(&i.text, language, &i.title),
        sentence::initiative(i, &areas, say),
        |_| {},
        |text| {
            text.list(names(site, language, &i.areas, area_name));
            text.list(names(site, language, &i.rooms, room_name));
            text.list(names(site, language, &i.organisations, organisation_name));
            text.list(i.volunteers_wanted.iter().map(|v| &v.role));
        },
    )
}

fn organisation(site: &Site, language: &str, url: String, say: Say, o: &Organisation) -> Record {
    let areas: Vec<&str> = names(site, language, &o.areas, area_name).collect();
    record(
        "organisation",
        url,
        language,
        translated(&o.text, language, &o.name),
        sentence::organisation(o, &areas, say),
        |_| {},
        |text| text.list(names(site, language, &o.areas, area_name)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `complete` fixture, resolved at a fixed time, and its addresses.
    fn complete() -> (Site, Urls) {
        let fixture =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/complete");
        let (sources, mut diags) = crate::load::load(&fixture);
        let time = jiff::Timestamp::from_second(1_735_689_600).unwrap();
        let site = crate::resolve::resolve(sources, time, Default::default(), &mut diags)
            .expect("resolves");
        let urls = Urls::new(&site.config.base_url, &site.config.language);
        (site, urls)
    }

    #[test]
    fn every_language_gets_an_index_of_the_items() {
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
            "pagefind/wasm.en.pagefind",
        ] {
            assert!(bundle.contains(&needed), "{needed} is written");
        }
        assert!(bundle.iter().any(|p| p.starts_with("pagefind/fragment/")));
        // Frisian, which Pagefind cannot stem, is indexed with the Dutch stemmer.
        for language in ["nl", "nl-fy", "en"] {
            let meta = format!("pagefind/pagefind.{language}_");
            assert!(bundle.iter().any(|p| p.starts_with(&meta)), "{meta}…");
        }
        assert!(!bundle.iter().any(|p| p.contains("pagefind-ui")));
        let entry = files
            .iter()
            .find(|f| f.path == "pagefind/pagefind-entry.json")
            .unwrap();
        let entry: serde_json::Value = serde_json::from_slice(&entry.bytes).unwrap();
        let languages = entry["languages"].as_object().unwrap();
        assert!(bundle.contains(&"pagefind/wasm.nl-fy.pagefind"));
        for language in ["nl", "nl-fy", "en"] {
            assert!(languages.contains_key(language), "an index for {language}");
            assert_eq!(languages[language]["page_count"], 9, "{language}");
        }
        assert!(entry["version"].is_string());
        assert!(entry["include_characters"].is_array());
        // Rooms, areas, initiatives and organisations in each language: 3 + 2 + 2 + 2.
        assert_eq!(languages["nl"]["page_count"], 9);
    }

    #[test]
    fn languages_pagefind_cannot_stem_use_the_sites_stemmer() {
        assert_eq!(index_language("nl", "nl"), "nl");
        assert_eq!(index_language("fy", "nl"), "nl-fy");
        assert_eq!(index_language("en", "nl"), "en");
        assert_eq!(index_language("fy", "fy"), "fy");
        assert_eq!(index_language("li", "xx"), "li");
    }

    #[test]
    fn the_same_site_gives_the_same_bundle() {
        let (site, urls) = complete();
        let first = render(&site, &urls, &BTreeMap::new()).unwrap();
        assert_eq!(first, render(&site, &urls, &BTreeMap::new()).unwrap());
    }

    #[test]
    fn a_large_index_is_split_in_shards_of_their_own() {
        let (site, urls) = complete();
        // 9 records in each language: three shards of 3, then 4, 4 and 1.
        for (size, shards) in [(3, 3), (4, 3), (9, 1), (100, 1)] {
            let files = render_shards(&site, &urls, &BTreeMap::new(), size).unwrap();
            assert_eq!(
                files,
                render_shards(&site, &urls, &BTreeMap::new(), size).unwrap(),
                "the same bytes"
            );
            let dirs: Vec<String> = std::iter::once(BUNDLE_DIR.to_string())
                .chain((2..=shards).map(|n| format!("{BUNDLE_DIR}{n}/")))
                .collect();
            assert_eq!(
                extra_shards(&site, size),
                (2..=shards).collect::<Vec<_>>(),
                "{size}"
            );
            let mut counts = BTreeMap::new();
            for dir in &dirs {
                let entry = files
                    .iter()
                    .find(|f| f.path == format!("{dir}{ENTRY}"))
                    .unwrap_or_else(|| panic!("{dir}{ENTRY} is written"));
                let entry: serde_json::Value = serde_json::from_slice(&entry.bytes).unwrap();
                for (language, index) in entry["languages"].as_object().unwrap() {
                    let pages = index["page_count"].as_u64().unwrap();
                    assert!(pages as usize <= size, "{dir} {language}");
                    *counts.entry(language.clone()).or_insert(0) += pages;
                    let meta = format!("{dir}pagefind.{language}_");
                    assert!(files.iter().any(|f| f.path.starts_with(&meta)), "{meta}…");
                }
                assert!(files.iter().any(|f| f.path == format!("{dir}pagefind.js")));
                let fragments = format!("{dir}fragment/");
                assert!(files.iter().any(|f| f.path.starts_with(&fragments)));
            }
            // Every record in exactly one shard.
            let expected: BTreeMap<String, u64> =
                ["en", "nl", "nl-fy"].map(|l| (l.to_string(), 9)).into();
            assert_eq!(counts, expected, "shards of {size}");
            assert!(!files.iter().any(|f| {
                f.path.starts_with(&format!("{BUNDLE_DIR}{}/", shards + 1))
                    || f.path.contains("pagefind-ui")
            }));
            assert!(files.windows(2).all(|w| w[0].path < w[1].path), "sorted");
        }
        // One shard is what the site had before it had shards.
        assert_eq!(
            render_shards(&site, &urls, &BTreeMap::new(), 9).unwrap(),
            render(&site, &urls, &BTreeMap::new()).unwrap()
        );
    }
}
