//! The open data: machine-readable twins of the content for journalists and other tools.

use crate::model::Site;
use crate::output::OutputFile;
use crate::render::urls::Urls;

/// Every open-data file of the site, under `data/` and beside the pages.
pub fn render(site: &Site, urls: &Urls) -> Vec<OutputFile> {
    let _ = (site, urls);
    Vec::new()
}
