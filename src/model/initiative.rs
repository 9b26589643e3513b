//! An initiative: the record the loader makes of an initiative's file, its statuses, and
//! the keys that file takes. A new field of an initiative comes here twice: on
//! `Initiative`, and as a line in `INITIATIVE`.

use super::keys::items::{CONTACT, DRAFT, PHOTO, REVIEWED, SUMMARY, VOLUNTEER_ROLE};
use super::keys::table::Type::{Bool, Choice, Date, Ids, Integer, List, Location, Map, Text};
use super::keys::table::{key, Need::*, Table, Target};
use super::words::{words, Words};
use super::{Contact, ItemText, LatLon, Photo, Ref, VolunteerRole};
use serde::Serialize;

words! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum InitiativeStatus {
        Idea = "idea",
        Submitted = "submitted",
        Approved = "approved",
        Running = "running",
        Completed = "completed",
        Rejected = "rejected",
    }
}

/// An initiative as its file says. The fields a page shows as they are (not skipped here)
/// reach the initiative's template by themselves, through the initiative view's borrow of the
/// record (`outputs::html::views::InitiativeView`); the others are skipped, and the view
/// gives them shaped for the page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Initiative {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    pub path: String,
    #[serde(skip)]
    pub title: String,
    #[serde(skip)]
    pub status: InitiativeStatus,
    #[serde(skip)]
    pub areas: Vec<Ref>,
    #[serde(skip)]
    pub rooms: Vec<Ref>,
    #[serde(skip)]
    pub organisations: Vec<Ref>,
    pub pillar: Option<u8>,
    #[serde(skip)]
    pub started: Option<jiff::civil::Date>,
    #[serde(skip)]
    pub ended: Option<jiff::civil::Date>,
    #[serde(skip)]
    pub location: Option<LatLon>,
    pub showcase: bool,
    #[serde(skip)]
    pub contact: Option<Contact>,
    #[serde(skip)]
    pub photo: Option<Photo>,
    #[serde(skip)]
    pub volunteers_wanted: Vec<VolunteerRole>,
    #[serde(skip)]
    pub text: ItemText,
}

/// The keys of an initiative's front matter, in the order `mienskip new` writes them; the
/// help texts are the comments beside them.
#[rustfmt::skip]
pub const INITIATIVE: Table = Table {
    name: "initiative",
    title: "Initiatief",
    keys: &[
        key("title", Text, Required, "de naam van het initiatief").value("\"{name}\""),
        key("status", Choice(InitiativeStatus::WORDS), Required, "idea (idee), submitted (ingediend), approved (goedgekeurd), running (loopt), completed (afgerond) of rejected (afgewezen)").value("idea").breaks(&["running"]),
        key("areas", Ids(Target::Area), Required, "een of meer gebieden, bestandsnamen uit content/areas/, zoals [noord, oost]").value("{areas}"),
        key("rooms", Ids(Target::Room), Optional, "kamers waar het plaatsvindt, bestandsnamen uit content/rooms/, zoals [bilgaard]"),
        key("organisations", Ids(Target::Organisation), Optional, "betrokken organisaties, bestandsnamen uit content/organisations/, zoals [amaryllis]"),
        key("pillar", Integer(1, 99), Optional, "het nummer van de pijler van het beleid die het dient, zoals 2"),
        key("started", Date, Optional, "de startdatum, zoals 2024-05-01"),
        key("ended", Date, Sometimes, "de einddatum; verplicht bij status: completed"),
        key("location", Location, Optional, "een plek op de kaart, zoals { lat: 53.2012, lon: 5.7999 }"),
        key("showcase", Bool, Optional, "true: als voorbeeld in de kennisbank, met contactgegevens").value("false"),
        key("contact", Map(&CONTACT), Optional, "zoals { email: info@example.nl, phone: 06 12345678, website: https://www.example.nl/ }"),
        key("photo", Map(&PHOTO), Optional, "een foto, het bestand in data/").more(", zoals { file: photos/moestuin.jpg, alt: Bewoners bij de moestuin }"),
        key("volunteers_wanted", List(&VOLUNTEER_ROLE), Optional, "gezochte vrijwilligers").more(", zoals:").examples(&["#  - { role: Reparateur, hours: 1 middag per maand }"]),
        SUMMARY,
        DRAFT,
        REVIEWED,
    ],
};
