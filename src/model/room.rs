//! A room: the record the loader makes of a room's file, and the keys that file takes.
//! A new field of a room comes here twice: on `Room`, and as a line in `ROOM`.

use super::keys::items::{
    ACTIVITY, ACTIVITY_EXAMPLES, ADDRESS, CLOSURE, CONTACT, DRAFT, HISTORY, OPENING_HOURS, PHOTO,
    PRESENCE, REVIEWED, VOLUNTEER_ROLE,
};
use super::keys::table::Type::{
    Bool, Choice, Date, Id, Ids, Integer, List, Location, Map, Text, TextList,
};
use super::keys::table::{key, Need::*, Table, Target};
use super::{Activity, Address, Closure, Contact, HistoryEntry, ItemText, LatLon, Photo};
use super::{Presence, Ref, RoomHolidays, RoomKind, RoomStatus, TimeSlot, VolunteerRole};
use serde::Serialize;

/// A room as its file says. The fields a page shows as they are (not skipped here) reach
/// the room's template by themselves, through the room view's borrow of the room
/// (`outputs::html::views::RoomView`); the others are skipped, and the view gives them shaped for the page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Room {
    #[serde(skip)]
    pub id: String,
    #[serde(skip)]
    pub path: String,
    #[serde(skip)]
    pub name: String,
    #[serde(skip)]
    pub kind: RoomKind,
    #[serde(skip)]
    pub area: Ref,
    #[serde(skip)]
    pub status: RoomStatus,
    #[serde(skip)]
    pub opened: Option<jiff::civil::Date>,
    #[serde(skip)]
    pub closed: Option<jiff::civil::Date>,
    #[serde(skip)]
    pub address: Option<Address>,
    #[serde(skip)]
    pub location: Option<LatLon>,
    #[serde(skip)]
    pub location_line: usize,
    pub location_approximate: bool,
    #[serde(skip)]
    pub opening_hours: Vec<TimeSlot>,
    #[serde(skip)]
    pub presence: Vec<Presence>,
    #[serde(skip)]
    pub facilities: Vec<String>,
    pub manager: Option<bool>,
    pub host_volunteers: Option<u32>,
    #[serde(skip)]
    pub organisations: Vec<Ref>,
    #[serde(skip)]
    pub contact: Option<Contact>,
    #[serde(skip)]
    pub photo: Option<Photo>,
    #[serde(skip)]
    pub activities: Vec<Activity>,
    #[serde(skip)]
    pub volunteers_wanted: Vec<VolunteerRole>,
    #[serde(skip)]
    pub history: Vec<HistoryEntry>,
    /// Whether national holidays close the room (`holidays`).
    #[serde(skip)]
    pub holidays: RoomHolidays,
    /// Days it is closed or open with other hours, in the order written.
    #[serde(skip)]
    pub closures: Vec<Closure>,
    #[serde(skip)]
    pub text: ItemText,
}

/// The keys of a room's front matter, in the order `mienskip new` writes them; the help
/// texts are the comments beside them.
#[rustfmt::skip]
pub const ROOM: Table = Table {
    name: "room",
    title: "Kamer",
    keys: &[
        key("name", Text, Required, "de naam zoals bewoners de kamer kennen").value("\"{name}\""),
        key("kind", Choice(RoomKind::WORDS), Required, "main (hoofdlocatie) of satellite (satelliet)").value("main"),
        key("area", Id(Target::Area), Required, "het gebied, de bestandsnaam uit content/areas/ zonder .md").value("{area}"),
        key("status", Choice(RoomStatus::WORDS), Required, "open, planned (gepland) of closed (gesloten)").value("planned"),
        key("opened", Date, Optional, "de datum van opening, zoals 2024-09-01"),
        key("closed", Date, Sometimes, "alleen bij status: closed, en dan verplicht: de datum van sluiten"),
        key("summary", Text, Optional, "één regel die bewoners in lijsten en zoekresultaten zien"),
        key("address", Map(&ADDRESS), Sometimes, "verplicht zodra de kamer niet meer planned is, zoals { street: Voorbeeldstraat 1, postcode: 8900 AA, city: Leeuwarden }").breaks(&["{ street"]),
        key("location", Location, Sometimes, "verplicht zodra de kamer niet meer planned is: de plek op de kaart in graden (WGS84), zoals { lat: 53.2012, lon: 5.7999 }").breaks(&["in graden"]),
        key("location_approximate", Bool, Optional, "true als de plek op de kaart een benadering is").value("false"),
        key("opening_hours", List(&OPENING_HOURS), Optional, "openingstijden").more("; haal het # weg voor elke regel die je gebruikt:").examples(&[
            "#  - { days: [ma, di, wo, do, vr], from: \"09:00\", to: \"17:00\" }",
            "#  - { days: [za], from: \"10:00\", to: \"12:00\", note: alleen in de even weken }",
        ]),
        key("presence", List(&PRESENCE), Optional, "wie er wanneer is (een rol, geen persoonsnaam)").more(", zoals:").examples(&["#  - { who: Sociaal werker, days: [di, do], from: \"10:00\", to: \"12:00\" }"]),
        key("facilities", TextList, Optional, "voorzieningen, zoals [spreekkamer, rolstoeltoegankelijk, koffie, wifi]; bekende woorden worden vertaald, andere komen er te staan zoals je ze schrijft"),
        key("manager", Bool, Optional, "true als de kamer een beheerder heeft, anders false"),
        key("host_volunteers", Integer(0, 10_000), Optional, "het aantal vrijwillige gastvrouwen en gastheren, zoals 4"),
        key("organisations", Ids(Target::Organisation), Optional, "organisaties die er aanwezig zijn: bestandsnamen uit content/organisations/, zoals [amaryllis]"),
        key("contact", Map(&CONTACT), Optional, "zoals { email: kamer@example.nl, phone: 058 123 45 67, website: https://www.example.nl/ }"),
        key("photo", Map(&PHOTO), Optional, "een foto van de ingang, het bestand in data/ (JPEG, PNG of WebP)").more(", zoals { file: photos/ingang.jpg, alt: De ingang met een blauwe deur, credit: Gemeente Leeuwarden }").breaks(&["{ file"]),
        key("activities", List(&ACTIVITY), Optional, "activiteiten: elk met title, from en to, en days (herhaalt) of date (één keer)").more(":").examples(ACTIVITY_EXAMPLES),
        key("volunteers_wanted", List(&VOLUNTEER_ROLE), Optional, "gezochte vrijwilligers").more(", zoals:").examples(&["#  - { role: Gastvrouw of gastheer, hours: 4 uur per week }"]),
        key("history", List(&HISTORY), Optional, "de geschiedenis, als tijdlijn op de pagina").more(", zoals:").examples(&["#  - { date: 2022-06-01, text: Inloop verplaatst naar buurthuis Nylan. }"]),
        key("holidays", Choice(RoomHolidays::WORDS), Optional, "open: ook open op nationale feestdagen; closed: altijd dicht op feestdagen; zonder: zoals site.yaml zegt"),
        key("closures", List(&CLOSURE), Optional, "uitzonderingen: dicht op een dag of van-tot, of op één dag andere tijden").more(", zoals:").examples(&[
            "#  - { from: 2025-07-21, to: 2025-08-15, note: Zomerstop }",
            "#  - { date: 2025-12-31, from: \"09:00\", to: \"13:00\", note: Oudejaarsdag }",
        ]),
        DRAFT,
        REVIEWED,
    ],
};

/// A plain open room, open on weekdays 09:00-17:00, for the model's unit tests.
#[cfg(test)]
pub(crate) fn test_room() -> Room {
    use jiff::civil::{time, Weekday};
    Room {
        id: "kamer".into(),
        path: "content/rooms/kamer.md".into(),
        name: "Kamer".into(),
        kind: RoomKind::Main,
        area: Ref {
            id: "noord".into(),
            line: 1,
        },
        status: RoomStatus::Open,
        opened: None,
        closed: None,
        address: None,
        location: None,
        location_line: 1,
        location_approximate: false,
        opening_hours: vec![TimeSlot {
            days: vec![
                Weekday::Monday,
                Weekday::Tuesday,
                Weekday::Wednesday,
                Weekday::Thursday,
                Weekday::Friday,
            ],
            from: time(9, 0, 0, 0),
            to: time(17, 0, 0, 0),
            note: None,
        }],
        presence: Vec::new(),
        facilities: Vec::new(),
        manager: None,
        host_volunteers: None,
        organisations: Vec::new(),
        photo: None,
        contact: None,
        activities: Vec::new(),
        volunteers_wanted: Vec::new(),
        history: Vec::new(),
        holidays: RoomHolidays::Default,
        closures: Vec::new(),
        text: ItemText::default(),
    }
}
