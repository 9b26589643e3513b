//! Links and pictures in texts to files (`/data/rooms.csv`, `foto.jpg`, `/plan.pdf`) that
//! the build does not write: a warning at the link, with the file meant when one is close.
//! What the build writes comes from the outputs themselves ([`super::Output::listing`]), so
//! a new output's files are known here the moment it is in the registry. Links to pages are
//! checked earlier, against the route table (`resolve::site_links`). `check`, `build` and
//! the preview each run this once the theme is compiled, so all three warn alike.

use super::contract::Input;
use super::registry;
use crate::diagnostics::{did_you_mean, Diagnostics};
use crate::model::{BodyLink, Site};
use crate::resolve::site_links::{address, page_of, texts};
use crate::resolve::urls::Urls;
use std::collections::HashSet;

/// Above this many files, a misspelt name is compared only with the files in its own
/// folder: comparing it with every photo and page of a national site would take seconds
/// per link.
const SUGGEST_FROM_ALL_UP_TO: usize = 5_000;

/// Whether a text of `site` links to a file at all: only then are the outputs asked for
/// their files, and `check` works out what they need.
pub fn any(site: &Site) -> bool {
    let urls = Urls::new(&site.config.base_url, &site.config.language);
    !to_files(site, &urls).is_empty()
}

/// Every link or picture in a text that names a file rather than a page: the file it is in,
/// the link, and the path it names inside the site (`data/rooms.csv`).
fn to_files<'s>(site: &'s Site, urls: &Urls) -> Vec<(&'s str, &'s BodyLink, String)> {
    let mut links = Vec::new();
    for text in texts(site) {
        for link in &text.body.site_links {
            let Some(address) = address(urls, &text, &link.target) else {
                continue;
            };
            if page_of(site, &address).is_some() {
                continue;
            }
            let inside = address
                .strip_prefix(urls.base_path.as_str())
                .or_else(|| address.strip_prefix('/'))
                .unwrap_or(&address);
            links.push((text.file, link, inside.to_string()));
        }
    }
    links
}

/// Warns for every link or picture in a text to a file of the site that the build does not
/// write.
pub fn check(input: &Input, diags: &mut Diagnostics) {
    let site = input.site;
    let links = to_files(site, input.urls);
    // Most sites link to no file: the outputs are not even asked then.
    if links.is_empty() {
        return;
    }
    let known = Known::of(input);
    for (file, link, inside) in links {
        if known.has(&inside) {
            continue;
        }
        let hint = match known.closest(&inside) {
            Some(candidate) => {
                // As the editor writes it: from the site's root, which the build puts
                // under the site's base path (`resolve::rebase`).
                let candidate = format!("/{candidate}");
                crate::msg!("did-you-mean", candidate = candidate).text()
            }
            None => {
                let name = inside.rsplit('/').next().unwrap_or_default();
                let address = format!("/{name}");
                let theme = site.config.theme.as_str();
                crate::msg!("link-file-fix", theme = theme, address = address).text()
            }
        };
        let target = crate::diagnostics::quote_value(&link.target);
        let picture = if link.picture { "yes" } else { "no" };
        let message = crate::msg!(
            "link-no-file",
            target = target,
            picture = picture,
            hint = hint
        );
        diags.warning_at(file, link.line, link.column, message);
    }
}

/// The files a build writes, as the outputs list them.
struct Known {
    files: Vec<String>,
    set: HashSet<String>,
    folders: Vec<String>,
}

impl Known {
    fn of(input: &Input) -> Known {
        let (mut files, mut folders) = (Vec::new(), Vec::new());
        for output in registry() {
            let listing = output.listing(input);
            files.extend(listing.files);
            folders.extend(listing.folders);
        }
        files.sort_unstable();
        files.dedup();
        Known {
            set: files.iter().cloned().collect(),
            files,
            folders,
        }
    }

    /// Whether the build writes the file at `path` (inside the site, like `data/rooms.csv`).
    fn has(&self, path: &str) -> bool {
        self.set.contains(path) || self.folders.iter().any(|f| path.starts_with(f.as_str()))
    }

    /// The file an editor most likely meant by `path`: the same name in other capitals, the
    /// same file name in another folder, or a name a typo or two away.
    fn closest(&self, path: &str) -> Option<&str> {
        let lower = path.to_lowercase();
        if let Some(same) = self.files.iter().find(|f| f.to_lowercase() == lower) {
            return Some(same);
        }
        let name_of = |p: &str| p.rsplit('/').next().unwrap_or("").to_lowercase();
        let name = name_of(path);
        let mut same_name = self.files.iter().filter(|f| name_of(f) == name);
        if let (Some(only), None) = (same_name.next(), same_name.next()) {
            return Some(only);
        }
        let folder = |p: &str| p.rfind('/').map_or("", |at| &p[..=at]).to_lowercase();
        let here = folder(path);
        // A photo is published in several widths, as `foto-<hash>-<width>.jpg`.
        if let Some((stem, extension)) = name.rsplit_once('.') {
            let (start, end) = (format!("{stem}-"), format!(".{extension}"));
            let widths = self.files.iter().find(|f| {
                let name = name_of(f);
                folder(f) == here && name.starts_with(&start) && name.ends_with(&end)
            });
            if widths.is_some() {
                return widths.map(String::as_str);
            }
        }
        let nearby = self
            .files
            .iter()
            .filter(|f| folder(f) == here)
            .map(String::as_str);
        if let Some(close) = did_you_mean(path, nearby) {
            return Some(close);
        }
        if self.files.len() > SUGGEST_FROM_ALL_UP_TO {
            return None;
        }
        did_you_mean(path, self.files.iter().map(String::as_str))
    }
}
