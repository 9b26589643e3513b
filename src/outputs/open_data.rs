//! The `/open-data/` page's view: every dataset with its columns and files (with their
//! sizes), the licence, how to cite it, and schema.org `Dataset` JSON-LD.

use crate::model::Site;
use crate::outputs::data::{datasets, ColumnDescription};
use crate::outputs::html::json_ld::to_script_json;
use crate::resolve::routes::{Route, Section};
use crate::resolve::urls::Urls;
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub struct FileView {
    /// The file's name, like `rooms.csv`.
    pub name: String,
    /// Root-relative address.
    pub url: String,
    /// Full address, for citations.
    pub absolute_url: String,
    pub format: String,
    pub media_type: String,
    /// Dutch notation, like `12,3 kB`.
    pub size: String,
}

#[derive(Serialize)]
pub struct DatasetView {
    pub name: String,
    pub title: String,
    pub description: String,
    pub columns: Vec<ColumnDescription>,
    pub files: Vec<FileView>,
}

#[derive(Serialize)]
pub struct OpenDataView {
    pub datasets: Vec<DatasetView>,
    /// The licence's name, like `Creative Commons Zero v1.0 Universal`.
    pub license: String,
    pub license_url: String,
    /// schema.org `DataCatalog` with a `Dataset` per dataset, safe inside `<script>`.
    pub json_ld: String,
    /// The fixed versions (`data-*` tags), newest first.
    pub versions: Vec<VersionView>,
}

/// One fixed version of the open data, for the list on `/open-data/`.
#[derive(Serialize)]
pub struct VersionView {
    pub tag: String,
    /// `YYYY-MM-DD`: the tagged commit's date.
    pub date: String,
    pub commit: String,
    /// The version's folder and its two descriptions.
    pub folder: String,
    pub datapackage: String,
    pub sums: String,
}

/// `812 B`, `12,3 kB`, `1,4 MB` (decimal units, decimal comma).
pub fn file_size(bytes: usize) -> String {
    match bytes {
        0..1_000 => format!("{bytes} B"),
        1_000..1_000_000 => format!("{:.1} kB", bytes as f64 / 1_000.0).replace('.', ","),
        _ => format!("{:.1} MB", bytes as f64 / 1_000_000.0).replace('.', ","),
    }
}

/// The page's data; `sizes` holds the byte size of every written file by its path.
pub fn view(site: &Site, urls: &Urls, sizes: &BTreeMap<String, usize>) -> OpenDataView {
    let (license_url, license) = crate::outputs::data::datapackage::license(&site.config.license);
    let described = datasets(site);
    let publisher = site.config.publisher.as_ref();
    let json_datasets: Vec<serde_json::Value> = described
        .iter()
        .map(|d| {
            json!({
                "@type": "Dataset",
                "name": d.title,
                "description": d.description,
                "identifier": d.name,
                "license": license_url,
                "dateModified": d.modified,
                "inLanguage": site.config.language,
                "creator": publisher.map(|p| json!({ "@type": "Organization", "name": p.name, "url": p.url, "email": p.email })),
                "variableMeasured": d.columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>(),
                "distribution": d.files.iter().map(|f| json!({
                    "@type": "DataDownload",
                    "encodingFormat": f.media_type,
                    "contentUrl": f.url,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let catalog = json!({
        "@context": "https://schema.org",
        "@type": "DataCatalog",
        "name": site.config.title,
        "url": urls.absolute(&site.config.language, &Route::Section(Section::OpenData).path()),
        "license": license_url,
        "dataset": json_datasets,
    });
    OpenDataView {
        datasets: described
            .into_iter()
            .map(|d| DatasetView {
                name: d.name,
                title: d.title,
                description: d.description,
                columns: d.columns,
                files: d
                    .files
                    .into_iter()
                    .map(|f| FileView {
                        name: f.path.rsplit('/').next().unwrap_or(&f.path).to_string(),
                        url: format!("{}{}", urls.base_path, f.path),
                        absolute_url: f.url.clone(),
                        size: file_size(sizes.get(&f.path).copied().unwrap_or(0)),
                        format: f.format,
                        media_type: f.media_type,
                    })
                    .collect(),
            })
            .collect(),
        license,
        license_url,
        json_ld: to_script_json(&catalog),
        versions: site
            .versions
            .iter()
            .map(|v| {
                let folder = format!(
                    "{}{}",
                    urls.base_path,
                    crate::resolve::routes::version_folder(&v.tag)
                );
                VersionView {
                    tag: v.tag.clone(),
                    date: crate::text::dates::iso(v.site.build_date),
                    commit: v.commit.chars().take(10).collect(),
                    datapackage: format!("{folder}datapackage.json"),
                    sums: format!("{folder}{}", crate::outputs::data::checksums::SUMS_FILE),
                    folder,
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_in_dutch_notation() {
        assert_eq!(file_size(812), "812 B");
        assert_eq!(file_size(12_345), "12,3 kB");
        assert_eq!(file_size(1_400_000), "1,4 MB");
    }
}
