//! The keys of `site.yaml`, the site's settings.

use super::{key, Need::*, Table, Type::*};

#[rustfmt::skip]
pub const SITE: Table = Table {
    name: "site",
    title: "Instellingen van de site",
    keys: &[
        key("title", PerLanguage, Required, "de naam van de site; per taal als { nl: ..., fy: ..., en: ... }, met de taal van de site erbij"),
        key("base_url", Url, Required, "het adres waarop de site komt te staan, zoals https://kamers.example.nl/"),
        key("language", Language, Optional, "de taal van de inhoud, zoals nl (de standaard)"),
        key("languages", Languages, Optional, "extra talen van de site, zoals [nl, fy, en]"),
        key("description", PerLanguage, Optional, "een paar zinnen over de site, voor zoekmachines en de open data; per taal als { nl: ..., fy: ..., en: ... }, met de taal van de site erbij"),
        key("municipality", Map(&MUNICIPALITY), Optional, "de gemeente, zoals { name: Leeuwarden, cbs_code: GM0080 }"),
        key("publisher", Map(&PUBLISHER), Optional, "de uitgever van de open data"),
        key("license", Text, Optional, "de licentie van de open data, zoals CC0-1.0 (de standaard)"),
        key("timezone", Text, Optional, "de tijdzone, zoals Europe/Amsterdam (de standaard)"),
        key("map", Map(&MAP), Optional, "de kaart"),
        key("theme", Text, Optional, "de naam van een map onder themes/, zoals default (de standaard)"),
        key("holidays", Choice(crate::model::HolidayPolicy::WORDS), Optional, "nl (de standaard): kamers en activiteiten zijn dicht op de Nederlandse nationale feestdagen, tenzij ze anders zeggen; none: geen feestdagen"),
        key("changes", Map(&CHANGES), Optional, "hoe ver /wijzigingen/ terugkijkt, zoals { days: 365, max_commits: 500 }"),
        key("review_after_days", Integer(1, 36_600), Optional, "na hoeveel dagen zonder controle een open kamer, een lopend initiatief of een organisatie een waarschuwing krijgt, zoals 365 (de standaard)"),
        key("editor", Map(&EDITOR), Optional, "de formulier-editor op /admin/, zoals { backend: github, repo: gemeente/kamers, branch: main }; zonder editor: geen /admin/"),
    ],
};

#[rustfmt::skip]
pub const EDITOR: Table = Table {
    name: "editor",
    title: "Formulier-editor",
    keys: &[
        key("backend", Choice(&["github"]), Required, "waar de editor de wijzigingen bewaart: github"),
        key("repo", Text, Required, "de repository met de inhoud, zoals gemeente/kamers"),
        key("branch", Text, Optional, "de tak waarop de editor bewaart, zoals main (de standaard)"),
    ],
};

#[rustfmt::skip]
pub const MUNICIPALITY: Table = Table {
    name: "municipality",
    title: "Gemeente",
    keys: &[
        key("name", Text, Optional, "de naam van de gemeente, zoals Leeuwarden"),
        key("cbs_code", Text, Optional, "de CBS-code van de gemeente, zoals GM0080"),
    ],
};

#[rustfmt::skip]
pub const PUBLISHER: Table = Table {
    name: "publisher",
    title: "Uitgever",
    keys: &[
        key("name", Text, Required, "zoals Gemeente Leeuwarden"),
        key("email", Text, Optional, "één e-mailadres, zoals opendata@leeuwarden.nl"),
        key("url", Url, Optional, "de website van de uitgever"),
        key("uri", Url, Optional, "het adres dat de uitgever aanduidt, zoals https://identifier.overheid.nl/tooi/id/gemeente/gm0080"),
    ],
};

#[rustfmt::skip]
pub const MAP: Table = Table {
    name: "map",
    title: "Kaart",
    keys: &[
        key("tiles", Tiles(&["none", "pdok", "osm"]), Optional, "none (geen achtergrondkaart), pdok, osm, of een https-adres met {z}, {x} en {y}"),
        key("basemap", File, Optional, "wegen, water en plaatsnamen onder de kaart: een GeoJSON-bestand in data/, zoals geo/basemap.geojson"),
    ],
};

#[rustfmt::skip]
pub const CHANGES: Table = Table {
    name: "changes",
    title: "Wijzigingen",
    keys: &[
        key("days", Integer(0, 36_600), Optional, "het aantal dagen terug, zoals 365 (de standaard)"),
        key("max_commits", Integer(0, crate::limits::MAX_CHANGE_COMMITS as i64), Optional, "het hoogste aantal commits, zoals 500 (de standaard)"),
    ],
};
