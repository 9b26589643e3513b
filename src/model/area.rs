//! An area: the record the loader makes of an area's file, and the keys that file takes.
//! A new field of an area comes here twice: on `Area`, and as a line in `AREA`.

use super::keys::items::{DRAFT, REVIEWED, SUMMARY};
use super::keys::table::Type::{Bool, File, Integer, Map, Text, TextList};
use super::keys::table::{key, Need::*, Table};
use super::{ItemText, Outline, Phone, Postcode, Ref};
use serde::Serialize;

/// An area as its file says. The fields a page shows as they are (not skipped here)
/// reach the area's template by themselves, through the area view's borrow of the
/// record (`outputs::html::views::AreaView`); the others are skipped, and the view
/// gives them shaped for the page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Area {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    pub path: String,
    #[serde(skip)]
    pub name: String,
    /// The file under `data/` named by `geometry`, and the line of that key.
    #[serde(skip)]
    pub geometry_file: Option<Ref>,
    #[serde(skip)]
    pub outline: Option<Outline>,
    pub geometry_approximate: bool,
    pub cbs_codes: Vec<String>,
    /// The postcodes that lie in the area, each with the line it is written on.
    #[serde(skip)]
    pub postcodes: Vec<(Postcode, usize)>,
    /// Neighbourhoods and villages in the area, found by search and named on its pages.
    pub places: Vec<String>,
    #[serde(skip)]
    pub team: Option<Team>,
    pub plan_stage: Option<u8>,
    #[serde(skip)]
    pub text: ItemText,
}

/// An area's social team (`team`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Team {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<Phone>,
}

/// The keys of an area's front matter, in the order `mienskip new` writes them; the help
/// texts are the comments beside them.
#[rustfmt::skip]
pub const AREA: Table = Table {
    name: "area",
    title: "Gebied",
    keys: &[
        key("name", Text, Required, "de naam van het gebied").value("\"{name}\""),
        key("geometry", File, Optional, "de omtrek op de kaart: een bestand in data/, zoals geo/noord.geojson (GeoJSON met een Polygon of MultiPolygon in graden, WGS84)").breaks(&["(GeoJSON"]),
        key("geometry_approximate", Bool, Optional, "true als de omtrek een benadering is").value("false"),
        key("cbs_codes", TextList, Optional, "CBS-codes van de wijken of buurten, voor links naar statistieken, zoals [WK008001]"),
        key("postcodes", TextList, Optional, "de postcodes in het gebied: vier cijfers of een hele postcode").more(", zoals [\"8913\", \"8914 AB\"]; bewoners vinden hun gebied met hun postcode (een postcode hoort bij één gebied)").breaks(&["bewoners vinden"]),
        key("places", TextList, Optional, "de buurten, wijken en dorpen in het gebied").more(", zoals [Bilgaard, Vrijheidswijk]; zoeken vindt ze"),
        key("team", Map(&TEAM), Optional, "het sociaal wijkteam, zoals { name: Sociaal wijkteam Noord, email: team@example.nl, phone: 058 123 45 67 }"),
        key("plan_stage", Integer(1, 5), Optional, "de stap van het meerjarenplan, 1 tot en met 5: 1 voorbereiding, 2 open gesprek, 3 opgave bepalen, 4 actieplan, 5 doen en volgen").breaks(&["2 open"]),
        SUMMARY,
        DRAFT,
        REVIEWED,
    ],
};

#[rustfmt::skip]
pub const TEAM: Table = Table {
    name: "team",
    title: "Sociaal wijkteam",
    keys: &[
        key("name", Text, Optional, "zoals Sociaal wijkteam Noord"),
        key("email", Text, Optional, "zoals team@example.nl"),
        key("phone", Text, Optional, "zoals 058 123 45 67"),
    ],
};
