//! `data/mienskip.sqlite`: every dataset as a table of one SQLite database, with primary and
//! foreign keys, ready for Datasette or any SQL tool; and `data/metadata.json`, the same
//! descriptions for Datasette (`datasette mienskip.sqlite -m metadata.json`).
//!
//! SQLite has no column comments, so the database carries its own documentation: `_tables`
//! (title and description of each table) and `_columns` (type, title, description and
//! reference of each column). Cells are the values of the CSV without its spreadsheet
//! guards: lists stay joined with `;`, booleans are 0 or 1, amounts and coordinates are
//! numbers, dates and times ISO text, empty cells NULL.
//!
//! The file must be byte-identical for the same content, like every other output: the
//! database is built in memory with a fixed page size and no WAL, the tables and rows are
//! written in a fixed order, then it is compacted (`VACUUM`) and its image taken with
//! `sqlite3_serialize`, so no temporary file or clock is involved.

use crate::model::Site;
use crate::output::OutputFile;
use crate::outputs::data::tables::{Cell, Kind, Table};
use crate::resolve::routes::{Route, Section};
use crate::resolve::urls::Urls;
use rusqlite::types::Value as Sql;
use rusqlite::Connection;
use serde_json::{json, Map, Value};

/// The database and its Datasette metadata.
pub fn render(site: &Site, urls: &Urls, tables: &[Table]) -> Vec<OutputFile> {
    let data = crate::outputs::data::DATA_DIR;
    let bytes = database(tables).expect("an in-memory SQLite database of unique rows builds");
    let mut metadata =
        serde_json::to_string_pretty(&metadata(site, urls, tables)).expect("JSON serialises");
    metadata.push('\n');
    vec![
        OutputFile::new(
            format!("{data}{}", crate::outputs::data::SQLITE_FILE),
            bytes,
        ),
        OutputFile::new(format!("{data}metadata.json"), metadata),
    ]
}

/// An SQL identifier in double quotes (column names like `from` and `group` are keywords).
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The SQLite type of a column.
fn sql_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Text | Kind::List | Kind::Url | Kind::Date | Kind::Time => "TEXT",
        Kind::Integer | Kind::Year | Kind::Boolean => "INTEGER",
        Kind::Coordinate | Kind::Amount | Kind::Decimal => "REAL",
    }
}

fn value(cell: &Cell) -> Sql {
    match cell {
        Cell::Empty => Sql::Null,
        Cell::Integer(n) => Sql::Integer(*n),
        Cell::Boolean(b) => Sql::Integer(i64::from(*b)),
        Cell::Coordinate(x) => Sql::Real(*x),
        Cell::Decimal(text) => text.parse().map_or(Sql::Text(text.clone()), Sql::Real),
        other => Sql::Text(other.plain()),
    }
}

/// `CREATE TABLE` of a dataset: typed columns, the primary key, and a foreign key for each
/// single-valued reference.
fn create(table: &Table) -> String {
    let mut parts: Vec<String> = table
        .columns
        .iter()
        .map(|c| format!("{} {}", quoted(c.name), sql_type(c.kind)))
        .collect();
    let key: Vec<String> = table.primary_key.iter().map(|c| quoted(c)).collect();
    parts.push(format!("PRIMARY KEY ({})", key.join(", ")));
    for column in &table.columns {
        if let (Some((target, field)), false) = (column.references, column.kind == Kind::List) {
            parts.push(format!(
                "FOREIGN KEY ({}) REFERENCES {} ({})",
                quoted(column.name),
                quoted(target),
                quoted(field)
            ));
        }
    }
    format!(
        "CREATE TABLE {} (\n  {}\n)",
        quoted(table.name),
        parts.join(",\n  ")
    )
}

/// The bytes of the database.
pub fn database(tables: &[Table]) -> rusqlite::Result<Vec<u8>> {
    let mut db = Connection::open_in_memory()?;
    // Fixed before the first table: the page size decides the layout of the file. The keys
    // are not enforced while writing (the bundled SQLite enforces them by default), since
    // rooms come before the areas they refer to; the references were checked on loading,
    // and the tests run `PRAGMA foreign_key_check` on the result.
    db.execute_batch(
        "PRAGMA page_size = 4096; PRAGMA encoding = 'UTF-8'; PRAGMA foreign_keys = OFF;",
    )?;
    let tx = db.transaction()?;
    tx.execute_batch(
        "CREATE TABLE _tables (
  table_name TEXT,
  title TEXT,
  description TEXT,
  csv TEXT,
  PRIMARY KEY (table_name)
);
CREATE TABLE _columns (
  table_name TEXT REFERENCES _tables (table_name),
  column_name TEXT,
  position INTEGER,
  type TEXT,
  title TEXT,
  description TEXT,
  \"references\" TEXT,
  PRIMARY KEY (table_name, column_name)
);",
    )?;
    for table in tables {
        tx.execute(
            "INSERT INTO _tables VALUES (?1, ?2, ?3, ?4)",
            (
                table.name,
                table.title,
                table.description,
                format!("{}.csv", table.name),
            ),
        )?;
        for (position, column) in table.columns.iter().enumerate() {
            let references = column
                .references
                .filter(|_| column.kind != Kind::List)
                .map(|(target, field)| format!("{target}.{field}"));
            tx.execute(
                "INSERT INTO _columns VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                (
                    table.name,
                    column.name,
                    position as i64 + 1,
                    sql_type(column.kind),
                    column.title,
                    column.description,
                    references,
                ),
            )?;
        }
        tx.execute_batch(&create(table))?;
        let placeholders: Vec<String> =
            (1..=table.columns.len()).map(|i| format!("?{i}")).collect();
        let mut insert = tx.prepare(&format!(
            "INSERT INTO {} VALUES ({})",
            quoted(table.name),
            placeholders.join(", ")
        ))?;
        for row in &table.rows {
            insert.execute(rusqlite::params_from_iter(row.iter().map(value)))?;
        }
    }
    tx.commit()?;
    // Rebuilds the file in one pass, so its layout depends only on the rows.
    db.execute_batch("VACUUM")?;
    let image = db.serialize(rusqlite::MAIN_DB)?;
    Ok(image.to_vec())
}

/// Datasette's `metadata.json`: the site as source, the licence, and every table and column
/// with its Dutch description.
pub fn metadata(site: &Site, urls: &Urls, tables: &[Table]) -> Value {
    let config = &site.config;
    let licence = crate::outputs::data::licence::Licence::from_spdx(&config.license);
    let page = urls.absolute(&config.language, &Route::Section(Section::OpenData).path());
    let mut described = Map::new();
    for table in tables {
        let columns: Map<String, Value> = table
            .columns
            .iter()
            .map(|c| (c.name.to_string(), json!(c.description)))
            .collect();
        described.insert(
            table.name.to_string(),
            json!({
                "title": table.title,
                "description": table.description,
                "columns": columns,
            }),
        );
    }
    described.insert(
        "_tables".into(),
        json!({
            "title": "Tabellen",
            "description": "Titel en beschrijving van elke tabel, en het CSV-bestand met dezelfde gegevens.",
        }),
    );
    described.insert(
        "_columns".into(),
        json!({
            "title": "Kolommen",
            "description": "Type, titel en beschrijving van elke kolom van elke tabel, en waarnaar een kolom verwijst.",
        }),
    );
    let source = config
        .publisher
        .as_ref()
        .map_or(config.title.as_str(), |p| p.name.as_str());
    json!({
        "title": config.title,
        "description": "Alle open data van deze site als één SQLite-database: elke dataset is een tabel met dezelfde kolommen als de CSV.",
        "license": licence.spdx,
        "license_url": licence.url,
        "source": source,
        "source_url": page,
        "databases": {
            crate::outputs::data::SQLITE_FILE.trim_end_matches(".sqlite"): {
                "title": config.title,
                "license": licence.spdx,
                "license_url": licence.url,
                "source": source,
                "source_url": page,
                "tables": described,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_quoted() {
        assert_eq!(quoted("from"), "\"from\"");
        assert_eq!(quoted("a\"b"), "\"a\"\"b\"");
    }
}
