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
            if let Some(inside) = file.path.strip_prefix(DATA_DIR) {
                out(OutputFile::new(format!("{folder}{inside}"), file.bytes));
            }
        });
    }
}
