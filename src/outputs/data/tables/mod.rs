//! The datasets as tables: columns with Dutch titles and descriptions, and typed cells, built
//! once from the [`Site`] and written out by every format module. Each dataset has its own
//! module, in which every column is declared together with the function that gives its
//! cell ([`Columns`]), so a cell cannot end up under another column.

mod activities;
mod areas;
mod budget;
mod changes;
mod initiatives;
mod organisations;
mod rooms;

use crate::model::*;
use crate::outputs::html::views::hhmm;
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

pub(super) fn column(
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
    pub(super) fn refers_to(mut self, table: &'static str) -> Column {
        self.references = Some((table, "id"));
        self
    }
    pub(super) fn one_of(mut self, values: &'static [&'static str]) -> Column {
        self.values = values;
        self
    }
    pub(super) fn required(mut self) -> Column {
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
    pub(super) fn text(value: &str) -> Cell {
        Cell::Text(value.to_string())
    }
    pub(super) fn opt_text(value: Option<&str>) -> Cell {
        value.map_or(Cell::Empty, Cell::text)
    }
    pub(super) fn date(value: Option<Date>) -> Cell {
        value.map_or(Cell::Empty, Cell::Date)
    }
    pub(super) fn integer(value: Option<impl Into<i64>>) -> Cell {
        value.map_or(Cell::Empty, |v| Cell::Integer(v.into()))
    }
    pub(super) fn amount(value: Decimal) -> Cell {
        Cell::Decimal(plain_amount(value))
    }
    pub(super) fn coordinate(value: f64) -> Cell {
        Cell::Coordinate(round6(value))
    }
    pub(super) fn ids(refs: &[Ref]) -> Cell {
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
        rooms::table(site, urls),
        areas::table(site, urls),
        initiatives::table(site, urls),
        organisations::table(site, urls),
        activities::table(site),
        budget::table(site, urls),
        changes::table(site),
    ]
}

/// A dataset's `dct:modified`: the latest `modified` of its rows where it has that column;
/// for the others, the latest change of the files its rows come from (activities: the
/// rooms; the budget: the budget files; changes: the newest change).
pub fn modified_of(site: &Site, table: &Table) -> jiff::civil::Date {
    use crate::outputs::dates::{self, budget, date, latest, room};
    if let Some(at) = table.columns.iter().position(|c| c.name == "modified") {
        let days = table.rows.iter().filter_map(|row| match row.get(at) {
            Some(Cell::Date(d)) => Some(*d),
            _ => None,
        });
        return days.max().unwrap_or_else(|| date(site, dates::site(site)));
    }
    let time = match table.name {
        "activities" => latest(site, site.rooms.iter().map(|r| room(site, r))),
        "changes" => site
            .history
            .changes
            .first()
            .map_or_else(|| dates::site(site), |c| c.time),
        name if name.starts_with("budget") => {
            latest(site, site.budgets.iter().map(|b| budget(site, b)))
        }
        _ => dates::site(site),
    };
    date(site, time)
}

/// The absolute address of a page in the site's own language.
pub fn page_url(site: &Site, urls: &Urls, path: &str) -> String {
    urls.absolute(&site.config.language, path)
}

pub(super) fn id_column(what: &'static str) -> Column {
    column("id", Kind::Text, "Id", what).required()
}

/// `modified`: the date of the last commit that changed the item's file (SITE.md), not the
/// build date.
pub(super) fn modified_column() -> Column {
    column(
        "modified",
        Kind::Date,
        "Laatst gewijzigd",
        "Datum van de laatste wijziging van het bestand van dit item in de versiegeschiedenis (Git), niet de datum waarop de site is gebouwd.",
    )
}

pub(super) fn reviewed_column() -> Column {
    column(
        "reviewed",
        Kind::Date,
        "Laatst gecontroleerd",
        "Datum waarop een redacteur dit item voor het laatst met de werkelijkheid vergeleek (reviewed), leeg als het bestand die niet geeft.",
    )
}

/// The `reviewed` cell of an item.
pub(super) fn reviewed_cell(publication: &Publication) -> Cell {
    Cell::date(publication.reviewed.map(|(date, _)| date))
}

/// The `modified` cell of a row whose item last changed at `time`.
pub(super) fn modified_cell(site: &Site, time: jiff::Timestamp) -> Cell {
    Cell::Date(crate::outputs::dates::date(site, time))
}

pub(super) fn url_column(what: &'static str) -> Column {
    column("url", Kind::Url, "Webpagina", what)
}

/// The columns of a dataset, each with the function that gives its cell for one row's
/// source `R` (a room, an area with its counts, a budget line in one year, ...).
pub(super) struct Columns<'a, R> {
    list: Vec<(Column, Getter<'a, R>)>,
}

type Getter<'a, R> = Box<dyn Fn(&R) -> Cell + 'a>;

impl<'a, R> Columns<'a, R> {
    pub(super) fn new() -> Self {
        Columns { list: Vec::new() }
    }

    /// The next column, and how to get its cell.
    pub(super) fn add(mut self, column: Column, value: impl Fn(&R) -> Cell + 'a) -> Self {
        self.list.push((column, Box::new(value)));
        self
    }

    /// The columns, and one row per source, its cells in the columns' order.
    pub(super) fn fill(
        self,
        sources: impl IntoIterator<Item = R>,
    ) -> (Vec<Column>, Vec<Vec<Cell>>) {
        let rows = sources
            .into_iter()
            .map(|source| self.list.iter().map(|(_, value)| value(&source)).collect())
            .collect();
        (
            self.list.into_iter().map(|(column, _)| column).collect(),
            rows,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn complete() -> Site {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/complete");
        let mut site = crate::check(&root).site.expect("the fixture loads");
        // The fixture is no repository: one change as the history would give it.
        site.history = std::sync::Arc::new(crate::model::history::History {
            from_git: true,
            changes: vec![crate::model::history::Change {
                time: site.build_time,
                commit: "0123456789abcdef0123456789abcdef01234567".into(),
                message: "Nieuwe naam".into(),
                author: "Redactie".into(),
                file: "content/rooms/a.md".into(),
                kind: "room",
                id: "a".into(),
                change: "changed",
                field: "name".into(),
                old: "A".into(),
                new: "B".into(),
            }],
            ..Default::default()
        });
        site
    }

    #[test]
    fn each_cell_comes_from_its_own_columns_getter() {
        let (columns, rows) = Columns::<(&str, i64)>::new()
            .add(column("name", Kind::Text, "Naam", "Naam."), |row| {
                Cell::text(row.0)
            })
            .add(column("count", Kind::Integer, "Aantal", "Aantal."), |row| {
                Cell::Integer(row.1)
            })
            .fill([("a", 1), ("b", 2)]);
        let names: Vec<&str> = columns.iter().map(|c| c.name).collect();
        assert_eq!(names, ["name", "count"]);
        assert_eq!(
            rows,
            [
                [Cell::text("a"), Cell::Integer(1)],
                [Cell::text("b"), Cell::Integer(2)]
            ]
        );
    }

    #[test]
    fn every_row_has_a_cell_of_its_columns_kind() {
        let site = complete();
        let urls = Urls::new(&site.config.base_url, &site.config.language);
        let tables = all(&site, &urls);
        assert!(
            tables.iter().all(|t| !t.rows.is_empty()),
            "the fixture fills every table"
        );
        for table in &tables {
            for row in &table.rows {
                assert_eq!(row.len(), table.columns.len(), "{}", table.name);
                for (cell, column) in row.iter().zip(&table.columns) {
                    let fits = match cell {
                        Cell::Empty => !column.required,
                        Cell::Text(_) => matches!(column.kind, Kind::Text | Kind::Url),
                        Cell::List(_) => column.kind == Kind::List,
                        Cell::Integer(_) => matches!(column.kind, Kind::Integer | Kind::Year),
                        Cell::Coordinate(_) => column.kind == Kind::Coordinate,
                        Cell::Decimal(_) => matches!(column.kind, Kind::Amount | Kind::Decimal),
                        Cell::Boolean(_) => column.kind == Kind::Boolean,
                        Cell::Date(_) => column.kind == Kind::Date,
                        Cell::Time(_) => column.kind == Kind::Time,
                    };
                    assert!(fits, "{}.{}: {cell:?}", table.name, column.name);
                    if !column.values.is_empty() && *cell != Cell::Empty {
                        assert!(column.values.contains(&cell.plain().as_str()));
                    }
                }
            }
        }
        let rooms = &tables[0];
        let status = rooms.column_index("status").unwrap();
        for (row, room) in rooms.rows.iter().zip(&site.rooms) {
            assert_eq!(row[status], Cell::text(room.status.as_str()));
        }
    }

    #[test]
    fn a_code_columns_description_explains_every_word_it_allows() {
        let site = complete();
        let urls = Urls::new(&site.config.base_url, &site.config.language);
        let mut codes = 0;
        for table in all(&site, &urls) {
            for column in table.columns.iter().filter(|c| !c.values.is_empty()) {
                codes += 1;
                for word in column.values {
                    assert!(
                        column.description.contains(word),
                        "{}.{} does not explain {word}",
                        table.name,
                        column.name
                    );
                }
            }
        }
        assert_eq!(codes, 9);
    }
}
