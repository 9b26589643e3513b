//! When things last changed, for every output that shows it (the JSON twins, the tables'
//! `modified` column, the footer's "laatst gewijzigd", the feed, the sitemap, the DCAT
//! catalogue, the Data Package): the last commit that changed an item's files, from the
//! Git history ([`crate::model::history`]). A file with changes not committed yet, or a
//! site without history, is as new as the build. The build date itself is shown only as
//! the build date.

use crate::model::{Area, Budget, Initiative, Organisation, Page, Room, Site, Translations};
use jiff::civil::Date;
use jiff::Timestamp;

/// The latest change of the files at `paths`; the build time where one has no commit.
pub fn of_paths<'a>(site: &Site, paths: impl IntoIterator<Item = &'a str>) -> Timestamp {
    paths
        .into_iter()
        .map(|p| site.history.modified(p).unwrap_or(site.build_time))
        .max()
        .unwrap_or(site.build_time)
}

/// The latest change of an item's file and its translations.
fn item(site: &Site, path: &str, translations: &Translations) -> Timestamp {
    of_paths(
        site,
        std::iter::once(path).chain(translations.values().map(|t| t.path.as_str())),
    )
}

pub fn room(site: &Site, r: &Room) -> Timestamp {
    item(site, &r.path, &r.text.translations)
}

/// An area's file, its translations and its outline's file.
pub fn area(site: &Site, a: &Area) -> Timestamp {
    let outline = a.geometry_file.as_ref().map(|f| format!("data/{}", f.id));
    let own = item(site, &a.path, &a.text.translations);
    match outline {
        Some(path) => own.max(of_paths(site, [path.as_str()])),
        None => own,
    }
}

pub fn initiative(site: &Site, i: &Initiative) -> Timestamp {
    item(site, &i.path, &i.text.translations)
}

pub fn organisation(site: &Site, o: &Organisation) -> Timestamp {
    item(site, &o.path, &o.text.translations)
}

pub fn page(site: &Site, p: &Page) -> Timestamp {
    item(site, &p.path, &p.text.translations)
}

pub fn budget(site: &Site, b: &Budget) -> Timestamp {
    of_paths(site, [b.path.as_str()])
}

/// The latest change of any source (the site as a whole): the newest commit that touched
/// one, or the build time when a file is not committed or there is no history.
pub fn site(site: &Site) -> Timestamp {
    let history = &site.history;
    if !history.from_git || !history.uncommitted.is_empty() {
        return site.build_time;
    }
    history
        .committed
        .values()
        .max()
        .copied()
        .unwrap_or(site.build_time)
}

/// The latest of `times`; the build time when there are none.
pub fn latest(site: &Site, times: impl IntoIterator<Item = Timestamp>) -> Timestamp {
    times.into_iter().max().unwrap_or(site.build_time)
}

/// The date of `time` in the site's time zone.
pub fn date(site: &Site, time: Timestamp) -> Date {
    time.to_zoned(site.config.timezone.clone()).date()
}

/// `2025-03-15T10:00:00Z`: a moment as feeds and the Data Package write it.
pub fn utc(time: Timestamp) -> String {
    time.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}
