//! The datasets as tables: columns with Dutch titles and descriptions, and typed cells, built
//! once from the [`Site`] and written out by every format module.

use crate::model::*;
use crate::outputs::data::ics;
use crate::outputs::html::views::hhmm;
use crate::resolve::routes::Route;
use crate::resolve::urls::Urls;
pub use crate::text::coordinates::{coordinate_text, round6};
use crate::text::money::plain_amount;
use jiff::civil::{Date, Time};
use rust_decimal::Decimal;

/// What a column holds; decides how a cell is written in every format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text (made inert in CSV when it looks like a formula).
    Text,
    /// Several values joined with `;` in CSV; an array in JSON.
    List,
    /// A web address.
    Url,
    Integer,
    /// WGS84 degrees, at most six decimals.
    Coordinate,
    /// Euros with two decimals.
    Amount,
    /// A decimal number as exact as the source gave it (hours).
    Decimal,
    Boolean,
    Date,
    /// `HH:MM`.
    Time,
    /// A year, like `2024`.
    Year,
}

impl Kind {
    /// The Table Schema type of the column.
    pub fn table_schema_type(self) -> &'static str {
        match self {
            Kind::Text | Kind::List | Kind::Url => "string",
            Kind::Integer => "integer",
            Kind::Coordinate | Kind::Amount | Kind::Decimal => "number",
            Kind::Boolean => "boolean",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Year => "year",
        }
    }

    /// Whether cells are numbers, written with a decimal comma in the Excel twin.
    pub fn is_number(self) -> bool {
        matches!(
            self,
            Kind::Integer | Kind::Coordinate | Kind::Amount | Kind::Decimal | Kind::Year
        )
    }
}

/// One column: its name in the files, what it holds and what it means.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    /// Dutch title.
    pub title: &'static str,
    /// Dutch description.
    pub description: &'static str,
    /// `(table, column)` this column refers to, for single-valued references.
    pub references: Option<(&'static str, &'static str)>,
    /// The only values allowed, for codes like `status`.
    pub values: &'static [&'static str],
    /// Whether every row has a value.
    pub required: bool,
}

fn column(
    name: &'static str,
    kind: Kind,
    title: &'static str,
    description: &'static str,
) -> Column {
    Column {
        name,
        kind,
        title,
        description,
        references: None,
        values: &[],
        required: false,
    }
}

impl Column {
    fn refers_to(mut self, table: &'static str) -> Column {
        self.references = Some((table, "id"));
        self
    }
    fn one_of(mut self, values: &'static [&'static str]) -> Column {
        self.values = values;
        self
    }
    fn required(mut self) -> Column {
        self.required = true;
        self
    }
}

/// One value of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    List(Vec<String>),
    Integer(i64),
    /// Degrees, already rounded to six decimals.
    Coordinate(f64),
    /// A decimal number as plain text with a dot: `47875.00`, `-250.10`, `4687.5`.
    Decimal(String),
    Boolean(bool),
    Date(Date),
    Time(Time),
}

impl Cell {
    fn text(value: &str) -> Cell {
        Cell::Text(value.to_string())
    }
    fn opt_text(value: Option<&str>) -> Cell {
        value.map_or(Cell::Empty, Cell::text)
    }
    fn date(value: Option<Date>) -> Cell {
        value.map_or(Cell::Empty, Cell::Date)
    }
    fn integer(value: Option<impl Into<i64>>) -> Cell {
        value.map_or(Cell::Empty, |v| Cell::Integer(v.into()))
    }
    fn amount(value: Decimal) -> Cell {
        Cell::Decimal(plain_amount(value))
    }
    fn coordinate(value: f64) -> Cell {
        Cell::Coordinate(round6(value))
    }
    fn ids(refs: &[Ref]) -> Cell {
        Cell::List(refs.iter().map(|r| r.id.clone()).collect())
    }

    /// The cell as plain text: numbers with a dot, lists joined with `;`, nothing for empty.
    pub fn plain(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::List(items) => items.join(";"),
            Cell::Integer(n) => n.to_string(),
            Cell::Coordinate(x) => coordinate_text(*x),
            Cell::Decimal(text) => text.clone(),
            Cell::Boolean(b) => b.to_string(),
            Cell::Date(d) => d.strftime("%Y-%m-%d").to_string(),
            Cell::Time(t) => hhmm(*t),
        }
    }

    /// The cell as a JSON value: numbers as numbers, lists as arrays, empty as `null`.
    pub fn json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Cell::Empty => Value::Null,
            Cell::List(items) => Value::from(items.clone()),
            Cell::Integer(n) => Value::from(*n),
            Cell::Coordinate(x) => Value::from(*x),
            Cell::Decimal(text) => text
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map_or(Value::Null, Value::Number),
            Cell::Boolean(b) => Value::Bool(*b),
            other => Value::String(other.plain()),
        }
    }
}

/// Where a row is on the map, for GeoJSON.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    Point(LatLon),
    Outline(Outline),
}

/// The kinds of file a dataset is published in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    ExcelCsv,
    GeoJson,
    ICalendar,
    /// `mienskip.sqlite`: every dataset as a table of one database.
    Sqlite,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV",
            Format::ExcelCsv => "CSV (Excel)",
            Format::GeoJson => "GeoJSON",
            Format::ICalendar => "iCalendar",
            Format::Sqlite => "SQLite",
        }
    }
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Csv | Format::ExcelCsv => "text/csv",
            Format::GeoJson => "application/geo+json",
            Format::ICalendar => "text/calendar",
            Format::Sqlite => "application/vnd.sqlite3",
        }
    }
    /// The EU file-type authority code, for DCAT; none for SQLite, which that list (as far
    /// as we could check) does not name, so a made-up code is left out.
    pub fn eu_file_type(self) -> Option<&'static str> {
        match self {
            Format::Csv | Format::ExcelCsv => Some("CSV"),
            Format::GeoJson => Some("GEOJSON"),
            Format::ICalendar => Some("ICS"),
            Format::Sqlite => None,
        }
    }
}

/// A file of a dataset, by its path relative to the site root.
#[derive(Debug, Clone)]
pub struct TableFile {
    pub path: String,
    pub format: Format,
    /// For `budget-<year>.csv`: the one year the file holds.
    pub year: Option<i64>,
}

/// One dataset: its columns, its rows, and for datasets with places, where each row is.
#[derive(Debug, Clone)]
pub struct Table {
    pub name: &'static str,
    /// Dutch title.
    pub title: &'static str,
    /// Dutch description.
    pub description: &'static str,
    pub columns: Vec<Column>,
    pub primary_key: &'static [&'static str],
    pub rows: Vec<Vec<Cell>>,
    /// One entry per row, for datasets published as GeoJSON as well.
    pub places: Option<Vec<Option<Place>>>,
    /// Whether the budget themes apply (DCAT: government and public sector).
    pub is_budget: bool,
}

impl Table {
    /// Every file the dataset is published in.
    pub fn files(&self) -> Vec<TableFile> {
        let data = crate::outputs::data::DATA_DIR;
        let file = |path: String, format| TableFile {
            path,
            format,
            year: None,
        };
        let mut files = vec![
            file(format!("{data}{}.csv", self.name), Format::Csv),
            file(format!("{data}{}.excel.csv", self.name), Format::ExcelCsv),
        ];
        for year in self.years() {
            files.push(TableFile {
                path: format!("{data}{}-{year}.csv", self.name),
                format: Format::Csv,
                year: Some(year),
            });
            files.push(TableFile {
                path: format!("{data}{}-{year}.excel.csv", self.name),
                format: Format::ExcelCsv,
                year: Some(year),
            });
        }
        if self.places.is_some() {
            files.push(file(
                format!("{data}{}.geojson", self.name),
                Format::GeoJson,
            ));
        }
        if self.name == "activities" {
            files.push(file(format!("{data}agenda.ics"), Format::ICalendar));
        }
        files.push(file(
            format!("{data}{}", crate::outputs::data::SQLITE_FILE),
            Format::Sqlite,
        ));
        files
    }

    /// The years of a dataset split by year (the budget: `budget-<year>.csv`), sorted;
    /// empty for the others.
    pub fn years(&self) -> Vec<i64> {
        let Some(column) = self.column_index("year").filter(|_| self.is_budget) else {
            return Vec::new();
        };
        let years: std::collections::BTreeSet<i64> = self
            .rows
            .iter()
            .filter_map(|row| match row.get(column) {
                Some(Cell::Integer(year)) => Some(*year),
                _ => None,
            })
            .collect();
        years.into_iter().collect()
    }

    /// The rows of one year, for `budget-<year>.csv`.
    pub fn of_year(&self, year: i64) -> Table {
        let column = self.column_index("year");
        Table {
            rows: self
                .rows
                .iter()
                .filter(|row| column.and_then(|c| row.get(c)) == Some(&Cell::Integer(year)))
                .cloned()
                .collect(),
            places: None,
            ..self.clone()
        }
    }

    /// The index of a column by name.
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }
}

/// Every dataset, in the order of SITE.md's table.
pub fn all(site: &Site, urls: &Urls) -> Vec<Table> {
    vec![
        rooms(site, urls),
        areas(site, urls),
        initiatives(site, urls),
        organisations(site, urls),
        activities(site),
        budget(site),
    ]
}

/// The absolute address of a page in the site's own language.
pub fn page_url(site: &Site, urls: &Urls, path: &str) -> String {
    urls.absolute(&site.config.language, path)
}

fn id_column(what: &'static str) -> Column {
    column("id", Kind::Text, "Id", what).required()
}

fn url_column(what: &'static str) -> Column {
    column("url", Kind::Url, "Webpagina", what)
}

fn rooms(site: &Site, urls: &Urls) -> Table {
    use Kind::*;
    let columns = vec![
        id_column("Vaste identificatie van de kamer (de bestandsnaam); komt terug in de webadressen en in de andere bestanden."),
        column("name", Text, "Naam", "Naam van de buurt- of dorpskamer.").required(),
        column("kind", Text, "Soort", "main (hoofdlocatie) of satellite (satelliet).").one_of(RoomKind::WORDS).required(),
        column("status", Text, "Status", "open, planned (gepland) of closed (gesloten); gesloten kamers blijven in de gegevens.").one_of(RoomStatus::WORDS).required(),
        column("area", Text, "Gebied", "Id van het gebied waarin de kamer ligt (areas.csv).").refers_to("areas").required(),
        column("street", Text, "Straat", "Straat en huisnummer."),
        column("postcode", Text, "Postcode", "Postcode van het adres."),
        column("city", Text, "Plaats", "Woonplaats van het adres."),
        column("lat", Coordinate, "Breedtegraad", "Breedtegraad in graden (WGS84), hoogstens zes decimalen; leeg voor een geplande kamer zonder plek."),
        column("lon", Coordinate, "Lengtegraad", "Lengtegraad in graden (WGS84), hoogstens zes decimalen."),
        column("location_approximate", Boolean, "Locatie bij benadering", "true als de plek op de kaart een benadering is."),
        column("opened", Date, "Geopend", "Datum waarop de kamer openging."),
        column("closed", Date, "Gesloten", "Datum waarop de kamer sloot (alleen bij gesloten kamers)."),
        url_column("Adres van de pagina van de kamer op deze site."),
        column("summary", Text, "Samenvatting", "Korte beschrijving in één regel."),
        column("facilities", List, "Voorzieningen", "Voorzieningen, gescheiden door ;."),
        column("manager", Boolean, "Beheerder", "true als de kamer een beheerder heeft, false als niet; leeg als onbekend."),
        column("host_volunteers", Integer, "Gastvrijwilligers", "Aantal vrijwillige gastvrouwen en gastheren."),
        column("organisations", List, "Organisaties", "Ids van de organisaties die in de kamer aanwezig zijn (organisations.csv), gescheiden door ;."),
        column("email", Text, "E-mail", "E-mailadres van de kamer."),
        column("phone", Text, "Telefoon", "Telefoonnummer van de kamer."),
        column("website", Url, "Website", "Eigen website van de kamer."),
        column("activity_count", Integer, "Aantal activiteiten", "Aantal activiteiten van de kamer in activities.csv."),
        column("agenda", Url, "Agenda", "Adres van de agenda van de kamer als iCalendar-bestand (agenda.ics)."),
    ];
    let mut rows = Vec::new();
    let mut places = Vec::new();
    for room in &site.rooms {
        let address = room.address.clone().unwrap_or_default();
        let contact = room.contact.clone().unwrap_or_default();
        rows.push(vec![
            Cell::text(&room.id),
            Cell::text(&room.name),
            Cell::text(room.kind.as_str()),
            Cell::text(room.status.as_str()),
            Cell::text(&room.area.id),
            Cell::opt_text(address.street.as_deref()),
            Cell::opt_text(address.postcode.as_deref()),
            Cell::opt_text(address.city.as_deref()),
            room.location
                .map_or(Cell::Empty, |l| Cell::coordinate(l.lat)),
            room.location
                .map_or(Cell::Empty, |l| Cell::coordinate(l.lon)),
            Cell::Boolean(room.location_approximate),
            Cell::date(room.opened),
            Cell::date(room.closed),
            Cell::Text(page_url(site, urls, &Route::Room(&room.id).path())),
            Cell::opt_text(room.summary.as_deref()),
            Cell::List(room.facilities.clone()),
            room.manager.map_or(Cell::Empty, Cell::Boolean),
            Cell::integer(room.host_volunteers),
            Cell::ids(&room.organisations),
            Cell::opt_text(contact.email.as_deref()),
            Cell::opt_text(contact.phone.as_deref()),
            Cell::opt_text(contact.website.as_deref()),
            Cell::Integer(room.activities.len() as i64),
            Cell::Text(page_url(
                site,
                urls,
                &Route::Room(&room.id).beside("agenda.ics"),
            )),
        ]);
        places.push(room.location.map(Place::Point));
    }
    Table {
        name: "rooms",
        title: "Buurt- en dorpskamers",
        description: "Elke buurt- en dorpskamer, ook geplande en gesloten kamers: soort, status, gebied, adres, plek op de kaart, openings- en sluitingsdatum en contactgegevens.",
        columns,
        primary_key: &["id"],
        rows,
        places: Some(places),
        is_budget: false,
    }
}

fn areas(site: &Site, urls: &Urls) -> Table {
    use Kind::*;
    let columns = vec![
        id_column("Vaste identificatie van het gebied (de bestandsnaam)."),
        column("name", Text, "Naam", "Naam van het gebied (wijkteamgebied, wijk of groep dorpen).").required(),
        column("cbs_codes", List, "CBS-codes", "CBS-codes van de wijken en buurten in het gebied, gescheiden door ;."),
        column("room_count", Integer, "Aantal kamers", "Aantal kamers in het gebied, geplande en gesloten meegeteld.").required(),
        column("initiative_count", Integer, "Aantal initiatieven", "Aantal bewonersinitiatieven dat het gebied noemt.").required(),
        url_column("Adres van de pagina van het gebied op deze site."),
        column("open_room_count", Integer, "Aantal open kamers", "Aantal kamers in het gebied met status open.").required(),
        column("plan_stage", Integer, "Planfase", "Fase van het gebiedsplan: 1 voorbereiding, 2 open gesprek, 3 opgave bepalen, 4 actieplan, 5 doen en volgen."),
        column("has_outline", Boolean, "Heeft grens", "true als de grens van het gebied in areas.geojson staat."),
        column("geometry_approximate", Boolean, "Grens bij benadering", "true als de grens van het gebied een benadering is."),
        column("team_name", Text, "Wijkteam", "Naam van het sociaal wijkteam."),
        column("team_email", Text, "E-mail wijkteam", "E-mailadres van het wijkteam."),
        column("team_phone", Text, "Telefoon wijkteam", "Telefoonnummer van het wijkteam."),
        column("summary", Text, "Samenvatting", "Korte beschrijving in één regel."),
    ];
    let mut rows = Vec::new();
    let mut places = Vec::new();
    for area in &site.areas {
        let in_area: Vec<&Room> = site
            .rooms
            .iter()
            .filter(|r| r.area.id == area.id)
            .map(|r| &**r)
            .collect();
        let initiatives = site
            .initiatives
            .iter()
            .filter(|i| i.areas.iter().any(|a| a.id == area.id))
            .count();
        let team = area.team.clone().unwrap_or_default();
        rows.push(vec![
            Cell::text(&area.id),
            Cell::text(&area.name),
            Cell::List(area.cbs_codes.clone()),
            Cell::Integer(in_area.len() as i64),
            Cell::Integer(initiatives as i64),
            Cell::Text(page_url(site, urls, &Route::Area(&area.id).path())),
            Cell::Integer(
                in_area
                    .iter()
                    .filter(|r| r.status == RoomStatus::Open)
                    .count() as i64,
            ),
            Cell::integer(area.plan_stage),
            Cell::Boolean(area.outline.is_some()),
            Cell::Boolean(area.geometry_approximate),
            Cell::opt_text(team.name.as_deref()),
            Cell::opt_text(team.email.as_deref()),
            Cell::opt_text(team.phone.as_deref()),
            Cell::opt_text(area.summary.as_deref()),
        ]);
        places.push(area.outline.clone().map(Place::Outline));
    }
    Table {
        name: "areas",
        title: "Gebieden",
        description: "Elk gebied (wijkteamgebied, wijk of groep dorpen) met zijn CBS-codes, het aantal kamers en initiatieven, de fase van het gebiedsplan en het wijkteam; de grenzen staan in areas.geojson.",
        columns,
        primary_key: &["id"],
        rows,
        places: Some(places),
        is_budget: false,
    }
}

fn initiatives(site: &Site, urls: &Urls) -> Table {
    use Kind::*;
    let columns = vec![
        id_column("Vaste identificatie van het initiatief (de bestandsnaam)."),
        column("title", Text, "Titel", "Naam van het bewonersinitiatief.").required(),
        column("status", Text, "Status", "idea (idee), submitted (ingediend), approved (goedgekeurd), running (loopt), completed (afgerond) of rejected (afgewezen).").one_of(InitiativeStatus::WORDS).required(),
        column("areas", List, "Gebieden", "Ids van de gebieden waar het initiatief speelt (areas.csv), gescheiden door ;.").required(),
        column("rooms", List, "Kamers", "Ids van de kamers waar het initiatief plaatsvindt (rooms.csv), gescheiden door ;."),
        column("pillar", Integer, "Pijler", "Nummer van de beleidspijler waaraan het initiatief bijdraagt."),
        column("started", Date, "Gestart", "Datum waarop het initiatief begon."),
        column("ended", Date, "Geëindigd", "Datum waarop het initiatief eindigde."),
        url_column("Adres van de pagina van het initiatief op deze site."),
        column("organisations", List, "Organisaties", "Ids van de betrokken organisaties (organisations.csv), gescheiden door ;."),
        column("lat", Coordinate, "Breedtegraad", "Breedtegraad in graden (WGS84), hoogstens zes decimalen; leeg als het initiatief geen vaste plek heeft."),
        column("lon", Coordinate, "Lengtegraad", "Lengtegraad in graden (WGS84), hoogstens zes decimalen."),
        column("showcase", Boolean, "Voorbeeld", "true als het initiatief als voorbeeld in de kennisbank staat."),
        column("email", Text, "E-mail", "E-mailadres van het initiatief."),
        column("website", Url, "Website", "Eigen website van het initiatief."),
        column("summary", Text, "Samenvatting", "Korte beschrijving in één regel."),
    ];
    let mut rows = Vec::new();
    let mut places = Vec::new();
    for i in &site.initiatives {
        let contact = i.contact.clone().unwrap_or_default();
        rows.push(vec![
            Cell::text(&i.id),
            Cell::text(&i.title),
            Cell::text(i.status.as_str()),
            Cell::ids(&i.areas),
            Cell::ids(&i.rooms),
            Cell::integer(i.pillar),
            Cell::date(i.started),
            Cell::date(i.ended),
            Cell::Text(page_url(site, urls, &Route::Initiative(&i.id).path())),
            Cell::ids(&i.organisations),
            i.location.map_or(Cell::Empty, |l| Cell::coordinate(l.lat)),
            i.location.map_or(Cell::Empty, |l| Cell::coordinate(l.lon)),
            Cell::Boolean(i.showcase),
            Cell::opt_text(contact.email.as_deref()),
            Cell::opt_text(contact.website.as_deref()),
            Cell::opt_text(i.summary.as_deref()),
        ]);
        places.push(i.location.map(Place::Point));
    }
    Table {
        name: "initiatives",
        title: "Bewonersinitiatieven",
        description: "Elk bewonersinitiatief met zijn status, gebieden, kamers, organisaties, beleidspijler en looptijd; initiatieven met een vaste plek staan ook in initiatives.geojson.",
        columns,
        primary_key: &["id"],
        rows,
        places: Some(places),
        is_budget: false,
    }
}

fn organisations(site: &Site, urls: &Urls) -> Table {
    use Kind::*;
    let columns = vec![
        id_column("Vaste identificatie van de organisatie (de bestandsnaam)."),
        column("name", Text, "Naam", "Naam van de organisatie.").required(),
        column("kind", Text, "Soort", "welfare (welzijn), volunteers (vrijwilligers), funder (financier), housing (woningcorporatie), government (overheid) of other (anders).").one_of(OrganisationKind::WORDS).required(),
        column("website", Url, "Website", "Website van de organisatie."),
        url_column("Adres van de pagina van de organisatie op deze site."),
        column("email", Text, "E-mail", "E-mailadres van de organisatie."),
        column("phone", Text, "Telefoon", "Telefoonnummer van de organisatie."),
        column("areas", List, "Gebieden", "Ids van de gebieden waar de organisatie actief is (areas.csv), gescheiden door ;."),
        column("summary", Text, "Samenvatting", "Korte beschrijving in één regel."),
    ];
    let rows = site
        .organisations
        .iter()
        .map(|o| {
            vec![
                Cell::text(&o.id),
                Cell::text(&o.name),
                Cell::text(o.kind.as_str()),
                Cell::opt_text(o.website.as_deref()),
                Cell::Text(page_url(site, urls, &Route::Organisation(&o.id).path())),
                Cell::opt_text(o.email.as_deref()),
                Cell::opt_text(o.phone.as_deref()),
                Cell::ids(&o.areas),
                Cell::opt_text(o.summary.as_deref()),
            ]
        })
        .collect();
    Table {
        name: "organisations",
        title: "Organisaties",
        description: "Organisaties die de kamers en initiatieven ondersteunen (welzijn, vrijwilligers, financiers, woningcorporaties, overheid) en waar ze actief zijn.",
        columns,
        primary_key: &["id"],
        rows,
        places: None,
        is_budget: false,
    }
}

fn activities(site: &Site) -> Table {
    use Kind::*;
    let columns = vec![
        column("room", Text, "Kamer", "Id van de kamer waar de activiteit plaatsvindt (rooms.csv).").refers_to("rooms").required(),
        column("title", Text, "Titel", "Naam van de activiteit.").required(),
        column("days", List, "Dagen", "Weekdagen van een terugkerende activiteit (ma di wo do vr za zo), gescheiden door ;."),
        column("from", Time, "Van", "Begintijd (UU:MM, lokale tijd).").required(),
        column("to", Time, "Tot", "Eindtijd (UU:MM, lokale tijd).").required(),
        column("date", Date, "Datum", "Datum van een eenmalige activiteit."),
        column("interval", Integer, "Om de zoveel weken", "Bij een wekelijkse activiteit: 1 is elke week, 2 om de week, enzovoort, geteld vanaf starts."),
        column("monthly", Integer, "Maandelijks", "Bij een maandelijkse activiteit: de hoeveelste weekdag van de maand (1 tot 5), of geteld vanaf het eind (-1 is de laatste)."),
        column("starts", Date, "Vanaf", "Eerste datum waarop de activiteit plaatsvindt."),
        column("ends", Date, "Tot en met", "Laatste datum waarop de activiteit plaatsvindt."),
        column("number", Integer, "Volgnummer", "Volgnummer van de activiteit binnen de kamer (1, 2, ...).").required(),
        column("kind", Text, "Soort", "weekly (wekelijks), monthly (maandelijks) of once (eenmalig).").one_of(&["weekly", "monthly", "once"]).required(),
        column("uid", Text, "Agenda-id", "De UID van de activiteit in agenda.ics; leeg voor activiteiten van gesloten kamers, die niet in de agenda staan."),
    ];
    let mut rows = Vec::new();
    for room in &site.rooms {
        for (index, activity) in room.activities.iter().enumerate() {
            let number = index + 1;
            let (kind, days, interval, monthly, starts, ends, date) = match &activity.schedule {
                Schedule::Weekly {
                    days,
                    interval,
                    starts,
                    ends,
                } => (
                    "weekly",
                    days.clone(),
                    Cell::Integer((*interval).max(1) as i64),
                    Cell::Empty,
                    *starts,
                    *ends,
                    None,
                ),
                Schedule::Monthly {
                    days,
                    nth,
                    starts,
                    ends,
                } => (
                    "monthly",
                    days.clone(),
                    Cell::Empty,
                    Cell::Integer(*nth as i64),
                    *starts,
                    *ends,
                    None,
                ),
                Schedule::Once { date } => (
                    "once",
                    Vec::new(),
                    Cell::Empty,
                    Cell::Empty,
                    None,
                    None,
                    Some(*date),
                ),
            };
            let uid = if room.status == RoomStatus::Closed {
                Cell::Empty
            } else {
                Cell::Text(ics::uid(site, room, number, activity))
            };
            rows.push(vec![
                Cell::text(&room.id),
                Cell::text(&activity.title),
                Cell::List(days.iter().map(|d| d.as_str().to_string()).collect()),
                Cell::Time(activity.from),
                Cell::Time(activity.to),
                Cell::date(date),
                interval,
                monthly,
                Cell::date(starts),
                Cell::date(ends),
                Cell::Integer(number as i64),
                Cell::text(kind),
                uid,
            ]);
        }
    }
    Table {
        name: "activities",
        title: "Activiteiten",
        description: "Elke activiteit van elke kamer: wekelijks (eventueel om de zoveel weken), maandelijks of eenmalig, met tijden en begin- en einddatum; dezelfde activiteiten staan als agenda in agenda.ics (behalve die van gesloten kamers).",
        columns,
        primary_key: &["room", "number"],
        rows,
        places: None,
        is_budget: false,
    }
}

fn budget(site: &Site) -> Table {
    use Kind::*;
    let columns = vec![
        column("budget", Text, "Begroting", "Id van het begrotingsdocument (de bestandsnaam onder data/budgets/).").required(),
        column("year", Year, "Jaar", "Begrotingsjaar.").required(),
        column("status", Text, "Status", "planned (begroting) of actual (realisatie).").one_of(BudgetStatus::WORDS).required(),
        column("direction", Text, "Richting", "expense (uitgave) of income (inkomst).").one_of(Direction::WORDS).required(),
        column("group", Text, "Groep", "Groep of pijler waaronder de regel valt, zoals in de bron."),
        column("item", Text, "Post", "Omschrijving van de begrotingsregel.").required(),
        column("amount", Amount, "Bedrag", "Bedrag in euro's met twee decimalen; bij uren het aantal uren maal het tarief, afgerond op centen.").required(),
        column("in_kind", Boolean, "In natura", "true als het bedrag de waarde is van gegeven tijd (vrijwilligersuren) en geen geld.").required(),
        column("hours", Decimal, "Uren", "Aantal uren in dat jaar, bij regels in uren."),
        column("rate", Amount, "Tarief", "Waarde van een uur in euro's, bij regels in uren."),
        column("area", Text, "Gebied", "Id van het gebied waar de regel over gaat (areas.csv).").refers_to("areas"),
        column("room", Text, "Kamer", "Id van de kamer waar de regel over gaat (rooms.csv).").refers_to("rooms"),
        column("initiative", Text, "Initiatief", "Id van het initiatief waar de regel over gaat (initiatives.csv).").refers_to("initiatives"),
        column("organisation", Text, "Organisatie", "Id van de organisatie die bijdraagt of ontvangt (organisations.csv).").refers_to("organisations"),
        column("line", Integer, "Regel", "Volgnummer van de regel in het begrotingsdocument (1, 2, ...).").required(),
        column("budget_title", Text, "Titel begroting", "Titel van het begrotingsdocument.").required(),
        column("period", Text, "Periode", "Opmerking bij een deel van een jaar, zoals april - december."),
        column("source", Text, "Bron", "Waar de bedragen vandaan komen.").required(),
    ];
    let mut rows = Vec::new();
    for b in &site.budgets {
        for (index, line) in b.lines.iter().enumerate() {
            for (year, amount) in &line.amounts {
                let id = |r: &Option<Ref>| Cell::opt_text(r.as_ref().map(|r| r.id.as_str()));
                rows.push(vec![
                    Cell::text(&b.id),
                    Cell::Integer(*year as i64),
                    Cell::text(b.status.as_str()),
                    Cell::text(line.direction.as_str()),
                    Cell::opt_text(line.group.as_deref()),
                    Cell::text(&line.item),
                    Cell::amount(*amount),
                    Cell::Boolean(line.in_kind),
                    line.hours
                        .get(year)
                        .map_or(Cell::Empty, |h| Cell::Decimal(h.normalize().to_string())),
                    line.rate.map_or(Cell::Empty, Cell::amount),
                    id(&line.area),
                    id(&line.room),
                    id(&line.initiative),
                    id(&line.organisation),
                    Cell::Integer(index as i64 + 1),
                    Cell::text(&b.title),
                    Cell::opt_text(b.periods.get(year).map(String::as_str)),
                    Cell::text(&b.source),
                ]);
            }
        }
    }
    Table {
        name: "budget",
        title: "Begroting sociale basis",
        description: "Elke regel van elk begrotingsdocument, één rij per regel en jaar: bedrag in euro's (exact, twee decimalen), uitgave of inkomst, begroting of realisatie, groep, geld of tijd in natura, en het gebied, de kamer, het initiatief of de organisatie waar de regel over gaat.",
        columns,
        primary_key: &["budget", "line", "year"],
        rows,
        places: None,
        is_budget: true,
    }
}
