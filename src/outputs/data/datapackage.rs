//! `data/datapackage.json`: a Frictionless Data Package with a tabular resource and a Table
//! Schema (types, Dutch titles and descriptions, primary and foreign keys) per CSV (the
//! budget's per-year files included), a file resource for `mienskip.sqlite`, the licence from
//! `site.yaml`, and `budget.csv` mapped as a Fiscal Data Package (`model`).
//!
//! List columns (values joined with `;`) get no foreign keys, since a Table Schema cannot say
//! that a cell holds several references.

use crate::model::{BudgetStatus, Direction, Site};
use crate::output::OutputFile;
use crate::outputs::data::checksums::Digest;
use crate::outputs::data::tables::{Column, Kind, Table};
use crate::resolve::routes::{Route, Section};
use crate::resolve::urls::Urls;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The address and title of a licence, by its SPDX id (see [`crate::outputs::data::licence`]).
pub fn license(spdx: &str) -> (String, String) {
    let licence = crate::outputs::data::licence::Licence::from_spdx(spdx);
    (licence.url, licence.title)
}

/// `digests` holds the SHA-256 and size of the files under `data/` by their path there;
/// each resource found in it gets `hash` and `bytes`.
pub fn render(
    site: &Site,
    urls: &Urls,
    tables: &[Table],
    digests: &BTreeMap<String, Digest>,
) -> OutputFile {
    let mut text = serde_json::to_string_pretty(&descriptor(site, urls, tables, digests))
        .expect("JSON serialises");
    text.push('\n');
    OutputFile::new(
        format!("{}datapackage.json", crate::outputs::data::DATA_DIR),
        text,
    )
}

/// The whole descriptor as JSON.
pub fn descriptor(
    site: &Site,
    urls: &Urls,
    tables: &[Table],
    digests: &BTreeMap<String, Digest>,
) -> Value {
    let language = &site.config.language;
    let config = &site.config;
    let (license_url, license_title) = license(&config.license);
    let mut name = crate::outputs::data::slug(&config.title);
    if name.is_empty() {
        name.push_str("open-data");
    }
    let mut package = Map::new();
    // Not `tabular-data-package`: that profile wants every resource to be a table, and the
    // SQLite database is a file resource; every CSV is still a `tabular-data-resource`.
    package.insert("profile".into(), json!("data-package"));
    package.insert("name".into(), json!(name));
    package.insert(
        "id".into(),
        json!(urls.absolute(language, "data/datapackage.json")),
    );
    package.insert("title".into(), json!(config.title));
    package.insert(
        "description".into(),
        json!(config.description.clone().unwrap_or_else(|| format!(
            "Open data van {}: buurt- en dorpskamers, gebieden, bewonersinitiatieven, organisaties, activiteiten en de begroting.",
            config.title
        ))),
    );
    package.insert(
        "homepage".into(),
        json!(urls.absolute(language, &Route::Section(Section::OpenData).path())),
    );
    // When the data last changed (the newest commit of the sources), not the build: a
    // rebuild of the same content gives the same package.
    package.insert(
        "created".into(),
        json!(crate::outputs::dates::utc(crate::outputs::dates::site(
            site
        ))),
    );
    package.insert("language".into(), json!(language));
    // ISO 3166-1 alpha-2, upper case as the Fiscal Data Package asks.
    package.insert("countryCode".into(), json!("NL"));
    let mut keywords = vec![
        "buurtkamers",
        "dorpskamers",
        "sociale basis",
        "bewonersinitiatieven",
        "begroting",
    ];
    if let Some(name) = config.municipality.as_ref().and_then(|m| m.name.as_deref()) {
        keywords.push(name);
    }
    package.insert("keywords".into(), json!(keywords));
    package.insert(
        "licenses".into(),
        json!([{ "name": config.license, "path": license_url, "title": license_title }]),
    );
    if let Some(publisher) = &config.publisher {
        let mut contributor = Map::new();
        contributor.insert("title".into(), json!(publisher.name));
        contributor.insert("role".into(), json!("publisher"));
        if let Some(email) = &publisher.email {
            contributor.insert("email".into(), json!(email));
        }
        if let Some(url) = &publisher.url {
            contributor.insert("path".into(), json!(url));
        }
        package.insert("contributors".into(), json!([contributor]));
    }
    // Each budget's source: where the public can read it when the budget says so, and the
    // copy published with the site; without either, the page that shows its lines and source.
    let sources: Vec<Value> = site
        .budgets
        .iter()
        .flat_map(|b| {
            let copy = b
                .source_file
                .as_deref()
                .filter(|_| b.source_document.is_some())
                .map(|file| {
                    let path =
                        urls.absolute(language, &crate::resolve::routes::source_document(file));
                    json!({ "title": format!("{} (kopie op deze site)", b.source), "path": path })
                });
            let mut sources: Vec<Value> = b
                .source_url
                .iter()
                .map(|path| json!({ "title": b.source, "path": path }))
                .chain(copy)
                .collect();
            if sources.is_empty() {
                let path = urls.absolute(language, &Route::BudgetDocument(&b.id).path());
                sources.push(json!({ "title": b.source, "path": path }));
            }
            sources
        })
        .collect();
    if !sources.is_empty() {
        package.insert("sources".into(), json!(sources));
    }
    let mut resources: Vec<Value> = tables.iter().map(|t| resource(t, None)).collect();
    for table in tables {
        for year in table.years() {
            resources.push(resource(table, Some(year)));
        }
    }
    let sqlite = json!({
        "profile": "data-resource",
        "name": "mienskip",
        "path": crate::outputs::data::SQLITE_FILE,
        "title": "Alle gegevens als SQLite-database",
        "description": "Elke tabel hierboven als tabel van één SQLite-database, met primaire en verwijzende sleutels; de kolommen staan beschreven in de tabellen _tables en _columns en in metadata.json (voor Datasette).",
        "format": "sqlite",
        "mediatype": "application/vnd.sqlite3",
    });
    resources.push(sqlite);
    for resource in &mut resources[..] {
        add_digest(resource, digests);
    }
    package.insert("resources".into(), Value::Array(resources));
    // Fiscal Data Package (0.3): budget.csv as one measure and its dimensions.
    let years = site.budget_years();
    if let (Some(first), Some(last)) = (years.first(), years.last()) {
        package.insert("granularity".into(), json!("aggregated"));
        package.insert(
            "fiscalPeriod".into(),
            json!({ "start": format!("{first:04}-01-01"), "end": format!("{last:04}-12-31") }),
        );
    }
    package.insert("model".into(), fiscal_model(tables));
    Value::Object(package)
}

/// `bytes` and `hash` (`sha256:<hex>`) of the file at the resource's `path`, when known.
fn add_digest(resource: &mut Value, digests: &BTreeMap<String, Digest>) {
    let Some(object) = resource.as_object_mut() else {
        return;
    };
    let Some(digest) = object
        .get("path")
        .and_then(Value::as_str)
        .and_then(|path| digests.get(path))
    else {
        return;
    };
    let (bytes, hash) = (digest.bytes, digest.frictionless());
    object.insert("bytes".into(), json!(bytes));
    object.insert("hash".into(), json!(hash));
}

fn field(column: &Column) -> Value {
    let mut field = Map::new();
    field.insert("name".into(), json!(column.name));
    field.insert("type".into(), json!(column.kind.table_schema_type()));
    match column.kind {
        Kind::Time => {
            field.insert("format".into(), json!("%H:%M"));
        }
        Kind::Url if matches!(column.name, "url" | "agenda" | "source_url" | "source_file") => {
            field.insert("format".into(), json!("uri"));
        }
        _ => {}
    }
    field.insert("title".into(), json!(column.title));
    field.insert("description".into(), json!(column.description));
    let mut constraints = Map::new();
    if column.required {
        constraints.insert("required".into(), json!(true));
    }
    if !column.values.is_empty() {
        constraints.insert("enum".into(), json!(column.values));
    }
    if !constraints.is_empty() {
        field.insert("constraints".into(), Value::Object(constraints));
    }
    Value::Object(field)
}

/// The resource of a table's CSV, or with `year` of its `<name>-<year>.csv`.
fn resource(table: &Table, year: Option<i64>) -> Value {
    let foreign_keys: Vec<Value> = table
        .columns
        .iter()
        .filter(|c| c.kind != Kind::List)
        .filter_map(|c| {
            let (resource, fields) = c.references?;
            Some(json!({
                "fields": [c.name],
                "reference": { "resource": resource, "fields": [fields] },
            }))
        })
        .collect();
    let mut schema = Map::new();
    schema.insert(
        "fields".into(),
        Value::Array(table.columns.iter().map(field).collect()),
    );
    schema.insert("missingValues".into(), json!([""]));
    schema.insert("primaryKey".into(), json!(table.primary_key));
    if !foreign_keys.is_empty() {
        schema.insert("foreignKeys".into(), Value::Array(foreign_keys));
    }
    let (name, title, description) = match year {
        Some(year) => (
            format!("{}-{year}", table.name),
            format!("{} {year}", table.title),
            format!(
                "De rijen van {}.csv met jaar {year}, met dezelfde kolommen.",
                table.name
            ),
        ),
        None => (
            table.name.to_string(),
            table.title.to_string(),
            table.description.to_string(),
        ),
    };
    json!({
        "profile": "tabular-data-resource",
        "name": name,
        "path": format!("{name}.csv"),
        "title": title,
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {
            "delimiter": ",",
            "lineTerminator": "\r\n",
            "quoteChar": "\"",
            "doubleQuote": true,
            "header": true,
        },
        "schema": schema,
    })
}

/// The Fiscal Data Package model of `budget.csv`: the amount in euros, and as dimensions the
/// fiscal year, the direction, the phase, the classification by group and item, the funding
/// source, the budget document and what the line is about.
///
/// The spec gives direction (`expenditure`, `revenue`) and phase (`proposed`, `approved`,
/// `adjusted`, `executed`) as properties of a measure, so they go on `amount` when every row
/// has the same; the columns `direction` and `status` are also plain dimensions, with their
/// own values (`expense`/`income`, `planned`/`actual`), so mixed budgets stay analysable.
fn fiscal_model(tables: &[Table]) -> Value {
    let source = |column: &str| json!({ "source": column, "resource": "budget" });
    let budget = tables.iter().find(|t| t.is_budget);
    // The one value a column has in every row of the budget, if so.
    let only = |column: &str| -> Option<String> {
        let table = budget?;
        let index = table.column_index(column)?;
        let mut values = table.rows.iter().map(|row| row[index].plain());
        let first = values.next()?;
        values.all(|v| v == first).then_some(first)
    };
    let mut amount = Map::new();
    amount.insert("source".into(), json!("amount"));
    amount.insert("resource".into(), json!("budget"));
    amount.insert("currency".into(), json!("EUR"));
    amount.insert("factor".into(), json!(1));
    amount.insert("title".into(), json!("Bedrag"));
    // Fiscal Data Package's own words for the direction and the phase.
    match only("direction").as_deref().and_then(Direction::parse) {
        Some(Direction::Expense) => {
            amount.insert("direction".into(), json!("expenditure"));
        }
        Some(Direction::Income) => {
            amount.insert("direction".into(), json!("revenue"));
        }
        None => {}
    }
    match only("status").as_deref().and_then(BudgetStatus::parse) {
        Some(BudgetStatus::Planned) => {
            amount.insert("phase".into(), json!("approved"));
        }
        Some(BudgetStatus::Actual) => {
            amount.insert("phase".into(), json!("executed"));
        }
        None => {}
    }
    json!({
        "measures": { "amount": Value::Object(amount) },
        "dimensions": {
            "fiscal-year": {
                "dimensionType": "datetime",
                "title": "Begrotingsjaar",
                "attributes": { "year": source("year") },
                "primaryKey": "year",
            },
            "direction": {
                "dimensionType": "other",
                "title": "Richting: expense (uitgave) of income (inkomst)",
                "attributes": { "direction": source("direction") },
                "primaryKey": "direction",
            },
            "phase": {
                "dimensionType": "other",
                "title": "Fase: planned (begroting) of actual (realisatie)",
                "attributes": { "status": source("status") },
                "primaryKey": "status",
            },
            "classification": {
                "dimensionType": "classification",
                "classificationType": "functional",
                "title": "Indeling naar groep (pijler) en post",
                "attributes": {
                    "code": source("group"),
                    "item": { "source": "item", "resource": "budget", "parent": "code" },
                },
                "primaryKey": ["code", "item"],
            },
            "funding-source": {
                "dimensionType": "entity",
                "title": "Financier of ontvanger (organisatie)",
                "attributes": { "id": source("organisation") },
                "primaryKey": "id",
            },
            "budget-document": {
                "dimensionType": "fact",
                "title": "Begrotingsdocument en regel",
                "attributes": {
                    "id": source("budget"),
                    "title": { "source": "budget_title", "resource": "budget", "labelfor": "id" },
                    "line": source("line"),
                },
                "primaryKey": ["id", "line"],
            },
            "in-kind": {
                "dimensionType": "other",
                "title": "Geld of tijd in natura",
                "attributes": { "in_kind": source("in_kind") },
                "primaryKey": "in_kind",
            },
            "location": {
                "dimensionType": "location",
                "title": "Gebied",
                "attributes": { "area": source("area") },
                "primaryKey": "area",
            },
            "activity": {
                "dimensionType": "activity",
                "title": "Kamer of initiatief",
                "attributes": { "room": source("room"), "initiative": source("initiative") },
                "primaryKey": ["room", "initiative"],
            },
        }
    })
}
