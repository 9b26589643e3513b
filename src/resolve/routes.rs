//! Every page address of the site in one table, both ways: a [`Route`] gives the page's path
//! inside its language (`kamers/bilgaard/`), and [`Route::parse`] gives the route of a path.
//! Nothing else writes a section's name into an address; [`super::urls::Urls`] adds the base
//! path and the language prefix.

use crate::load::Kind;

/// The sections of the site, each under a fixed first part of the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Rooms,
    Areas,
    Initiatives,
    Knowledge,
    Organisations,
    Volunteering,
    Agenda,
    Budgets,
    Map,
    Search,
    OpenData,
    /// The postcode lookup: every postcode with its area, and a page per postcode.
    Postcodes,
    /// What changed, from the Git history.
    Changes,
}

impl Section {
    pub const ALL: [Section; 13] = [
        Section::Rooms,
        Section::Areas,
        Section::Initiatives,
        Section::Knowledge,
        Section::Organisations,
        Section::Volunteering,
        Section::Agenda,
        Section::Budgets,
        Section::Map,
        Section::Search,
        Section::OpenData,
        Section::Postcodes,
        Section::Changes,
    ];

    /// The first part of the section's addresses, in Dutch whatever the page's language, so
    /// that an address can be passed on between residents who read different languages.
    pub fn segment(self) -> &'static str {
        match self {
            Section::Rooms => "kamers",
            Section::Areas => "gebieden",
            Section::Initiatives => "initiatieven",
            Section::Knowledge => "kennisbank",
            Section::Organisations => "organisaties",
            Section::Volunteering => "vrijwilligerswerk",
            Section::Agenda => "agenda",
            Section::Budgets => "begroting",
            Section::Map => "kaart",
            Section::Search => "zoeken",
            Section::OpenData => "open-data",
            Section::Postcodes => "postcode",
            Section::Changes => "wijzigingen",
        }
    }

    fn from_segment(segment: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.segment() == segment)
    }
}

/// The part of a budget document's address after the budgets section.
const BUDGET_DOCUMENTS: &str = "documenten";
/// The part of an area's welcome sheet after the area's address.
const WELCOME: &str = "welkom";
/// The file of the page shown for an address the site does not have.
const NOT_FOUND: &str = "404.html";

/// One page of the site, by what it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route<'a> {
    Home,
    Section(Section),
    Room(&'a str),
    Area(&'a str),
    /// An area's printable welcome sheet.
    Welcome(&'a str),
    Initiative(&'a str),
    Organisation(&'a str),
    /// The agenda of one area.
    AreaAgenda(&'a str),
    BudgetYear(i32),
    BudgetDocument(&'a str),
    /// A statement page from `content/pages/`.
    Text(&'a str),
    /// The page of one postcode (`8913` or `8913ab`, as [`crate::model::Postcode::slug`]
    /// writes it): its area and rooms.
    Postcode(&'a str),
    NotFound,
}

impl<'a> Route<'a> {
    /// The page of a content item: a room's, an area's, ..., a statement page's.
    pub fn of_item(kind: Kind, id: &'a str) -> Route<'a> {
        match kind {
            Kind::Room => Route::Room(id),
            Kind::Area => Route::Area(id),
            Kind::Initiative => Route::Initiative(id),
            Kind::Organisation => Route::Organisation(id),
            Kind::Page => Route::Text(id),
        }
    }

    /// The page's path inside its language, like `kamers/bilgaard/` (`""` for the home page).
    pub fn path(self) -> String {
        let section = |s: Section| s.segment();
        match self {
            Route::Home => String::new(),
            Route::Section(s) => format!("{}/", section(s)),
            Route::Room(id) => format!("{}/{id}/", section(Section::Rooms)),
            Route::Area(id) => format!("{}/{id}/", section(Section::Areas)),
            Route::Welcome(id) => format!("{}/{id}/{WELCOME}/", section(Section::Areas)),
            Route::Initiative(id) => format!("{}/{id}/", section(Section::Initiatives)),
            Route::Organisation(id) => format!("{}/{id}/", section(Section::Organisations)),
            Route::AreaAgenda(id) => format!("{}/{id}/", section(Section::Agenda)),
            Route::BudgetYear(year) => format!("{}/{year}/", section(Section::Budgets)),
            Route::BudgetDocument(id) => {
                format!("{}/{BUDGET_DOCUMENTS}/{id}/", section(Section::Budgets))
            }
            Route::Text(id) => format!("{id}/"),
            Route::Postcode(slug) => format!("{}/{slug}/", section(Section::Postcodes)),
            Route::NotFound => NOT_FOUND.to_string(),
        }
    }

    /// A file in the page's folder, like `kamers/bilgaard/index.json`.
    pub fn beside(self, file: &str) -> String {
        let mut path = self.path();
        path.push_str(file);
        path
    }

    /// The route of a path inside a language (the inverse of [`Route::path`]); whether the
    /// item exists is for the caller to know.
    pub fn parse(path: &'a str) -> Option<Route<'a>> {
        if path.is_empty() {
            return Some(Route::Home);
        }
        if path == NOT_FOUND {
            return Some(Route::NotFound);
        }
        let parts: Vec<&str> = path.strip_suffix('/')?.split('/').collect();
        let route = match parts.as_slice() {
            [""] => return None,
            [first] => match Section::from_segment(first) {
                Some(section) => Route::Section(section),
                None => Route::Text(first),
            },
            [first, rest @ ..] => match (Section::from_segment(first)?, rest) {
                (Section::Rooms, [id]) => Route::Room(id),
                (Section::Areas, [id]) => Route::Area(id),
                (Section::Areas, [id, WELCOME]) => Route::Welcome(id),
                (Section::Initiatives, [id]) => Route::Initiative(id),
                (Section::Organisations, [id]) => Route::Organisation(id),
                (Section::Agenda, [id]) => Route::AreaAgenda(id),
                (Section::Budgets, [BUDGET_DOCUMENTS, id]) => Route::BudgetDocument(id),
                (Section::Budgets, [year]) => Route::BudgetYear(year.parse().ok()?),
                (Section::Postcodes, [slug]) => Route::Postcode(slug),
                _ => return None,
            },
            [] => return None,
        };
        // Only the address the route itself gives: `begroting/2025` is `2025`, not `02025`.
        (route.path() == path).then_some(route)
    }
}

/// The start of a photo file's name (`foto-<digest>-<width>.jpg`).
const PHOTO: &str = "foto";

/// A published width of the photo of the item at `page` (a room's or an initiative's),
/// beside its page in the default language: `kamers/bilgaard/foto-1a2b3c4d-960.jpg`. The
/// digest of the photo's file is in the name, so a replaced photo gets a new address.
pub fn photo_path(page: Route, digest: &str, width: u32) -> String {
    page.beside(&format!("{PHOTO}-{digest}-{width}.jpg"))
}

/// The page, digest and width of a photo file's path (the inverse of [`photo_path`]).
pub fn parse_photo_path(path: &str) -> Option<(Route<'_>, &str, u32)> {
    let (folder, name) = path.rsplit_once('/')?;
    let (digest, width) = name
        .strip_prefix(PHOTO)?
        .strip_prefix('-')?
        .strip_suffix(".jpg")?
        .split_once('-')?;
    let page = Route::parse(&path[..=folder.len()])?;
    let width: u32 = width.parse().ok()?;
    (photo_path(page, digest, width) == path).then_some((page, digest, width))
}

/// The Atom feed of the changes, beside `/wijzigingen/`.
pub fn changes_feed() -> String {
    Route::Section(Section::Changes).beside("feed.xml")
}

/// The folder of the open data as it was at the `data-*` tag `tag` (a checked slug):
/// `data/versies/<tag>/`.
pub fn version_folder(tag: &str) -> String {
    format!("data/versies/{tag}/")
}

/// Where the copy of a budget's source (`source_file: documents/plan.pdf`, under the
/// content's `data/`) is published: at the same path under the open data,
/// `data/documents/plan.pdf`.
pub fn source_document(file: &str) -> String {
    format!("data/{file}")
}

/// Whether [`source_document`] puts `file` in a folder of its own: not directly beside the
/// datasets (`data/budget.csv`) and not among the versions (`data/versies/`), whose files
/// it could otherwise replace.
pub fn is_own_source_folder(file: &str) -> bool {
    let path = source_document(file);
    let folder = path.rsplit_once('/').map_or("", |(folder, _)| folder);
    // The versions' folder, `data/versies/`, without a tag.
    let versions = version_folder("");
    let versions = format!("{}/", versions.trim_end_matches('/'));
    folder != "data" && !path.starts_with(&versions)
}

/// Whether a statement page (`content/pages/<id>.md`, published at `/<id>/`) may not have
/// this id, because the address is the site's own: a section, a folder of files the build
/// writes, or one of the site's languages.
pub fn is_reserved_page_id(id: &str, languages: &[String]) -> bool {
    const FOLDERS: [&str; 4] = ["data", "static", "pagefind", "content"];
    Section::ALL.iter().any(|s| s.segment() == id)
        || FOLDERS.contains(&id)
        || languages.iter().any(|l| l == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind<'a>() -> Vec<Route<'a>> {
        let mut routes = vec![Route::Home, Route::NotFound];
        routes.extend(Section::ALL.map(Route::Section));
        routes.extend([
            Route::Room("bilgaard"),
            Route::Area("noord"),
            Route::Welcome("noord"),
            Route::Initiative("repair-cafe"),
            Route::Organisation("amaryllis"),
            Route::AreaAgenda("west"),
            Route::BudgetYear(2025),
            Route::BudgetDocument("uitvoeringsplan"),
            Route::Text("toegankelijkheid"),
            Route::Postcode("8913"),
            Route::Postcode("8913ab"),
        ]);
        routes
    }

    #[test]
    fn addresses() {
        assert_eq!(Route::Home.path(), "");
        assert_eq!(Route::Room("bilgaard").path(), "kamers/bilgaard/");
        assert_eq!(Route::Welcome("noord").path(), "gebieden/noord/welkom/");
        assert_eq!(
            Route::BudgetDocument("plan").path(),
            "begroting/documenten/plan/"
        );
        assert_eq!(Route::Section(Section::OpenData).path(), "open-data/");
        assert_eq!(
            Route::Room("bilgaard").beside("agenda.ics"),
            "kamers/bilgaard/agenda.ics"
        );
        assert_eq!(Route::NotFound.path(), "404.html");
        assert_eq!(Route::Postcode("8913ab").path(), "postcode/8913ab/");
        assert_eq!(Route::Section(Section::Postcodes).path(), "postcode/");
        assert_eq!(changes_feed(), "wijzigingen/feed.xml");
        assert_eq!(version_folder("data-2025-01"), "data/versies/data-2025-01/");
        assert_eq!(
            source_document("documents/plan.pdf"),
            "data/documents/plan.pdf"
        );
        assert!(is_own_source_folder("documents/plan.pdf"));
        assert!(is_own_source_folder("documenten/2024/plan.pdf"));
        assert!(!is_own_source_folder("budget.csv"));
        assert!(!is_own_source_folder("versies/data-1/budget.csv"));
    }

    #[test]
    fn every_route_reads_back_from_its_path() {
        for route in every_kind() {
            let path = route.path();
            assert_eq!(Route::parse(&path), Some(route), "{path}");
        }
    }

    #[test]
    fn paths_the_site_does_not_make_have_no_route() {
        for path in [
            "kamers",
            "kamers/a/b/",
            "begroting/02025/",
            "begroting/x/",
            "onbekend/a/",
            "/",
        ] {
            assert_eq!(Route::parse(path), None, "{path}");
        }
    }

    #[test]
    fn photo_paths_read_back() {
        let path = photo_path(Route::Room("bilgaard"), "1a2b3c4d", 960);
        assert_eq!(path, "kamers/bilgaard/foto-1a2b3c4d-960.jpg");
        assert_eq!(
            parse_photo_path(&path),
            Some((Route::Room("bilgaard"), "1a2b3c4d", 960))
        );
        for other in [
            "kamers/bilgaard/index.json",
            "kamers/bilgaard/foto-1a2b-0960.jpg",
            "kamers/bilgaard/foto-1a2b-x.jpg",
            "foto-1a2b-960.jpg",
        ] {
            assert_eq!(parse_photo_path(other), None, "{other}");
        }
    }

    #[test]
    fn reserved_ids_follow_the_sections_and_the_sites_languages() {
        let languages = ["nl".to_string(), "fy".to_string()];
        for id in ["kamers", "open-data", "data", "pagefind", "fy", "nl"] {
            assert!(is_reserved_page_id(id, &languages), "{id}");
        }
        for id in ["toegankelijkheid", "en", "de"] {
            assert!(!is_reserved_page_id(id, &languages), "{id}");
        }
    }
}
