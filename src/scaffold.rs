//! `mienskip new`: a new content file with every key of the content format, each
//! explained in a Dutch comment, and values that pass `mienskip check` as they are, so an
//! editor starts from a file that works and fills it in.

use crate::load::Kind;
use crate::messages::Message;
use crate::model::is_valid_id;
use crate::resolve::routes::is_reserved_page_id;
use std::fmt;
use std::io::Write;
use std::path::Path;

/// Why `new` wrote nothing.
#[derive(Debug)]
pub enum NewError {
    /// The id is not a valid id; `suggestion` is one that is.
    InvalidId { id: String, suggestion: String },
    /// A page id the site itself uses for a section.
    ReservedId { id: String },
    /// The file is already there; `new` never overwrites.
    Exists { path: String },
    /// The folder is not a site root.
    NoSiteRoot { root: String },
    /// The file could not be written.
    Io { path: String, error: std::io::Error },
}

impl NewError {
    /// The exit status: 2 when the command was wrong (an invalid or reserved id, a file
    /// that already exists, a folder that is not a site root), 1 when writing failed.
    pub fn exit_code(&self) -> u8 {
        match self {
            NewError::Io { .. } => 1,
            _ => 2,
        }
    }
}

impl NewError {
    /// What is wrong, in the words of the run.
    pub fn message(&self) -> Message {
        match self {
            NewError::InvalidId { id, suggestion } => crate::msg!(
                "new-invalid-id",
                id = crate::diagnostics::quote_value(id),
                suggestion = suggestion
            ),
            NewError::ReservedId { id } => crate::msg!("new-reserved-id", id = id),
            NewError::Exists { path } => crate::msg!("new-exists", path = path),
            NewError::NoSiteRoot { root } => crate::msg!("new-no-site-root", root = root),
            NewError::Io { path, error } => {
                crate::msg!("new-cannot-write", path = path, reason = error.to_string())
            }
        }
    }
}

impl fmt::Display for NewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

impl std::error::Error for NewError {}

/// What `new` wrote.
#[derive(Debug)]
pub struct Created {
    /// The new file, relative to the site root.
    pub path: String,
    /// Things the editor should know about the values chosen.
    pub notes: Vec<Message>,
}

/// Writes `content/<folder>/<id>.md` for a new item of `kind` under `root`.
pub fn create(root: &Path, kind: Kind, id: &str) -> Result<Created, NewError> {
    if !is_valid_id(id) {
        return Err(NewError::InvalidId {
            id: id.to_string(),
            suggestion: crate::load::suggest_id(id),
        });
    }
    let languages = crate::load::config::load(root, &mut crate::diagnostics::Diagnostics::new())
        .map(|config| config.languages)
        .unwrap_or_default();
    if kind == Kind::Page && is_reserved_page_id(id, &languages) {
        return Err(NewError::ReservedId { id: id.to_string() });
    }
    if !root.join("site.yaml").is_file() {
        return Err(NewError::NoSiteRoot {
            root: root.display().to_string(),
        });
    }
    let path = format!("content/{}/{id}.md", kind.folder());
    let area = first_area(root);
    let mut notes = Vec::new();
    if matches!(kind, Kind::Room | Kind::Initiative) {
        match &area {
            Some(area) => notes.push(crate::msg!("new-note-area", area = area)),
            None => notes.push(crate::msg!("new-note-no-area")),
        }
    }
    if kind == Kind::Room {
        notes.push(crate::msg!("new-note-planned"));
    }
    let text = contents(kind, id, area.as_deref());
    let full = root.join(&path);
    let io = |error| NewError::Io {
        path: path.clone(),
        error,
    };
    if let Some(folder) = full.parent() {
        std::fs::create_dir_all(folder).map_err(io)?;
    }
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&full)
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(NewError::Exists { path })
        }
        Err(e) => return Err(io(e)),
    };
    file.write_all(text.as_bytes()).map_err(io)?;
    Ok(Created { path, notes })
}

/// The id of the first area (in file-name order), if there is one.
fn first_area(root: &Path) -> Option<String> {
    let mut ids: Vec<String> = std::fs::read_dir(root.join("content").join("areas"))
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".md").map(str::to_string)
        })
        .filter(|id| is_valid_id(id))
        .collect();
    ids.sort();
    ids.into_iter().next()
}

/// A readable name to start from: the id with spaces, the first letter a capital.
fn name_from_id(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text of a new file. `area` is the area a room or initiative starts in.
pub fn contents(kind: Kind, id: &str, area: Option<&str>) -> String {
    let name = name_from_id(id);
    let template = match kind {
        Kind::Room => ROOM,
        Kind::Area => AREA,
        Kind::Initiative => INITIATIVE,
        Kind::Organisation => ORGANISATION,
        Kind::Page => PAGE,
    };
    let (area_value, areas_value) = match area {
        Some(area) => (area.to_string(), format!("[{area}]")),
        None => (String::new(), String::new()),
    };
    let text = template
        .replace("{name}", &name)
        .replace("{id}", id)
        .replace("{area}", &area_value)
        .replace("{areas}", &areas_value);
    text.lines().map(align).collect::<Vec<_>>().join("\n") + "\n"
}

/// Lines the comment of a `key: value  # comment` line up with the others, whatever
/// length the value got; other lines stay as they are, without trailing spaces.
fn align(line: &str) -> String {
    const COLUMN: usize = 34;
    match line.find("  #") {
        Some(at) if !line.starts_with('#') && !line.starts_with(' ') => {
            let code = line[..at].trim_end();
            let comment = line[at..].trim_start();
            let width = code.chars().count();
            let padding = if width + 1 < COLUMN {
                COLUMN - width
            } else {
                1
            };
            format!("{code}{}{comment}", " ".repeat(padding))
        }
        _ => line.trim_end().to_string(),
    }
}

const ROOM: &str = r#"---
# Een buurt- of dorpskamer. Alles achter een # is uitleg en komt niet op de site.
# Een sleutel zonder waarde (zoals `opened:`) telt als niet ingevuld.
# Controleer het bestand met `mienskip check`, of kijk mee met `mienskip serve`.
name: "{name}"                    # verplicht: de naam zoals bewoners de kamer kennen
kind: main                        # verplicht: main (hoofdlocatie) of satellite (satelliet)
area: {area}                      # verplicht: het gebied, de bestandsnaam uit content/areas/ zonder .md
status: planned                   # verplicht: open, planned (gepland) of closed (gesloten)
opened:                           # de datum van opening, zoals 2024-09-01
closed:                           # alleen bij status: closed, en dan verplicht: de datum van sluiten
summary:                          # één regel die bewoners in lijsten en zoekresultaten zien
address:                          # verplicht zodra de kamer niet meer planned is, zoals
                                  #   { street: Voorbeeldstraat 1, postcode: 8900 AA, city: Leeuwarden }
location:                         # verplicht zodra de kamer niet meer planned is: de plek op de kaart
                                  #   in graden (WGS84), zoals { lat: 53.2012, lon: 5.7999 }
location_approximate: false       # true als de plek op de kaart een benadering is
opening_hours:                    # openingstijden; haal het # weg voor elke regel die je gebruikt:
#  - { days: [ma, di, wo, do, vr], from: "09:00", to: "17:00" }
#  - { days: [za], from: "10:00", to: "12:00", note: alleen in de even weken }
presence:                         # wie er wanneer is (een rol, geen persoonsnaam), zoals:
#  - { who: Sociaal werker, days: [di, do], from: "10:00", to: "12:00" }
facilities:                       # voorzieningen, zoals [spreekkamer, rolstoeltoegankelijk, koffie, wifi]; bekende woorden worden vertaald, andere komen er te staan zoals je ze schrijft
manager:                          # true als de kamer een beheerder heeft, anders false
host_volunteers:                  # het aantal vrijwillige gastvrouwen en gastheren, zoals 4
organisations:                    # organisaties die er aanwezig zijn: bestandsnamen uit content/organisations/, zoals [amaryllis]
contact:                          # zoals { email: kamer@example.nl, phone: 058 123 45 67, website: https://www.example.nl/ }
photo:                            # een foto van de ingang, het bestand in data/ (JPEG, PNG of WebP), zoals
                                  #   { file: photos/ingang.jpg, alt: De ingang met een blauwe deur, credit: Gemeente Leeuwarden }
activities:                       # activiteiten: elk met title, from en to, en days (herhaalt) of date (één keer):
#  - title: Koffieochtend         # elke week op de genoemde dagen
#    days: [wo]
#    from: "10:00"
#    to: "12:00"
#  - title: Taalcafé              # om de week: interval 2 telt de weken vanaf starts
#    days: [di]
#    interval: 2
#    starts: 2025-01-07
#    from: "14:00"
#    to: "15:30"
#  - title: Buurtmaaltijd         # maandelijks: monthly 1 is de eerste, -1 de laatste vrijdag van de maand
#    days: [vr]
#    monthly: -1
#    from: "17:30"
#    to: "19:00"
#  - title: Zomerwandeling        # met starts en ends alleen binnen die periode
#    days: [za]
#    starts: 2025-06-07
#    ends: 2025-08-30
#    from: "10:00"
#    to: "11:30"
#  - title: Open dag              # één keer, op een datum
#    date: 2025-03-15
#    from: "13:00"
#    to: "16:00"
volunteers_wanted:                # gezochte vrijwilligers, zoals:
#  - { role: Gastvrouw of gastheer, hours: 4 uur per week }
history:                          # de geschiedenis, als tijdlijn op de pagina, zoals:
#  - { date: 2022-06-01, text: Inloop verplaatst naar buurthuis Nylan. }
holidays:                         # open: ook open op nationale feestdagen; closed: altijd dicht op feestdagen; zonder: zoals site.yaml zegt
closures:                         # uitzonderingen: dicht op een dag of van-tot, of op één dag andere tijden, zoals:
#  - { from: 2025-07-21, to: 2025-08-15, note: Zomerstop }
#  - { date: 2025-12-31, from: "09:00", to: "13:00", note: Oudejaarsdag }
draft: false                      # true: nog niet publiceren; alleen te zien in een voorbeeld (mienskip serve of build --drafts)
reviewed:                         # de datum waarop iemand dit voor het laatst met de werkelijkheid vergeleek, zoals 2025-03-01
---
<!-- Schrijf hieronder wat bewoners over deze kamer moeten weten: voor wie ze is, wat er
te doen is, hoe je er komt. Gewone tekst; een lege regel begint een nieuwe alinea,
## maakt een tussenkop en [tekst](https://...) een link. Dit commentaar zelf komt niet
op de site. -->
"#;

const AREA: &str = r#"---
# Een gebied: een wijkteamgebied, een stadsdeel of een groep dorpen. Alles achter een #
# is uitleg en komt niet op de site. Een sleutel zonder waarde telt als niet ingevuld.
name: "{name}"                    # verplicht: de naam van het gebied
geometry:                         # de omtrek op de kaart: een bestand in data/, zoals geo/{id}.geojson
                                  #   (GeoJSON met een Polygon of MultiPolygon in graden, WGS84)
geometry_approximate: false       # true als de omtrek een benadering is
cbs_codes:                        # CBS-codes van de wijken of buurten, voor links naar statistieken, zoals [WK008001]
postcodes:                        # de postcodes in het gebied: vier cijfers of een hele postcode, zoals ["8913", "8914 AB"];
                                  #   bewoners vinden hun gebied met hun postcode (een postcode hoort bij één gebied)
places:                           # de buurten, wijken en dorpen in het gebied, zoals [Bilgaard, Vrijheidswijk]; zoeken vindt ze
team:                             # het sociaal wijkteam, zoals { name: Sociaal wijkteam Noord, email: team@example.nl, phone: 058 123 45 67 }
plan_stage:                       # de stap van het meerjarenplan, 1 tot en met 5: 1 voorbereiding,
                                  #   2 open gesprek, 3 opgave bepalen, 4 actieplan, 5 doen en volgen
summary:                          # één regel die bewoners in lijsten zien
draft: false                      # true: nog niet publiceren; alleen te zien in een voorbeeld (mienskip serve of build --drafts)
reviewed:                         # de datum waarop iemand dit voor het laatst met de werkelijkheid vergeleek, zoals 2025-03-01
---
<!-- Schrijf hieronder wat er speelt in het gebied: de opgaven, het meerjarenplan.
Gewone tekst; een lege regel begint een nieuwe alinea, ## maakt een tussenkop.
Dit commentaar zelf komt niet op de site. -->
"#;

const INITIATIVE: &str = r#"---
# Een bewonersinitiatief. Alles achter een # is uitleg en komt niet op de site.
# Een sleutel zonder waarde (zoals `started:`) telt als niet ingevuld.
title: "{name}"                   # verplicht: de naam van het initiatief
status: idea                      # verplicht: idea (idee), submitted (ingediend), approved (goedgekeurd),
                                  #   running (loopt), completed (afgerond) of rejected (afgewezen)
areas: {areas}                    # verplicht: een of meer gebieden, bestandsnamen uit content/areas/, zoals [noord, oost]
rooms:                            # kamers waar het plaatsvindt, bestandsnamen uit content/rooms/, zoals [bilgaard]
organisations:                    # betrokken organisaties, bestandsnamen uit content/organisations/, zoals [amaryllis]
pillar:                           # het nummer van de pijler van het beleid die het dient, zoals 2
started:                          # de startdatum, zoals 2024-05-01
ended:                            # de einddatum; verplicht bij status: completed
location:                         # een plek op de kaart, zoals { lat: 53.2012, lon: 5.7999 }
showcase: false                   # true: als voorbeeld in de kennisbank, met contactgegevens
contact:                          # zoals { email: info@example.nl, phone: 06 12345678, website: https://www.example.nl/ }
photo:                            # een foto, het bestand in data/, zoals { file: photos/moestuin.jpg, alt: Bewoners bij de moestuin }
volunteers_wanted:                # gezochte vrijwilligers, zoals:
#  - { role: Reparateur, hours: 1 middag per maand }
summary:                          # één regel die bewoners in lijsten zien
draft: false                      # true: nog niet publiceren; alleen te zien in een voorbeeld (mienskip serve of build --drafts)
reviewed:                         # de datum waarop iemand dit voor het laatst met de werkelijkheid vergeleek, zoals 2025-03-01
---
<!-- Schrijf hieronder wat het initiatief doet, voor wie, en hoe je kunt meedoen.
Gewone tekst; een lege regel begint een nieuwe alinea, ## maakt een tussenkop.
Dit commentaar zelf komt niet op de site. -->
"#;

const ORGANISATION: &str = r#"---
# Een organisatie: welzijn, vrijwilligers, een fonds, een woningcorporatie, ... Alles
# achter een # is uitleg en komt niet op de site. Een sleutel zonder waarde telt als niet
# ingevuld.
name: "{name}"                    # verplicht: de naam van de organisatie
kind: other                       # verplicht: welfare (welzijn), volunteers (vrijwilligers), funder (fonds),
                                  #   housing (woningcorporatie), government (overheid) of other (anders)
website:                          # het volledige webadres, zoals https://www.example.nl/
email:                            # zoals info@example.nl
phone:                            # zoals 058 123 45 67
areas:                            # gebieden waar de organisatie actief is, bestandsnamen uit content/areas/, zoals [noord, oost]
summary:                          # één regel die bewoners in lijsten zien
draft: false                      # true: nog niet publiceren; alleen te zien in een voorbeeld (mienskip serve of build --drafts)
reviewed:                         # de datum waarop iemand dit voor het laatst met de werkelijkheid vergeleek, zoals 2025-03-01
---
<!-- Schrijf hieronder wat de organisatie doet en waar bewoners haar vinden.
Dit commentaar zelf komt niet op de site. -->
"#;

const PAGE: &str = r#"---
# Een vrije pagina, gepubliceerd op /{id}/. Alles achter een # is uitleg en komt niet op
# de site.
title: "{name}"                   # verplicht: de titel van de pagina
summary:                          # één regel onder de titel
draft: false                      # true: nog niet publiceren; alleen te zien in een voorbeeld (mienskip serve of build --drafts)
reviewed:                         # de datum waarop iemand dit voor het laatst met de werkelijkheid vergeleek, zoals 2025-03-01
---
<!-- Schrijf hieronder de tekst van de pagina. Gewone tekst; een lege regel begint een
nieuwe alinea, ## maakt een tussenkop. Dit commentaar zelf komt niet op de site. -->
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_comments_name_every_allowed_word() {
        use crate::model::{InitiativeStatus, OrganisationKind, RoomKind, RoomStatus};
        let comment = |template: &str, key: &str| {
            let start = template
                .find(&format!("\n{key}: "))
                .unwrap_or_else(|| panic!("{key} in the template"));
            // The key's line and its continuation lines.
            template[start + 1..]
                .lines()
                .enumerate()
                .take_while(|(i, l)| *i == 0 || l.starts_with(' '))
                .map(|(_, l)| l)
                .collect::<Vec<_>>()
                .join("\n")
        };
        let cases: [(&str, &str, &[&str]); 4] = [
            (ROOM, "kind", RoomKind::WORDS),
            (ROOM, "status", RoomStatus::WORDS),
            (INITIATIVE, "status", InitiativeStatus::WORDS),
            (ORGANISATION, "kind", OrganisationKind::WORDS),
        ];
        for (template, key, words) in cases {
            let text = comment(template, key);
            for word in words {
                assert!(
                    text.contains(&format!("{word} (")) || text.contains(&format!(" {word},")),
                    "{key}: {word} in {text}"
                );
            }
        }
    }

    fn keys(text: &str) -> Vec<String> {
        let front = text.split("---\n").nth(1).unwrap();
        front
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(':'))
            .map(|l| l.split(':').next().unwrap().to_string())
            .collect()
    }

    #[test]
    fn every_key_of_the_content_format() {
        assert_eq!(
            keys(&contents(Kind::Room, "de-kamer", Some("noord"))),
            [
                "name",
                "kind",
                "area",
                "status",
                "opened",
                "closed",
                "summary",
                "address",
                "location",
                "location_approximate",
                "opening_hours",
                "presence",
                "facilities",
                "manager",
                "host_volunteers",
                "organisations",
                "contact",
                "photo",
                "activities",
                "volunteers_wanted",
                "history",
                "holidays",
                "closures",
                "draft",
                "reviewed"
            ]
        );
        assert_eq!(
            keys(&contents(Kind::Area, "noord", None)),
            [
                "name",
                "geometry",
                "geometry_approximate",
                "cbs_codes",
                "postcodes",
                "places",
                "team",
                "plan_stage",
                "summary",
                "draft",
                "reviewed"
            ]
        );
        assert_eq!(
            keys(&contents(Kind::Initiative, "x", Some("noord"))),
            [
                "title",
                "status",
                "areas",
                "rooms",
                "organisations",
                "pillar",
                "started",
                "ended",
                "location",
                "showcase",
                "contact",
                "photo",
                "volunteers_wanted",
                "summary",
                "draft",
                "reviewed"
            ]
        );
        assert_eq!(
            keys(&contents(Kind::Organisation, "x", None)),
            [
                "name", "kind", "website", "email", "phone", "areas", "summary", "draft",
                "reviewed"
            ]
        );
        assert_eq!(
            keys(&contents(Kind::Page, "x", None)),
            ["title", "summary", "draft", "reviewed"]
        );
    }

    /// The comment beside `key` in a new file, with its continuation lines, as one line.
    fn help(text: &str, key: &str) -> String {
        let start = text.find(&format!("\n{key}:")).unwrap() + 1;
        text[start..]
            .lines()
            .enumerate()
            .take_while(|(i, l)| *i == 0 || l.starts_with("  "))
            .filter_map(|(_, l)| l.split_once('#').map(|(_, c)| c.trim()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_comments_are_the_help_texts_of_the_content_format() {
        use crate::model::keys::{self, Need};
        let kinds = [
            (Kind::Room, &keys::ROOM),
            (Kind::Area, &keys::AREA),
            (Kind::Initiative, &keys::INITIATIVE),
            (Kind::Organisation, &keys::ORGANISATION),
            (Kind::Page, &keys::PAGE),
        ];
        for (kind, table) in kinds {
            let text = contents(kind, "noord", Some("noord"));
            assert_eq!(keys(&text), table.names(), "{}", table.name);
            for key in table.keys {
                let comment = help(&text, key.name);
                let (required, rest) = match comment.strip_prefix("verplicht: ") {
                    Some(rest) => (true, rest),
                    None => (false, comment.as_str()),
                };
                assert_eq!(
                    required,
                    key.need == Need::Required,
                    "{}: {comment}",
                    key.name
                );
                assert!(
                    rest.starts_with(key.help),
                    "{}.{}: the comment \"{rest}\" does not start with the help text \"{}\"",
                    table.name,
                    key.name,
                    key.help
                );
            }
        }
    }

    #[test]
    fn fills_in_name_and_area() {
        let room = contents(Kind::Room, "buurtkamer-noord", Some("noord"));
        assert!(room.contains("name: \"Buurtkamer noord\" "), "{room}");
        assert!(room.contains("\narea: noord "), "{room}");
        let initiative = contents(Kind::Initiative, "moestuin", Some("oost"));
        assert!(initiative.contains("\nareas: [oost] "), "{initiative}");
        let without = contents(Kind::Initiative, "moestuin", None);
        assert!(
            without.contains("\nareas:                            # verplicht"),
            "{without}"
        );
        assert!(!without.lines().any(|l| l.ends_with(' ')), "{without}");
    }

    #[test]
    fn refuses_invalid_and_reserved_ids() {
        let dir = tempfile::tempdir().unwrap();
        let error = create(dir.path(), Kind::Room, "De Kamer").unwrap_err();
        assert_eq!(error.exit_code(), 2);
        assert_eq!(error.message().id, "new-invalid-id");
        assert!(error.to_string().contains("probeer `de-kamer`"), "{error}");
        let error = create(dir.path(), Kind::Page, "agenda").unwrap_err();
        assert_eq!(error.exit_code(), 2);
        assert_eq!(error.message().id, "new-reserved-id");
        let error = create(dir.path(), Kind::Room, "kamer").unwrap_err();
        assert!(matches!(error, NewError::NoSiteRoot { .. }), "{error}");
    }
}
