//! The keys of pages, the keys every content file takes (`draft`, `reviewed`), and those
//! of the mappings inside rooms and initiatives; each of the other kinds has its table
//! beside its record (`model::room`, `area`, `initiative`, `organisation`). The help texts
//! are the comments `mienskip new` writes beside each key.

use super::table::{key, Key, Need::*, Table, Type::*};
use crate::model::schedule::{DUTCH_DAYS, ENGLISH_DAYS};

/// The day codes a `days` list accepts: Dutch, and English too.
pub const DAY_CODES: [&str; 14] = {
    let mut all = [""; 14];
    let mut i = 0;
    while i < 7 {
        all[i] = DUTCH_DAYS[i];
        all[i + 7] = ENGLISH_DAYS[i];
        i += 1;
    }
    all
};

/// The examples of `activities` in a new room file, one of each kind of repeat.
pub(crate) const ACTIVITY_EXAMPLES: &[&str] = &[
    "#  - title: Koffieochtend         # elke week op de genoemde dagen",
    "#    days: [wo]",
    "#    from: \"10:00\"",
    "#    to: \"12:00\"",
    "#  - title: Taalcafé              # om de week: interval 2 telt de weken vanaf starts",
    "#    days: [di]",
    "#    interval: 2",
    "#    starts: 2025-01-07",
    "#    from: \"14:00\"",
    "#    to: \"15:30\"",
    "#  - title: Buurtmaaltijd         # maandelijks: monthly 1 is de eerste, -1 de laatste vrijdag van de maand",
    "#    days: [vr]",
    "#    monthly: -1",
    "#    from: \"17:30\"",
    "#    to: \"19:00\"",
    "#  - title: Zomerwandeling        # met starts en ends alleen binnen die periode",
    "#    days: [za]",
    "#    starts: 2025-06-07",
    "#    ends: 2025-08-30",
    "#    from: \"10:00\"",
    "#    to: \"11:30\"",
    "#  - title: Open dag              # één keer, op een datum",
    "#    date: 2025-03-15",
    "#    from: \"13:00\"",
    "#    to: \"16:00\"",
];

/// `draft`, which every content file takes ([`crate::model::Publication`]).
#[rustfmt::skip]
pub const DRAFT: Key = key("draft", Bool, Optional, "true: nog niet publiceren; alleen te zien in een voorbeeld (mienskip serve of build --drafts)").value("false");

/// `reviewed`, which every content file takes ([`crate::model::Publication`]).
#[rustfmt::skip]
pub const REVIEWED: Key = key("reviewed", Date, Optional, "de datum waarop iemand dit voor het laatst met de werkelijkheid vergeleek, zoals 2025-03-01");

/// `summary` as areas, initiatives and organisations take it (a room's and a page's say
/// where else theirs shows).
#[rustfmt::skip]
pub const SUMMARY: Key = key("summary", Text, Optional, "één regel die bewoners in lijsten zien");

#[rustfmt::skip]
pub const ADDRESS: Table = Table {
    name: "address",
    title: "Adres",
    keys: &[
        key("street", Text, Optional, "straat en huisnummer, zoals Voorbeeldstraat 1"),
        key("postcode", Text, Optional, "zoals 8900 AA"),
        key("city", Text, Optional, "de plaats, zoals Leeuwarden"),
    ],
};

/// The keys of `location`; the loader reads them in `Reader::location`.
#[rustfmt::skip]
pub const LOCATION: Table = Table {
    name: "location",
    title: "Plek op de kaart",
    keys: &[
        key("lat", Decimal, Required, "de breedtegraad in graden (WGS84), zoals 53.2012"),
        key("lon", Decimal, Required, "de lengtegraad in graden (WGS84), zoals 5.7999"),
    ],
};

#[rustfmt::skip]
pub const OPENING_HOURS: Table = Table {
    name: "opening_hours",
    title: "Openingstijden",
    keys: &[
        key("days", Days, Required, "de dagen, zoals [ma, di, wo, do, vr]"),
        key("from", Time, Required, "de begintijd, zoals \"09:00\""),
        key("to", Time, Required, "de eindtijd, zoals \"17:00\""),
        key("note", Text, Optional, "een opmerking, zoals alleen in de even weken"),
    ],
};

#[rustfmt::skip]
pub const PRESENCE: Table = Table {
    name: "presence",
    title: "Aanwezig",
    keys: &[
        key("who", Text, Required, "een rol, geen persoonsnaam, zoals Sociaal werker"),
        key("days", Days, Required, "de dagen, zoals [di, do]"),
        key("from", Time, Required, "de begintijd, zoals \"10:00\""),
        key("to", Time, Required, "de eindtijd, zoals \"12:00\""),
        key("note", Text, Optional, "een opmerking"),
    ],
};

#[rustfmt::skip]
pub const CONTACT: Table = Table {
    name: "contact",
    title: "Contact",
    keys: &[
        key("email", Text, Optional, "zoals info@example.nl"),
        key("phone", Text, Optional, "zoals 058 123 45 67"),
        key("website", Url, Optional, "het volledige webadres, zoals https://www.example.nl/"),
    ],
};

#[rustfmt::skip]
pub const ACTIVITY: Table = Table {
    name: "activity",
    title: "Activiteit",
    keys: &[
        key("id", Text, Optional, "een vaste naam voor agenda's, zoals koffie (zonder: afgeleid van de kamer en de eerste keer)"),
        key("title", Text, Required, "de naam van de activiteit, zoals Koffieochtend"),
        key("days", Days, Sometimes, "de dagen waarop ze herhaalt, zoals [wo]; of anders date"),
        key("from", Time, Required, "de begintijd, zoals \"10:00\""),
        key("to", Time, Required, "de eindtijd, zoals \"12:00\""),
        key("interval", Integer(1, 52), Optional, "om de hoeveel weken, geteld vanaf starts, zoals 2"),
        key("monthly", Integer(-5, 5), Optional, "maandelijks: 1 is de eerste, -1 de laatste van die dagen in de maand"),
        key("starts", Date, Optional, "de eerste datum, zoals 2025-01-07"),
        key("ends", Date, Optional, "de laatste datum, zoals 2025-08-30"),
        key("date", Date, Sometimes, "de datum van een activiteit die één keer is, zoals 2025-03-15; of anders days"),
        key("skip", TextList, Optional, "datums waarop ze niet doorgaat, zoals [2024-10-23]"),
    ],
};

#[rustfmt::skip]
pub const VOLUNTEER_ROLE: Table = Table {
    name: "volunteer_role",
    title: "Gezochte vrijwilliger",
    keys: &[
        key("role", Text, Required, "de rol, zoals Gastvrouw of gastheer"),
        key("hours", Text, Optional, "hoeveel tijd, zoals 4 uur per week"),
    ],
};

#[rustfmt::skip]
pub const HISTORY: Table = Table {
    name: "history",
    title: "Geschiedenis",
    keys: &[
        key("date", Date, Required, "de datum, zoals 2022-06-01"),
        key("text", Text, Required, "wat er gebeurde, zoals Inloop verplaatst naar buurthuis Nylan."),
    ],
};

#[rustfmt::skip]
pub const PAGE: Table = Table {
    name: "page",
    title: "Pagina",
    keys: &[
        key("title", Text, Required, "de titel van de pagina").value("\"{name}\""),
        key("summary", Text, Optional, "één regel onder de titel"),
        DRAFT,
        REVIEWED,
    ],
};

#[rustfmt::skip]
pub const CLOSURE: Table = Table {
    name: "closure",
    title: "Sluiting of afwijkende tijden",
    keys: &[
        key("date", Date, Sometimes, "één dag, zoals 2025-12-24; of anders from en to als datums"),
        key("from", Text, Sometimes, "de eerste dag van een periode, zoals 2025-07-21; of bij date de begintijd, zoals \"09:00\""),
        key("to", Text, Sometimes, "de laatste dag van een periode, zoals 2025-08-15; of bij date de eindtijd, zoals \"13:00\""),
        key("note", Text, Optional, "waarom, zoals Zomerstop"),
    ],
};

#[rustfmt::skip]
pub const PHOTO: Table = Table {
    name: "photo",
    title: "Foto",
    keys: &[
        key("file", Photo, Required, "het bestand in data/, zoals photos/bilgaard.jpg (JPEG, PNG of WebP)"),
        key("alt", Text, Required, "wat er op de foto te zien is, voor wie hem niet ziet"),
        key("credit", Text, Optional, "wie de foto maakte, zoals Gemeente Leeuwarden"),
    ],
};
