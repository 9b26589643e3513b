//! The open data: machine-readable twins of the content for journalists and other tools.
//!
//! Every dataset is built once as a [`tables::Table`] (columns with their Dutch titles and
//! descriptions, and typed cells); the format modules only write it out:
//!
//! | module | files |
//! | --- | --- |
//! | [`csv`] | `data/<name>.csv` (RFC 4180) and `data/<name>.excel.csv` (Dutch spreadsheets) |
//! | [`geojson`] | `data/rooms.geojson`, `data/areas.geojson`, `data/initiatives.geojson` |
//! | [`ics`] | `data/agenda.ics` and `kamers/<id>/agenda.ics` |
//! | [`datapackage`] | `data/datapackage.json` (Frictionless Data Package, Fiscal Data Package model) |
//! | [`dcat`] | `data/catalog.jsonld` (DCAT-AP-NL) |
//! | [`checksums`] | `data/SHA256SUMS` (every other file in `data/`), `hash` and `bytes` in `datapackage.json` |
//! | [`sqlite`] | `data/mienskip.sqlite` (every dataset as a table) and `data/metadata.json` (Datasette) |
//! | [`json`] | `index.json` beside every room, area, initiative and organisation page |
//! | (here) | the copy of each budget's source (`source_file`), as it is, at the same path under `data/` |
//!
//! Everything is a pure function of the [`Site`]: collections come sorted by id, lines of a
//! file stay in file order, and the only date used is the build date.

pub mod checksums;
pub mod csv;
pub mod datapackage;
pub mod dcat;
pub mod geojson;
pub mod ics;
pub mod json;
pub mod licence;
pub mod sqlite;
pub mod tables;
mod uids;

use crate::model::Site;
use crate::output::OutputFile;
use crate::resolve::urls::Urls;
use checksums::Digest;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// The folder of the open data, relative to the site root.
pub const DATA_DIR: &str = "data/";

/// The name of the SQLite database of all datasets, under [`DATA_DIR`].
pub const SQLITE_FILE: &str = "mienskip.sqlite";

/// Every open-data file of the site, under `data/` and beside the pages.
/// Renders every open-data file, handing each to `out` as soon as it is made (from
/// several threads), so that a large site's thousands of calendars and JSON twins are
/// never all in memory at once.
pub fn render(site: &Site, urls: &Urls, out: &(dyn Fn(OutputFile) + Sync)) {
    // The SHA-256 of every file under data/, taken as it passes: the resources' hashes in
    // datapackage.json and SHA256SUMS. datapackage.json cannot hold its own hash, so it
    // comes after the files it describes; SHA256SUMS comes last and lists all the others.
    let digests: Mutex<BTreeMap<String, Digest>> = Mutex::new(BTreeMap::new());
    let record = |file: OutputFile| {
        if let Some(name) = file.path.strip_prefix(DATA_DIR) {
            let digest = Digest::of(&file.bytes);
            lock(&digests).insert(name.to_string(), digest);
        }
        out(file)
    };
    // The tables and their formats, the calendars and the JSON twins are independent.
    rayon::join(
        || {
            rayon::join(
                || {
                    let tables = tables::all(site, urls);
                    for table in &tables {
                        csv::render(table).into_iter().for_each(record);
                    }
                    geojson::render(&tables).for_each(record);
                    sqlite::render(site, urls, &tables)
                        .into_iter()
                        .for_each(record);
                    // Only this branch writes the files the package describes, so they
                    // are all recorded by now.
                    let known = lock(&digests).clone();
                    record(datapackage::render(site, urls, &tables, &known));
                    record(dcat::render(site, urls, &tables));
                },
                || ics::render(site, urls, &record),
            )
        },
        || {
            json::render(site, urls, &record);
            for (path, document) in source_documents(site) {
                record(OutputFile::new(path, document.bytes.to_vec()));
            }
        },
    );
    let digests = digests.into_inner().unwrap_or_else(|e| e.into_inner());
    out(OutputFile::new(
        format!("{DATA_DIR}{}", checksums::SUMS_FILE),
        checksums::sums(&digests),
    ));
}

/// The path of every file [`render`] makes, without making them: the tables' own files,
/// the package, catalogue and checksums, the calendar and JSON twin beside each page.
pub fn paths(site: &Site, urls: &Urls) -> Vec<String> {
    use crate::resolve::routes::Route;
    let mut paths: Vec<String> = tables::all(site, urls)
        .iter()
        .flat_map(|table| table.files())
        .map(|file| file.path)
        .collect();
    paths.extend(
        [
            "metadata.json",
            "datapackage.json",
            "catalog.jsonld",
            checksums::SUMS_FILE,
        ]
        .map(|name| format!("{DATA_DIR}{name}")),
    );
    for room in &site.rooms {
        paths.push(Route::Room(&room.id).beside(ics::FILE));
    }
    let pages = site.rooms.iter().map(|x| Route::Room(&x.id));
    let pages = pages
        .chain(site.areas.iter().map(|x| Route::Area(&x.id)))
        .chain(site.initiatives.iter().map(|x| Route::Initiative(&x.id)))
        .chain(
            site.organisations
                .iter()
                .map(|x| Route::Organisation(&x.id)),
        );
    paths.extend(pages.map(|page| page.beside(json::FILE)));
    paths.extend(source_documents(site).into_keys());
    paths.sort_unstable();
    paths.dedup();
    paths
}

/// The copy of each budget's source that was read, by the path it is published at (once,
/// when two budgets name the same file).
fn source_documents(site: &Site) -> BTreeMap<String, &crate::model::SourceDocument> {
    site.budgets
        .iter()
        .filter_map(|b| {
            let file = b.source_file.as_deref()?;
            let document = b.source_document.as_deref()?;
            Some((crate::resolve::routes::source_document(file), document))
        })
        .collect()
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// [`render`] into a list sorted by path, for tests and the preview.
pub fn render_to_vec(site: &Site, urls: &Urls) -> Vec<OutputFile> {
    let files = std::sync::Mutex::new(Vec::new());
    render(site, urls, &|file| {
        files.lock().unwrap_or_else(|e| e.into_inner()).push(file)
    });
    let mut files = files.into_inner().unwrap_or_else(|e| e.into_inner());
    files.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    files
}

/// One column of a dataset, for the `/open-data/` page.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnDescription {
    pub name: String,
    /// Table Schema type: `string`, `integer`, `number`, `boolean`, `date`, `time` or `year`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Dutch title.
    pub title: String,
    /// Dutch description.
    pub description: String,
}

/// One downloadable file of a dataset.
#[derive(Debug, Clone, Serialize)]
pub struct FileDescription {
    /// Path relative to the site root, like `data/rooms.csv`.
    pub path: String,
    /// Absolute address.
    pub url: String,
    /// Short format name: `CSV`, `CSV (Excel)`, `GeoJSON`, `iCalendar`, `SQLite`.
    pub format: String,
    /// IANA media type, like `text/csv`.
    pub media_type: String,
}

/// A dataset as the `/open-data/` page lists it: what it holds and in which files.
#[derive(Debug, Clone, Serialize)]
pub struct DatasetDescription {
    /// The latest `modified` of its rows (`YYYY-MM-DD`), as in the DCAT catalogue.
    pub modified: String,
    /// `rooms`, `areas`, `initiatives`, `organisations`, `activities` or `budget`.
    pub name: String,
    /// Dutch title.
    pub title: String,
    /// Dutch description.
    pub description: String,
    pub columns: Vec<ColumnDescription>,
    pub files: Vec<FileDescription>,
}

/// Every dataset with its columns and files, in the order of SITE.md's table.
pub fn datasets(site: &Site) -> Vec<DatasetDescription> {
    let urls = Urls::new(&site.config.base_url, &site.config.language);
    let language = site.config.language.as_str();
    tables::all(site, &urls)
        .iter()
        .map(|table| DatasetDescription {
            name: table.name.to_string(),
            modified: crate::text::dates::iso(crate::outputs::data::tables::modified_of(
                site, table,
            )),
            title: table.title.to_string(),
            description: table.description.to_string(),
            columns: table
                .columns
                .iter()
                .map(|c| ColumnDescription {
                    name: c.name.to_string(),
                    kind: c.kind.table_schema_type().to_string(),
                    title: c.title.to_string(),
                    description: c.description.to_string(),
                })
                .collect(),
            files: table
                .files()
                .into_iter()
                .map(|f| FileDescription {
                    url: urls.absolute(language, &f.path),
                    path: f.path,
                    format: f.format.label().to_string(),
                    media_type: f.format.media_type().to_string(),
                })
                .collect(),
        })
        .collect()
}

pub(crate) use crate::text::slug::slug;
