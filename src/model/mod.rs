//! The site as data: what the loaders produce and every renderer reads. No I/O here.

mod area;
pub use area::{Area, Team};
pub mod basemap;
pub mod budget;
pub mod exceptions;
pub mod facilities;
pub mod geometry;
pub mod history;
pub mod holidays;
mod initiative;
pub use initiative::{Initiative, InitiativeStatus};
pub mod keys;
mod organisation;
pub use organisation::{Organisation, OrganisationKind};
pub mod photo;
pub mod postcode;
mod room;
pub use room::Room;
pub mod schedule;
mod site_text;
pub use site_text::InLanguage;
pub mod words;

pub use basemap::{BaseFeature, BaseKind, Basemap};
pub use budget::{
    source_file_kind, Budget, BudgetLine, BudgetStatus, DeclaredTotal, Direction, SourceDocument,
};
pub use exceptions::{Closure, RoomHolidays};
pub use geometry::{LatLon, Outline};
pub use holidays::{Holiday, HolidayPolicy};
pub use photo::{Photo, PhotoSource, PhotoVariant, PHOTO_WIDTHS};
pub use postcode::Postcode;
pub use schedule::{Activity, Repeat, Schedule, TimeSlot};
pub use words::Words;

use jiff::civil::Date;
use std::collections::BTreeMap;
use std::sync::Arc;
use words::words;

/// A reference to another item by id, with the line it was written on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ref {
    pub id: String,
    pub line: usize,
}

/// What an editor wrote in a content file besides the keys that make the item what it is
/// (its name, kind, place, links): the one-line `summary`, the Markdown body, whether it is
/// published (`draft`, `reviewed`), and its translations into the site's other languages.
/// Rooms, areas, initiatives, organisations and pages all carry one, so that what handles
/// their texts alike (rebasing links, the link checks, drafts, reviews) takes it once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemText {
    /// One line for lists and search results (`summary`).
    pub summary: Option<String>,
    pub body: Body,
    pub publication: Publication,
    /// The item's text in the site's other languages (`<id>.<lang>.md`).
    pub translations: Translations,
}

/// Markdown text from a file and its HTML, already sanitised.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Body {
    pub markdown: String,
    pub html: String,
    /// The links and pictures in the text that point into the site, with their lines.
    pub site_links: Vec<BodyLink>,
}

/// A link (or picture) in a text to an address on the site itself, like `/kamers/bilgaard/`.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyLink {
    /// The line in the file.
    pub line: usize,
    /// The column (in characters) where the link starts.
    pub column: usize,
    /// The address as written.
    pub target: String,
    /// A picture (`![…](…)`) rather than a link.
    pub picture: bool,
}

/// Whether an item is published, and when an editor last checked it against reality: the
/// `draft` and `reviewed` keys every content file may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Publication {
    /// `draft: true`: checked like any other file, but published only in a preview.
    pub draft: bool,
    /// `reviewed`, with the line it is written on.
    pub reviewed: Option<(Date, usize)>,
}

/// The translatable text of an item in one extra language (`<id>.<lang>.md`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Translation {
    pub path: String,
    /// `name` or `title`, whichever the original uses.
    pub name: Option<String>,
    pub summary: Option<String>,
    pub body: Option<Body>,
}

/// Translations of one item, by language code.
pub type Translations = BTreeMap<String, Translation>;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Address {
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contact {
    pub email: Option<String>,
    pub phone: Option<Phone>,
    pub website: Option<String>,
}

impl Contact {
    /// Whether it gives any way to reach someone.
    pub fn is_reachable(&self) -> bool {
        self.email.is_some() || self.phone.is_some() || self.website.is_some()
    }
}

/// A phone number as checked (`load::contact`): for reading, and for `tel:` links, the
/// open data and linked data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// Written the way residents read it: `058 233 8888` for a Dutch number, `+32 2 123
    /// 45 67` for a foreign one.
    pub display: String,
    /// E.164, like `+31582338888`: what a phone dials from anywhere.
    pub e164: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct VolunteerRole {
    pub role: String,
    pub hours: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub date: Date,
    pub text: String,
}

words! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum RoomKind {
        Main = "main",
        Satellite = "satellite",
    }
}

words! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum RoomStatus {
        Open = "open",
        Planned = "planned",
        Closed = "closed",
    }
}

/// Who is present in a room, and when.
#[derive(Debug, Clone, PartialEq)]
pub struct Presence {
    pub who: String,
    pub slot: TimeSlot,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub id: String,
    pub path: String,
    pub title: String,
    pub text: ItemText,
}

/// Which tile source the optional interactive map uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapTiles {
    None,
    Pdok,
    Osm,
    Template(String),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Municipality {
    pub name: Option<String>,
    pub cbs_code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Publisher {
    pub name: String,
    pub email: Option<String>,
    pub url: Option<String>,
    /// The identifier of the publisher in linked data, like a TOOI URI
    /// (`https://identifier.overheid.nl/tooi/id/gemeente/gm0080`).
    pub uri: Option<String>,
}

/// `site.yaml`.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub title: String,
    /// Always ends with `/`.
    pub base_url: String,
    pub language: String,
    /// Every language the site is published in, the default one first.
    pub languages: Vec<String>,
    pub description: Option<String>,
    /// `title` and `description` in the other languages of the site (`title: { fy: ... }`),
    /// by language code; a language without one falls back to `title` and `description`.
    pub title_translations: BTreeMap<String, String>,
    pub description_translations: BTreeMap<String, String>,
    pub municipality: Option<Municipality>,
    pub publisher: Option<Publisher>,
    pub license: String,
    pub timezone_name: String,
    pub timezone: jiff::tz::TimeZone,
    pub map_tiles: MapTiles,
    /// `map.basemap`: the file under `data/` and the line that names it.
    pub map_basemap: Option<(String, usize)>,
    /// The basemap read from that file, once loaded (`None` without one or on an error).
    pub basemap: Option<std::sync::Arc<Basemap>>,
    pub theme: String,
    /// Whose national holidays close rooms by default (`holidays`, default `nl`).
    pub holidays: HolidayPolicy,
    /// How far back `/wijzigingen/` looks (`changes` in site.yaml).
    pub changes: ChangesWindow,
    /// After how many days without a review an open room, a running initiative or an
    /// organisation gets a warning (`review_after_days`).
    pub review_after_days: u32,
    /// The form editor at /admin/, when the site asks for one (`editor:`).
    pub editor: Option<Editor>,
}

/// `review_after_days` when site.yaml does not say: a year.
pub const DEFAULT_REVIEW_AFTER_DAYS: u32 = 365;

/// `changes: { days, max_commits }` in site.yaml: the commits of the last `days` days
/// before the built commit, at most `max_commits` of them (and at most
/// [`crate::limits::MAX_CHANGE_COMMITS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangesWindow {
    pub days: u32,
    pub max_commits: usize,
}

impl Default for ChangesWindow {
    fn default() -> Self {
        ChangesWindow {
            days: 365,
            max_commits: 500,
        }
    }
}

/// Where the form editor at /admin/ commits: a GitHub repository and its branch.
#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    /// `owner/name`.
    pub repo: String,
    pub branch: String,
}

/// The whole site once every file is loaded and every reference checked.
/// Collections are sorted by id, so every renderer iterates in a stable order.
#[derive(Debug, Clone)]
pub struct Site {
    pub config: Config,
    // Rooms, initiatives and organisations are the many items of a large site; shared, a
    // preview's check after a save reuses them from the last run instead of copying them.
    pub rooms: Vec<Arc<Room>>,
    pub areas: Vec<Area>,
    pub initiatives: Vec<Arc<Initiative>>,
    pub organisations: Vec<Arc<Organisation>>,
    pub pages: Vec<Page>,
    pub budgets: Vec<Budget>,
    /// The build date: today, or the date of `SOURCE_DATE_EPOCH`.
    pub build_date: Date,
    /// The build moment in UTC, for feeds and metadata.
    pub build_time: jiff::Timestamp,
    /// What the Git history says: each file's last change, the changes, the versions.
    pub history: Arc<history::History>,
    /// The site as it was at each `data-*` tag, newest first, for `/data/versies/<tag>/`.
    pub versions: Vec<VersionSite>,
}

/// The site as it was at a `data-*` tag.
#[derive(Debug, Clone)]
pub struct VersionSite {
    pub tag: String,
    pub commit: String,
    pub site: Arc<Site>,
}

impl Site {
    pub fn room(&self, id: &str) -> Option<&Room> {
        find(&self.rooms, id, |r: &Arc<Room>| &r.id).map(|r| &**r)
    }
    pub fn area(&self, id: &str) -> Option<&Area> {
        find(&self.areas, id, |a| &a.id)
    }
    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        find(&self.initiatives, id, |i: &Arc<Initiative>| &i.id).map(|i| &**i)
    }
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        find(&self.organisations, id, |o: &Arc<Organisation>| &o.id).map(|o| &**o)
    }
    /// Every year any budget names, ascending.
    pub fn budget_years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.budgets.iter().flat_map(|b| b.years()).collect();
        years.sort_unstable();
        years.dedup();
        years
    }
}

fn find<'a, T>(items: &'a [T], id: &str, key: impl Fn(&T) -> &String) -> Option<&'a T> {
    items
        .binary_search_by(|item| key(item).as_str().cmp(id))
        .ok()
        .map(|index| &items[index])
}

/// Whether `id` is a valid permanent identifier: `a-z`, `0-9` and `-`, not at either end.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A plain open room for the model's unit tests, made beside `Room`.
#[cfg(test)]
pub(crate) use room::test_room;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("de-klomp"));
        assert!(is_valid_id("wijk-3"));
        assert!(!is_valid_id("De-Klomp"));
        assert!(!is_valid_id("-klomp"));
        assert!(!is_valid_id("klomp-"));
        assert!(!is_valid_id("de_klomp"));
        assert!(!is_valid_id(""));
    }
}
