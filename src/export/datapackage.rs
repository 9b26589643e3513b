//! `data/datapackage.json`: a Frictionless Tabular Data Package with a resource and a Table
//! Schema (types, Dutch titles and descriptions, primary and foreign keys) per CSV, the
//! licence from `site.yaml`, and `budget.csv` mapped as a Fiscal Data Package (`model`).
//!
//! List columns (values joined with `;`) get no foreign keys, since a Table Schema cannot say
//! that a cell holds several references.

use super::tables::{Column, Kind, Table};
use crate::model::Site;
use crate::output::OutputFile;
use crate::render::urls::Urls;
use serde_json::{json, Map, Value};

/// The address and title of a licence, by its SPDX id.
pub fn license(spdx: &str) -> (String, String) {
    let known = [
        (
            "CC0-1.0",
            "https://creativecommons.org/publicdomain/zero/1.0/",
            "Creative Commons Zero v1.0 Universal",
        ),
        (
            "CC-BY-4.0",
            "https://creativecommons.org/licenses/by/4.0/",
            "Creative Commons Attribution 4.0 International",
        ),
        (
            "CC-BY-SA-4.0",
            "https://creativecommons.org/licenses/by-sa/4.0/",
            "Creative Commons Attribution Share Alike 4.0 International",
        ),
        (
            "PDDL-1.0",
            "https://opendatacommons.org/licenses/pddl/1-0/",
            "Open Data Commons Public Domain Dedication & License 1.0",
        ),
        (
            "ODC-By-1.0",
            "https://opendatacommons.org/licenses/by/1-0/",
            "Open Data Commons Attribution License v1.0",
        ),
        (
            "ODbL-1.0",
            "https://opendatacommons.org/licenses/odbl/1-0/",
            "Open Data Commons Open Database License v1.0",
        ),
    ];
    known
        .iter()
        .find(|(id, _, _)| id.eq_ignore_ascii_case(spdx))
        .map(|(_, url, title)| (url.to_string(), title.to_string()))
        .unwrap_or_else(|| {
            (
                format!("https://spdx.org/licenses/{spdx}.html"),
                spdx.to_string(),
            )
        })
}

pub fn render(site: &Site, urls: &Urls, tables: &[Table]) -> OutputFile {
    let mut text =
        serde_json::to_string_pretty(&descriptor(site, urls, tables)).expect("JSON serialises");
    text.push('\n');
    OutputFile::new(format!("{}datapackage.json", super::DATA_DIR), text)
}

/// The whole descriptor as JSON.
pub fn descriptor(site: &Site, urls: &Urls, tables: &[Table]) -> Value {
    let language = &site.config.language;
    let config = &site.config;
    let (license_url, license_title) = license(&config.license);
    let mut name = super::slug(&config.title);
    if name.is_empty() {
        name.push_str("open-data");
    }
    let mut package = Map::new();
    package.insert("profile".into(), json!("tabular-data-package"));
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
        json!(urls.absolute(language, "open-data/")),
    );
    package.insert(
        "created".into(),
        json!(site.build_time.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()),
    );
    package.insert("language".into(), json!(language));
    package.insert("countryCode".into(), json!("nl"));
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
    let sources: Vec<Value> = site
        .budgets
        .iter()
        .map(|b| json!({ "title": b.source }))
        .collect();
    if !sources.is_empty() {
        package.insert("sources".into(), json!(sources));
    }
    package.insert(
        "resources".into(),
        Value::Array(tables.iter().map(resource).collect()),
    );
    // Fiscal Data Package (0.3): budget.csv as one measure and its dimensions.
    let years = site.budget_years();
    if let (Some(first), Some(last)) = (years.first(), years.last()) {
        package.insert("granularity".into(), json!("aggregated"));
        package.insert(
            "fiscalPeriod".into(),
            json!({ "start": format!("{first:04}-01-01"), "end": format!("{last:04}-12-31") }),
        );
    }
    package.insert("model".into(), fiscal_model());
    Value::Object(package)
}

fn field(column: &Column) -> Value {
    let mut field = Map::new();
    field.insert("name".into(), json!(column.name));
    field.insert("type".into(), json!(column.kind.table_schema_type()));
    match column.kind {
        Kind::Time => {
            field.insert("format".into(), json!("%H:%M"));
        }
        Kind::Url if matches!(column.name, "url" | "agenda") => {
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

fn resource(table: &Table) -> Value {
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
    json!({
        "profile": "tabular-data-resource",
        "name": table.name,
        "path": format!("{}.csv", table.name),
        "title": table.title,
        "description": table.description,
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
fn fiscal_model() -> Value {
    let source = |column: &str| json!({ "source": column, "resource": "budget" });
    json!({
        "measures": {
            "amount": {
                "source": "amount",
                "resource": "budget",
                "currency": "EUR",
                "factor": 1,
                "title": "Bedrag",
            }
        },
        "dimensions": {
            "fiscal-year": {
                "dimensionType": "datetime",
                "title": "Begrotingsjaar",
                "attributes": { "year": source("year") },
                "primaryKey": "year",
            },
            "direction": {
                "dimensionType": "other",
                "title": "Richting: expense (uitgave, FDP expenditure) of income (inkomst, FDP revenue)",
                "attributes": { "direction": source("direction") },
                "primaryKey": "direction",
                "valueMapping": { "expense": "expenditure", "income": "revenue" },
            },
            "phase": {
                "dimensionType": "other",
                "title": "Fase: planned (begroting, FDP approved) of actual (realisatie, FDP executed)",
                "attributes": { "status": source("status") },
                "primaryKey": "status",
                "valueMapping": { "planned": "approved", "actual": "executed" },
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
