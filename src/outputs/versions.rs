//! The open data as it was at each `data-*` tag, under `/data/versies/<tag>/`: the same
//! open-data output as the live site's, made from the tagged site
//! ([`crate::model::VersionSite`]), with its own `datapackage.json` (hashes and sizes) and
//! `SHA256SUMS`. Only the files under `data/` are published; the pages stay the live ones.

use crate::model::Site;
use crate::output::OutputFile;
use crate::outputs::data::{self, DATA_DIR};
use crate::resolve::routes::version_folder;
use crate::resolve::urls::Urls;

/// Every version's files, handed to `out`.
pub fn render(site: &Site, out: &(dyn Fn(OutputFile) + Sync)) {
    for version in &site.versions {
        let tagged = &*version.site;
        let folder = version_folder(&version.tag);
        let urls =
            Urls::new(&tagged.config.base_url, &tagged.config.language).with_data_folder(&folder);
        data::render(tagged, &urls, &|file| {
            if let Some(path) = placed(&folder, &file.path) {
                out(OutputFile::new(path, file.bytes));
            }
        });
    }
}

/// Where a version's open-data file (`data/rooms.csv`) is published: in the version's
/// `folder`; `None` for a file outside `data/`, which is not published.
pub fn placed(folder: &str, path: &str) -> Option<String> {
    Some(format!("{folder}{}", path.strip_prefix(DATA_DIR)?))
}

/// The path of every file [`render`] makes, without making them.
pub fn paths(site: &Site) -> Vec<String> {
    let mut paths = Vec::new();
    for version in &site.versions {
        let tagged = &*version.site;
        let folder = version_folder(&version.tag);
        let urls =
            Urls::new(&tagged.config.base_url, &tagged.config.language).with_data_folder(&folder);
        paths.extend(
            data::paths(tagged, &urls)
                .iter()
                .filter_map(|path| placed(&folder, path)),
        );
    }
    paths
}
